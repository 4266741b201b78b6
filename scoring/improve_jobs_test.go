package scoring

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// jobsSingle is a single applicant of 30 with CLB 9 in all four, for the timeline tests; jobs
// follow it.
const jobsSingle = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
	"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"

// jobsTimeline is the timeline of a profile with jobs scored on on.
func jobsTimeline(t *testing.T, src, on string) (Profile, []TimelineEvent) {
	t.Helper()
	r := improveRules(t)
	p := mustProfile(t, rulesOn(t, on), src)
	plan, err := Improve(r, &p, day(on), 0)
	if err != nil {
		t.Fatal(err)
	}
	return p, plan.Timeline
}

// eventOn is the timeline's event on date, if any.
func eventOn(events []TimelineEvent, date string) (TimelineEvent, bool) {
	for _, e := range events {
		if e.Date.Equal(day(date)) {
			return e, true
		}
	}
	return TimelineEvent{}, false
}

func hasEventReason(e TimelineEvent, want TimelineReason) bool {
	return slices.Contains(e.Reasons, want)
}

// dates are the events' dates.
func dates(events []TimelineEvent) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Date.Format(time.DateOnly))
	}
	return out
}

// A 37.5 h/week job counts 30 h a week: 1,560 h is 52 weeks, 364 days. Started 2025-01-01, its
// second year is reached after 728 days: 2025-01-01 + 365 = 2026-01-01, + 363 = 2026-12-30. For
// a single applicant (crs-rules.md 1.6, C1, C2) the Canadian work points go 40 → 53 (+13), and
// education + Canadian work 13 → 25 with a bachelor's, the education group (C1 25 at CLB 9 plus
// C2) 38 → 50, at its cap of 50 (+12): +25.
func TestTimelineNextYearFullTime(t *testing.T) {
	_, events := jobsTimeline(t, jobsSingle+"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2025-01-01\nhours_per_week = 37.5\n", "2026-08-20")
	e, ok := eventOn(events, "2026-12-30")
	if !ok {
		t.Fatalf("no event on 2026-12-30: %v", dates(events))
	}
	if e.Delta != 25 || !hasEventReason(e, TimelineReason{Kind: TimelineWork}) || !e.KeepsWorking ||
		!strings.Contains(e.What, "Skilled work in Canada reaches 2 years") {
		t.Errorf("event %+v", e)
	}
	if _, ok := eventOn(events, "2026-12-29"); ok {
		t.Errorf("an event the day before: %v", dates(events))
	}
}

// A 20 h/week job: 1,560 h is 78 weeks, 546 days. Started 2025-06-01: 2025-06-01 + 365 =
// 2026-06-01, + 181 (29 days of June, 31 July, 31 August, 30 September, 31 October, 29 November)
// = 2026-11-29, the first year; on it CEC is reached (one year of skilled work in Canada in the
// last 3), and the points go 0 → 40 for Canadian work and 0 → 13 for education + Canadian work
// (C1 25 + C2 13 = 38, under the cap of 50): +53.
func TestTimelineNextYearPartTimeReachesCEC(t *testing.T) {
	_, events := jobsTimeline(t, jobsSingle+"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2025-06-01\nhours_per_week = 20\n", "2026-08-20")
	e, ok := eventOn(events, "2026-11-29")
	if !ok {
		t.Fatalf("no event on 2026-11-29: %v", dates(events))
	}
	if !hasEventReason(e, TimelineReason{Kind: TimelineProgram, Program: "cec", Met: true}) || !strings.Contains(e.What, "eligible for CEC") {
		t.Errorf("CEC not reached on 2026-11-29: %+v", e)
	}
	if e.Delta != 53 {
		t.Errorf("delta %d, want 53", e.Delta)
	}
}

// A registered nurse (31301, on the healthcare list from 2026-02-18: 12 months, not necessarily
// continuous, in the last 3 years) started 2026-02-01 at 37.5 h (30 count): 12 months are 1,560
// h, 364 days: 2026-02-01 + 364 = 2027-01-31. The same day CEC opens; both bring rounds.
func TestTimelineCategoryMonthsReached(t *testing.T) {
	_, events := jobsTimeline(t, jobsSingle+"[[applicant.jobs]]\nnoc = \"31301\"\ntitle = \"Nurse\"\ncountry = \"canada\"\nstart = 2026-02-01\nhours_per_week = 37.5\n", "2026-08-20")
	e, ok := eventOn(events, "2027-01-31")
	if !ok {
		t.Fatalf("no event on 2027-01-31: %v", dates(events))
	}
	found := false
	for _, r := range e.Reasons {
		found = found || (r.Kind == TimelineCategory && r.Category == "healthcare" && r.Met)
	}
	if !found || !strings.Contains(e.What, "12 months in it") {
		t.Errorf("healthcare not met on 2027-01-31: %+v", e)
	}
}

