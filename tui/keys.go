package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

// keyMap is every key of the program. Screens show the ones that do something where they are.
// Reserved for screens other engineers add: w (what-if) and r (rounds) on the result screen.
type keyMap struct {
	Interrupt key.Binding // quits at once, from anywhere, whatever is unsaved
	Quit      key.Binding // quits, asking first when answers are unsaved
	QuitShort key.Binding // q, where no text is typed
	Save      key.Binding

	// The wizard.
	Next     key.Binding // help only: huh moves on with enter/tab
	Back     key.Binding // help only: huh goes back with shift+tab
	PrevStep key.Binding
	NextStep key.Binding
	Steps    key.Binding // the step menu
	Step     key.Binding // help only: pgup/pgdown

	// The result screen.
	Edit     key.Binding
	EditN    key.Binding // 1-9: edit step n
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	// Dialogs and menus.
	Move   key.Binding // help only: ↑/↓ (Up and Down)
	Choose key.Binding
	Cancel key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Quit:      key.NewBinding(key.WithKeys("ctrl+q"), key.WithHelp("ctrl+q", "quit")),
		QuitShort: key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Save:      key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),

		Next:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		Back:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		PrevStep: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "prev step")),
		NextStep: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "next step")),
		Steps:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "steps")),
		Step:     key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "prev/next step")),

		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit a step")),
		EditN:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "edit step")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "scroll")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f")),
		Top:      key.NewBinding(key.WithKeys("home", "g")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G")),

		Move:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "move")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// formKeyMap is huh's keymap for the wizard's forms: ctrl+c is the program's (it must quit from
// anywhere), and the select filter is off, so "/" and esc are never swallowed by a field.
func formKeyMap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit.SetEnabled(false)
	k.Select.Filter.SetEnabled(false)
	k.Select.SetFilter.SetEnabled(false)
	k.Select.ClearFilter.SetEnabled(false)
	return k
}
