package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"

	"github.com/eewizard/eewizard/i18n"
)

// keyMap is every key of the program, its help in the printer's language (newKeyMap). Screens show the ones that do something where they are.
type keyMap struct {
	Interrupt key.Binding // quits at once, from anywhere, whatever is unsaved
	Quit      key.Binding // quits, asking first when answers are unsaved
	QuitShort key.Binding // q, where no text is typed
	Save      key.Binding
	Help      key.Binding // every key of the screen: ? where no text is typed, f1 anywhere
	HelpF1    key.Binding // help only: what the wizard's footer names (? is text in a field)
	// Lang switches between English and French, from anywhere; its help names the other language
	// in that language ("ctrl+t français").
	Lang key.Binding

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

func newKeyMap(p *i18n.Printer) keyMap {
	return keyMap{
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", p.T("wiz_key_interrupt", nil))),
		Quit:      key.NewBinding(key.WithKeys("ctrl+q"), key.WithHelp("ctrl+q", p.T("wiz_key_quit", nil))),
		QuitShort: key.NewBinding(key.WithKeys("q"), key.WithHelp("q", p.T("wiz_key_quit_short", nil))),
		Save:      key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", p.T("wiz_key_save", nil))),
		Help:      key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", p.T("wiz_key_help", nil))),
		HelpF1:    key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", p.T("wiz_key_help_f1", nil))),
		Lang:      key.NewBinding(key.WithKeys(langKey), key.WithHelp(langKey, p.T("wiz_key_lang", nil))),

		Next:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", p.T("wiz_key_next", nil))),
		Back:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", p.T("wiz_key_back", nil))),
		PrevStep: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", p.T("wiz_key_prev_step", nil))),
		NextStep: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", p.T("wiz_key_next_step", nil))),
		Steps:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", p.T("wiz_key_steps", nil))),
		Step:     key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", p.T("wiz_key_step", nil))),

		WorkMode:   key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", p.T("wiz_key_work_mode", nil))),
		WorkCounts: key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", p.T("wiz_key_work_counts", nil))),

		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", p.T("wiz_key_edit", nil))),
		EditN:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", p.T("wiz_key_edit_n", nil))),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", p.T("wiz_key_up", nil))),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f")),
		Top:      key.NewBinding(key.WithKeys("home", "g")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G")),
		WhatIf:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", p.T("wiz_key_what_if", nil))),
		Rounds:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", p.T("wiz_key_rounds", nil))),
		Export:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", p.T("wiz_key_export", nil))),
		Present:  key.NewBinding(key.WithKeys("p", "ctrl+p"), key.WithHelp("p", p.T("wiz_key_present", nil))),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", p.T("wiz_key_compare", nil))),

		PresentCtrl: key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", p.T("wiz_key_present_ctrl", nil))),

		PickRound:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", p.T("wiz_key_pick_round", nil))),
		ITADetails:  key.NewBinding(key.WithKeys("i"), key.WithHelp("i", p.T("wiz_key_ita_details", nil))),
		Scenario:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", p.T("wiz_key_scenario", nil))),
		Scenarios:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", p.T("wiz_key_scenarios", nil))),
		ChangeStep:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", p.T("wiz_key_change_step", nil))),
		Keep:        key.NewBinding(key.WithKeys("k"), key.WithHelp("k", p.T("wiz_key_keep", nil))),
		Drop:        key.NewBinding(key.WithKeys("x"), key.WithHelp("x", p.T("wiz_key_drop", nil))),
		Undo:        key.NewBinding(key.WithKeys("u"), key.WithHelp("u", p.T("wiz_key_undo", nil))),
		MakeProfile: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", p.T("wiz_key_make_profile", nil))),
		Checklist:   key.NewBinding(key.WithKeys("l"), key.WithHelp("l", p.T("wiz_key_checklist", nil))),
		Leave:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", p.T("wiz_key_leave", nil))),

		Kind:         key.NewBinding(key.WithKeys("left", "right", "tab", "shift+tab", "h", "l"), key.WithHelp("←/→", p.T("wiz_key_kind", nil))),
		UpdateRounds: key.NewBinding(key.WithKeys("u"), key.WithHelp("u", p.T("wiz_key_update_rounds", nil))),

		Move:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", p.T("wiz_key_move", nil))),
		YesNo:  key.NewBinding(key.WithKeys("y", "n"), key.WithHelp("y/n", p.T("wiz_key_yes_no", nil))),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", p.T("wiz_key_choose", nil))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", p.T("wiz_key_cancel", nil))),
	}
}

// langKey is the language key. ctrl+t is free in every field the program uses (bubbles' text
// input binds no ctrl+t; huh's text area, which binds it, is not used), and the Model reads it
// before any field.
const langKey = "ctrl+t"

// otherLang is the language the language key switches to.
func otherLang(l i18n.Lang) i18n.Lang {
	if l == i18n.Fr {
		return i18n.En
	}
	return i18n.Fr
}

// formKeyMap is huh's keymap for the wizard's forms in English (formKeyMapIn).
func formKeyMap() *huh.KeyMap { return formKeyMapIn(i18n.For(i18n.En)) }

// formKeyMapIn is huh's keymap for the wizard's forms, its help in p's language: ctrl+c is the
// program's (it must quit from anywhere), and the select filter is off, so "/" and esc are never
// swallowed by a field. In French a confirm takes o (oui) for yes too.
func formKeyMapIn(p *i18n.Printer) *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit.SetEnabled(false)
	k.Select.Filter.SetEnabled(false)
	k.Select.SetFilter.SetEnabled(false)
	k.Select.ClearFilter.SetEnabled(false)
	t := func(b *key.Binding, id string) { b.SetHelp(b.Help().Key, p.T("wiz_huh_"+id, nil)) }
	for _, b := range []*key.Binding{&k.Input.Prev, &k.Select.Prev, &k.Confirm.Prev, &k.Note.Prev, &k.Text.Prev, &k.MultiSelect.Prev, &k.FilePicker.Prev} {
		t(b, "back")
	}
	for _, b := range []*key.Binding{&k.Input.Next, &k.Confirm.Next, &k.Note.Next, &k.Text.Next, &k.FilePicker.Next} {
		t(b, "next")
	}
	for _, b := range []*key.Binding{&k.Input.Submit, &k.Select.Submit, &k.Confirm.Submit, &k.Note.Submit, &k.Text.Submit, &k.MultiSelect.Submit, &k.FilePicker.Submit} {
		t(b, "submit")
	}
	t(&k.Input.AcceptSuggestion, "complete")
	t(&k.Select.Next, "select")
	t(&k.Select.Up, "up")
	t(&k.Select.Down, "down")
	t(&k.Select.HalfPageUp, "half_page_up")
	t(&k.Select.HalfPageDown, "half_page_down")
	t(&k.Select.GotoTop, "go_to_start")
	t(&k.Select.GotoBottom, "go_to_end")
	t(&k.Select.Filter, "filter")
	t(&k.Confirm.Toggle, "toggle")
	t(&k.Confirm.Accept, "yes")
	t(&k.Confirm.Reject, "no")
	t(&k.Text.NewLine, "new_line")
	t(&k.Text.Editor, "open_editor")
	t(&k.MultiSelect.Next, "confirm")
	t(&k.MultiSelect.Toggle, "toggle")
	t(&k.MultiSelect.SelectAll, "select_all")
	if p.Lang() == i18n.Fr {
		k.Confirm.Accept.SetKeys("y", "Y", "o", "O")
		k.Confirm.Accept.SetHelp("o", p.T("wiz_huh_yes", nil))
	}
	return k
}
