package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// A profile file with a work history ([[applicant.jobs]]) opens with the score the engine gives it
// (worked example 1 written as a job: 441, as with its year counts), its work step says the jobs
// come from the file (its list of jobs) instead of asking years it would ignore, and a save after
// another edit keeps every job.
func TestAProfileWithJobsKeepsThemThroughTheWizard(t *testing.T) {
	data, err := os.ReadFile("../testdata/jobs/example1.toml")
	if err != nil {
		t.Fatal(err)
	}
	r := rulesAt(t)
	p, err := scoring.ReadProfile(r, "example1.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "client.toml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, &p, path, 120, 40)
	if v := view(m); !strings.Contains(v, "CRS score: 441 of 1200") || m.s.dirty() {
		t.Fatalf("opened with jobs: want 441 and nothing unsaved:\n%s", v)
	}
	work := 1 + indexOf(applicable(&m.s.draft), stepWork)
	m, _ = drive(t, m, press("e", itoa(work))...)
	if v := view(m); !strings.Contains(v, "Your jobs (1)") || !strings.Contains(v, "1. 21232 TEER 1") ||
		strings.Contains(v, "Years of skilled work in Canada") {
		t.Fatalf("the work step of a profile with jobs:\n%s", v)
	}
	m, _ = drive(t, m, press("esc")...)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...) // rename
	m, _ = drive(t, m, press("ctrl+s")...)
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := scoring.ReadProfile(r, path, saved)
	if err != nil {
		t.Fatalf("the saved file does not read back: %v\n%s", err, saved)
	}
	if q.Name != "Cy" || q.Applicant.Jobs != p.Applicant.Jobs || q.Applicant.ForeignWorkYears != 0 {
		t.Errorf("saved: name %q, jobs %+v (want %+v), foreign years %d\n%s", q.Name, q.Applicant.Jobs.All(), p.Applicant.Jobs.All(), q.Applicant.ForeignWorkYears, saved)
	}
}
