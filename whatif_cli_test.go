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

// An invitation cannot be dated after today, as the wizard's ITA dialog says too.
func TestWhatIfRefusesAnITADatedAfterToday(t *testing.T) {
	file := filepath.Join(examples, "example1.toml")
	for _, day := range []string{testToday.AddDate(0, 0, 1).Format("2006-01-02"), "2099-12-31"} {
		_, errs, code := runCLI(t, "whatif", file, "--ita-date", day, "--cutoff", "430")
		if code != exitUsage || !strings.Contains(errs, "--ita-date "+day+" is after today ("+testToday.Format("2006-01-02")+")") {
			t.Errorf("--ita-date %s: exit %d, stderr:\n%s", day, code, errs)
		}
	}
	if _, errs, code := runCLI(t, "whatif", file, "--ita-date", testToday.Format("2006-01-02"), "--cutoff", "430"); code != exitOK {
		t.Errorf("--ita-date today: exit %d: %s", code, errs)
	}
}
