package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const examples = "testdata/examples"

// testToday is the day the CLI tests run on, so that days left and defaults to today are stable.
var testToday = time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runOn(testToday, args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// The worked examples through `score --json`, as the before-stop check and users run it.
func TestScoreJSONOfTheWorkedExamples(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(examples, "example*.toml"))
	if len(files) != 4 {
		t.Fatalf("want the 4 worked examples in %s, found %d", examples, len(files))
	}
	out, errs, code := runCLI(t, append([]string{"score", "--json", "--at", "2026-08-20"}, files...)...)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := map[string][2]int{"example1.toml": {441, 68}, "example2.toml": {555, 84}, "example3.toml": {965, 64}, "example4.toml": {1172, 88}}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want one per profile", len(lines))
	}
	for i, l := range lines {
		var got struct {
			File string
			CRS  struct {
				Total, Core, Spouse, Transferability, Additional int
				Lines                                            []struct{ Label string }
			}
			Programs map[string]struct {
				Eligible bool
				Points   int
				Reasons  []string
			}
		}
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatal(err)
		}
		if got.File != files[i] {
			t.Errorf("line %d is %s, want %s (in order)", i, got.File, files[i])
		}
		w := want[filepath.Base(got.File)]
		if got.CRS.Total != w[0] || got.Programs["fsw"].Points != w[1] {
			t.Errorf("%s: CRS %d FSW %d, want %v", got.File, got.CRS.Total, got.Programs["fsw"].Points, w)
		}
		if got.CRS.Core+got.CRS.Spouse+got.CRS.Transferability+got.CRS.Additional != got.CRS.Total || len(got.CRS.Lines) == 0 {
			t.Errorf("%s: sections do not add up or no lines", got.File)
		}
		for _, p := range []string{"fsw", "cec", "fst"} {
			if _, ok := got.Programs[p]; !ok {
				t.Errorf("%s: no %s", got.File, p)
			}
		}
	}
}

func TestScoreTextExplainsEveryLine(t *testing.T) {
	out, _, code := runCLI(t, "score", "--at", "2026-08-20", filepath.Join(examples, "example4.toml"))
	if code != 0 {
		t.Fatalf("score example4.toml: exit %d", code)
	}
	for _, s := range []string{"CRS 1172", "Speaking CLB 10", "Second language capped at 22 (24 before the cap)", "−2",
		"Skill transferability capped at 100 (150 before the cap)", "Additional points capped at 600 (695 before the cap)",
		"FSW (Federal Skilled Worker)", "grid 88 / 100, pass 67", "settlement funds $0 < $19,001 for 2 people"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q", s)
		}
	}
}

func TestScoreBadFileStillScoresTheOthers(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.toml", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n")
	bad := writeFile(t, dir, "bad.toml", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\ncanadian_work_yeras = 2\n")
	out, errs, code := runCLI(t, "score", "--json", bad, filepath.Join(dir, "missing.toml"), good)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, "bad.toml: line 5: applicant.canadian_work_yeras: unknown key canadian_work_yeras; did you mean canadian_work_years?") {
		t.Errorf("stderr: %s", errs)
	}
	if !strings.Contains(errs, "missing.toml: no such file or directory") {
		t.Errorf("stderr: %s", errs)
	}
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, "good.toml") {
		t.Errorf("stdout %q, want the good file scored", out)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"score"},
		{"score", "--at", "yesterday", "x.toml"},
		{"score", "--at", "2015-01-01", "x.toml"},
		{"score", "--nope", "x.toml"},
		{"frobnicate"},
		{"whatif", "x.toml"},
		{"whatif", "x.toml", "--cutoff", "400"},
		{"whatif", "x.toml", "--cutoff", "400", "--round", "437", "--ita-date", "2026-08-19"},
		{"draws", "--category", "nope"},
		{"rules"},
	} {
		_, errs, code := runCLI(t, args...)
		if code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errs)
		}
	}
}

func TestWizardWithoutATerminalPointsToScore(t *testing.T) {
	_, errs, code := runCLI(t)
	if code != 2 || !strings.Contains(errs, "needs a terminal") || !strings.Contains(errs, "eewizard score") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("want one line, got %q", errs)
	}
}

func TestRulesCheck(t *testing.T) {
	out, errs, code := runCLI(t, "rules", "check")
	if code != 0 || !strings.Contains(out, "ok") {
		t.Fatalf("embedded rules: exit %d, %s %s", code, out, errs)
	}
	out, _, code = runCLI(t, "rules", "check", "rules.toml")
	if code != 0 || !strings.Contains(out, "rules.toml: ok") {
		t.Errorf("rules.toml: exit %d, %s", code, out)
	}
	data, _ := os.ReadFile("rules.toml")
	bad := writeFile(t, t.TempDir(), "bad.toml", strings.Replace(string(data), "pass_mark = 67", "pass_marc = 67", 1))
	_, errs, code = runCLI(t, "rules", "check", bad)
	if code != 1 || !strings.Contains(errs, "unknown key pass_marc; did you mean pass_mark?") || !strings.Contains(errs, "fsw.pass_mark: missing") {
		t.Errorf("exit %d, stderr %s", code, errs)
	}
	// --rules with the bad file is refused by score too.
	_, errs, code = runCLI(t, "score", "--rules", bad, filepath.Join(examples, "example1.toml"))
	if code != 1 || !strings.Contains(errs, "pass_marc") {
		t.Errorf("score --rules bad: exit %d, %s", code, errs)
	}
}

