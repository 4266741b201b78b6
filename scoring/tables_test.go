package scoring

// IRCC's tables, row by row, checked through the engine.
//
// Every expected value in this file is transcribed by hand from the reference tables
// (/work/shared/reference/crs-rules.md and eligibility.md, cited by section), never from rules.toml,
// and every check goes through the engine: a Profile that isolates one factor, scored by Assess with
// the default rules in force on a day, and the points of the line for that factor. A wrong number in
// rules.toml or a wrong shape in the engine makes a row fail, and the failure names the table.

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// tblToday is the day the current tables are checked on: the reference's values were "unchanged as
// of late August 2026" (crs-rules.md, header).
var tblToday = time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)

func tblDate(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// tblFile is the default rules file as read, with its history.
func tblFile(t testing.TB) *Rules {
	t.Helper()
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRules("rules.toml", data)
	if err != nil {
		t.Fatalf("the default rules do not load:\n%v", err)
	}
	return r
}

// tblRulesOn is the default rules in force on a day.
func tblRulesOn(t testing.TB, on time.Time) *Rules {
	t.Helper()
	r, err := tblFile(t).At(on)
	if err != nil {
		t.Fatalf("rules on %s: %v", on.Format(time.DateOnly), err)
	}
	return r
}

// tblColumn is one of IRCC's two columns: with an accompanying spouse or common-law partner, or
// without.
type tblColumn struct {
	name   string
	spouse bool
}

var tblColumns = []tblColumn{{"with spouse", true}, {"without spouse", false}}

// tblAbilities are the four abilities in the order the reference's charts list them.
var tblAbilities = []Ability{Reading, Writing, Listening, Speaking}

// tblNothing is a profile that earns no CRS point at all (age 17, less than secondary school, no
// language result, no work, nothing additional), in the column asked for, so that a test can switch
// on the one factor it checks.
func tblNothing(spouse bool) Profile {
	p := NewProfile()
	p.Applicant.Age = 17
	if spouse {
		p.Applicant.MaritalStatus = Married
		p.Applicant.SpouseAccompanying = true
	}
	return p
}

// tblEligible is a candidate who meets the FSW minimums with a grid of 68 (language 24, bachelor's
// 21, 3 years abroad 11, age 30 12) and more than enough funds; tests change one answer.
func tblEligible() Profile {
	p := NewProfile()
	a := &p.Applicant
	a.Age = 30
	a.Education = Bachelors
	a.ForeignWorkYears = 3
	a.TEER = 1
	a.SettlementFunds = 1_000_000
	a.FirstLanguage = tblAll("clb", 9)
	return p
}

// tblLang is a result with the scores in the order of the reference's charts: reading, writing,
// listening, speaking.
func tblLang(test string, reading, writing, listening, speaking float64) Language {
	l := Language{Test: test}
	l.Scores[Reading], l.Scores[Writing], l.Scores[Listening], l.Scores[Speaking] = reading, writing, listening, speaking
	return l
}

// tblAll is a result with the same score in all four abilities.
func tblAll(test string, v float64) Language { return tblLang(test, v, v, v, v) }

// tblOne is a result with ability a at v and the other three at rest.
func tblOne(test string, a Ability, v, rest float64) Language {
	l := tblAll(test, rest)
	l.Scores[a] = v
	return l
}

func tblDump(a *Assessment) string {
	var b strings.Builder
	for _, l := range a.CRS.Lines() {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	for i := range a.Programs {
		p := &a.Programs[i]
		for _, g := range p.Grid() {
			fmt.Fprintf(&b, "  %s grid: %s\n", p.ID.Acronym(), g)
		}
		for _, r := range p.Reasons() {
			fmt.Fprintf(&b, "  %s: %s\n", p.ID.Acronym(), r)
		}
	}
	return b.String()
}

// tblLine is the line of a factor (and ability, for language lines); the test stops when the score
// has none.
func tblLine(t *testing.T, a *Assessment, f Factor, ab Ability) Line {
	t.Helper()
	l, ok := a.CRS.Line(f, ab)
	if !ok {
		t.Fatalf("the score has no %s line:\n%s", f.Key(), tblDump(a))
	}
	return l
}

// tblPoints is the points of a factor's line, 0 when the score has no such line.
func tblPoints(a *Assessment, f Factor, ab Ability) int {
	l, _ := a.CRS.Line(f, ab)
	return l.Points
}

// tblSum adds up the points of every line of the given factors (all four abilities of a language).
func tblSum(a *Assessment, fs ...Factor) int {
	n := 0
	for _, l := range a.CRS.Lines() {
		for _, f := range fs {
			if l.Factor == f {
				n += l.Points
			}
		}
	}
	return n
}

// tblGrid is the points of an FSW grid line, 0 when there is none.
func tblGrid(a *Assessment, f GridFactor) int {
	for _, g := range a.Program(FSW).Grid() {
		if g.Factor == f {
			return g.Points
		}
	}
	return 0
}

// tblReasons lists a program's reasons with one code.
func tblReasons(p *Program, code ReasonCode) []Reason {
	var out []Reason
	for _, r := range p.Reasons() {
		if r.Code == code {
			out = append(out, r)
		}
	}
	return out
}

// ---------------------------------------------------------------------------------------------------
// CRS, A. Core / human capital (crs-rules.md §1.2 to §1.6)
// ---------------------------------------------------------------------------------------------------

// crs-rules.md §1.2 Age: | Age (years) | With spouse | Without spouse |
var tblCRSAge = []struct{ age, with, without int }{
	{17, 0, 0}, // 17 or less
	{18, 90, 99},
	{19, 95, 105},
	{20, 100, 110},
	{21, 100, 110},
	{22, 100, 110},
	{23, 100, 110},
	{24, 100, 110},
	{25, 100, 110},
	{26, 100, 110},
	{27, 100, 110},
	{28, 100, 110},
	{29, 100, 110},
	{30, 95, 105},
	{31, 90, 99},
	{32, 85, 94},
	{33, 80, 88},
	{34, 75, 83},
	{35, 70, 77},
	{36, 65, 72},
	{37, 60, 66},
	{38, 55, 61},
	{39, 50, 55},
	{40, 45, 50},
	{41, 35, 39},
	{42, 25, 28},
	{43, 15, 17},
	{44, 5, 6},
	{45, 0, 0}, // 45 or more
}

func TestAgePointsEveryRowBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	rows := append([]struct{ age, with, without int }{}, tblCRSAge...)
	// "17 or less" and "45 or more" are open rows: a few ages beyond each end.
	rows = append(rows,
		struct{ age, with, without int }{0, 0, 0},
		struct{ age, with, without int }{16, 0, 0},
		struct{ age, with, without int }{46, 0, 0},
		struct{ age, with, without int }{50, 0, 0},
		struct{ age, with, without int }{70, 0, 0})
	for _, row := range rows {
		for _, col := range tblColumns {
			want := row.without
			if col.spouse {
				want = row.with
			}
			t.Run(fmt.Sprintf("age %d %s", row.age, col.name), func(t *testing.T) {
				p := tblNothing(col.spouse)
				p.Applicant.Age = row.age
				a := Assess(r, &p, tblToday)
				l := tblLine(t, &a, FactorAge, 0)
				if l.Level != row.age || l.Points != want {
					t.Errorf("age %d %s: line %q, IRCC's table says %d points (crs-rules.md §1.2)", row.age, col.name, l, want)
				}
				if a.CRS.Core != want {
					t.Errorf("core = %d, want the age points %d alone", a.CRS.Core, want)
				}
			})
		}
	}
}

func TestAgeFromBirthDateChangesOnTheBirthdayNotTheDayBefore(t *testing.T) {
	cases := []struct {
		born, on      string
		age           int
		with, without int // CRS, crs-rules.md §1.2
		fsw           int // FSW grid, eligibility.md §1.2 factor 4
		what          string
	}{
		{"2008-08-20", "2026-08-19", 17, 0, 0, 0, "day before the 18th birthday"},
		{"2008-08-20", "2026-08-20", 18, 90, 99, 12, "18th birthday"},
		{"1996-08-20", "2026-08-19", 29, 100, 110, 12, "day before the 30th birthday"},
		{"1996-08-20", "2026-08-20", 30, 95, 105, 12, "30th birthday"},
		{"1990-08-20", "2026-08-19", 35, 70, 77, 12, "day before the 36th birthday"},
		{"1990-08-20", "2026-08-20", 36, 65, 72, 11, "36th birthday"},
		{"1981-08-20", "2026-08-19", 44, 5, 6, 3, "day before the 45th birthday"},
		{"1981-08-20", "2026-08-20", 45, 0, 0, 2, "45th birthday"},
		{"1996-02-29", "2026-02-28", 29, 100, 110, 12, "born February 29, on February 28 of a common year"},
		{"1996-02-29", "2026-03-01", 30, 95, 105, 12, "born February 29, on March 1 of a common year"},
		{"1996-02-29", "2028-02-29", 32, 85, 94, 12, "born February 29, on February 29 of a leap year"},
	}
	for _, c := range cases {
		for _, col := range tblColumns {
			t.Run(c.what+" "+col.name, func(t *testing.T) {
				on := tblDate(c.on)
				r := tblRulesOn(t, on)
				p := tblNothing(col.spouse)
				p.Applicant.BirthDate = tblDate(c.born)
				a := Assess(r, &p, on)
				want := c.without
				if col.spouse {
					want = c.with
				}
				if a.Age != c.age {
					t.Errorf("born %s, on %s: age %d, want %d", c.born, c.on, a.Age, c.age)
				}
				if got := tblLine(t, &a, FactorAge, 0).Points; got != want {
					t.Errorf("born %s, on %s (%s): CRS age points %d, want %d", c.born, c.on, col.name, got, want)
				}
				if got := tblGrid(&a, GridAge); got != c.fsw {
					t.Errorf("born %s, on %s: FSW age points %d, want %d", c.born, c.on, got, c.fsw)
				}
			})
		}
	}
	// The same through a profile file, where birth_date is the preferred answer.
	for _, c := range []struct {
		on   string
		want int
	}{{"2026-08-19", 110}, {"2026-08-20", 105}} {
		t.Run("profile file on "+c.on, func(t *testing.T) {
			on := tblDate(c.on)
			r := tblRulesOn(t, on)
			p, err := ReadProfile(r, "born.toml", []byte("[applicant]\nbirth_date = 1996-08-20\nmarital_status = \"single\"\neducation = \"none\"\n"))
			if err != nil {
				t.Fatal(err)
			}
			a := Assess(r, &p, on)
			if got := tblLine(t, &a, FactorAge, 0).Points; got != c.want {
				t.Errorf("birth_date 1996-08-20 on %s: age points %d, want %d", c.on, got, c.want)
			}
		})
	}
}

// crs-rules.md §1.3 Level of education: | Level | With spouse | Without spouse |
var tblCRSEducation = [NumEducation]struct{ with, without int }{
	EducationNone: {0, 0},     // Less than secondary school (high school)
	Secondary:     {28, 30},   // Secondary diploma (high school graduation)
	OneYear:       {84, 90},   // One-year degree, diploma or certificate
	TwoYear:       {91, 98},   // Two-year program
	Bachelors:     {112, 120}, // Bachelor's degree OR a three or more year program
	TwoOrMore:     {119, 128}, // Two or more certificates, diplomas, or degrees, one of 3+ years
	Masters:       {126, 135}, // Master's degree, OR professional degree for a licensed profession
	Doctoral:      {140, 150}, // Doctoral level university degree (PhD)
}

func TestEducationPointsEveryLevelBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for e, row := range tblCRSEducation {
		for _, col := range tblColumns {
			want := row.without
			if col.spouse {
				want = row.with
			}
			t.Run(Education(e).String()+" "+col.name, func(t *testing.T) {
				p := tblNothing(col.spouse)
				p.Applicant.Education = Education(e)
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorEducation, 0).Points; got != want {
					t.Errorf("%s (%s): %d points, IRCC's table says %d (crs-rules.md §1.3)", Education(e).Title(), col.name, got, want)
				}
			})
		}
	}
}

// tblLevelRow is a row of a table by CLB level: levels lo to hi inclusive.
type tblLevelRow struct {
	lo, hi        int
	with, without int
}

// tblExpand gives the points of every CLB level 0 to 12 from rows that cover them.
func tblExpand(rows []tblLevelRow) [13]tblLevelRow {
	var out [13]tblLevelRow
	for _, row := range rows {
		for clb := row.lo; clb <= row.hi; clb++ {
			out[clb] = tblLevelRow{clb, clb, row.with, row.without}
		}
	}
	return out
}

// crs-rules.md §1.4 First official language, per ability: | CLB level | With spouse | Without spouse |
// (CLB 12 is the highest level a "clb" or "nclc" result can type.)
var tblCRSFirstLanguage = tblExpand([]tblLevelRow{
	{0, 3, 0, 0},     // Less than CLB 4
	{4, 5, 6, 6},     // CLB 4 or 5
	{6, 6, 8, 9},     // CLB 6
	{7, 7, 16, 17},   // CLB 7
	{8, 8, 22, 23},   // CLB 8
	{9, 9, 29, 31},   // CLB 9
	{10, 12, 32, 34}, // CLB 10 or more
})

