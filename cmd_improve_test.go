package main

import (
	"encoding/json"
	"os"
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

// Example 1 (CRS 441): French NCLC 7 in all four is +62 -> 503 with its assignment (among the other
// French levels that gain more than the ones below); target 500 is
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
			french = french || s.Gain == 62 && s.Total == 503 && len(s.Set) == 1 && strings.HasPrefix(s.Set[0], "applicant.second_language={")
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

// improveFunds is example 1 with the funds to settle, so it is eligible for FSW (CRS 441).
func improveFunds(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(improveExample(t, "example1.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, t.TempDir(), "p.toml", strings.Replace(string(src), "foreign_work_years = 3", "foreign_work_years = 3\nsettlement_funds = 20000", 1))
}

// planSection is the text report's plan, up to the timeline.
func planSection(out string) string {
	_, plan, _ := strings.Cut(out, "\nPlan for ")
	plan, _, _ = strings.Cut(plan, "\nNext ")
	return strings.Join(strings.Fields(plan), " ") // as one line, whatever the wrapping
}

// TestImproveCategoryTheProfileCannotEnterSaysWhyAndPlansTheEntry: example 1 has no French
// result, so French-language rounds cannot invite it whatever its score (441, above their cut-off):
// the plan says so and why, and plans the entry: French NCLC 7 in all four, 4 x 3 + 50 = +62 ->
// 503 (crs-rules.md 1.5, 1.9). CEC rounds need a year of skilled work in Canada, which example 1
// does not have: the plan is the fewest years that also reach the cut-off of 523 (round 436).
// Single, bachelor's, CLB 10 in all four, 3 years abroad (crs-rules.md 1.6, 1.8): one year in
// Canada gives 40 + 13 (education x Canadian work) = +53 -> 494; two 53 + 25 = +78 -> 519; three
// 64 + 25 = +89 -> 530 (the foreign work group is already at its cap of 50).
func TestImproveCategoryTheProfileCannotEnterSaysWhyAndPlansTheEntry(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := improveFunds(t)
	out, errs, code := runCLI(t, "improve", file, "--at", "2026-08-20", "--category", "french")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	plan := planSection(out)
	for _, want := range []string{"French-language", "cannot enter", "NCLC 7 or more in all four French abilities", "no French result",
		"not enough", "1. French as a second official language: NCLC 7 in all four", "441 → 503 (+62)"} {
		if !strings.Contains(plan, want) {
			t.Errorf("plan: missing %q in\n%s", want, plan)
		}
	}
	if strings.Contains(plan, "Already there") {
		t.Errorf("plan says already there:\n%s", plan)
	}
	out, _, _ = runCLI(t, "improve", file, "--at", "2026-08-20", "--category", "cec")
	plan = planSection(out)
	for _, want := range []string{"Canadian Experience Class", "cannot enter", "skilled work in Canada in the last 3 years: 0 years, CEC needs 1 year",
		"1. After 3 more years of work: skilled work in Canada 0 → 3 years", "441 → 530 (+89)"} {
		if !strings.Contains(plan, want) {
			t.Errorf("cec plan: missing %q in\n%s", want, plan)
		}
	}
	// Without the funds and in a TEER 4 occupation, example 1 is eligible for no program: no
	// round can invite it, and no change the planner knows makes it eligible (it does not plan
	// money or another occupation).
	src, err := os.ReadFile(improveExample(t, "example1.toml"))
	if err != nil {
		t.Fatal(err)
	}
	teer4 := writeFile(t, t.TempDir(), "teer4.toml", strings.Replace(string(src), "foreign_work_years = 3", "foreign_work_years = 3\nteer = 4", 1))
	out, _, _ = runCLI(t, "improve", teer4, "--at", "2026-08-20", "--category", "french")
	plan = planSection(out)
	for _, want := range []string{"cannot enter", "not eligible for any program", "settlement funds", "TEER 4",
		"Cannot enter with the changes the planner knows"} {
		if !strings.Contains(plan, want) {
			t.Errorf("no funds: missing %q in\n%s", want, plan)
		}
	}
}

// TestImproveJSONPlanSaysWhetherTheProfileCanEnter: the plan's entry in JSON.
func TestImproveJSONPlanSaysWhetherTheProfileCanEnter(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "improve", improveFunds(t), "--at", "2026-08-20", "--category", "french", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Plan struct {
			Reached bool
			Total   int
			Entry   *struct {
				Category string `json:"category"`
				Need     string `json:"need"`
				Missing  string `json:"missing_today"`
				Enters   bool   `json:"enters"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	e := got.Plan.Entry
	if e == nil || e.Category != "french" || !strings.Contains(e.Missing, "no French result") || !e.Enters || !got.Plan.Reached || got.Plan.Total != 503 {
		t.Errorf("plan %+v entry %+v", got.Plan, e)
	}
}

// A nurse's first year (testdata/timeline/nurse.toml: 2026-02-01 + 364 days = 2027-01-31) opens
// CEC and the healthcare category; --json gives the reasons and the latest rounds of each from the
// embedded feed. Its three latest healthcare rounds are 422 (2026-06-25, 475), 398 (2026-02-20,
// 467) and 385 (2025-12-11, 476): cut-offs 467-476, newest 2026-06-25.
func TestImproveJSONTimelineRoundsOfACategory(t *testing.T) {
	out, errs, code := runCLI(t, "improve", filepath.Join("testdata", "timeline", "nurse.toml"), "--at", "2026-08-20", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Timeline []struct {
			Date    string `json:"date"`
			Reasons []struct {
				Kind     string `json:"kind"`
				Program  string `json:"program"`
				Category string `json:"category"`
				Met      bool   `json:"met"`
			} `json:"reasons"`
			KeepsWorking bool `json:"keeps_working"`
			Rounds       []struct {
				Category string `json:"category"`
				Rounds   int    `json:"rounds"`
				Low      int    `json:"lowest_cutoff"`
				High     int    `json:"highest_cutoff"`
				Newest   string `json:"newest"`
			} `json:"rounds"`
		} `json:"timeline"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got.Timeline) == 0 || got.Timeline[0].Date != "2027-01-31" || !got.Timeline[0].KeepsWorking {
		t.Fatalf("timeline %+v", got.Timeline)
	}
	e := got.Timeline[0]
	kinds := map[string]bool{}
	for _, r := range e.Reasons {
		kinds[r.Kind+":"+r.Program+r.Category] = r.Met || r.Kind == "work"
	}
	if !kinds["work:"] || !kinds["program:cec"] || !kinds["category:healthcare"] {
		t.Errorf("reasons %+v", e.Reasons)
	}
	found := false
	for _, k := range e.Rounds {
		if k.Category == "healthcare" {
			found = k.Rounds == 3 && k.Low == 467 && k.High == 476 && k.Newest == "2026-06-25"
		}
	}
	if !found {
		t.Errorf("healthcare rounds %+v", e.Rounds)
	}
	text, _, _ := runCLI(t, "improve", filepath.Join("testdata", "timeline", "nurse.toml"), "--at", "2026-08-20")
	if !strings.Contains(text, "cut-offs 467-476 (newest 2026-06-25)") || !strings.Contains(text, "keep working the same hours") {
		t.Errorf("text:\n%s", text)
	}
}
