package tui

import (
	"bytes"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/clientreport"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// checklistDialog shows the application checklist after the what-if's ITA (key l): the documents
// by person with their reasons, the deadline and the fees, from checklist.Build. It scrolls; esc
// (or l, q) closes it. The text is laid out again for each size, so resizing loses nothing. In
// presentation mode (the session's) it shows the checklist of the profile without the children's
// names (clientreport.Presented); turning the mode on or off lays it out again.
type checklistDialog struct {
	c         *common
	s         *session // whose presentation mode the box follows
	list      checklist.Checklist
	presented checklist.Checklist // the same, the children unnamed
	lines     []string
	offset    int
}

// newChecklistDialog builds the checklist of profile p (the profile as it is now: the one applied
// with) for the ITA, with the session's rules and day.
func newChecklistDialog(c *common, s *session, p *scoring.Profile, ita scoring.ITA) (*checklistDialog, error) {
	list, err := checklist.Build(c.allRules, p, ita, c.today)
	if err != nil {
		return nil, err
	}
	presented, err := checklist.Build(c.allRules, clientreport.Presented(p), ita, c.today)
	if err != nil {
		return nil, err
	}
	d := &checklistDialog{c: c, s: s, list: list, presented: presented}
	d.setSize(c.width, c.height)
	return d, nil
}

// boxWidth is the text's width inside the box (its border and padding take 4 columns).
func (d *checklistDialog) boxWidth() int { return max(36, min(d.c.width-4, 100)-4) }

// rows is how many lines of text the box shows: the window less the footer, the border, the title
// and its blank line.
func (d *checklistDialog) rows() int { return max(3, d.c.height-1-2-2) }

func (d *checklistDialog) setSize(int, int) {
	var b bytes.Buffer
	list := &d.list
	if d.s.present {
		list = &d.presented
	}
	checklist.TextIn(&b, d.c.printer(), list, d.boxWidth())
	d.lines = d.lines[:0]
	for _, l := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		d.lines = append(d.lines, fitLine(l, d.boxWidth())...)
	}
	d.offset = min(d.offset, d.maxOffset())
}

// fitLine wraps a line of the checklist's text that is wider than width (checklist.Text wraps its
// items, not every line of its head), its next lines indented as it is: nothing is cut.
func fitLine(l string, width int) []string {
	if ansi.StringWidth(l) <= width {
		return []string{l}
	}
	indent := len(l) - len(strings.TrimLeft(l, " "))
	wrapped := wrapWords(strings.TrimLeft(l, " "), max(10, width-indent))
	for i := range wrapped {
		wrapped[i] = strings.Repeat(" ", indent) + wrapped[i]
	}
	return wrapped
}

func (d *checklistDialog) maxOffset() int { return max(0, len(d.lines)-d.rows()) }

func (d *checklistDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d, nil
	}
	keys := &d.c.keys
	if key.Matches(k, keys.Leave) || key.Matches(k, keys.Checklist) || key.Matches(k, keys.QuitShort) {
		return d, whatifCloseCmd
	}
	d.offset, _ = scrolled(keys, k, d.offset, d.rows(), d.maxOffset())
	d.offset = max(0, min(d.offset, d.maxOffset()))
	return d, nil
}

func (d *checklistDialog) view() string {
	st := d.c.styles
	w := d.boxWidth()
	end := min(len(d.lines), d.offset+d.rows())
	shown := d.lines[d.offset:end]
	where := ""
	if d.maxOffset() > 0 {
		where = " (" + d.c.t("scr_pager_lines", i18n.Args{"From": d.c.count(d.offset + 1), "To": d.c.count(end), "Of": d.c.count(len(d.lines))}) + ")"
	}
	title := st.Bold.Render(d.c.t("scr_chk_title", nil)) + st.Muted.Render(where)
	// The box keeps its width from page to page, whatever the lines shown.
	title += strings.Repeat(" ", max(0, w-lipgloss.Width(title)))
	body := make([]string, len(shown))
	for i, l := range shown {
		body[i] = ansi.Truncate(l, w, "…")
	}
	return st.Dialog.Render(ansi.Truncate(title, w, "…") + "\n\n" + strings.Join(body, "\n"))
}

func (d *checklistDialog) help() []key.Binding {
	k := &d.c.keys
	return []key.Binding{k.Up, key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgup/pgdn", "page")),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close"))}
}

// checklistKey opens the checklist for the what-if's ITA, or says why it cannot.
func (w *whatifScreen) checklistKey() {
	if !w.valid() {
		w.say(func(c *common) string { return c.t("scr_chk_needs_ita", nil) })
		return
	}
	d, err := newChecklistDialog(w.c, w.s, &w.copy.current, w.ita)
	if err != nil {
		msg := checklistError(w.c.printer(), err)
		w.say(func(c *common) string { return c.t("scr_chk_none", i18n.Args{"Err": msg}) })
		return
	}
	w.dlg = d
}

// printChecklist says the checklist for the what-if's ITA, for accessible mode.
func (x *accessible) printChecklist(w *whatifScreen) {
	p := &w.copy.current
	if x.s.present {
		p = clientreport.Presented(p)
	}
	list, err := checklist.Build(x.c.allRules, p, w.ita, x.c.today)
	if err != nil {
		x.say("%s", x.c.t("scr_acc_no_checklist", i18n.Args{"Err": checklistError(x.c.printer(), err)}))
		return
	}
	var b bytes.Buffer
	checklist.TextIn(&b, x.c.printer(), &list, accessibleWidth)
	x.say("\n%s", strings.TrimRight(b.String(), "\n"))
}

// checklistError is why the checklist cannot be made, in p's language: the checklist's date error
// (a scoring.Teller) or the engine's.
func checklistError(p *i18n.Printer, err error) string { return scoring.ErrorIn(p, err) }