func TestFirstLanguagePointsEveryCLBEveryAbilityBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, test := range []string{"clb", "nclc"} {
		for clb, row := range tblCRSFirstLanguage {
			for _, ab := range tblAbilities {
				for _, col := range tblColumns {
					want := row.without
					if col.spouse {
						want = row.with
					}
					t.Run(fmt.Sprintf("%s %d %s %s", test, clb, ab, col.name), func(t *testing.T) {
						p := tblNothing(col.spouse)
						p.Applicant.FirstLanguage = tblOne(test, ab, float64(clb), 0)
						a := Assess(r, &p, tblToday)
						l := tblLine(t, &a, FactorFirstLanguage, ab)
						if l.Points != want {
							t.Errorf("%s %s %d (%s): %d points, IRCC's table says %d (crs-rules.md §1.4)", ab, test, clb, col.name, l.Points, want)
						}
						if wantLevel := min(clb, 10); l.Level != wantLevel {
							t.Errorf("%s %s %d: line level %d, want %d", ab, test, clb, l.Level, wantLevel)
						}
						// The other three abilities are at 0: only this ability scores.
						if got := tblSum(&a, FactorFirstLanguage); got != want {
							t.Errorf("first language lines add up to %d, want %d from %s alone:\n%s", got, want, ab, tblDump(&a))
						}
					})
				}
			}
		}
	}
}

// crs-rules.md §1.5 Second official language, per ability: | CLB level | With spouse | Without spouse |
var tblCRSSecondLanguage = tblExpand([]tblLevelRow{
	{0, 4, 0, 0},  // CLB 4 or less
	{5, 6, 1, 1},  // CLB 5 or 6
	{7, 8, 3, 3},  // CLB 7 or 8
	{9, 12, 6, 6}, // CLB 9 or more
})

// crs-rules.md §1.5: "Combined cap | 22 | 24".
const (
	tblSecondCapWith    = 22
	tblSecondCapWithout = 24
)

func TestSecondLanguagePointsEveryCLBEveryAbilityBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for clb, row := range tblCRSSecondLanguage {
		for _, ab := range tblAbilities {
			for _, col := range tblColumns {
				want := row.without
				if col.spouse {
					want = row.with
				}
				t.Run(fmt.Sprintf("NCLC %d %s %s", clb, ab, col.name), func(t *testing.T) {
					p := tblNothing(col.spouse)
					p.Applicant.FirstLanguage = tblAll("clb", 7)
					p.Applicant.SecondLanguage = tblOne("nclc", ab, float64(clb), 0)
					a := Assess(r, &p, tblToday)
					if got := tblLine(t, &a, FactorSecondLanguage, ab).Points; got != want {
						t.Errorf("second language %s NCLC %d (%s): %d points, IRCC's table says %d (crs-rules.md §1.5)", ab, clb, col.name, got, want)
					}
					if got := tblSum(&a, FactorSecondLanguage, FactorSecondLanguageCap); got != want {
						t.Errorf("second language lines add up to %d, want %d from %s alone:\n%s", got, want, ab, tblDump(&a))
					}
				})
			}
		}
	}
}

// tblSecondCapCases are second-language results and what they add to core, before and after the cap.
var tblSecondCapCases = []struct {
	name        string
	second      Language
	sum         int // 4 abilities by the table
	with, after int // after the cap: with spouse, without
}{
	{"NCLC 9 on all four", tblAll("nclc", 9), 24, 22, 24},
	{"NCLC 12 on all four", tblAll("nclc", 12), 24, 22, 24},
	{"NCLC 9 on three and 8", tblLang("nclc", 9, 9, 9, 8), 21, 21, 21},
	{"NCLC 7 on all four", tblAll("nclc", 7), 12, 12, 12},
	{"NCLC 5 on all four", tblAll("nclc", 5), 4, 4, 4},
}

func testSecondLanguageCap(t *testing.T, spouse bool, limit int) {
	r := tblRulesOn(t, tblToday)
	for _, c := range tblSecondCapCases {
		want := c.after
		if spouse {
			want = c.with
		}
		t.Run(c.name, func(t *testing.T) {
			p := tblNothing(spouse)
			p.Applicant.FirstLanguage = tblAll("clb", 0) // 0 points: core is the second language alone
			p.Applicant.SecondLanguage = c.second
			a := Assess(r, &p, tblToday)
			if got := tblSum(&a, FactorSecondLanguage); got != c.sum {
				t.Errorf("the four second-language lines add up to %d, want %d", got, c.sum)
			}
			capLine, capped := a.CRS.Line(FactorSecondLanguageCap, 0)
			switch {
			case c.sum > limit && !capped:
				t.Errorf("%d second-language points and no cap line; the cap is %d (crs-rules.md §1.5)", c.sum, limit)
			case c.sum > limit && (capLine.Cap != limit || capLine.Points != limit-c.sum):
				t.Errorf("cap line %q: want cap %d, points %d", capLine, limit, limit-c.sum)
			case c.sum <= limit && capped:
				t.Errorf("%d second-language points are within the cap %d, but there is a cap line %q", c.sum, limit, capLine)
			}
			if a.CRS.Core != want {
				t.Errorf("core = %d, want %d (second language alone, capped at %d)", a.CRS.Core, want, limit)
			}
		})
	}
}

func TestSecondLanguageCappedAt22WithSpouse(t *testing.T) {
	testSecondLanguageCap(t, true, tblSecondCapWith)
}

func TestSecondLanguageCappedAt24WithoutSpouse(t *testing.T) {
	testSecondLanguageCap(t, false, tblSecondCapWithout)
}

// crs-rules.md §1.6 Canadian work experience: | Years | With spouse | Without spouse |
var tblCRSCanadianWork = []struct{ years, with, without int }{
	{0, 0, 0}, // None or less than a year
	{1, 35, 40},
	{2, 46, 53},
	{3, 56, 64},
	{4, 63, 72},
	{5, 70, 80}, // 5 years or more
	{6, 70, 80},
	{10, 70, 80},
}

func TestCanadianWorkPointsEveryRowBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, row := range tblCRSCanadianWork {
		for _, col := range tblColumns {
			want := row.without
			if col.spouse {
				want = row.with
			}
			t.Run(fmt.Sprintf("%d years %s", row.years, col.name), func(t *testing.T) {
				p := tblNothing(col.spouse)
				p.Applicant.CanadianWorkYears = row.years
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorCanadianWork, 0).Points; got != want {
					t.Errorf("%d years of Canadian work (%s): %d points, IRCC's table says %d (crs-rules.md §1.6)", row.years, col.name, got, want)
				}
			})
		}
	}
}

// ---------------------------------------------------------------------------------------------------
// CRS, B. Spouse or common-law partner (crs-rules.md §1.7)
// ---------------------------------------------------------------------------------------------------

// crs-rules.md §1.7 Spouse's level of education: | Level | Points |
var tblSpouseEducation = [NumEducation]int{
	EducationNone: 0,  // Less than secondary school
	Secondary:     2,  // Secondary school (high school graduation)
	OneYear:       6,  // One-year program
	TwoYear:       7,  // Two-year program
	Bachelors:     8,  // Bachelor's OR three-or-more-year program
	TwoOrMore:     9,  // Two or more credentials, one of three or more years
	Masters:       10, // Master's or entry-to-practice professional degree
	Doctoral:      10, // Doctoral (PhD)
}

// crs-rules.md §1.7 Spouse's first official language, per ability: | CLB level | Points |
var tblSpouseLanguage = tblExpand([]tblLevelRow{
	{0, 4, 0, 0},  // CLB 4 or less
	{5, 6, 1, 1},  // CLB 5 or 6
	{7, 8, 3, 3},  // CLB 7 or 8
	{9, 12, 5, 5}, // CLB 9 or more
})

// crs-rules.md §1.7 Spouse's Canadian work experience: | Years | Points |
var tblSpouseCanadianWork = []struct{ years, points int }{
	{0, 0}, // None or less than a year
	{1, 5},
	{2, 7},
	{3, 8},
	{4, 9},
	{5, 10}, // 5 years or more
	{6, 10},
	{10, 10},
}

func TestSpouseEducationPointsEveryLevel(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for e, want := range tblSpouseEducation {
		t.Run(Education(e).String(), func(t *testing.T) {
			p := tblNothing(true)
			p.Spouse.Education = Education(e)
			a := Assess(r, &p, tblToday)
			if got := tblLine(t, &a, FactorSpouseEducation, 0).Points; got != want {
				t.Errorf("spouse's %s: %d points, IRCC's table says %d (crs-rules.md §1.7)", Education(e).Title(), got, want)
			}
			if a.CRS.Spouse != want {
				t.Errorf("spouse section = %d, want %d (education alone)", a.CRS.Spouse, want)
			}
		})
	}
}

func TestSpouseLanguagePointsEveryCLBEveryAbility(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for clb, row := range tblSpouseLanguage {
		for _, ab := range tblAbilities {
			t.Run(fmt.Sprintf("CLB %d %s", clb, ab), func(t *testing.T) {
				p := tblNothing(true)
				p.Spouse.Language = tblOne("clb", ab, float64(clb), 0)
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorSpouseLanguage, ab).Points; got != row.with {
					t.Errorf("spouse's %s CLB %d: %d points, IRCC's table says %d (crs-rules.md §1.7)", ab, clb, got, row.with)
				}
				if a.CRS.Spouse != row.with {
					t.Errorf("spouse section = %d, want %d from %s alone:\n%s", a.CRS.Spouse, row.with, ab, tblDump(&a))
				}
			})
		}
	}
}

func TestSpouseCanadianWorkPointsEveryRow(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, row := range tblSpouseCanadianWork {
		t.Run(fmt.Sprintf("%d years", row.years), func(t *testing.T) {
			p := tblNothing(true)
			p.Spouse.CanadianWorkYears = row.years
			a := Assess(r, &p, tblToday)
			if got := tblLine(t, &a, FactorSpouseCanadianWork, 0).Points; got != row.points {
				t.Errorf("spouse's %d years of Canadian work: %d points, IRCC's table says %d (crs-rules.md §1.7)", row.years, got, row.points)
			}
		})
	}
}

func TestSpouseFactorsAddUpTo40(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	p := tblNothing(true)
	p.Spouse = Spouse{Education: Doctoral, CanadianWorkYears: 5, Language: tblAll("clb", 10)}
	a := Assess(r, &p, tblToday)
	// crs-rules.md §1.7: education 10 + language 4 x 5 = 20 + Canadian work 10 = 40 (B max 40, §1.0).
	if a.CRS.Spouse != 40 {
		t.Errorf("spouse section = %d, want 40:\n%s", a.CRS.Spouse, tblDump(&a))
	}
}

// crs-rules.md §1.0: "You score as if you have no spouse or partner when the spouse or partner is not
// coming with you, or is already a Canadian citizen or permanent resident."
func TestSpouseCountsOnlyWhenComingAndNotCanadian(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name                string
		status              MaritalStatus
		accompanying, canad bool
		with                bool
	}{
		{"single", Single, false, false, false},
		{"married, spouse coming", Married, true, false, true},
		{"common-law, partner coming", CommonLaw, true, false, true},
		{"married, spouse not coming", Married, false, false, false},
		{"married, spouse a citizen or PR", Married, true, true, false},
		{"common-law, partner a citizen or PR", CommonLaw, true, true, false},
		{"divorced", Divorced, false, false, false},
		{"separated", Separated, false, false, false},
		{"widowed", Widowed, false, false, false},
		{"annulled", Annulled, false, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblNothing(false)
			p.Applicant.Age = 30
			p.Applicant.MaritalStatus = c.status
			p.Applicant.SpouseAccompanying = c.accompanying
			p.Applicant.SpouseCanadian = c.canad
			p.Spouse = Spouse{Education: Masters}
			a := Assess(r, &p, tblToday)
			// Age 30: 95 with a spouse, 105 without (crs-rules.md §1.2); spouse's master's: 10 (§1.7).
			wantAge, wantSpouse := 105, 0
			if c.with {
				wantAge, wantSpouse = 95, 10
			}
			if a.CRS.WithSpouse != c.with {
				t.Errorf("WithSpouse = %v, want %v", a.CRS.WithSpouse, c.with)
			}
			if got := tblLine(t, &a, FactorAge, 0).Points; got != wantAge {
				t.Errorf("age 30: %d points, want %d", got, wantAge)
			}
			if a.CRS.Spouse != wantSpouse {
				t.Errorf("spouse section = %d, want %d", a.CRS.Spouse, wantSpouse)
			}
			if _, ok := a.CRS.Line(FactorSpouseEducation, 0); ok != c.with {
				t.Errorf("spouse education line present = %v, want %v", ok, c.with)
			}
		})
	}
}

// ---------------------------------------------------------------------------------------------------
// CRS, C. Skill transferability (crs-rules.md §1.8)
// ---------------------------------------------------------------------------------------------------

// tblGridColumn is a column of a transferability grid: -1 for no column (0 points).
type tblGridColumn int

