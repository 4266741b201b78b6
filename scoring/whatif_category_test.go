package scoring

import (
	"strings"
	"testing"
)

// nurseProfile: an accountant (NOC 11100, not on any category list) full time in Canada since
// 2021-01-04, and a registered nurse (NOC 31301, on the Healthcare and social services list) 10
// hours a week since 2022-01-10. The accountant's job keeps CEC met on every day below, so only
// the category's months move.
//
// Healthcare and social services version 3 (from 2026-02-18, categories.md 6.2): 12 months of
// full-time work (1,560 hours: 130 a month) in one listed occupation in the last 3 years, not
// necessarily continuous, in Canada or abroad. At 10 hours a week, 3 whole years are
// 1,096 days x 10 / 7 = 1,565.7 hours = 12.04 months: exactly 12, no more.
const nurseProfile = `[applicant]
birth_date = 1992-04-15
marital_status = "single"
education = "bachelors"
[applicant.first_language]
test = "ielts"
date = 2025-09-01
listening = 8.0
reading = 7.0
writing = 7.0
speaking = 7.0

[[applicant.jobs]]
noc = "11100"
title = "Accountant"
country = "canada"
start = 2021-01-04
hours_per_week = 30.0

[[applicant.jobs]]
noc = "31301"
title = "Nurse, weekends"
country = "canada"
start = 2022-01-10
hours_per_week = 10.0
`

// The ITA of a healthcare round on 2026-05-01; the application is made on 2026-05-31.
var (
	nurseITADay   = day("2026-05-01")
	nurseApplyDay = day("2026-05-31")
)

func healthcareITA(t *testing.T, r *Rules) ITA {
	t.Helper()
	v, err := r.CategoryVersionFor("healthcare", 0, nurseITADay)
	if err != nil {
		t.Fatal(err)
	}
	if v.Version != 3 || v.Experience == nil || v.Experience.Months != 12 || v.Experience.Continuous || v.Experience.WithinYears != 3 {
		t.Fatalf("healthcare on 2026-05-01 is %s %+v: the test counts with version 3, 12 months not continuous in 3 years", v, v.Experience)
	}
	if !v.Has("31301") || v.Has("11100") {
		t.Fatalf("the test needs 31301 on the list and 11100 off it")
	}
	return ITA{Date: nurseITADay, CutOff: 300, Category: v}
}

func nurseWhatIf(t *testing.T, after func(r *Rules, p Profile) Profile) (WhatIf, Profile) {
	t.Helper()
	r := defaultRules(t)
	rr, _ := r.At(nurseITADay)
	p := mustProfile(t, rr, nurseProfile)
	q := after(rr, p)
	w, err := CompareITA(r, &p, &q, healthcareITA(t, r), nurseApplyDay)
	if err != nil {
		t.Fatal(err)
	}
	return w, q
}

func wantCategory(t *testing.T, what string, got CategoryResult, eligible bool, says string) {
	t.Helper()
	all := strings.Join(got.Reasons, "\n")
	if got.Eligible != eligible || !strings.Contains(all, says) {
		t.Errorf("%s: eligible %v, want %v; reasons %q do not say %q", what, got.Eligible, eligible, all, says)
	}
}

func TestWhatIfCategoryITAStillMetAccepts(t *testing.T) {
	w, _ := nurseWhatIf(t, func(_ *Rules, p Profile) Profile { return p })
	c := w.Category
	if c == nil {
		t.Fatal("a category ITA has no category check")
	}
	// At the ITA: 2023-05-01 to 2026-04-30 is 366 + 365 + 365 = 1,096 days: 12 months.
	wantCategory(t, "at the ITA", c.AtITA, true, "NOC 31301 Registered nurses and registered psychiatric nurses is on the Healthcare and social services occupations list; 12 months in it in the last 3 years, 12 needed")
	// On the day of applying: 2023-05-31 to 2026-05-30 is again 1,096 days: 12 months.
	wantCategory(t, "on the day of applying", c.OnApply, true, "12 months in it in the last 3 years, 12 needed")
	if !c.ApplyOn.Equal(nurseApplyDay) {
		t.Errorf("applied on %v, want 2026-05-31", c.ApplyOn)
	}
	if w.Verdict != Accept || !strings.Contains(strings.Join(w.Reasons, "\n"), "still meets the Healthcare and social services occupations category (healthcare version 3) on the day you apply, 2026-05-31") {
		t.Errorf("verdict %s: %q", w.Verdict, w.Reasons)
	}
}

