package scoring

import "time"

// Section is one of the four sections of the CRS.
type Section uint8

// The CRS sections, in IRCC's order.
const (
	SectionCore            Section = iota // A. Core / human capital factors
	SectionSpouse                         // B. Spouse or common-law partner factors
	SectionTransferability                // C. Skill transferability factors
	SectionAdditional                     // D. Additional points
	NumSections
)

// Factor names what a line of a score is for.
type Factor uint8

// The factors of the CRS, by section. The ...Cap factors are the lines that apply a cap: their
// points are negative (the cap minus what the lines above it add up to).
const (
	FactorAge Factor = iota
	FactorEducation
	FactorFirstLanguage
	FactorSecondLanguage
	FactorSecondLanguageCap
	FactorCanadianWork
	FactorCoreCap

	FactorSpouseEducation
	FactorSpouseLanguage
	FactorSpouseCanadianWork
	FactorSpouseCap

	FactorEducationLanguage
	FactorEducationCanadianWork
	FactorEducationGroupCap
	FactorForeignLanguage
	FactorForeignCanadianWork
	FactorForeignGroupCap
	FactorCertificate
	FactorCertificateGroupCap
	FactorTransferabilityCap

	FactorNomination
	FactorJobOffer
	FactorSibling
	FactorFrench
	FactorCanadianStudy
	FactorAdditionalCap
	NumFactors
)

// Line is one line of a CRS score: a factor, the fact it was scored on, and its points. Text for
// people comes from its methods, so scoring itself never allocates.
type Line struct {
	Section Section
	Factor  Factor
	Ability Ability // for per-ability language lines
	French  bool    // the level is NCLC (a French test)
	Level   int     // the fact scored: age, CLB/NCLC level (-1: no valid result), years, Education, CanadianEducation, JobOffer
	Level2  int     // the second fact of a grid: the column value (CLB level, or years of Canadian work)
	Points  int     // negative for a cap line
	Cap     int     // for cap lines: the cap
}

// IsCap reports whether the line applies a cap.
func (l Line) IsCap() bool {
	switch l.Factor {
	case FactorSecondLanguageCap, FactorCoreCap, FactorSpouseCap, FactorEducationGroupCap, FactorForeignGroupCap,
		FactorCertificateGroupCap, FactorTransferabilityCap, FactorAdditionalCap:
		return true
	}
	return false
}

const maxLines = 40

// noResult is the Level of a language line without a valid result (none, or expired).
const noResult = -1

// CRS is a Comprehensive Ranking System score with every line that makes it up.
type CRS struct {
	WithSpouse      bool // scored with the "with a spouse or common-law partner" columns
	Core            int  // A. core / human capital
	Spouse          int  // B. spouse or common-law partner
	Transferability int  // C. skill transferability
	Additional      int  // D. additional points
	Total           int

	lines [maxLines]Line
	n     int
}

// Lines returns the lines of the score in IRCC's order; cap lines follow the lines they cap.
func (c *CRS) Lines() []Line { return c.lines[:c.n] }

// Section returns the points of one section.
func (c *CRS) Section(s Section) int {
	return [NumSections]int{c.Core, c.Spouse, c.Transferability, c.Additional}[s]
}

// Line returns the first line of a factor (and ability, for language lines), and false when the
// score has no such line.
func (c *CRS) Line(f Factor, a Ability) (Line, bool) {
	for _, l := range c.Lines() {
		if l.Factor == f && (l.Ability == a || !perAbility(f)) {
			return l, true
		}
	}
	return Line{}, false
}

func perAbility(f Factor) bool {
	return f == FactorFirstLanguage || f == FactorSecondLanguage || f == FactorSpouseLanguage
}

func (c *CRS) add(l Line) int {
	c.lines[c.n] = l
	c.n++
	return l.Points
}

// capAt adds a cap line when sum is over cap and returns the capped sum.
func (c *CRS) capAt(s Section, f Factor, sum, limit int) int {
	if sum > limit {
		c.add(Line{Section: s, Factor: f, Level: sum, Points: limit - sum, Cap: limit})
		return limit
	}
	return sum
}

// Levels are the CLB/NCLC levels of one language result on the day of scoring.
type Levels struct {
	Given   bool // a result that counts: given, and not expired
	Expired bool // given, but too old on the day of scoring
	NotYet  bool // given, but dated after the day of scoring: the test was not taken yet
	French  bool // NCLC levels (TEF, TCF, NCLC)
	CLB     [NumAbilities]int
	Chart   *Chart
}