// tblTransferLanguage are first-language results and the column they fall in, by §1.8: "CLB 7+ (one
// or more under 9)" means CLB 7 or more on all four with at least one under 9 (column 0); "CLB 9+
// all" means CLB 9 or more on all four (column 1).
var tblTransferLanguage = []struct {
	name string
	lang Language
	col  tblGridColumn
}{
	{"no result", Language{}, -1},
	{"CLB 6 on all four", tblAll("clb", 6), -1},
	{"CLB 9 but writing 6", tblLang("clb", 9, 6, 9, 9), -1},
	{"CLB 7 on all four", tblAll("clb", 7), 0},
	{"CLB 10 but speaking 7", tblLang("clb", 10, 10, 10, 7), 0},
	{"CLB 9 but listening 8", tblLang("clb", 9, 9, 8, 9), 0},
	{"CLB 9 on all four", tblAll("clb", 9), 1},
	{"CLB 10 12 9 11", tblLang("clb", 10, 12, 9, 11), 1},
	{"NCLC 9 on all four, French first", tblAll("nclc", 9), 1},
}

// crs-rules.md §1.8 C1 Education + official language: | Education | CLB 7+ (one or more under 9) |
// CLB 9+ all |, with the reference's rows spread over the engine's levels.
var tblC1 = [NumEducation][2]int{
	EducationNone: {0, 0},   // Secondary school credential or less
	Secondary:     {0, 0},   // Secondary school credential or less
	OneYear:       {13, 25}, // Post-secondary program credential of one year or longer
	TwoYear:       {13, 25}, // Post-secondary program credential of one year or longer
	Bachelors:     {13, 25}, // Post-secondary program credential of one year or longer
	TwoOrMore:     {25, 50}, // Two or more post-secondary credentials, one of three years or longer
	Masters:       {25, 50}, // Master's, or entry-to-practice professional degree (TEER 1)
	Doctoral:      {25, 50}, // Doctoral
}

// crs-rules.md §1.8 C2 Education + Canadian work experience: | Education | 1 year | 2 years or more |
var tblC2 = [NumEducation][2]int{
	EducationNone: {0, 0},   // Secondary school credential or less
	Secondary:     {0, 0},   // Secondary school credential or less
	OneYear:       {13, 25}, // Post-secondary credential of one year or longer
	TwoYear:       {13, 25}, // Post-secondary credential of one year or longer
	Bachelors:     {13, 25}, // Post-secondary credential of one year or longer
	TwoOrMore:     {25, 50}, // Two or more credentials (one of three or more years)
	Masters:       {25, 50}, // Master's / entry-to-practice professional degree
	Doctoral:      {25, 50}, // Doctoral
}

// tblForeignRow is the row of C3 and C4 for years of foreign work: | None | 1 or 2 years | 3 years
// or more |.
func tblForeignRow(years int) [2]int {
	switch {
	case years >= 3:
		return [2]int{25, 50} // 3 years or more
	case years >= 1:
		return [2]int{13, 25} // 1 or 2 years
	}
	return [2]int{0, 0} // None
}

// tblCanadianColumn is the column of C2 and C4 for years of Canadian work: 1 year, 2 years or more.
func tblCanadianColumn(years int) tblGridColumn {
	switch {
	case years >= 2:
		return 1
	case years >= 1:
		return 0
	}
	return -1
}

func (c tblGridColumn) of(row [2]int) int {
	if c < 0 {
		return 0
	}
	return row[c]
}

func TestEducationPlusLanguageEveryCell(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for e, row := range tblC1 {
		for _, lang := range tblTransferLanguage {
			want := lang.col.of(row)
			t.Run(Education(e).String()+" "+lang.name, func(t *testing.T) {
				p := tblNothing(false)
				p.Applicant.Education = Education(e)
				p.Applicant.FirstLanguage = lang.lang
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorEducationLanguage, 0).Points; got != want {
					t.Errorf("%s with %s: %d points, IRCC's grid says %d (crs-rules.md §1.8 C1)", Education(e).Title(), lang.name, got, want)
				}
			})
		}
	}
}

func TestEducationPlusCanadianWorkEveryCell(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for e, row := range tblC2 {
		for _, years := range []int{0, 1, 2, 3, 5, 10} {
			want := tblCanadianColumn(years).of(row)
			t.Run(fmt.Sprintf("%s %d years in Canada", Education(e), years), func(t *testing.T) {
				p := tblNothing(false)
				p.Applicant.Education = Education(e)
				p.Applicant.CanadianWorkYears = years
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorEducationCanadianWork, 0).Points; got != want {
					t.Errorf("%s with %d years of Canadian work: %d points, IRCC's grid says %d (crs-rules.md §1.8 C2)", Education(e).Title(), years, got, want)
				}
			})
		}
	}
}

func TestForeignWorkPlusLanguageEveryCell(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, foreign := range []int{0, 1, 2, 3, 4, 10} {
		for _, lang := range tblTransferLanguage {
			want := lang.col.of(tblForeignRow(foreign))
			t.Run(fmt.Sprintf("%d years abroad %s", foreign, lang.name), func(t *testing.T) {
				p := tblNothing(false)
				p.Applicant.ForeignWorkYears = foreign
				p.Applicant.FirstLanguage = lang.lang
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorForeignLanguage, 0).Points; got != want {
					t.Errorf("%d years of foreign work with %s: %d points, IRCC's grid says %d (crs-rules.md §1.8 C3)", foreign, lang.name, got, want)
				}
			})
		}
	}
}

func TestForeignWorkPlusCanadianWorkEveryCell(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, foreign := range []int{0, 1, 2, 3, 4, 10} {
		for _, canadian := range []int{0, 1, 2, 3, 5} {
			want := tblCanadianColumn(canadian).of(tblForeignRow(foreign))
			t.Run(fmt.Sprintf("%d years abroad %d in Canada", foreign, canadian), func(t *testing.T) {
				p := tblNothing(false)
				p.Applicant.ForeignWorkYears = foreign
				p.Applicant.CanadianWorkYears = canadian
				a := Assess(r, &p, tblToday)
				if got := tblLine(t, &a, FactorForeignCanadianWork, 0).Points; got != want {
					t.Errorf("%d years abroad, %d in Canada: %d points, IRCC's grid says %d (crs-rules.md §1.8 C4)", foreign, canadian, got, want)
				}
			})
		}
	}
}

// crs-rules.md §1.8 C5 Certificate of qualification + official language: | CLB 5+ on all, one or
// more under CLB 7 | CLB 7+ on all four | = | 25 | 50 |. (The reference marks these cells as not
// independently re-verified.)
func TestCertificatePlusLanguageEveryCell(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name string
		lang Language
		want int
	}{
		{"no result", Language{}, 0},
		{"CLB 4 on all four", tblAll("clb", 4), 0},
		{"CLB 10 but writing 4", tblLang("clb", 10, 4, 10, 10), 0},
		{"CLB 5 on all four", tblAll("clb", 5), 25},
		{"CLB 7 but reading 5", tblLang("clb", 5, 7, 7, 7), 25},
		{"CLB 9 but speaking 6", tblLang("clb", 9, 9, 9, 6), 25},
		{"CLB 7 on all four", tblAll("clb", 7), 50},
		{"CLB 10 on all four", tblAll("clb", 10), 50},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblNothing(false)
			p.Applicant.Certificate = true
			p.Applicant.FirstLanguage = c.lang
			a := Assess(r, &p, tblToday)
			if got := tblLine(t, &a, FactorCertificate, 0).Points; got != c.want {
				t.Errorf("certificate of qualification with %s: %d points, IRCC's grid says %d (crs-rules.md §1.8 C5)", c.name, got, c.want)
			}
		})
	}
	t.Run("no certificate", func(t *testing.T) {
		p := tblNothing(false)
		p.Applicant.FirstLanguage = tblAll("clb", 10)
		a := Assess(r, &p, tblToday)
		if got := tblPoints(&a, FactorCertificate, 0); got != 0 {
			t.Errorf("no certificate of qualification, CLB 10: %d points, want 0", got)
		}
	})
}

// crs-rules.md §1.8: "Education group ... max 50. Foreign work experience group ... max 50. Certificate
// of qualification ... max 50. Total max 100."
func TestTransferabilityGroupsCappedAt50AndSectionAt100(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name              string
		edu               Education
		canadian, foreign int
		lang              Language
		cert              bool
		// What the reference gives: each group after its cap, and the section after its cap.
		eduGroup, foreignGroup, certGroup, total int
	}{
		// 13 + 13 = 26: under the cap.
		{"bachelor's, CLB 7, 1 year in Canada", Bachelors, 1, 0, tblAll("clb", 7), false, 26, 0, 0, 26},
		// 25 + 25 = 50: at the cap, nothing taken off.
		{"master's, CLB 7, 1 year in Canada", Masters, 1, 0, tblAll("clb", 7), false, 50, 0, 0, 50},
		// 25 + 25 = 50.
		{"bachelor's, CLB 9, 2 years in Canada", Bachelors, 2, 0, tblAll("clb", 9), false, 50, 0, 0, 50},
		// 50 + 25 = 75, capped at 50.
		{"two or more, CLB 9, 1 year in Canada", TwoOrMore, 1, 0, tblAll("clb", 9), false, 50, 0, 0, 50},
		// 50 + 50 = 100, capped at 50.
		{"master's, CLB 9, 2 years in Canada", Masters, 2, 0, tblAll("clb", 9), false, 50, 0, 0, 50},
		// Foreign: 13 + 13 = 26.
		{"1 year abroad, CLB 7, 1 year in Canada", EducationNone, 1, 1, tblAll("clb", 7), false, 0, 26, 0, 26},
		// Foreign: 50 + 50 = 100, capped at 50.
		{"3 years abroad, CLB 9, 2 years in Canada", EducationNone, 2, 3, tblAll("clb", 9), false, 0, 50, 0, 50},
		// Education 25 + foreign 13 = 38.
		{"doctoral, 1 year abroad, CLB 7", Doctoral, 0, 1, tblAll("clb", 7), false, 25, 13, 0, 38},
		// Education 50 (cap) + foreign 50 (cap) = 100: exactly the section cap.
		{"doctoral, 3 years abroad, CLB 9, 2 years in Canada", Doctoral, 2, 3, tblAll("clb", 9), false, 50, 50, 0, 100},
		// 50 + 50 + certificate 50 = 150, capped at 100.
		{"doctoral, 3 years abroad, certificate, CLB 9, 2 years in Canada", Doctoral, 2, 3, tblAll("clb", 9), true, 50, 50, 50, 100},
		// Speaking CLB 5: under 7, so no education or foreign work cell; certificate 25.
		{"one-year, 1 year abroad, certificate, CLB 7 but speaking 5", OneYear, 0, 1, tblLang("clb", 7, 7, 7, 5), true, 0, 0, 25, 25},
		// Education 13 + foreign 13 + certificate 50 = 76.
		{"one-year, 2 years abroad, certificate, CLB 7", OneYear, 0, 2, tblAll("clb", 7), true, 13, 13, 50, 76},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblNothing(false)
			ap := &p.Applicant
			ap.Education, ap.CanadianWorkYears, ap.ForeignWorkYears, ap.FirstLanguage, ap.Certificate = c.edu, c.canadian, c.foreign, c.lang, c.cert
			a := Assess(r, &p, tblToday)
			groups := []struct {
				name string
				got  int
				want int
				cap  Factor
			}{
				{"education group", tblSum(&a, FactorEducationLanguage, FactorEducationCanadianWork, FactorEducationGroupCap), c.eduGroup, FactorEducationGroupCap},
				{"foreign work group", tblSum(&a, FactorForeignLanguage, FactorForeignCanadianWork, FactorForeignGroupCap), c.foreignGroup, FactorForeignGroupCap},
				{"certificate group", tblSum(&a, FactorCertificate, FactorCertificateGroupCap), c.certGroup, FactorCertificateGroupCap},
			}
			for _, g := range groups {
				if g.got != g.want {
					t.Errorf("%s = %d, want %d:\n%s", g.name, g.got, g.want, tblDump(&a))
				}
				if l, ok := a.CRS.Line(g.cap, 0); ok && l.Cap != 50 {
					t.Errorf("%s cap line %q: the cap is 50", g.name, l)
				}
			}
			if a.CRS.Transferability != c.total {
				t.Errorf("skill transferability = %d, want %d:\n%s", a.CRS.Transferability, c.total, tblDump(&a))
			}
			sum := c.eduGroup + c.foreignGroup + c.certGroup
			l, capped := a.CRS.Line(FactorTransferabilityCap, 0)
			if capped != (sum > 100) || (capped && (l.Cap != 100 || l.Points != 100-sum)) {
				t.Errorf("groups add up to %d; section cap line %q (present %v), want one only above 100", sum, l, capped)
			}
		})
	}
}

// ---------------------------------------------------------------------------------------------------
// CRS, D. Additional points (crs-rules.md §1.9)
// ---------------------------------------------------------------------------------------------------

func TestAdditionalPointsEveryRowBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name   string
		set    func(a *Applicant)
		factor Factor
		want   int
	}{
		{"provincial or territorial nomination", func(a *Applicant) { a.Nomination = true }, FactorNomination, 600},
		{"brother or sister in Canada", func(a *Applicant) { a.SiblingInCanada = true }, FactorSibling, 15},
		{"Canadian credential of one or two years", func(a *Applicant) {
			a.Education, a.CanadianEducation = TwoYear, CanadianOneOrTwoYear
		}, FactorCanadianStudy, 15},
		{"Canadian credential of three years or longer", func(a *Applicant) {
			a.Education, a.CanadianEducation = Bachelors, CanadianThreeYearOrMore
		}, FactorCanadianStudy, 30},
		{"Canadian master's (three years or longer row)", func(a *Applicant) {
			a.Education, a.CanadianEducation = Masters, CanadianThreeYearOrMore
		}, FactorCanadianStudy, 30},
		{"job offer TEER 0 major group 00: 0 since 2025-03-25", func(a *Applicant) { a.JobOffer = JobOfferMajorGroup00 }, FactorJobOffer, 0},
		{"job offer TEER 1, 2 or 3: 0 since 2025-03-25", func(a *Applicant) { a.JobOffer = JobOfferTEER0to3 }, FactorJobOffer, 0},
		{"job offer TEER 4 or 5", func(a *Applicant) { a.JobOffer = JobOfferTEER4or5 }, FactorJobOffer, 0},
	}
	for _, c := range cases {
		for _, col := range tblColumns {
			t.Run(c.name+" "+col.name, func(t *testing.T) {
				p := tblNothing(col.spouse)
				c.set(&p.Applicant)
				a := Assess(r, &p, tblToday)
				if got := tblPoints(&a, c.factor, 0); got != c.want {
					t.Errorf("%s: %d points, IRCC's table says %d (crs-rules.md §1.9)", c.name, got, c.want)
				}
				if a.CRS.Additional != c.want {
					t.Errorf("additional points = %d, want %d:\n%s", a.CRS.Additional, c.want, tblDump(&a))
				}
			})
		}
	}
	t.Run("nothing additional", func(t *testing.T) {
		p := tblNothing(false)
		a := Assess(r, &p, tblToday)
		if a.CRS.Additional != 0 {
			t.Errorf("additional points = %d, want 0", a.CRS.Additional)
		}
	})
}

// crs-rules.md §1.9: NCLC 7+ on all four French skills and CLB 4 or lower in English (or no English
// test): 25; with CLB 5+ on all four English skills: 50. They do not stack.
func TestFrenchPoints25Or50DependingOnEnglish(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	tef := func(reading, writing, listening, speaking float64) Language {
		l := tblLang("tef", reading, writing, listening, speaking)
		l.Date = tblDate("2026-01-15")
		return l
	}
	type french struct {
		name          string
		first, second Language
		want          int
	}
	cases := []french{
		{"NCLC 7 on all four, no English test", tblAll("nclc", 7), Language{}, 25},
		{"NCLC 7 on all four, English CLB 4 on all four", tblAll("nclc", 7), tblAll("clb", 4), 25},
		{"NCLC 7 on all four, English CLB 5 on all four", tblAll("nclc", 7), tblAll("clb", 5), 50},
		{"NCLC 10 on all four, English CLB 10 on all four", tblAll("nclc", 10), tblAll("clb", 10), 50},
		{"English first CLB 5, French second NCLC 7", tblAll("clb", 5), tblAll("nclc", 7), 50},
		{"English first CLB 4, French second NCLC 9", tblAll("clb", 4), tblAll("nclc", 9), 25},
		{"English only, CLB 10", tblAll("clb", 10), Language{}, 0},
		// TEF Canada at the lowest NCLC 7 scores (eligibility.md §5.4 (a)), IELTS at the lowest
		// CLB 5 bands (§5.1: R 4.0, W 5.0, L 5.0, S 5.0).
		{"TEF NCLC 7 and IELTS CLB 5", tef(434, 428, 434, 456), tblLang("ielts", 4.0, 5.0, 5.0, 5.0), 50},
		{"TEF NCLC 7 and IELTS CLB 5 but reading 3.5", tef(434, 428, 434, 456), tblLang("ielts", 3.5, 5.0, 5.0, 5.0), 25},
		{"TEF speaking 455 (NCLC 6) and IELTS CLB 9", tef(434, 428, 434, 455), tblAll("ielts", 8.0), 0},
	}
	for _, ab := range tblAbilities {
		cases = append(cases,
			french{"NCLC 7, English CLB 5 but " + ab.String() + " 4", tblAll("nclc", 7), tblOne("clb", ab, 4, 5), 25},
			french{"NCLC 7 but " + ab.String() + " 6, English CLB 9", tblOne("nclc", ab, 6, 7), tblAll("clb", 9), 0})
	}
	for _, c := range cases {
		for _, col := range tblColumns {
			t.Run(c.name+" "+col.name, func(t *testing.T) {
				p := tblNothing(col.spouse)
				p.Applicant.FirstLanguage, p.Applicant.SecondLanguage = c.first, c.second
				a := Assess(r, &p, tblToday)
				l, ok := a.CRS.Line(FactorFrench, 0)
				if ok != (c.want > 0) || l.Points != c.want {
					t.Errorf("%s: French line %q (present %v), IRCC's table says %d (crs-rules.md §1.9)", c.name, l, ok, c.want)
				}
				if a.CRS.Additional != c.want {
					t.Errorf("additional points = %d, want %d: the 25 and 50 rows do not stack", a.CRS.Additional, c.want)
				}
			})
		}
	}
}

// crs-rules.md §1.9: "Cap on D | 600"; "a nominee (600) gains nothing from French, sibling or study
// points".
func TestAdditionalPointsCappedAt600(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name       string
		nomination bool
		sum, want  int
	}{
		// 600 + 15 + 50 + 30 = 695, capped at 600.
		{"nominee with sibling, French and English, Canadian degree", true, 695, 600},
		// 15 + 50 + 30 = 95: under the cap.
		{"sibling, French and English, Canadian degree", false, 95, 95},
	}
	for _, c := range cases {
		for _, col := range tblColumns {
			t.Run(c.name+" "+col.name, func(t *testing.T) {
				p := tblNothing(col.spouse)
				ap := &p.Applicant
				ap.Nomination, ap.SiblingInCanada = c.nomination, true
				ap.Education, ap.CanadianEducation = Bachelors, CanadianThreeYearOrMore
				ap.FirstLanguage, ap.SecondLanguage = tblAll("nclc", 7), tblAll("clb", 5)
				a := Assess(r, &p, tblToday)
				if got := tblSum(&a, FactorNomination, FactorJobOffer, FactorSibling, FactorFrench, FactorCanadianStudy); got != c.sum {
					t.Errorf("additional lines add up to %d, want %d:\n%s", got, c.sum, tblDump(&a))
				}
				if a.CRS.Additional != c.want {
					t.Errorf("additional points = %d, want %d", a.CRS.Additional, c.want)
				}
				l, capped := a.CRS.Line(FactorAdditionalCap, 0)
				if capped != (c.sum > 600) || (capped && (l.Cap != 600 || l.Points != 600-c.sum)) {
					t.Errorf("cap line %q (present %v): want one taking off %d", l, capped, c.sum-600)
				}
			})
		}
	}
	t.Run("nominee alone is exactly at the cap", func(t *testing.T) {
		p := tblNothing(false)
		p.Applicant.Nomination = true
		a := Assess(r, &p, tblToday)
		if _, capped := a.CRS.Line(FactorAdditionalCap, 0); capped || a.CRS.Additional != 600 {
			t.Errorf("additional points = %d (cap line %v), want 600 with nothing taken off", a.CRS.Additional, capped)
		}
	})
}

// crs-rules.md §1.0 and §1.1: core 460 with a spouse + spouse 40 = 500 = core without; + skill
// transferability 100 + additional 600 = 1,200 in both columns.
func TestMaximumScoreIs1200InBothColumns(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, col := range tblColumns {
		t.Run(col.name, func(t *testing.T) {
			p := tblNothing(col.spouse)
			ap := &p.Applicant
			ap.Age = 25
			ap.Education, ap.CanadianEducation = Doctoral, CanadianThreeYearOrMore
			ap.FirstLanguage, ap.SecondLanguage = tblAll("clb", 12), tblAll("nclc", 12)
			ap.CanadianWorkYears, ap.ForeignWorkYears, ap.Certificate = 5, 3, true
			ap.Nomination, ap.SiblingInCanada = true, true
			p.Spouse = Spouse{Education: Doctoral, CanadianWorkYears: 5, Language: tblAll("clb", 12)}
			a := Assess(r, &p, tblToday)
			// With: age 100 + education 140 + first 4 x 32 = 128 + second 22 + Canadian work 70 = 460.
			// Without: 110 + 150 + 4 x 34 = 136 + 24 + 80 = 500.
			core, spouse := 500, 0
			if col.spouse {
				core, spouse = 460, 40
			}
			got := [...]int{a.CRS.Core, a.CRS.Spouse, a.CRS.Transferability, a.CRS.Additional, a.CRS.Total}
			want := [...]int{core, spouse, 100, 600, 1200}
			if got != want {
				t.Errorf("A, B, C, D, total = %v, want %v:\n%s", got, want, tblDump(&a))
			}
			if a.CRS.Core+a.CRS.Spouse != 500 {
				t.Errorf("A + B = %d, want 500", a.CRS.Core+a.CRS.Spouse)
			}
		})
	}
}

// ---------------------------------------------------------------------------------------------------
// FSW selection grid (eligibility.md §1.2) and minimums (§1.1)
// ---------------------------------------------------------------------------------------------------

// eligibility.md §1.2 Factor 1, first official language: | Level in the ability | Points per ability |
func tblFSWLanguage(clb int) int {
	switch {
	case clb >= 9:
		return 6 // CLB/NCLC 9 or higher
	case clb == 8:
		return 5
	case clb == 7:
		return 4
	}
	return 0 // below CLB 7: not eligible to apply
}

func TestFSWLanguagePointsPerAbilityAndBelowCLB7NotEligible(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for clb := 0; clb <= 12; clb++ {
		for _, ab := range tblAbilities {
			t.Run(fmt.Sprintf("CLB %d %s", clb, ab), func(t *testing.T) {
				p := tblEligible()
				p.Applicant.FirstLanguage = tblOne("clb", ab, float64(clb), 9)
				a := Assess(r, &p, tblToday)
				want := 3*6 + tblFSWLanguage(clb) // the other three at CLB 9: 6 each
				if got := tblGrid(&a, GridLanguage); got != want {
					t.Errorf("%s CLB %d, others CLB 9: language %d, want %d (eligibility.md §1.2 factor 1)", ab, clb, got, want)
				}
				below := tblReasons(a.Program(FSW), ReasonLanguageBelow)
				switch {
				case clb < 7 && (len(below) != 1 || below[0].Ability != ab || below[0].Have != clb || below[0].Need != 7):
					t.Errorf("%s CLB %d: want one reason \"%s CLB %d, FSW needs CLB 7\", got %v", ab, clb, ab, clb, below)
				case clb < 7 && a.Program(FSW).Eligible:
					t.Errorf("%s CLB %d: FSW eligible, but below CLB 7 is not eligible to apply", ab, clb)
				case clb >= 7 && len(below) != 0:
					t.Errorf("%s CLB %d: unexpected language reasons %v", ab, clb, below)
				}
			})
		}
	}
}

// eligibility.md §1.2: 4 points "if ... benchmark level 5 in each of the four language skill areas".
func TestFSWSecondLanguage4PointsWithCLB5OnAllFour(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name   string
		second Language
		want   int
	}{
		{"no second language", Language{}, 0},
		{"NCLC 5 on all four", tblAll("nclc", 5), 4},
		{"NCLC 12 on all four", tblAll("nclc", 12), 4},
		{"NCLC 4 on all four", tblAll("nclc", 4), 0},
	}
	for _, ab := range tblAbilities {
		cases = append(cases, struct {
			name   string
			second Language
			want   int
		}{"NCLC 9 but " + ab.String() + " 4", tblOne("nclc", ab, 4, 9), 0})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblEligible()
			p.Applicant.SecondLanguage = c.second
			a := Assess(r, &p, tblToday)
			if got := tblGrid(&a, GridSecondLanguage); got != c.want {
				t.Errorf("%s: second language %d, want %d (eligibility.md §1.2 factor 1)", c.name, got, c.want)
			}
		})
	}
}

// eligibility.md §1.2 Factor 2, education: | Credential | Points |
var tblFSWEducation = [NumEducation]int{
	EducationNone: 0,  // no credential: not in the table, and FSW needs one (§1.1)
	Secondary:     5,  // Secondary school credential
	OneYear:       15, // One-year post-secondary program credential
	TwoYear:       19, // Two-year post-secondary program credential
	Bachelors:     21, // Three years or longer (for example, a bachelor's degree)
	TwoOrMore:     22, // Two or more, one of 3+ years
	Masters:       23, // Master's, or entry-to-practice professional degree (TEER 1)
	Doctoral:      25, // Doctoral (PhD)
}

