package tui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/textinput"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// draft is the wizard's answers as the person gives them: text for what is typed, typed values for
// the choices. The huh fields are bound to it through Value(&d.X), so it survives every fresh form,
// and it converts to a scoring.Profile (profile) and back (newDraft).
type draft struct {
	Name                         string
	nameRead                     string // the name as the profile had it: kept while Name is fieldText of it
	Birth                        string // a date (1994-03-15) or an age (31)
	Marital                      scoring.MaritalStatus
	SpouseComing, SpouseCanadian bool

	Education         scoring.Education
	CanadianEducation scoring.CanadianEducation
	ECADate           string

	First, Second language

	CanadianYears, ForeignYears string
	TEER                        int // -1: not known
	TradeYears                  string
	Certificate                 bool

	JobOffer   scoring.JobOffer
	Nomination bool

	Sibling, Relative bool
	FamilySize        string // "": the default
	CanadianLast3     string
	Funds             string
	WorkAuthorized    bool
	Studied           bool

	SpouseEducation scoring.Education
	SpouseYears     string
	SpouseStudied   bool
	SpouseLanguage  language

	// The work history ([[applicant.jobs]], [[spouse.jobs]], primary_noc), edited in the lists of
	// jobs of the work step and of the spouse's step (jobsMode, spouseJobsMode: the step lists jobs
	// instead of asking year counts). The years are counted from them.
	jobs, spouseJobs         scoring.JobList
	primaryNOC               string
	jobsMode, spouseJobsMode bool

	// The residences and children of a profile file ([[applicant.residences]],
	// [[spouse.residences]], [[children]]), for the checklist after an ITA: not asked, carried
	// through unchanged.
	residences, spouseResidences scoring.ResidenceList
	children                     scoring.ChildList

	// The spouse's facts that only scoring them as principal applicant uses (birth date, ECA,
	// second language, ...: scoring.SpouseAsPrincipal): the wizard does not ask them, so it carries
	// them through unchanged, and a save keeps them.
	spousePrincipal scoring.SpouseAsPrincipal
	SpouseBirth     string // the spouse's birth date or age ("" not given), asked in the spouse step
}

// hasJobs reports whether the applicant's work comes from a work history rather than year counts
// (the list of jobs, even while it is empty).
func (d *draft) hasJobs() bool { return d.jobsMode }

// language is one language result as typed. Test "" means none.
type language struct {
	Test   string
	Date   string
	Scores [scoring.NumAbilities]string
}

