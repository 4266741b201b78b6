package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// nurse is testdata/whatif/nurse.toml: an accountant full time, and a registered nurse (NOC
// 31301, on the healthcare list) 10 hours a week since 2022-01-10, so any 3 whole years hold
// exactly 12 months of the nurse's work (1,096 days x 10 / 7 = 1,565.7 hours, 130 a month).
func nurse(t testing.TB) scoring.Profile {
	t.Helper()
	p, _ := profileFile(t, mustAbs(filepath.Join("..", "testdata", "whatif", "nurse.toml")))
	return p
}

// A typed cut-off can be said to be a category round's: the dialog's category field, judged with
// the version in force on the ITA date; then the job-ended scenario loses the category on the day
// of applying, and the screen says both days with their reasons.
func TestWhatIfTypedCategoryRoundAndTheJobEndedScenario(t *testing.T) {
	p := nurse(t)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("w", "enter", "n")...)
	if _, ok := m.whatif.dlg.(*itaDialog); !ok {
		t.Fatalf("no ITA dialog:\n%s", view(m))
	}
	// The date, the cut-off, any program, then the category: None → French → Healthcare.
	m, _ = drive(t, m, press("ctrl+u", "2026-08-01", "enter", "300", "enter", "enter", "right", "right", "enter")...)
	ita := m.whatif.ita
	if m.whatif.dlg != nil || ita.Category == nil || ita.Category.ID != "healthcare" || ita.Category.Version != 3 || ita.Round != "" {
		t.Fatalf("ITA %+v (category %v), want a typed healthcare version 3 round:\n%s", ita, ita.Category, view(m))
	}
	itaDay := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	r, _ := loadRules(t).At(itaDay)
	k, change := scenarioKey(t, r, p, itaDay, "job-2-ended")
	m, _ = drive(t, m, press(k)...)
	after := change.Apply(p)
	want, err := scoring.CompareITA(loadRules(t), &p, &after, ita, testDay)
	if err != nil {
		t.Fatal(err)
	}
	if m.whatif.res.Verdict != scoring.Decline || want.Verdict != scoring.Decline {
		t.Errorf("verdict %s, engine %s, want decline", m.whatif.res.Verdict, want.Verdict)
	}
	whole := flat(wholeWhatIf(m))
	// On 2026-08-20 the window 2023-08-20 to 2026-08-19 holds 1,096 - 18 = 1,078 days of the job
	// that ended on 2026-08-01: 1,078 x 10 / 7 = 1,540 hours = 11.8 months: 11.
	for _, s := range []string{
		"category: Healthcare and social services occupations (version 3)",
		"The round's category: Healthcare and social services occupations (healthcare version 3, from 2026-02-18)",
		"At the ITA (2026-08-01, the profile at the ITA): ✓ met",
		"On the day you apply (2026-08-20, the changed profile): ✗ not met",
		"11 months in it in the last 3 years, 12 needed",
		"--set applicant.jobs.2.end=2026-08-01",
		"eewizard whatif PROFILE --ita-date 2026-08-01 --cutoff 300 --category healthcare --category-version 3",
	} {
		if !strings.Contains(whole, flat(s)) {
			t.Errorf("%q is not in the what-if:\n%s", s, wholeWhatIf(m))
		}
	}
	for _, s := range want.Reasons {
		if !strings.Contains(whole, flat(s)) {
			t.Errorf("the engine's reason %q is not in the what-if", s)
		}
	}
}

