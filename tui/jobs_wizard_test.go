package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

var ctrlL = tea.KeyMsg{Type: tea.KeyCtrlL}

// workStep opens the work step of a model from the result screen (e, then its number).
func workStep(t *testing.T, m Model) Model {
	t.Helper()
	work := 1 + indexOf(applicable(&m.s.draft), stepWork)
	m, _ = drive(t, m, press("e", itoa(work))...)
	return m
}

// mustShow fails unless the screen shows every one of want.
func mustShow(t *testing.T, m Model, what string, want ...string) {
	t.Helper()
	v := view(m)
	for _, w := range want {
		if !strings.Contains(v, w) {
			t.Fatalf("%s: want %q on the screen:\n%s", what, w, v)
		}
	}
}

// The keys that add a job through the picker: a, the words of its title, the first match, then
// the form's answers (own words; the country, "down" for abroad; first and last day; hours; no
// self-employment, no full-time study; authorized for work in Canada).
func addJob(words, title string, abroad bool, start, end, hours string) []tea.Msg {
	country := []string{"enter"}
	if abroad {
		country = []string{"down", "enter"}
	}
	keys := append([]string{"a", words, "enter", title, "enter"}, country...)
	keys = append(keys, start, "enter", end, "enter", hours, "enter", "enter", "enter")
	if !abroad {
		keys = append(keys, "enter")
	}
	return press(keys...)
}

