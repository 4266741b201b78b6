package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
)

// compareFrenchCases are the French comparisons with golden files: the three families of
// testdata/compare (the spouse better, equal, as given better with every key) and a single
// applicant, whom the swap cannot be made for.
var compareFrenchCases = []struct{ golden, file string }{
	{"compare_fr_spouse_principal.golden", filepath.Join(compareData, "spouse_principal.toml")},
	{"compare_fr_equal.golden", filepath.Join(compareData, "equal.toml")},
	{"compare_fr_all_keys.golden", filepath.Join(compareData, "all_keys.toml")},
	{"compare_fr_single.golden", filepath.Join(examples, "example1.toml")},
}

func TestCompareFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, c := range compareFrenchCases {
		out, errs, code := runCLI(t, "compare", c.file, "--lang", "fr")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", c.file, code, errs)
		}
		golden(t, c.golden, out)
		for i, line := range strings.Split(out, "\n") {
			if n := len([]rune(line)); n > 80 {
				t.Errorf("%s, line %d: %d columns: %q", c.golden, i+1, n, line)
			}
		}
	}
}

// compareNumbers are the numbers of a comparison's text, after its first three lines (the heading
// and the day), without French's thin spaces.
func compareNumbers(out string) []string {
	lines := strings.SplitN(out, "\n", 4)
	return regexp.MustCompile(`[-+]?\d+`).FindAllString(strings.ReplaceAll(lines[len(lines)-1], "\u202f", ""), -1)
}

// The French comparison shows the English one's numbers, in the same order: the totals and
// sections, the FSW grids, the factors that differ, the reasons.
func TestCompareFrenchNumbersAreEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, c := range compareFrenchCases {
		en, _, _ := runCLI(t, "compare", c.file)
		fr, _, _ := runCLI(t, "compare", c.file, "--lang", "fr")
		a, b := compareNumbers(en), compareNumbers(fr)
		if len(a) < 2 || strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%s: numbers differ\n en %q\n fr %q", c.file, a, b)
		}
	}
	// The spouse as principal by hand (scoring/swap_test.go): 322 as given, 468 swapped.
	fr, _, _ := runCLI(t, "compare", compareFrenchCases[0].file, "--lang", "fr")
	if !regexp.MustCompile(`Total SCG +322 +468 ◀ meilleur`).MatchString(fr) {
		t.Errorf("the spouse's comparison does not mark 468 better:\n%s", fr)
	}
}

// frenchOptionRuns are compare and whatif with every option, and their own usage errors, in
// French: the arguments and whether the run succeeds.
func frenchOptionRuns() []struct {
	args []string
	ok   bool
} {
	type run = struct {
		args []string
		ok   bool
	}
	spouse := filepath.Join(compareData, "spouse_principal.toml")
	runs := []run{
		{[]string{"compare", spouse, "--at", "2026-05-01"}, true},
		{[]string{"compare", spouse, "--rules", "rules.toml"}, true},
		{[]string{"compare", filepath.Join(compareData, "all_keys.toml"), "--at", "2026-08-01"}, true},
		{[]string{"whatif", nurseFile, "--round", "422", "--set", "applicant.first_language.speaking=6"}, true},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--program", "fsw", "--scenario", "retest-better"}, true},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--program", "fst"}, true},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--program", "pnp"}, true},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--category", "healthcare", "--category-version", "3", "--rules", "rules.toml"}, true},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--french", "--category", "french"}, true},
		{[]string{"whatif", nurseFile, "--scenario", "list"}, true},
		{[]string{"whatif", nurseFile}, false},
		{[]string{"whatif", nurseFile, nurseFile, "--cutoff", "400"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01"}, false},
		{[]string{"whatif", nurseFile, "--cutoff", "400", "--round", "422"}, false},
		{[]string{"whatif", nurseFile, "--round", "99999"}, false},
		{[]string{"whatif", nurseFile, "--round", "422", "--ita-date", "2026-01-01"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2030-01-01", "--cutoff", "400"}, false},
		{[]string{"whatif", nurseFile, "--cutoff", "400"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--program", "xyz"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--category-version", "2"}, false},
		{[]string{"whatif", nurseFile, "--round", "422", "--category", "healthcare"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--category", "nosuch"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--category", "healthcare", "--category-version", "9"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2020-08-01", "--cutoff", "400", "--category", "healthcare"}, false},
		{[]string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--french", "--category", "stem"}, false},
	}
	for _, f := range []string{"spouse_principal", "equal", "all_keys"} {
		runs = append(runs, run{[]string{"compare", filepath.Join(compareData, f+".toml")}, true})
	}
	for _, n := range []string{"1", "2", "3", "4"} {
		runs = append(runs, run{[]string{"compare", filepath.Join(examples, "example"+n+".toml")}, true})
	}
	return runs
}

// frenchAllowed are what the English check leaves out of French output: file names, flags and
// their values, the codes a person types (category IDs, program codes, profile keys), the job
// titles and IRCC's round names the profile and the feed give in English, and the program's
// usage text (main's, appended to a usage error).
var frenchAllowed = regexp.MustCompile(`testdata/\S+|rules\.toml|--[a-z-]+( [^ \n]+)?|\(Nurse, weekends\)|\(Accountant\)|Ronde \d+ \([^)]*\)|` +
	`eewizard [a-z]+|[a-z]+(_[a-z0-9]+)+|applicant\.[a-z_.]+|spouse\.[a-z_]+|\[spouse\]|"[a-z-]+"|` + regexp.QuoteMeta(strings.Join(scoring.CategoryIDs, ", ")) + `|` +
	regexp.QuoteMeta(strings.Join(scoring.ITAPrograms, ", ")) + `|\bcategory\b ID|(?m:^[a-z][a-z0-9:-]* )|\b[a-z-]+,\s+version\s+\d|l’or…`)

// ascii puts x for every letter beyond ASCII, so that the English check (whose \b is ASCII's)
// does not find "change" in "échange".
func ascii(s string) string {
	return strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return 'x'
		}
		return r
	}, s)
}

// No English word reaches the French output of compare and whatif, whichever option is given,
// on standard output or in a usage error; a run ends as it does in English, with the same JSON.
func TestCompareAndWhatIfEveryOptionInFrench(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, r := range frenchOptionRuns() {
		out, errs, code := runCLI(t, append(r.args, "--lang", "fr")...)
		_, _, enCode := runCLI(t, r.args...)
		if (code == exitOK) != r.ok || code != enCode {
			t.Errorf("%v: exit %d (English %d): %s", r.args, code, enCode, errs)
		}
		text := strings.ReplaceAll(out+errs, i18n.For(i18n.Fr).T("cli_usage", usageArgs), "")
		if words := i18ntest.English(ascii(frenchAllowed.ReplaceAllString(text, " "))); len(words) > 0 {
			t.Errorf("%v: English %q in\n%s", r.args, words, frenchAllowed.ReplaceAllString(text, " "))
		}
		if strings.Contains(text, "[cmp_") || strings.Contains(text, "[wi_") {
			t.Errorf("%v: a message is missing:\n%s", r.args, text)
		}
		if r.ok {
			en, _, _ := runCLI(t, append(r.args, "--json")...)
			fr, _, _ := runCLI(t, append(r.args, "--json", "--lang", "fr")...)
			if en != fr && !strings.Contains(strings.Join(r.args, " "), "list") {
				t.Errorf("%v --json: the French JSON is not the English", r.args)
			}
		}
	}
}
