package scoring

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// The swap: the same family scored the other way round, the spouse or common-law partner as the
// principal applicant and the applicant as the accompanying spouse. What moves, fact by fact:
//
//   - Each person's own facts go with the person: birth date or age, education, the ECA,
//     Canadian study (the CRS's Canadian education and FSW's adaptability study), language
//     results (the spouse's [spouse.language] is their first official language,
//     [spouse.second_language] their second), work (the jobs, or the year counts and TEER),
//     the certificate of qualification, a job offer (made to one person), and work
//     authorization.
//   - A provincial nomination does not move. A nomination certificate is issued to the principal
//     applicant it names; whether a province would nominate the spouse instead is the province's
//     decision, not a fact of this profile. The stricter reading is taken: with the spouse as
//     principal there is no nomination (and no provincial nominee round) until the spouse holds one.
//   - The family's facts stay: marital status and the spouse's coming, settlement funds and family
//     size (the same people count: eligibility.md §4), a brother or sister in Canada (the CRS
//     counts one of either person: crs-rules.md §1.9) and a relative in Canada (FSW adaptability
//     counts the applicant's or the accompanying spouse's: eligibility.md §1.2, factor 6), and the
//     dependent children (the family size they make when family_size is not given, and the
//     checklist's documents for them).
//   - Where each person has lived (the checklist's police certificates) goes with the person.

// SwapMissing is a fact the swap needs that the profile does not give: the profile key to give it
// under, and why it is needed.
type SwapMissing struct {
	Key string
	Why string
}

// SwapNote says what the swap did with one fact of the profile that does not simply move with its
// person, for the comparison's reader.
type SwapNote struct {
	Fact string
	Note string
}

// Swap returns p with the spouse as the principal applicant and the applicant as the accompanying
// spouse, and what happened to the facts that are not simply each person's own. When a fact the
// swap needs is missing (no spouse who could be principal, the spouse's age, first official
// language or education), it returns what is missing and no profile: it never guesses.
func Swap(p *Profile) (Profile, []SwapNote, []SwapMissing) {
	if missing := SwapNeeds(p); len(missing) > 0 {
		return Profile{}, nil, missing
	}
	a, s := &p.Applicant, &p.Spouse
	sp := &s.Principal
	q := Profile{Name: p.Name, Children: p.Children}
	n := &q.Applicant
	// The family's facts stay.
	n.MaritalStatus, n.SpouseAccompanying, n.SpouseCanadian = a.MaritalStatus, a.SpouseAccompanying, a.SpouseCanadian
	n.SiblingInCanada, n.RelativeInCanada = a.SiblingInCanada, a.RelativeInCanada
	n.SettlementFunds, n.FamilySize = a.SettlementFunds, a.FamilySize
	// The spouse's own facts make the principal applicant.
	n.BirthDate, n.Age = sp.BirthDate, sp.Age
	n.Education, n.ECADate, n.CanadianEducation = s.Education, sp.ECADate, sp.CanadianEducation
	n.FirstLanguage, n.SecondLanguage = s.Language, sp.SecondLanguage
	n.StudiedInCanada = s.StudiedInCanada
	n.Jobs, n.Residences = s.Jobs, s.Residences
	n.TEER = -1
	if s.Jobs.Len() > 0 {
		n.PrimaryNOC = sp.PrimaryNOC
	} else {
		n.CanadianWorkYears, n.ForeignWorkYears = s.CanadianWorkYears, sp.ForeignWorkYears
		n.CanadianWorkYearsLast3, n.TradeWorkYearsLast5 = sp.CanadianWorkYearsLast3, sp.TradeWorkYearsLast5
		if sp.TEERGiven {
			n.TEER = sp.TEER
		}
	}
	n.Certificate, n.JobOffer, n.WorkAuthorized = sp.Certificate, sp.JobOffer, sp.WorkAuthorized
	n.Nomination = false // not carried over: see above

	// The applicant's own facts make the accompanying spouse.
	ns := &q.Spouse
	nsp := &ns.Principal
	ns.Education, ns.StudiedInCanada, ns.Language = a.Education, a.StudiedInCanada, a.FirstLanguage
	ns.Jobs, ns.Residences = a.Jobs, a.Residences
	nsp.BirthDate, nsp.Age = a.BirthDate, a.Age
	if a.BirthDate.IsZero() && a.Age < MinSpouseAge {
		nsp.Age = 0 // an age a spouse cannot have is no age (see MinSpouseAge)
	}
	nsp.ECADate, nsp.CanadianEducation, nsp.SecondLanguage = a.ECADate, a.CanadianEducation, a.SecondLanguage
	if a.Jobs.Len() > 0 {
		nsp.PrimaryNOC = a.PrimaryNOC
	} else {
		ns.CanadianWorkYears, nsp.ForeignWorkYears = a.CanadianWorkYears, a.ForeignWorkYears
		nsp.CanadianWorkYearsLast3, nsp.TradeWorkYearsLast5 = a.CanadianWorkYearsLast3, a.TradeWorkYearsLast5
		nsp.TEER, nsp.TEERGiven = max(a.TEER, 0), a.TEER >= 0
	}
	nsp.Certificate, nsp.JobOffer, nsp.WorkAuthorized = a.Certificate, a.JobOffer, a.WorkAuthorized
	return q, swapNotes(p), nil
}

