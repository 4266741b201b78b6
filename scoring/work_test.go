package scoring

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The worked examples written with jobs (testdata/jobs, the years counted by hand in each file's
// comments) score as the same people written with year counts (testdata/examples).
func TestJobsExamplesScoreAsTheirCounts(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	d := day("2026-08-20")
	for i := 1; i <= 4; i++ {
		name := fmt.Sprintf("example%d.toml", i)
		counts := readFile(t, r, filepath.Join("../testdata/examples", name))
		jobs := readFile(t, r, filepath.Join("../testdata/jobs", name))
		if jobs.Applicant.Jobs.Len() == 0 {
			t.Fatalf("%s: no jobs read", name)
		}
		want, got := Assess(r, &counts, d), Assess(r, &jobs, d)
		if got.CRS.Total != want.CRS.Total || got.Programs[FSW].Points != want.Programs[FSW].Points {
			t.Errorf("%s: jobs give CRS %d FSW %d, counts CRS %d FSW %d", name,
				got.CRS.Total, got.Programs[FSW].Points, want.CRS.Total, want.Programs[FSW].Points)
		}
		q, _ := r.WithWork(&jobs, d)
		ca, ja := &counts.Applicant, &q.Applicant
		if ja.CanadianWorkYears != ca.CanadianWorkYears || ja.ForeignWorkYears != ca.ForeignWorkYears ||
			q.Spouse.CanadianWorkYears != counts.Spouse.CanadianWorkYears {
			t.Errorf("%s: counted Canada %d abroad %d spouse %d, want %d %d %d", name, ja.CanadianWorkYears, ja.ForeignWorkYears,
				q.Spouse.CanadianWorkYears, ca.CanadianWorkYears, ca.ForeignWorkYears, counts.Spouse.CanadianWorkYears)
		}
	}
}

func readFile(t testing.TB, r *Rules, path string) Profile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadProfile(r, path, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// jobsProfile is a single applicant with the given [[applicant.jobs]] blocks.
func jobsProfile(t *testing.T, r *Rules, jobs ...string) Profile {
	t.Helper()
	src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n"
	for _, j := range jobs {
		src += "\n[[applicant.jobs]]\n" + j + "\n"
	}
	return mustProfile(t, r, src)
}

func countOn(t *testing.T, r *Rules, p *Profile, d string) (Profile, WorkCount) {
	t.Helper()
	return r.WithWork(p, day(d))
}

// 710 days at 31 h a week are 3,144 hours, two years if every hour counted; at most 30 a week
// count, so they are 3,042.9 hours: one year, the same as at 30 h.
func TestAtMost30HoursAWeekCount(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for _, h := range []string{"30", "31", "60"} {
		p := jobsProfile(t, r, `noc = "21232"
country = "abroad"
start = 2024-09-09
end = 2026-08-19
hours_per_week = `+h)
		q, c := countOn(t, r, &p, "2026-08-20")
		if want := 710.0 * 30 / 7; math.Abs(c.ForeignHours-want) > 1e-6 || q.Applicant.ForeignWorkYears != 1 {
			t.Errorf("%s h: %.1f hours, %d years; want %.1f, 1", h, c.ForeignHours, q.Applicant.ForeignWorkYears, want)
		}
	}
}

// Part-time jobs held at once add up, to at most 30 hours a week: two 15 h jobs over 52 weeks are
// one year (1,560 hours); one of them alone is none; two 20 h jobs are still 30 h a week.
func TestPartTimeJobsAddUp(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	job := func(h string) string {
		return "noc = \"21232\"\ncountry = \"abroad\"\nstart = 2025-01-01\nend = 2025-12-30\nhours_per_week = " + h
	}
	for _, tc := range []struct {
		jobs  []string
		hours float64
		years int
	}{
		{[]string{job("15")}, 780, 0},
		{[]string{job("15"), job("15")}, 1560, 1},
		{[]string{job("20"), job("20")}, 1560, 1},
	} {
		p := jobsProfile(t, r, tc.jobs...)
		q, c := countOn(t, r, &p, "2026-08-20")
		if math.Abs(c.ForeignHours-tc.hours) > 1e-6 || q.Applicant.ForeignWorkYears != tc.years {
			t.Errorf("%d jobs: %.1f hours, %d years; want %.1f, %d", len(tc.jobs), c.ForeignHours, q.Applicant.ForeignWorkYears, tc.hours, tc.years)
		}
	}
}

// CEC's window is the 3 years before the day: 364 days at 30 h (1,560 hours) starting on the first
// day of the window are one year; a day later the first day has left the window.
func TestCECWindowMovedByOneDay(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2023-08-20\nend = 2024-08-17")
	if q, _ := countOn(t, r, &p, "2026-08-20"); q.Applicant.CanadianWorkYearsLast3 != 1 {
		t.Errorf("2026-08-20: last 3 years %d, want 1", q.Applicant.CanadianWorkYearsLast3)
	}
	q, _ := countOn(t, r, &p, "2026-08-21")
	if q.Applicant.CanadianWorkYearsLast3 != 0 || q.Applicant.CanadianWorkYears != 1 {
		t.Errorf("2026-08-21: last 3 years %d, Canada (10 years) %d; want 0, 1", q.Applicant.CanadianWorkYearsLast3, q.Applicant.CanadianWorkYears)
	}
	a := Assess(r, &p, day("2026-08-21"))
	if !hasReason(&a.Programs[CEC], ReasonWorkShort) {
		t.Error("CEC's work met with 363 days of work in the window")
	}
	if a = Assess(r, &p, day("2026-08-20")); hasReason(&a.Programs[CEC], ReasonWorkShort) {
		t.Error("CEC's work short with 364 days in the window")
	}
}

// A job still held counts up to the day before the scoring day: one that started yesterday counts
// one day (30 / 7 hours), one that starts on the day counts none.
func TestJobThatStartedYesterday(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2026-08-19")
	if _, c := countOn(t, r, &p, "2026-08-20"); math.Abs(c.CanadianHours-30.0/7) > 1e-9 || c.Jobs[0].Hours != c.CanadianHours {
		t.Errorf("started yesterday: %.3f hours (job %.3f), want %.3f", c.CanadianHours, c.Jobs[0].Hours, 30.0/7)
	}
	if _, c := countOn(t, r, &p, "2026-08-19"); c.CanadianHours != 0 {
		t.Errorf("started on the day: %.3f hours, want 0", c.CanadianHours)
	}
}

// CEC leaves out self-employment and work while a full-time student (IRPR s. 87.1(3)); the CRS
// counts both (the rules' crs_excludes_* are false).
func TestCECLeavesOutSelfEmploymentAndStudy(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for _, k := range []string{"self_employed", "full_time_student"} {
		p := jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\n"+k+" = true")
		q, _ := countOn(t, r, &p, "2026-08-20")
		if q.Applicant.CanadianWorkYears != 2 || q.Applicant.CanadianWorkYearsLast3 != 0 {
			t.Errorf("%s: Canada %d, last 3 years %d; want 2, 0", k, q.Applicant.CanadianWorkYears, q.Applicant.CanadianWorkYearsLast3)
		}
	}
}

// Work in Canada without authorization counts for nothing, and the job says why.
func TestUnauthorizedWorkInCanadaNotCounted(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2022-01-01\nauthorized = false")
	q, c := countOn(t, r, &p, "2026-08-20")
	if q.Applicant.CanadianWorkYears != 0 || q.Applicant.CanadianWorkYearsLast3 != 0 || c.Jobs[0].Counts ||
		!strings.Contains(c.Jobs[0].Why, "authorized") {
		t.Errorf("Canada %d, last 3 %d, counts %v (%q)", q.Applicant.CanadianWorkYears, q.Applicant.CanadianWorkYearsLast3, c.Jobs[0].Counts, c.Jobs[0].Why)
	}
}

// FSW needs the year in the primary occupation over a continuous period: two 8-month jobs with a
// month between them are a year of work, but not a continuous one.
func TestFSWNeedsAContinuousYear(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := jobsProfile(t, r,
		"noc = \"21232\"\ncountry = \"abroad\"\nstart = 2023-01-01\nend = 2023-08-31",
		"noc = \"21232\"\ncountry = \"abroad\"\nstart = 2023-10-01\nend = 2024-05-31")
	a := Assess(r, &p, day("2026-08-20"))
	if !hasReason(&a.Programs[FSW], ReasonNotContinuous) {
		t.Errorf("FSW reasons %v: want not continuous", a.Programs[FSW].Reasons())
	}
	p = jobsProfile(t, r, "noc = \"21232\"\ncountry = \"abroad\"\nstart = 2023-01-01\nend = 2024-05-31")
	a = Assess(r, &p, day("2026-08-20"))
	if hasReason(&a.Programs[FSW], ReasonNotContinuous) {
		t.Errorf("one 17-month job: FSW says not continuous")
	}
}

func hasReason(p *Program, code ReasonCode) bool {
	for _, r := range p.Reasons() {
		if r.Code == code {
			return true
		}
	}
	return false
}

// The primary occupation is the skilled job with the most hours unless primary_noc names one; its
// TEER sets CEC's language minimum.
func TestPrimaryOccupation(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	server := "noc = \"65200\"\ncountry = \"canada\"\nstart = 2020-01-01\nhours_per_week = 40"
	cook := "noc = \"63200\"\ncountry = \"canada\"\nstart = 2025-01-01"
	dev := "noc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01"
	p := jobsProfile(t, r, server, cook, dev)
	q, c := countOn(t, r, &p, "2026-08-20")
	if c.PrimaryNOC != "21232" || c.PrimaryChosen || q.Applicant.TEER != 1 {
		t.Errorf("primary %q chosen %v TEER %d, want 21232 (most hours of the skilled jobs), TEER 1", c.PrimaryNOC, c.PrimaryChosen, q.Applicant.TEER)
	}
	p.Applicant.PrimaryNOC = "63200"
	q, c = countOn(t, r, &p, "2026-08-20")
	if c.PrimaryNOC != "63200" || !c.PrimaryChosen || q.Applicant.TEER != 3 || q.Applicant.TradeWorkYearsLast5 != 1 {
		t.Errorf("primary %q TEER %d trade years %d, want 63200, 3, 1", c.PrimaryNOC, q.Applicant.TEER, q.Applicant.TradeWorkYearsLast5)
	}
}

func TestJobErrors(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	base := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n"
	for _, tc := range []struct{ name, src, want string }{
		{"both", base + "canadian_work_years = 2\n[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\n",
			"applicant.canadian_work_years: give applicant.jobs or applicant.canadian_work_years, not both"},
		{"spouse both", "[applicant]\nage = 30\nmarital_status = \"married\"\neducation = \"bachelors\"\n[spouse]\ncanadian_work_years = 1\n[[spouse.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\n",
			"give spouse.jobs or spouse.canadian_work_years, not both"},
		{"unknown noc", base + "[[applicant.jobs]]\nnoc = \"21239\"\ntitle = \"Coder\"\ncountry = \"canada\"\nstart = 2024-01-01\n",
			"job 1 (Coder): \"21239\" is not a NOC 2021 unit group (five digits); did you mean 21234 Web developers"},
		{"end before start", base + "[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\nend = 2023-12-31\n",
			"job 1 (NOC 21232): ends on 2023-12-31, before it starts (2024-01-01)"},
		{"future", base + "[[applicant.jobs]]\nnoc = \"21232\"\ntitle = \"Next\"\ncountry = \"canada\"\nstart = 2099-01-01\n",
			"job 1 (Next): starts on 2099-01-01, after today"},
		{"overlap", base + strings.Repeat("[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\nhours_per_week = 60\n", 3),
			"job 1 (NOC 21232), job 2 (NOC 21232), job 3 (NOC 21232) held at once on 2024-01-01 add to 180 hours a week: a week holds 168"},
		{"authorized abroad", base + "[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2024-01-01\nauthorized = false\n",
			"only for work in Canada"},
		{"primary not a job", base + "primary_noc = \"31301\"\n[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2024-01-01\n",
			"\"31301\" is the NOC of no job"},
	} {
		_, err := ReadProfile(r, "p.toml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

// Two 84 h jobs at once fill the week (168 hours) and are read.
func TestTwoJobsFillingTheWeekAreRead(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01\nhours_per_week = 84",
		"noc = \"21232\"\ncountry = \"canada\"\nstart = 2024-06-01\nhours_per_week = 84")
}

func TestJobsRoundTripAndSet(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := readFile(t, r, "../testdata/jobs/example2.toml")
	back := mustProfile(t, r, string(EncodeProfile(&p)))
	if back != p {
		t.Fatalf("read back differs:\n%s", EncodeProfile(&p))
	}
	q, err := Set(r, p, "applicant.jobs.1.end=2025-12-31")
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Applicant.Jobs.All()[0].End; got != day("2025-12-31") {
		t.Errorf("end %v after --set", got)
	}
	q, err = Set(r, q, "applicant.jobs.3.noc=21232")
	if err == nil || !strings.Contains(err.Error(), "applicant.jobs[2].country: missing") {
		t.Errorf("a new job with only its code: %v, want its missing keys", err)
	}
	if _, err := Set(r, p, "applicant.jobs.9.end=2025-12-31"); err == nil || !strings.Contains(err.Error(), "want the job's number, 1 to 3") {
		t.Errorf("job 9 of 2: %v", err)
	}
	if EditProfile(EncodeProfile(&p), &p) == nil {
		t.Error("no file")
	}
	orig := []byte(mustRead(t, "../testdata/jobs/example2.toml"))
	if out := EditProfile(orig, &p); string(out) == string(orig) {
		t.Log("kept") // defaults are written by EncodeProfile, so the file differs only in them
	}
	if out := EditProfile(EncodeProfile(&p), &p); string(out) != string(EncodeProfile(&p)) {
		t.Error("an unchanged file with jobs was rewritten")
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Scoring a profile with five jobs, against BenchmarkScore's year counts.
func BenchmarkScoreFiveJobs(b *testing.B) {
	r := rulesOn(b, "2026-08-20")
	src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"
	for _, j := range []string{
		"noc = \"21232\"\ncountry = \"canada\"\nstart = 2024-01-01",
		"noc = \"21232\"\ncountry = \"abroad\"\nstart = 2019-01-01\nend = 2023-12-31\nhours_per_week = 40",
		"noc = \"65200\"\ncountry = \"canada\"\nstart = 2024-06-01\nhours_per_week = 10",
		"noc = \"21211\"\ncountry = \"abroad\"\nstart = 2016-01-01\nend = 2018-12-31\nhours_per_week = 20",
		"noc = \"21232\"\ncountry = \"canada\"\nstart = 2025-01-01\nhours_per_week = 15\nself_employed = true",
	} {
		src += "\n[[applicant.jobs]]\n" + j + "\n"
	}
	p := mustProfile(b, r, src)
	d := day("2026-08-20")
	var a Assessment
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.AssessInto(&p, d, &a)
	}
	if a.CRS.Total == 0 || !a.Work.FromJobs {
		b.Fatal("no score from jobs")
	}
}

// Assess keeps its promise not to allocate with jobs too, and for year counts still.
func TestAssessWithJobsDoesNotAllocate(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	d := day("2026-08-20")
	for _, path := range []string{"../testdata/jobs/example4.toml", "../testdata/examples/example4.toml"} {
		p := readFile(t, r, path)
		var a Assessment
		if n := testing.AllocsPerRun(50, func() { r.AssessInto(&p, d, &a) }); n != 0 {
			t.Errorf("%s: %v allocations a run", path, n)
		}
	}
}

// A spouse's work in Canada counts like the applicant's: without authorization, none.
func TestSpouseUnauthorizedWorkNotCounted(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	src := "[applicant]\nage = 30\nmarital_status = \"married\"\neducation = \"bachelors\"\n" +
		"[[spouse.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2022-01-01\nauthorized = %s\n"
	for _, tc := range []struct {
		auth  string
		years int
	}{{"true", 4}, {"false", 0}} {
		p := mustProfile(t, r, fmt.Sprintf(src, tc.auth))
		if q, _ := countOn(t, r, &p, "2026-08-20"); q.Spouse.CanadianWorkYears != tc.years {
			t.Errorf("authorized %s: spouse %d years, want %d", tc.auth, q.Spouse.CanadianWorkYears, tc.years)
		}
	}
}