func TestFSWEducationPointsEveryLevel(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for e, want := range tblFSWEducation {
		t.Run(Education(e).String(), func(t *testing.T) {
			p := tblEligible()
			p.Applicant.Education = Education(e)
			a := Assess(r, &p, tblToday)
			if got := tblGrid(&a, GridEducation); got != want {
				t.Errorf("%s: FSW education %d, want %d (eligibility.md §1.2 factor 2)", Education(e).Title(), got, want)
			}
			noEdu := len(tblReasons(a.Program(FSW), ReasonNoEducation)) > 0
			if noEdu != (Education(e) == EducationNone) {
				t.Errorf("%s: \"no credential\" reason = %v", Education(e), noEdu)
			}
		})
	}
}

// eligibility.md §1.2 Factor 3, work experience: | 1 year 9 | 2–3 years 11 | 4–5 years 13 | 6 or more
// 15 |; under a year is below the minimum (§1.1).
var tblFSWExperience = []struct{ years, points int }{
	{0, 0}, {1, 9}, {2, 11}, {3, 11}, {4, 13}, {5, 13}, {6, 15}, {7, 15}, {10, 15},
}

func TestFSWExperiencePointsEveryYear(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, row := range tblFSWExperience {
		for _, where := range []string{"abroad", "in Canada", "split"} {
			t.Run(fmt.Sprintf("%d years %s", row.years, where), func(t *testing.T) {
				p := tblEligible()
				ap := &p.Applicant
				switch where {
				case "abroad":
					ap.ForeignWorkYears, ap.CanadianWorkYears = row.years, 0
				case "in Canada":
					ap.ForeignWorkYears, ap.CanadianWorkYears = 0, row.years
				default:
					ap.CanadianWorkYears = row.years / 2
					ap.ForeignWorkYears = row.years - ap.CanadianWorkYears
				}
				a := Assess(r, &p, tblToday)
				if got := tblGrid(&a, GridExperience); got != row.points {
					t.Errorf("%d years of skilled work (%s): FSW experience %d, want %d (eligibility.md §1.2 factor 3)", row.years, where, got, row.points)
				}
				short := tblReasons(a.Program(FSW), ReasonWorkShort)
				if (len(short) > 0) != (row.years < 1) {
					t.Errorf("%d years: work-short reasons %v; FSW needs 1 year (eligibility.md §1.1)", row.years, short)
				}
			})
		}
	}
}

// eligibility.md §1.2 Factor 4, age: | under 18 0 | 18–35 12 | 36 11 | ... | 46 1 | 47 and older 0 |
func tblFSWAge(age int) int {
	switch {
	case age < 18:
		return 0
	case age <= 35:
		return 12
	case age >= 47:
		return 0
	}
	return map[int]int{36: 11, 37: 10, 38: 9, 39: 8, 40: 7, 41: 6, 42: 5, 43: 4, 44: 3, 45: 2, 46: 1}[age]
}

func TestFSWAgePointsEveryAge(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	ages := []int{0, 16}
	for age := 17; age <= 48; age++ {
		ages = append(ages, age)
	}
	ages = append(ages, 60)
	for _, age := range ages {
		t.Run(fmt.Sprintf("age %d", age), func(t *testing.T) {
			p := tblEligible()
			p.Applicant.Age = age
			a := Assess(r, &p, tblToday)
			if got, want := tblGrid(&a, GridAge), tblFSWAge(age); got != want {
				t.Errorf("age %d: FSW age %d, want %d (eligibility.md §1.2 factor 4)", age, got, want)
			}
		})
	}
}

// eligibility.md §1.2 Factor 5: 10 points for arranged employment in TEER 0/1/2/3; and 5 in
// adaptability (factor 6, s. 83(1)(e)).
func TestFSWArrangedEmployment10(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		offer          JobOffer
		arranged, adap int
	}{
		{NoJobOffer, 0, 0},
		{JobOfferMajorGroup00, 10, 5},
		{JobOfferTEER0to3, 10, 5},
		{JobOfferTEER4or5, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.offer.String(), func(t *testing.T) {
			p := tblEligible()
			p.Applicant.JobOffer = c.offer
			a := Assess(r, &p, tblToday)
			if got := tblGrid(&a, GridArranged); got != c.arranged {
				t.Errorf("job offer %s: arranged employment %d, want %d (eligibility.md §1.2 factor 5)", c.offer, got, c.arranged)
			}
			if got := tblGrid(&a, GridAdaptArranged); got != c.adap {
				t.Errorf("job offer %s: adaptability for arranged employment %d, want %d (factor 6)", c.offer, got, c.adap)
			}
		})
	}
}

// eligibility.md §1.2 Factor 6, adaptability: | spouse's language CLB 4+ 5 | your study 5 | spouse's
// study 5 | your work 10 | spouse's work 5 | arranged employment 5 | relatives 5 |, max 10.
func TestFSWAdaptabilityEachElementAndCap10(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	married := func(p *Profile) {
		p.Applicant.MaritalStatus = Married
		p.Applicant.SpouseAccompanying = true
	}
	cases := []struct {
		name    string
		set     func(p *Profile)
		element GridFactor
		points  int // of the element's line
		total   int // adaptability after the cap
	}{
		{"spouse CLB 4 on all four", func(p *Profile) { married(p); p.Spouse.Language = tblAll("clb", 4) }, GridAdaptSpouseLanguage, 5, 5},
		{"spouse IELTS at CLB 4 (S 4.0 L 4.5 R 3.5 W 4.0)", func(p *Profile) { married(p); p.Spouse.Language = tblLang("ielts", 3.5, 4.0, 4.5, 4.0) }, GridAdaptSpouseLanguage, 5, 5},
		{"spouse CLB 4 but speaking 3", func(p *Profile) { married(p); p.Spouse.Language = tblLang("clb", 4, 4, 4, 3) }, GridAdaptSpouseLanguage, 0, 0},
		{"spouse CLB 9, not coming", func(p *Profile) {
			married(p)
			p.Applicant.SpouseAccompanying = false
			p.Spouse.Language = tblAll("clb", 9)
		}, GridAdaptSpouseLanguage, 0, 0},
		{"your study in Canada", func(p *Profile) { p.Applicant.StudiedInCanada = true }, GridAdaptStudy, 5, 5},
		{"spouse's study in Canada", func(p *Profile) { married(p); p.Spouse.StudiedInCanada = true }, GridAdaptSpouseStudy, 5, 5},
		{"spouse's study in Canada, spouse a citizen", func(p *Profile) {
			married(p)
			p.Applicant.SpouseCanadian = true
			p.Spouse.StudiedInCanada = true
		}, GridAdaptSpouseStudy, 0, 0},
		{"your 1 year of skilled work in Canada", func(p *Profile) { p.Applicant.CanadianWorkYears = 1 }, GridAdaptWork, 10, 10},
		{"spouse's 1 year of work in Canada", func(p *Profile) { married(p); p.Spouse.CanadianWorkYears = 1 }, GridAdaptSpouseWork, 5, 5},
		{"arranged employment", func(p *Profile) { p.Applicant.JobOffer = JobOfferTEER0to3 }, GridAdaptArranged, 5, 5},
		{"relative in Canada", func(p *Profile) { p.Applicant.RelativeInCanada = true }, GridAdaptRelative, 5, 5},
		{"sibling in Canada is a relative", func(p *Profile) { p.Applicant.SiblingInCanada = true }, GridAdaptRelative, 5, 5},
		// 5 + 5 + 5 = 15, capped at 10.
		{"spouse's language, study and work: capped", func(p *Profile) {
			married(p)
			p.Spouse = Spouse{Language: tblAll("clb", 4), StudiedInCanada: true, CanadianWorkYears: 1}
		}, GridAdaptSpouseWork, 5, 10},
		// 10 + 5 = 15, capped at 10.
		{"your work and a relative: capped", func(p *Profile) {
			p.Applicant.CanadianWorkYears = 1
			p.Applicant.RelativeInCanada = true
		}, GridAdaptWork, 10, 10},
		// 5 + 5 = 10: at the cap.
		{"your study and a relative", func(p *Profile) {
			p.Applicant.StudiedInCanada = true
			p.Applicant.RelativeInCanada = true
		}, GridAdaptStudy, 5, 10},
		{"nothing", func(p *Profile) {}, GridAdaptCap, 0, 0},
	}
	adapt := []GridFactor{GridAdaptSpouseLanguage, GridAdaptStudy, GridAdaptSpouseStudy, GridAdaptWork, GridAdaptSpouseWork,
		GridAdaptArranged, GridAdaptRelative, GridAdaptCap}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblEligible()
			c.set(&p)
			a := Assess(r, &p, tblToday)
			if got := tblGrid(&a, c.element); got != c.points {
				t.Errorf("%s: %d points, want %d (eligibility.md §1.2 factor 6)", c.name, got, c.points)
			}
			total := 0
			for _, f := range adapt {
				total += tblGrid(&a, f)
			}
			if total != c.total {
				t.Errorf("%s: adaptability %d, want %d (max 10)", c.name, total, c.total)
			}
		})
	}
}

// eligibility.md §1.1 and §1.2: pass mark 67 out of 100.
func TestFSWPassMarkIs67(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		age, points int
		pass        bool
	}{
		// Language 4 x 4 = 16 + two-year 19 + 6 years 15 + age 36 11 + relative 5 = 66.
		{36, 66, false},
		// The same at 35: age 12, so 67.
		{35, 67, true},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d points", c.points), func(t *testing.T) {
			p := tblEligible()
			ap := &p.Applicant
			ap.Age, ap.Education, ap.ForeignWorkYears, ap.RelativeInCanada = c.age, TwoYear, 6, true
			ap.FirstLanguage = tblAll("clb", 7)
			a := Assess(r, &p, tblToday)
			prog := a.Program(FSW)
			if prog.Points != c.points {
				t.Fatalf("FSW grid %d, want %d:\n%s", prog.Points, c.points, tblDump(&a))
			}
			below := tblReasons(prog, ReasonGridBelowPass)
			if prog.Eligible != c.pass || (len(below) > 0) == c.pass {
				t.Errorf("grid %d: eligible %v, reasons %v; the pass mark is 67", c.points, prog.Eligible, prog.Reasons())
			}
			if !c.pass && (below[0].Have != c.points || below[0].Need != 67) {
				t.Errorf("reason %+v: want have %d, need 67", below[0], c.points)
			}
		})
	}
}

// eligibility.md §4.1, the 2025 column (in effect July 7, 2025): | Family members | CAD |
var tblFunds2025 = []int{
	15263, // 1
	19001, // 2
	23360, // 3
	28362, // 4
	32168, // 5
	36280, // 6
	40392, // 7
}

const tblFunds2025EachAdditional = 4112

// tblDollars writes an amount as "$15,263", written here rather than taken from the engine.
func tblDollars(n int) string {
	s := fmt.Sprint(n)
	if len(s) > 3 {
		s = s[:len(s)-3] + "," + s[len(s)-3:]
	}
	return "$" + s
}

func TestSettlementFundsByFamilySizeJuly2025(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for size := 1; size <= 9; size++ {
		need := 0
		if size <= len(tblFunds2025) {
			need = tblFunds2025[size-1]
		} else {
			need = tblFunds2025[len(tblFunds2025)-1] + (size-len(tblFunds2025))*tblFunds2025EachAdditional
		}
		for _, id := range []ProgramID{FSW, FST} {
			for _, have := range []int{need - 1, need} {
				t.Run(fmt.Sprintf("%s family of %d with %d", id.Acronym(), size, have), func(t *testing.T) {
					p := tblEligible()
					p.Applicant.FamilySize = size
					p.Applicant.SettlementFunds = have
					a := Assess(r, &p, tblToday)
					short := tblReasons(a.Program(id), ReasonFundsShort)
					if have >= need {
						if len(short) != 0 {
							t.Errorf("%s, %d people with %s: funds reason %v, but the table asks %s", id.Acronym(), size, tblDollars(have), short, tblDollars(need))
						}
						return
					}
					if len(short) != 1 {
						t.Fatalf("%s, %d people with %s: no funds reason; the table asks %s (eligibility.md §4.1)", id.Acronym(), size, tblDollars(have), tblDollars(need))
					}
					if short[0].Need != need || short[0].Have != have || short[0].Level != size {
						t.Errorf("reason %+v: want have %d, need %d, family of %d", short[0], have, need, size)
					}
					text := short[0].String()
					people := "people"
					if size == 1 {
						people = "person"
					}
					for _, s := range []string{tblDollars(have), tblDollars(need), fmt.Sprintf("for %d %s", size, people)} {
						if !strings.Contains(text, s) {
							t.Errorf("reason %q does not say %q", text, s)
						}
					}
				})
			}
		}
	}
	// eligibility.md §4: family size counts the spouse "even if they are Canadian citizens/PRs or are
	// not accompanying you".
	for _, c := range []struct {
		name         string
		status       MaritalStatus
		accompanying bool
		need         int
	}{
		{"single counts 1", Single, false, 15263},
		{"married counts 2", Married, true, 19001},
		{"married, spouse not coming, counts 2", Married, false, 19001},
		{"common-law counts 2", CommonLaw, true, 19001},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := tblEligible()
			p.Applicant.MaritalStatus, p.Applicant.SpouseAccompanying = c.status, c.accompanying
			p.Applicant.SettlementFunds = 0
			a := Assess(r, &p, tblToday)
			short := tblReasons(a.Program(FSW), ReasonFundsShort)
			if len(short) != 1 || short[0].Need != c.need {
				t.Errorf("%s: funds reasons %v, want one asking %s", c.name, short, tblDollars(c.need))
			}
		})
	}
}