func TestWhatIfCategoryLostWhenTheJobEndedDeclines(t *testing.T) {
	w, _ := nurseWhatIf(t, func(r *Rules, p Profile) Profile {
		q, err := Set(r, p, "applicant.jobs.2.end=2026-05-01")
		if err != nil {
			t.Fatal(err)
		}
		return q
	})
	// The job's last day is the ITA's: the window of the day of applying, 2023-05-31 to
	// 2026-05-30, holds 1,096 - 29 days (2026-05-02 to 2026-05-30) = 1,067 days of it:
	// 1,067 x 10 / 7 = 1,524.3 hours = 11.7 months: 11, below 12.
	wantCategory(t, "at the ITA", w.Category.AtITA, true, "12 months in it")
	wantCategory(t, "on the day of applying", w.Category.OnApply, false, "11 months in it in the last 3 years, 12 needed")
	if w.Verdict != Decline {
		t.Fatalf("verdict %s, want decline: %q", w.Verdict, w.Reasons)
	}
	wantVerdict(t, w, w.Before.CRS.Total, w.After.CRS.Total, Decline,
		"invited in a Healthcare and social services occupations round, but the changed profile no longer meets the category (healthcare version 3) on the day you apply, 2026-05-31: NOC 31301")
	// CEC is still met (the accountant's job): the category alone declines.
	if !w.After.Programs[CEC].Eligible {
		t.Errorf("CEC lost too; the test wants the category alone to decline")
	}
}

func TestWhatIfCategoryLostWhenTheOccupationChangedDeclines(t *testing.T) {
	var change Change
	w, q := nurseWhatIf(t, func(r *Rules, p Profile) Profile {
		var err error
		if change, err = OccupationChanged(&p, 2, "13110", day("2026-05-02")); err != nil {
			t.Fatal(err)
		}
		q, err := change.ApplySets(r, p)
		if err != nil {
			t.Fatal(err)
		}
		return q
	})
	// The nurse's job ends on 2026-05-01 and administrative assistant's work (13110, on no list)
	// starts on 2026-05-02 at the same 10 hours: its hours are not the nurse's, so the months are
	// those of the job that ended: 11 (TestWhatIfCategoryLostWhenTheJobEndedDeclines).
	if n := q.Applicant.Jobs.Len(); n != 3 || q.Applicant.Jobs.All()[2].NOC != "13110" || !q.Applicant.Jobs.All()[1].End.Equal(day("2026-05-01")) {
		t.Fatalf("the change gave %d jobs: %+v", n, q.Applicant.Jobs.All())
	}
	wantCategory(t, "on the day of applying", w.Category.OnApply, false, "11 months in it in the last 3 years, 12 needed")
	if w.Verdict != Decline {
		t.Errorf("verdict %s, want decline: %q", w.Verdict, w.Reasons)
	}
	// The months are lost by the window moving on with no more listed work in it, not by the
	// change rewriting the past: at the ITA, the same person met it.
	wantCategory(t, "at the ITA", w.Category.AtITA, true, "12 months in it")
}