// newDraft fills a draft from a profile; nil gives the blank answers of a new profile.
func newDraft(p *scoring.Profile) draft {
	if p == nil {
		n := scoring.NewProfile()
		return draft{SpouseComing: n.Applicant.SpouseAccompanying, TEER: n.Applicant.TEER}
	}
	a := &p.Applicant
	d := draft{
		Name:              fieldText(p.Name),
		nameRead:          p.Name,
		Marital:           a.MaritalStatus,
		SpouseComing:      a.SpouseAccompanying,
		SpouseCanadian:    a.SpouseCanadian,
		Education:         a.Education,
		CanadianEducation: a.CanadianEducation,
		ECADate:           dateText(a.ECADate),
		First:             languageText(&a.FirstLanguage),
		Second:            languageText(&a.SecondLanguage),
		CanadianYears:     strconv.Itoa(a.CanadianWorkYears),
		ForeignYears:      strconv.Itoa(a.ForeignWorkYears),
		TEER:              a.TEER,
		TradeYears:        strconv.Itoa(a.TradeWorkYearsLast5),
		Certificate:       a.Certificate,
		JobOffer:          a.JobOffer,
		Nomination:        a.Nomination,
		Sibling:           a.SiblingInCanada,
		Relative:          a.RelativeInCanada,
		CanadianLast3:     strconv.Itoa(a.CanadianWorkYearsLast3),
		Funds:             strconv.Itoa(a.SettlementFunds),
		WorkAuthorized:    a.WorkAuthorized,
		Studied:           a.StudiedInCanada,
		SpouseEducation:   p.Spouse.Education,
		SpouseYears:       strconv.Itoa(p.Spouse.CanadianWorkYears),
		SpouseStudied:     p.Spouse.StudiedInCanada,
		SpouseLanguage:    languageText(&p.Spouse.Language),
		jobs:              a.Jobs,
		spouseJobs:        p.Spouse.Jobs,
		primaryNOC:        a.PrimaryNOC,
		jobsMode:          a.Jobs.Len() > 0,
		spouseJobsMode:    p.Spouse.Jobs.Len() > 0,
		residences:        a.Residences,
		spouseResidences:  p.Spouse.Residences,
		children:          p.Children,
		spousePrincipal:   p.Spouse.Principal,
		SpouseBirth:       spouseBirthText(&p.Spouse.Principal),
	}
	if !a.BirthDate.IsZero() {
		d.Birth = dateText(a.BirthDate)
	} else {
		d.Birth = strconv.Itoa(a.Age)
	}
	if a.FamilySize > 0 {
		d.FamilySize = strconv.Itoa(a.FamilySize)
	}
	return d
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func languageText(l *scoring.Language) language {
	out := language{Test: l.Test, Date: dateText(l.Date)}
	if l.Given() {
		for ab := range out.Scores {
			out.Scores[ab] = strconv.FormatFloat(l.Scores[ab], 'f', -1, 64)
		}
	}
	return out
}

// hasPartner reports whether the spouse questions apply.
func (d *draft) hasPartner() bool { return d.Marital.HasPartner() }

// spouseCounts reports whether the spouse's own factors are asked: a spouse or partner who comes
// to Canada and is not a Canadian citizen or permanent resident (scoring.Profile.AccompanyingSpouse).
func (d *draft) spouseCounts() bool {
	return d.hasPartner() && d.SpouseComing && !d.SpouseCanadian
}

// problem is an answer that cannot be used: the profile key of its field and what is allowed.
type problem struct {
	Key   string
	Msg   string // in English
	cause error  // the check's error, which In writes in any language
}

func (p problem) Error() string { return p.Msg }

// In is the problem in pr's language.
func (p problem) In(pr *i18n.Printer) string {
	if p.cause == nil {
		return p.Msg
	}
	return errIn(pr, p.cause)
}

// checker reads a draft into a profile and remembers the first problem of each field.
type checker struct {
	r     *scoring.Rules
	today time.Time
	probs []problem
}

func (c *checker) add(key string, err error) {
	if err != nil {
		c.probs = append(c.probs, problem{Key: key, Msg: err.Error(), cause: err})
	}
}

// profile converts the draft to a profile with the rules in force today. Answers that do not apply
// (the spouse's when the spouse does not count, scores without a test) are left out, so the profile
// says only what applies. Every answer that cannot be read is reported, with its key; it is left at
// its default in the profile, so the profile is always safe to score (a running total while typing).
func (d *draft) profile(r *scoring.Rules, today time.Time) (scoring.Profile, []problem) {
	c := checker{r: r, today: today}
	p := scoring.NewProfile()
	a := &p.Applicant
	p.Name = strings.TrimSpace(d.Name)
	if d.Name == fieldText(d.nameRead) {
		p.Name = d.nameRead // not edited: a name the field cannot hold is kept as it was
	}

	birth, age, err := parseBirth(d.Birth, today)
	c.add(keyBirth, err)
	a.BirthDate, a.Age = birth, age
	a.MaritalStatus = d.Marital
	if d.hasPartner() {
		a.SpouseAccompanying, a.SpouseCanadian = d.SpouseComing, d.SpouseCanadian
	}

	a.Education = d.Education
	a.CanadianEducation = d.CanadianEducation
	c.add(keyCanadianEducation, checkCanadianEducation(d.Education, d.CanadianEducation))
	a.ECADate, err = parseDate(d.ECADate, "ECA date", today)
	c.add(keyECADate, err)

	a.FirstLanguage = c.language(&d.First, keyFirst)
	if a.FirstLanguage.Given() {
		if err := checkSecondTest(r, d.First.Test, d.Second.Test); err != nil {
			c.add(keySecond+".test", err)
		} else {
			a.SecondLanguage = c.language(&d.Second, keySecond)
		}
	}

	if d.hasJobs() {
		a.Jobs, a.PrimaryNOC = d.jobs, d.primaryNOC // the years are counted from them
	} else {
		d.workYears(&c, a)
	}
	a.Certificate = d.Certificate

	a.JobOffer = d.JobOffer
	a.Nomination = d.Nomination

	a.SiblingInCanada = d.Sibling
	a.RelativeInCanada = d.Relative
	a.FamilySize, err = parseFamilySize(d.FamilySize, d.hasPartner())
	c.add(keyFamilySize, err)
	a.SettlementFunds, err = parseDollars(d.Funds)
	c.add(keyFunds, err)
	a.WorkAuthorized = d.WorkAuthorized
	a.StudiedInCanada = d.Studied

	if d.spouseCounts() {
		p.Spouse = d.spouse(&c)
	} else {
		// Not asked now (no spouse, or one who does not come or is Canadian): the spouse's answers
		// are kept as they are, not scored, so a save keeps the file's [spouse] (and a later yes
		// finds them), unless one cannot be read.
		hidden := checker{r: r, today: today}
		if s := d.spouse(&hidden); len(hidden.probs) == 0 {
			p.Spouse = s
		}
	}
	a.Residences, p.Spouse.Residences, p.Children = d.residences, d.spouseResidences, d.children
	return p, c.probs
}

// workYears reads the applicant's year counts of work, for a profile without a work history.
func (d *draft) workYears(c *checker, a *scoring.Applicant) {
	var err error
	a.CanadianWorkYears = c.count(keyCanadianYears, d.CanadianYears, 0, maxYears, "years of Canadian work")
	a.CanadianWorkYearsLast3, err = d.canadianLast3(d.CanadianLast3)
	c.add(keyCanadianLast3, err)
	a.ForeignWorkYears = c.count(keyForeignYears, d.ForeignYears, 0, maxYears, "years of foreign work")
	a.TEER = d.TEER
	a.TradeWorkYearsLast5 = c.count(keyTradeYears, d.TradeYears, 0, 5, "years in the trade")
	for _, pr := range scoring.WorkYearsProblems(a) {
		c.add("applicant."+pr.Key, problemErr(pr))
	}
}

// spouse reads the spouse's answers: their years of Canadian work, or their list of jobs.
func (d *draft) spouse(c *checker) scoring.Spouse {
	s := scoring.Spouse{
		Education:       d.SpouseEducation,
		StudiedInCanada: d.SpouseStudied,
		Language:        c.language(&d.SpouseLanguage, keySpouseLanguage),
		Jobs:            d.spouseJobs,
		Principal:       d.spousePrincipal,
	}
	if !d.spouseJobsMode {
		s.Jobs = scoring.JobList{}
		s.CanadianWorkYears = c.count(keySpouseYears, d.SpouseYears, 0, maxYears, "years of the spouse's Canadian work")
	}
	s.Principal.BirthDate, s.Principal.Age = c.spouseBirth(d.SpouseBirth)
	spousePrincipalProblems(c, &s)
	return s
}

// canadianYears is the years of Canadian work in the last 10 years as answered, 0 when the
// answer cannot be read.
func (d *draft) canadianYears() int {
	n, _ := parseCount(d.CanadianYears, 0, maxYears, "")
	return n
}

// canadianLast3 reads the years of Canadian work in the last 3 years (s: the answer). It is 0, and
// not asked, without Canadian work; empty, it is the years in the last 10, up to 3. An answer that
// cannot be read, or that is more than the years in the last 10, counts 0.
func (d *draft) canadianLast3(s string) (int, error) {
	all := d.canadianYears()
	switch {
	case all == 0:
		return 0, nil
	case strings.TrimSpace(s) == "":
		return min(all, 3), nil
	}
	n, err := parseCount(s, 0, 3, "years of Canadian work in the last 3 years")
	if err != nil {
		return 0, err
	}
	if n > all {
		return 0, tell("wiz_err_last3_more", i18n.Args{"N": years(n), "All": years(all)})
	}
	return n, nil
}

func (c *checker) count(key, s string, lo, hi int, what string) int {
	n, err := parseCount(s, lo, hi, what)
	c.add(key, err)
	return n
}

// language reads one language result; key is its table ("applicant.first_language").
func (c *checker) language(l *language, key string) scoring.Language {
	if l.Test == "" {
		return scoring.Language{}
	}
	date, dateErr := parseTestDate(c.r, l.Test, l.Date, c.today)
	c.add(key+".date", dateErr)
	out := scoring.Language{Test: l.Test, Date: date}
	chart := chartFor(c.r, l.Test, out.Date)
	for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
		v, err := parseScore(chart, ab, l.Scores[ab])
		c.add(key+"."+ab.String(), err)
		out.Scores[ab] = v
	}
	if dateErr != nil {
		return scoring.Language{} // a result of a day that cannot be read counts for nothing
	}
	return out
}

