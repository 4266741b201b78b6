package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// scenarioKey is the key (1-9) of a ready-made scenario for a profile on a day, found by its ID.
func scenarioKey(t testing.TB, r *scoring.Rules, p scoring.Profile, day time.Time, id string) (string, scoring.Change) {
	t.Helper()
	for i, c := range scoring.Scenarios(r, &p, day) {
		if c.ID == id {
			return fmt.Sprint(i + 1), c
		}
	}
	t.Fatalf("no scenario %q for this profile", id)
	return "", scoring.Change{}
}

// typedITA opens the what-if from the result and types an ITA by hand: the picker's first line,
// no to updating the rounds first, then the date (kept: today), the cut-off, any program, no
// category.
func typedITA(t testing.TB, m Model, cutoff int) Model {
	t.Helper()
	m, _ = drive(t, m, press("w")...)
	if _, ok := m.whatif.dlg.(*roundPicker); !ok || m.screen != screenWhatIf {
		t.Fatalf("w did not open the what-if on the round picker:\n%s", view(m))
	}
	m, _ = drive(t, m, press("enter", "n")...)
	if _, ok := m.whatif.dlg.(*itaDialog); !ok {
		t.Fatalf("the picker's first line did not open the ITA details:\n%s", view(m))
	}
	m, _ = drive(t, m, press("enter", fmt.Sprint(cutoff), "enter", "enter", "enter")...)
	if m.whatif.dlg != nil || !m.whatif.hasITA {
		t.Fatalf("the ITA details did not close with an ITA:\n%s", view(m))
	}
	return m
}

// cec2 is worked example 2 with its two years of Canadian work in the last three: eligible for the
// Canadian Experience Class, so rounds could invite it.
func cec2(t testing.TB) scoring.Profile {
	p := example(t, 2)
	p.Applicant.CanadianWorkYearsLast3 = 2
	return p
}

func TestWhatIfTypedCutOffAndRetestWorseGiveTheEnginesVerdictAndTotals(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m = typedITA(t, m, 440)
	ita := scoring.ITA{Date: testDay, CutOff: 440}
	if m.whatif.ita != ita {
		t.Fatalf("ITA %+v, want %+v", m.whatif.ita, ita)
	}
	r, _ := loadRules(t).At(testDay)
	k, change := scenarioKey(t, r, p, testDay, "retest-worse")
	m, _ = drive(t, m, press(k)...)

	after := change.Apply(p)
	want, err := scoring.CompareITA(loadRules(t), &p, &after, ita, testDay)
	if err != nil {
		t.Fatal(err)
	}
	got := &m.whatif.res
	if got.Verdict != want.Verdict || got.Before.CRS.Total != want.Before.CRS.Total || got.After.CRS.Total != want.After.CRS.Total ||
		len(got.Moved) != len(want.Moved) {
		t.Errorf("what-if %v %d → %d (%d moved), engine %v %d → %d (%d moved)", got.Verdict, got.Before.CRS.Total, got.After.CRS.Total,
			len(got.Moved), want.Verdict, want.Before.CRS.Total, want.After.CRS.Total, len(want.Moved))
	}
	if m.whatif.copy.current != after {
		t.Errorf("the changed profile is not the scenario's:\n got %+v\nwant %+v", m.whatif.copy.current, after)
	}
	v := view(m)
	for _, s := range []string{
		verdictWords(want.Verdict, want.Expired),
		fmt.Sprintf("%d at the ITA → %d now (%s) · cut-off 440", want.Before.CRS.Total, want.After.CRS.Total,
			plus(want.After.CRS.Total-want.Before.CRS.Total)),
		"█▀▄ █▀▀ █▀▀ █   ▀█▀ █▀█ █▀▀", // DECLINE, large
		"cut-off 440 (typed)",
		"Deadline " + want.Deadline.Format(time.DateOnly),
	} {
		if !strings.Contains(v, s) {
			t.Errorf("%q is not on the screen:\n%s", s, v)
		}
	}
	if want.Verdict != scoring.Decline {
		t.Errorf("example 1 a level worse at a cut-off of 440: %v, want decline", want.Verdict)
	}
	whole := flat(wholeWhatIf(m))
	for _, s := range append(append([]string{}, want.Reasons...), change.Set...) {
		if !strings.Contains(whole, flat(s)) {
			t.Errorf("%q is not in the what-if:\n%s", s, wholeWhatIf(m))
		}
	}
	for _, mv := range want.Moved {
		if !strings.Contains(whole, flat(fmt.Sprintf("%s %d %d %s", mv.Label(), mv.Before.Points, mv.After.Points, plus(mv.Delta)))) {
			t.Errorf("moved line %q %d → %d not shown", mv.Label(), mv.Before.Points, mv.After.Points)
		}
	}
	for _, s := range scoring.Consequences(r) {
		if !strings.Contains(whole, flat(s)) {
			t.Errorf("consequence %q not shown", s)
		}
	}
}