func TestWhatIfCategoryNotMetAtTheITAWarns(t *testing.T) {
	r := defaultRules(t)
	rr, _ := r.At(nurseITADay)
	p := mustProfile(t, rr, strings.Replace(nurseProfile, "start = 2022-01-10", "start = 2024-06-01", 1))
	w, err := CompareITA(r, &p, &p, healthcareITA(t, r), nurseApplyDay)
	if err != nil {
		t.Fatal(err)
	}
	// At the ITA: 2024-06-01 to 2026-04-30 is 365 + 334 = 699 days: 699 x 10 / 7 = 998.6 hours
	// = 7.7 months: 7. On the day of applying, to 2026-05-30: 729 days, 1,041.4 hours, 8 months.
	wantCategory(t, "at the ITA", w.Category.AtITA, false, "7 months in it in the last 3 years, 12 needed")
	wantCategory(t, "on the day of applying", w.Category.OnApply, false, "8 months in it")
	warned := warns(w, "the profile at the ITA does not meet the Healthcare and social services occupations category (healthcare version 3) on the ITA date either")
	if !warned {
		t.Errorf("no warning that the profile at the ITA did not meet the category: %q", w.Warnings)
	}
	wantVerdict(t, w, w.Before.CRS.Total, w.After.CRS.Total, Decline, "the changed profile does not meet the category")
}

func TestWhatIfCategoryNotAssessedIsSaidNotTakenForGeneral(t *testing.T) {
	r := defaultRules(t)
	rr, _ := r.At(nurseITADay)
	p := mustProfile(t, rr, nurseProfile)
	x := ITA{Date: nurseITADay, CutOff: 300, NotAssessed: `round 999 of 2026-05-01, "Veterinary occupations (2026-1)": category not known to these rules: not assessed`}
	w, err := CompareITA(r, &p, &p, x, nurseApplyDay)
	if err != nil {
		t.Fatal(err)
	}
	if w.Category != nil {
		t.Errorf("a round not assessed was judged against %s", w.Category.Version)
	}
	warned := warns(w, "the round's category is not assessed (round 999", "check the round's instructions yourself")
	if !warned {
		t.Errorf("no warning that the category is not assessed: %q", w.Warnings)
	}
	wantVerdict(t, w, w.Before.CRS.Total, w.After.CRS.Total, Accept, "the round's category is not assessed: check that you still meet it")
}

// The two work-history scenarios replay through --set: the same profile as the one written with
// the change by hand, and so the same verdict.
func TestJobScenariosThroughSetMatchTheProfileWrittenByHand(t *testing.T) {
	r := defaultRules(t)
	rr, _ := r.At(nurseITADay)
	p := mustProfile(t, rr, nurseProfile)
	ended := mustProfile(t, rr, strings.Replace(nurseProfile, "start = 2022-01-10\n", "start = 2022-01-10\nend = 2026-05-01\n", 1))
	moved := mustProfile(t, rr, strings.Replace(nurseProfile, "start = 2022-01-10\n", "start = 2022-01-10\nend = 2026-05-01\n", 1)+`
[[applicant.jobs]]
noc = "13110"
country = "canada"
start = 2026-05-02
hours_per_week = 10.0
`)
	for _, c := range []struct {
		id   string
		want Profile
	}{
		{"job-2-ended", ended}, // default: the ITA date
		{"job-2-ended:2026-05-01", ended},
		{"job-2-occupation:13110", moved}, // default: from the day after the ITA
		{"job-2-occupation:13110:2026-05-02", moved},
	} {
		s, err := ScenarioByID(rr, &p, nurseITADay, c.id)
		if err != nil {
			t.Errorf("%s: %v", c.id, err)
			continue
		}
		viaSet, err := s.ApplySets(rr, p)
		if err != nil {
			t.Errorf("%s: %v (%q)", c.id, err, s.Set)
			continue
		}
		if viaSet != c.want || s.Apply(p) != c.want {
			t.Errorf("%s: --set %q and Apply do not give the profile written by hand", c.id, s.Set)
		}
		w1, err1 := CompareITA(r, &p, &viaSet, healthcareITA(t, r), nurseApplyDay)
		w2, err2 := CompareITA(r, &p, &c.want, healthcareITA(t, r), nurseApplyDay)
		if err1 != nil || err2 != nil || w1.Verdict != Decline || w2.Verdict != Decline ||
			strings.Join(w1.Reasons, "\n") != strings.Join(w2.Reasons, "\n") {
			t.Errorf("%s: verdicts %s and %s, reasons\n%q\n%q", c.id, w1.Verdict, w2.Verdict, w1.Reasons, w2.Reasons)
		}
	}
}

