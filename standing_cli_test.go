package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// socialWorker is single, 30, a bachelor's, CLB 9 in all four, a social worker (NOC 41300) in
// Canada since 2023-03-01 at the default 30 hours a week. On 2026-08-20: 2023-03-01 up to
// 2026-08-19 is 1,268 days, x 30 / 7 = 5,434 hours, / 1,560 = 3 years of Canadian work.
// CRS (crs-rules.md, without a spouse): age 30 105, bachelor's 120, CLB 9 31 x 4 = 124, Canadian
// work 3 years 64: core 413; transferability: bachelor's with CLB 9 50, bachelor's with 2+ years
// of Canadian work 50, the education group capped at 50: total 463.
const socialWorker = `[applicant]
age = 30
marital_status = "single"
education = "bachelors"
[applicant.first_language]
test = "clb"
listening = 9
reading = 9
writing = 9
speaking = 9
[[applicant.jobs]]
noc = "41300"
country = "canada"
start = 2023-03-01
`

// TestImproveStandingJudgesEachHealthcareRoundWithItsListVersion: the last 15 healthcare rounds
// of the embedded feed (rounds/testdata/draws.csv) are 2 under version 3, 7 under version 2 and
// 6 under version 1, whose list lacks 41300. At 463: of the version 2 and 3 rounds only 379 (462)
// has a cut-off at or below it, so 1 of 15; the version 1 rounds 327 (463), 301 (445), 284 (422),
// 271 (431) and 255 (463) are below it too but ○, not counted (5 more had they been).
func TestImproveStandingJudgesEachHealthcareRoundWithItsListVersion(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := writeFile(t, t.TempDir(), "sw.toml", socialWorker)
	out, errs, code := runCLI(t, "improve", file, "--at", "2026-08-20", "--rounds", "15", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Standing struct {
			Score int
			Kinds []struct {
				Category, Version string
				Invited, Of       int
				Rounds            []struct {
					Round            string
					Invited, Reached bool
					Version, Judged  string
					Why              string
				}
			}
			Notes []string `json:"category_notes"`
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	s := got.Standing
	if s.Score != 463 || len(s.Kinds) == 0 {
		t.Fatalf("standing %+v", s)
	}
	h := s.Kinds[len(s.Kinds)-1]
	if h.Category != "healthcare" || h.Version != "healthcare version 3" || h.Invited != 1 || h.Of != 15 {
		t.Fatalf("healthcare: %+v", h)
	}
	offList := 0
	for _, r := range h.Rounds {
		if r.Version == "healthcare version 1" {
			offList++
			if r.Judged != "off_list" || r.Invited || r.Why != "no job's occupation is on the Healthcare occupations list" {
				t.Errorf("round %s: %+v", r.Round, r)
			}
		} else if r.Judged != "met" || r.Invited != r.Reached {
			t.Errorf("round %s: %+v", r.Round, r)
		}
	}
	if offList != 6 || len(s.Notes) != 2 || !strings.HasPrefix(s.Notes[1], "No job's occupation is on the list of STEM occupations") {
		t.Errorf("%d version 1 rounds, notes %q", offList, s.Notes)
	}
	text, _, _ := runCLI(t, "improve", file, "--at", "2026-08-20", "--rounds", "15")
	for _, want := range []string{"would have been invited in 1 of the last 15 rounds", "○ 463 (2024-11-20)",
		"○ 6 rounds under healthcare version 1: not in this list version (no job's"} {
		if !strings.Contains(text, want) {
			t.Errorf("text: %q missing:\n%s", want, text)
		}
	}
	if strings.Contains(text, "does not ask") {
		t.Errorf("the text says the occupation is not asked:\n%s", text)
	}
}

// A profile of year counts is told, where the old text said eewizard does not ask the occupation,
// that it cannot meet an occupation category.
func TestImproveStandingOfYearCountsSaysNoOccupationCategoryCanBeMet(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "improve", improveFunds(t), "--at", "2026-08-20")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "this profile gives years of work only, not jobs, so it cannot meet one.") ||
		strings.Contains(out, "does not ask") {
		t.Errorf("no plain word that year counts meet no occupation category:\n%s", out)
	}
}
