package scoring

import (
	"sort"
	"strings"
	"time"
)

// Steps is a threshold table: Points[i] applies from From[i] up to the next From. From[0] is 0.
type Steps struct {
	From   []int
	Points []int
}

// At returns the points for value v (v below 0 reads as 0).
func (s *Steps) At(v int) int {
	for i := len(s.From) - 1; i >= 0; i-- {
		if v >= s.From[i] {
			return s.Points[i]
		}
	}
	return 0
}

// Max is the largest value in the table.
func (s *Steps) Max() int { return maxOf(s.Points) }

// Pair is a threshold table with IRCC's two columns: with and without a spouse or common-law partner.
type Pair struct {
	With, Without Steps
}

// At returns the points for v in the column for spouse.
func (p *Pair) At(v int, spouse bool) int {
	if spouse {
		return p.With.At(v)
	}
	return p.Without.At(v)
}

// ByLevel is a table by level of education.
type ByLevel [NumEducation]int

// PairByLevel is a table by level of education with IRCC's two columns.
type PairByLevel struct {
	With, Without ByLevel
}

// At returns the points for level e in the column for spouse.
func (p *PairByLevel) At(e Education, spouse bool) int {
	if spouse {
		return p.With[e]
	}
	return p.Without[e]
}

// LevelGrid is a skill-transferability grid with education levels as rows and two columns chosen by
// thresholds (CLB levels, or years of Canadian work): Cols[0] for the first column, Cols[1] for the
// second.
type LevelGrid struct {
	Cols   [2]int
	Points [NumEducation][2]int
}

// At returns the cell for education e and column value v (0 when v is below the first column).
func (g *LevelGrid) At(e Education, v int) int {
	col := column(g.Cols, v)
	if col < 0 {
		return 0
	}
	return g.Points[e][col]
}

// column is the grid column for value v: 1 from cols[1], 0 from cols[0], -1 below both.
func column(cols [2]int, v int) int {
	switch {
	case v >= cols[1]:
		return 1
	case v >= cols[0]:
		return 0
	}
	return -1
}

// Max is the largest cell.
func (g *LevelGrid) Max() int {
	m := 0
	for _, r := range g.Points {
		m = max(m, r[0], r[1])
	}
	return m
}

// YearsGrid is a skill-transferability grid with years of foreign work as threshold rows.
type YearsGrid struct {
	Cols   [2]int
	From   []int
	Points [][2]int
}

// At returns the cell for row value r and column value v.
func (g *YearsGrid) At(r, v int) int {
	col := column(g.Cols, v)
	if col < 0 {
		return 0
	}
	for i := len(g.From) - 1; i >= 0; i-- {
		if r >= g.From[i] {
			return g.Points[i][col]
		}
	}
	return 0
}

// Max is the largest cell.
func (g *YearsGrid) Max() int {
	m := 0
	for _, r := range g.Points {
		m = max(m, r[0], r[1])
	}
	return m
}

// Source is where a table comes from and when it was last checked against it.
type Source struct {
	Table   string
	URL     string
	Checked time.Time
}

// Checked returns the oldest and the newest day on which a table of the rules was checked against
// its source (zero times when no table names a source): the rules a score was made under.
func (r *Rules) Checked() (oldest, newest time.Time) {
	for i, s := range r.Sources {
		if i == 0 || s.Checked.Before(oldest) {
			oldest = s.Checked
		}
		if i == 0 || s.Checked.After(newest) {
			newest = s.Checked
		}
	}
	return oldest, newest
}

