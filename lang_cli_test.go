package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/scoring"
)

// The French score of the four worked examples, as a person reads it; the points in them are the
// English report's, line for line (TestFrenchScoreNumbersAreEnglish).
func TestScoreFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for n := 1; n <= 4; n++ {
		name := fmt.Sprintf("score_fr_example%d.golden", n)
		t.Run(name, func(t *testing.T) {
			out, errs, code := runCLI(t, "score", "--lang", "fr", "--at", "2026-08-20", filepath.Join(examples, fmt.Sprintf("example%d.toml", n)))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, name, out)
		})
	}
}

// pointsColumn is the right-hand column of a report (what follows two spaces or more at the end of
// a line), with French's narrow no-break spaces taken out, and the total after "CRS"/"SCG" in the
// title: the numbers a reader adds up.
var pointsColumn = regexp.MustCompile(`\S  +(\S[^ ]*(?: / \S+)?)$`)
var headTotal = regexp.MustCompile(`^.*: (?:CRS|SCG) (\d+)$`)

func points(out string) []string {
	var got []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.NewReplacer("\u202f", "", "\u00a0", " ").Replace(line)
		if m := headTotal.FindStringSubmatch(line); m != nil {
			got = append(got, "total "+m[1])
		}
		if m := pointsColumn.FindStringSubmatch(line); m != nil {
			got = append(got, m[1])
		}
	}
	return got
}

// The French score has the English one's numbers, in the same order: every section total, line,
// cap, the total, the FSW grid's lines. Worked example 1 by hand (worked-examples.md): 366 + 0 +
// 75 + 0 = 441.
func TestFrenchScoreNumbersAreEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for n := 1; n <= 4; n++ {
		file := filepath.Join(examples, fmt.Sprintf("example%d.toml", n))
		en, _, c1 := runCLI(t, "score", "--at", "2026-08-20", file)
		fr, _, c2 := runCLI(t, "score", "--lang", "fr", "--at", "2026-08-20", file)
		if c1 != 0 || c2 != 0 {
			t.Fatalf("example %d: exit %d, %d", n, c1, c2)
		}
		a, b := points(en), points(fr)
		if len(a) < 20 || strings.Join(a, "|") != strings.Join(b, "|") {
			t.Errorf("example %d: numbers differ\n en %q\n fr %q", n, a, b)
		}
		if n == 1 && (a[0] != "total 441" || !strings.Contains(fr, "Total SCG") || !strings.Contains(fr, "441 / 1\u202f200")) {
			t.Errorf("example 1: want total 441 and 441 / 1 200, got %q", a)
		}
	}
}

// profilesForLang are every profile of testdata with the days they are scored on.
func profilesForLang(t *testing.T) ([]string, []time.Time) {
	t.Helper()
	var files []string
	for _, dir := range []string{examples, "testdata/jobs"} {
		m, err := filepath.Glob(filepath.Join(dir, "*.toml"))
		if err != nil || len(m) != 4 {
			t.Fatalf("%s: %v profiles (%v)", dir, len(m), err)
		}
		files = append(files, m...)
	}
	days := []time.Time{scoring.Day(time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)), scoring.Day(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)), testToday}
	return files, days
}

// The English score of every profile of testdata on three days, as one golden file: the English
// report and the engine's words in it (every line, grid line, reason, warning and category reason)
// come from the en catalogue, and this pins them byte for byte as they were written before the
// catalogue replaced text.go's and report.Score's own English.
func TestScoreEnglishEveryProfile(t *testing.T) {
	rules, err := scoring.LoadRules("rules.toml", embeddedRules)
	if err != nil {
		t.Fatal(err)
	}
	files, days := profilesForLang(t)
	var out bytes.Buffer
	for _, day := range days[:2] { // days[2] is testToday, days[0] again
		r, err := rules.At(day)
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			p, err := readProfile(r, file)
			if err != nil {
				t.Fatal(err)
			}
			a := scoring.Assess(r, &p, day)
			fmt.Fprintf(&out, "#### %s on %s\n", filepath.ToSlash(file), day.Format(time.DateOnly))
			report.Score(&out, filepath.ToSlash(file), r, &a)
			fmt.Fprintln(&out)
		}
	}
	golden(t, "score_en_every_profile.golden", out.String())
}