// wholeWhatIf is the what-if's header and every body line, however long.
func wholeWhatIf(m Model) string {
	return wholeLines(append(append([]string{}, m.whatif.header...), m.whatif.lines...))
}

func wholeLines(lines []string) string {
	var left, right []string
	for _, l := range lines {
		l, r, _ := strings.Cut(l, " │ ")
		left, right = append(left, l), append(right, r)
	}
	return ansi.Strip(strings.Join(append(left, right...), "\n"))
}

func TestWhatIfPickingARoundFillsItsCutOffDateAndType(t *testing.T) {
	p := cec2(t)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("w", "437", "enter")...)
	want := scoring.ITA{Date: time.Date(2026, 8, 19, 0, 0, 0, 0, time.UTC), CutOff: 382, Round: "437",
		RoundFor: "French-Language proficiency 2026-Version 2"}
	got := m.whatif.ita
	if c := got.Category; c == nil || c.ID != "french" || c.Version != 2 {
		t.Fatalf("round 437 gave category %v, want french version 2 (the version that claims its name)", c)
	}
	got.Category = nil
	if !m.whatif.hasITA || got != want {
		t.Fatalf("round 437 gave ITA %+v, want %+v", got, want)
	}
	v := view(m)
	for _, s := range []string{"round 437", "cut-off 382", "category: French-language proficiency (version 2)", "ITA 2026-08-19"} {
		if !strings.Contains(v, s) {
			t.Errorf("%q not on screen:\n%s", s, v)
		}
	}
	// A CEC round fills in the program it invites under, as `eewizard whatif --round` does.
	m, _ = drive(t, m, press("p", "436", "enter")...)
	if m.whatif.ita.Program != "cec" || m.whatif.ita.Category != nil || m.whatif.ita.CutOff != 523 {
		t.Errorf("round 436: %+v, want program cec, cut-off 523, not French", m.whatif.ita)
	}
	// The ITA details start from the round, and keep it while its date and cut-off are kept.
	m, _ = drive(t, m, press("i", "enter", "enter", "up", "enter", "enter")...)
	if m.whatif.ita.Round != "436" || m.whatif.ita.Program != "fsw" {
		t.Errorf("program changed to FSW: %+v", m.whatif.ita)
	}
}

func TestWhatIfRoundPickerIsNewestFirstAndFilters(t *testing.T) {
	p := cec2(t)
	m := newModel(t, &p, "", 100, 30)
	m, _ = drive(t, m, press("w")...)
	d := m.whatif.dlg.(*roundPicker)
	feed := rounds.Embedded()
	if len(d.shown) != len(feed.Rounds) || d.all[d.shown[0]].Number != feed.Rounds[0].Number {
		t.Fatalf("picker shows %d rounds starting at %s; the feed has %d, newest %s", len(d.shown), d.all[d.shown[0]].Number,
			len(feed.Rounds), feed.Rounds[0].Number)
	}
	v := view(m)
	r0 := feed.Rounds[0]
	if !strings.Contains(v, fmt.Sprintf("#%s", r0.Number)) || !strings.Contains(v, r0.Date.Format(time.DateOnly)) ||
		!strings.Contains(v, fmt.Sprint(r0.CutOff)) || !strings.Contains(v, r0.Name) {
		t.Errorf("the newest round is not shown with its number, date, cut-off and type:\n%s", v)
	}
	m, _ = drive(t, m, press("cec")...)
	d = m.whatif.dlg.(*roundPicker)
	if want := len(feed.Filter(rounds.CEC, time.Time{})); len(d.shown) != want {
		t.Errorf("filter cec: %d rounds, the feed has %d CEC rounds", len(d.shown), want)
	}
	m, _ = drive(t, m, press("esc")...) // clears the filter
	if d := m.whatif.dlg.(*roundPicker); d.filter.Value() != "" || len(d.shown) != len(feed.Rounds) {
		t.Errorf("esc did not clear the filter: %q", d.filter.Value())
	}
	m, _ = drive(t, m, press("esc")...) // closes the picker
	if m.whatif.dlg != nil || m.screen != screenWhatIf {
		t.Fatalf("esc did not close the picker")
	}
	if v := view(m); !strings.Contains(v, "No ITA yet") {
		t.Errorf("without an ITA the screen does not say how to give one:\n%s", v)
	}
}