// CRSRules are the Comprehensive Ranking System tables.
type CRSRules struct {
	Total int

	// A. Core / human capital.
	CoreCapWith, CoreCapWithout int
	Age                         Pair
	Education                   PairByLevel
	FirstLanguage               Pair
	SecondLanguage              Pair
	SecondCapWith               int
	SecondCapWithout            int
	CanadianWork                Pair

	// B. Spouse or common-law partner.
	SpouseCap          int
	SpouseEducation    ByLevel
	SpouseLanguage     Steps
	SpouseCanadianWork Steps

	// C. Skill transferability.
	TransferCap           int
	EducationGroupCap     int
	ForeignWorkGroupCap   int
	CertificateGroupCap   int
	EducationLanguage     LevelGrid
	EducationCanadianWork LevelGrid
	ForeignLanguage       YearsGrid
	ForeignCanadianWork   YearsGrid
	CertificateCols       [2]int
	CertificatePoints     [2]int

	// D. Additional points.
	AdditionalCap        int
	Nomination           int
	Sibling              int
	JobOfferMajorGroup00 int
	JobOfferTEER0to3     int
	FrenchNCLC           int
	FrenchEnglishCLB     int
	FrenchWithoutEnglish int
	FrenchWithEnglish    int
	StudyOneOrTwoYear    int
	StudyThreeYearOrMore int
}

// FSWRules are the Federal Skilled Worker minimums and its 100-point selection grid.
type FSWRules struct {
	PassMark      int
	MinWorkYears  int
	MinCLB        int
	Language      Steps // per ability of the first official language
	SecondCLB     int
	SecondPoints  int
	Education     ByLevel
	Experience    Steps
	Age           Steps
	Arranged      int
	AdaptCap      int
	AdaptSpouseCL int // CLB the spouse needs in all four abilities
	AdaptSpouseLang,
	AdaptStudy,
	AdaptSpouseStudy,
	AdaptWork,
	AdaptSpouseWork,
	AdaptArranged,
	AdaptRelative int
	// FundsTables are the settlement-funds tables, newest first; Funds is the one in force on the
	// rules' date (the newest for rules as read), and FundsKnown is false before the oldest table.
	FundsTables []FundsTable
	Funds       FundsTable
	FundsKnown  bool
}

// FundsTable is one year's settlement-funds table.
type FundsTable struct {
	From      time.Time
	ByFamily  []int // funds for 1, 2, ... people
	EachExtra int   // for each family member past the table
}

// FundsFor returns the settlement funds needed for a family of n people, and false when no table
// covers the rules' date.
func (f *FSWRules) FundsFor(n int) (int, bool) {
	t := &f.Funds
	if !f.FundsKnown || len(t.ByFamily) == 0 {
		return 0, false
	}
	if n < 1 {
		n = 1
	}
	if n <= len(t.ByFamily) {
		return t.ByFamily[n-1], true
	}
	return t.ByFamily[len(t.ByFamily)-1] + (n-len(t.ByFamily))*t.EachExtra, true
}

// CECRules are the Canadian Experience Class minimums.
type CECRules struct {
	MinWorkYearsLast3 int
	MinCLBTEER01      int
	MinCLBTEER23      int
}

// FSTRules are the Federal Skilled Trades minimums.
type FSTRules struct {
	MinTradeYearsLast5 int
	MinCLB             [NumAbilities]int
}

// Timing holds the deadlines and validity periods.
type Timing struct {
	ITAWindowDays      int
	PoolMonths         int
	LanguageValidYears int
	ECAValidYears      int
}

// Period is a dated amendment: the values it sets were in force from From to Until inclusive.
type Period struct {
	From, Until time.Time
	What        string
	Source      string
	Set         map[string]int
}

// Rules is a whole rules file: every table the engine needs, as typed values. Rules read from a file
// hold the current tables and their history; At returns the rules in force on a date.
type Rules struct {
	File     string
	Title    string
	InForce  time.Time
	Earliest time.Time
	Timing   Timing
	CRS      CRSRules
	FSW      FSWRules
	CEC      CECRules
	FST      FSTRules
	Work     WorkRules
	Charts   map[string][]*Chart // by test name; several charts for one test are told apart by date
	History  []Period
	Sources  []Source
	// Categories are the versions of the categories of category-based selection, in the order of
	// the file (rulescategories.go).
	Categories []CategoryVersion
	// Fees are the fees of an application for permanent residence, newest table first, and
	// Checklist the rules of the document checklist after an ITA (rulesfees.go).
	Fees      []FeeTable
	Checklist ChecklistRules

	categoryByRound map[string]int // round name -> index in Categories
	at              time.Time      // zero for rules as read; the date for rules from At
}

