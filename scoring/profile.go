package scoring

import (
	"time"
)

// Education is the highest level of education, Canadian or assessed by an ECA, in IRCC's order.
type Education int

// Levels of education, as named in profile files.
const (
	EducationNone Education = iota
	Secondary
	OneYear
	TwoYear
	Bachelors
	TwoOrMore
	Masters
	Doctoral
	NumEducation = 8
)

// EducationNames are the profile-file names of the levels, in order.
var EducationNames = []string{"none", "secondary", "one-year", "two-year", "bachelors", "two-or-more", "masters", "doctoral"}

var educationTitles = [NumEducation]string{
	"less than secondary school",
	"secondary diploma (high school)",
	"one-year post-secondary credential",
	"two-year post-secondary program",
	"bachelor's degree or three-year program",
	"two or more credentials, one of three years or more",
	"master's or entry-to-practice professional degree",
	"doctoral degree (PhD)",
}

// String is the level's profile-file name.
func (e Education) String() string { return EducationNames[e] }

// Title is the level in IRCC's words.
func (e Education) Title() string { return educationTitles[e] }

// CanadianEducation is the highest post-secondary credential earned in Canada.
type CanadianEducation int

// Canadian credentials, as named in profile files.
const (
	CanadianNone CanadianEducation = iota
	CanadianOneOrTwoYear
	CanadianThreeYearOrMore
)

// CanadianEducationNames are the profile-file names, in order.
var CanadianEducationNames = []string{"none", "one-or-two-year", "three-year-or-more"}

// String is the profile-file name.
func (c CanadianEducation) String() string { return CanadianEducationNames[c] }

// MaritalStatus is the applicant's marital status as IRCC asks it.
type MaritalStatus int

// Marital statuses, as named in profile files.
const (
	Single MaritalStatus = iota
	Married
	CommonLaw
	Divorced
	Separated
	Widowed
	Annulled
)

// MaritalStatusNames are the profile-file names, in order.
var MaritalStatusNames = []string{"single", "married", "common-law", "divorced", "separated", "widowed", "annulled"}

// String is the profile-file name.
func (m MaritalStatus) String() string { return MaritalStatusNames[m] }

// HasPartner reports whether the status has a spouse or common-law partner.
func (m MaritalStatus) HasPartner() bool { return m == Married || m == CommonLaw }

// JobOffer is the kind of arranged employment (a qualifying job offer) the applicant holds.
type JobOffer int

// Job offers, as named in profile files.
const (
	NoJobOffer JobOffer = iota
	JobOfferMajorGroup00
	JobOfferTEER0to3
	JobOfferTEER4or5
)

// JobOfferNames are the profile-file names, in order.
var JobOfferNames = []string{"none", "major-group-00", "teer-0-to-3", "teer-4-or-5"}

// String is the profile-file name.
func (j JobOffer) String() string { return JobOfferNames[j] }

// Skilled reports whether the offer is in TEER 0, 1, 2 or 3 (major group 00 included): the offers
// that count as arranged employment for the FSW grid.
func (j JobOffer) Skilled() bool { return j == JobOfferMajorGroup00 || j == JobOfferTEER0to3 }

// Language is one language test result: the test, its date and the four scores as the test reports
// them. Test "" means no result.
type Language struct {
	Test   string
	Date   time.Time // zero: not given
	Scores [NumAbilities]float64
}

// Given reports whether there is a result.
func (l *Language) Given() bool { return l.Test != "" }

