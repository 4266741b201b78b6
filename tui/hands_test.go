package tui

import (
	"strings"
	"testing"
)

// countOptions counts how many of a list's option labels are on screen.
func countOptions(v string, labels []string) int {
	n := 0
	for _, l := range labels {
		if strings.Contains(v, l) {
			n++
		}
	}
	return n
}

func TestListsShowEveryOptionAfterShrinkingAndGrowing(t *testing.T) {
	marital := []string{"Single, never married", "Married", "Common-law partner", "Divorced", "Legally separated", "Widowed", "Marriage annulled"}
	var education []string
	for _, o := range educationOptions() {
		education = append(education, o.Key)
	}
	var teer []string
	for _, o := range teerOptions() {
		teer = append(teer, o.Key)
	}
	for _, c := range []struct {
		name   string
		keys   [][]string // to reach the list
		labels []string
	}{
		{"marital status", [][]string{{"Ada", "enter", "29", "enter"}}, marital},
		{"education", example1Keys[:1], education},
		{"TEER", append(append([][]string{}, example1Keys[:4]...), []string{"enter", "3", "enter"}), teer},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := start(t, 200, 60)
			m, _ = drive(t, m, press(flatten(c.keys)...)...)
			if n := countOptions(view(m), c.labels); n != len(c.labels) {
				t.Fatalf("before any resize %d of %d options show:\n%s", n, len(c.labels), view(m))
			}
			m, _ = drive(t, m, sizeMsg(60, 16), sizeMsg(200, 60))
			if n := countOptions(view(m), c.labels); n != len(c.labels) {
				t.Errorf("after 60x16 and back to 200x60, %d of %d options show:\n%s", n, len(c.labels), view(m))
			}
		})
	}
}

func TestNextStepKeyGoesToTheNextStepWhenEditingFromTheResult(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("2")...) // Education
	if m.screen != screenWizard || m.wizard.step != stepEducation {
		t.Fatalf("key 2: screen %v step %v", m.screen, m.wizard.step)
	}
	m, _ = drive(t, m, press("pgdown")...)
	if m.screen != screenWizard || m.wizard.step != stepFirstLanguage {
		t.Fatalf("pgdn from Education (edited from the result): screen %v step %v, want the first language step", m.screen, m.wizard.step)
	}
	m, _ = drive(t, m, press("pgup")...)
	if m.screen != screenWizard || m.wizard.step != stepEducation {
		t.Fatalf("pgup back: screen %v step %v, want Education", m.screen, m.wizard.step)
	}
	// Enter through the step still returns to the result: the edit is done.
	m, _ = drive(t, m, press("enter", "enter", "enter")...)
	if m.screen != screenResult {
		t.Errorf("finishing the edited step: screen %v step %v, want the result", m.screen, m.wizard.step)
	}
	// pgdn on the last step that applies shows the result.
	m, _ = drive(t, m, press("7", "pgdown")...)
	if m.screen != screenResult {
		t.Errorf("pgdn on the last step: screen %v step %v, want the result", m.screen, m.wizard.step)
	}
}