// The profile-file keys of the wizard's fields: problems name them, and each step lists its own.
const (
	keyName              = "name"
	keyBirth             = "applicant.birth_date"
	keyMarital           = "applicant.marital_status"
	keySpouseComing      = "applicant.spouse_accompanying"
	keySpouseCanadian    = "applicant.spouse_canadian"
	keyEducation         = "applicant.education"
	keyCanadianEducation = "applicant.canadian_education"
	keyECADate           = "applicant.eca_date"
	keyFirst             = "applicant.first_language"
	keySecond            = "applicant.second_language"
	keyCanadianYears     = "applicant.canadian_work_years"
	keyForeignYears      = "applicant.foreign_work_years"
	keyTEER              = "applicant.teer"
	keyTradeYears        = "applicant.trade_work_years_last_5"
	keyCertificate       = "applicant.certificate_of_qualification"
	keyJobOffer          = "applicant.job_offer"
	keyNomination        = "applicant.provincial_nomination"
	keySibling           = "applicant.sibling_in_canada"
	keyRelative          = "applicant.relative_in_canada"
	keyFamilySize        = "applicant.family_size"
	keyCanadianLast3     = "applicant.canadian_work_years_last_3"
	keyFunds             = "applicant.settlement_funds"
	keyWorkAuthorized    = "applicant.work_authorized"
	keyStudied           = "applicant.studied_in_canada"
	keySpouseEducation   = "spouse.education"
	keySpouseYears       = "spouse.canadian_work_years"
	keySpouseStudied     = "spouse.studied_in_canada"
	keySpouseLanguage    = "spouse.language"
)

