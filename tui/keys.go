package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

// keyMap is every key of the program. Screens show the ones that do something where they are.
type keyMap struct {
	Interrupt key.Binding // quits at once, from anywhere, whatever is unsaved
	Quit      key.Binding // quits, asking first when answers are unsaved
	QuitShort key.Binding // q, where no text is typed
	Save      key.Binding
	Help      key.Binding // every key of the screen: ? where no text is typed, f1 anywhere
	HelpF1    key.Binding // help only: what the wizard's footer names (? is text in a field)

	// The wizard.
	Next     key.Binding // help only: huh moves on with enter/tab
	Back     key.Binding // help only: huh goes back with shift+tab
	PrevStep key.Binding
	NextStep key.Binding
	Steps    key.Binding // the step menu
	Step     key.Binding // help only: pgup/pgdown
	// The work step: ctrl+l lists the jobs instead of year counts (WorkMode), or goes back to the
	// year counts after a yes (WorkCounts: the same key, named for what it does there).
	WorkMode   key.Binding
	WorkCounts key.Binding

	// The result screen.
	Edit     key.Binding
	EditN    key.Binding // 1-9: edit step n
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	WhatIf   key.Binding // the what-if after an ITA
	Rounds   key.Binding // the rounds panel
	Export   key.Binding // write the client report beside the profile
	Present  key.Binding // presentation mode: names and paths hidden (p or ctrl+p: result, rounds, compare)
	// PresentCtrl is presentation mode where p means something else (the what-if's round picker):
	// ctrl+p works on every screen but the wizard, whose lists move up with it.
	PresentCtrl key.Binding
	Compare     key.Binding // who should be the principal applicant

	// The what-if.
	PickRound   key.Binding // pick the round of the ITA from IRCC's rounds
	ITADetails  key.Binding // type the ITA's date, cut-off and program
	Scenario    key.Binding // 1-9: apply a ready-made scenario
	Scenarios   key.Binding // the list of ready-made scenarios
	ChangeStep  key.Binding // change an answer of the copy
	Keep        key.Binding // keep the changes as a scenario to compare
	Drop        key.Binding // drop the newest kept scenario
	Undo        key.Binding // back to the profile as it was at the ITA
	MakeProfile key.Binding // make the changed profile the profile
	Checklist   key.Binding // the application checklist after the ITA
	Leave       key.Binding // back to the result

	// The rounds panel.
	Kind         key.Binding // left/right, tab: the kind of round in the chart
	UpdateRounds key.Binding // download IRCC's rounds (after a confirmation)

	// Dialogs and menus.
	Move   key.Binding // help only: ↑/↓ (Up and Down)
	YesNo  key.Binding // help only: a yes/no question's y and n
	Choose key.Binding
	Cancel key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Quit:      key.NewBinding(key.WithKeys("ctrl+q"), key.WithHelp("ctrl+q", "quit")),
		QuitShort: key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Save:      key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Help:      key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", "all keys")),
		HelpF1:    key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "all keys")),

		Next:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		Back:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		PrevStep: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "prev step")),
		NextStep: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "next step")),
		Steps:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "steps")),
		Step:     key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "prev/next step")),

		WorkMode:   key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", "list jobs")),
		WorkCounts: key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", "year counts")),

		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit a step")),
		EditN:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "edit step")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "scroll")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f")),
		Top:      key.NewBinding(key.WithKeys("home", "g")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G")),
		WhatIf:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "what-if")),
		Rounds:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rounds")),
		Export:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "client report")),
		Present:  key.NewBinding(key.WithKeys("p", "ctrl+p"), key.WithHelp("p", "presentation")),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),

		PresentCtrl: key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "presentation")),

		PickRound:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "round")),
		ITADetails:  key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "ITA")),
		Scenario:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "scenario")),
		Scenarios:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "scenarios")),
		ChangeStep:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "change")),
		Keep:        key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "keep")),
		Drop:        key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "drop kept")),
		Undo:        key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		MakeProfile: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "make profile")),
		Checklist:   key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "checklist")),
		Leave:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),

		Kind:         key.NewBinding(key.WithKeys("left", "right", "tab", "shift+tab", "h", "l"), key.WithHelp("←/→", "kind of round")),
		UpdateRounds: key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "update rounds")),

		Move:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "move")),
		YesNo:  key.NewBinding(key.WithKeys("y", "n"), key.WithHelp("y/n", "answer yes/no")),
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
