package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// BenchmarkResultView is a frame of the result screen: the layout is cached, so a frame only
// slices the visible lines.
func BenchmarkResultView(b *testing.B) {
	p := example(b, 4)
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			m := newModel(b, &p, "example4.toml", sz[0], sz[1])
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkResultLayout is the work done once per result or resize: every line laid out.
func BenchmarkResultLayout(b *testing.B) {
	p := example(b, 4)
	m := newModel(b, &p, "", 80, 24)
	b.ReportAllocs()
	for b.Loop() {
		m.result.SetSize(80, 23)
	}
}

// BenchmarkWizardKeystroke is one key typed into a score field: the form's update, the engine's
// running total, and the frame.
func BenchmarkWizardKeystroke(b *testing.B) {
	m := start(b, 80, 24)
	m, _ = drive(b, m, press(flatten(example1Keys[:2])...)...)
	m, _ = drive(b, m, press("down", "down", "down", "enter", "enter", "8")...)
	keys := []tea.Msg{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'5'}}, tea.KeyMsg{Type: tea.KeyBackspace}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		nm, _ := m.Update(keys[i%2])
		m = nm.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkStartupToFirstFrame is `eewizard open`: the model built from a profile, sized, and its
// first frame drawn.
func BenchmarkStartupToFirstFrame(b *testing.B) {
	p := example(b, 4)
	opts := options(b, &p, "example4.toml")
	b.ReportAllocs()
	for b.Loop() {
		m, err := New(opts)
		if err != nil {
			b.Fatal(err)
		}
		nm, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = nm.View()
	}
}

// whatifModel is example 2 (eligible for CEC) on the what-if of round 436, with a scenario applied
// and one kept.
func whatifModel(b *testing.B, w, h int) Model {
	p := cec2(b)
	m := newModel(b, &p, "client.toml", w, h)
	m, _ = drive(b, m, press("w", "436", "enter", "4", "k", "u", "1")...)
	if !m.whatif.valid() || len(m.whatif.kept) != 1 {
		b.Fatal("no what-if to draw")
	}
	return m
}

// BenchmarkWhatIfView is a frame of the what-if screen: the layout is cached, so a frame only
// slices the visible lines.
func BenchmarkWhatIfView(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			m := whatifModel(b, sz[0], sz[1])
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkWhatIfChange is the work of one change (a scenario applied, an answer changed): the
// engine's what-if for the changed profile and each kept one, the scenarios, the --set lines
// checked by replaying them, and the layout.
func BenchmarkWhatIfChange(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			m := whatifModel(b, sz[0], sz[1])
			b.ReportAllocs()
			for b.Loop() {
				m.whatif.compute()
			}
		})
	}
}

// BenchmarkRoundsView is a frame of the rounds panel, and BenchmarkRoundsLayout its layout (on
// opening, a resize or another kind of round): the standings, the pool and the chart.
func BenchmarkRoundsView(b *testing.B) {
	p := cec2(b)
	m := newModel(b, &p, "", 80, 24)
	m, _ = drive(b, m, press("r")...)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkRoundsLayout(b *testing.B) {
	p := cec2(b)
	m := newModel(b, &p, "", 80, 24)
	m, _ = drive(b, m, press("r")...)
	b.ReportAllocs()
	for b.Loop() {
		m.rounds.layout()
	}
}

// BenchmarkCompareLayout is the work done once per resize of the compare screen (the comparison
// itself is made once, when the screen opens): every line of both arrangements laid out.
func BenchmarkCompareLayout(b *testing.B) {
	p, _ := compareProfile(b, "spouse_principal.toml")
	m := newModel(b, &p, "", 80, 24)
	m, _ = drive(b, m, press("c")...)
	if m.screen != screenCompare {
		b.Fatalf("c on the result: screen %v, want the compare screen", m.screen)
	}
	b.ReportAllocs()
	for b.Loop() {
		m.compare.SetSize(80, 23)
	}
}

// BenchmarkJobsListView is a frame of the wizard's list of jobs at 200x60 (the side panel and the
// hint line both say the jobs' categories): one job of a listed occupation.
func BenchmarkJobsListView(b *testing.B) {
	p := example(b, 1)
	m := newModel(b, &p, "", 200, 60)
	m, _ = drive(b, m, press("e", itoa(1+indexOf(applicable(&m.s.draft), stepWork)))...)
	m, _ = drive(b, m, ctrlL)
	m, _ = drive(b, m, press("a", "registered nurse")...)
	m, _ = drive(b, m, press("enter", "Nurse, Toronto General", "enter", "enter", "2023-09-01", "enter", "enter", "37.5", "enter", "enter", "enter", "enter")...)
	if v := view(m); !strings.Contains(v, "Categories: healthcare ✓") {
		b.Fatalf("no job's categories on the screen:\n%s", v)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
