package scoring

import (
	"sort"
	"strconv"
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
	Why string // in English; WhyIn in any language
	// Told is what was said of it (a "cmp_miss_*" message and its arguments), for WhyIn.
	Told Told
}

// SwapNote says what the swap did with one fact of the profile that does not simply move with its
// person, for the comparison's reader.
type SwapNote struct {
	Fact string // in English; FactIn in any language
	Note string // in English; NoteIn in any language
	// ID names the note's messages, "cmp_fact_"+ID and "cmp_note_"+ID; "" for a note made by
	// hand, whose Fact and Note are the words in every language.
	ID string
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
		return []SwapMissing{swapMissing("applicant.marital_status", "cmp_miss_no_partner", map[string]any{"Status": strconv.Quote(a.MaritalStatus.String())})}
	case a.SpouseCanadian:
		return []SwapMissing{swapMissing("applicant.spouse_canadian", "cmp_miss_spouse_canadian", nil)}
	case !a.SpouseAccompanying:
		return []SwapMissing{swapMissing("applicant.spouse_accompanying", "cmp_miss_not_accompanying", nil)}
	}
	var out []SwapMissing
	if !s.Principal.AgeGiven() {
		out = append(out, swapMissing("spouse.birth_date", "cmp_miss_birth_date", nil))
	}
	if s.Education == EducationNone {
		out = append(out, swapMissing("spouse.education", "cmp_miss_education", map[string]any{"None": strconv.Quote(EducationNone.String())}))
	}
	if !s.Language.Given() {
		out = append(out, swapMissing("spouse.language", "cmp_miss_language", nil))
	}
	return out
}

// swapMissing is the fact under key that the swap needs, why told as message id with args.
func swapMissing(key, id string, args map[string]any) SwapMissing {
	m := SwapMissing{Key: key, Told: Told{ID: id, Args: args}}
	m.Why = m.WhyIn(english)
	return m
}

// swapNotes says what the swap did with the facts that are not simply each person's own.
func swapNotes(p *Profile) []SwapNote {
	a, sp := &p.Applicant, &p.Spouse.Principal
	var ids []string
	if a.Nomination {
		ids = append(ids, "nomination")
	}
	if a.JobOffer != NoJobOffer || sp.JobOffer != NoJobOffer {
		ids = append(ids, "job_offer")
	}
	if a.Certificate || sp.Certificate {
		ids = append(ids, "certificate")
	}
	if a.SiblingInCanada {
		ids = append(ids, "sibling")
	}
	if a.RelativeInCanada {
		ids = append(ids, "relative")
	}
	ids = append(ids, "family")
	out := make([]SwapNote, 0, len(ids))
	for _, id := range ids {
		n := SwapNote{ID: id}
		n.Fact, n.Note = n.FactIn(english), n.NoteIn(english)
		out = append(out, n)
	}
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
// principal applicant", "equal" (TitleIn in any language).
func (x Arrangement) Title() string { return x.TitleIn(english) }

// Why says in plain words which arrangement is better and why, from what the scores found: the
// missing facts when the swap cannot be made; the programs when only one arrangement is eligible
// for one; else the totals and the factors that differ most, each with what it was scored on
// (WhyIn in any language).
func (c *Comparison) Why() []string { return c.WhyIn(english) }
