package tui

import (
	"github.com/eewizard/eewizard/i18n"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// quitDialog asks what to do with unsaved answers before quitting: save, discard, or keep working.
type quitDialog struct {
	c    *common
	s    *session
	keys quitKeys
}

type quitKeys struct{ Save, Discard, Cancel key.Binding }

func newQuitDialog(c *common, s *session) quitDialog {
	p := c.p
	return quitDialog{c: c, s: s, keys: quitKeys{
		Save:    key.NewBinding(key.WithKeys("s", "y"), key.WithHelp("s", p.T("wiz_quit_key_save", nil))),
		Discard: key.NewBinding(key.WithKeys("d", "n"), key.WithHelp("d", p.T("wiz_quit_key_discard", nil))),
		Cancel:  key.NewBinding(key.WithKeys("esc", "c"), key.WithHelp("esc", p.T("wiz_quit_key_cancel", nil))),
	}}
}

func (q quitDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return q, nil
	}
	switch {
	case key.Matches(k, q.keys.Save):
		return q, msgCmd(saveMsg{thenQuit: true})
	case key.Matches(k, q.keys.Discard):
		return q, msgCmd(discardMsg{})
	case key.Matches(k, q.keys.Cancel):
		return q, closeDialogCmd
	}
	return q, nil
}

func (q quitDialog) view() string {
	st, p := q.c.styles, q.c.p
	where := p.T("wiz_quit_not_saved", nil)
	if q.s.path != "" {
		where = p.T("wiz_quit_differ", i18n.Args{"Path": q.s.shownPath(q.s.path)})
	}
	lines := []string{
		st.Bold.Render(p.T("wiz_quit_title", nil)),
		"",
		p.T("wiz_quit_changed", nil) + " " + where,
		"",
		st.Bold.Render("  s  ") + p.T("wiz_quit_save", nil),
		st.Bold.Render("  d  ") + p.T("wiz_quit_discard", nil),
		st.Bold.Render("esc  ") + p.T("wiz_quit_cancel", nil),
	}
	return st.Dialog.Render(strings.Join(lines, "\n"))
}

func (q quitDialog) help() []key.Binding {
	return []key.Binding{q.keys.Save, q.keys.Discard, q.keys.Cancel}
}

// setSize does nothing: the box is small and fits any window the program draws in.
func (q quitDialog) setSize(int, int) {}
