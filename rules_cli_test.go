package main

import (
	"fmt"
	"os"
	"path/filepath"
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
