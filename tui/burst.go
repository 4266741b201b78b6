package tui

import (
	"reflect"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Keys that arrive in one burst (a paste, a fast typist, keys sent by a script) must land in the
// field they were typed for. huh moves to the next field through a command: enter returns
// huh.NextField, whose message comes back through the program's queue, behind any key already
// there; a key read before that message reaches the form goes to the field being left. So while
// a move is on its way the wizard holds the keys, and plays them back, in order, once the form has
// settled on its new field (or its new step, or the screen after the last step).

// moving is where a move of the form stands.
type moving int

const (
	settled   moving = iota
	fieldMove        // a key asked for the next or previous field: its message is on its way
	groupMove        // the field was the last (or first) of its page: the page's message is on its way
	leaving          // the last step is done: the root's message that changes the screen is on its way
)

// The huh messages that move the form. NextField and PrevField are exported; the page moves are
// not, so they are known by their type's name.
var (
	nextFieldMsg = huh.NextField()
	prevFieldMsg = huh.PrevField()
)

const huhPkg = "github.com/charmbracelet/huh"

// moveOf says which move a message makes, if it is one of huh's.
func moveOf(msg tea.Msg) moving {
	if msg == nextFieldMsg || msg == prevFieldMsg {
		return fieldMove
	}
	if t := reflect.TypeOf(msg); t != nil && t.PkgPath() == huhPkg && (t.Name() == "nextGroupMsg" || t.Name() == "prevGroupMsg") {
		return groupMove
	}
	return settled
}

// settleProbeMsg comes after the commands of a key that was expected to move the form (tea.Sequence
// runs them in order): had the move not come (a key huh did not take as a move after all), the
// wizard would otherwise hold keys for ever.
type settleProbeMsg struct{ gen int }

// asksMove reports whether a key, taken by a field without an error, makes huh move to another
// field: enter and tab (next, or submit on the last field), shift+tab (back), and a yes/no's y
// and n, which answer and move on.
func asksMove(k tea.KeyMsg, f huh.Field) bool {
	if f == nil || f.Error() != nil {
		return false
	}
	switch k.String() {
	case "enter", "tab", "shift+tab":
		return true
	case "y", "Y", "n", "N":
		_, yesNo := f.(*huh.Confirm)
		return yesNo
	}
	return false
}

// busy reports whether the wizard is holding keys until the form settles.
func (w *wizardScreen) busy() bool { return w.move != settled }

// hold keeps a key for later.
func (w *wizardScreen) hold(k tea.KeyMsg) { w.held = append(w.held, k) }

// expect notes that a move is on its way, and returns the commands followed by a probe that
// settles the form should the move never come.
func (w *wizardScreen) expect(m moving, cmd tea.Cmd) tea.Cmd {
	w.move = m
	w.gen++
	gen := w.gen
	return tea.Sequence(cmd, func() tea.Msg { return settleProbeMsg{gen: gen} })
}

// takeHeld ends the wait and returns the keys held during it, for the root to play back on
// whatever screen now shows (after the last step).
func (w *wizardScreen) takeHeld() []tea.KeyMsg {
	keys := w.held
	w.held, w.move = nil, settled
	return keys
}

// wizardYieldMsg asks the root to play back the keys the wizard holds: the next is one of the
// root's own (save, quit, the list of keys).
type wizardYieldMsg struct{}

// replay plays the held keys back, in order, until one of them starts another move (the rest
// wait for it), or is the root's to handle (it and the rest go back to the root, in order).
func (w wizardScreen) replay(cmd tea.Cmd) (wizardScreen, tea.Cmd) {
	cmds := []tea.Cmd{cmd}
	for len(w.held) > 0 && !w.busy() {
		k := w.held[0]
		if w.forRoot(k) {
			w.move = leaving // keys that come meanwhile wait behind it
			return w, tea.Batch(append(cmds, msgCmd(wizardYieldMsg{}))...)
		}
		w.held = w.held[1:]
		var c tea.Cmd
		w, c = w.update(k)
		cmds = append(cmds, c)
	}
	return w, tea.Batch(cmds...)
}

// forRoot reports whether the root handles a key before the wizard sees it (ctrl+c never waits).
func (w *wizardScreen) forRoot(k tea.KeyMsg) bool {
	keys := &w.c.keys
	return key.Matches(k, keys.Save) || key.Matches(k, keys.Quit) || w.c.asksHelp(k, w.typing())
}

// typing reports whether the focused field takes text, where ? and q are letters.
func (w *wizardScreen) typing() bool {
	if w.inJobs {
		return w.jobList.Typing()
	}
	_, text := w.form.GetFocusedField().(*huh.Input)
	return text
}

// asksHelp reports whether k opens the list of keys: f1 anywhere, ? where no text is typed.
func (c *common) asksHelp(k tea.KeyMsg, typing bool) bool {
	return key.Matches(k, c.keys.Help) && (k.Type == tea.KeyF1 || !typing)
}
