package rounds

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// CanEnter reports whether a candidate, from their assessment, can be invited in rounds of
// category c on the day of the assessment: every round needs eligibility for a program; program
// rounds need that program, provincial nominee rounds a nomination, and a category of
// category-based selection its version in force on that day, met as scoring.Rules.AssessCategory
// judges it (French at the version's french_nclc; an occupation category needs jobs with their NOC
// codes). A round type the rules do not know (Other) is not assessed: no one can enter it. It
// agrees with KindsFor.
func CanEnter(r *scoring.Rules, c Category, a *scoring.Assessment, p *scoring.Profile) bool {
	if !a.EligibleAny() {
		return false
	}
	switch c {
	case CEC:
		return a.Programs[scoring.CEC].Eligible
	case FSW:
		return a.Programs[scoring.FSW].Eligible
	case FST:
		return a.Programs[scoring.FST].Eligible
	case PNP:
		return p.Applicant.Nomination
	case General, All:
		return true
	}
	v := versionOn(r, c, a.Day)
	return v != nil && r.AssessCategory(v, a).Eligible
}

// versionOn is the version of category c in force on day, or nil (also for a c of no category).
func versionOn(r *scoring.Rules, c Category, day time.Time) *scoring.CategoryVersion {
	if !c.Selection() {
		return nil
	}
	id := c.String()
	for i := range r.Categories {
		if v := &r.Categories[i]; v.ID == id && v.InForce(day) {
			return v
		}
	}
	return nil
}

// Entry is what it takes to be invited in rounds of category c, for a plan that must enter them
// (`eewizard improve --category`): a category's need is what its version in force on day asks,
// and Met and Missing judge the version in force on the day of each assessment (the same one when
// the plan is scored on day).
func Entry(r *scoring.Rules, c Category, day time.Time) scoring.Entry {
	e := scoring.Entry{Key: c.String(), Name: c.Title() + " rounds",
		Met:     func(a *scoring.Assessment, p *scoring.Profile) bool { return CanEnter(r, c, a, p) },
		Missing: func(a *scoring.Assessment, p *scoring.Profile) string { return Missing(r, c, a, p) }}
	const program = "eligibility for an Express Entry program (FSW, CEC or FST)"
	switch c {
	case CEC, FSW, FST:
		e.Need = "eligibility for the " + c.Title()
	case PNP:
		e.Need = "a provincial or territorial nomination, and " + program
	case General, All:
		e.Need = program
	case Other:
		e.Need = "a kind of round these rules do not know (" + NotAssessed + ")"
	default:
		e.Need = noVersion(c, day)
		if v := versionOn(r, c, day); v != nil {
			e.Need = fmt.Sprintf("%s (%s), and %s", v.Asks(), v, program)
		}
	}
	return e
}

// noVersion says that the rules hold no version of category c in force on day.
func noVersion(c Category, day time.Time) string {
	return fmt.Sprintf("no version of the %s category is in force on %s in these rules", c, day.Format(time.DateOnly))
}

// Missing says what a candidate lacks to be invited in rounds of category c ("" when nothing):
// the requirements of each program they fail when they are eligible for none, and what the
// category itself asks (for a category of category-based selection, the reasons
// scoring.Rules.AssessCategory gives for its version in force on the assessment's day).
func Missing(r *scoring.Rules, c Category, a *scoring.Assessment, p *scoring.Profile) string {
	var out []string
	switch c {
	case CEC, FSW, FST:
		out = programsMissing(a, programOf(c))
	default:
		if !a.EligibleAny() {
			out = programsMissing(a, scoring.FSW, scoring.CEC, scoring.FST)
			out[0] = "not eligible for any program (" + out[0]
			out[len(out)-1] += ")"
		}
	}
	switch {
	case c == PNP && !p.Applicant.Nomination:
		out = append(out, "no provincial or territorial nomination")
	case c == Other:
		out = append(out, "a kind of round these rules do not know: "+NotAssessed)
	case c.Selection():
		if v := versionOn(r, c, a.Day); v == nil {
			out = append(out, noVersion(c, a.Day))
		} else {
			out = append(out, r.AssessCategory(v, a).Unmet...)
		}
	}
	return strings.Join(out, "; ")
}

// programOf is the program of a program round's category.
func programOf(c Category) scoring.ProgramID {
	switch c {
	case CEC:
		return scoring.CEC
	case FST:
		return scoring.FST
	}
	return scoring.FSW
}

// programsMissing says, for each program of ids the candidate fails, the requirements failed.
func programsMissing(a *scoring.Assessment, ids ...scoring.ProgramID) []string {
	var out []string
	for _, id := range ids {
		prog := &a.Programs[id]
		if prog.Eligible {
			continue
		}
		var why []string
		for _, r := range prog.Reasons() {
			if r.Fails() {
				why = append(why, r.String())
			}
		}
		out = append(out, id.Acronym()+": "+strings.Join(why, ", "))
	}
	return out
}
