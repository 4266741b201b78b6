package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/eewizard/eewizard/scoring"
)

// compareScreen is who should be the principal applicant (c on the result): the family scored as
// given and with the spouse as principal (scoring.Rules.Compare), side by side, the better one
// marked and why, and each arrangement's whole CRS (beside each other from resultWideWidth, one
// after the other below it). The comparison is made when the screen opens and laid out once per
// size; View only slices it.
type compareScreen struct {
	c *common
	s *session
	pager

	cmp    scoring.Comparison
	given  scoring.Profile // the profile compared, as it was when the screen opened
	opened bool

	helpLine string
}

func newCompareScreen(c *common, s *session) compareScreen { return compareScreen{c: c, s: s} }

// open compares the session's profile as it is now.
func (r *compareScreen) open() {
	r.given = r.s.current
	r.cmp = r.c.rules.Compare(&r.given, r.c.today)
	r.offset, r.opened = 0, true
	r.layout()
}

// SetSize lays the screen out for a new size.
func (r *compareScreen) SetSize(width, height int) {
	r.width, r.height = width, height
	r.lang = r.c
	r.layout()
}

func (r *compareScreen) layout() {
	if r.width == 0 || !r.opened {
		return
	}
	st := r.c.styles
	r.header = []string{" " + st.Bold.Render(r.c.t("scr_cmp_question", nil)), st.Rule.Render(strings.Repeat("─", r.width))}
	t := compareText{c: r.c, st: st, given: &r.given, cmp: &r.cmp}
	r.lines = t.lines(r.width)
	r.settle(st)
	r.helpLine = r.c.helpView(r.help(), r.c.keys.Help)
}

func (r compareScreen) help() []key.Binding {
	k := &r.c.keys
	return r.scrollHelp(k.Up, k.Leave, k.QuitShort, k.Save)
}

func (r compareScreen) update(msg tea.Msg) (compareScreen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	keys := &r.c.keys
	switch {
	case key.Matches(k, keys.Leave):
		return r, backToResultCmd
	case key.Matches(k, keys.QuitShort):
		return r, quitCmd
	case r.scrollKey(keys, k):
	}
	r.settle(r.c.styles)
	return r, nil
}

// View draws the header and the visible part of the body.
func (r compareScreen) View() string {
	var b strings.Builder
	st := r.c.styles
	r.write(&b, spread(titleLineIn(r.c.p, st, r.s), st.Muted.Render(r.c.t("scr_cmp_status", nil)), r.width))
	return b.String()
}
