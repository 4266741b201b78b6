package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// `score` on a profile with jobs shows each job's counted hours and years and the primary
// occupation; a profile with year counts shows no work history.
func TestScoreShowsCountedJobs(t *testing.T) {
	out, errs, code := runCLI(t, "score", "--at", "2026-08-20", "testdata/jobs/example2.toml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"CRS 555",
		"1. NOC 21211 Data scientists (TEER 1), Data scientist, Montréal",
		"37.5 h a week: 3,471 h, 2 years;",
		"primary occupation",
		"abroad, from 2022-01-01 to 2023-04-30, 40 h a week: 2,079 h, 1 year",
		"Spouse or partner",
		"30 h a week: 2,301 h, 1 year",
		"Primary occupation: NOC 21211 (the skilled job with the most hours",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	out, _, _ = runCLI(t, "score", "--at", "2026-08-20", "testdata/examples/example2.toml")
	if strings.Contains(out, "Work history") {
		t.Errorf("a profile with year counts shows a work history:\n%s", out)
	}
}

// `score --json` adds a "jobs" array with each job's counted hours and years.
func TestScoreJSONHasCountedJobs(t *testing.T) {
	out, errs, code := runCLI(t, "score", "--json", "--at", "2026-08-20", "testdata/jobs/example1.toml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		CRS  struct{ Total int } `json:"crs"`
		Jobs []struct {
			NOC     string  `json:"noc"`
			Hours   float64 `json:"counted_hours"`
			Years   int     `json:"counted_years"`
			Primary bool    `json:"primary_occupation"`
			Counts  bool    `json:"counts_for_crs"`
		} `json:"jobs"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	// 1,207 days × 30 / 7 = 5,172.9 hours: 3 years (testdata/jobs/example1.toml)
	if got.CRS.Total != 441 || len(got.Jobs) != 1 || got.Jobs[0].Hours != 5172.9 || got.Jobs[0].Years != 3 ||
		!got.Jobs[0].Primary || !got.Jobs[0].Counts || got.Jobs[0].NOC != "21232" {
		t.Errorf("got %+v", got)
	}
	out, _, _ = runCLI(t, "score", "--json", "--at", "2026-08-20", "testdata/examples/example1.toml")
	if strings.Contains(out, `"jobs"`) {
		t.Errorf("year counts give a jobs array: %s", out)
	}
}

// `score` on a profile with jobs has a Categories section (each category in force, met or not,
// with reasons), and --json a "categories" array; a profile of year counts has neither.
func TestScoreShowsCategoriesForJobs(t *testing.T) {
	out, _, code := runCLI(t, "score", "--at", "2026-08-20", "testdata/jobs/example2.toml")
	if code != 0 || !strings.Contains(out, "Categories in force on 2026-08-20") ||
		!strings.Contains(out, "✓ French-language proficiency (version 2): met") ||
		!strings.Contains(out, "no job's occupation is on the Healthcare and social services occupations") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	js, _, _ := runCLI(t, "score", "--json", "--at", "2026-08-20", "testdata/jobs/example2.toml")
	var got struct {
		Categories []struct {
			ID       string   `json:"id"`
			Version  int      `json:"version"`
			Eligible bool     `json:"eligible"`
			Reasons  []string `json:"reasons"`
		} `json:"categories"`
	}
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Categories) == 0 || got.Categories[0].ID != "french" || !got.Categories[0].Eligible || len(got.Categories[0].Reasons) == 0 {
		t.Errorf("categories %+v", got.Categories)
	}
	out, _, _ = runCLI(t, "score", "--at", "2026-08-20", "testdata/examples/example2.toml")
	if strings.Contains(out, "Categories in force") {
		t.Errorf("year counts show categories:\n%s", out)
	}
}

// `score` says which occupation sets CEC's language minimum (the one with the most work in Canada
// in the last 3 years, IRPR s. 87.1(2)(e)) when it is not the primary occupation: abroad NOC 21232
// (TEER 1) holds the most hours, in Canada NOC 13110 (TEER 3) is the only work CEC counts; CLB 6
// meets CEC's CLB 5.
func TestScoreSaysWhichOccupationSetsCECsMinimum(t *testing.T) {
	file := writeFile(t, t.TempDir(), "cec.toml", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n"+
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 6\nreading = 6\nwriting = 6\nspeaking = 6\n"+
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2015-01-01\nend = 2022-12-31\n"+
		"[[applicant.jobs]]\nnoc = \"13110\"\ncountry = \"canada\"\nstart = 2023-06-01\n")
	out, errs, code := runCLI(t, "score", "--at", "2026-08-20", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"Primary occupation: NOC 21232 (the skilled job with the most hours in the window), used for FSW's continuous year and FST's trade.",
		"CEC's language minimum follows the occupation with the most work in Canada in the last 3 years: TEER 3.",
		"✓ CEC (Canadian Experience Class): eligible",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
