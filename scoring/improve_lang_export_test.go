package scoring

import (
	"testing"
	"time"
)

// ImproveCase is a profile the planner's French tests (improve_lang_test.go, package
// scoring_test, which may import report) walk: its candidates and its plan on Day.
type ImproveCase struct {
	Name  string
	Rules *Rules // as read
	P     Profile
	Day   time.Time
}

// improveLangOwn reach the planner's branches the other profiles do not: a result dated after the
// day planned for, a spouse whose years are jobs, whose job is to end.
var improveLangOwn = map[string]string{
	"result-not-yet-spouse-jobs": `
[applicant]
age = 30
marital_status = "married"
education = "bachelors"
[applicant.first_language]
test = "ielts"
date = 2026-09-15
listening = 7
reading = 7
writing = 7
speaking = 7
[[applicant.jobs]]
noc = "21211"
country = "canada"
start = 2025-06-01
end = 2027-01-31
hours_per_week = 40
[spouse]
education = "bachelors"
[spouse.language]
test = "clb"
listening = 7
reading = 7
writing = 7
speaking = 7
[[spouse.jobs]]
noc = "13110"
country = "canada"
start = 2025-03-01
end = 2026-12-31
hours_per_week = 40
`,
	// Old work leaving its windows: CEC's year, the healthcare months, FST's two years, FSW's
	// continuous year and the foreign years drop in the 24 months.
	"old-work-leaves": `
[applicant]
age = 30
marital_status = "single"
education = "bachelors"
settlement_funds = 20000
[applicant.first_language]
test = "clb"
listening = 9
reading = 9
writing = 9
speaking = 9
[[applicant.jobs]]
noc = "31301"
country = "canada"
start = 2021-09-01
end = 2024-12-31
hours_per_week = 30
[[applicant.jobs]]
noc = "72010"
country = "abroad"
start = 2019-06-01
end = 2021-08-31
hours_per_week = 30
[[applicant.jobs]]
noc = "21211"
country = "abroad"
start = 2015-01-01
end = 2018-06-30
hours_per_week = 40
`,
	// An offer of arranged employment on a day before its points were removed (2025-03-25).
	"job-offer": `
[applicant]
age = 30
marital_status = "single"
education = "bachelors"
job_offer = "teer-0-to-3"
canadian_work_years = 1
[applicant.first_language]
test = "clb"
listening = 9
reading = 9
writing = 9
speaking = 9
`,
}

// ImproveCases are the profiles of the planner's tests (improveAll, testdata/jobs,
// testdata/timeline) and improveLangOwn, on improveDay.
func ImproveCases(t testing.TB) []ImproveCase {
	r := improveRules(t)
	rr := improveRulesAt(t, r, improveDay)
	var out []ImproveCase
	for name, p := range improveAll(t, rr) {
		out = append(out, ImproveCase{name, r, p, improveDay})
	}
	for _, f := range []string{"jobs/example1.toml", "jobs/example2.toml", "jobs/example3.toml", "jobs/example4.toml", "timeline/nurse.toml"} {
		out = append(out, ImproveCase{f, r, improveProfile(t, rr, f, mustReadTB(t, "../testdata/"+f)), improveDay})
	}
	for name, text := range improveLangOwn {
		day := improveDay
		if name == "job-offer" {
			day = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
		}
		out = append(out, ImproveCase{name, r, improveProfile(t, improveRulesAt(t, r, day), name, text), day})
	}
	return out
}

// Candidates are every change the planner knows for c's profile on its day.
func (c ImproveCase) Candidates(t testing.TB) []Change {
	var out []Change
	for _, pc := range planCandidates(improveRulesAt(t, c.Rules, c.Day), &c.P, c.Day) {
		out = append(out, pc.Change.told())
	}
	return out
}

// ImproveTimelineCases are ImproveCases, and the profiles with jobs on other days too: a work
// history's days (a count dropping as old work leaves its window, a program lost as a job ends).
func ImproveTimelineCases(t testing.TB) []ImproveCase {
	out := ImproveCases(t)
	for _, c := range out {
		if c.P.Applicant.Jobs.Len() == 0 && c.P.Spouse.Jobs.Len() == 0 {
			continue
		}
		for _, day := range []string{"2024-03-01", "2025-06-01", "2027-03-01", "2028-06-01"} {
			d, err := ParseDay(day)
			if err != nil {
				t.Fatal(err)
			}
			c.Name, c.Day = c.Name+" on "+day, d
			out = append(out, c)
		}
	}
	return out
}
