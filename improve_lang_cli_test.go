package main

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// improveLangProfiles are the profiles of the French planner's tests: the four worked examples,
// the timeline's nurse and the four examples as work histories.
var improveLangProfiles = []string{
	"examples/example1.toml", "examples/example2.toml", "examples/example3.toml", "examples/example4.toml",
	"timeline/nurse.toml",
	"jobs/example1.toml", "jobs/example2.toml", "jobs/example3.toml", "jobs/example4.toml",
}

// goldenName is "improve_fr_examples_example1.golden".
func improveGoldenName(profile string) string {
	return "improve_fr_" + strings.ReplaceAll(strings.TrimSuffix(profile, ".toml"), "/", "_") + ".golden"
}

// The French planner of every profile, with a plan for 500, as a person reads it; its numbers are
// the English one's (TestImproveFrenchNumbersAreEnglish).
func TestImproveFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, f := range improveLangProfiles {
		t.Run(f, func(t *testing.T) {
			out, errs, code := runCLI(t, "improve", "--lang", "fr", "--at", "2026-08-20", "--target", "500", "testdata/"+f)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, improveGoldenName(f), out)
		})
	}
}

// improveOptions are every option of improve, as the French tests run them.
var improveOptions = [][]string{
	{}, {"--target", "500"}, {"--target", "1200"}, {"--target", "900", "--with-nomination"},
	{"--category", "french"}, {"--category", "cec"}, {"--category", "healthcare"}, {"--category", "pnp"},
	{"--category", "general", "--rounds", "3"}, {"--at", "2027-03-01"}, {"--at", "2024-06-01", "--target", "600"},
}

// numbersOf are the numbers a reader of the planner compares: the head's total, each suggestion's
// gain and total, the plan's sentence's numbers, each day's total and change, each --set line, in
// order; French's grouping spaces taken out, dates left out (they are written differently).
var (
	suggestionLead = regexp.MustCompile(`^ {2,}([+−]\d+|0) +(\d+)  \S`)
	dayLead        = regexp.MustCompile(`^  (?:\d{4}-\d\d-\d\d|\d{1,2}(?:er)? \pL+ \d{4}) +(\d+) +([+−]\d+|0)  \S`)
	headLead       = regexp.MustCompile(`: (?:CRS|SCG) (\d+) `)
	arrow          = regexp.MustCompile(`(\d+) → (\d+) \(([+−]\d+)\)`)
)

func numbersOf(out string) []string {
	var got []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.NewReplacer("\u202f", "", "\u00a0", " ").Replace(line)
		for _, re := range []*regexp.Regexp{headLead, suggestionLead, dayLead, arrow} {
			if m := re.FindStringSubmatch(line); m != nil {
				got = append(got, strings.Join(m[1:], " "))
			}
		}
		if s := strings.TrimSpace(line); strings.HasPrefix(s, "--set ") {
			got = append(got, s)
		}
	}
	return got
}

// The French planner has the English one's numbers and --set lines, in the same order, for every
// profile and option. Worked example 1 (CRS 441): French NCLC 7 in all four, 4 x 3 + 50 = +62 ->
// 503 (crs-rules.md 1.5, 1.9), written "441 → 503 (+62)" in both.
func TestImproveFrenchNumbersAreEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, f := range improveLangProfiles {
		for _, opts := range improveOptions {
			args := append([]string{"improve", "testdata/" + f}, opts...)
			enOut, _, c1 := runCLI(t, args...)
			frOut, _, c2 := runCLI(t, append(args, "--lang", "fr")...)
			if c1 != exitOK || c2 != exitOK {
				t.Fatalf("%s %q: exit %d, %d", f, opts, c1, c2)
			}
			a, b := numbersOf(enOut), numbersOf(frOut)
			if len(a) < 3 || strings.Join(a, "|") != strings.Join(b, "|") {
				t.Errorf("%s %q: numbers differ\n en %q\n fr %q", f, opts, a, b)
			}
		}
	}
	out, _, _ := runCLI(t, "improve", "--lang", "fr", "--target", "500", "testdata/examples/example1.toml")
	if !strings.Contains(out, "441 → 503 (+62)") || !strings.Contains(out, "    +62   503  ") {
		t.Errorf("example 1: want +62 -> 503, got\n%s", out)
	}
}

// withoutStanding is the planner's text without the standing against the rounds (report/
// standing.go's, rounds' text, English until it has a printer).
func withoutStanding(out string) string {
	head, rest, ok := strings.Cut(out, "\nWhere ")
	if !ok {
		return out
	}
	_, rest, _ = strings.Cut(rest, "\n\n")
	return head + "\n" + rest
}

