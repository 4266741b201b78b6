package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// Accessible mode lists jobs as prompts: a yes to the list, "Add a job", words of the title, the
// number of a match (read out with its TEER and categories), then the job's answers; the list is
// read back with what the job counted, and the result is the engine's for the same profile.
func TestAccessibleModeAddsAJob(t *testing.T) {
	lines := append([]string{}, example1Lines...)
	at := -1
	for i := range lines {
		if lines[i] == "" && lines[i+1] == "" && lines[i+2] == "3" { // the work step: year counts, 0, 3 ...
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatal("the work step's answers are not where they were")
	}
	work := []string{"y", "1", "registered nurse", "1", "Nurse", "1", "2023-09-01", "", "37.5", "", "", "", "4", "n"}
	lines = append(append(append([]string{}, lines[:at]...), work...), lines[at+6:]...)
	steps := len(applicable(&draft{First: language{Test: "ielts"}}))
	out := runAccessibleWith(t, options(t, nil, ""), append(lines, itoa(steps+4), "2")...)

	// The person's profile, written by hand: example 1 with the nurse's job instead of its years.
	p := example(t, 1)
	a := &p.Applicant
	a.ForeignWorkYears, a.CanadianWorkYears, a.CanadianWorkYearsLast3, a.TradeWorkYearsLast5 = 0, 0, 0, 0
	a.TEER = scoring.NewProfile().Applicant.TEER
	a.Jobs = scoring.Jobs(scoring.Job{NOC: "31301", Title: "Nurse", Start: day("2023-09-01"), HoursPerWeek: 37.5, Authorized: true})
	for _, want := range []string{
		"List your jobs one by one",
		"1. 31301 Registered nurses and registered psychiatric nurses, TEER 1, categories: healthcare",
		"Added job 1 (Nurse).",
		// 2023-09-01 to 2026-08-20: 155 weeks at 30 counted hours = 4,650 hours, 2 whole years of 1,560.
		"Job 1: 31301 Registered nurses and registered psychiatric nurses (Nurse), in Canada, 2023-09-01 to now, 37.5 hours a week; counts 2 years for CRS.",
		"Categories: healthcare (met).",
		fmt.Sprintf("CRS score: %d of", engineTotal(t, p)),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("escape sequences in accessible mode:\n%s", out)
	}
}

// withWork is example 1's answers with the work step's answers replaced by work.
func withWork(t *testing.T, work ...string) []string {
	t.Helper()
	lines := append([]string{}, example1Lines...)
	for i := range lines {
		if lines[i] == "" && lines[i+1] == "" && lines[i+2] == "3" {
			return append(append(append([]string{}, lines[:i]...), work...), lines[i+6:]...)
		}
	}
	t.Fatal("the work step's answers are not where they were")
	return nil
}

// Accessible mode edits a job (Enter keeps each answer shown, a new last day is taken) and removes
// one after a yes.
func TestAccessibleModeEditsAndRemovesAJob(t *testing.T) {
	add := []string{"1", "31301", "1", "Nurse", "1", "2023-09-01", "", "37.5", "", "", ""}
	edit := []string{"2", "1", "", "1", "", "2025-08-31", "", "", "", ""} // Edit, job 1, keep all but the end
	remove := []string{"3", "1", "y"}                                     // Remove, job 1, yes
	lines := withWork(t, append(append(append(append([]string{"y"}, add...), edit...), remove...), "2", "n")...)
	steps := len(applicable(&draft{First: language{Test: "ielts"}}))
	out := runAccessibleWith(t, options(t, nil, ""), append(lines, itoa(steps+4), "2")...)
	for _, want := range []string{
		"Changed job 1 (Nurse).",
		"Job 1: 31301 Registered nurses and registered psychiatric nurses (Nurse), in Canada, 2023-09-01 to 2025-08-31, 37.5 hours a week",
		"Remove job 1 (Nurse)?",
		"Removed.",
		"No jobs yet.",
		// No work at all once the job is gone: example 1 without its 3 years abroad.
		fmt.Sprintf("CRS score: %d of", func() int {
			p := example(t, 1)
			p.Applicant.ForeignWorkYears = 0
			return engineTotal(t, p)
		}()),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
