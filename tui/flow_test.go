package tui

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/eewizard/eewizard/scoring"
)

// The flows here run the real Bubble Tea program on in-memory input and output. Keys that move
// to another field are followed by a wait for that field's focus mark (┃): huh moves focus with a
// command, and keys sent before it lands would go to the old field.

func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

func send(tm *teatest.TestModel, keys ...string) {
	for _, k := range press(keys...) {
		tm.Send(k)
	}
}

func finalModel(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
}

func TestProgramFlowWizardToResultWithExample1(t *testing.T) {
	m, err := New(options(t, nil, ""))
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	// Each step: the keys, then what shows once they have landed.
	for _, s := range []struct{ keys, next string }{
		{"", "┃ Your name (optional)"},
		{"Ada enter", "┃ Date of birth, or age"},
		{"29 enter", "┃ Marital status"},
		{"enter", "┃ Highest level of education"},
		{"down down down down enter", "┃ Did you earn a post-secondary credential in Canada?"},
		{"enter", "┃ Date of your ECA"},
		{"enter", "┃ Which language test did you take?"},
		{"down down down enter", "┃ Test date (optional)"},
		{"enter", "┃ Listening score"},
		{"8.5 enter", "┃ Reading score"},
		{"8 enter", "┃ Writing score"},
		{"7.5 enter", "┃ Speaking score"},
		{"7.5 enter", "┃ Did you take a test in the other official language?"},
		{"enter", "┃ Years of skilled work in Canada"},
		{"enter", "┃ Years of skilled work outside Canada"},
		{"3 enter", "┃ Category of your main job"},
		{"enter", "┃ Years of work in a skilled trade"},
		{"enter", "┃ Do you have a certificate of qualification"},
		{"enter", "┃ Do you have a job offer in Canada?"},
		{"enter", "┃ Do you have a provincial or territorial nomination?"},
		{"enter", "┃ Do you or your spouse or partner have a brother or sister"},
		{"enter", "┃ Any other relative in Canada?"},
		{"enter", "┃ How many people are in your family?"},
		{"enter", "┃ Settlement funds you can show"},
		{"enter", "┃ Are you authorized to work in Canada now?"},
		{"enter", "┃ Have you studied in Canada?"},
		{"enter", "CRS score:"},
	} {
		send(tm, strings.Fields(s.keys)...)
		waitFor(t, tm, s.next)
	}
	send(tm, "ctrl+q") // unsaved: asks
	waitFor(t, tm, "Quit with unsaved changes?")
	send(tm, "d")
	fm := finalModel(t, tm)

	engine := engineTotal(t, example(t, 1))
	if hand := expected(t)["example1.toml"][0]; engine != hand {
		t.Fatalf("engine %d, expected.txt %d", engine, hand)
	}
	if fm.s.a.CRS.Total != engine {
		t.Errorf("the program's total %d, the engine's %d", fm.s.a.CRS.Total, engine)
	}
	if want := fmt.Sprintf("CRS %d", engine); !strings.HasPrefix(fm.Summary(), want) {
		t.Errorf("exit line %q, want it to start %q", fm.Summary(), want)
	}
}

