package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// oneThings finds a count of 1 before a plural noun: "1 days", "the last 1 rounds".
var oneThings = regexp.MustCompile(`(^|[^0-9.,])1 (days|rounds|years|months|changes|problems)\b`)

func noOnePlural(t *testing.T, what, out string) {
	t.Helper()
	if m := oneThings.FindString(out); m != "" {
		t.Errorf("%s: %q:\n%s", what, strings.TrimSpace(m), out)
	}
}

func TestWhatIfSaysOneDayLeftAndOneDayAgo(t *testing.T) {
	file := filepath.Join(examples, "example1.toml")
	// The deadline is 60 days after the ITA; the test day is 2026-08-20.
	for _, c := range []struct{ ita, want string }{
		{"2026-06-22", "1 day left."},
		{"2026-06-20", "passed 1 day ago."},
	} {
		out, errs, code := runCLI(t, "whatif", file, "--ita-date", c.ita, "--cutoff", "430")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, c.want) {
			t.Errorf("ITA %s: want %q in:\n%s", c.ita, c.want, out)
		}
		noOnePlural(t, "whatif --ita-date "+c.ita, out)
	}
}

func TestImproveStandingOverOneRoundSaysRound(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	// One year of Canadian work: CEC, so the general and CEC rounds could invite this profile.
	file := writeFile(t, t.TempDir(), "cec.toml", `[applicant]
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
`)
	out, errs, code := runCLI(t, "improve", file, "--rounds", "1", "--at", "2026-08-20")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "in 1 of the last 1 round\n") && !strings.Contains(out, "in 0 of the last 1 round\n") {
		t.Errorf("want \"of the last 1 round\" in:\n%s", out)
	}
	noOnePlural(t, "improve --rounds 1", out)
}