// English words that must not reach the French score (NOC titles aside, which stay English until
// the noc package has CNP 2021's French titles, and the profile's own codes such as "bachelors").
var englishInFrench = regexp.MustCompile(`\b(the|and|needs|with|without|work|points|years?|not|none|cap|capped|Age|Education|Language|Total CRS|Programs|Warnings|eligible|met|Categories)\b`)

// The French score has no English sentence and no missing message, on every profile of testdata
// and three days (warnings, expired results and categories included).
func TestFrenchScoreHasNoEnglish(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	files, days := profilesForLang(t)
	for _, day := range days {
		for _, file := range files {
			out, errs, code := runCLI(t, "score", "--lang", "fr", "--at", day.Format(time.DateOnly), file)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", file, code, errs)
			}
			for i, line := range strings.Split(out, "\n") {
				if strings.Contains(line, "CNP ") || strings.HasPrefix(line, "     ") && i > 0 && strings.Contains(strings.Split(out, "\n")[i-1], "CNP ") {
					continue // a job: its NOC title is English for now
				}
				if w := englishInFrench.FindString(strings.ReplaceAll(line, file, "")); w != "" {
					t.Errorf("%s on %s, line %d: English %q in %q", file, day.Format(time.DateOnly), i+1, w, line)
				}
				if strings.Contains(line, "[") && regexp.MustCompile(`\[[a-z_0-9-]+\]`).MatchString(line) {
					t.Errorf("%s: a message is missing: %q", file, line)
				}
			}
		}
	}
}

// LANG=fr_CA.UTF-8 gives the French score; LC_ALL=C over it gives English; --lang en over a French
// locale gives English.
func TestLangFromEnvironment(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := filepath.Join(examples, "example2.toml")
	args := []string{"score", "--at", "2026-08-20", file}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "")
	english, _, _ := runCLI(t, args...)
	french, _, _ := runCLI(t, append([]string{"score", "--lang", "fr"}, args[1:]...)...)
	if english == french || !strings.Contains(french, "Programmes") {
		t.Fatal("--lang fr does not give French")
	}
	t.Setenv("LANG", "fr_CA.UTF-8")
	if got, _, _ := runCLI(t, args...); got != french {
		t.Errorf("LANG=fr_CA.UTF-8 does not give the French score:\n%s", got)
	}
	if got, _, _ := runCLI(t, append([]string{"score", "--lang", "en"}, args[1:]...)...); got != english {
		t.Errorf("--lang en under LANG=fr_CA.UTF-8 is not English")
	}
	t.Setenv("LC_ALL", "C")
	if got, _, _ := runCLI(t, args...); got != english {
		t.Errorf("LC_ALL=C over LANG=fr_CA.UTF-8 is not English")
	}
}

// A --lang that is neither fr nor en is a usage error, said in the locale's language.
func TestBadLang(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_CA.UTF-8")
	file := filepath.Join(examples, "example1.toml")
	_, errs, code := runCLI(t, "score", "--lang", "de", file)
	if code != exitUsage || !strings.HasPrefix(errs, `eewizard score: --lang: "de" is not a language eewizard speaks: want fr or en`) {
		t.Errorf("exit %d: %s", code, errs)
	}
	if _, errs, code := runCLI(t, "score", "--lang", "fr"); code != exitUsage || !strings.HasPrefix(errs, "eewizard score\u00a0: donnez au moins un fichier de profil\n") {
		t.Errorf("score --lang fr without a file: exit %d: %q", code, errs)
	}
	t.Setenv("LANG", "fr_CA.UTF-8")
	_, errs, code = runCLI(t, "score", "--lang", "de", file)
	if code != exitUsage || !strings.HasPrefix(errs, "eewizard score\u00a0: --lang\u00a0: «\u00a0de\u00a0» n’est pas une langue d’eewizard\u00a0: fr ou en\n") {
		t.Errorf("exit %d: %q", code, errs)
	}
}

