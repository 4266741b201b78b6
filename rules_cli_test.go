package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A dated amendment that breaks the caps fails `rules check`, and score, whatif and improve refuse
// the file with the same words.
func TestRulesCheckAndScoreRefuseAnAmendmentThatBreaksTheCaps(t *testing.T) {
	data, err := os.ReadFile("rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	const covid = "60-days\"\nset = { \"timing.ita_window_days\" = 90 }"
	edited := strings.Replace(string(data), covid,
		"60-days\"\nset = { \"timing.ita_window_days\" = 90, \"crs.additional.cap\" = 1200, \"crs.additional.provincial_nomination\" = 1200 }", 1)
	if edited == string(data) {
		t.Fatal("edit not found")
	}
	bad := writeFile(t, t.TempDir(), "bad.toml", edited)
	const want = "history[4]: the rules from 2020-03-31, with history[4] in force: crs.total: is 1200, but core and spouse + skill transferability + additional = 1800"
	_, errs, code := runCLI(t, "rules", "check", bad)
	if code != 1 || !strings.Contains(errs, bad+": line ") || !strings.Contains(errs, want) {
		t.Errorf("rules check: exit %d, stderr %s", code, errs)
	}
	example := filepath.Join(examples, "example1.toml")
	for _, args := range [][]string{
		{"score", "--rules", bad, "--at", "2020-06-01", example},
		{"score", "--rules", bad, example},
		{"whatif", "--rules", bad, example, "--ita-date", "2026-08-19", "--cutoff", "430"},
	} {
		out, errs, code := runCLI(t, args...)
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("%v: exit %d, stdout %s, stderr %s", args, code, out, errs)
		}
	}
}

// rules check says on how many days it checked the caps.
func TestRulesCheckSaysItCheckedEveryDayTheRulesChange(t *testing.T) {
	out, errs, code := runCLI(t, "rules", "check")
	// 2016-11-19 (earliest), 2017-06-06, 2018-06-26, 2020-03-31, 2020-10-27 and 2021-06-29.
	if code != 0 || !strings.Contains(out, "caps checked on the current tables and on the 6 days before them when the rules change") {
		t.Errorf("exit %d, stdout %s, stderr %s", code, out, errs)
	}
}

func TestRulesCheckCountsEveryProblemNotOnlyThoseListed(t *testing.T) {
	var b strings.Builder
	b.Write(embeddedRules)
	for i := 0; i < 150; i++ {
		fmt.Fprintf(&b, "[unknown%d]\n", i)
	}
	file := writeFile(t, t.TempDir(), "rules.toml", b.String())
	_, errs, code := runCLI(t, "rules", "check", file)
	if code != exitFail {
		t.Fatalf("exit %d, want %d: %s", code, exitFail, errs)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if last := lines[len(lines)-1]; last != "150 problems" {
		t.Errorf("last line %q, want \"150 problems\" (100 listed, 50 counted):\n%s", last, errs)
	}
}

// A category list with a code that is not in NOC 2021 fails `rules check`, naming the line and the
// nearest codes, and every command refuses the file with the same words; the real file says what it
// checked of the categories.
func TestRulesCheckAndEveryCommandRefuseAnUnknownCategoryCode(t *testing.T) {
	data, err := os.ReadFile("rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	const nurse = `  "31301",  # Registered nurses and registered psychiatric nurses`
	edited := strings.Replace(string(data), nurse, `  "31399",  # a typo`, 1)
	if edited == string(data) {
		t.Fatal("edit not found")
	}
	bad := writeFile(t, t.TempDir(), "bad.toml", edited)
	line := 1 + strings.Count(edited[:strings.Index(edited, `"31399"`)], "\n")
	want := `: categories.version[2].noc[15]: "31399" is not a NOC 2021 unit group; did you mean 31303 Physician assistants, midwives and allied health professionals, or 31302 Nurse practitioners, or 31301 Registered nurses and registered psychiatric nurses?`
	example := filepath.Join(examples, "example1.toml")
	for _, args := range [][]string{
		{"rules", "check", bad},
		{"score", "--rules", bad, example},
		{"whatif", "--rules", bad, example, "--ita-date", "2026-08-19", "--cutoff", "430"},
		{"improve", "--rules", bad, example},
	} {
		out, errs, code := runCLI(t, args...)
		if code != 1 || !strings.Contains(errs, bad+": line "+strconv.Itoa(line)+want) {
			t.Errorf("%v: exit %d, stdout %s, stderr %s", args, code, out, errs)
		}
	}
	out, errs, code := runCLI(t, "rules", "check")
	if code != 0 || !strings.Contains(out, "categories: 21 versions of 11 categories; 255 listed codes, all NOC 2021 unit groups; 26 round names, each claimed by one version") {
		t.Errorf("exit %d, stdout %s, stderr %s", code, out, errs)
	}
}

// rules check says whether the rules claim every category round of the rounds in use, and lists
// the rounds of a newer feed that no version claims: not assessed, and not a problem of the file.
func TestRulesCheckListsTheCategoryRoundsTheRulesDoNotKnow(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "rules", "check")
	if code != 0 || !strings.Contains(out, "rounds: 74 category rounds, each judged by the version that claims its name; source: embedded") {
		t.Errorf("exit %d, stdout %s, stderr %s", code, out, errs)
	}
	data, err := os.ReadFile("rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	const name = "Healthcare and Social Services Occupations, 2026-Version 4"
	newer := strings.Replace(string(data), `"rounds": [`, `"rounds": [
        {"drawNumber":"438","drawDate":"2026-08-20","drawName":"`+name+`","drawSize":"1,000","drawCRS":"470"},`, 1)
	dir := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	writeFile(t, dir, "ee_rounds_123_en.json", newer)
	out, errs, code = runCLI(t, "rules", "check")
	want := "  rounds: 1 of 75 category rounds not judged by these rules; source: "
	line := `    round 438 of 2026-08-20, "` + name + `": a healthcare round whose name no category version of the rules claims: category not known to these rules: not assessed`
	if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, line+"\n") {
		t.Errorf("exit %d, stdout %s, stderr %s", code, out, errs)
	}
}