func day(s string) time.Time {
	d, err := scoring.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// A work history typed in the wizard: two jobs added through the picker by words of their titles,
// one's end date edited, one removed; year counts and back only after a yes; the running total
// follows each change; and the saved file reads back with the same jobs.
func TestWizardJobsAddEditRemoveSwitchSave(t *testing.T) {
	p := example(t, 1) // 3 years abroad as a count: 441 on the test day (expected.txt)
	path := filepath.Join(t.TempDir(), "client.toml")
	m := newModel(t, &p, path, 80, 24)
	m = workStep(t, m)
	mustShow(t, m, "the work step with year counts", "Years of skilled work in Canada", "ctrl+l list jobs")
	m, _ = drive(t, m, ctrlL)
	mustShow(t, m, "the empty list", "Your jobs (0)", "No jobs yet")
	if m.s.a.CRS.Total >= 441 {
		t.Fatalf("a list of no jobs still scores the year counts: %d", m.s.a.CRS.Total)
	}

	// The picker shows the matches of the words typed, with TEER and categories.
	m, _ = drive(t, m, press("a", "registered nurse")...)
	mustShow(t, m, "the picker", "> 31301 TEER 1  [healthcare] Registered nurses", "Categories: healthcare")
	m, _ = drive(t, m, press("enter", "Nurse, Toronto General", "enter", "enter", "2023-09-01", "enter", "enter", "37.5", "enter", "enter", "enter", "enter")...)
	mustShow(t, m, "one job", "Your jobs (1)", "1. 31301 TEER 1", "Nurse, Toronto General · Canada · 2023-09-01 to now · 37.5 h/week", "Categories: healthcare ✓")
	oneJob := m.s.a.CRS.Total

	m, _ = drive(t, m, addJob("software developer", "Developer, Pune", true, "2019-01-01", "2022-12-31", "40")...)
	mustShow(t, m, "two jobs", "Your jobs (2)", "2. 21232 TEER 1", "Developer, Pune · abroad · 2019-01-01 to 2022-12-31 · 40 h/week")
	if m.s.a.CRS.Total == oneJob {
		t.Errorf("the total did not follow the second job: %d both times", oneJob)
	}

	// Edit job 1's last day: up to it, enter, through title and country, keep the start, type the end.
	m, _ = drive(t, m, press("up", "enter", "enter", "enter", "enter", "2025-08-31", "enter", "enter", "enter", "enter", "enter")...)
	mustShow(t, m, "the edited end", "2023-09-01 to 2025-08-31")
	jobs := m.s.draft.jobs.All()
	if len(jobs) != 2 || !jobs[0].End.Equal(day("2025-08-31")) || jobs[0].HoursPerWeek != 37.5 || jobs[0].Title != "Nurse, Toronto General" {
		t.Fatalf("after the edit: %+v", jobs)
	}

	// Remove job 2, after a no and then a yes.
	m, _ = drive(t, m, press("down", "d")...)
	mustShow(t, m, "the question", "Remove job 2 (Developer, Pune)? (y/n)")
	m, _ = drive(t, m, press("n")...)
	mustShow(t, m, "a no", "Your jobs (2)")
	m, _ = drive(t, m, press("d", "y")...)
	mustShow(t, m, "a yes", "Your jobs (1)")

	// Year counts instead: a no keeps the job, and the list.
	m, _ = drive(t, m, ctrlL)
	mustShow(t, m, "the switch's question", "Use year counts instead and discard the 1 job entered? (y/n)")
	m, _ = drive(t, m, press("n")...)
	if mustShow(t, m, "a no to the switch", "Your jobs (1)"); m.s.draft.jobs.Len() != 1 {
		t.Fatal("a no to the switch lost the job")
	}

	// Save (the jobs as they stand) and read the file back.
	m, _ = drive(t, m, press("ctrl+s")...)
	q, saved := readSaved(t, path)
	if q.Applicant.Jobs != m.s.current.Applicant.Jobs || q.Applicant.Jobs.Len() != 1 || q.Applicant.ForeignWorkYears != 0 {
		t.Fatalf("read back: %+v, want %+v\n%s", q.Applicant.Jobs.All(), m.s.current.Applicant.Jobs.All(), saved)
	}
	if got := engineTotal(t, q); got != m.s.a.CRS.Total {
		t.Errorf("the file scores %d, the wizard showed %d", got, m.s.a.CRS.Total)
	}

	// A yes: the year counts are back as they were typed, and so is the total.
	m, _ = drive(t, m, ctrlL)
	m, _ = drive(t, m, press("y")...)
	mustShow(t, m, "year counts again", "Years of skilled work in Canada")
	if m.s.draft.jobs.Len() != 0 || m.s.a.CRS.Total != 441 {
		t.Errorf("after the yes: %d jobs, total %d (want 0 jobs and 441 as with the counts)", m.s.draft.jobs.Len(), m.s.a.CRS.Total)
	}
	// And back to a list, empty now.
	m, _ = drive(t, m, ctrlL)
	mustShow(t, m, "the list again", "Your jobs (0)")
}

// tab ends the list and asks the certificate; shift+tab there comes back to the list; the next
// step follows.
func TestWizardJobsListThenCertificate(t *testing.T) {
	data, err := os.ReadFile("../testdata/jobs/example1.toml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(rulesAt(t), "example1.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	m := workStep(t, newModel(t, &p, "", 80, 24))
	mustShow(t, m, "the list of the file's job", "Your jobs (1)")
	m, _ = drive(t, m, press("tab")...)
	mustShow(t, m, "after the list", "Do you have a certificate of qualification")
	m, _ = drive(t, m, press("shift+tab")...)
	mustShow(t, m, "back", "Your jobs (1)")
	m, _ = drive(t, m, press("tab", "enter")...)
	if m.screen != screenResult && m.wizard.step == stepWork {
		t.Fatalf("the step did not end:\n%s", view(m))
	}
}

// The editor refuses what the profile reader refuses, with its words: an end before the start, a
// start after today; the picker says when nothing matches.
func TestWizardJobEditorRefuses(t *testing.T) {
	p := example(t, 1)
	m := workStep(t, newModel(t, &p, "", 80, 24))
	m, _ = drive(t, m, ctrlL)
	m, _ = drive(t, m, press("a", "zzqx")...)
	mustShow(t, m, "no match", `No NOC 2021 unit group matches "zzqx"`)
	m, _ = drive(t, m, press("ctrl+u", "31301", "enter", "enter", "enter", "2027-01-01", "enter")...)
	// testDay is 2026-08-20
	mustShow(t, m, "a start after today", "job 1 (NOC 31301): starts on 2027-01-01, after today (2026-08-20)")
	m, _ = drive(t, m, press("ctrl+u", "2024-05-01", "enter", "2024-04-30", "enter")...)
	mustShow(t, m, "an end before the start", "job 1 (NOC 31301): ends on 2024-04-30, before it starts (2024-05-01)")
	// esc asks before dropping what was typed; n goes back to the form.
	m, _ = drive(t, m, press("esc")...)
	mustShow(t, m, "esc in the form", "Discard what you typed for this job? (y/n)")
	m, _ = drive(t, m, press("n")...)
	if !strings.Contains(view(m), "Last day") || m.s.draft.jobs.Len() != 0 {
		t.Fatalf("after n:\n%s", view(m))
	}
	m, _ = drive(t, m, press("esc", "y")...)
	mustShow(t, m, "after y", "Your jobs (0)")
}

// A job's answers typed in one burst (faster than the form moves between fields) land in their
// fields, and keys after the form's end reach the list.
func TestWizardJobTypedInABurst(t *testing.T) {
	p := example(t, 1)
	m := workStep(t, newModel(t, &p, "", 80, 24))
	m, _ = drive(t, m, ctrlL)
	m, _ = drive(t, m, press("a", "31301", "enter")...)
	m = burst(t, m, press("Nurse", "enter", "enter", "2023-09-01", "enter", "2025-08-31", "enter", "37.5", "enter", "y", "n", "enter", "a")...)
	jobs := m.s.draft.jobs.All()
	want := scoring.Job{NOC: "31301", Title: "Nurse", Start: day("2023-09-01"), End: day("2025-08-31"), HoursPerWeek: 37.5,
		SelfEmployed: true, Authorized: true}
	if len(jobs) != 1 || jobs[0] != want {
		t.Fatalf("typed in one burst: %+v, want %+v\n%s", jobs, want, view(m))
	}
	mustShow(t, m, "the a after the form", "Add a job: choose its occupation")
}

// A resize while a job is typed keeps what is typed.
func TestWizardJobKeptThroughAResize(t *testing.T) {
	p := example(t, 1)
	m := workStep(t, newModel(t, &p, "", 80, 24))
	m, _ = drive(t, m, ctrlL)
	m, _ = drive(t, m, press("a", "31301", "enter", "Nurse")...)
	m, _ = drive(t, m, sizeMsg(200, 60), sizeMsg(60, 16), sizeMsg(80, 24))
	mustShow(t, m, "after the resizes", "> Nurse")
	m, _ = drive(t, m, press("enter", "enter", "2023-09-01", "enter", "enter", "enter", "enter", "enter", "enter")...)
	if jobs := m.s.draft.jobs.All(); len(jobs) != 1 || jobs[0].Title != "Nurse" {
		t.Fatalf("after the resizes: %+v", jobs)
	}
}

// The spouse's step lists their jobs the same way (ctrl+l from their years): a job in Canada added
// through the picker counts for the spouse's Canadian work, and a save keeps it.
func TestWizardSpouseJobs(t *testing.T) {
	p := example(t, 2) // married, the spouse comes: 1 year of Canadian work as a count
	path := filepath.Join(t.TempDir(), "couple.toml")
	m := newModel(t, &p, path, 80, 24)
	if !m.s.draft.spouseCounts() {
		t.Fatal("example 2's spouse does not count")
	}
	spouse := 1 + indexOf(applicable(&m.s.draft), stepSpouse)
	m, _ = drive(t, m, press("e", itoa(spouse))...)
	mustShow(t, m, "the spouse's step", "Their years of skilled work in Canada", "ctrl+l list jobs")
	m, _ = drive(t, m, ctrlL)
	mustShow(t, m, "their list", "Your spouse's or partner's jobs (0)")
	withCount := m.s.a.CRS.Spouse
	// 2024-01-01 to 2026-08-20 in Canada at 30 hours: 962 days, about 137 weeks, some 4,120 hours:
	// 2 whole years of 1,560 (the count said 1).
	m, _ = drive(t, m, addJob("electrician", "", false, "2024-01-01", "", "")...)
	mustShow(t, m, "their job", "Your spouse's or partner's jobs (1)", "CRS: 2 years")
	if m.s.draft.spouseJobs.Len() != 1 || m.s.draft.jobs.Len() != 0 {
		t.Fatalf("the job went to %d spouse's, %d applicant's", m.s.draft.spouseJobs.Len(), m.s.draft.jobs.Len())
	}
	if m.s.a.CRS.Spouse <= withCount {
		t.Errorf("the spouse's points did not follow 2 years of Canadian work: %d, with 1 year %d", m.s.a.CRS.Spouse, withCount)
	}
	m, _ = drive(t, m, press("ctrl+s")...)
	q, saved := readSaved(t, path)
	if q.Spouse.Jobs != m.s.current.Spouse.Jobs || q.Spouse.CanadianWorkYears != 0 || q.Applicant.Jobs.Len() != 0 {
		t.Errorf("read back: spouse jobs %+v, years %d\n%s", q.Spouse.Jobs.All(), q.Spouse.CanadianWorkYears, saved)
	}
}