// Applicant is everything about the principal applicant.
type Applicant struct {
	BirthDate          time.Time // zero: Age is used
	Age                int       // used when BirthDate is zero
	MaritalStatus      MaritalStatus
	SpouseAccompanying bool
	SpouseCanadian     bool
	Education          Education
	ECADate            time.Time // date of the educational credential assessment; zero: not given
	CanadianEducation  CanadianEducation
	CanadianWorkYears  int // skilled (TEER 0-3) work in Canada in the last 10 years
	ForeignWorkYears   int // skilled work outside Canada in the last 10 years
	TEER               int // TEER of the main occupation, 0-5; -1: not given
	Certificate        bool
	JobOffer           JobOffer
	Nomination         bool
	SiblingInCanada    bool

	CanadianWorkYearsLast3 int
	TradeWorkYearsLast5    int
	SettlementFunds        int
	FamilySize             int // 0: the default (1, or 2 with a spouse or partner)
	WorkAuthorized         bool
	RelativeInCanada       bool
	StudiedInCanada        bool

	FirstLanguage  Language
	SecondLanguage Language

	// Jobs is the work history (jobs.go); when given, the year counts and TEER above are counted
	// from it on the scoring day (work.go) and the profile file has none of them.
	Jobs       JobList
	PrimaryNOC string // the occupation applied under; "": the skilled job with the most hours

	// Residences is where the applicant has lived (residences.go), for the checklist's police
	// certificates; it scores nothing.
	Residences ResidenceList
}

// Spouse is the spouse or common-law partner, used only when they come to Canada and are not a
// Canadian citizen or permanent resident.
type Spouse struct {
	Education         Education
	CanadianWorkYears int
	StudiedInCanada   bool
	Language          Language
	Jobs              JobList // when given, CanadianWorkYears is counted from them

	Residences ResidenceList // where the spouse has lived, for the checklist; scores nothing
	// Principal is what only scoring the spouse as the principal applicant uses (spouseprincipal.go).
	Principal SpouseAsPrincipal
}

// empty reports whether nothing about the spouse is given.
func (s *Spouse) empty() bool {
	return s.Education == EducationNone && s.CanadianWorkYears == 0 && !s.StudiedInCanada &&
		s.Language == (Language{}) && s.Jobs.Len() == 0 && s.Principal == (SpouseAsPrincipal{})
}

// Profile is one candidate: the answers of the wizard or of a profile file.
type Profile struct {
	Name      string
	Applicant Applicant
	Spouse    Spouse

	// Children are the dependent children (residences.go): the checklist's birth certificates and
	// fees, and family size when family_size is not given.
	Children ChildList
}

// AccompanyingSpouse reports whether the spouse's factors count: a spouse or common-law partner who
// comes to Canada and is not a Canadian citizen or permanent resident. Otherwise the applicant is
// scored as if single.
func (p *Profile) AccompanyingSpouse() bool {
	a := &p.Applicant
	return a.MaritalStatus.HasPartner() && a.SpouseAccompanying && !a.SpouseCanadian
}

// AgeOn returns the applicant's age in whole years on day.
func (p *Profile) AgeOn(day time.Time) int {
	b := p.Applicant.BirthDate
	if b.IsZero() {
		return p.Applicant.Age
	}
	return max(0, YearsBetween(b, day))
}

// FamilySize is the number of people counted for settlement funds: family_size when given, else
// the applicant, a spouse or partner, and the dependent children listed.
func (p *Profile) FamilySize() int {
	if p.Applicant.FamilySize > 0 {
		return p.Applicant.FamilySize
	}
	return p.familyListed()
}

// familyListed is the applicant, a spouse or partner, and the dependent children listed.
func (p *Profile) familyListed() int {
	n := 1 + p.Children.Len()
	if p.Applicant.MaritalStatus.HasPartner() {
		n++
	}
	return n
}

// YearsBetween is the number of whole years from a to b (an age, or the age of a test result).
// Someone born on February 29 has a birthday on March 1 in other years.
func YearsBetween(a, b time.Time) int {
	y := b.Year() - a.Year()
	if b.Month() < a.Month() || (b.Month() == a.Month() && b.Day() < a.Day()) {
		y--
	}
	return y
}

// AddYears returns the date n years after d (February 29 becomes March 1).
func AddYears(d time.Time, n int) time.Time {
	return d.AddDate(n, 0, 0)
}

// NewProfile returns an empty profile with the defaults of a profile file.
func NewProfile() Profile {
	return Profile{Applicant: Applicant{SpouseAccompanying: true, TEER: -1}}
}
