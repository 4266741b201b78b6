package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
)

// The French checklists with golden files: the family of testdata/checklist/family.toml (a
// spouse, a child, three countries lived in, unconfirmed fees), and worked example 2.
var checklistFrenchCases = []struct {
	golden string
	args   []string
}{
	{"checklist_fr_family.golden", []string{"checklist", checklistFamily, "--ita-date", "2026-08-18", "--at", "2026-08-25"}},
	{"checklist_fr_example2.golden", []string{"checklist", filepath.Join(examples, "example2.toml"), "--ita-date", "2026-08-01", "--at", "2026-08-20"}},
}

func TestChecklistFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, c := range checklistFrenchCases {
		out, errs, code := runCLI(t, append(c.args, "--lang", "fr")...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		golden(t, c.golden, out)
	}
}

// checklistFrenchRuns are the checklist's options walked in French: --ita-date, --round, --at (fees
// that change before the deadline, a deadline passed, upfront medicals), --program (each), --rules,
// and profiles with every kind of item (common-law with a nominee, a job offer and a
// certificate; divorced with year counts; the nurse; the report's family; the worked examples).
func checklistFrenchRuns() [][]string {
	fam := checklistFamily
	runs := [][]string{
		{"checklist", fam, "--round", "436", "--at", "2026-08-25"},
		{"checklist", fam, "--ita-date", "2026-03-01", "--at", "2026-03-10"},
		{"checklist", fam, "--ita-date", "2026-03-01", "--at", "2026-06-10"},
		{"checklist", fam, "--ita-date", "2023-08-01", "--at", "2023-08-10", "--rules", "rules.toml"},
		{"checklist", "testdata/checklist/commonlaw.toml", "--ita-date", "2026-08-18", "--at", "2026-08-25"},
		{"checklist", "testdata/checklist/divorced.toml", "--ita-date", "2026-08-18", "--at", "2026-08-25"},
		{"checklist", "testdata/checklist/divorced.toml", "--ita-date", "2016-12-01", "--at", "2016-12-05"},
		{"checklist", nurseFile, "--ita-date", "2026-08-01", "--at", "2026-08-20"},
		{"checklist", "testdata/report/family.toml", "--ita-date", "2026-08-01", "--at", "2026-08-02"},
	}
	for _, p := range []string{"fsw", "cec", "fst", "pnp"} {
		runs = append(runs, []string{"checklist", fam, "--ita-date", "2026-08-18", "--at", "2026-08-25", "--program", p},
			[]string{"checklist", "testdata/checklist/commonlaw.toml", "--ita-date", "2026-08-18", "--at", "2026-08-25", "--program", p})
	}
	for _, n := range []string{"1", "2", "3", "4"} {
		runs = append(runs, []string{"checklist", filepath.Join(examples, "example"+n+".toml"), "--ita-date", "2026-08-01", "--at", "2026-08-20"})
	}
	for _, c := range checklistFrenchCases {
		runs = append(runs, c.args)
	}
	return runs
}

// checklistAllowed are the profiles' English (job titles, file keys, names) and French words that
// i18ntest reads as English (its \b is ASCII: "baccalauréat" holds "at").
var checklistAllowed = []string{"Software developer", "Senior developer", "Contractor, plumbing", "Accountant", "Nurse, weekends",
	"[[applicant.residences]]", "[[spouse.residences]]", "baccalauréat"}

var (
	frenchMoney  = regexp.MustCompile(`(\d[\d\x{202f}]*)\x{a0}\$`)
	englishMoney = regexp.MustCompile(`\$(\d[\d,]*)`)
)

// amountsOf lists the amounts of money of a checklist's text, digits only, leaving out the
// unconfirmed fees' paragraph (the rules' own words, which write amounts as they please).
func amountsOf(s string, re *regexp.Regexp) string {
	if i := strings.LastIndex(s, "\n  No"); i >= 0 { // "Not confirmed", "Non confirmé"
		if j := strings.Index(s[i+1:], "\n\n"); j >= 0 {
			s = s[:i] + s[i+1+j:]
		} else {
			s = s[:i]
		}
	}
	var out []string
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		out = append(out, strings.NewReplacer(",", "", "\u202f", "").Replace(m[1]))
	}
	return strings.Join(out, " ")
}

// Every checklist run in French has no English, every line within the command's 100 columns; it
// lists as many items as the English, with the same money, and its JSON is the English JSON.
func TestChecklistFrenchHasNoEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, args := range checklistFrenchRuns() {
		en, errs, code := runCLI(t, append(args, "--lang", "en")...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		fr, _, _ := runCLI(t, append(args, "--lang", "fr")...)
		if w := i18ntest.English(fr, checklistAllowed...); len(w) > 0 {
			t.Errorf("%v: English in French: %v\n%s", args, w, fr)
		}
		for _, l := range strings.Split(fr, "\n") {
			if len([]rune(l)) > 100 {
				t.Errorf("%v: a line over 100 columns: %q", args, l)
			}
		}
		if a, b := strings.Count(en, "[ ]"), strings.Count(fr, "[ ]"); a != b || a == 0 {
			t.Errorf("%v: %d items in English, %d in French", args, a, b)
		}
		if a, b := amountsOf(en, englishMoney), amountsOf(fr, frenchMoney); a != b || a == "" {
			t.Errorf("%v: money in English %q, in French %q", args, a, b)
		}
		jsEn, _, _ := runCLI(t, append(args, "--json", "--lang", "en")...)
		jsFr, _, _ := runCLI(t, append(args, "--json", "--lang", "fr")...)
		if jsEn != jsFr || !json.Valid([]byte(jsFr)) {
			t.Errorf("%v: --json differs with --lang fr", args)
		}
	}
}

// The checklist's own usage error speaks French: no invitation given.
func TestChecklistUsageErrorInFrench(t *testing.T) {
	_, errs, code := runCLI(t, "checklist", checklistFamily, "--lang", "fr")
	first, _, _ := strings.Cut(errs, "\n")
	want := "eewizard checklist\u00a0: " + i18n.For(i18n.Fr).T("chk_usage_no_ita", nil)
	if code != exitUsage || first != want || len(i18ntest.English(first, "eewizard checklist", "--ita-date", "--round")) > 0 {
		t.Errorf("exit %d, %q, want %q", code, first, want)
	}
}
