package tui

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// example1Lines answers accessible mode's prompts with example 1, one line each.
var example1Lines = []string{
	"Ada", "29", "1", // name, age, marital status: single (the spouse questions are not asked)
	"5", "1", "", // education: bachelor's; no Canadian credential; no ECA date
	"4", "", "8.5", "8", "7.5", "7.5", // first language: IELTS, no date, the four scores
	"1",                       // second language: no (no date is asked without a test)
	"", "", "3", "7", "", "n", // work: year counts (no list of jobs), 0 in Canada, 3 abroad, TEER not known (the 7th), no trade years, no certificate
	"1", "n", // no job offer, no nomination
	"n", "n", "", "", "n", "n", // no sibling, no relative, default family, funds left empty, no, no
}

func runAccessibleWith(t *testing.T, opts Options, lines ...string) string {
	t.Helper()
	t.Chdir(t.TempDir()) // a save to a relative path lands there
	var out bytes.Buffer
	opts.Input = strings.NewReader(strings.Join(lines, "\n") + "\n")
	opts.Output = &out
	if err := runAccessible(opts); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestAccessibleModeReachesTheEnginesTotal(t *testing.T) {
	steps := len(applicable(&draft{First: language{Test: "ielts"}})) // single, with a first language
	quit := []string{itoa(steps + 4), "2"}                           // What next? Quit; unsaved: quit without saving
	out := runAccessibleWith(t, options(t, nil, ""), append(example1Lines, quit...)...)
	total := engineTotal(t, example(t, 1))
	if hand := expected(t)["example1.toml"][0]; total != hand {
		t.Fatalf("engine %d, expected.txt %d", total, hand)
	}
	for _, want := range []string{
		"Step 1 of 6: About you",
		fmt.Sprintf("CRS score: %d of", total),
		"Levels: listening CLB 10, reading CLB 10, writing CLB 10, speaking CLB 10.",
		"Federal Skilled Worker (FSW): ✗ not eligible",
		"Quit without saving.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	for _, never := range []string{"spouse or partner come with you", "\x1b[", "█"} {
		if strings.Contains(out, never) {
			t.Errorf("accessible mode says %q:\n%s", never, out)
		}
	}
}

func TestAccessibleModeRepeatsABadScoreWithTheAllowedRange(t *testing.T) {
	lines := append([]string{}, example1Lines[:8]...)
	lines = append(lines, "9.7", "8.5") // a refused listening score, then a good one
	lines = append(lines, example1Lines[9:]...)
	steps := len(applicable(&draft{First: language{Test: "ielts"}}))
	out := runAccessibleWith(t, options(t, nil, ""), append(lines, itoa(steps+4), "2")...)
	chart, _ := rulesAt(t).ChartFor("ielts", testDay)
	if want := chart.Check(0, 9.7).Error(); !strings.Contains(out, want) {
		t.Errorf("no %q in:\n%s", want, out)
	}
	if !strings.Contains(out, fmt.Sprintf("CRS score: %d of", engineTotal(t, example(t, 1)))) {
		t.Errorf("the retried score did not reach the total:\n%s", out)
	}
}

func TestAccessibleModeOpensOnTheResultAndSaves(t *testing.T) {
	p := example(t, 2)
	path := filepath.Join(t.TempDir(), "c.toml")
	d := newDraft(&p)
	steps := len(applicable(&d))
	// What next? Save (after the steps, the rounds and the what-if); where: the path; then Quit.
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+3), path, itoa(steps+4))
	if !strings.Contains(out, fmt.Sprintf("CRS score: %d of", engineTotal(t, p))) || !strings.Contains(out, "Saved to "+path) {
		t.Errorf("open, save, quit:\n%s", out)
	}
	checkSaved(t, path, p)
}

func TestAccessibleModeStopsWhenInputEnds(t *testing.T) {
	out := runAccessibleWith(t, options(t, nil, ""), "Ada", "29")
	if !strings.Contains(out, "Input ended.") || !strings.Contains(out, "The changes were not saved.") {
		t.Errorf("end of input:\n%s", out)
	}
}

func TestDumbTerminalGetsAccessibleMode(t *testing.T) {
	t.Setenv("TERM", "dumb")
	var out bytes.Buffer
	opts := options(t, nil, "")
	opts.Input, opts.Output = strings.NewReader(""), &out
	if err := Run(opts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Step 1 of") || strings.Contains(out.String(), "\x1b[?1049h") {
		t.Errorf("TERM=dumb did not run the line-by-line mode:\n%q", out.String())
	}
}

func TestAccessibleModeSaysWhereTheScoreStandsAgainstTheRounds(t *testing.T) {
	p := cec2(t)
	d := newDraft(&p)
	steps := len(applicable(&d))
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+1), itoa(steps+4))
	a := scoring.Assess(rulesAt(t), &p, testDay)
	feed := rounds.Embedded()
	for _, k := range rounds.KindsFor(rulesAt(t), &a, &p) {
		recent := feed.Latest(k.Category, standingRounds)
		want := fmt.Sprintf("Your score would have been invited in %d of the last %s of this kind.", rounds.InvitedIn(recent, a.CRS.Total), plural.Count(len(recent), "round", "rounds"))
		if !strings.Contains(out, k.Category.Title()+" · "+k.Why) || !strings.Contains(out, want) {
			t.Errorf("%s: %q missing:\n%s", k.Category, want, out)
		}
	}
	if !strings.Contains(out, "candidates in the pool on") || !strings.Contains(flat(out), rounds.NoJobsNote) {
		t.Errorf("no pool position or NOC note:\n%s", out)
	}
}

func TestAccessibleModeWhatIfWithARoundAndAScenario(t *testing.T) {
	p := cec2(t)
	d := newDraft(&p)
	steps := len(applicable(&d))
	r, _ := loadRules(t).At(testDay.AddDate(0, 0, -2))
	rd, _ := rounds.Embedded().Find("436")
	k, change := scenarioKey(t, r, p, rd.Date, "retest-worse")
	after := change.Apply(p)
	want, err := scoring.CompareITA(loadRules(t), &p, &after, scoring.ITA{Date: rd.Date, CutOff: rd.CutOff, Round: "436",
		RoundFor: rd.Name, Program: "cec"}, testDay)
	if err != nil {
		t.Fatal(err)
	}
	// What next? What if; round 436; apply the scenario; keep it; back; then Quit.
	backItem := itoa(len(scoring.Scenarios(r, &after, rd.Date)) + steps + 4)
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+2), "436", k, itoa(len(scoring.Scenarios(r, &after, rd.Date))+steps+1),
		backItem, itoa(steps+4))
	for _, s := range []string{
		"Round 436 of 2026-08-18: Canadian Experience Class, cut-off 523.",
		verdictWords(want.Verdict, want.Expired) + ".",
		fmt.Sprintf("CRS %d at the ITA, %d now (%s); the round's cut-off is 523.", want.Before.CRS.Total, want.After.CRS.Total,
			plus(want.After.CRS.Total-want.Before.CRS.Total)),
		"Kept as A.",
		fmt.Sprintf("A %s: CRS %d", change.Title, want.After.CRS.Total),
		"Decline: you go back into the Express Entry pool",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("%q missing:\n%s", s, out)
		}
	}
	if strings.Contains(out, "\x1b[") || strings.Contains(out, "█") {
		t.Error("the what-if in accessible mode has escapes or large letters")
	}
	if strings.Contains(out, "not saved") {
		t.Error("the what-if changed the profile")
	}
}
