package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestWhatIfITADateThatContradictsTheRoundIsAnError(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	file := filepath.Join(examples, "example1.toml")
	_, errs, code := runCLI(t, "whatif", file, "--round", "436", "--ita-date", "2026-11-20")
	if code != exitUsage || !strings.Contains(errs, "--ita-date 2026-11-20 contradicts --round 436, which was on 2026-08-18") {
		t.Errorf("exit %d, stderr %q\nwant exit 2 naming both dates", code, errs)
	}
	for _, args := range [][]string{{"--round", "436", "--ita-date", "2026-08-18"}, {"--round", "436"}} {
		out, errs, code := runCLI(t, append([]string{"whatif", file}, args...)...)
		if code != exitOK || !strings.Contains(out, "after the ITA of 2026-08-18") {
			t.Errorf("%q: exit %d, %s\n%s", args, code, errs, out)
		}
	}
}

func TestWhatIfScenarioListNeedsNoITA(t *testing.T) {
	file := filepath.Join(examples, "example1.toml")
	out, errs, code := runCLI(t, "whatif", file, "--scenario", "list")
	if code != exitOK || errs != "" || out == "" {
		t.Fatalf("exit %d, stderr %q, stdout %q", code, errs, out)
	}
	// Without an ITA the scenarios are those of today (the test day).
	withITA, _, _ := runCLI(t, "whatif", file, "--scenario", "list", "--ita-date", "2026-08-20", "--cutoff", "430")
	if out != withITA {
		t.Errorf("listing without an ITA:\n%s\nwith an ITA today:\n%s", out, withITA)
	}
	if !strings.Contains(out, "--set ") {
		t.Errorf("no scenario shows its --set lines:\n%s", out)
	}
}

// An invitation is a thing that has happened: an --ita-date after today is refused, as the
// wizard refuses it, instead of scoring a profile on a day that has not come.
func TestWhatIfITADateAfterTodayIsRefused(t *testing.T) {
	_, errs, code := runCLI(t, "whatif", filepath.Join(examples, "example1.toml"), "--ita-date", "2026-08-21", "--cutoff", "430")
	if code != exitUsage || !strings.Contains(errs, "--ita-date 2026-08-21 is after today (2026-08-20)") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, errs, code := runCLI(t, "whatif", filepath.Join(examples, "example1.toml"), "--ita-date", "2026-08-20", "--cutoff", "430"); code != 0 {
		t.Errorf("an ITA today: exit %d, %s", code, errs)
	}
}