// Min is the lowest level of the four abilities (0 without a result).
func (l *Levels) Min() int {
	if !l.Given {
		return 0
	}
	return min(l.CLB[0], l.CLB[1], l.CLB[2], l.CLB[3])
}

// AllAtLeast reports whether every ability is at clb or above.
func (l *Levels) AllAtLeast(clb int) bool { return l.Given && l.Min() >= clb }

// LevelsOf converts a language result to CLB/NCLC levels on day: no levels when there is no result,
// when it is too old, when it is dated after day (not taken yet), or when the rules have no chart
// for it.
func (r *Rules) LevelsOf(l *Language, day time.Time) Levels {
	return r.levelsOf(l, day, day)
}

// levelsOf is LevelsOf with the last day a result may be dated to count given apart (takenBy):
// after an ITA, a result taken after the ITA date but by the day of applying counts.
func (r *Rules) levelsOf(l *Language, day, takenBy time.Time) Levels {
	var out Levels
	if !l.Given() {
		return out
	}
	chart, err := r.ChartFor(l.Test, l.Date)
	if err != nil {
		return out
	}
	out.Chart = chart
	out.French = chart.French()
	if !l.Date.IsZero() && l.Date.After(takenBy) {
		out.NotYet = true
		return out
	}
	if !l.Date.IsZero() && YearsBetween(l.Date, day) >= r.Timing.LanguageValidYears {
		out.Expired = true
		return out
	}
	out.Given = true
	for a := Ability(0); a < NumAbilities; a++ {
		out.CLB[a] = chart.Level(a, l.Scores[a])
	}
	return out
}

