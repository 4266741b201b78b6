package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

// keysAtOnce is keys typed faster than the program reads them: Bubble Tea delivers the printable
// ones read together as one message with several runes (not a paste).
func keysAtOnce(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func TestKeysReadTogetherEachCountOnTheResultScreen(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, keysAtOnce("e7"))
	if m.screen != screenWizard || m.wizard.step != stepOther {
		t.Fatalf(`"e7" read at once on the result: screen %v step %v dialog %v, want step 7 (e opens the steps, 7 picks one)`,
			m.screen, m.wizard.step, m.dialog != nil)
	}
}

func TestKeysReadTogetherEachCountInAList(t *testing.T) {
	m := start(t, 80, 24)
	// Name and age, then "jj" read at once on the marital status list: two moves down.
	m, _ = drive(t, m, press("Ada", "enter", "29", "enter")...)
	m, _ = drive(t, m, keysAtOnce("jj"))
	m, _ = drive(t, m, press("enter")...)
	if got := m.s.draft.Marital; got != scoring.CommonLaw {
		t.Errorf(`"jj" read at once on the marital status list, then enter: %q, want the third option (common-law)`, got)
	}
}