// maxYears is the most years of work the wizard accepts, as a profile file does: every work
// question asks about the last 10 years, which cannot hold more than 10.
const maxYears = scoring.WorkWindowYears

// parseBirth reads a birth date (YYYY-MM-DD) or an age in whole years, in the range a profile file
// takes (scoring.CheckBirthDate, scoring.MaxAge): FuzzFieldParsers holds the two to one rule.
func parseBirth(s string, today time.Time) (time.Time, int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, 0, tell("wiz_err_birth_empty", nil)
	}
	if isDigits(s) {
		age, err := strconv.Atoi(s)
		if err != nil || age > scoring.MaxAge {
			return time.Time{}, 0, tell("wiz_err_age", i18n.Args{"Value": s, "Max": scoring.MaxAge})
		}
		return time.Time{}, age, nil
	}
	t, err := scoring.ParseDay(s)
	if err != nil {
		return time.Time{}, 0, tell("wiz_err_birth", i18n.Args{"Value": quote(s)})
	}
	if t.After(today) {
		return time.Time{}, 0, tell("wiz_err_birth_future", i18n.Args{"Value": s, "Today": dayText(today)})
	}
	if err := scoring.CheckBirthDate(t, today); err != nil {
		return time.Time{}, 0, tell("wiz_err_birth_range", i18n.Args{"Err": err})
	}
	return t, 0, nil
}

// parseDate reads an optional date; "" (or "-") is no date.
func parseDate(s, what string, today time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" {
		return time.Time{}, nil
	}
	t, err := scoring.ParseDay(s)
	if err != nil {
		return time.Time{}, tell("wiz_err_date", i18n.Args{"What": word(what), "Value": quote(s)})
	}
	if t.After(today) {
		return time.Time{}, tell("wiz_err_date_future", i18n.Args{"What": word(what), "Value": s, "Today": dayText(today)})
	}
	return t, nil
}

// parseTestDate reads the optional date of a language test and checks that the rules have a chart
// for a test taken that day.
func parseTestDate(r *scoring.Rules, test, s string, today time.Time) (time.Time, error) {
	t, err := parseDate(s, "test date", today)
	if err != nil || t.IsZero() {
		return t, err
	}
	if _, err := r.ChartFor(test, t); err != nil {
		return time.Time{}, err
	}
	return t, nil
}

// chartFor is the chart for a test taken on date, or the current one when the date has none.
func chartFor(r *scoring.Rules, test string, date time.Time) *scoring.Chart {
	if c, err := r.ChartFor(test, date); err == nil {
		return c
	}
	c, _ := r.ChartFor(test, time.Time{})
	return c
}