// Before 2026-02-18 the healthcare list asks 6 months continuous; from it, 12 months. A nurse in
// Canada from 2025-07-01 (30 h), FSW-eligible from work abroad in another occupation, planned on
// 2025-09-01: 6 months = 780 h = 182 days: 2025-07-01 + 182 (31 July, 31 August, 30 September,
// 31 October, 30 November, 29 days of December) = 2025-12-30, met; on 2026-02-18 the new version
// asks 12 months and she has 7: no longer met; 12 months = 364 days: 2026-06-30, met again.
func TestTimelineCategoryContinuousThenTwelveMonths(t *testing.T) {
	src := "[applicant]\nage = 29\nmarital_status = \"single\"\neducation = \"bachelors\"\neca_date = 2025-03-01\nsettlement_funds = 20000\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 10\nreading = 10\nwriting = 10\nspeaking = 10\n" +
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2018-01-01\nend = 2025-06-30\n" +
		"[[applicant.jobs]]\nnoc = \"31301\"\ntitle = \"Nurse\"\ncountry = \"canada\"\nstart = 2025-07-01\n"
	_, events := jobsTimeline(t, src, "2025-09-01")
	for _, c := range []struct {
		date string
		met  bool
		text string
	}{{"2025-12-30", true, "6 months continuous"}, {"2026-02-18", false, "7 months in it"}, {"2026-06-30", true, "12 months in it"}} {
		e, ok := eventOn(events, c.date)
		if !ok {
			t.Errorf("no event on %s: %v", c.date, dates(events))
			continue
		}
		found := false
		for _, r := range e.Reasons {
			found = found || (r.Kind == TimelineCategory && r.Category == "healthcare" && r.Met == c.met)
		}
		if !found || !strings.Contains(e.What, c.text) {
			t.Errorf("%s: healthcare met %v with %q: %+v", c.date, c.met, c.text, e)
		}
	}
}

// Old work leaves the 10-year window: 30 h a week abroad from 2013-01-01 to 2019-12-31. Scored on
// 2026-08-20 the window starts 2016-08-20: 1,229 days to 2020-01-01 = 5,267 h, 3 years. Three years
// need 1,092 days before 2020-01-01, from 2017-01-04 (2020-01-01 - 1,095 = 2017-01-01, + 3): on
// 2027-01-04 (window from 2017-01-04) there are 1,092 days = 4,680 h = 3 years exactly; on
// 2027-01-05, 1,091: 2 years. With CLB 9 in all four, foreign work + language (crs-rules.md C3)
// is 50 for 3 years or more, 25 for 1 or 2: -25 (no Canadian work, so no C4).
func TestTimelineOldWorkLeavesTheWindow(t *testing.T) {
	_, events := jobsTimeline(t, jobsSingle+"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2013-01-01\nend = 2019-12-31\n", "2026-08-20")
	e, ok := eventOn(events, "2027-01-05")
	if !ok {
		t.Fatalf("no event on 2027-01-05: %v", dates(events))
	}
	if e.Delta != -25 || !strings.Contains(e.What, "drops to 2 years: work before 2017-01-05 leaves the last 10 years") || e.KeepsWorking {
		t.Errorf("event %+v", e)
	}
}

// A job that started yesterday: 364 days of 30 h from 2026-08-19 are reached on 2027-08-18
// (2026-08-19 + 365 = 2027-08-19, less one).
func TestTimelineJobStartedYesterday(t *testing.T) {
	_, events := jobsTimeline(t, jobsSingle+"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2026-08-19\n", "2026-08-20")
	if _, ok := eventOn(events, "2027-08-18"); !ok {
		t.Fatalf("no event on 2027-08-18: %v", dates(events))
	}
}

