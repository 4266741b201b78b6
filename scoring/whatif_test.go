package scoring

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// itaProfile: single, born 1996-04-15 (29 on the ITA date 2026-03-01), bachelor's, IELTS CLB 9 in all
// four, 2 years of skilled Canadian work at TEER 1.
// Core: age 110 + education 120 + language 4 x 31 = 124 + Canadian work 53 = 407.
// Transferability: education x language (CLB 9+) 25 + education x Canadian work (2 years) 25 = 50.
// Total 457. Eligible for CEC (2 years in the last 3, CLB 7+).
const itaProfile = `[applicant]
birth_date = 1996-04-15
marital_status = "single"
education = "bachelors"
canadian_work_years = 2
canadian_work_years_last_3 = 2
teer = 1
[applicant.first_language]
test = "ielts"
date = 2025-09-01
listening = 8.0
reading = 7.0
writing = 7.0
speaking = 7.0
`

func whatIf(t *testing.T, before string, sets []string, ita ITA) WhatIf {
	t.Helper()
	r := defaultRules(t)
	rr, _ := r.At(ita.Date)
	p := mustProfile(t, rr, before)
	q := p
	for _, s := range sets {
		var err error
		if q, err = Set(rr, q, s); err != nil {
			t.Fatal(err)
		}
	}
	w, err := CompareITA(r, &p, &q, ita, day("2026-03-10"))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func wantVerdict(t *testing.T, w WhatIf, before, after int, v Verdict, reasons ...string) {
	t.Helper()
	if w.Before.CRS.Total != before || w.After.CRS.Total != after {
		t.Errorf("totals %d -> %d, want %d -> %d\n%s", w.Before.CRS.Total, w.After.CRS.Total, before, after, lines(&w.After))
	}
	if w.Verdict != v {
		t.Errorf("verdict %s, want %s: %v", w.Verdict, v, w.Reasons)
	}
	all := strings.Join(w.Reasons, "\n")
	for _, r := range reasons {
		if !strings.Contains(all, r) {
			t.Errorf("reasons %q do not say %q", all, r)
		}
	}
}

var ita = ITA{Date: day("2026-03-01"), CutOff: 457, Program: "cec"}

func TestWhatIfExactlyAtTheCutOffAccepts(t *testing.T) {
	w := whatIf(t, itaProfile, nil, ita)
	wantVerdict(t, w, 457, 457, Accept, "at or above the round's cut-off of 457 (+0)")
	if len(w.Moved) != 0 {
		t.Errorf("moved %v with no change", w.Moved)
	}
}

func TestWhatIfRetestWorseBelowTheCutOffDeclines(t *testing.T) {
	// Speaking 6.5 is CLB 8: 23 instead of 31 (-8); the lowest level falls to CLB 8, so education x
	// language drops from 25 to 13 (-12). 457 - 20 = 437, 13 below 450.
	x := ita
	x.CutOff = 450
	w := whatIf(t, itaProfile, []string{"applicant.first_language.speaking=6.5"}, x)
	wantVerdict(t, w, 457, 437, Decline, "new score 437 is 13 below the round's cut-off of 450")
	if len(w.Moved) != 2 || w.Moved[0].Delta != -8 || w.Moved[1].Delta != -12 {
		t.Errorf("moved lines %+v, want speaking -8 and education + language -12", w.Moved)
	}
}

func TestWhatIfAboveTheCutOffButNoLongerEligibleDeclines(t *testing.T) {
	// Speaking 5.5 is CLB 6: 9 instead of 31 (-22); education x language needs CLB 7 (-25).
	// 457 - 47 = 410, above 400, but CEC at TEER 1 needs CLB 7.
	x := ita
	x.CutOff = 400
	w := whatIf(t, itaProfile, []string{"applicant.first_language.speaking=5.5"}, x)
	wantVerdict(t, w, 457, 410, Decline, "no longer eligible for Canadian Experience Class: speaking CLB 6, CEC needs CLB 7")
	if strings.Contains(strings.Join(w.Reasons, " "), "below the round's cut-off") {
		t.Error("says below the cut-off when it is not")
	}
}

func TestWhatIfJobOfferWithdrawnMovesNoPointButBreaksFST(t *testing.T) {
	// Single, 30 -> 105; secondary 30; CELPIP 6 in all four (CLB 6) -> 4 x 9 = 36. Core 171; no
	// transferability (CLB under 7); the job offer gives 0 since 2025-03-25. Total 171 either way.
	// FST needs the job offer or a certificate; without the offer the funds exemption goes too.
	src := `[applicant]
age = 30
marital_status = "single"
education = "secondary"
foreign_work_years = 3
trade_work_years_last_5 = 3
job_offer = "teer-0-to-3"
work_authorized = true
[applicant.first_language]
test = "celpip"
listening = 6
reading = 6
writing = 6
speaking = 6
`
	w := whatIf(t, src, []string{"applicant.job_offer=none"}, ITA{Date: day("2026-03-01"), CutOff: 150, Program: "fst"})
	if !w.Before.Programs[FST].Eligible {
		t.Fatalf("FST not eligible before: %v", w.Before.Programs[FST].Reasons())
	}
	wantVerdict(t, w, 171, 171, Decline, "no longer eligible for Federal Skilled Trades: FST needs a job offer in the trade",
		"settlement funds $0 < $15,263 for 1 person")
	if len(w.Moved) != 1 || w.Moved[0].Factor != FactorJobOffer || w.Moved[0].HasAfter || w.Moved[0].Delta != 0 {
		t.Errorf("moved %+v, want only the job offer line, gone, +0", w.Moved)
	}
}

func TestWhatIfDeadlineAcrossAMonthEnd(t *testing.T) {
	// 2026-01-31 + 60 days: February 2026 has 28 days, so 2026-04-01; from 2026-03-10, 22 days left.
	w := whatIf(t, itaProfile, nil, ITA{Date: day("2026-01-31"), CutOff: 400})
	if got := w.Deadline.Format("2006-01-02"); got != "2026-04-01" {
		t.Errorf("deadline %s, want 2026-04-01", got)
	}
	if w.DaysLeft != 22 {
		t.Errorf("days left %d, want 22", w.DaysLeft)
	}
}

func TestWhatIfITAWindowWas90DaysIn2017(t *testing.T) {
	w := whatIf(t, strings.Replace(itaProfile, "date = 2025-09-01\n", "", 1), nil, ITA{Date: day("2017-03-01"), CutOff: 400})
	if got := w.Deadline.Format("2006-01-02"); got != "2017-05-30" {
		t.Errorf("deadline %s, want 2017-05-30 (90 days)", got)
	}
}

func TestWhatIfBirthdayAfterTheITAIsHeldAndExplained(t *testing.T) {
	// Turning 30 on 2026-04-15, before the deadline 2026-04-30, would cost 110 - 105 = 5 points;
	// both sides are scored on the ITA date, so the total does not move.
	w := whatIf(t, itaProfile, nil, ita)
	wantVerdict(t, w, 457, 457, Accept)
	all := strings.Join(w.Warnings, "\n")
	for _, s := range []string{"2026-04-15", "cost 5 age points", "public policy", "officers"} {
		if !strings.Contains(all, s) {
			t.Errorf("warnings %q do not say %q", all, s)
		}
	}
}

func TestWhatIfSpouseNoLongerComing(t *testing.T) {
	// Married, spouse coming: age 100 + education 112 + language 4 x 29 = 116 + Canadian work 46 =
	// 374; spouse: bachelor's 8 + CLB 7 in all four 4 x 3 = 12 = 20; transferability 50. Total 444.
	// Without the spouse the single columns apply: 457 (+13).
	src := strings.Replace(itaProfile, `marital_status = "single"`, `marital_status = "married"`, 1) + `[spouse]
education = "bachelors"
[spouse.language]
test = "clb"
listening = 7
reading = 7
writing = 7
speaking = 7
`
	w := whatIf(t, src, []string{"applicant.spouse_accompanying=false"}, ITA{Date: day("2026-03-01"), CutOff: 440, Program: "cec"})
	wantVerdict(t, w, 444, 457, Accept, "apply, and document the change")
}

func TestWhatIfMoreExperienceAndANewCredential(t *testing.T) {
	// A third year of Canadian work: 53 -> 64 (+11); education x Canadian work stays 25. 468.
	w := whatIf(t, itaProfile, []string{"applicant.canadian_work_years=3"}, ita)
	wantVerdict(t, w, 457, 468, Accept)
	// Two or more credentials: education 120 -> 128 (+8); both education grids rise to 50, but the
	// group stays capped at 50. 465.
	w = whatIf(t, itaProfile, []string{"applicant.education=two-or-more"}, ita)
	wantVerdict(t, w, 457, 465, Accept)
}

func TestWhatIfNominationWithdrawnDeclinesAPNPInvitation(t *testing.T) {
	// 457 + 600 = 1057 with the nomination; 457 without, below 700.
	src := strings.Replace(itaProfile, "teer = 1\n", "teer = 1\nprovincial_nomination = true\n", 1)
	w := whatIf(t, src, []string{"applicant.provincial_nomination=false"}, ITA{Date: day("2026-03-01"), CutOff: 700, Program: "pnp"})
	wantVerdict(t, w, 1057, 457, Decline, "243 below the round's cut-off of 700", "nomination is no longer held")
}

func TestWhatIfWarnsWhenTheLanguageResultExpiresBeforeTheDeadline(t *testing.T) {
	// Taken 2024-04-01: expires 2026-04-01, before the deadline 2026-04-30.
	src := strings.Replace(itaProfile, "date = 2025-09-01", "date = 2024-04-01", 1)
	w := whatIf(t, src, nil, ita)
	if all := strings.Join(w.Warnings, "\n"); !strings.Contains(all, "expires on 2026-04-01, before the deadline 2026-04-30") {
		t.Errorf("warnings %q", all)
	}
}

func TestScenariosApplyTheSameBothWays(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for _, p := range append(sampleProfiles(t, r, 100), mustProfile(t, r, itaProfile)) {
		for _, s := range Scenarios(r, &p, day("2026-08-20")) {
			viaSet, err := s.ApplySets(r, p)
			if err != nil {
				t.Fatalf("%s: %v", s.ID, err)
			}
			if fast := s.Apply(p); fast != viaSet {
				t.Fatalf("%s: Apply and the --set path differ:\n%+v\n%+v", s.ID, fast, viaSet)
			}
		}
	}
}

func TestScenariosCoverTheCommonCases(t *testing.T) {
	r := rulesOn(t, "2026-03-01")
	src := strings.Replace(itaProfile, `marital_status = "single"`, `marital_status = "married"`, 1)
	src = strings.Replace(src, "teer = 1\n", "teer = 1\nprovincial_nomination = true\njob_offer = \"teer-0-to-3\"\n", 1)
	p := mustProfile(t, r, src)
	got := map[string]bool{}
	for _, s := range Scenarios(r, &p, day("2026-03-01")) {
		got[s.ID] = true
	}
	for _, id := range []string{"more-canadian-work", "more-foreign-work", "retest-better", "retest-worse", "job-offer-withdrawn",
		"birthday", "spouse-not-coming", "new-credential", "nomination-withdrawn"} {
		if !got[id] {
			t.Errorf("scenario %s missing", id)
		}
	}
}

func TestWhatIfWarnsWhenTheProfileAtTheITACouldNotHaveBeenInvited(t *testing.T) {
	// The profile at the ITA scores 457 and has no Canadian work in the last 3 years: a CEC
	// invitation and a cut-off of 470 are both impossible, so the answers or the cut-off are wrong.
	src := strings.Replace(itaProfile, "canadian_work_years_last_3 = 2\n", "", 1)
	w := whatIf(t, src, nil, ITA{Date: day("2026-03-01"), CutOff: 470, Program: "cec"})
	all := strings.Join(w.Warnings, "\n")
	for _, s := range []string{"not eligible for Canadian Experience Class either", "scores 457, below the cut-off of 470"} {
		if !strings.Contains(all, s) {
			t.Errorf("warnings %q do not say %q", all, s)
		}
	}
	if reasons := strings.Join(w.Reasons, "\n"); strings.Contains(reasons, "no longer") || !strings.Contains(reasons, "not eligible for Canadian Experience Class") {
		t.Errorf("reasons %q: want \"not eligible\", not \"no longer\"", reasons)
	}
}

func TestBirthdayScenarioOnlyWhenABirthdayFallsBeforeTheDeadline(t *testing.T) {
	r := rulesOn(t, "2026-03-01")
	p := mustProfile(t, r, itaProfile) // born 1996-04-15
	has := func(d string) bool {
		for _, s := range Scenarios(r, &p, day(d)) {
			if s.ID == "birthday" {
				return true
			}
		}
		return false
	}
	// ITA 2026-03-01: deadline 2026-04-30, the birthday 2026-04-15 is inside; ITA 2026-04-16: the
	// next birthday is in 2027.
	if !has("2026-03-01") || has("2026-04-16") {
		t.Errorf("birthday scenario on 2026-03-01: %v, on 2026-04-16: %v; want true, false", has("2026-03-01"), has("2026-04-16"))
	}
}

func TestSetMakesAMarriedProfileSingleAndKeepsTheProfileOnError(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, strings.Replace(itaProfile, `marital_status = "single"`, "marital_status = \"married\"\nspouse_accompanying = false", 1))
	q, err := Set(r, p, "applicant.marital_status=single")
	if err != nil || q.Applicant.MaritalStatus != Single {
		t.Fatalf("married -> single: %v", err)
	}
	bad, err := Set(r, p, "applicant.education=phd")
	if err == nil || bad != p {
		t.Errorf("on an error Set returned %+v, want the profile unchanged", bad)
	}
}