// Every command takes --lang (the shared flag set), and the usage says what French covers.
func TestLangOnEveryCommand(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	t.Setenv("EEWIZARD_OFFLINE", "1")
	file := filepath.Join(examples, "example2.toml")
	for _, args := range [][]string{
		{"score", file}, {"whatif", file}, {"checklist", file}, {"improve", file}, {"report", file, "-o", filepath.Join(t.TempDir(), "r.html")},
		{"compare", file}, {"draws"}, {"draws", "import"}, {"draws", "update"}, {"rules", "check"},
	} {
		_, errs, _ := runCLI(t, append(args, "--lang", "fr")...)
		if strings.Contains(errs, "not defined: -lang") {
			t.Errorf("%v: --lang is not taken: %s", args, errs)
		}
	}
	out, _, _ := runCLI(t, "help")
	if !strings.Contains(out, "--lang fr|en") || !strings.Contains(out, `French covers the whole program`) {
		t.Errorf("the usage does not say what --lang covers:\n%s", out)
	}
}

// Every category version of the embedded rules has its French title, and each of its conditions,
// in the catalogue (rules.toml stays the one file of the rules: its English is not copied).
func TestCategoriesInFrench(t *testing.T) {
	rules, err := scoring.LoadRules("rules.toml", embeddedRules)
	if err != nil {
		t.Fatal(err)
	}
	fr := i18n.For(i18n.Fr)
	if len(rules.Categories) < 20 {
		t.Fatalf("only %d category versions", len(rules.Categories))
	}
	for i := range rules.Categories {
		v := &rules.Categories[i]
		id := "rules_cat_" + v.ID + "_v" + strconv.Itoa(v.Version)
		if !fr.Has(id) || report.CategoryTitleIn(fr, v) == v.Title {
			t.Errorf("%s version %d: no French title (%s)", v.ID, v.Version, id)
		}
		for j := range v.Conditions {
			if !fr.Has(id + "_cond" + strconv.Itoa(j+1)) {
				t.Errorf("%s version %d: condition %d has no French", v.ID, v.Version, j+1)
			}
		}
	}
}

// BenchmarkScoreIn is the score text of worked example 4: English (Score, which is ScoreIn with
// the English printer) and French.
func BenchmarkScoreIn(b *testing.B) {
	rules, err := scoring.LoadRules("rules.toml", embeddedRules)
	if err != nil {
		b.Fatal(err)
	}
	day := scoring.Day(time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC))
	r, _ := rules.At(day)
	p, err := readProfile(r, filepath.Join(examples, "example4.toml"))
	if err != nil {
		b.Fatal(err)
	}
	a := scoring.Assess(r, &p, day)
	var buf bytes.Buffer
	b.Run("Score", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			report.Score(&buf, "example4.toml", r, &a)
		}
	})
	for _, l := range []i18n.Lang{i18n.En, i18n.Fr} {
		b.Run("ScoreIn-"+l.Code(), func(b *testing.B) {
			for b.Loop() {
				buf.Reset()
				report.ScoreIn(&buf, i18n.For(l), "example4.toml", r, &a)
			}
		})
	}
}

// In French a job's occupation, in the work history and in a category's reasons, is CNP 2021's
// French title (noc), not NOC 2021's English one.
func TestFrenchScoreNamesTheOccupationInFrench(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "score", "--lang", "fr", "testdata/timeline/nurse.toml")
	flat := strings.Join(strings.Fields(out), " ")
	if code != exitOK || !strings.Contains(flat, "CNP 31301 Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées (FÉER 1)") ||
		strings.Contains(flat, "Registered nurses") {
		t.Errorf("exit %d %s\n%s", code, errs, out)
	}
}