func TestWhatIfEscReturnsWithTheProfileUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	p := example(t, 1)
	if err := saveProfile(path, "", &p); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, &p, path, 80, 24)
	before := m.s.current
	m = typedITA(t, m, 440)
	m, _ = drive(t, m, press("1", "2")...)
	// Change an answer with the wizard's own step, on the copy: 7 years abroad.
	m, _ = drive(t, m, press("e")...)
	menu, ok := m.whatif.dlg.(stepMenu)
	if !ok {
		t.Fatalf("e did not open the copy's step menu:\n%s", view(m))
	}
	work := fmt.Sprint(indexOf(menu.steps, stepWork) + 1)
	m, _ = drive(t, m, press(work)...)
	if !m.whatif.editing || m.whatif.wiz.step != stepWork {
		t.Fatalf("the step menu did not open the Work step on the copy:\n%s", view(m))
	}
	if v := view(m); !strings.Contains(v, "what-if: changing a copy") {
		t.Errorf("the copy's wizard does not say it works on a copy:\n%s", v)
	}
	m, _ = drive(t, m, press("enter", "enter", "ctrl+u", "7", "enter", "enter", "enter", "enter")...) // Canadian years and the last 3 kept
	if m.whatif.editing {
		t.Fatalf("the step did not return to the what-if:\n%s", view(m))
	}
	if got := m.whatif.copy.current.Applicant.ForeignWorkYears; got != 7 {
		t.Errorf("the copy has %d years abroad, want 7", got)
	}
	if m.s.current != before || m.s.dirty() {
		t.Fatalf("the what-if changed the profile")
	}
	m, _ = drive(t, m, press("esc")...)
	if m.screen != screenResult {
		t.Fatalf("esc went to %v, want the result", m.screen)
	}
	if m.s.current != before || m.s.dirty() || strings.Contains(view(m), "unsaved") {
		t.Errorf("back on the result, the profile changed or is unsaved:\n%s", view(m))
	}
	if data, _ := os.ReadFile(path); string(data) != string(scoring.EncodeProfile(&p)) {
		t.Errorf("the file changed")
	}
	// Coming back keeps the what-if as it was left.
	m, _ = drive(t, m, press("w")...)
	if m.whatif.dlg != nil || len(m.whatif.applied) != 2 || m.whatif.copy.current.Applicant.ForeignWorkYears != 7 {
		t.Errorf("the what-if was not kept: %d applied, %d years abroad", len(m.whatif.applied), m.whatif.copy.current.Applicant.ForeignWorkYears)
	}
}

func indexOf(list []stepID, id stepID) int {
	for i, s := range list {
		if s == id {
			return i
		}
	}
	return -1
}

func TestWhatIfKeepingTwoScenariosShowsBothInTheComparison(t *testing.T) {
	p := cec2(t)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("w", "436", "enter")...)
	r, _ := loadRules(t).At(m.whatif.ita.Date)
	worse, cw := scenarioKey(t, r, p, m.whatif.ita.Date, "retest-worse")
	m, _ = drive(t, m, press(worse, "k", "u")...)
	more, cm := scenarioKey(t, r, p, m.whatif.ita.Date, "more-canadian-work")
	m, _ = drive(t, m, press(more, "k")...)
	if len(m.whatif.kept) != 2 {
		t.Fatalf("%d kept, want 2", len(m.whatif.kept))
	}
	whole := wholeWhatIf(m)
	for i, c := range []scoring.Change{cw, cm} {
		after := c.Apply(p)
		w, err := scoring.CompareITA(loadRules(t), &p, &after, m.whatif.ita, testDay)
		if err != nil {
			t.Fatal(err)
		}
		row := fmt.Sprintf("%c CRS %d %s %s %s %s", 'A'+i, w.After.CRS.Total, plus(w.After.CRS.Total-w.Before.CRS.Total),
			verdictMark(w.Verdict), strings.ToUpper(w.Verdict.String()), c.Title)
		if !strings.Contains(flat(whole), flat(row)) {
			t.Errorf("comparison row %q missing:\n%s", row, whole)
		}
	}
	m, _ = drive(t, m, press("x")...)
	if len(m.whatif.kept) != 1 || strings.Contains(flat(wholeWhatIf(m)), "B CRS") {
		t.Errorf("x did not drop the last kept scenario")
	}
}