// eligibility.md §4: exempt are "FSWP/FSTP candidates who are authorized to work in Canada and have a
// valid job offer" (IRPR 76(1)(b)(ii), 87.2(5)).
func TestSettlementFundsExemptWhenWorkAuthorizedWithAJobOffer(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name       string
		id         ProgramID
		authorized bool
		offer      JobOffer
		cert       bool
		exempt     bool
	}{
		{"FSW authorized, TEER 0-3 offer", FSW, true, JobOfferTEER0to3, false, true},
		{"FSW authorized, major group 00 offer", FSW, true, JobOfferMajorGroup00, false, true},
		{"FSW authorized, no offer", FSW, true, NoJobOffer, false, false},
		{"FSW authorized, TEER 4-5 offer", FSW, true, JobOfferTEER4or5, false, false},
		{"FSW offer, not authorized", FSW, false, JobOfferTEER0to3, false, false},
		{"FST authorized, TEER 0-3 offer", FST, true, JobOfferTEER0to3, false, true},
		{"FST authorized, certificate only", FST, true, NoJobOffer, true, false},
		{"FST offer, not authorized", FST, false, JobOfferTEER0to3, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblEligible()
			ap := &p.Applicant
			ap.SettlementFunds, ap.WorkAuthorized, ap.JobOffer, ap.Certificate = 0, c.authorized, c.offer, c.cert
			a := Assess(r, &p, tblToday)
			prog := a.Program(c.id)
			short := tblReasons(prog, ReasonFundsShort)
			note := tblReasons(prog, NoteFundsExempt)
			if c.exempt && (len(short) != 0 || len(note) != 1) {
				t.Errorf("%s: want exempt (a note, no funds reason); reasons %v", c.name, prog.Reasons())
			}
			if !c.exempt && (len(short) != 1 || len(note) != 0 || short[0].Need != 15263) {
				t.Errorf("%s: want a funds reason asking $15,263; reasons %v", c.name, prog.Reasons())
			}
		})
	}
}

// ---------------------------------------------------------------------------------------------------
// CEC (eligibility.md §2) and FST (§3)
// ---------------------------------------------------------------------------------------------------

func TestCECNeedsOneYearInCanadaInTheLast3Years(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct{ total, last3 int }{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {5, 0}, {5, 1}}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d years in Canada, %d in the last 3", c.total, c.last3), func(t *testing.T) {
			p := tblEligible()
			p.Applicant.CanadianWorkYears, p.Applicant.CanadianWorkYearsLast3 = c.total, c.last3
			a := Assess(r, &p, tblToday)
			prog := a.Program(CEC)
			short := tblReasons(prog, ReasonWorkShort)
			pass := c.last3 >= 1
			if prog.Eligible != pass || (len(short) > 0) == pass {
				t.Errorf("%d years in Canada, %d in the last 3: eligible %v, reasons %v; CEC needs 1 in the last 3 (eligibility.md §2)", c.total, c.last3, prog.Eligible, prog.Reasons())
			}
			if !pass && (short[0].Have != c.last3 || short[0].Need != 1) {
				t.Errorf("reason %+v: want have %d, need 1", short[0], c.last3)
			}
		})
	}
}

// eligibility.md §2: CLB 7 on all four for TEER 0 or 1, CLB 5 for TEER 2 or 3; TEER 4 and 5 do not
// count. With no TEER given the engine applies the stricter 7 and says so.
func TestCECLanguageMinimumByTEER(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	need := map[int]int{-1: 7, 0: 7, 1: 7, 2: 5, 3: 5}
	for teer := -1; teer <= 5; teer++ {
		for clb := 4; clb <= 8; clb++ {
			t.Run(fmt.Sprintf("TEER %d CLB %d", teer, clb), func(t *testing.T) {
				p := tblEligible()
				ap := &p.Applicant
				ap.TEER, ap.CanadianWorkYears, ap.CanadianWorkYearsLast3 = teer, 1, 1
				ap.FirstLanguage = tblAll("clb", float64(clb))
				a := Assess(r, &p, tblToday)
				prog := a.Program(CEC)
				least, skilled := need[teer]
				want := skilled && clb >= least
				if prog.Eligible != want {
					t.Errorf("TEER %d, CLB %d on all four: CEC eligible %v, want %v; reasons %v", teer, clb, prog.Eligible, want, prog.Reasons())
				}
				if got := len(tblReasons(prog, ReasonTEERNotSkilled)) > 0; got != !skilled {
					t.Errorf("TEER %d: not-skilled reason %v, want %v", teer, got, !skilled)
				}
				if skilled {
					below := tblReasons(prog, ReasonLanguageBelow)
					if clb < least && (len(below) != 4 || below[0].Need != least) {
						t.Errorf("TEER %d CLB %d: want four reasons needing CLB %d, got %v", teer, clb, least, below)
					}
				}
				if got := len(tblReasons(prog, NoteStricterTEER)) > 0; got != (teer < 0) {
					t.Errorf("TEER %d: stricter-TEER note %v, want %v", teer, got, teer < 0)
				}
			})
		}
	}
	// One ability under the minimum is enough to fail.
	for _, ab := range tblAbilities {
		t.Run("TEER 2 with "+ab.String()+" 4", func(t *testing.T) {
			p := tblEligible()
			p.Applicant.TEER, p.Applicant.CanadianWorkYears, p.Applicant.CanadianWorkYearsLast3 = 2, 1, 1
			p.Applicant.FirstLanguage = tblOne("clb", ab, 4, 9)
			a := Assess(r, &p, tblToday)
			below := tblReasons(a.Program(CEC), ReasonLanguageBelow)
			if a.Program(CEC).Eligible || len(below) != 1 || below[0].Ability != ab || below[0].Need != 5 {
				t.Errorf("TEER 2 with %s CLB 4: want one reason for %s needing CLB 5, got %v", ab, ab, a.Program(CEC).Reasons())
			}
		})
	}
}

func TestFSTNeedsTwoYearsInTheTradeInTheLast5Years(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	for _, years := range []int{0, 1, 2, 5} {
		t.Run(fmt.Sprintf("%d years", years), func(t *testing.T) {
			p := tblEligible()
			p.Applicant.TradeWorkYearsLast5, p.Applicant.Certificate = years, true
			a := Assess(r, &p, tblToday)
			prog := a.Program(FST)
			if prog.Eligible != (years >= 2) {
				t.Errorf("%d years in the trade in the last 5: FST eligible %v; it needs 2 (eligibility.md §3); reasons %v", years, prog.Eligible, prog.Reasons())
			}
		})
	}
}

// eligibility.md §3: CLB/NCLC 5 for speaking and listening; 4 for reading and writing.
func TestFSTLanguageMinimumsPerAbility(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	need := map[Ability]int{Speaking: 5, Listening: 5, Reading: 4, Writing: 4}
	for _, ab := range tblAbilities {
		for _, clb := range []int{need[ab] - 1, need[ab]} {
			t.Run(fmt.Sprintf("%s CLB %d", ab, clb), func(t *testing.T) {
				p := tblEligible()
				p.Applicant.TradeWorkYearsLast5, p.Applicant.Certificate = 2, true
				p.Applicant.FirstLanguage = tblOne("clb", ab, float64(clb), 9)
				a := Assess(r, &p, tblToday)
				prog := a.Program(FST)
				below := tblReasons(prog, ReasonLanguageBelow)
				pass := clb >= need[ab]
				if prog.Eligible != pass {
					t.Errorf("%s CLB %d: FST eligible %v, want %v (needs %d); reasons %v", ab, clb, prog.Eligible, pass, need[ab], prog.Reasons())
				}
				if !pass && (len(below) != 1 || below[0].Ability != ab || below[0].Need != need[ab]) {
					t.Errorf("%s CLB %d: want one reason needing CLB %d, got %v", ab, clb, need[ab], below)
				}
			})
		}
	}
}

// eligibility.md §3: a job offer or a certificate of qualification.
func TestFSTNeedsAJobOfferOrACertificate(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	cases := []struct {
		name  string
		offer JobOffer
		cert  bool
		pass  bool
	}{
		{"neither", NoJobOffer, false, false},
		{"certificate of qualification", NoJobOffer, true, true},
		{"TEER 0-3 job offer", JobOfferTEER0to3, false, true},
		{"TEER 4-5 job offer", JobOfferTEER4or5, false, false},
		// Major group 00 is senior management: not a skilled trade of IRPR s. 87.2(1) (§3.1).
		{"major group 00 job offer", JobOfferMajorGroup00, false, false},
		{"both", JobOfferTEER0to3, true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := tblEligible()
			p.Applicant.TradeWorkYearsLast5, p.Applicant.JobOffer, p.Applicant.Certificate = 2, c.offer, c.cert
			a := Assess(r, &p, tblToday)
			prog := a.Program(FST)
			missing := len(tblReasons(prog, ReasonNoOfferOrCertificate)) > 0
			if prog.Eligible != c.pass || missing == c.pass {
				t.Errorf("%s: FST eligible %v, reasons %v", c.name, prog.Eligible, prog.Reasons())
			}
		})
	}
}

// ---------------------------------------------------------------------------------------------------
// Language charts (eligibility.md §5)
// ---------------------------------------------------------------------------------------------------

// tblBand is the lowest and highest score of a level in one ability.
type tblBand [2]float64

// tblChartRow is a row of an equivalency chart, in the reference's column order.
type tblChartRow struct {
	level                                 int
	reading, writing, listening, speaking tblBand
}

func (r tblChartRow) band(a Ability) tblBand {
	return map[Ability]tblBand{Reading: r.reading, Writing: r.writing, Listening: r.listening, Speaking: r.speaking}[a]
}

// tblChart is a chart as the reference prints it, with the test date that picks it and a day to score
// a result on while it is still valid.
type tblChart struct {
	name     string
	test     string
	taken    string // test date; "" for a result without a date
	scoredOn string // "" for tblToday
	step     float64
	rows     []tblChartRow // from the highest level down
}

func tblSame(lo, hi float64) tblBand { return tblBand{lo, hi} }

