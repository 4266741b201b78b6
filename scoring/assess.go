package scoring

import "time"

// ProgramID names an Express Entry program.
type ProgramID uint8

// The three federal programs managed through Express Entry.
const (
	FSW ProgramID = iota // Federal Skilled Worker Program
	CEC                  // Canadian Experience Class
	FST                  // Federal Skilled Trades Program
	NumPrograms
)

var programNames = [NumPrograms]string{"fsw", "cec", "fst"}
var programTitles = [NumPrograms]string{"Federal Skilled Worker", "Canadian Experience Class", "Federal Skilled Trades"}

// String is the program's short name ("fsw").
func (id ProgramID) String() string { return programNames[id] }

// Title is the program's name ("Federal Skilled Worker").
func (id ProgramID) Title() string { return programTitles[id] }

// Acronym is the program's usual abbreviation ("FSW").
func (id ProgramID) Acronym() string { return [NumPrograms]string{"FSW", "CEC", "FST"}[id] }

// ParseProgram reads a program's short name.
func ParseProgram(s string) (ProgramID, bool) {
	for i, n := range programNames {
		if n == s {
			return ProgramID(i), true
		}
	}
	return 0, false
}

// GridFactor is one factor of the FSW 100-point selection grid.
type GridFactor uint8

// The six FSW selection factors, and the adaptability elements.
const (
	GridLanguage GridFactor = iota
	GridSecondLanguage
	GridEducation
	GridExperience
	GridAge
	GridArranged
	GridAdaptSpouseLanguage
	GridAdaptStudy
	GridAdaptSpouseStudy
	GridAdaptWork
	GridAdaptSpouseWork
	GridAdaptArranged
	GridAdaptRelative
	GridAdaptCap
)

// GridLine is one line of the FSW grid.
type GridLine struct {
	Factor GridFactor
	French bool // language lines: NCLC levels
	Level  int  // the fact: lowest CLB, Education, years, age
	Points int  // negative for the adaptability cap line
	Cap    int
}

// ReasonCode says why a program's requirement is or is not met.
type ReasonCode uint8

// Reasons a program's requirement fails, and notes that explain how one was met.
const (
	ReasonNoLanguage           ReasonCode = iota // no first official language result
	ReasonLanguageExpired                        // Have: years old, Need: years valid
	ReasonLanguageBelow                          // Ability, Have: level, Need: level
	ReasonWorkShort                              // Have, Need: years
	ReasonTEERNotSkilled                         // Have: TEER
	ReasonNoEducation                            // FSW: no secondary or higher credential
	ReasonECAExpired                             // Have: years old, Need: years valid
	ReasonGridBelowPass                          // Have: points, Need: pass mark
	ReasonFundsShort                             // Have, Need: dollars; Level: family size
	ReasonNoOfferOrCertificate                   // FST
	ReasonLanguageNotYet                         // Dates: the test's date, after the day it had to exist by
	ReasonECANotYet                              // Dates: the ECA's date, after the day it had to exist by
	ReasonNotContinuous                          // FSW from jobs: no continuous Need years in the primary occupation
	NoteFundsExempt                              // authorized to work in Canada with a qualifying offer
	NoteStricterTEER                             // CEC: TEER not given, so CLB 7 applies
	NoteFundsNotEncoded                          // no settlement-funds table for the day: not checked
)

// Reason is a requirement of a program that is not met (or, for the Note codes, how one was met).
type Reason struct {
	Program ProgramID
	Code    ReasonCode
	Ability Ability
	French  bool
	Have    int
	Need    int
	Level   int
}

// Dates are, for the NotYet reasons, the date of the result or the ECA and the day it had to exist
// by, kept in Have and Need as day numbers (so that an Assessment stays small).
func (r Reason) Dates() (date, by time.Time) { return fromDayNumber(r.Have), fromDayNumber(r.Need) }

// dayNumber is the day of d as a number of days from 1970-01-01.
func dayNumber(d time.Time) int { return int(Day(d).Unix() / 86400) }