func TestWhatIfMakeThisTheProfileLeavesItUnsavedAndCtrlSSaves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	p := example(t, 1)
	m := newModel(t, &p, path, 80, 24)
	m = typedITA(t, m, 440)
	m, _ = drive(t, m, press("m")...)
	if m.whatif.dlg != nil {
		t.Fatal("m with nothing changed asked to make it the profile")
	}
	m, _ = drive(t, m, press("2", "m")...) // one more year abroad
	if _, ok := m.whatif.dlg.(*confirmDialog); !ok {
		t.Fatalf("m did not ask first:\n%s", view(m))
	}
	m, _ = drive(t, m, press("esc")...)
	if m.s.dirty() {
		t.Fatal("answering no changed the profile")
	}
	m, _ = drive(t, m, press("m", "y")...)
	if m.screen != screenResult || !m.s.dirty() || m.s.current.Applicant.ForeignWorkYears != p.Applicant.ForeignWorkYears+1 {
		t.Fatalf("after yes: screen %v, unsaved %v, %d years abroad", m.screen, m.s.dirty(), m.s.current.Applicant.ForeignWorkYears)
	}
	if v := view(m); !strings.Contains(v, "● unsaved") || !strings.Contains(v, fmt.Sprintf("CRS score: %d", engineTotal(t, m.s.current))) {
		t.Errorf("the result does not show the new profile, unsaved:\n%s", v)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("the file was written before ctrl+s")
	}
	m, _ = drive(t, m, press("ctrl+s")...)
	checkSaved(t, path, m.s.current)
}

func TestWhatIfBirthdayWarningSaysAgeIsHeldAndQuotesThePublicPolicy(t *testing.T) {
	p := example(t, 3) // born 1985-03-15
	m := newModel(t, &p, "", 120, 40)
	m, _ = drive(t, m, press("w", "enter", "n", "ctrl+u", "2026-02-01", "enter", "700", "enter", "enter", "enter")...)
	k, _ := scenarioKey(t, rulesAt(t), p, m.whatif.ita.Date, "birthday")
	m, _ = drive(t, m, press(k)...)
	w := m.whatif.res
	var birthday string
	for _, s := range w.Warnings {
		if strings.Contains(s, "birthday") {
			birthday = s
		}
	}
	if birthday == "" {
		t.Fatalf("the engine gives no birthday warning for an ITA on 2026-02-01: %q", w.Warnings)
	}
	whole := flat(wholeWhatIf(m))
	for _, s := range []string{birthday, "Age is held at the ITA date", "officers should consider applying the public policy",
		"A birthday after the ITA, on", "(age is held at the ITA date)"} {
		if !strings.Contains(whole, flat(s)) {
			t.Errorf("%q not shown:\n%s", s, wholeWhatIf(m))
		}
	}
	if w.After.CRS.Total != w.Before.CRS.Total {
		t.Errorf("the birthday changed the score at the ITA: %d → %d", w.Before.CRS.Total, w.After.CRS.Total)
	}
}

func TestWhatIfITADetailsRefuseABadDateAndCutOff(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("w", "enter", "n", "ctrl+u", "2027-01-01", "enter")...)
	if v := view(m); !strings.Contains(v, "is after today") {
		t.Errorf("a date after today is taken:\n%s", v)
	}
	m, _ = drive(t, m, press("ctrl+u", "2026-08-01", "enter", "9999", "enter")...)
	if v := view(m); !strings.Contains(v, "want a whole number from 0 to 1200") {
		t.Errorf("a cut-off of 9999 is taken:\n%s", v)
	}
	m, _ = drive(t, m, press("esc")...)
	if m.whatif.dlg != nil || m.whatif.hasITA {
		t.Errorf("esc did not cancel the ITA details")
	}
}

func TestSetLinesReplayEveryScenarioWithTheEnginesSet(t *testing.T) {
	r := rulesAt(t)
	for n := 1; n <= 4; n++ {
		p := example(t, n)
		p.Name = ""
		for _, c := range scoring.Scenarios(r, &p, testDay) {
			after := c.Apply(p)
			sets := setLines(&p, &after)
			if !replays(r, p, sets, &after) {
				t.Errorf("example %d, %s: %q do not replay the change", n, c.ID, sets)
			}
			for _, s := range c.Set {
				if !contains(sets, s) {
					t.Errorf("example %d, %s: the engine's %q is not among %q", n, c.ID, s, sets)
				}
			}
		}
	}
}