func TestWhatIfResultExpiredBeforeApplyingIsLeftOutAndDeclines(t *testing.T) {
	// CELPIP of 2024-11-10 expires on 2026-11-10; ITA 2026-11-01, deadline 2026-12-31, today
	// 2026-11-26: the result cannot be used to apply. Without it the profile has no language points
	// (4 x 31 = 124 and both language grids go) and CEC needs a valid result: decline.
	r := defaultRules(t)
	src := strings.Replace(itaProfile, "date = 2025-09-01", "date = 2024-11-10", 1)
	rr, _ := r.At(day("2026-11-01"))
	p := mustProfile(t, rr, src)
	w, err := CompareITA(r, &p, &p, ITA{Date: day("2026-11-01"), CutOff: 400, Program: "cec"}, day("2026-11-26"))
	if err != nil {
		t.Fatal(err)
	}
	// At the ITA (age 30 since 2026-04-15): 105 + 120 + 124 + 53 = 402, transferability 25 + 25 =
	// 50: 452. Applying today: 402 - 124 = 278, education + Canadian work 25 only: 303.
	wantVerdict(t, w, 452, 303, Decline, "expired on 2026-11-10, before you can apply", "new score 303 is 97 below", "no first official language result")
	for _, s := range w.Warnings {
		if strings.Contains(s, "apply before it expires") {
			t.Errorf("warns to apply before an expiry that has passed: %q", s)
		}
	}
	// Still valid on the day of applying: nothing is left out.
	w, _ = CompareITA(r, &p, &p, ITA{Date: day("2026-11-01"), CutOff: 400, Program: "cec"}, day("2026-11-09"))
	wantVerdict(t, w, 452, 452, Accept)
}