// A change of occupation made on the screen replays through the --set lines shown: the ended
// job's last day and the new job as one inline table.
func TestWhatIfOccupationScenarioReplaysThroughItsSetLines(t *testing.T) {
	p := nurse(t)
	m := newModel(t, &p, "", 120, 40)
	m = typedITA(t, m, 300)
	r := rulesAt(t)
	var id string
	for _, c := range scoring.Scenarios(r, &p, testDay) {
		if strings.HasPrefix(c.ID, "job-2-occupation:") {
			id = c.ID
		}
	}
	if id == "" {
		t.Fatal("no change of occupation offered for the nurse's job")
	}
	k, change := scenarioKey(t, r, p, testDay, id)
	m, _ = drive(t, m, press(k)...)
	if !m.whatif.setsOK || len(m.whatif.sets) != 2 {
		t.Fatalf("sets %q (replay %v), want the end and the new job", m.whatif.sets, m.whatif.setsOK)
	}
	if !strings.HasPrefix(m.whatif.sets[0], "applicant.jobs.2.end=") || !strings.HasPrefix(m.whatif.sets[1], "applicant.jobs.3={") {
		t.Errorf("sets %q", m.whatif.sets)
	}
	q := p
	for _, s := range m.whatif.sets {
		var err error
		if q, err = scoring.Set(r, q, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	if q != change.Apply(p) {
		t.Errorf("the --set lines shown do not give the scenario's profile")
	}
}

// Accessible mode asks the category of a typed ITA as a numbered choice, and says the category on
// both days with its reasons.
func TestAccessibleModeWhatIfTypedCategoryRound(t *testing.T) {
	p := nurse(t)
	d := newDraft(&p)
	steps := len(applicable(&d))
	itaDay := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	r, _ := loadRules(t).At(itaDay)
	k, _ := scenarioKey(t, r, p, itaDay, "job-2-ended")
	// What next? What if; no round (typed); the date; the cut-off; any program (1); the category:
	// 1 none, 2 French, 3 healthcare; then the scenario; the input ends there.
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+2), "", "2026-08-01", "300", "1", "3", k)
	for _, s := range []string{
		"category: Healthcare and social services occupations (version 3)",
		"At the ITA (2026-08-01, the profile at the ITA): ✓ met",
		"On the day you apply (2026-08-20, the changed profile): ✗ not met",
		"11 months in it in the last 3 years, 12 needed",
		"Verdict: DECLINE",
	} {
		if !strings.Contains(flat(out), flat(s)) {
			t.Errorf("%q missing:\n%s", s, out)
		}
	}
}

// Chosen in the scenario menu, a change of occupation asks its code: the suggestion kept, or
// another typed, checked against NOC 2021 before it is applied.
func TestWhatIfOccupationScenarioAsksItsCode(t *testing.T) {
	p := nurse(t)
	m := newModel(t, &p, "", 80, 24)
	m = typedITA(t, m, 300)
	r := rulesAt(t)
	n := -1
	for i, c := range scoring.Scenarios(r, &p, testDay) {
		if strings.HasPrefix(c.ID, "job-2-occupation:") {
			n = i
		}
	}
	if n < 0 {
		t.Fatal("no change of occupation offered")
	}
	keys := []string{"s"}
	for range n {
		keys = append(keys, "down")
	}
	m, _ = drive(t, m, press(append(keys, "enter")...)...)
	if _, ok := m.whatif.dlg.(*occupationDialog); !ok {
		t.Fatalf("enter on the change of occupation did not ask its code:\n%s", view(m))
	}
	// A code that is not a unit group is refused, with the nearest ones; nothing is applied.
	m, _ = drive(t, m, press("ctrl+u", "31399", "enter")...)
	if _, ok := m.whatif.dlg.(*occupationDialog); !ok || len(m.whatif.applied) != 0 {
		t.Fatalf("31399 was taken:\n%s", view(m))
	}
	if v := view(m); !strings.Contains(v, `"31399" is not a NOC 2021`) {
		t.Errorf("no error for 31399:\n%s", v)
	}
	m, _ = drive(t, m, press("ctrl+u", "13110", "enter")...)
	jobs := m.whatif.copy.current.Applicant.Jobs.All()
	if m.whatif.dlg != nil || len(jobs) != 3 || jobs[2].NOC != "13110" {
		t.Fatalf("13110 not applied: %+v\n%s", jobs, view(m))
	}
	want, err := scoring.ScenarioByID(r, &p, testDay, "job-2-occupation:13110")
	if err != nil || m.whatif.copy.current != want.Apply(p) {
		t.Errorf("the screen's change differs from the engine's job-2-occupation:13110 (%v)", err)
	}
}

// Accessible mode asks the code of a change of occupation too.
func TestAccessibleModeOccupationScenarioAsksItsCode(t *testing.T) {
	p := nurse(t)
	d := newDraft(&p)
	steps := len(applicable(&d))
	r := rulesAt(t)
	id := ""
	for _, c := range scoring.Scenarios(r, &p, testDay) {
		if strings.HasPrefix(c.ID, "job-2-occupation:") {
			id = c.ID
		}
	}
	k, _ := scenarioKey(t, r, p, testDay, id)
	// What next? What if; no round; the date kept; the cut-off; any program; no category; the
	// scenario; a code that is not one, then 13110.
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+2), "", "", "300", "1", "1", k, "31399", "13110")
	for _, s := range []string{
		`"31399" is not a NOC 2021 unit group`,
		"Applied: Job 2 (Nurse, weekends) changed occupation on 2026-08-21: NOC 13110 Administrative assistants",
	} {
		if !strings.Contains(flat(out), flat(s)) {
			t.Errorf("%q missing:\n%s", s, out)
		}
	}
}
