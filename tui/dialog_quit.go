package tui

import (
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
	return quitDialog{c: c, s: s, keys: quitKeys{
		Save:    key.NewBinding(key.WithKeys("s", "y"), key.WithHelp("s", "save and quit")),
		Discard: key.NewBinding(key.WithKeys("d", "n"), key.WithHelp("d", "discard and quit")),
		Cancel:  key.NewBinding(key.WithKeys("esc", "c"), key.WithHelp("esc", "keep working")),
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
	st := q.c.styles
	where := "They have not been saved yet."
	if q.s.path != "" {
		where = "They differ from " + q.s.shownPath(q.s.path) + "."
	}
	lines := []string{
		st.Bold.Render("Quit with unsaved changes?"),
		"",
		"Your answers have changed. " + where,
		"",
		st.Bold.Render("  s  ") + "save, then quit",
		st.Bold.Render("  d  ") + "discard the changes and quit",
		st.Bold.Render("esc  ") + "keep working",
	}
	return st.Dialog.Render(strings.Join(lines, "\n"))
}

func (q quitDialog) help() []key.Binding {
	return []key.Binding{q.keys.Save, q.keys.Discard, q.keys.Cancel}
}

// setSize does nothing: the box is small and fits any window the program draws in.
func (q quitDialog) setSize(int, int) {}
