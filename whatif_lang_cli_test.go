package main

import (
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/scoring"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The French what-ifs with golden files: the nurse's healthcare ITA (a typed cut-off) after her
// second job ended (DECLINE: 11 months of the 12 the category asks on the day of applying), and
// the nurse in a general round after a lower speaking result given with --set (ACCEPT: still above
// a cut-off of 400, still CEC).
var whatIfFrenchCases = []struct {
	golden string
	args   []string
}{
	{"whatif_fr_nurse_job_ended.golden", append(append([]string{}, nurseITA...), "--scenario", "job-2-ended")},
	{"whatif_fr_nurse_set_language.golden", []string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--program", "cec",
		"--set", "applicant.first_language.speaking=6.5"}},
}

func TestWhatIfFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, c := range whatIfFrenchCases {
		out, errs, code := runCLI(t, append(c.args, "--lang", "fr")...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		golden(t, c.golden, out)
	}
}

// whatIfFrenchRuns are what-ifs walked in French: the goldens, a round picked from the feed, the
// French category (no French result), an occupation changed, a retest, worked examples (no
// program met, a spouse), an ITA of long ago (expired), and the scenario lists.
func whatIfFrenchRuns() [][]string {
	runs := [][]string{
		{"whatif", nurseFile, "--round", "422"},
		{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "300", "--french"},
		{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "300", "--category", "healthcare", "--scenario", "job-2-occupation:31204"},
		{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "500", "--scenario", "retest-worse"},
		{"whatif", nurseFile, "--ita-date", "2025-01-10", "--cutoff", "400"},
		{"whatif", nurseFile, "--scenario", "list", "--ita-date", "2026-08-01"},
	}
	for _, n := range []string{"1", "2", "3", "4"} {
		file := "testdata/examples/example" + n + ".toml"
		runs = append(runs, []string{"whatif", file, "--ita-date", "2026-08-01", "--cutoff", "450", "--scenario", "new-credential"},
			[]string{"whatif", file, "--scenario", "list", "--ita-date", "2026-08-01"})
	}
	for _, c := range whatIfFrenchCases {
		runs = append(runs, c.args)
	}
	return runs
}

// englishInFrenchWhatIf are English words a what-if would show were a sentence left untranslated.
var englishInFrenchWhatIf = regexp.MustCompile(`\b(the|and|needs|with|without|work|years?|days?|not|none|no|cap|capped|Age|Education|Language|round|cut-off|deadline|apply|applying|still|eligible|met|category|Changes|Warnings|ACCEPT|DECLINE|ITA|left|ago|today|job|ended|retest|level|better|worse|Finished|credential|program|invited)\b`)

// userWords are what the check leaves out: a scenario's ID at the start of a line of the list,
// --set lines, the nurse's job titles, a round's name, file names.
var userWords = regexp.MustCompile(`^[a-z][a-z0-9-]*(:\d+)? |--set \S+|\(Nurse, weekends\)|\(Accountant\)|Ronde \d+ \([^)]*\)|testdata/\S+`)

// No English sentence or word reaches the French what-if, and no message is missing. Left out of
// the check: what the user wrote (file names, --set lines, job titles) and IRCC's round names
// (from the feed, in English).
func TestFrenchWhatIfHasNoEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	missing := regexp.MustCompile(`\[[a-z_0-9-]+\]`)
	for _, args := range whatIfFrenchRuns() {
		out, errs, code := runCLI(t, append(args, "--lang", "fr")...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		for i, line := range strings.Split(out, "\n") {
			line = userWords.ReplaceAllString(line, "")
			if w := englishInFrenchWhatIf.FindString(line); w != "" {
				t.Errorf("%v, line %d: English %q in %q", args, i+1, w, line)
			}
			if missing.MatchString(strings.ReplaceAll(line, "[[applicant.jobs]]", "")) {
				t.Errorf("%v: a message is missing: %q", args, line)
			}
		}
	}
}

// tableNumbers are the numbers of a what-if's table (the lines that moved, the totals, the
// cut-off), in order, without French's thin spaces, − and + as written.
func tableNumbers(out string) []string {
	var got []string
	fr := func(string) int { // the French table's label column is 6 wider
		if strings.Contains(out, "Total SCG") {
			return 1
		}
		return 0
	}
	in := false
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, strings.Repeat(" ", 40)) && len(got) == 0:
			in = true // the column heads: the table follows, to a blank line
			continue
		case line == "":
			in = false
		}
		if r := []rune(line); in && len(r) > 46+6*fr(line) {
			got = append(got, regexp.MustCompile(`[-−+]?\d+`).FindAllString(strings.ReplaceAll(string(r[46+6*fr(line):]), "\u202f", ""), -1)...)
		}
	}
	return got
}