func TestWhatIfAfterTheDeadlineSaysTheInvitationExpired(t *testing.T) {
	r := defaultRules(t)
	rr, _ := r.At(day("2026-03-01"))
	p := mustProfile(t, rr, itaProfile)
	w, err := CompareITA(r, &p, &p, ita, day("2026-05-10"))
	if err != nil {
		t.Fatal(err)
	}
	if !w.Expired || w.DaysLeft != -10 || !strings.Contains(w.Reasons[0], "passed 10 days ago: the invitation has expired") {
		t.Errorf("expired %v, days left %d, reasons %q", w.Expired, w.DaysLeft, w.Reasons)
	}
}

func TestWhatIfFrenchRoundNeedsNCLC7InAllFour(t *testing.T) {
	// A French second language at NCLC 7 (TCF), speaking dropped to 9/20 (NCLC 6).
	src := itaProfile + `[applicant.second_language]
test = "tcf"
listening = 458
reading = 453
writing = 10
speaking = 10
`
	fr, err := defaultRules(t).CategoryVersionFor("french", 0, day("2026-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	x := ITA{Date: day("2026-03-01"), CutOff: 382, Category: fr}
	w := whatIf(t, src, []string{"applicant.second_language.speaking=9"}, x)
	wantVerdict(t, w, w.Before.CRS.Total, w.After.CRS.Total, Decline,
		"no longer meets the category", "French: lowest NCLC 6, the category needs NCLC 7 in all four abilities")
	x.Category = nil
	w = whatIf(t, src, []string{"applicant.second_language.speaking=9"}, x)
	if w.Verdict != Accept {
		t.Errorf("a general round declines over French: %v", w.Reasons)
	}
}

func TestWhatIfExpiredECADeclinesAnFSWInvitation(t *testing.T) {
	// FSW-eligible: example 1's facts with funds, ECA of 2021-03-01 (expires 2026-03-01).
	src := `[applicant]
age = 29
marital_status = "single"
education = "bachelors"
eca_date = 2021-03-05
foreign_work_years = 3
settlement_funds = 20000
[applicant.first_language]
test = "ielts"
listening = 8.5
reading = 8.0
writing = 7.5
speaking = 7.5
`
	r := defaultRules(t)
	rr, _ := r.At(day("2026-03-01"))
	p := mustProfile(t, rr, src)
	w, _ := CompareITA(r, &p, &p, ITA{Date: day("2026-03-01"), CutOff: 400, Program: "fsw"}, day("2026-03-04"))
	wantVerdict(t, w, 441, 441, Accept)
	w, _ = CompareITA(r, &p, &p, ITA{Date: day("2026-03-01"), CutOff: 400, Program: "fsw"}, day("2026-03-05"))
	wantVerdict(t, w, 441, 441, Decline, "educational credential assessment expired on 2026-03-05")
}

// A profile whose work comes from jobs gets no scenario that sets year counts (they would be
// refused beside the jobs, and count nothing), and every scenario it does get replays through
// --set: the four worked examples written as jobs.
func TestScenariosOfAProfileWithJobsReplayAndSetNoYearCounts(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	files, err := filepath.Glob("../testdata/jobs/*.toml")
	if err != nil || len(files) != 4 {
		t.Fatalf("jobs examples: %v %v", files, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ReadProfile(r, f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range Scenarios(r, &p, day("2026-08-20")) {
			if strings.Contains(strings.Join(s.Set, " "), "work_years") {
				t.Errorf("%s: scenario %s sets year counts beside jobs: %v", f, s.ID, s.Set)
			}
			viaSet, err := s.ApplySets(r, p)
			if err != nil {
				t.Errorf("%s: %s: %v", f, s.ID, err)
				continue
			}
			if fast := s.Apply(p); fast != viaSet {
				t.Errorf("%s: %s: Apply and the --set path differ", f, s.ID)
			}
		}
	}
}
