package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"
)

// pager is the scrolling page the result, rounds and what-if screens share: header lines that stay
// put, body lines that scroll, and a line under the body that says which lines show.
type pager struct {
	width, height int
	header        []string // the lines above the scrolling body
	lines         []string // the body, laid out for the width
	offset        int      // first body line shown
	scroll        string   // the line under the body, drawn when the offset changes
	lang          *common  // the language of the scroll line (nil: English); the screen's common
}

// bodyHeight is the number of body lines shown: the height less the title, the header and the
// scroll line.
func (p *pager) bodyHeight() int { return max(1, p.height-len(p.header)-2) }

func (p *pager) maxOffset() int { return max(0, len(p.lines)-p.bodyHeight()) }

// scrollKey moves the body for a scrolling key and reports whether k was one.
func (p *pager) scrollKey(keys *keyMap, k tea.KeyMsg) bool {
	var ok bool
	p.offset, ok = scrolled(keys, k, p.offset, p.bodyHeight()-1, p.maxOffset())
	return ok
}

// scrolled is offset moved for a scrolling key (a line, page lines, the top, bottom: the last
// offset) and whether k was one; the caller keeps it in range.
func scrolled(keys *keyMap, k tea.KeyMsg, offset, page, bottom int) (int, bool) {
	switch {
	case key.Matches(k, keys.Up):
		return offset - 1, true
	case key.Matches(k, keys.Down):
		return offset + 1, true
	case key.Matches(k, keys.PageUp):
		return offset - page, true
	case key.Matches(k, keys.PageDown):
		return offset + page, true
	case key.Matches(k, keys.Top):
		return 0, true
	case key.Matches(k, keys.Bottom):
		return bottom, true
	}
	return offset, false
}

// settle keeps the offset in range and draws the scroll line again.
func (p *pager) settle(st *Styles) {
	p.offset = clamp(p.offset, 0, p.maxOffset())
	p.scroll = p.scrollLine(st)
}

// scrollLine says which lines show, when not all fit.
func (p *pager) scrollLine(st *Styles) string {
	if p.maxOffset() == 0 {
		return st.Rule.Render(strings.Repeat("─", p.width))
	}
	end := min(len(p.lines), p.offset+p.bodyHeight())
	c := p.lang
	if c == nil {
		c = &common{}
	}
	id := "scr_pager_more"
	if end == len(p.lines) {
		id = "scr_pager_end"
	}
	label := " " + c.t(id, i18n.Args{"From": c.count(p.offset + 1), "To": c.count(end), "Of": c.count(len(p.lines))}) + " "
	return st.Rule.Render("──" + label + strings.Repeat("─", max(0, p.width-ansi.StringWidth(label)-2)))
}

// write draws the page: the title line, the header, the visible body lines (padded to the body's
// height) and the scroll line.
func (p *pager) write(b *strings.Builder, title string) {
	b.WriteString(title)
	b.WriteByte('\n')
	for _, l := range p.header {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	h := p.bodyHeight()
	end := min(len(p.lines), p.offset+h)
	for _, l := range p.lines[p.offset:end] {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	for i := end - p.offset; i < h; i++ {
		b.WriteByte('\n')
	}
	b.WriteString(p.scroll)
}

// scrollHelp is keys, with up's help added when the body is longer than the page.
func (p *pager) scrollHelp(up key.Binding, keys ...key.Binding) []key.Binding {
	if p.maxOffset() > 0 {
		keys = append(keys, up)
	}
	return keys
}