// improveAllowed are what the French planner keeps as it is: the file's name, the tests' names
// as their makers write them, the jobs' titles; and, until the rounds package has a printer (see
// the report), the kinds of round's titles and what entering them takes (rounds.Entry), which it
// shows as rounds writes them.
func improveAllowed(t *testing.T, file string, opts []string) []string {
	rules, err := scoring.LoadRules("rules.toml", embeddedRules)
	if err != nil {
		t.Fatal(err)
	}
	day := testToday
	for i := 0; i+1 < len(opts); i++ {
		if opts[i] == "--at" {
			if day, err = scoring.ParseDay(opts[i+1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	r, err := rules.At(day)
	if err != nil {
		t.Fatal(err)
	}
	p, err := readProfile(r, file)
	if err != nil {
		t.Fatal(err)
	}
	allow := []string{file}
	for _, charts := range r.Charts {
		for _, c := range charts {
			allow = append(allow, c.Name)
		}
	}
	for _, l := range []*scoring.JobList{&p.Applicant.Jobs, &p.Spouse.Jobs} {
		for _, j := range l.All() {
			allow = append(allow, j.Title)
		}
	}
	a := scoring.Assess(r, &p, day)
	for _, c := range rounds.Categories() {
		allow = append(allow, "« "+c.Title()+" »")
		e := rounds.Entry(r, c, day)
		allow = append(allow, e.Name, e.Need, e.Unchecked, e.Missing(&a, &p))
	}
	allow = append(allow, "baccalauréat") // "at" to English's ASCII word boundaries
	sort.Slice(allow, func(i, j int) bool { return len(allow[i]) > len(allow[j]) })
	return allow
}

// Every option of improve on every profile, in French: no English word reaches the text but
// the names it keeps (improveAllowed), and no message is missing.
func TestImproveFrenchEveryOptionHasNoEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, f := range improveLangProfiles {
		file := "testdata/" + f
		for _, opts := range improveOptions {
			out, errs, code := runCLI(t, append([]string{"improve", "--lang", "fr", file}, opts...)...)
			if code != exitOK {
				t.Fatalf("%s %q: exit %d: %s", f, opts, code, errs)
			}
			text := withoutStanding(out)
			// Words are wrapped: the allowed names are looked for on the text as one line.
			flat := strings.Join(strings.Fields(strings.ReplaceAll(text, "\u00a0", " ")), " ")
			var allow []string
			for _, a := range improveAllowed(t, file, opts) {
				allow = append(allow, strings.Join(strings.Fields(strings.ReplaceAll(a, "\u00a0", " ")), " "))
			}
			// The --set lines are the profile file's keys, as whatif takes them.
			var kept []string
			for _, w := range strings.Fields(flat) {
				if !strings.HasPrefix(w, "--set") && !strings.Contains(w, "=") {
					kept = append(kept, w)
				}
			}
			if words := i18ntest.English(strings.Join(kept, " "), allow...); len(words) > 0 {
				t.Errorf("%s %q: English %q in\n%s", f, opts, words, text)
			}
			if strings.Contains(text, "[imp_") || strings.Contains(text, "[wi_") || strings.Contains(text, "[sc_") {
				t.Errorf("%s %q: a message is missing:\n%s", f, opts, text)
			}
		}
	}
}

// improve's usage errors in French: the first line, the error itself, is French (the usage after
// it is main's).
func TestImproveFrenchUsageErrors(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := filepath.Join(examples, "example1.toml")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--rounds", "0"}, "--rounds 0\u00a0: il faut 1 ou plus"},
		{[]string{"--target", "1201"}, "--target 1201\u00a0: il faut une note du SCG de 1 à 1200"},
		{[]string{"--target", "500", "--category", "cec"}, "donnez --target ou --category, pas les deux"},
	} {
		_, errs, code := runCLI(t, append([]string{"improve", "--lang", "fr", file}, c.args...)...)
		first, _, _ := strings.Cut(errs, "\n")
		if code != exitUsage || first != "eewizard improve\u00a0: "+c.want {
			t.Errorf("%q: exit %d: %q, want %q", c.args, code, first, c.want)
		}
		if words := i18ntest.English(strings.TrimPrefix(first, "eewizard improve\u00a0: "), "--rounds", "--target", "--category"); len(words) > 0 {
			t.Errorf("%q: English %q in %q", c.args, words, first)
		}
	}
}
