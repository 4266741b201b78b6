package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/eewizard/eewizard/i18n"
)

// The language key (ctrl+t): English to French and back, from any screen, dialog or field, in
// presentation mode too. Every answer is kept: the answers live in the draft, and what holds text
// (the keys' help, the wizard's form, the dialog open) is built again from it in the new language.

// relang switches the program to the other language.
func (m *Model) relang() tea.Cmd {
	m.c.p = i18n.For(otherLang(m.c.p.Lang()))
	m.c.keys = newKeyMap(m.c.p)
	cmds := []tea.Cmd{m.wizard.relang()}
	if m.whatif.editing {
		cmds = append(cmds, m.whatif.wiz.relang())
	}
	cmds = append(cmds, m.relangDialog())
	m.screensRelang()
	return tea.Batch(cmds...)
}

// relangDialog builds the open dialog again in the new language, its answers kept.
func (m *Model) relangDialog() tea.Cmd {
	switch d := m.dialog.(type) {
	case helpDialog:
		m.dialog = newHelpDialog(m.c, m.screenKeys(), m.screenNotes()...)
	case quitDialog:
		m.dialog = newQuitDialog(d.c, d.s)
	case *saveDialog:
		d.build("")
		return d.form.Init()
	case *updateDialog:
		d.keys = newUpdateDialog(d.c, d.from).keys
	}
	return nil
}

// relang builds the step's form again in the new language from the draft, with the focus on the
// field that had it, and lays the screen out again.
func (w *wizardScreen) relang() tea.Cmd {
	if w.form == nil {
		return nil
	}
	start := w.startTotal // the step's change counts from when it opened
	defer func() { w.startTotal = start }()
	if w.inJobs {
		note := w.note
		w.openForm(w.step, note) // the form behind the list, for when the list is done
		w.relangJobs()
		w.note = note
		return nil
	}
	var target string
	if f := w.form.GetFocusedField(); f != nil {
		target = f.GetKey()
	}
	cmd := w.openForm(w.step, w.note)
	return tea.Batch(cmd, w.focusOn(target))
}

// focusOn moves the focus of a fresh form to the field of key, as tab and enter would, without
// checking the answers on the way (they were checked when they were given).
func (w *wizardScreen) focusOn(key string) tea.Cmd {
	page := func(k string) int {
		for i, f := range w.fields {
			if f.GetKey() == k {
				return w.pageOf[i]
			}
		}
		return -1
	}
	at := func() string {
		if f := w.form.GetFocusedField(); f != nil {
			return f.GetKey()
		}
		return ""
	}
	want := page(key)
	var cmds []tea.Cmd
	for n := 0; n < len(w.fields) && w.form.State == huh.StateNormal && page(at()) < want; n++ {
		cmds = append(cmds, w.form.NextGroup())
	}
	for n := 0; n < len(w.fields) && w.form.State == huh.StateNormal && page(at()) == want && at() != key; n++ {
		cmds = append(cmds, w.form.NextField())
	}
	w.move = settled
	return tea.Batch(cmds...)
}

// relangJobs builds the list of jobs again in the new language, when it lists (a job being edited
// keeps its language until it is done).
func (w *wizardScreen) relangJobs() {
	if w.jobList.Listing() {
		w.openJobs()
	}
	w.helpLine = w.c.helpView(w.help(), w.moreKeys()...)
}