// SwapNeeds lists what Swap needs and p does not give; empty when the swap can be made.
func SwapNeeds(p *Profile) []SwapMissing {
	a, s := &p.Applicant, &p.Spouse
	switch {
	case !a.MaritalStatus.HasPartner():
		return []SwapMissing{{Key: "applicant.marital_status", Why: "no spouse or common-law partner (marital_status is \"" + a.MaritalStatus.String() + "\"): there is no one to swap with"}}
	case a.SpouseCanadian:
		return []SwapMissing{{Key: "applicant.spouse_canadian", Why: "the spouse or partner is a Canadian citizen or permanent resident, so they do not apply for permanent residence"}}
	case !a.SpouseAccompanying:
		return []SwapMissing{{Key: "applicant.spouse_accompanying", Why: "the spouse or partner is not coming to Canada, so they cannot be the principal applicant of this family's move"}}
	}
	var out []SwapMissing
	if !s.Principal.AgeGiven() {
		out = append(out, SwapMissing{Key: "spouse.birth_date", Why: "the spouse's birth date (or spouse.age): age is a core factor of a principal applicant and of FSW's grid"})
	}
	if s.Education == EducationNone {
		out = append(out, SwapMissing{Key: "spouse.education", Why: "the spouse's level of education: \"none\", which is also what a [spouse] without it means; a principal applicant with less than secondary school earns no education points and cannot apply under FSW, so give the level (a real \"none\" is not compared)"})
	}
	if !s.Language.Given() {
		out = append(out, SwapMissing{Key: "spouse.language", Why: "the spouse's first official language result: every program asks one of the principal applicant"})
	}
	return out
}

// swapNotes says what the swap did with the facts that are not simply each person's own.
func swapNotes(p *Profile) []SwapNote {
	a, sp := &p.Applicant, &p.Spouse.Principal
	var out []SwapNote
	if a.Nomination {
		out = append(out, SwapNote{Fact: "Provincial nomination", Note: "not carried over: a nomination is issued to the principal applicant it names, so the stricter reading is that your spouse as principal would need a nomination of their own"})
	}
	if a.JobOffer != NoJobOffer || sp.JobOffer != NoJobOffer {
		out = append(out, SwapNote{Fact: "Job offer", Note: "each person's own: it goes with the person it was made to"})
	}
	if a.Certificate || sp.Certificate {
		out = append(out, SwapNote{Fact: "Certificate of qualification", Note: "each person's own: it goes with the person it was issued to"})
	}
	if a.SiblingInCanada {
		out = append(out, SwapNote{Fact: "Brother or sister in Canada", Note: "kept: the CRS counts a sibling of either of you"})
	}
	if a.RelativeInCanada {
		out = append(out, SwapNote{Fact: "Relative in Canada", Note: "kept: FSW's adaptability counts a relative of either of you"})
	}
	out = append(out, SwapNote{Fact: "Settlement funds and family size", Note: "kept: they are the family's"})
	return out
}

// Arrangement names who is the principal applicant.
type Arrangement uint8

// The arrangements a comparison weighs.
const (
	AsGiven Arrangement = iota // the profile as it is
	Swapped                    // the spouse as the principal applicant
	Equal                      // neither is better
)

// String is the arrangement's JSON name: "as_given", "swapped", "equal".
func (x Arrangement) String() string { return [...]string{"as_given", "swapped", "equal"}[x] }

// FactorDiff is what one CRS factor gives in each arrangement (the sum of its lines; a cap line is
// its own factor).
type FactorDiff struct {
	Factor  Factor
	AsGiven int
	Swapped int
}

// Diff is what the swap changes: Swapped - AsGiven.
func (d FactorDiff) Diff() int { return d.Swapped - d.AsGiven }

// Comparison is a family scored both ways on one day.
type Comparison struct {
	Day            time.Time
	AsGiven        Assessment
	Swapped        Assessment // valid when Missing is empty
	SwappedProfile Profile
	Notes          []SwapNote
	Missing        []SwapMissing
	Better         Arrangement // AsGiven when the swap cannot be made
	// BetterByProgram: the better one is better because only it is eligible for a program.
	BetterByProgram bool
	// Factors are the CRS factors that differ, the largest difference first.
	Factors []FactorDiff
}