func TestJobScenariosAreListedForJobsHeldOnTheITADay(t *testing.T) {
	r := rulesOn(t, "2026-05-01")
	p := mustProfile(t, r, nurseProfile)
	ids := map[string]Change{}
	for _, s := range Scenarios(r, &p, nurseITADay) {
		ids[s.ID] = s
	}
	for _, id := range []string{"job-1-ended", "job-2-ended"} {
		if _, ok := ids[id]; !ok {
			t.Errorf("no scenario %s in %v", id, ids)
		}
	}
	// Only the nurse's job is on a list: it alone is offered a move off the lists, to the
	// nearest skilled code on none (31302 Nurse practitioners and the other 313xx are listed).
	occ := 0
	for id, s := range ids {
		if !strings.HasPrefix(id, "job-") || !strings.Contains(id, "-occupation:") {
			continue
		}
		occ++
		code := strings.TrimPrefix(id, "job-2-occupation:")
		if code == id || listed(r.CategoriesOn(nurseITADay), code) {
			t.Errorf("%s: want job 2 moved to a code on no list", id)
		}
		if !strings.Contains(s.Title, "Job 2 (Nurse, weekends) changed occupation on 2026-05-02: NOC "+code) {
			t.Errorf("title %q", s.Title)
		}
	}
	if occ != 1 {
		t.Errorf("%d occupation scenarios, want 1 (the nurse's job)", occ)
	}
}

func TestJobScenarioErrorsNameTheJobAndWhatIsAllowed(t *testing.T) {
	r := rulesOn(t, "2026-05-01")
	p := mustProfile(t, r, nurseProfile)
	for id, want := range map[string]string{
		"job-3-ended":                       "job 3: want a job's number, 1 to 2",
		"job-2-ended:2021-12-31":            "job 2 (Nurse, weekends): cannot end on 2021-12-31, before it starts (2022-01-10)",
		"job-2-ended:May":                   `scenario job-2-ended: the last day "May"`,
		"job-2-occupation:31399":            `job 2 (Nurse, weekends): "31399" is not a NOC 2021 unit group (five digits); did you mean`,
		"job-2-occupation:31301":            "job 2 (Nurse, weekends) is already in NOC 31301: give another code",
		"job-2-occupation:13110:2022-01-10": "the new occupation would start on 2022-01-10, not after the job starts (2022-01-10)",
		"job-2-occupation:13110:2099-01-01": "after today",
		"job-2-ended:2026-05-01:x":          "want job-2-ended or job-2-ended:YYYY-MM-DD",
	} {
		_, err := ScenarioByID(r, &p, nurseITADay, id)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", id, err, want)
		}
	}
	ended, err := ScenarioByID(r, &p, nurseITADay, "job-2-ended:2026-04-01")
	if err != nil {
		t.Fatal(err)
	}
	q := ended.Apply(p)
	if _, err := JobEnded(&q, 2, day("2026-05-01")); err == nil || !strings.Contains(err.Error(), "already ended on 2026-04-01") {
		t.Errorf("a job that already ended: %v", err)
	}
}

func TestSetAddsReplacesAndRemovesAWholeJob(t *testing.T) {
	r := rulesOn(t, "2026-05-01")
	p := mustProfile(t, r, nurseProfile)
	q, err := Set(r, p, `applicant.jobs.3={noc = "13110", country = "abroad", start = 2020-01-01, end = 2020-12-31}`)
	if err != nil {
		t.Fatal(err)
	}
	if j := q.Applicant.Jobs.All(); len(j) != 3 || j[2].NOC != "13110" || !j[2].Abroad || j[2].HoursPerWeek != DefaultHoursPerWeek {
		t.Errorf("job 3 added: %+v", j)
	}
	q, err = Set(r, q, "applicant.jobs.1=")
	if err != nil {
		t.Fatal(err)
	}
	if j := q.Applicant.Jobs.All(); len(j) != 2 || j[0].NOC != "31301" || j[1].NOC != "13110" {
		t.Errorf("job 1 removed: %+v", j)
	}
	for set, want := range map[string]string{
		"applicant.jobs.4=":                "want the job's number, 1 to 3",
		"applicant.jobs.3=":                "there is no job 3 to remove: the profile lists 2",
		"applicant.jobs.3=31301":           "want the job as an inline table, like {noc = \"31301\"",
		`applicant.jobs.3={noc = "31301"}`: "applicant.jobs[2].country: missing",
		`applicant.jobs.1={noc = "99999", country = "canada", start = 2020-01-01}`: `job 1 (NOC 99999): "99999" is not a NOC 2021 unit group`,
	} {
		_, err := Set(r, q, set)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--set %s: error %v, want %q", set, err, want)
		}
	}
}

