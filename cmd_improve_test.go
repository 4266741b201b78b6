package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// improveOut is `eewizard improve --json`, as a reader of the JSON sees it.
type improveOut struct {
	File        string `json:"file"`
	Date        string `json:"date"`
	Total       int    `json:"total"`
	Suggestions []struct {
		Title string   `json:"title"`
		Gain  int      `json:"gain"`
		Total int      `json:"total"`
		Set   []string `json:"set"`
	} `json:"suggestions"`
	Plan *struct {
		Target  int      `json:"target"`
		Reached bool     `json:"reached"`
		Set     []string `json:"set"`
		Gain    int      `json:"gain"`
		Total   int      `json:"total"`
		Titles  []string `json:"titles"`
	} `json:"plan"`
	Timeline []struct {
		Date  string `json:"date"`
		What  string `json:"what"`
		Total int    `json:"total"`
		Delta int    `json:"delta"`
	} `json:"timeline"`
}

func improveExample(t *testing.T, name string) string {
	t.Helper()
	f := filepath.Join(examples, name)
	if m, _ := filepath.Glob(f); len(m) == 0 {
		t.Fatalf("worked example %s not found", f)
	}
	return f
}

// Example 1 (CRS 441): French NCLC 7 in all four is +62 -> 503 with its assignment; target 500 is
// reached with one change; nothing changes by itself (age 29 given as an age, no dated results).
func TestImproveJSONOfExample1GivesSuggestionsPlanAndTimeline(t *testing.T) {
	file := improveExample(t, "example1.toml")
	out, errs, code := runCLI(t, "improve", file, "--target", "500", "--at", "2026-08-20", "--json")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got improveOut
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.File != file || got.Date != "2026-08-20" || got.Total != 441 {
		t.Errorf("head: %+v", got)
	}
	french := false
	for _, s := range got.Suggestions {
		if strings.HasPrefix(s.Title, "French") {
			french = s.Gain == 62 && s.Total == 503 && len(s.Set) == 1 && strings.HasPrefix(s.Set[0], "applicant.second_language={")
		}
	}
	if !french {
		t.Errorf("no French NCLC 7 suggestion at +62 -> 503: %+v", got.Suggestions)
	}
	if p := got.Plan; p == nil || p.Target != 500 || !p.Reached || p.Total < 500 || len(p.Titles) != 1 || len(p.Set) == 0 || p.Gain != p.Total-441 {
		t.Errorf("plan: %+v", got.Plan)
	}
	if got.Timeline == nil || len(got.Timeline) != 0 {
		t.Errorf("timeline: %+v (want [])", got.Timeline)
	}
}

func TestImproveJSONWithoutTargetHasNullPlan(t *testing.T) {
	file := improveExample(t, "example2.toml")
	out, _, code := runCLI(t, "improve", "--json", "--at", "2026-08-20", file)
	if code != exitOK || !strings.Contains(out, `"plan":null`) || !strings.Contains(out, `"timeline":[]`) {
		t.Errorf("exit %d: %s", code, out)
	}
}

// The text report, with the flags after the profile: the total, each suggestion with its --set
// line, the plan, the timeline with a birthday that costs points.
func TestImproveTextShowsTotalSuggestionsPlanAndTimeline(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "client.toml", `
[applicant]
birth_date = 1995-09-10
marital_status = "single"
education = "bachelors"
foreign_work_years = 3
[applicant.first_language]
test = "ielts"
date = 2025-01-15
listening = 8.5
reading = 8.0
writing = 7.5
speaking = 7.5
`)
	out, errs, code := runCLI(t, "improve", file, "--at", "2026-08-20", "--target", "1200")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"CRS 436 on 2026-08-20",
		"+62", "498", "--set 'applicant.second_language={test=\"tef\"",
		"+53", "--set applicant.canadian_work_years=1",
		"Plan for 1200", "Out of reach with these changes",
		"2026-09-10", "Birthday: age 31", "2027-01-15",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

func TestImproveBadProfileExitsOneWithTheKeyInTheError(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.toml", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelor of arts\"\n")
	_, errs, code := runCLI(t, "improve", bad, "--at", "2026-08-20")
	if code != exitFail || !strings.Contains(errs, "bad.toml") || !strings.Contains(errs, "education") {
		t.Errorf("exit %d: %s", code, errs)
	}
	_, errs, code = runCLI(t, "improve", filepath.Join(dir, "missing.toml"))
	if code != exitFail || !strings.Contains(errs, "missing.toml") {
		t.Errorf("missing file: exit %d: %s", code, errs)
	}
}

func TestImproveUsageErrorsExitTwo(t *testing.T) {
	file := improveExample(t, "example1.toml")
	for _, args := range [][]string{
		{"improve"},
		{"improve", file, file},
		{"improve", file, "--target", "0"},
		{"improve", file, "--target", "1201"},
		{"improve", file, "--target", "many"},
		{"improve", file, "--at", "20/08/2026"},
		{"improve", file, "--at", "2010-01-01"},
		{"improve", file, "--frobnicate"},
	} {
		if _, errs, code := runCLI(t, args...); code != exitUsage || !strings.Contains(errs, "eewizard improve") {
			t.Errorf("%q: exit %d: %s", args, code, errs)
		}
	}
}
