package scoring

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// IRPR s. 87.1(2)(e): CEC's language minimum is that of the occupation with the most experience in
// the 3-year window, not the primary occupation's. Scored on 2026-08-20, window from 2016-08-20:
//   - abroad, NOC 21232 (TEER 1), 2016-08-20 to 2022-12-31: 2,325 days × 30 / 7 = 9,964.3 hours,
//     the most hours: the primary occupation (FSW's).
//   - Canada, NOC 13110 (TEER 3), 2023-06-01 up to 2026-08-19: 1,176 days × 30 / 7 = 5,040 hours,
//     3 years, all of them in the CEC window and the only work CEC counts.
//
// CEC asks CLB 5 (TEER 3), so CLB 6 in all four is enough; the TEER 1 job abroad asks nothing of CEC.
func TestCECLanguageMinimumFollowsTheCanadianWork(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	profile := func(listening string) Profile {
		return mustProfile(t, r, "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n"+
			"[applicant.first_language]\ntest = \"clb\"\nlistening = "+listening+"\nreading = 6\nwriting = 6\nspeaking = 6\n"+
			"\n[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2015-01-01\nend = 2022-12-31\n"+
			"\n[[applicant.jobs]]\nnoc = \"13110\"\ncountry = \"canada\"\nstart = 2023-06-01\n")
	}
	p := profile("6")
	a := Assess(r, &p, day("2026-08-20"))
	if a.Work.PrimaryNOC != "21232" {
		t.Fatalf("primary %q: want 21232, the job with the most hours", a.Work.PrimaryNOC)
	}
	if !a.Programs[CEC].Eligible {
		t.Errorf("CLB 6 with 3 years of TEER 3 work in Canada: CEC %v", a.Programs[CEC].Reasons())
	}
	// CLB 4 is below CLB 5: not eligible, and the reason names CLB 5.
	p = profile("4")
	a = Assess(r, &p, day("2026-08-20"))
	if a.Programs[CEC].Eligible || !strings.Contains(fmt.Sprint(a.Programs[CEC].Reasons()), "CEC needs CLB 5") {
		t.Errorf("CLB 4 listening: CEC %v %v, want not eligible, CLB 5 needed", a.Programs[CEC].Eligible, a.Programs[CEC].Reasons())
	}
}

// Work in Canada without authorization counts for nothing: not for a category's months, not for
// FSW's continuous year, not for FST's trade years (the stricter reading; CRS and CEC already).
// 2023-01-01 to 2024-12-31 is 731 days × 30 / 7 = 3,132.9 hours (FST's 5 years take all of it); the
// category's 3 years before 2026-08-20 take 2023-08-20 to 2024-12-31, 500 days × 30 / 7 = 2,142.9
// hours, 16 months of 130 hours, if it counted.
func TestUnauthorizedWorkCountsForNoCategoryOrProgram(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := nurse(t, r, "noc = \"31301\"\ncountry = \"canada\"\nstart = 2023-01-01\nend = 2024-12-31\nauthorized = false")
	c := category(t, r, &p, "2026-08-20", "healthcare")
	if why := strings.Join(c.Reasons, ";"); !strings.Contains(why, "0 months in it") {
		t.Errorf("unauthorized nurse: %v, want 0 months", c.Reasons)
	}
	a := Assess(r, &p, day("2026-08-20"))
	if a.Work.FSWContinuous {
		t.Error("unauthorized work in Canada made FSW's continuous year")
	}
	q := jobsProfile(t, r, "noc = \"72200\"\ncountry = \"canada\"\nstart = 2023-01-01\nend = 2024-12-31\nauthorized = false")
	if _, wc := countOn(t, r, &q, "2026-08-20"); wc.TradeHours != 0 {
		t.Errorf("unauthorized electrician: %.1f trade hours, want 0", wc.TradeHours)
	}
	// The same work abroad counts: 16 months.
	p = nurse(t, r, "noc = \"31301\"\ncountry = \"abroad\"\nstart = 2023-01-01\nend = 2024-12-31")
	if c := category(t, r, &p, "2026-08-20", "healthcare"); !strings.Contains(strings.Join(c.Reasons, ";"), "16 months in it") {
		t.Errorf("nurse abroad: %v, want 16 months", c.Reasons)
	}
}

// FSW's adaptability gives 5 for a spouse's year of full-time work in Canada in any occupation
// (IRPR s. 83(1)(c.1), eligibility.md §1.2 factor 6), where the CRS counts only skilled work. The
// spouse's job: NOC 65201 (TEER 5) in Canada, 2024-01-01 to 2025-12-31, 731 days × 30 / 7 = 3,132.9
// hours, 2 years. CRS spouse's Canadian work: 0 (not skilled). FSW adaptability: 5.
func TestFSWSpouseWorkInCanadaOfAnyTEER(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	p := mustProfile(t, r, "[applicant]\nage = 30\nmarital_status = \"married\"\neducation = \"bachelors\"\n"+
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"+
		"\n[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2020-01-01\nend = 2024-12-31\n"+
		"\n[spouse]\neducation = \"secondary\"\n"+
		"\n[[spouse.jobs]]\nnoc = \"65201\"\ncountry = \"canada\"\nstart = 2024-01-01\nend = 2025-12-31\n")
	a := Assess(r, &p, day("2026-08-20"))
	if l, ok := a.CRS.Line(FactorSpouseCanadianWork, 0); ok && l.Points != 0 {
		t.Errorf("CRS spouse's Canadian work %d, want 0: TEER 5 is not skilled", l.Points)
	}
	found := false
	for _, g := range a.Programs[FSW].Grid() {
		if g.Factor == GridAdaptSpouseWork {
			found = g.Points == 5 && g.Level == 2
		}
	}
	if !found {
		t.Errorf("FSW grid %v: want the spouse's 2 years of work in Canada for 5 points", a.Programs[FSW].Grid())
	}
}

