package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

// Messages the screens and dialogs send to the root model, which decides what shows next. A screen
// says what the person asked for; it never switches screens itself.
type (
	// wizardDoneMsg: the last step was answered.
	wizardDoneMsg struct{}
	// showResultMsg: the person asked for the result (from the step menu).
	showResultMsg struct{}
	// editStepMsg: the person asked to answer a step (again).
	editStepMsg struct{ step stepID }
	// openStepsMsg: the person asked for the step menu.
	openStepsMsg struct{}
	// closeDialogMsg: the dialog on top was dismissed.
	closeDialogMsg struct{}
	// saveAsMsg: the save dialog chose a path.
	saveAsMsg struct {
		path     string
		thenQuit bool
	}
	// savedMsg: a save finished (err nil) or failed.
	savedMsg struct {
		path     string
		profile  scoring.Profile
		err      error
		thenQuit bool
	}
	// quitMsg: the person asked to quit (the root asks first when answers are unsaved).
	quitMsg struct{}
	// saveMsg: the person asked to save (with thenQuit, from the quit dialog).
	saveMsg struct{ thenQuit bool }
	// discardMsg: the person chose to quit without saving.
	discardMsg struct{}
	// openWhatIfMsg: the person asked for the what-if after an ITA.
	openWhatIfMsg struct{}
	// openRoundsMsg: the person asked for the rounds panel.
	openRoundsMsg struct{}
	// openCompareMsg: the person asked to compare the principal applicants.
	openCompareMsg struct{}
	// backToResultMsg: the person left the what-if or the rounds panel.
	backToResultMsg struct{}
	// makeProfileMsg: the person chose to make the what-if's changed profile the profile.
	makeProfileMsg struct{ draft draft }
)

func msgCmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

func editStepCmd(id stepID) tea.Cmd { return msgCmd(editStepMsg{step: id}) }

func openStepsCmd() tea.Msg { return openStepsMsg{} }

func closeDialogCmd() tea.Msg { return closeDialogMsg{} }

func quitCmd() tea.Msg { return quitMsg{} }

func wizardDoneCmd() tea.Msg { return wizardDoneMsg{} }

func showResultCmd() tea.Msg { return showResultMsg{} }

func openWhatIfCmd() tea.Msg { return openWhatIfMsg{} }

func openRoundsCmd() tea.Msg { return openRoundsMsg{} }

func backToResultCmd() tea.Msg { return backToResultMsg{} }

func openCompareCmd() tea.Msg { return openCompareMsg{} }