func TestWhatIfJSONShape(t *testing.T) {
	out, errs, code := runCLI(t, "whatif", filepath.Join(examples, "example1.toml"), "--ita-date", "2026-08-19", "--cutoff", "430",
		"--set", "applicant.first_language.speaking=6.5", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Before, After struct {
			CRS      struct{ Total int }
			Programs map[string]struct{ Eligible bool }
		}
		CutOff   int `json:"cutoff"`
		Verdict  string
		Reasons  []string
		Deadline string
		DaysLeft int `json:"days_left"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	// Example 1 is 441; speaking 6.5 is CLB 8 (23 instead of 34, -11), the lowest level falls to
	// CLB 8, so education x language 25 -> 13 (-12) and foreign work x language 50 -> 25 (-25): 393.
	if got.Before.CRS.Total != 441 || got.After.CRS.Total != 393 || got.CutOff != 430 || got.Verdict != "decline" ||
		got.Deadline != "2026-10-18" || len(got.Reasons) == 0 || got.Before.Programs["fsw"].Eligible {
		t.Errorf("got %+v", got)
	}
}

func TestDrawsJSON(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "draws", "--category", "cec", "--since", "2026-01-01", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	prev := "9999-99-99"
	for _, l := range lines {
		var d struct {
			Round, Date, Category string
			Invitations, Cutoff   int
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d.Category != "cec" || d.Date < "2026-01-01" || d.Date > prev || d.Invitations == 0 || d.Cutoff == 0 {
			t.Fatalf("round %+v", d)
		}
		prev = d.Date
	}
	if len(lines) < 2 {
		t.Errorf("%d CEC rounds in 2026", len(lines))
	}
}

func TestDrawsImportRefusesABrokenFeedAndKeepsTheOld(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	bad := writeFile(t, t.TempDir(), "ee_rounds_123_en.json", `{"rounds": [{"drawNumber": "1"`)
	_, errs, code := runCLI(t, "draws", "import", bad)
	if code != 1 || errs == "" {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "ee_rounds_123_en.json")); !os.IsNotExist(err) {
		t.Errorf("a broken feed was written: %v", err)
	}
}

func TestImproveShowsWhereTheScoreStands(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	// Example 1 with the funds to settle: eligible for FSW, 441.
	src, err := os.ReadFile(filepath.Join(examples, "example1.toml"))
	if err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, dir, "p.toml", strings.Replace(string(src), "foreign_work_years = 3", "foreign_work_years = 3\nsettlement_funds = 20000", 1))
	out, errs, code := runCLI(t, "improve", file, "--at", "2026-08-20", "--category", "general", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Total    int
		Plan     struct{ Target int }
		Standing struct {
			Score int
			Kinds []struct {
				Category    string
				Invited, Of int
				Rounds      []struct {
					CutOff  int `json:"cutoff"`
					Invited bool
				}
			}
			Pool *struct{ Total, Above int }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Total != 441 || got.Standing.Score != 441 || got.Standing.Pool == nil || got.Standing.Pool.Total != 226859 {
		t.Fatalf("got %+v", got)
	}
	cats := map[string]bool{}
	for _, k := range got.Standing.Kinds {
		cats[k.Category] = true
		n := 0
		for _, r := range k.Rounds {
			if r.Invited != (r.CutOff <= 441) {
				t.Errorf("%s round cut-off %d marked invited=%v for 441", k.Category, r.CutOff, r.Invited)
			}
			if r.Invited {
				n++
			}
		}
		if n != k.Invited || k.Of != len(k.Rounds) || k.Of == 0 {
			t.Errorf("%s: invited %d of %d, rounds say %d of %d", k.Category, k.Invited, k.Of, n, len(k.Rounds))
		}
	}
	if !cats["general"] || !cats["fsw"] || cats["cec"] || cats["pnp"] {
		t.Errorf("kinds %v, want general and fsw only", cats)
	}
	// --category general: the target is the latest general round's cut-off.
	d, _, _ := runCLI(t, "draws", "--category", "general", "--json")
	var latest struct{ Cutoff int }
	json.Unmarshal([]byte(strings.SplitN(d, "\n", 2)[0]), &latest)
	if got.Plan.Target != latest.Cutoff || latest.Cutoff == 0 {
		t.Errorf("plan target %d, latest general cut-off %d", got.Plan.Target, latest.Cutoff)
	}
}

func TestWhatIfFrenchFlagAndUsageMessages(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "fr.toml", `[applicant]
age = 30
marital_status = "single"
education = "bachelors"
canadian_work_years = 1
canadian_work_years_last_3 = 1
teer = 1
[applicant.first_language]
test = "celpip"
listening = 9
reading = 9
writing = 9
speaking = 9
[applicant.second_language]
test = "tcf"
listening = 458
reading = 453
writing = 10
speaking = 10
`)
	args := []string{"whatif", file, "--ita-date", "2026-08-19", "--cutoff", "382", "--set", "applicant.second_language.speaking=9", "--json"}
	verdict := func(extra ...string) string {
		out, errs, code := runCLI(t, append(append([]string{}, args...), extra...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var got struct{ Verdict string }
		json.Unmarshal([]byte(out), &got)
		return got.Verdict
	}
	if v := verdict(); v != "accept" {
		t.Errorf("a general round: %s, want accept", v)
	}
	if v := verdict("--french"); v != "decline" {
		t.Errorf("a French round with NCLC 6 in speaking: %s, want decline", v)
	}
	if _, errs, code := runCLI(t, "whatif", file, "--round", "10"); code != 2 || !strings.Contains(errs, "--round 10:") {
		t.Errorf("a 2015 round: exit %d, %s", code, errs)
	}
	if _, errs, code := runCLI(t, "improve", file, "--rounds", "0"); code != 2 || !strings.Contains(errs, "--rounds 0") {
		t.Errorf("--rounds 0: exit %d, %s", code, errs)
	}
}
