package scoring

import (
	"fmt"
	"strconv"
	"time"

	"github.com/eewizard/eewizard/i18n"
)

// SpouseAsPrincipal is what a profile says about the spouse or common-law partner that the CRS does
// not score for an accompanying spouse (whose factors are only education, first official language
// and Canadian work: crs-rules.md §1.7), but that scoring the family the other way round needs, with
// the spouse as the principal applicant (Swap). The zero value says nothing: every field is "not
// given" when zero. Reading, writing and scoring the profile as given never use these fields.
type SpouseAsPrincipal struct {
	BirthDate         time.Time // zero: Age is used
	Age               int       // used when BirthDate is zero; 0: not given (a spouse is at least MinSpouseAge)
	ECADate           time.Time
	CanadianEducation CanadianEducation
	SecondLanguage    Language // the other official language; [spouse.language] is the first

	// Year counts, as [applicant] gives them, for a spouse without [[spouse.jobs]] (with jobs they
	// are counted from them, as the applicant's are).
	ForeignWorkYears       int
	CanadianWorkYearsLast3 int
	TradeWorkYearsLast5    int
	TEER                   int  // valid when TEERGiven
	TEERGiven              bool // teer was given (TEER 0 is a TEER)

	Certificate    bool     // a certificate of qualification in a trade, issued to the spouse
	JobOffer       JobOffer // a job offer made to the spouse
	WorkAuthorized bool     // the spouse is authorized to work in Canada
	PrimaryNOC     string   // with [[spouse.jobs]]: the occupation the spouse would apply under
}

// MinSpouseAge is the youngest age a profile may give for a spouse or common-law partner: IRPR
// s. 5(a) does not recognize a spouse or partner under 16. It is a bound of the question (who can be
// a spouse at all), not a scoring rule, and lets age 0 mean "not given".
const MinSpouseAge = 16

// SpouseBirthDateRange is the range of a spouse's birth date on day: at most MaxAge years and at
// least MinSpouseAge years before it, as spouse.age is bounded.
func SpouseBirthDateRange(day time.Time) (lo, hi time.Time) {
	lo, hi = BirthDateRange(day)
	return lo, AddYears(hi, -MinSpouseAge)
}

// readSpouseBirthDate reads [spouse]'s birth_date, in SpouseBirthDateRange of today.
func readSpouseBirthDate(t *table) time.Time {
	lo, hi := SpouseBirthDateRange(today())
	return t.dateIn("birth_date", true, lo, hi, "a spouse's birth date ("+fmt.Sprint(MinSpouseAge)+" or older)")
}

// AgeGiven reports whether the spouse's birth date or age is given.
func (s *SpouseAsPrincipal) AgeGiven() bool { return !s.BirthDate.IsZero() || s.Age > 0 }

// spouseKeys are the keys of [spouse]: the three the CRS scores for an accompanying spouse, their
// language and jobs, and the facts of SpouseAsPrincipal.
var spouseKeys = []string{
	"education", "canadian_work_years", "studied_in_canada", "language", "jobs",
	"birth_date", "age", "eca_date", "canadian_education", "second_language", "foreign_work_years",
	"canadian_work_years_last_3", "trade_work_years_last_5", "teer", "certificate_of_qualification",
	"job_offer", "work_authorized", "primary_noc",
}

// readSpousePrincipal reads the spouse's facts of SpouseAsPrincipal from [spouse] (t) into s, whose
// education, Canadian work and language are read already, and checks them as [applicant]'s are.
func readSpousePrincipal(r *Rules, t *table, s *Spouse) {
	sp := &s.Principal
	switch {
	case t.has("birth_date") && t.has("age"):
		t.get("age")
		sp.BirthDate = readSpouseBirthDate(t)
		t.d.addf(t.key("age"), "give birth_date or age, not both")
	case t.has("birth_date"):
		sp.BirthDate = readSpouseBirthDate(t)
	case t.has("age"):
		sp.Age = t.integer("age", false, 0, MinSpouseAge, MaxAge)
	}
	sp.ECADate = t.date("eca_date", false)
	sp.CanadianEducation = CanadianEducation(t.enum("canadian_education", false, int(CanadianNone), CanadianEducationNames))
	sp.ForeignWorkYears = t.integer("foreign_work_years", false, 0, 0, WorkWindowYears)
	sp.CanadianWorkYearsLast3 = t.integer("canadian_work_years_last_3", false, 0, 0, CECWindowYears)
	sp.TradeWorkYearsLast5 = t.integer("trade_work_years_last_5", false, 0, 0, TradeWindowYears)
	if t.has("teer") {
		sp.TEER, sp.TEERGiven = t.integer("teer", false, 0, 0, 5), true
	}
	sp.Certificate = t.boolean("certificate_of_qualification", false)
	sp.JobOffer = JobOffer(t.enum("job_offer", false, int(NoJobOffer), JobOfferNames))
	sp.WorkAuthorized = t.boolean("work_authorized", false)
	sp.PrimaryNOC = readPrimaryNOC(t, s.Jobs, "spouse's")
	if t.has("second_language") {
		sp.SecondLanguage = readLanguage(r, t.sub("second_language", false))
	}
	for _, pr := range SpousePrincipalProblems(r, s) {
		t.d.addf(t.key(pr.Key), "%s", pr.Msg)
	}
}

// SpousePrincipalProblems checks the facts of s.Principal against the spouse's other answers, as a
// profile file is read (for the wizard too, which asks the others): the Canadian credential within
// the level of education, the year counts within the 10-year window and each other, the second
// language the other official language than the first, no date before the spouse's birth date.
// Each problem has its key under [spouse] and no file. In English: SpousePrincipalProblemsIn.
func SpousePrincipalProblems(r *Rules, s *Spouse) []Problem {
	return SpousePrincipalProblemsIn(english, r, s)
}