func TestCategoryVersionForNamesWhatThereIs(t *testing.T) {
	r := defaultRules(t)
	for _, c := range []struct {
		id      string
		version int
		on      string
		want    string
	}{
		{"nursing", 0, "2026-05-01", `category "nursing": want one of french, healthcare`},
		{"healthcare", 9, "2026-05-01", "category healthcare has no version 9: its versions are 1 (2023-05-31 to"},
		{"agriculture", 0, "2026-05-01", "category agriculture: no version is in force on 2026-05-01"},
	} {
		_, err := r.CategoryVersionFor(c.id, c.version, day(c.on))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %d: %v, want %q", c.id, c.version, err, c.want)
		}
	}
	// A version given by number need not be in force on the day: an older round's list.
	if v, err := r.CategoryVersionFor("healthcare", 1, day("2026-05-01")); err != nil || v.Version != 1 {
		t.Errorf("healthcare 1: %v %v", v, err)
	}
}

// BenchmarkCompareITACategoryRound is one what-if after a category ITA: both sides scored, and
// the category judged on the ITA date and on the day of applying.
func BenchmarkCompareITACategoryRound(b *testing.B) {
	r := defaultRules(b)
	rr, _ := r.At(nurseITADay)
	p, err := ReadProfile(rr, "nurse", []byte(nurseProfile))
	if err != nil {
		b.Fatal(err)
	}
	v, err := r.CategoryVersionFor("healthcare", 0, nurseITADay)
	if err != nil {
		b.Fatal(err)
	}
	x := ITA{Date: nurseITADay, CutOff: 300, Category: v}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CompareITA(r, &p, &p, x, nurseApplyDay); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJobScenarios lists the scenarios of a work history (each job ended, the move off the
// lists), as the what-if screen does after every change.
func BenchmarkJobScenarios(b *testing.B) {
	r := defaultRules(b)
	rr, _ := r.At(nurseITADay)
	p, err := ReadProfile(rr, "nurse", []byte(nurseProfile))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(Scenarios(rr, &p, nurseITADay)) == 0 {
			b.Fatal("no scenario")
		}
	}
}

// A profile of year counts says no occupation: an occupational category round is not judged on
// months it cannot know (a warning says so), rather than declined.
func TestWhatIfCategoryOfAProfileOfYearCountsIsNotJudged(t *testing.T) {
	r := defaultRules(t)
	x := healthcareITA(t, r)
	x.Date = day("2026-03-01")
	w := whatIf(t, itaProfile, nil, x)
	if w.Verdict != Accept || strings.Contains(strings.Join(w.Reasons, " "), "still meets") {
		t.Errorf("verdict %s: %q", w.Verdict, w.Reasons)
	}
	warned := warns(w, "a profile of year counts does not say: it is not checked here; give the jobs")
	if !warned || w.Category == nil || w.Category.OnApply.Eligible {
		t.Errorf("warnings %q, category %+v", w.Warnings, w.Category)
	}
}

// warns reports whether one of w's warnings says every one of says.
func warns(w WhatIf, says ...string) bool {
	for _, s := range w.Warnings {
		all := true
		for _, x := range says {
			all = all && strings.Contains(s, x)
		}
		if all {
			return true
		}
	}
	return false
}