// fromDayNumber is the day of a day number.
func fromDayNumber(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// Fails reports whether the reason makes the candidate ineligible (notes do not).
func (r Reason) Fails() bool { return r.Code < NoteFundsExempt }

const (
	maxGrid    = 16
	maxReasons = 12
)

// Program is the eligibility of a candidate for one program, with its reasons; for FSW, the
// selection grid too.
type Program struct {
	ID       ProgramID
	Eligible bool
	Points   int // FSW grid total; 0 for CEC and FST
	grid     [maxGrid]GridLine
	ng       int
	reasons  [maxReasons]Reason
	nr       int
}

// Grid returns the FSW grid lines (empty for other programs).
func (p *Program) Grid() []GridLine { return p.grid[:p.ng] }

// Reasons returns the failing requirements and notes, in the order they were checked.
func (p *Program) Reasons() []Reason { return p.reasons[:p.nr] }

// Failures counts the reasons that fail.
func (p *Program) Failures() int {
	n := 0
	for _, r := range p.Reasons() {
		if r.Fails() {
			n++
		}
	}
	return n
}

func (p *Program) reason(r Reason) {
	r.Program = p.ID
	if p.nr < maxReasons {
		p.reasons[p.nr] = r
		p.nr++
	}
}

func (p *Program) line(l GridLine) int {
	p.grid[p.ng] = l
	p.ng++
	return l.Points
}

// WarningCode names something the candidate should know that is not a program requirement.
type WarningCode uint8

// Warnings about the profile on the day of scoring.
const (
	WarnFirstLanguageExpired  WarningCode = iota // Have: years old
	WarnSecondLanguageExpired                    // Have: years old
	WarnSpouseLanguageExpired                    // Have: years old
	WarnECAExpired                               // Have: years old
	WarnNoFirstLanguage
	WarnSpouseNotScored // spouse answers given, but the spouse does not count
	WarnNoChart         // a result on a test or date the rules have no chart for: no points
	// Dated after the day of scoring (Dates; Test for results): it does not exist yet.
	WarnFirstLanguageNotYet
	WarnSecondLanguageNotYet
	WarnSpouseLanguageNotYet
	WarnECANotYet
)

// Warning is one thing to know about a profile on the day it was scored.
type Warning struct {
	Code WarningCode
	Have int
	Need int
	Test string // the NotYet warnings of a result: the test
}

// Dates are, for the NotYet warnings, the date of the result or the ECA and the day it had to
// exist by (kept in Have and Need as day numbers).
func (w Warning) Dates() (date, by time.Time) { return fromDayNumber(w.Have), fromDayNumber(w.Need) }

const maxWarnings = 8

// Assessment is everything the engine says about a profile on a day: the CRS score with every line,
// and the eligibility of each program with its reasons.
type Assessment struct {
	Day            time.Time
	Age            int
	First          Levels
	Second         Levels
	SpouseLanguage Levels
	CRS            CRS
	Programs       [NumPrograms]Program
	Work           WorkCount // the work history counted on Day (FromJobs false: years given as counts)
	counted        Profile   // the profile scored when the years come from jobs: its years counted
	takenBy        time.Time // the last day a result or the ECA may be dated to count (Day, but after an ITA)
	warnings       [maxWarnings]Warning
	nw             int
}

// Warnings returns the warnings, in a fixed order.
func (a *Assessment) Warnings() []Warning { return a.warnings[:a.nw] }

// Program returns the eligibility for one program.
func (a *Assessment) Program(id ProgramID) *Program { return &a.Programs[id] }

// EligibleAny reports whether the candidate meets at least one program, which Express Entry needs.
func (a *Assessment) EligibleAny() bool {
	for i := range a.Programs {
		if a.Programs[i].Eligible {
			return true
		}
	}
	return false
}

func (a *Assessment) warn(w Warning) {
	if a.nw < maxWarnings {
		a.warnings[a.nw] = w
		a.nw++
	}
}

// Assess scores a profile on day with rules r, which should be the rules in force that day (see
// Rules.At). It never fails: a profile read by ReadProfile or checked by CheckProfile is complete.
// It does not allocate.
func Assess(r *Rules, p *Profile, day time.Time) Assessment {
	var a Assessment
	r.AssessInto(p, day, &a)
	return a
}

// AssessInto is Assess writing into a, for callers that reuse one Assessment.
func (r *Rules) AssessInto(p *Profile, day time.Time, a *Assessment) {
	day = Day(day)
	r.assessInto(p, day, day, a)
}

// assessInto is AssessInto with the last day a result or the ECA may be dated to count given apart
// (takenBy): after an ITA, the profile is scored on the ITA date with what exists on the day of
// applying. Anything dated after takenBy does not exist yet: it gives nothing, and a warning says
// so. Both are days (see Day).
func (r *Rules) assessInto(p *Profile, day, takenBy time.Time, a *Assessment) {
	*a = Assessment{Day: day, Age: p.AgeOn(day), takenBy: takenBy}
	if p.Applicant.Jobs.Len() > 0 || p.Spouse.Jobs.Len() > 0 {
		a.counted = *p
		r.withWork(&a.counted, day, &a.Work)
		p = &a.counted
	}
	ap := &p.Applicant
	a.First = r.levelsOf(&ap.FirstLanguage, day, takenBy)
	a.Second = r.levelsOf(&ap.SecondLanguage, day, takenBy)
	spouse := p.AccompanyingSpouse()
	if spouse {
		a.SpouseLanguage = r.levelsOf(&p.Spouse.Language, day, takenBy)
	}
	notYet := func(code WarningCode, l *Language) Warning {
		return Warning{Code: code, Test: l.Test, Have: dayNumber(l.Date), Need: dayNumber(takenBy)}
	}
	switch {
	case !ap.FirstLanguage.Given():
		a.warn(Warning{Code: WarnNoFirstLanguage, Need: 4*r.CRS.FirstLanguage.Without.Max() + r.CRS.SecondCapWithout})
	case a.First.NotYet:
		a.warn(notYet(WarnFirstLanguageNotYet, &ap.FirstLanguage))
	case a.First.Expired:
		a.warn(Warning{Code: WarnFirstLanguageExpired, Have: YearsBetween(ap.FirstLanguage.Date, day), Need: r.Timing.LanguageValidYears})
	}
	// A result with no chart: LevelsOf found none (its Chart is nil). The spouse's result is read
	// only when the spouse counts, so otherwise its chart is looked up here.
	spouseNoChart := a.SpouseLanguage.Chart == nil
	if !spouse && p.Spouse.Language.Given() {
		_, err := r.ChartFor(p.Spouse.Language.Test, p.Spouse.Language.Date)
		spouseNoChart = err != nil
	}
	if (ap.FirstLanguage.Given() && a.First.Chart == nil) || (ap.SecondLanguage.Given() && a.Second.Chart == nil) ||
		(p.Spouse.Language.Given() && spouseNoChart) {
		a.warn(Warning{Code: WarnNoChart})
	}
	switch {
	case a.Second.NotYet:
		a.warn(notYet(WarnSecondLanguageNotYet, &ap.SecondLanguage))
	case a.Second.Expired:
		a.warn(Warning{Code: WarnSecondLanguageExpired, Have: YearsBetween(ap.SecondLanguage.Date, day), Need: r.Timing.LanguageValidYears})
	}
	switch {
	case a.SpouseLanguage.NotYet:
		a.warn(notYet(WarnSpouseLanguageNotYet, &p.Spouse.Language))
	case a.SpouseLanguage.Expired:
		a.warn(Warning{Code: WarnSpouseLanguageExpired, Have: YearsBetween(p.Spouse.Language.Date, day), Need: r.Timing.LanguageValidYears})
	}
	var eca *Reason // why the ECA does not count for FSW, if it does not
	switch d := ap.ECADate; {
	case d.IsZero():
	case d.After(takenBy):
		a.warn(Warning{Code: WarnECANotYet, Have: dayNumber(d), Need: dayNumber(takenBy)})
		eca = &Reason{Code: ReasonECANotYet, Have: dayNumber(d), Need: dayNumber(takenBy)}
	case YearsBetween(d, day) >= r.Timing.ECAValidYears:
		a.warn(Warning{Code: WarnECAExpired, Have: YearsBetween(d, day), Need: r.Timing.ECAValidYears})
		eca = &Reason{Code: ReasonECAExpired, Have: YearsBetween(d, day), Need: r.Timing.ECAValidYears}
	}
	if !spouse && !p.Spouse.empty() {
		a.warn(Warning{Code: WarnSpouseNotScored})
	}
	r.scoreCRS(p, a)
	r.fsw(p, a, eca)
	r.cec(p, a)
	r.fst(p, a)
}

// languageReasons checks the first official language against a minimum level per ability.
func (r *Rules) languageReasons(p *Profile, a *Assessment, prog *Program, need [NumAbilities]int) {
	first := &a.First
	switch {
	case first.NotYet:
		prog.reason(Reason{Code: ReasonLanguageNotYet, Have: dayNumber(p.Applicant.FirstLanguage.Date), Need: dayNumber(a.takenBy)})
	case first.Expired:
		prog.reason(Reason{Code: ReasonLanguageExpired, Have: YearsBetween(p.Applicant.FirstLanguage.Date, a.Day), Need: r.Timing.LanguageValidYears})
	case !first.Given:
		prog.reason(Reason{Code: ReasonNoLanguage, Need: r.Timing.LanguageValidYears})
	default:
		for ab := Ability(0); ab < NumAbilities; ab++ {
			if first.CLB[ab] < need[ab] {
				prog.reason(Reason{Code: ReasonLanguageBelow, Ability: ab, French: first.French, Have: first.CLB[ab], Need: need[ab]})
			}
		}
	}
}

func all4(n int) [NumAbilities]int { return [NumAbilities]int{n, n, n, n} }

// fundsReason checks settlement funds, unless the candidate is exempt: authorized to work in Canada
// with a qualifying job offer.
func (r *Rules) fundsReason(p *Profile, prog *Program, offer bool) {
	ap := &p.Applicant
	if ap.WorkAuthorized && offer {
		prog.reason(Reason{Code: NoteFundsExempt})
		return
	}
	n := p.FamilySize()
	need, known := r.FSW.FundsFor(n)
	switch {
	case !known:
		prog.reason(Reason{Code: NoteFundsNotEncoded})
	case ap.SettlementFunds < need:
		prog.reason(Reason{Code: ReasonFundsShort, Have: ap.SettlementFunds, Need: need, Level: n})
	}
}

// fsw fills the FSW program; eca is why the ECA does not count (nil when it does or is not dated).
func (r *Rules) fsw(p *Profile, a *Assessment, eca *Reason) {
	prog := &a.Programs[FSW]
	*prog = Program{ID: FSW}
	f := &r.FSW
	ap := &p.Applicant
	first := &a.First

	// The selection grid.
	lang := 0
	for ab := Ability(0); ab < NumAbilities; ab++ {
		if first.Given && first.CLB[ab] >= f.MinCLB {
			lang += f.Language.At(first.CLB[ab])
		}
	}
	total := prog.line(GridLine{Factor: GridLanguage, French: first.French, Level: first.Min(), Points: lang})
	second := 0
	if a.Second.AllAtLeast(f.SecondCLB) {
		second = f.SecondPoints
	}
	total += prog.line(GridLine{Factor: GridSecondLanguage, French: a.Second.French, Level: a.Second.Min(), Points: second})
	total += prog.line(GridLine{Factor: GridEducation, Level: int(ap.Education), Points: f.Education[ap.Education]})
	years := r.Work.FSWWorkYears(&a.Work, p)
	total += prog.line(GridLine{Factor: GridExperience, Level: years, Points: f.Experience.At(years)})
	total += prog.line(GridLine{Factor: GridAge, Level: a.Age, Points: f.Age.At(a.Age)})
	arranged := 0
	if ap.JobOffer.Skilled() {
		arranged = f.Arranged
	}
	total += prog.line(GridLine{Factor: GridArranged, Level: int(ap.JobOffer), Points: arranged})
	adapt := 0
	spouse := p.AccompanyingSpouse()
	if spouse && a.SpouseLanguage.AllAtLeast(f.AdaptSpouseCL) {
		adapt += prog.line(GridLine{Factor: GridAdaptSpouseLanguage, Points: f.AdaptSpouseLang})
	}
	if ap.StudiedInCanada {
		adapt += prog.line(GridLine{Factor: GridAdaptStudy, Points: f.AdaptStudy})
	}
	if spouse && p.Spouse.StudiedInCanada {
		adapt += prog.line(GridLine{Factor: GridAdaptSpouseStudy, Points: f.AdaptSpouseStudy})
	}
	if ap.CanadianWorkYears >= 1 {
		adapt += prog.line(GridLine{Factor: GridAdaptWork, Level: ap.CanadianWorkYears, Points: f.AdaptWork})
	}
	if sw := r.Work.SpouseWorkYearsForFSW(&a.Work, p); spouse && sw >= 1 {
		adapt += prog.line(GridLine{Factor: GridAdaptSpouseWork, Level: sw, Points: f.AdaptSpouseWork})
	}
	if ap.JobOffer.Skilled() {
		adapt += prog.line(GridLine{Factor: GridAdaptArranged, Points: f.AdaptArranged})
	}
	if ap.RelativeInCanada || ap.SiblingInCanada {
		adapt += prog.line(GridLine{Factor: GridAdaptRelative, Points: f.AdaptRelative})
	}
	if adapt > f.AdaptCap {
		prog.line(GridLine{Factor: GridAdaptCap, Level: adapt, Points: f.AdaptCap - adapt, Cap: f.AdaptCap})
		adapt = f.AdaptCap
	}
	total += adapt
	prog.Points = total

	// The minimum requirements.
	if ap.TEER > 3 {
		prog.reason(Reason{Code: ReasonTEERNotSkilled, Have: ap.TEER})
	}
	if years < f.MinWorkYears {
		prog.reason(Reason{Code: ReasonWorkShort, Have: years, Need: f.MinWorkYears})
	} else if a.Work.FromJobs && !a.Work.FSWContinuous {
		prog.reason(Reason{Code: ReasonNotContinuous, Have: r.Work.FSWWindowYears, Need: r.Work.FSWContinuousYears})
	}
	r.languageReasons(p, a, prog, all4(f.MinCLB))
	if ap.Education == EducationNone {
		prog.reason(Reason{Code: ReasonNoEducation})
	}
	if eca != nil {
		prog.reason(*eca)
	}
	if total < f.PassMark {
		prog.reason(Reason{Code: ReasonGridBelowPass, Have: total, Need: f.PassMark})
	}
	r.fundsReason(p, prog, ap.JobOffer.Skilled())
	prog.Eligible = prog.Failures() == 0
}

func (r *Rules) cec(p *Profile, a *Assessment) {
	prog := &a.Programs[CEC]
	*prog = Program{ID: CEC}
	ap := &p.Applicant
	if ap.CanadianWorkYearsLast3 < r.CEC.MinWorkYearsLast3 {
		prog.reason(Reason{Code: ReasonWorkShort, Have: ap.CanadianWorkYearsLast3, Need: r.CEC.MinWorkYearsLast3, Level: ap.CanadianWorkYears})
	}
	need := r.CEC.MinCLBTEER01
	teer := ap.TEER
	if a.Work.FromJobs && a.Work.CECTEER >= 0 {
		teer = a.Work.CECTEER // the occupation with the most experience in the window: s. 87.1(2)(e)
	}
	switch {
	case teer > 3:
		prog.reason(Reason{Code: ReasonTEERNotSkilled, Have: teer})
	case teer >= 2:
		need = r.CEC.MinCLBTEER23
	case teer < 0:
		prog.reason(Reason{Code: NoteStricterTEER, Need: need, Have: r.CEC.MinCLBTEER23})
	}
	r.languageReasons(p, a, prog, all4(need))
	prog.Eligible = prog.Failures() == 0
}

func (r *Rules) fst(p *Profile, a *Assessment) {
	prog := &a.Programs[FST]
	*prog = Program{ID: FST}
	ap := &p.Applicant
	if ap.TradeWorkYearsLast5 < r.FST.MinTradeYearsLast5 {
		prog.reason(Reason{Code: ReasonWorkShort, Have: ap.TradeWorkYearsLast5, Need: r.FST.MinTradeYearsLast5})
	}
	r.languageReasons(p, a, prog, r.FST.MinCLB)
	offer := ap.JobOffer == JobOfferTEER0to3
	if !offer && !ap.Certificate {
		prog.reason(Reason{Code: ReasonNoOfferOrCertificate})
	}
	r.fundsReason(p, prog, offer)
	prog.Eligible = prog.Failures() == 0
}