// tblCharts are the reference's charts, transcribed from eligibility.md §5.
var tblCharts = []tblChart{
	{
		// §5.1 IELTS General Training, "the same table written as band ranges".
		name: "IELTS General Training", test: "ielts", step: 0.5,
		rows: []tblChartRow{
			{10, tblBand{8.0, 9.0}, tblBand{7.5, 9.0}, tblBand{8.5, 9.0}, tblBand{7.5, 9.0}},
			{9, tblBand{7.0, 7.5}, tblBand{7.0, 7.0}, tblBand{8.0, 8.0}, tblBand{7.0, 7.0}},
			{8, tblBand{6.5, 6.5}, tblBand{6.5, 6.5}, tblBand{7.5, 7.5}, tblBand{6.5, 6.5}},
			{7, tblBand{6.0, 6.0}, tblBand{6.0, 6.0}, tblBand{6.0, 7.0}, tblBand{6.0, 6.0}},
			{6, tblBand{5.0, 5.5}, tblBand{5.5, 5.5}, tblBand{5.5, 5.5}, tblBand{5.5, 5.5}},
			{5, tblBand{4.0, 4.5}, tblBand{5.0, 5.0}, tblBand{5.0, 5.0}, tblBand{5.0, 5.0}},
			{4, tblBand{3.5, 3.5}, tblBand{4.0, 4.5}, tblBand{4.5, 4.5}, tblBand{4.0, 4.5}},
		},
	},
	{
		// §5.2 CELPIP-General: levels map 1:1; 11 and 12 count as CLB 10.
		name: "CELPIP-General", test: "celpip", step: 1,
		rows: []tblChartRow{
			{10, tblSame(10, 12), tblSame(10, 12), tblSame(10, 12), tblSame(10, 12)},
			{9, tblSame(9, 9), tblSame(9, 9), tblSame(9, 9), tblSame(9, 9)},
			{8, tblSame(8, 8), tblSame(8, 8), tblSame(8, 8), tblSame(8, 8)},
			{7, tblSame(7, 7), tblSame(7, 7), tblSame(7, 7), tblSame(7, 7)},
			{6, tblSame(6, 6), tblSame(6, 6), tblSame(6, 6), tblSame(6, 6)},
			{5, tblSame(5, 5), tblSame(5, 5), tblSame(5, 5), tblSame(5, 5)},
			{4, tblSame(4, 4), tblSame(4, 4), tblSame(4, 4), tblSame(4, 4)},
		},
	},
	{
		// §5.3 PTE Core, accepted from January 30, 2024.
		name: "PTE Core", test: "pte", taken: "2025-06-01", step: 1,
		rows: []tblChartRow{
			{10, tblBand{88, 90}, tblBand{90, 90}, tblBand{89, 90}, tblBand{89, 90}},
			{9, tblBand{78, 87}, tblBand{88, 89}, tblBand{82, 88}, tblBand{84, 88}},
			{8, tblBand{69, 77}, tblBand{79, 87}, tblBand{71, 81}, tblBand{76, 83}},
			{7, tblBand{60, 68}, tblBand{69, 78}, tblBand{60, 70}, tblBand{68, 75}},
			{6, tblBand{51, 59}, tblBand{60, 68}, tblBand{50, 59}, tblBand{59, 67}},
			{5, tblBand{42, 50}, tblBand{51, 59}, tblBand{39, 49}, tblBand{51, 58}},
			{4, tblBand{33, 41}, tblBand{41, 50}, tblBand{28, 38}, tblBand{42, 50}},
			{3, tblBand{24, 32}, tblBand{32, 40}, tblBand{18, 27}, tblBand{34, 41}},
		},
	},
	{
		// §5.4 (a) TEF Canada, tests taken after December 10, 2023.
		name: "TEF Canada (current)", test: "tef", taken: "2025-06-01", step: 1,
		rows: []tblChartRow{
			{10, tblBand{546, 699}, tblBand{558, 699}, tblBand{546, 699}, tblBand{556, 699}},
			{9, tblBand{503, 545}, tblBand{512, 557}, tblBand{503, 545}, tblBand{518, 555}},
			{8, tblBand{462, 502}, tblBand{472, 511}, tblBand{462, 502}, tblBand{494, 517}},
			{7, tblBand{434, 461}, tblBand{428, 471}, tblBand{434, 461}, tblBand{456, 493}},
			{6, tblBand{393, 433}, tblBand{379, 427}, tblBand{393, 433}, tblBand{422, 455}},
			{5, tblBand{352, 392}, tblBand{330, 378}, tblBand{352, 392}, tblBand{387, 421}},
			{4, tblBand{306, 351}, tblBand{268, 329}, tblBand{306, 351}, tblBand{328, 386}},
		},
	},
	{
		// §5.4 (b) TEF Canada, tests taken October 1, 2019 to December 10, 2023 (same ranges for all
		// four abilities); scored while the result is under 2 years old.
		name: "TEF Canada (2019 to 2023)", test: "tef", taken: "2023-06-01", scoredOn: "2024-06-01", step: 1,
		rows: []tblChartRow{
			{10, tblSame(566, 699), tblSame(566, 699), tblSame(566, 699), tblSame(566, 699)},
			{9, tblSame(533, 565), tblSame(533, 565), tblSame(533, 565), tblSame(533, 565)},
			{8, tblSame(500, 532), tblSame(500, 532), tblSame(500, 532), tblSame(500, 532)},
			{7, tblSame(450, 499), tblSame(450, 499), tblSame(450, 499), tblSame(450, 499)},
			{6, tblSame(400, 449), tblSame(400, 449), tblSame(400, 449), tblSame(400, 449)},
			{5, tblSame(350, 399), tblSame(350, 399), tblSame(350, 399), tblSame(350, 399)},
			{4, tblSame(300, 349), tblSame(300, 349), tblSame(300, 349), tblSame(300, 349)},
		},
	},
	{
		// §5.5 TCF Canada: reading and listening 0-699, writing and speaking 0-20.
		name: "TCF Canada", test: "tcf", step: 1,
		rows: []tblChartRow{
			{10, tblBand{549, 699}, tblBand{16, 20}, tblBand{549, 699}, tblBand{16, 20}},
			{9, tblBand{524, 548}, tblBand{14, 15}, tblBand{523, 548}, tblBand{14, 15}},
			{8, tblBand{499, 523}, tblBand{12, 13}, tblBand{503, 522}, tblBand{12, 13}},
			{7, tblBand{453, 498}, tblBand{10, 11}, tblBand{458, 502}, tblBand{10, 11}},
			{6, tblBand{406, 452}, tblBand{7, 9}, tblBand{398, 457}, tblBand{7, 9}},
			{5, tblBand{375, 405}, tblBand{6, 6}, tblBand{369, 397}, tblBand{6, 6}},
			{4, tblBand{342, 374}, tblBand{4, 5}, tblBand{331, 368}, tblBand{4, 5}},
		},
	},
}

func (c tblChart) chart(t *testing.T, r *Rules) *Chart {
	t.Helper()
	var taken time.Time
	if c.taken != "" {
		taken = tblDate(c.taken)
	}
	ch, err := r.ChartFor(c.test, taken)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	return ch
}

// below is the level one step under a row: the next row's, or 0 ("below CLB 4") under the last.
func (c tblChart) below(i int) int {
	if i+1 < len(c.rows) {
		return c.rows[i+1].level
	}
	return 0
}

// TestLanguageChartRowEdgesEveryAbility checks, for every row and ability of every chart, that the
// lowest and highest scores of the row give its level, that one step below the lowest gives the level
// below (or below the chart), and that one step above the highest gives the level above.
func TestLanguageChartRowEdgesEveryAbility(t *testing.T) {
	r := tblFile(t)
	for _, c := range tblCharts {
		ch := c.chart(t, r)
		for i, row := range c.rows {
			for _, ab := range tblAbilities {
				t.Run(fmt.Sprintf("%s level %d %s", c.name, row.level, ab), func(t *testing.T) {
					b := row.band(ab)
					checks := []struct {
						score float64
						want  int
						what  string
					}{
						{b[0], row.level, "lowest score of the level"},
						{b[1], row.level, "highest score of the level"},
						{b[0] - c.step, c.below(i), "one step below the level"},
					}
					if i > 0 {
						checks = append(checks, struct {
							score float64
							want  int
							what  string
						}{b[1] + c.step, c.rows[i-1].level, "one step above the level"})
					}
					for _, k := range checks {
						if got := ch.Level(ab, k.score); got != k.want {
							t.Errorf("%s %s %s (%s): level %d, IRCC's chart says %d (eligibility.md §5)", c.name, ab, fmtScore(k.score), k.what, got, k.want)
						}
					}
				})
			}
		}
	}
}

// TestLanguageChartRowsThroughAssess scores a profile with all four abilities at the lowest score of
// each row, and one step below it, and reads the levels off the CRS lines.
func TestLanguageChartRowsThroughAssess(t *testing.T) {
	for _, c := range tblCharts {
		on := tblToday
		if c.scoredOn != "" {
			on = tblDate(c.scoredOn)
		}
		r := tblRulesOn(t, on)
		for i, row := range c.rows {
			for _, step := range []struct {
				name   string
				offset float64
				want   int
			}{{"lowest scores", 0, row.level}, {"one step below", -c.step, c.below(i)}} {
				t.Run(fmt.Sprintf("%s level %d %s", c.name, row.level, step.name), func(t *testing.T) {
					var l Language
					for _, ab := range tblAbilities {
						l.Scores[ab] = row.band(ab)[0] + step.offset
					}
					l.Test = c.test
					if c.taken != "" {
						l.Date = tblDate(c.taken)
					}
					p := tblNothing(false)
					p.Applicant.FirstLanguage = l
					a := Assess(r, &p, on)
					if !a.First.Given {
						t.Fatalf("%s result on %s: not counted (expired %v)", c.name, on.Format(time.DateOnly), a.First.Expired)
					}
					for _, ab := range tblAbilities {
						if got := tblLine(t, &a, FactorFirstLanguage, ab).Level; got != step.want {
							t.Errorf("%s %s %s: level %d, IRCC's chart says %d", c.name, ab, fmtScore(l.Scores[ab]), got, step.want)
						}
					}
				})
			}
		}
	}
}