// SpousePrincipalProblemsIn is SpousePrincipalProblems with its own messages in p's language
// ("cmp_prob_*"); the year counts' problems (WorkYearsProblems) are as that function gives them.
func SpousePrincipalProblemsIn(p *i18n.Printer, r *Rules, s *Spouse) []Problem {
	sp := &s.Principal
	var out []Problem
	add := func(key, id string, args i18n.Args) {
		out = append(out, Problem{Key: key, Msg: p.T(id, args)})
	}
	edu := strconv.Quote(s.Education.String())
	switch {
	case sp.CanadianEducation == CanadianOneOrTwoYear && s.Education < OneYear:
		add("canadian_education", "cmp_prob_canadian_education", i18n.Args{"Value": strconv.Quote(sp.CanadianEducation.String()), "Need": strconv.Quote(OneYear.String()), "Education": edu})
	case sp.CanadianEducation == CanadianThreeYearOrMore && s.Education < Bachelors:
		add("canadian_education", "cmp_prob_canadian_education", i18n.Args{"Value": strconv.Quote(sp.CanadianEducation.String()), "Need": strconv.Quote(Bachelors.String()), "Education": edu})
	}
	if sp.CanadianWorkYearsLast3 > s.CanadianWorkYears {
		add("canadian_work_years_last_3", "cmp_prob_last_3", i18n.Args{"Last3": sp.CanadianWorkYearsLast3, "Years": s.CanadianWorkYears})
	}
	counts := Applicant{CanadianWorkYears: s.CanadianWorkYears, ForeignWorkYears: sp.ForeignWorkYears, TradeWorkYearsLast5: sp.TradeWorkYearsLast5}
	out = append(out, WorkYearsProblems(&counts)...)
	if sp.SecondLanguage.Given() {
		switch {
		case !s.Language.Given():
			add("second_language", "cmp_prob_second_without_first", i18n.Args{"Table": "[spouse.language]"})
		case languageOf(r, &s.Language) == languageOf(r, &sp.SecondLanguage):
			add("second_language.test", "cmp_prob_second_same", i18n.Args{"Test": strconv.Quote(sp.SecondLanguage.Test),
				"Language": p.T("cmp_official_"+languageOf(r, &sp.SecondLanguage), nil), "First": strconv.Quote(s.Language.Test)})
		}
	}
	for _, d := range []struct {
		key  string
		date time.Time
	}{{"eca_date", sp.ECADate}, {"language.date", s.Language.Date}, {"second_language.date", sp.SecondLanguage.Date}} {
		if !sp.BirthDate.IsZero() && !d.date.IsZero() && d.date.Before(sp.BirthDate) {
			add(d.key, "cmp_prob_before_birth", i18n.Args{"Date": p.Date(d.date), "Birth": p.Date(sp.BirthDate)})
		}
	}
	return out
}

// spousePrincipalEntries writes the keys of SpouseAsPrincipal that [spouse] (table) holds, for
// profileEntries: each only when given, so that a profile without them writes what it wrote before.
func spousePrincipalEntries(add func(table, key string, val, def any), table string, s *Spouse) {
	sp := &s.Principal
	i := func(n int) int64 { return int64(n) }
	switch {
	case !sp.BirthDate.IsZero():
		add(table, "birth_date", sp.BirthDate, nil)
	case sp.Age > 0:
		add(table, "age", i(sp.Age), nil)
	}
	if !sp.ECADate.IsZero() {
		add(table, "eca_date", sp.ECADate, nil)
	}
	if sp.CanadianEducation != CanadianNone {
		add(table, "canadian_education", sp.CanadianEducation.String(), CanadianNone.String())
	}
	if s.Jobs.Len() == 0 {
		if sp.ForeignWorkYears > 0 {
			add(table, "foreign_work_years", i(sp.ForeignWorkYears), int64(0))
		}
		if sp.CanadianWorkYearsLast3 > 0 {
			add(table, "canadian_work_years_last_3", i(sp.CanadianWorkYearsLast3), int64(0))
		}
		if sp.TradeWorkYearsLast5 > 0 {
			add(table, "trade_work_years_last_5", i(sp.TradeWorkYearsLast5), int64(0))
		}
		if sp.TEERGiven {
			add(table, "teer", i(sp.TEER), nil)
		}
	}
	if sp.Certificate {
		add(table, "certificate_of_qualification", true, false)
	}
	if sp.JobOffer != NoJobOffer {
		add(table, "job_offer", sp.JobOffer.String(), NoJobOffer.String())
	}
	if sp.WorkAuthorized {
		add(table, "work_authorized", true, false)
	}
	if sp.PrimaryNOC != "" && s.Jobs.Len() > 0 {
		add(table, "primary_noc", sp.PrimaryNOC, nil)
	}
}

// spousePrincipalKeys are the dotted keys of SpouseAsPrincipal, for Keys.
func spousePrincipalKeys() []string {
	var out []string
	for _, k := range spouseKeys[5:] {
		if k == "second_language" {
			for _, s := range []string{"test", "date", "listening", "reading", "writing", "speaking"} {
				out = append(out, "spouse.second_language."+s)
			}
			continue
		}
		out = append(out, "spouse."+k)
	}
	return out
}

// spouseAgeKeys: setting one of a spouse's birth_date and age (Set) replaces the other, as for the
// applicant.
func spouseAgeKeys(m map[string]any, key string) {
	sp, ok := m["spouse"].(map[string]any)
	if !ok {
		return
	}
	switch key {
	case "spouse.age":
		delete(sp, "birth_date")
	case "spouse.birth_date":
		delete(sp, "age")
	}
}