// scoreCRS fills a.CRS from the profile and the levels already in a.
func (r *Rules) scoreCRS(p *Profile, a *Assessment) {
	c := &a.CRS
	rc := &r.CRS
	ap := &p.Applicant
	spouse := p.AccompanyingSpouse()
	*c = CRS{WithSpouse: spouse}

	// A. Core / human capital.
	core := c.add(Line{Section: SectionCore, Factor: FactorAge, Level: a.Age, Points: rc.Age.At(a.Age, spouse)})
	core += c.add(Line{Section: SectionCore, Factor: FactorEducation, Level: int(ap.Education), Points: rc.Education.At(ap.Education, spouse)})
	first, second := &a.First, &a.Second
	for ab := Ability(0); ab < NumAbilities; ab++ {
		lvl := noResult
		if first.Given {
			lvl = first.CLB[ab]
		}
		core += c.add(Line{Section: SectionCore, Factor: FactorFirstLanguage, Ability: ab, French: first.French, Level: lvl,
			Points: rc.FirstLanguage.At(lvl, spouse)})
	}
	if second.Given {
		sum := 0
		for ab := Ability(0); ab < NumAbilities; ab++ {
			sum += c.add(Line{Section: SectionCore, Factor: FactorSecondLanguage, Ability: ab, French: second.French,
				Level: second.CLB[ab], Points: rc.SecondLanguage.At(second.CLB[ab], spouse)})
		}
		limit := rc.SecondCapWithout
		if spouse {
			limit = rc.SecondCapWith
		}
		core += c.capAt(SectionCore, FactorSecondLanguageCap, sum, limit)
	}
	core += c.add(Line{Section: SectionCore, Factor: FactorCanadianWork, Level: ap.CanadianWorkYears, Points: rc.CanadianWork.At(ap.CanadianWorkYears, spouse)})
	coreCap := rc.CoreCapWithout
	if spouse {
		coreCap = rc.CoreCapWith
	}
	c.Core = c.capAt(SectionCore, FactorCoreCap, core, coreCap)

	// B. Spouse or common-law partner.
	if spouse {
		sp := &p.Spouse
		sum := c.add(Line{Section: SectionSpouse, Factor: FactorSpouseEducation, Level: int(sp.Education), Points: rc.SpouseEducation[sp.Education]})
		sl := &a.SpouseLanguage
		for ab := Ability(0); ab < NumAbilities; ab++ {
			lvl := noResult
			if sl.Given {
				lvl = sl.CLB[ab]
			}
			sum += c.add(Line{Section: SectionSpouse, Factor: FactorSpouseLanguage, Ability: ab, French: sl.French, Level: lvl,
				Points: rc.SpouseLanguage.At(lvl)})
		}
		sum += c.add(Line{Section: SectionSpouse, Factor: FactorSpouseCanadianWork, Level: sp.CanadianWorkYears, Points: rc.SpouseCanadianWork.At(sp.CanadianWorkYears)})
		c.Spouse = c.capAt(SectionSpouse, FactorSpouseCap, sum, rc.SpouseCap)
	}

	// C. Skill transferability.
	minCLB := first.Min()
	cwe := ap.CanadianWorkYears
	edu := c.add(Line{Section: SectionTransferability, Factor: FactorEducationLanguage, French: first.French, Level: int(ap.Education), Level2: minCLB,
		Points: rc.EducationLanguage.At(ap.Education, minCLB)})
	edu += c.add(Line{Section: SectionTransferability, Factor: FactorEducationCanadianWork, Level: int(ap.Education), Level2: cwe,
		Points: rc.EducationCanadianWork.At(ap.Education, cwe)})
	edu = c.capAt(SectionTransferability, FactorEducationGroupCap, edu, rc.EducationGroupCap)
	fw := ap.ForeignWorkYears
	foreign := c.add(Line{Section: SectionTransferability, Factor: FactorForeignLanguage, French: first.French, Level: fw, Level2: minCLB,
		Points: rc.ForeignLanguage.At(fw, minCLB)})
	foreign += c.add(Line{Section: SectionTransferability, Factor: FactorForeignCanadianWork, Level: fw, Level2: cwe,
		Points: rc.ForeignCanadianWork.At(fw, cwe)})
	foreign = c.capAt(SectionTransferability, FactorForeignGroupCap, foreign, rc.ForeignWorkGroupCap)
	cert := 0
	if ap.Certificate {
		pts := 0
		if col := column(rc.CertificateCols, minCLB); col >= 0 {
			pts = rc.CertificatePoints[col]
		}
		cert = c.add(Line{Section: SectionTransferability, Factor: FactorCertificate, French: first.French, Level: 1, Level2: minCLB, Points: pts})
		cert = c.capAt(SectionTransferability, FactorCertificateGroupCap, cert, rc.CertificateGroupCap)
	}
	c.Transferability = c.capAt(SectionTransferability, FactorTransferabilityCap, edu+foreign+cert, rc.TransferCap)

	// D. Additional points.
	add := 0
	if ap.Nomination {
		add += c.add(Line{Section: SectionAdditional, Factor: FactorNomination, Level: 1, Points: rc.Nomination})
	}
	if ap.JobOffer != NoJobOffer {
		pts := 0
		switch ap.JobOffer {
		case JobOfferMajorGroup00:
			pts = rc.JobOfferMajorGroup00
		case JobOfferTEER0to3:
			pts = rc.JobOfferTEER0to3
		}
		add += c.add(Line{Section: SectionAdditional, Factor: FactorJobOffer, Level: int(ap.JobOffer), Points: pts})
	}
	if ap.SiblingInCanada {
		add += c.add(Line{Section: SectionAdditional, Factor: FactorSibling, Level: 1, Points: rc.Sibling})
	}
	french, english := first, second
	if !french.French {
		french, english = second, first
	}
	if french.French && french.AllAtLeast(rc.FrenchNCLC) {
		pts, level2 := rc.FrenchWithoutEnglish, 0
		if !english.French && english.AllAtLeast(rc.FrenchEnglishCLB) {
			pts, level2 = rc.FrenchWithEnglish, rc.FrenchEnglishCLB
		}
		add += c.add(Line{Section: SectionAdditional, Factor: FactorFrench, French: true, Level: french.Min(), Level2: level2, Points: pts})
	}
	switch ap.CanadianEducation {
	case CanadianOneOrTwoYear:
		add += c.add(Line{Section: SectionAdditional, Factor: FactorCanadianStudy, Level: int(ap.CanadianEducation), Points: rc.StudyOneOrTwoYear})
	case CanadianThreeYearOrMore:
		add += c.add(Line{Section: SectionAdditional, Factor: FactorCanadianStudy, Level: int(ap.CanadianEducation), Points: rc.StudyThreeYearOrMore})
	}
	c.Additional = c.capAt(SectionAdditional, FactorAdditionalCap, add, rc.AdditionalCap)

	c.Total = c.Core + c.Spouse + c.Transferability + c.Additional
}