func TestSetLinesReplayChangedAnswers(t *testing.T) {
	r := rulesAt(t)
	p := example(t, 2)
	p.Applicant.CanadianWorkYearsLast3 = 2
	for _, c := range []struct {
		name    string
		change  func(*scoring.Profile)
		replays bool
	}{
		{"a new French result", func(q *scoring.Profile) {
			q.Applicant.SecondLanguage = scoring.Language{Test: "tef", Scores: [4]float64{434, 434, 428, 456}}
		}, true},
		{"no second language", func(q *scoring.Profile) { q.Applicant.SecondLanguage = scoring.Language{} }, true},
		{"a job offer and funds", func(q *scoring.Profile) {
			q.Applicant.JobOffer, q.Applicant.SettlementFunds = scoring.JobOfferTEER0to3, 30000
		}, true},
		// scoring.Set drops the spouse's answers when the marital status no longer has a spouse.
		{"single", func(q *scoring.Profile) { q.Applicant.MaritalStatus = scoring.Single; q.Spouse = scoring.Spouse{} }, true},
		// Each --set is checked as it is made: lowering canadian_work_years below
		// canadian_work_years_last_3 (2) is refused before the next line lowers the latter.
		{"less Canadian work", func(q *scoring.Profile) {
			q.Applicant.CanadianWorkYears, q.Applicant.CanadianWorkYearsLast3 = 0, 0
		}, false},
	} {
		after := p
		c.change(&after)
		if err := scoring.CheckProfile(r, &after); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if sets := setLines(&p, &after); replays(r, p, sets, &after) != c.replays {
			t.Errorf("%s: %q replay the change: %v, want %v", c.name, sets, !c.replays, c.replays)
		}
	}
}

func TestWhatIfMadeSingleReplaysWithSet(t *testing.T) {
	p := example(t, 2)
	m := newModel(t, &p, "", 80, 24)
	m = typedITA(t, m, 500)
	m, _ = drive(t, m, press("e", "1", "enter", "enter", "up", "enter")...) // About you: single
	if m.whatif.editing || m.whatif.copy.current.Applicant.MaritalStatus != scoring.Single {
		t.Fatalf("the copy is not single:\n%s", view(m))
	}
	if whole := flat(wholeWhatIf(m)); strings.Contains(whole, "cannot be replayed one --set at a time") || !strings.Contains(whole, "--set applicant.marital_status=single") {
		t.Errorf("the what-if does not offer the --set lines that make the profile single:\n%s", wholeWhatIf(m))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestWhatIfGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := cec2(t)
			m := newModel(t, &p, "client.toml", size[0], size[1])
			m, _ = drive(t, m, press("w", "436", "enter")...)
			r, _ := loadRules(t).At(m.whatif.ita.Date)
			worse, _ := scenarioKey(t, r, p, m.whatif.ita.Date, "retest-worse")
			m, _ = drive(t, m, press(worse, "k", "u")...)
			more, _ := scenarioKey(t, r, p, m.whatif.ita.Date, "more-canadian-work")
			m, _ = drive(t, m, press(more)...)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

func TestResultHelpShowsTheWhatIfAndRoundsKeys(t *testing.T) {
	p := example(t, 1)
	for _, w := range []int{80, 200} {
		m := newModel(t, &p, "", w, 30)
		help := ansi.Strip(m.result.helpLine)
		for _, s := range []string{"w what-if", "r rounds"} {
			if !strings.Contains(help, s) {
				t.Errorf("%d wide: %q not in the help line %q", w, s, help)
			}
		}
	}
}

func TestWhatIfStartsAgainWhenTheProfileChangedOnTheResult(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m = typedITA(t, m, 440)
	m, _ = drive(t, m, press("2", "k", "esc")...)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...) // rename on the result
	if m.screen != screenResult || m.s.current.Name != "Cy" {
		t.Fatalf("the rename did not go back to the result")
	}
	m, _ = drive(t, m, press("w")...)
	if m.whatif.base != m.s.current || len(m.whatif.applied) != 0 || len(m.whatif.kept) != 0 {
		t.Errorf("the what-if kept changes made to another profile: base %q, %d applied, %d kept",
			m.whatif.base.Name, len(m.whatif.applied), len(m.whatif.kept))
	}
	if !m.whatif.hasITA || m.whatif.dlg != nil {
		t.Errorf("the ITA was forgotten")
	}
}
