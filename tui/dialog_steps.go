package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// stepMenu lists the steps that apply, to jump to any of them (answers are kept), and, from the
// wizard once the profile has a result, the way back to it.
type stepMenu struct {
	c          *common
	steps      []stepID
	showResult bool // the last item goes back to the result
	cursor     int

	// What choosing does: the what-if's copy of the profile has its own messages.
	title     string
	backLabel string
	pick      func(stepID) tea.Cmd
	back      tea.Cmd
	close     tea.Cmd
}

func newStepMenu(c *common, s *session, current stepID, inWizard bool) stepMenu {
	m := stepMenu{c: c, steps: applicable(&s.draft), showResult: inWizard && s.complete,
		pick: editStepCmd, back: showResultCmd, close: closeDialogCmd}
	for i, id := range m.steps {
		if inWizard && id == current {
			m.cursor = i
		}
	}
	return m
}

func (m stepMenu) items() int {
	if m.showResult {
		return len(m.steps) + 1
	}
	return len(m.steps)
}

func (m stepMenu) update(msg tea.Msg) (dialog, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	keys := &m.c.keys
	switch {
	case key.Matches(k, keys.Cancel):
		return m, m.close
	case key.Matches(k, keys.Up):
		m.cursor = (m.cursor + m.items() - 1) % m.items()
	case key.Matches(k, keys.Down), k.Type == tea.KeyTab:
		m.cursor = (m.cursor + 1) % m.items()
	case key.Matches(k, keys.EditN):
		if n := int(k.Runes[0] - '1'); n < len(m.steps) {
			return m, m.pick(m.steps[n])
		}
	case key.Matches(k, keys.Choose):
		if m.cursor == len(m.steps) {
			return m, m.back
		}
		return m, m.pick(m.steps[m.cursor])
	}
	return m, nil
}

func (m stepMenu) view() string {
	st, p := m.c.styles, m.c.p
	title, back := m.title, m.backLabel
	if title == "" { // the wizard's menu, in the language of the moment
		title = p.T("wiz_steps_title", nil)
	}
	if back == "" {
		back = p.T("wiz_steps_result", nil)
	}
	var b strings.Builder
	b.WriteString(st.Bold.Render(title) + st.Muted.Render(" "+p.T("wiz_steps_kept", nil)) + "\n\n")
	for i := 0; i < m.items(); i++ {
		label := back
		if i < len(m.steps) {
			label = fmt.Sprintf("%d  %s", i+1, m.steps[i].TitleIn(p))
		}
		if i == m.cursor {
			b.WriteString(st.Selected.Render("> " + label))
		} else {
			b.WriteString("  " + label)
		}
		b.WriteByte('\n')
	}
	return st.Dialog.Render(strings.TrimSuffix(b.String(), "\n"))
}

func (m stepMenu) help() []key.Binding {
	k := &m.c.keys
	return []key.Binding{k.Move, k.EditN, k.Choose, k.Cancel}
}

// setSize does nothing: the box is small and fits any window the program draws in.
func (s stepMenu) setSize(int, int) {}
