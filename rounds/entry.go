package rounds

import (
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
// the plan is scored on day). EntryIn gives it in other languages.
func Entry(r *scoring.Rules, c Category, day time.Time) scoring.Entry { return EntryIn(en, r, c, day) }

// Missing says what a candidate lacks to be invited in rounds of category c ("" when nothing):
// the requirements of each program they fail when they are eligible for none, and what the
// category itself asks (for a category of category-based selection, the reasons
// scoring.Rules.AssessCategory gives for its version in force on the assessment's day).
// MissingIn gives it in other languages.
func Missing(r *scoring.Rules, c Category, a *scoring.Assessment, p *scoring.Profile) string {
	return MissingIn(en, r, c, a, p)
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