// A spouse is 16 or older (IRPR s. 5(a)): spouse.birth_date is bounded as spouse.age is, so a
// birth date 15 years before today is refused naming the key, and one exactly 16 years before is read.
func TestSpouseBirthDateIsSixteenOrMoreYearsBack(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	head := "[applicant]\nage = 30\nmarital_status = \"married\"\neducation = \"bachelors\"\n[spouse]\neducation = \"bachelors\"\nbirth_date = "
	young := AddYears(today(), -15).Format("2006-01-02")
	_, err := ReadProfile(r, "client.toml", []byte(head+young+"\n"))
	if err == nil || !strings.Contains(err.Error(), "spouse.birth_date: "+young+" is out of range") {
		t.Errorf("spouse born %s: error %v", young, err)
	}
	sixteen := AddYears(today(), -16).Format("2006-01-02")
	if _, err := ReadProfile(r, "client.toml", []byte(head+sixteen+"\n")); err != nil {
		t.Errorf("spouse born %s (16 today): %v", sixteen, err)
	}
}

// FSW's grid counts overlapping work once (IRPR s. 80(4)): a job in Canada and one abroad held over
// the same 2023-01-01 to 2024-12-31 are 731 days × 30 / 7 = 3,132.9 hours together (at most 30 a
// week count), 2 years: 11 points (eligibility.md §1.2 factor 3), not 2 + 2 = 4 years and 13. Held
// one after the other, 1.5 + 1.5 years are 3 years of work: 2023-01-01 to 2024-06-30 in Canada
// (547 days, 2,344.3 hours) and 2021-01-01 to 2022-06-30 abroad (546 days, 2,340 hours) make
// 4,684.3 hours, 3 years: 11 points still, but 3 and not the 1 + 1 = 2 the CRS's separate counts add.
func TestFSWCountsOverlappingWorkOnce(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	experience := func(p *Profile) GridLine {
		a := Assess(r, p, day("2026-08-20"))
		for _, g := range a.Programs[FSW].Grid() {
			if g.Factor == GridExperience {
				return g
			}
		}
		t.Fatal("no experience line")
		return GridLine{}
	}
	p := jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2023-01-01\nend = 2024-12-31",
		"noc = \"21232\"\ncountry = \"abroad\"\nstart = 2023-01-01\nend = 2024-12-31")
	if g := experience(&p); g.Level != 2 || g.Points != 11 {
		t.Errorf("overlapping jobs: FSW experience %d years, %d points; want 2 years, 11", g.Level, g.Points)
	}
	p = jobsProfile(t, r, "noc = \"21232\"\ncountry = \"canada\"\nstart = 2023-01-01\nend = 2024-06-30",
		"noc = \"21232\"\ncountry = \"abroad\"\nstart = 2021-01-01\nend = 2022-06-30")
	if g := experience(&p); g.Level != 3 || g.Points != 11 {
		t.Errorf("1.5 + 1.5 years: FSW experience %d years, %d points; want 3 years, 11", g.Level, g.Points)
	}
}

// The timeline finds the day FSW's experience (Canada and abroad together) reaches 2 years, which
// neither count alone marks: abroad 2024-01-01 to 2024-12-31 is 366 days, 1,568.6 hours; in Canada
// from 2026-03-01, 2 years together (3,120 hours) need 1,551.4 more, 362 days: 2027-02-26. The grid
// then rises from 9 to 11 for experience: 24 + 21 + 11 + 12 = 68, FSW's 67 is passed. Every day the
// timeline gives is a day on which a full assessment changes, and the reverse.
func TestTimelineFindsFSWExperienceAcrossCountries(t *testing.T) {
	r := improveRules(t)
	rr := rulesOn(t, "2026-08-20")
	p := mustProfile(t, rr, "[applicant]\nage = 29\nmarital_status = \"single\"\neducation = \"bachelors\"\neca_date = 2025-03-01\nsettlement_funds = 20000\n"+
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"+
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"abroad\"\nstart = 2024-01-01\nend = 2024-12-31\n"+
		"[[applicant.jobs]]\nnoc = \"21232\"\ncountry = \"canada\"\nstart = 2026-03-01\n")
	start := day("2026-08-20")
	plan, err := Improve(r, &p, start, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := dates(plan.Timeline)
	if !slices.Contains(got, "2027-02-26") {
		t.Errorf("timeline %v: want 2027-02-26, FSW's second year", got)
	}
	if want := everyDay(t, r, &p, start); !slices.Equal(got, want) {
		t.Errorf("timeline %v, every day gives %v", got, want)
	}
}

// A residence's country that is not a string is said once, as not a string, not also as empty.
func TestResidenceCountryNotAStringIsOneError(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	src := "[applicant]\nbirth_date = 1990-01-01\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
		"[[applicant.residences]]\ncountry = 5\nstart = 2000-01-01\n"
	_, err := ReadProfile(r, "client.toml", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "applicant.residences[0].country: want a string in quotes, got 5") ||
		strings.Contains(err.Error(), "empty") {
		t.Errorf("country = 5: %v", err)
	}
	src = strings.Replace(src, "country = 5", "country = \"  \"", 1)
	if _, err := ReadProfile(r, "client.toml", []byte(src)); err == nil || !strings.Contains(err.Error(), "residence 1: empty") {
		t.Errorf("country = blank: %v", err)
	}
}
