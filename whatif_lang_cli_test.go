package main

import (
	"testing"
)

// The French what-ifs with golden files: the nurse's healthcare ITA (a typed cut-off) after her
// second job ended (DECLINE: 11 months of the 12 the category asks on the day of applying), and
// the nurse in a general round after a lower speaking result given with --set (ACCEPT: still above
// a cut-off of 400, still CEC).
var whatIfFrenchCases = []struct {
	golden string
	args   []string
}{
	{"whatif_fr_nurse_job_ended.golden", append(append([]string{}, nurseITA...), "--scenario", "job-2-ended")},
	{"whatif_fr_nurse_set_language.golden", []string{"whatif", nurseFile, "--ita-date", "2026-08-01", "--cutoff", "400", "--program", "cec",
		"--set", "applicant.first_language.speaking=6.5"}},
}

func TestWhatIfFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	for _, c := range whatIfFrenchCases {
		out, errs, code := runCLI(t, append(c.args, "--lang", "fr")...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		golden(t, c.golden, out)
	}
}