// The jobs examples of testdata/jobs, scored on 2026-08-20, with the days counted by hand (1 year
// = 364 days at 30 h):
//   - example 1: abroad since 2023-05-01; its 4th year (2027-04-26) changes no points: none.
//   - example 2: the spouse from 2025-03-01, 2 years = 728 days: 2025-03-01 + 730 = 2027-03-01,
//     less 2 = 2027-02-27 (3 years: 2028-02-26); the applicant from 2024-06-01, 3 years = 1,092
//     days: 2024-06-01 + 1,095 = 2027-06-01, less 3 = 2027-05-29 (4 years: 2028-05-27).
//   - example 3: born 1985-03-15, birthdays; from 2022-06-01, 5 years = 1,820 days: 2022-06-01 +
//     1,826 (2024 is a leap year) = 2027-06-01, less 6 = 2027-05-26.
//   - example 4: from 2023-01-01, 4 years = 1,456 days: 2023-01-01 + 1,461 = 2027-01-01, less 5 =
//     2026-12-27; 5 years = 1,820: 2028-01-01 less 6 = 2027-12-26. (The spouse's 6th year on
//     2026-12-25 adds nothing: the spouse's points stop at 5 years.)
func TestTimelineJobsExamples(t *testing.T) {
	r := improveRules(t)
	rr := rulesOn(t, "2026-08-20")
	for file, want := range map[string][]string{
		"example1.toml": nil,
		"example2.toml": {"2027-02-27", "2027-05-29", "2028-02-26", "2028-05-27"},
		"example3.toml": {"2027-03-15", "2027-05-26", "2028-03-15"},
		"example4.toml": {"2026-12-27", "2027-12-26"},
	} {
		p := readFile(t, rr, "../testdata/jobs/"+file)
		plan, err := Improve(r, &p, day("2026-08-20"), 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := dates(plan.Timeline); !slices.Equal(got, want) {
			t.Errorf("%s: timeline %v, want %v", file, got, want)
		}
	}
}

// Every day the score, a program or a category changes, found by assessing every day of the 24
// months in full, is a day of the timeline, and the reverse: the breakpoints and the bisection
// miss none and add none.
func TestTimelineJobsMatchesEveryDay(t *testing.T) {
	r := improveRules(t)
	rr := rulesOn(t, "2026-08-20")
	profiles := map[string]Profile{}
	for _, f := range []string{"example2.toml", "example3.toml", "example4.toml"} {
		profiles[f] = readFile(t, rr, "../testdata/jobs/"+f)
	}
	profiles["nurse"] = mustProfile(t, rr, jobsSingle+"[[applicant.jobs]]\nnoc = \"31301\"\ncountry = \"canada\"\nstart = 2026-02-01\nhours_per_week = 37.5\n"+
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2013-01-01\nend = 2019-12-31\nhours_per_week = 20\n")
	profiles["fst"] = mustProfile(t, rr, "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"secondary\"\nsettlement_funds = 20000\ncertificate_of_qualification = true\n"+
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 6\nreading = 6\nwriting = 6\nspeaking = 6\n"+
		"[[applicant.jobs]]\nnoc = \"72410\"\ncountry = \"canada\"\nstart = 2025-01-01\n[[applicant.jobs]]\nnoc = \"72410\"\ncountry = \"canada\"\nstart = 2025-03-01\nhours_per_week = 10\n")
	cont := "[applicant]\nage = 29\nmarital_status = \"single\"\neducation = \"bachelors\"\neca_date = 2025-03-01\nsettlement_funds = 20000\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 10\nreading = 10\nwriting = 10\nspeaking = 10\n" +
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2018-01-01\nend = 2025-06-30\n" +
		"[[applicant.jobs]]\nnoc = \"31301\"\ncountry = \"canada\"\nstart = 2025-07-01\n"
	starts := map[string]string{"continuous-then-12": "2025-09-01"}
	profiles["continuous-then-12"] = mustProfile(t, rulesOn(t, "2025-09-01"), cont)
	for name, p := range profiles {
		start := day("2026-08-20")
		if s, ok := starts[name]; ok {
			start = day(s)
		}
		plan, err := Improve(r, &p, start, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := dates(plan.Timeline), everyDay(t, r, &p, start); !slices.Equal(got, want) {
			t.Errorf("%s: timeline %v, every day gives %v", name, got, want)
		}
	}
}

// everyDay are the days of the TimelineMonths after start on which p's CRS total, a program or a
// category changes, each day assessed in full.
func everyDay(t *testing.T, r *Rules, p *Profile, start time.Time) []string {
	t.Helper()
	var out []string
	prev, err := assessDay(r, p, start)
	if err != nil {
		t.Fatal(err)
	}
	for d := start.AddDate(0, 0, 1); !d.After(start.AddDate(0, TimelineMonths, 0)); d = d.AddDate(0, 0, 1) {
		cur, err := assessDay(r, p, d)
		if err != nil {
			t.Fatal(err)
		}
		changed := cur.a.CRS.Total != prev.a.CRS.Total
		for id := range cur.a.Programs {
			changed = changed || cur.a.Programs[id].Eligible != prev.a.Programs[id].Eligible
		}
		// A category met on one day and not the other (one not in force is not met).
		met := map[string]int{}
		for _, c := range prev.cats {
			if c.Eligible {
				met[c.ID]++
			}
		}
		for _, c := range cur.cats {
			if c.Eligible {
				met[c.ID]--
			}
		}
		for _, n := range met {
			changed = changed || n != 0
		}
		if changed {
			out = append(out, d.Format(time.DateOnly))
		}
		prev = cur
	}
	return out
}

// For a work history the planner's "more years of work" are a job held longer: the nurse of
// TestTimelineCategoryMonthsReached reaches her first year on 2027-01-31, 164 days after
// 2026-08-20 (11 days of August, 30 September, 31 October, 30 November, 31 December, 31 January);
// its --set moves the start back 164 days, to 2025-08-21, and replays to the same profile.
func TestKeepWorkingSuggestion(t *testing.T) {
	r := improveRules(t)
	rr := rulesOn(t, "2026-08-20")
	p := mustProfile(t, rr, jobsSingle+"[[applicant.jobs]]\nnoc = \"31301\"\ntitle = \"Nurse\"\ncountry = \"canada\"\nstart = 2026-02-01\nhours_per_week = 37.5\n")
	plan, err := Improve(r, &p, day("2026-08-20"), 0)
	if err != nil {
		t.Fatal(err)
	}
	s, ok := improveFind(plan, "canadian_work+1")
	if !ok {
		t.Fatalf("no canadian_work+1 among %v", plan.Suggestions)
	}
	if !strings.Contains(s.Change.Title, "Keep working in job 1 (Nurse) until 2027-01-31 (164 more days") ||
		!slices.Equal(s.Change.Set, []string{"applicant.jobs.1.start=2025-08-21"}) {
		t.Errorf("suggestion %q %v", s.Change.Title, s.Change.Set)
	}
	q, err := s.Change.ApplySets(rr, p)
	if err != nil {
		t.Fatal(err)
	}
	if q != s.Change.Apply(p) {
		t.Errorf("--set and Apply give different profiles")
	}
	// Scored as if today, the year is the one the timeline finds on 2027-01-31: the same gain.
	e, ok := eventOn(plan.Timeline, "2027-01-31")
	if !ok || s.Gain != e.Delta {
		t.Errorf("gain %d, the timeline's day %+v", s.Gain, e)
	}
}

// The timeline of a profile with jobs, alone (BenchmarkImprove has the whole planner).
func BenchmarkTimelineJobs(b *testing.B) {
	r := improveRules(b)
	rr := improveRulesAt(b, r, improveDay)
	p := mustProfile(b, rr, mustReadTB(b, "../testdata/jobs/example2.toml"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := timeline(r, rr, &p, improveDay, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImproveJobs is the whole planner for the jobs examples.
func BenchmarkImproveJobs(b *testing.B) {
	r := improveRules(b)
	rr := improveRulesAt(b, r, improveDay)
	for _, f := range []string{"example2.toml", "example4.toml"} {
		p := mustProfile(b, rr, mustReadTB(b, "../testdata/jobs/"+f))
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Improve(r, &p, improveDay, 700); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func mustReadTB(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// FST's two years in the trade in the last 5: a mechanic (72410, major group 72) in Canada from
// 2025-01-01 at 30 h, with a certificate of qualification and CLB 6: 2 years = 728 days,
// 2025-01-01 + 730 = 2027-01-01, less 2 = 2026-12-30.
func TestTimelineFSTReached(t *testing.T) {
	src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"secondary\"\nsettlement_funds = 20000\ncertificate_of_qualification = true\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 6\nreading = 6\nwriting = 6\nspeaking = 6\n" +
		"[[applicant.jobs]]\nnoc = \"72410\"\ncountry = \"canada\"\nstart = 2025-01-01\n"
	_, events := jobsTimeline(t, src, "2026-08-20")
	e, ok := eventOn(events, "2026-12-30")
	if !ok || !hasEventReason(e, TimelineReason{Kind: TimelineProgram, Program: "fst", Met: true}) {
		t.Errorf("FST not reached on 2026-12-30: %v %+v", dates(events), e)
	}
}

// FSW's continuous year: work abroad from 2026-01-01 at 30 h, 364 days: 2026-12-31 (2026-01-01 +
// 365 = 2027-01-01, less one). The grid then holds 68 (CLB 10 24, master's 23, 1 year 9, age 29
// 12) of the 67 needed.
func TestTimelineFSWContinuousYearReached(t *testing.T) {
	src := "[applicant]\nage = 29\nmarital_status = \"single\"\neducation = \"masters\"\neca_date = 2025-03-01\nsettlement_funds = 20000\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 10\nreading = 10\nwriting = 10\nspeaking = 10\n" +
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2026-01-01\n"
	_, events := jobsTimeline(t, src, "2026-08-20")
	e, ok := eventOn(events, "2026-12-31")
	if !ok || !hasEventReason(e, TimelineReason{Kind: TimelineProgram, Program: "fsw", Met: true}) ||
		!strings.Contains(e.What, "1 year of continuous work in NOC 21232") {
		t.Errorf("FSW not reached on 2026-12-31: %v %+v", dates(events), e)
	}
}