// The French what-if shows the English one's numbers: the same lines moved by the same points, the
// same totals and cut-off.
func TestFrenchWhatIfNumbersAreEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	checked := 0
	for _, args := range whatIfFrenchRuns() {
		if strings.Contains(strings.Join(args, " "), "list") {
			continue
		}
		en, _, c1 := runCLI(t, args...)
		fr, _, c2 := runCLI(t, append(args, "--lang", "fr")...)
		if c1 != exitOK || c2 != exitOK {
			t.Fatalf("%v: exit %d, %d", args, c1, c2)
		}
		a, b := tableNumbers(en), tableNumbers(fr)
		if len(a) < 3 || strings.Join(a, "|") != strings.Join(b, "|") {
			t.Errorf("%v: numbers differ\n en %q\n fr %q", args, a, b)
		}
		checked++
	}
	// The ACCEPT golden's table, by hand: speaking CLB 9 → 8 is 31 → 23 (−8) with no spouse, and
	// education + language 25 → 13 (−12): 457 − 20 = 437, over the cut-off of 400.
	en, _, _ := runCLI(t, whatIfFrenchCases[1].args...)
	if got := strings.Join(tableNumbers(en), " "); got != "31 23 −8 25 13 −12 457 437 −20 400" {
		t.Errorf("the ACCEPT case's table: %s", got)
	}
	if checked < 10 {
		t.Errorf("only %d what-ifs compared", checked)
	}
}

// What the what-if told of each reason and warning, written from the English catalogue, is the
// English sentence itself: each told message says all its sentence says (the French says it from
// the same arguments).
func TestWhatIfToldInEnglishIsTheEnglish(t *testing.T) {
	rules, err := scoring.LoadRules("rules.toml", embeddedRules)
	if err != nil {
		t.Fatal(err)
	}
	en := i18n.For(i18n.En)
	checked := 0
	for _, c := range []struct {
		file, set string
		ita       scoring.ITA
	}{
		{nurseFile, "applicant.first_language.speaking=6.5", scoring.ITA{Date: day(2026, 8, 1), CutOff: 400, Program: "cec"}},
		{nurseFile, "applicant.jobs.2.end=2026-08-01", scoring.ITA{Date: day(2026, 8, 1), CutOff: 300}},
		{nurseFile, "applicant.first_language.speaking=5", scoring.ITA{Date: day(2025, 1, 10), CutOff: 500, Program: "fsw"}},
		{"testdata/examples/example2.toml", "applicant.education=doctoral", scoring.ITA{Date: day(2026, 8, 1), CutOff: 450, Program: "pnp"}},
		{"testdata/examples/example4.toml", "applicant.first_language.speaking=5", scoring.ITA{Date: day(2026, 8, 1), CutOff: 450}},
	} {
		for _, cat := range []string{"", "healthcare", "french"} {
			ita := c.ita
			r, err := rules.At(ita.Date)
			if err != nil {
				t.Fatal(err)
			}
			if cat != "" {
				if ita.Category, err = r.CategoryVersionFor(cat, 0, ita.Date); err != nil {
					t.Fatal(err)
				}
			}
			before, err := readProfile(r, c.file)
			if err != nil {
				t.Fatal(err)
			}
			after, err := scoring.Set(r, before, c.set)
			if err != nil {
				t.Fatal(err)
			}
			w, err := scoring.CompareITA(rules, &before, &after, ita, testToday)
			if err != nil {
				t.Fatal(err)
			}
			if len(w.Reasons) != len(w.ReasonsTold) || len(w.Warnings) != len(w.WarningsTold) {
				t.Fatalf("%s: %d reasons, %d told; %d warnings, %d told", c.file, len(w.Reasons), len(w.ReasonsTold), len(w.Warnings), len(w.WarningsTold))
			}
			for i, told := range append(append([]scoring.Told{}, w.ReasonsTold...), w.WarningsTold...) {
				want := append(append([]string{}, w.Reasons...), w.Warnings...)[i]
				if got := report.ToldIn(en, told); got != want {
					t.Errorf("%s (%s):\n got  %q\n want %q", c.file, told.ID, got, want)
				}
				checked++
			}
		}
	}
	if checked < 30 {
		t.Errorf("only %d sentences compared", checked)
	}
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
