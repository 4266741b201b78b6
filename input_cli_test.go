package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// notYetProfile has a language result taken 2025-06-01: `score --at 2024-01-01` gives it nothing and
// says why, in the text and the JSON; whatif with an ITA before the test leaves it out at the ITA.
const notYetProfile = `[applicant]
age = 30
marital_status = "single"
education = "bachelors"
canadian_work_years = 2
canadian_work_years_last_3 = 2
teer = 1
[applicant.first_language]
test = "ielts"
date = 2025-06-01
listening = 8.0
reading = 7.0
writing = 7.0
speaking = 7.0
`

func TestScoreAtADayBeforeTheTestSaysItGivesNothing(t *testing.T) {
	p := writeFile(t, t.TempDir(), "p.toml", notYetProfile)
	want := "first official language result (ielts) is dated 2025-06-01, after 2024-01-01, the day scored"
	out, errs, code := runCLI(t, "score", "--at", "2024-01-01", p)
	if code != 0 || !strings.Contains(strings.Join(strings.Fields(out), " "), want) || !strings.Contains(strings.Join(strings.Fields(out), " "), "Listening no result 0") {
		t.Errorf("exit %d %s\n%s\nwant %q and no language points", code, errs, out, want)
	}
	out, _, _ = runCLI(t, "score", "--json", "--at", "2024-01-01", p)
	var got struct {
		Warnings []string
		Programs map[string]struct{ Reasons []string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(got.Warnings, "\n"), want) ||
		!strings.Contains(strings.Join(got.Programs["cec"].Reasons, "\n"), "first official language result is dated 2025-06-01, after 2024-01-01") {
		t.Errorf("JSON warnings %q, CEC reasons %q", got.Warnings, got.Programs["cec"].Reasons)
	}
	out, errs, code = runCLI(t, "whatif", p, "--ita-date", "2025-03-01", "--cutoff", "400", "--json")
	var w struct {
		Before   struct{ Total int } `json:"before"`
		Warnings []string
	}
	if err := json.Unmarshal([]byte(out), &w); err != nil {
		t.Fatalf("exit %d %s: %v\n%s", code, errs, err, out)
	}
	if !strings.Contains(strings.Join(w.Warnings, "\n"), "the first official language result (ielts) is dated 2025-06-01, after the ITA (2025-03-01)") {
		t.Errorf("whatif warnings %q", w.Warnings)
	}
}

func TestDatesOnTheCommandLineAreRealAndInRange(t *testing.T) {
	p := writeFile(t, t.TempDir(), "p.toml", notYetProfile)
	for _, args := range [][]string{
		{"score", "--at", "0001-01-01", p},
		{"score", "--at", "2023-02-29", p},
		{"whatif", p, "--ita-date", "0001-01-01", "--cutoff", "400"},
	} {
		_, errs, code := runCLI(t, args...)
		if code == 0 || !strings.Contains(errs, "1900-01-01 to 2099-12-31") {
			t.Errorf("%v: exit %d, %q: want an error giving the range", args, code, errs)
		}
	}
}