func TestProgramFlowEditSaveAndQuit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	p := example(t, 2)
	m, err := New(options(t, &p, path))
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitFor(t, tm, fmt.Sprintf("CRS score: %d", engineTotal(t, p)))
	send(tm, "e")
	waitFor(t, tm, "Go to a step")
	send(tm, "1")
	waitFor(t, tm, "┃ Your name (optional)")
	send(tm, "B", "o", "enter")
	waitFor(t, tm, "┃ Date of birth, or age")
	send(tm, "enter")
	waitFor(t, tm, "┃ Marital status")
	send(tm, "enter")
	waitFor(t, tm, "┃ Will your spouse or partner come with you to Canada?")
	send(tm, "n")
	waitFor(t, tm, "┃ Is your spouse or partner a Canadian citizen")
	send(tm, "enter") // the spouse no longer counts: straight back to the result
	waitFor(t, tm, "● unsaved")
	send(tm, "q")
	waitFor(t, tm, "Quit with unsaved changes?")
	send(tm, "s")
	fm := finalModel(t, tm)
	if fm.s.dirty() {
		t.Error("saved and quit, yet unsaved")
	}
	checkSaved(t, path, fm.s.current)
	cur := &fm.s.current
	if cur.Name != "Bo" || cur.Applicant.SpouseAccompanying || cur.Spouse != p.Spouse || fm.s.a.CRS.WithSpouse {
		t.Errorf("saved profile: name %q, spouse coming %v, spouse %+v (want the file's, kept unscored), scored with spouse %v",
			cur.Name, cur.Applicant.SpouseAccompanying, cur.Spouse, fm.s.a.CRS.WithSpouse)
	}
	if got, want := fm.s.a.CRS.Total, engineTotal(t, fm.s.current); got != want {
		t.Errorf("total %d, engine %d", got, want)
	}
}

func TestStartupToFirstFrame(t *testing.T) {
	p := example(t, 4)
	begin := time.Now()
	m, err := New(options(t, &p, ""))
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "CRS score:")
	elapsed := time.Since(begin)
	t.Logf("startup to the first frame with the total: %v", elapsed)
	if elapsed > time.Second {
		t.Errorf("startup took %v", elapsed)
	}
	tm.Send(tea.Quit())
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

func TestProgramFlowWhatIfTypedCutOffRetestWorseThenBack(t *testing.T) {
	p := example(t, 1)
	m, err := New(options(t, &p, ""))
	if err != nil {
		t.Fatal(err)
	}
	r := rulesAt(t)
	k, change := scenarioKey(t, r, p, testDay, "retest-worse")
	after := change.Apply(p)
	want, err := scoring.CompareITA(loadRules(t), &p, &after, scoring.ITA{Date: testDay, CutOff: 440}, testDay)
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	for _, s := range []struct{ keys, next string }{
		{"", "CRS score: 441"},
		{"w", "The round you were invited in"},
		{"enter", "Update IRCC's rounds first?"},
		{"n", "┃ Date of the ITA"},
		{"enter", "┃ The round's cut-off"},
		{"4 4 0 enter", "┃ Invited under"},
		{"enter", "┃ A category round?"},
		{"enter", "cut-off 440 (typed)"},
		{k, fmt.Sprintf("441 at the ITA → %d now", want.After.CRS.Total)},
		{"esc", "CRS score: 441"},
	} {
		send(tm, strings.Fields(s.keys)...)
		waitFor(t, tm, s.next)
	}
	send(tm, "q") // nothing unsaved: quits at once
	fm := finalModel(t, tm)
	if fm.whatif.res.Verdict != want.Verdict || fm.whatif.res.After.CRS.Total != want.After.CRS.Total {
		t.Errorf("what-if %v %d, engine %v %d", fm.whatif.res.Verdict, fm.whatif.res.After.CRS.Total, want.Verdict, want.After.CRS.Total)
	}
	if fm.s.dirty() || fm.s.current != p {
		t.Error("the what-if changed the profile")
	}
}

func TestProgramFlowPickRoundAndRoundsPanel(t *testing.T) {
	p := cec2(t)
	m, err := New(options(t, &p, ""))
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	for _, s := range []struct{ keys, next string }{
		{"", "CRS score: 555"},
		{"w", "The round you were invited in"},
		{"4 3 7", "> #437"},
		{"enter", "cut-off 382"},
		{"esc", "CRS score: 555"},
		{"r", "Where 555 stands"},
		{"right", "Provincial Nominee Program"},
		{"esc", "CRS score: 555"},
	} {
		send(tm, strings.Fields(s.keys)...)
		waitFor(t, tm, s.next)
	}
	send(tm, "q")
	fm := finalModel(t, tm)
	if ita := fm.whatif.ita; ita.Round != "437" || ita.CutOff != 382 || ita.Category == nil || ita.Category.ID != "french" {
		t.Errorf("round 437 gave %+v", ita)
	}
}