// scalarKind is what a number of the rules counts, which sets the values it may take.
type scalarKind uint8

const (
	kindCRSPoints scalarKind = iota // CRS points: 0 to crs.total
	kindFSWPoints                   // FSW grid points: 0 to the grid's 100
	kindCLB                         // a CLB / NCLC level: 1 to 12
	kindDays                        // a number of days: 1 to 366
	kindMonths                      // a number of months: 1 to 120
	kindYears                       // a number of years: 1 to 20
)

// maxTotal bounds crs.total; fswGrid is the FSW selection grid's total (IRPR s. 76: out of 100).
const (
	maxTotal = 10000
	fswGrid  = 100
)

// bounds is the range of values of a kind.
func (r *Rules) bounds(k scalarKind) (lo, hi int) {
	switch k {
	case kindCRSPoints:
		return 0, r.pointsTop()
	case kindFSWPoints:
		return 0, fswGrid
	case kindCLB:
		return 1, 12
	case kindDays:
		return 1, 366
	case kindMonths:
		return 1, 120
	}
	return 1, 20
}

// pointsTop is the most CRS points any one value may be: the file's crs.total, or maxTotal when
// the total itself could not be read (so that one bad total is one problem, not a hundred).
func (r *Rules) pointsTop() int {
	if r.CRS.Total > 0 {
		return r.CRS.Total
	}
	return maxTotal
}

// scalar is a single number of the rules that a dated amendment may set: the field it fills, and
// what it counts.
type scalar struct {
	p    *int
	kind scalarKind
}

// scalars maps the dotted keys of the rules file that a history period may set to the fields they
// fill. The file's own values for these keys are read in the same ranges.
func (r *Rules) scalars() map[string]scalar {
	c := &r.CRS
	return map[string]scalar{
		"timing.ita_window_days":                               {&r.Timing.ITAWindowDays, kindDays},
		"timing.pool_months":                                   {&r.Timing.PoolMonths, kindMonths},
		"timing.language_test_valid_years":                     {&r.Timing.LanguageValidYears, kindYears},
		"timing.eca_valid_years":                               {&r.Timing.ECAValidYears, kindYears},
		"crs.core.second_language.cap_with_spouse":             {&c.SecondCapWith, kindCRSPoints},
		"crs.core.second_language.cap_without_spouse":          {&c.SecondCapWithout, kindCRSPoints},
		"crs.spouse.cap":                                       {&c.SpouseCap, kindCRSPoints},
		"crs.transferability.cap":                              {&c.TransferCap, kindCRSPoints},
		"crs.transferability.education_group_cap":              {&c.EducationGroupCap, kindCRSPoints},
		"crs.transferability.foreign_work_group_cap":           {&c.ForeignWorkGroupCap, kindCRSPoints},
		"crs.transferability.certificate_group_cap":            {&c.CertificateGroupCap, kindCRSPoints},
		"crs.additional.cap":                                   {&c.AdditionalCap, kindCRSPoints},
		"crs.additional.provincial_nomination":                 {&c.Nomination, kindCRSPoints},
		"crs.additional.sibling":                               {&c.Sibling, kindCRSPoints},
		"crs.additional.job_offer_major_group_00":              {&c.JobOfferMajorGroup00, kindCRSPoints},
		"crs.additional.job_offer_teer_0_to_3":                 {&c.JobOfferTEER0to3, kindCRSPoints},
		"crs.additional.french.nclc":                           {&c.FrenchNCLC, kindCLB},
		"crs.additional.french.english_clb":                    {&c.FrenchEnglishCLB, kindCLB},
		"crs.additional.french.without_english":                {&c.FrenchWithoutEnglish, kindCRSPoints},
		"crs.additional.french.with_english":                   {&c.FrenchWithEnglish, kindCRSPoints},
		"crs.additional.canadian_education.one_or_two_year":    {&c.StudyOneOrTwoYear, kindCRSPoints},
		"crs.additional.canadian_education.three_year_or_more": {&c.StudyThreeYearOrMore, kindCRSPoints},
		"fsw.pass_mark":                                        {&r.FSW.PassMark, kindFSWPoints},
		"fsw.min_clb":                                          {&r.FSW.MinCLB, kindCLB},
		"fsw.arranged_employment.points":                       {&r.FSW.Arranged, kindFSWPoints},
		"cec.min_clb_teer_0_1":                                 {&r.CEC.MinCLBTEER01, kindCLB},
		"cec.min_clb_teer_2_3":                                 {&r.CEC.MinCLBTEER23, kindCLB},
	}
}