// parseScore reads one test score and checks it is a score the test can give (the chart's own
// message says what is allowed). "7,5" is read as 7.5.
func parseScore(chart *scoring.Chart, ab scoring.Ability, s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if chart == nil {
		return 0, nil
	}
	if s == "" {
		return 0, tell("wiz_err_score_empty", i18n.Args{"Ability": ability(ab), "Scale": scale{chart, ab}})
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, tell("wiz_err_score_nan", i18n.Args{"Ability": ability(ab), "Value": quote(s), "Scale": scale{chart, ab}})
	}
	if err := chart.Check(ab, v); err != nil {
		return 0, err // a score the test cannot give counts for nothing
	}
	return v, nil
}

// scaleWords says what scores a test gives in one ability, from the chart: "IELTS General Training
// listening: 0 to 9 in steps of 0.5".
func scaleWords(chart *scoring.Chart, ab scoring.Ability) string {
	return scaleWordsIn(i18n.For(i18n.En), chart, ab)
}

// scaleWordsIn is scaleWords in p's language.
func scaleWordsIn(p *i18n.Printer, chart *scoring.Chart, ab scoring.Ability) string {
	lo, hi := chart.Scale[ab][0], chart.Scale[ab][1]
	args := i18n.Args{"Test": chart.NameIn(p), "Ability": ab.NameIn(p), "Low": numIn(p, lo), "High": numIn(p, hi), "Step": numIn(p, chart.Step)}
	switch {
	case chart.Step == 1:
		return p.T("wiz_scale_whole", args)
	case chart.Step > 0:
		return p.T("wiz_scale_steps", args)
	}
	return p.T("wiz_scale", args)
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// numIn is a score as p writes it: "8.5", in French "8,5".
func numIn(p *i18n.Printer, f float64) string { return p.Decimal(f, -1) }

// parseCount reads a whole number from lo to hi; "" is 0.
func parseCount(s string, lo, hi int, what string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return max(lo, 0), nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, tell("wiz_err_count", i18n.Args{"What": word(what), "Value": quote(s), "Low": lo, "High": hi})
	}
	return n, nil
}

// parseFamilySize reads the family size for settlement funds; "" is the default (0).
func parseFamilySize(s string, partner bool) (int, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	n, err := parseCount(s, 1, 30, "family size")
	if err != nil {
		return 0, err
	}
	if partner && n < 2 {
		return 0, tell("wiz_err_family_partner", i18n.Args{"N": n})
	}
	return n, nil
}

// parseDollars reads whole Canadian dollars: "19000", "$19,000", "19 000".
func parseDollars(s string) (int, error) {
	clean := strings.NewReplacer("$", "", ",", "", " ", "", "_", "").Replace(strings.TrimSpace(s))
	if clean == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(clean)
	if err != nil || n < 0 || n > 1_000_000_000 {
		return 0, tell("wiz_err_funds", i18n.Args{"Value": quote(s)})
	}
	return n, nil
}

func checkCanadianEducation(e scoring.Education, c scoring.CanadianEducation) error {
	switch {
	case c == scoring.CanadianOneOrTwoYear && e < scoring.OneYear:
		return tell("wiz_err_cdn_one_two", i18n.Args{"Level": education(e)})
	case c == scoring.CanadianThreeYearOrMore && e < scoring.Bachelors:
		return tell("wiz_err_cdn_three", i18n.Args{"Level": education(e)})
	}
	return nil
}

// checkSecondTest checks that the second official language is the other language than the first.
func checkSecondTest(r *scoring.Rules, first, second string) error {
	if first == "" || second == "" {
		return nil
	}
	if testLanguage(r, first) == testLanguage(r, second) {
		return tell("wiz_err_second_same", i18n.Args{"First": first, "Second": second, "Lang": word(testLanguage(r, first))})
	}
	return nil
}

// testLanguage is "english" or "french" for a test the rules know.
func testLanguage(r *scoring.Rules, test string) string {
	if c := chartFor(r, test, time.Time{}); c != nil {
		return c.Language
	}
	return ""
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// fieldText is s as a text field holds it: the field removes control characters and makes tabs
// and line breaks spaces.
func fieldText(s string) string {
	in := textinput.New()
	in.SetValue(s)
	return in.Value()
}