// eligibility.md §5.4: the TEF Canada chart depends on the test date: (b) for tests from October 1,
// 2019 to December 10, 2023, (a) after December 10, 2023.
func TestTEFScaleChosenByTestDate(t *testing.T) {
	r := tblFile(t)
	cases := []struct {
		taken string
		// 470 in reading: NCLC 7 on the 2019 scale (450-499), NCLC 8 on the current one (462-502).
		want int
	}{
		{"2019-10-01", 7},
		{"2021-05-01", 7},
		{"2023-12-10", 7},
		{"2023-12-11", 8},
		{"2026-01-15", 8},
	}
	for _, c := range cases {
		t.Run("taken "+c.taken, func(t *testing.T) {
			ch, err := r.ChartFor("tef", tblDate(c.taken))
			if err != nil {
				t.Fatal(err)
			}
			if got := ch.Level(Reading, 470); got != c.want {
				t.Errorf("TEF reading 470 taken %s: NCLC %d, want %d", c.taken, got, c.want)
			}
		})
	}
	// Through a profile file scored while the result is valid.
	for _, c := range []struct {
		taken, on string
		want      int
	}{{"2023-12-10", "2024-06-01", 7}, {"2023-12-11", "2024-06-01", 8}} {
		t.Run("profile taken "+c.taken, func(t *testing.T) {
			on := tblDate(c.on)
			rr := tblRulesOn(t, on)
			src := fmt.Sprintf("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n[applicant.first_language]\ntest = \"tef\"\ndate = %s\nlistening = 470\nreading = 470\nwriting = 470\nspeaking = 470\n", c.taken)
			p, err := ReadProfile(rr, "tef.toml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			a := Assess(rr, &p, on)
			if got := tblLine(t, &a, FactorFirstLanguage, Reading).Level; got != c.want {
				t.Errorf("TEF reading 470 taken %s: NCLC %d, want %d", c.taken, got, c.want)
			}
		})
	}
}

// eligibility.md §5.4 (c): TEF Canada tests taken before October 1, 2019, on the old raw-score scale.
// Results count for 2 years, and the rules score dates from 2016-11-19, so a result taken from
// 2016 to September 2019 needs this chart on dates up to September 2021.
var tblTEFBefore2019 = []tblChartRow{
	{10, tblBand{263, 300}, tblBand{393, 450}, tblBand{316, 360}, tblBand{393, 450}},
	{9, tblBand{248, 262}, tblBand{371, 392}, tblBand{298, 315}, tblBand{371, 392}},
	{8, tblBand{233, 247}, tblBand{349, 370}, tblBand{280, 297}, tblBand{349, 370}},
	{7, tblBand{207, 232}, tblBand{310, 348}, tblBand{249, 279}, tblBand{310, 348}},
	{6, tblBand{181, 206}, tblBand{271, 309}, tblBand{217, 248}, tblBand{271, 309}},
	{5, tblBand{151, 180}, tblBand{226, 270}, tblBand{181, 216}, tblBand{226, 270}},
	{4, tblBand{121, 150}, tblBand{181, 225}, tblBand{145, 180}, tblBand{181, 225}},
}

func TestTEFResultsBeforeOctober2019UseTheOldScale(t *testing.T) {
	r := tblFile(t)
	ch, err := r.ChartFor("tef", tblDate("2018-05-01"))
	if err != nil {
		t.Fatalf("DISCREPANCY eligibility.md §5.4 (c), lines 329-339: rules.toml has no TEF Canada chart for tests taken before 2019-10-01, though it scores dates from 2016-11-19 and such a result counted until 2021: %v", err)
	}
	c := tblChart{name: "TEF Canada (before October 2019)", step: 1, rows: tblTEFBefore2019}
	for i, row := range c.rows {
		for _, ab := range tblAbilities {
			b := row.band(ab)
			if got := ch.Level(ab, b[0]); got != row.level {
				t.Errorf("%s %s %s: NCLC %d, want %d", c.name, ab, fmtScore(b[0]), got, row.level)
			}
			if got := ch.Level(ab, b[0]-1); got != c.below(i) {
				t.Errorf("%s %s %s: NCLC %d, want %d", c.name, ab, fmtScore(b[0]-1), got, c.below(i))
			}
		}
	}
}

// TestScoresOutsideATestScaleAreRefusedNamingKeyAndRange reads profile files with a score a test
// cannot give; the error names the key and the test's range.
func TestScoresOutsideATestScaleAreRefusedNamingKeyAndRange(t *testing.T) {
	r := tblRulesOn(t, tblToday)
	// A valid result for each test, so that only the score under test is wrong.
	valid := map[string]string{
		"ielts":  "listening = 6.0\nreading = 6.0\nwriting = 6.0\nspeaking = 6.0\n",
		"celpip": "listening = 7\nreading = 7\nwriting = 7\nspeaking = 7\n",
		"pte":    "date = 2025-06-01\nlistening = 60\nreading = 60\nwriting = 69\nspeaking = 68\n",
		"tef":    "date = 2025-06-01\nlistening = 434\nreading = 434\nwriting = 428\nspeaking = 456\n",
		"tcf":    "listening = 458\nreading = 453\nwriting = 10\nspeaking = 10\n",
	}
	cases := []struct {
		name    string
		table   string // "first_language" or "second_language"
		test    string
		ability string
		score   string
		// What the error must say, or "" when the score is allowed.
		rangeText string
	}{
		{"IELTS 9.5", "first_language", "ielts", "listening", "9.5", "from 0 to 9"},
		{"IELTS 7.25", "first_language", "ielts", "reading", "7.25", "from 0 to 9 in steps of 0.5"},
		{"IELTS -0.5", "first_language", "ielts", "writing", "-0.5", "from 0 to 9"},
		{"IELTS 9.0 allowed", "first_language", "ielts", "listening", "9.0", ""},
		{"CELPIP 13", "first_language", "celpip", "speaking", "13", "from 1 to 12"},
		{"CELPIP 12 allowed", "first_language", "celpip", "speaking", "12", ""},
		{"PTE 9", "first_language", "pte", "writing", "9", "from 10 to 90"},
		{"PTE 91", "first_language", "pte", "reading", "91", "from 10 to 90"},
		{"PTE 10 allowed", "first_language", "pte", "writing", "10", ""},
		{"PTE 90 allowed", "first_language", "pte", "reading", "90", ""},
		{"TEF 700", "first_language", "tef", "listening", "700", "from 0 to 699"},
		{"TEF 699 allowed", "first_language", "tef", "listening", "699", ""},
		{"TCF writing 21", "first_language", "tcf", "writing", "21", "from 0 to 20"},
		{"TCF writing 20 allowed", "first_language", "tcf", "writing", "20", ""},
		{"TCF reading 700", "first_language", "tcf", "reading", "700", "from 0 to 699"},
		{"TCF writing 21 as the second language", "second_language", "tcf", "writing", "21", "from 0 to 20"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := strings.Split(valid[c.test], "\n")
			for i, l := range lines {
				if strings.HasPrefix(l, c.ability+" =") {
					lines[i] = c.ability + " = " + c.score
				}
			}
			src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n"
			if c.table == "second_language" {
				src += "[applicant.first_language]\ntest = \"celpip\"\n" + valid["celpip"]
			}
			src += "[applicant." + c.table + "]\ntest = \"" + c.test + "\"\n" + strings.Join(lines, "\n")
			_, err := ReadProfile(r, "scores.toml", []byte(src))
			if c.rangeText == "" {
				if err != nil {
					t.Errorf("%s %s %s is on the scale, but the profile is refused: %v", c.test, c.ability, c.score, err)
				}
				return
			}
			var probs Problems
			if !errors.As(err, &probs) {
				t.Fatalf("%s %s %s: want a Problems error, got %v", c.test, c.ability, c.score, err)
			}
			key := "applicant." + c.table + "." + c.ability
			found := false
			for _, p := range probs {
				if p.Key == key {
					found = true
					for _, s := range []string{strings.TrimSuffix(c.score, ".0"), c.rangeText} {
						if !strings.Contains(p.Msg, s) {
							t.Errorf("error %q does not say %q", p.Error(), s)
						}
					}
				}
			}
			if !found || len(probs) != 1 {
				t.Errorf("want one problem at %s, got:\n%v", key, err)
			}
		})
	}
	// eligibility.md §5: PTE Core is accepted for Express Entry from January 30, 2024.
	for _, c := range []struct {
		date string
		ok   bool
	}{{"2024-01-29", false}, {"2024-01-30", true}} {
		t.Run("PTE Core taken "+c.date, func(t *testing.T) {
			src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n[applicant.first_language]\ntest = \"pte\"\n" +
				strings.Replace(valid["pte"], "2025-06-01", c.date, 1)
			_, err := ReadProfile(r, "pte.toml", []byte(src))
			if (err == nil) != c.ok {
				t.Errorf("PTE Core taken %s: error %v, want accepted = %v", c.date, err, c.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "2024-01-30") {
				t.Errorf("error %q does not name 2024-01-30", err)
			}
		})
	}
}

// ---------------------------------------------------------------------------------------------------
// History (crs-rules.md §2 and §3)
// ---------------------------------------------------------------------------------------------------

// TestAdditionalPointsOnEachDateOfTheHistory scores the same profiles on dates in every period of
// crs-rules.md §2: job offers 200/50 from 2016-11-19 to 2025-03-24, then 0; sibling and French from
// 2017-06-06, French 15/30 until 2020-10-26, then 25/50; Canadian study 15/30 and nomination 600
// throughout.
func TestAdditionalPointsOnEachDateOfTheHistory(t *testing.T) {
	// Profile A: major group 00 offer, sibling, French NCLC 7 with English CLB 5, Canadian degree of
	// three years or more. Profile B: TEER 1-3 offer, French NCLC 7 with no English, Canadian diploma
	// of one or two years. Profile C: nominee.
	cases := []struct {
		on                   string
		offer00, offer       int
		sibling              int
		frenchEn, frenchOnly int
		study3, study12      int
	}{
		{"2016-11-19", 200, 50, 0, 0, 0, 30, 15},
		{"2017-01-01", 200, 50, 0, 0, 0, 30, 15},
		{"2017-06-05", 200, 50, 0, 0, 0, 30, 15},
		{"2017-06-06", 200, 50, 15, 30, 15, 30, 15},
		{"2018-01-01", 200, 50, 15, 30, 15, 30, 15},
		{"2020-10-26", 200, 50, 15, 30, 15, 30, 15},
		{"2020-10-27", 200, 50, 15, 50, 25, 30, 15},
		{"2024-06-01", 200, 50, 15, 50, 25, 30, 15},
		{"2025-03-24", 200, 50, 15, 50, 25, 30, 15},
		{"2025-03-25", 0, 0, 15, 50, 25, 30, 15},
		{"2026-08-20", 0, 0, 15, 50, 25, 30, 15},
	}
	for _, c := range cases {
		for _, col := range tblColumns {
			t.Run(c.on+" "+col.name, func(t *testing.T) {
				on := tblDate(c.on)
				r := tblRulesOn(t, on)

				pa := tblNothing(col.spouse)
				ap := &pa.Applicant
				ap.JobOffer, ap.SiblingInCanada = JobOfferMajorGroup00, true
				ap.Education, ap.CanadianEducation = Bachelors, CanadianThreeYearOrMore
				ap.FirstLanguage, ap.SecondLanguage = tblAll("nclc", 7), tblAll("clb", 5)
				a := Assess(r, &pa, on)
				got := [...]int{tblPoints(&a, FactorJobOffer, 0), tblPoints(&a, FactorSibling, 0), tblPoints(&a, FactorFrench, 0), tblPoints(&a, FactorCanadianStudy, 0)}
				want := [...]int{c.offer00, c.sibling, c.frenchEn, c.study3}
				if got != want {
					t.Errorf("on %s, profile A: job offer, sibling, French, study = %v, want %v (crs-rules.md §2)", c.on, got, want)
				}
				if sum := c.offer00 + c.sibling + c.frenchEn + c.study3; a.CRS.Additional != sum {
					t.Errorf("on %s, profile A: additional %d, want %d", c.on, a.CRS.Additional, sum)
				}

				pb := tblNothing(col.spouse)
				bp := &pb.Applicant
				bp.JobOffer = JobOfferTEER0to3
				bp.Education, bp.CanadianEducation = TwoYear, CanadianOneOrTwoYear
				bp.FirstLanguage = tblAll("nclc", 7)
				b := Assess(r, &pb, on)
				got = [...]int{tblPoints(&b, FactorJobOffer, 0), tblPoints(&b, FactorSibling, 0), tblPoints(&b, FactorFrench, 0), tblPoints(&b, FactorCanadianStudy, 0)}
				want = [...]int{c.offer, 0, c.frenchOnly, c.study12}
				if got != want {
					t.Errorf("on %s, profile B: job offer, sibling, French, study = %v, want %v (crs-rules.md §2)", c.on, got, want)
				}

				pc := tblNothing(col.spouse)
				pc.Applicant.Nomination = true
				pc.Applicant.JobOffer = JobOfferMajorGroup00
				cc := Assess(r, &pc, on)
				if got := tblPoints(&cc, FactorNomination, 0); got != 600 || cc.CRS.Additional != 600 {
					t.Errorf("on %s, nominee with a job offer: nomination %d, additional %d, want 600 and 600 (cap)", c.on, got, cc.CRS.Additional)
				}
			})
		}
	}
}

// crs-rules.md §2 and §3: 60 days (2015) -> 90 (2016-11-19) -> 60 (2018-06-26) -> 90 (March 2020) ->
// 60 (2021-06-29 to present). Pool 12 months, language results 2 years, ECA 5 years.
func TestITAWindowByDate(t *testing.T) {
	cases := []struct {
		on   string
		days int
	}{
		{"2016-11-19", 90},
		{"2017-01-01", 90},
		{"2018-06-25", 90},
		{"2018-06-26", 60},
		{"2019-06-01", 60},
		{"2021-06-29", 60},
		{"2026-08-20", 60},
	}
	for _, c := range cases {
		t.Run(c.on, func(t *testing.T) {
			r := tblRulesOn(t, tblDate(c.on))
			if r.Timing.ITAWindowDays != c.days {
				t.Errorf("on %s: %d days to apply after an ITA, want %d (crs-rules.md §2, §3)", c.on, r.Timing.ITAWindowDays, c.days)
			}
		})
	}
	t.Run("validity periods", func(t *testing.T) {
		r := tblRulesOn(t, tblToday)
		got := [...]int{r.Timing.PoolMonths, r.Timing.LanguageValidYears, r.Timing.ECAValidYears}
		if want := [...]int{12, 2, 5}; got != want {
			t.Errorf("pool months, language years, ECA years = %v, want %v (crs-rules.md §3)", got, want)
		}
	})
}

// crs-rules.md §2 (lines 277 and 279) and §3 (line 298): the ITA window was 90 days from March 2020
// (exact day not confirmed) until ITAs issued before 2021-06-29. The days below are inside that
// period whatever its first day in March 2020.
func TestITAWindowWas90DaysDuringCOVID19(t *testing.T) {
	for _, on := range []string{"2020-04-01", "2020-10-27", "2021-06-28"} {
		t.Run(on, func(t *testing.T) {
			r := tblRulesOn(t, tblDate(on))
			if r.Timing.ITAWindowDays != 90 {
				t.Errorf("DISCREPANCY crs-rules.md §2 lines 277/279, §3 line 298: on %s the ITA window was 90 days (COVID-19 extension, March 2020 to 2021-06-28); rules.toml gives %d (its [[history]] leaves the extension out)", on, r.Timing.ITAWindowDays)
			}
		})
	}
}

func TestDatesBeforeTheEarliestRulesAreRefusedNamingTheDate(t *testing.T) {
	r := tblFile(t)
	for _, on := range []string{"2016-11-18", "2015-01-01"} {
		t.Run(on, func(t *testing.T) {
			_, err := r.At(tblDate(on))
			if err == nil {
				t.Fatalf("rules on %s: want an error, the earliest date is 2016-11-19", on)
			}
			if !strings.Contains(err.Error(), "2016-11-19") || !strings.Contains(err.Error(), on) {
				t.Errorf("error %q should name the earliest date 2016-11-19 and the date asked, %s", err, on)
			}
		})
	}
	t.Run("2016-11-19", func(t *testing.T) {
		if _, err := r.At(tblDate("2016-11-19")); err != nil {
			t.Errorf("rules on the earliest date: %v", err)
		}
	})
}

// eligibility.md §4.1 (lines 201-212): IRCC updates the settlement funds every year; a profile scored
// on a date before July 7, 2025 was held to that year's table. Columns: 2024, 2023 (from
// 2023-04-25), 2022 (from 2022-06-09), 2021 (update by 2021-07-15), each for 1 to 7 people and each
// additional member.
func TestSettlementFundsFollowTheTableInForceOnTheDay(t *testing.T) {
	cases := []struct {
		on, table string
		funds     [7]int
		extra     int
	}{
		{"2025-07-07", "2025", [7]int{15263, 19001, 23360, 28362, 32168, 36280, 40392}, 4112},
		{"2025-07-06", "2024", [7]int{14690, 18288, 22483, 27297, 30690, 34917, 38875}, 3958},
		{"2024-12-01", "2024", [7]int{14690, 18288, 22483, 27297, 30690, 34917, 38875}, 3958},
		{"2023-12-01", "2023", [7]int{13757, 17127, 21055, 25564, 28994, 32700, 36407}, 3706},
		{"2022-12-01", "2022", [7]int{13310, 16570, 20371, 24733, 28052, 31638, 35224}, 3586},
		{"2021-12-01", "2021", [7]int{13213, 16449, 20222, 24553, 27847, 31407, 34967}, 3560},
	}
	for _, c := range cases {
		t.Run(c.on, func(t *testing.T) {
			on := tblDate(c.on)
			r := tblRulesOn(t, on)
			var wrong []string
			for size := 1; size <= 8; size++ {
				need := c.extra + c.funds[6]
				if size <= 7 {
					need = c.funds[size-1]
				}
				p := tblEligible()
				p.Applicant.FamilySize, p.Applicant.SettlementFunds = size, 0
				a := Assess(r, &p, on)
				short := tblReasons(a.Program(FSW), ReasonFundsShort)
				if len(short) != 1 || short[0].Need != need {
					got := "no reason"
					if len(short) == 1 {
						got = tblDollars(short[0].Need)
					}
					wrong = append(wrong, fmt.Sprintf("family of %d: %s, want %s", size, got, tblDollars(need)))
				}
			}
			if len(wrong) > 0 {
				t.Errorf("DISCREPANCY eligibility.md §4.1 lines 201-212: on %s the %s funds table was in force; rules.toml has only the July 2025 table and no history for it (the engine's [[history]] can set only single numbers):\n  %s",
					c.on, c.table, strings.Join(wrong, "\n  "))
			}
		})
	}
}