// At returns the rules in force on day: the current tables with every history period that covers
// day applied. Days before the rules' earliest date are refused, and so are rules that are not sound
// on day (the problems `rules check` reports, without their lines: LoadRules never returns such
// rules, so this only refuses rules built or changed in code).
func (r *Rules) At(day time.Time) (*Rules, error) {
	day = Day(day)
	if day.Before(r.Earliest) {
		return nil, errorf("err_rules_start_on_earlier", r.File, r.Earliest.Format(time.DateOnly), day.Format(time.DateOnly), r.Earliest.Format(time.DateOnly))
	}
	out := r.state(day, -1)
	if ps := r.problemsOn(day, out, nil); len(ps) > 0 {
		return nil, ps
	}
	return out, nil
}

// state returns the rules in force on day, leaving out history period skip (-1: none).
func (r *Rules) state(day time.Time, skip int) *Rules {
	out := *r
	out.at = day
	out.FSW.Funds, out.FSW.FundsKnown = FundsTable{}, false
	for _, t := range r.FSW.FundsTables {
		if !day.Before(t.From) {
			out.FSW.Funds, out.FSW.FundsKnown = t, true
			break
		}
	}
	var fields map[string]scalar
	for i, p := range r.History {
		if i == skip || !p.covers(day) {
			continue
		}
		if fields == nil {
			fields = out.scalars()
		}
		for k, v := range p.Set {
			if f, ok := fields[k]; ok {
				*f.p = v
			}
		}
	}
	return &out
}

// covers reports whether the period is in force on day.
func (p *Period) covers(day time.Time) bool {
	return !day.Before(p.From) && (p.Until.IsZero() || !day.After(p.Until))
}

// Date is the day the rules are for (from At), or the zero time for rules as read from the file.
func (r *Rules) Date() time.Time { return r.at }

// ChartFor returns the equivalency chart for a test taken on date (zero: the current chart).
func (r *Rules) ChartFor(test string, date time.Time) (*Chart, error) {
	charts := r.Charts[test]
	if len(charts) == 0 {
		return nil, errorf("err_test_one", q(test), strings.Join(r.TestNames(), ", "))
	}
	if date.IsZero() {
		for _, c := range charts {
			if c.ValidUntil.IsZero() {
				return c, nil
			}
		}
		return charts[len(charts)-1], nil
	}
	for _, c := range charts {
		if !c.ValidFrom.IsZero() && date.Before(c.ValidFrom) {
			continue
		}
		if !c.ValidUntil.IsZero() && date.After(c.ValidUntil) {
			continue
		}
		return c, nil
	}
	earliest := charts[0].ValidFrom
	for _, c := range charts {
		if c.ValidFrom.Before(earliest) {
			earliest = c.ValidFrom
		}
	}
	return nil, errorf("err_test_taken_results_count", q(test), date.Format("2006-01-02"), charts[0].Name, earliest.Format("2006-01-02"))
}

// TestNames lists the language tests the rules know, sorted.
func (r *Rules) TestNames() []string {
	names := make([]string, 0, len(r.Charts))
	for n := range r.Charts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func maxOf(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
