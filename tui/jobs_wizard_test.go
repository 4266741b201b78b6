package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

var ctrlL = tea.KeyMsg{Type: tea.KeyCtrlL}

// workStep opens the work step of a model from the result screen (e, then its number).
func workStep(t *testing.T, m Model) Model {
	t.Helper()
	work := 1 + indexOf(applicable(&m.s.draft), stepWork)
	m, _ = drive(t, m, press("e", itoa(work))...)
	return m
}

// mustShow fails unless the screen shows every one of want.
func mustShow(t *testing.T, m Model, what string, want ...string) {
	t.Helper()
	v := view(m)
	for _, w := range want {
		if !strings.Contains(v, w) {
			t.Fatalf("%s: want %q on the screen:\n%s", what, w, v)
		}
	}
}

func TestJobsExplore(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, filepath.Join(t.TempDir(), "x.toml"), 80, 24)
	m = workStep(t, m)
	t.Log(view(m))
	m, _ = drive(t, m, ctrlL)
	t.Log(view(m))
	m, _ = drive(t, m, press("a", "registered nurse")...)
	t.Log(view(m))
	m, _ = drive(t, m, press("enter")...)
	t.Log(view(m))
	m, _ = drive(t, m, press("Nurse, Toronto General", "enter", "enter")...)
	t.Log(view(m))
	m, _ = drive(t, m, press("2023-09-01", "enter", "enter", "37.5", "enter")...)
	t.Log(view(m))
	m, _ = drive(t, m, press("enter", "enter")...)
	t.Log(view(m))
	m, _ = drive(t, m, press("enter")...)
	t.Log(view(m))
	_ = os.Remove
	_ = scoring.Day
}