// Compare scores p as given and with the spouse as principal applicant (Swap) on day, with rules r
// in force that day. The better arrangement is the one eligible for a program when only one is
// (Express Entry takes no one who is not), else the one with the higher CRS total; equal otherwise.
func (r *Rules) Compare(p *Profile, day time.Time) Comparison {
	c := Comparison{Day: Day(day), AsGiven: Assess(r, p, day)}
	q, notes, missing := Swap(p)
	if len(missing) > 0 {
		c.Missing = missing
		return c
	}
	c.SwappedProfile, c.Notes = q, notes
	c.Swapped = Assess(r, &q, day)
	c.Factors = factorDiffs(&c.AsGiven.CRS, &c.Swapped.CRS)
	g, s := &c.AsGiven, &c.Swapped
	switch {
	case g.EligibleAny() != s.EligibleAny():
		c.Better, c.BetterByProgram = AsGiven, true
		if s.EligibleAny() {
			c.Better = Swapped
		}
	case s.CRS.Total > g.CRS.Total:
		c.Better = Swapped
	case s.CRS.Total < g.CRS.Total:
		c.Better = AsGiven
	default:
		c.Better = Equal
	}
	return c
}

// factorDiffs are the factors whose points differ between two scores, the largest difference
// first (then in IRCC's order).
func factorDiffs(g, s *CRS) []FactorDiff {
	var sums [NumFactors]FactorDiff
	for _, l := range g.Lines() {
		sums[l.Factor].AsGiven += l.Points
	}
	for _, l := range s.Lines() {
		sums[l.Factor].Swapped += l.Points
	}
	var out []FactorDiff
	for f := range sums {
		sums[f].Factor = Factor(f)
		if sums[f].Diff() != 0 {
			out = append(out, sums[f])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return abs(out[i].Diff()) > abs(out[j].Diff()) })
	return out
}

// Title is the arrangement in words: "you as principal applicant" (as given), "your spouse as
// principal applicant", "equal".
func (x Arrangement) Title() string {
	return [...]string{"you as principal applicant", "your spouse as principal applicant", "equal"}[x]
}

// maxWhyFactors is how many of the factors that differ most the explanation names.
const maxWhyFactors = 3

// Why says in plain words which arrangement is better and why, from what the scores found: the
// missing facts when the swap cannot be made; the programs when only one arrangement is eligible
// for one; else the totals and the factors that differ most, each with what it was scored on.
func (c *Comparison) Why() []string {
	if len(c.Missing) > 0 {
		out := []string{"Your spouse as principal applicant cannot be scored: the profile does not give what it needs."}
		for _, m := range c.Missing {
			out = append(out, m.Key+": "+m.Why)
		}
		return out
	}
	g, s := &c.AsGiven, &c.Swapped
	var out []string
	switch {
	case c.BetterByProgram:
		better := s
		if c.Better == AsGiven {
			better = g
		}
		out = append(out, fmt.Sprintf("Only with %s is the family eligible for a program (%s): Express Entry invites no one who is not.",
			c.Better.Title(), eligiblePrograms(better)))
	case c.Better == Equal:
		out = append(out, fmt.Sprintf("Both arrangements score %d: neither is better on the CRS.", g.CRS.Total))
	default:
		hi, lo, other := s, g, AsGiven
		if c.Better == AsGiven {
			hi, lo, other = g, s, Swapped
		}
		out = append(out, fmt.Sprintf("With %s the family scores %d, %d more than with %s (%d).",
			c.Better.Title(), hi.CRS.Total, hi.CRS.Total-lo.CRS.Total, other.Title(), lo.CRS.Total))
	}
	if !g.EligibleAny() && !s.EligibleAny() {
		out = append(out, "Neither arrangement is eligible for a program yet (FSW, CEC or FST), so no round could invite either now.")
	}
	for i, d := range c.Factors {
		if i == maxWhyFactors {
			break
		}
		out = append(out, c.factorWhy(d))
	}
	return out
}

// factorWhy is one factor that differs: "+56 Canadian work: 56 with your spouse as principal
// (Canadian work: 3 years), 0 as given (Canadian work: 0 years)".
func (c *Comparison) factorWhy(d FactorDiff) string {
	fact := func(crs *CRS) string {
		if perAbility(d.Factor) {
			return ""
		}
		l, ok := crs.Line(d.Factor, 0)
		if !ok {
			return " (none)"
		}
		if l.IsCap() {
			return ""
		}
		return " (" + l.Label() + ")"
	}
	return fmt.Sprintf("%+d %s: %d with your spouse as principal%s, %d as given%s",
		d.Diff(), d.Factor.Title(), d.Swapped, fact(&c.Swapped.CRS), d.AsGiven, fact(&c.AsGiven.CRS))
}

// eligiblePrograms is "CEC, FSW": the programs a is eligible for.
func eligiblePrograms(a *Assessment) string {
	var out []string
	for i := range a.Programs {
		if a.Programs[i].Eligible {
			out = append(out, a.Programs[i].ID.Acronym())
		}
	}
	return strings.Join(out, ", ")
}
