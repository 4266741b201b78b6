package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const nurseFile = "testdata/whatif/nurse.toml"

// A typed healthcare ITA on 2026-08-01, applied for on the test day, 2026-08-20.
var nurseITA = []string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "300", "--category", "healthcare"}

func TestWhatIfCategoryITAShowsBothDays(t *testing.T) {
	out, errs, code := runCLI(t, nurseITA...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// At the ITA: 2023-08-01 to 2026-07-31, 1,096 days: 12 months. On 2026-08-20: 2023-08-20 to
	// 2026-08-19, 1,096 days again: 12 months.
	for _, s := range []string{
		"A category round: Healthcare and social services occupations (healthcare version 3, from 2026-02-18).",
		"The round's category: Healthcare and social services occupations (healthcare version 3)",
		"At the ITA (2026-08-01, the profile at the ITA): met",
		"On the day you apply (2026-08-20, the changed profile): met",
		"12 months in it in the last 3 years, 12 needed",
		"Verdict: ACCEPT",
	} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), s) { // the report wraps its lines
			t.Errorf("%q not in\n%s", s, out)
		}
	}
}

// The job ended on the ITA date: on 2026-08-20 the window 2023-08-20 to 2026-08-19 holds
// 1,096 - 18 days (2026-08-02 to 2026-08-19) = 1,078 days of it: 1,078 x 10 / 7 = 1,540 hours
// = 11.8 months: 11, below 12. The scenario and the --set it lists give the same verdict.
func TestWhatIfJobEndedScenarioAndItsSetDeclineAlike(t *testing.T) {
	type result struct {
		Verdict  string
		Reasons  []string
		Category struct {
			OnApply struct {
				Eligible bool
				Reasons  []string
			} `json:"on_apply"`
		}
	}
	run := func(args ...string) result {
		t.Helper()
		out, errs, code := runCLI(t, append(append(append([]string{}, nurseITA...), "--json"), args...)...)
		var r result
		if code != exitOK || json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("%q: exit %d: %s%s", args, code, errs, out)
		}
		return r
	}
	byScenario := run("--scenario", "job-2-ended")
	bySet := run("--set", "applicant.jobs.2.end=2026-08-01")
	if byScenario.Verdict != "decline" || byScenario.Category.OnApply.Eligible ||
		!strings.Contains(strings.Join(byScenario.Category.OnApply.Reasons, " "), "11 months in it in the last 3 years, 12 needed") {
		t.Errorf("job 2 ended: %+v", byScenario)
	}
	if strings.Join(byScenario.Reasons, "\n") != strings.Join(bySet.Reasons, "\n") || bySet.Verdict != byScenario.Verdict {
		t.Errorf("--scenario and --set differ:\n%q\n%q", byScenario.Reasons, bySet.Reasons)
	}
	// The change of occupation, from the day after the ITA, declines the same way.
	moved := run("--scenario", "job-2-occupation:13110")
	if moved.Verdict != "decline" || !strings.Contains(strings.Join(moved.Reasons, " "), "no longer meets the category (healthcare version 3)") {
		t.Errorf("occupation changed: %+v", moved)
	}
	listing, _, _ := runCLI(t, "whatif", nurseFile, "--scenario", "list", "--ita-date", "2026-08-01")
	for _, s := range []string{"job-2-ended", "--set applicant.jobs.2.end=2026-08-01", "job-2-occupation:", "--set applicant.jobs.3={noc = "} {
		if !strings.Contains(listing, s) {
			t.Errorf("%q not in the list:\n%s", s, listing)
		}
	}
}

func TestWhatIfCategoryFlags(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	// --french is --category french: the nurse has no French result.
	out, errs, code := runCLI(t, "whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "300", "--french")
	if code != exitOK || !strings.Contains(out, "French-language proficiency (french version 2)") ||
		!strings.Contains(out, "no French result: the category needs NCLC 7 in all four abilities") || !strings.Contains(out, "DECLINE") {
		t.Errorf("--french: exit %d, %s\n%s", code, errs, out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--ita-date", "2026-08-01", "--cutoff", "300", "--category", "healthcare", "--category-version", "9"}, "--category: category healthcare has no version 9"},
		{[]string{"--ita-date", "2026-08-01", "--cutoff", "300", "--category", "nursing"}, `--category: category "nursing": want one of french, healthcare`},
		{[]string{"--ita-date", "2026-08-01", "--cutoff", "300", "--category-version", "2"}, "--category-version 2 needs --category ID"},
		{[]string{"--ita-date", "2026-08-01", "--cutoff", "300", "--category", "agriculture"}, "no version is in force on 2026-08-01: its versions are 1 (2023-05-31 to 2025-02-26), 2 (2025-02-27 to 2026-02-17); give the round's version with --category-version N"},
		{[]string{"--round", "422", "--category", "healthcare"}, "--round 422 gives the round's own category"},
		{[]string{"--ita-date", "2026-08-01", "--cutoff", "300", "--french", "--category", "stem"}, "--french is --category french"},
		{[]string{"--ita-date", "2026-08-01", "--cutoff", "300", "--scenario", "job-7-ended"}, "job 7: want a job's number, 1 to 2"},
	} {
		_, errs, code := runCLI(t, append([]string{"whatif", nurseFile}, c.args...)...)
		if code != exitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", c.args, code, errs, c.want)
		}
	}
	// A picked round is judged with the version that claims its name.
	out, errs, code = runCLI(t, "whatif", nurseFile, "--round", "422")
	if code != exitOK || !strings.Contains(out, "A category round: Healthcare and social services occupations (healthcare version 3, from 2026-02-18).") {
		t.Errorf("--round 422: exit %d, %s\n%s", code, errs, out)
	}
}

// A category round that no version of the rules claims is said to be not assessed, never judged
// as a general round.
func TestWhatIfRoundNotAssessedIsSaid(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	data, err := os.ReadFile("rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	extra := `"rounds": [
        {"drawNumber":"439","drawDate":"2026-08-19","drawName":"Healthcare and social services occupations (2026-Version 9)","drawSize":"1,000","drawCRS":"300"},`
	feed := strings.Replace(string(data), `"rounds": [`, extra, 1)
	if err := os.WriteFile(filepath.Join(dir, "ee_rounds_123_en.json"), []byte(feed), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "whatif", nurseFile, "--round", "439")
	if code != exitOK || !strings.Contains(out, "The round's category") || !strings.Contains(out, "not assessed") ||
		!strings.Contains(out, "the round's category is not assessed: check that you still meet it") {
		t.Errorf("exit %d, %s\n%s", code, errs, out)
	}
	if strings.Contains(out, "A category round:") {
		t.Errorf("a round not assessed is judged against a version:\n%s", out)
	}
}
