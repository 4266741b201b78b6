package rounds

import (
	"fmt"
	"strings"

	"github.com/eewizard/eewizard/scoring"
)

// frenchRoundNCLC is the level French-language rounds ask in all four French abilities.
const frenchRoundNCLC = 7

// CanEnter reports whether a candidate, from their assessment, can be invited in rounds of
// category c, as far as a profile tells: every round needs eligibility for a program; program
// rounds need that program, provincial nominee rounds a nomination, French-language rounds NCLC 7
// or more in all four French abilities. Occupational categories also need an occupation of the
// category, which profiles do not hold, so only the eligibility is checked for them. It agrees
// with KindsFor for the kinds KindsFor lists.
func CanEnter(c Category, a *scoring.Assessment, p *scoring.Profile) bool {
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
	case French:
		return frenchLevels(a) != nil && frenchLevels(a).AllAtLeast(frenchRoundNCLC)
	}
	return true
}

// frenchLevels are the levels of the candidate's French result that counts, or nil.
func frenchLevels(a *scoring.Assessment) *scoring.Levels {
	for _, l := range []*scoring.Levels{&a.First, &a.Second} {
		if l.Given && l.French {
			return l
		}
	}
	return nil
}

// Entry is what it takes to be invited in rounds of category c, for a plan that must enter them
// (`eewizard improve --category`).
func Entry(c Category) scoring.Entry {
	e := scoring.Entry{Key: c.String(), Name: c.Title() + " rounds",
		Met:     func(a *scoring.Assessment, p *scoring.Profile) bool { return CanEnter(c, a, p) },
		Missing: func(a *scoring.Assessment, p *scoring.Profile) string { return Missing(c, a, p) }}
	const program = "eligibility for an Express Entry program (FSW, CEC or FST)"
	switch c {
	case CEC, FSW, FST:
		e.Need = "eligibility for the " + c.Title()
	case PNP:
		e.Need = "a provincial or territorial nomination, and " + program
	case French:
		e.Need = fmt.Sprintf("NCLC %d or more in all four French abilities, and %s", frenchRoundNCLC, program)
	case General, All:
		e.Need = program
	default:
		e.Need = program
		e.Unchecked = "an occupation of the category (its NOC code), which the profile does not hold"
	}
	return e
}

// Missing says what a candidate lacks to be invited in rounds of category c ("" when nothing):
// the requirements of each program they fail when they are eligible for none, and what the
// category itself asks.
func Missing(c Category, a *scoring.Assessment, p *scoring.Profile) string {
	var out []string
	programs := func(ids ...scoring.ProgramID) {
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
	}
	switch c {
	case CEC:
		programs(scoring.CEC)
	case FSW:
		programs(scoring.FSW)
	case FST:
		programs(scoring.FST)
	default:
		if !a.EligibleAny() {
			programs(scoring.FSW, scoring.CEC, scoring.FST)
			out[0] = "not eligible for any program (" + out[0]
			out[len(out)-1] += ")"
		}
	}
	switch c {
	case PNP:
		if !p.Applicant.Nomination {
			out = append(out, "no provincial or territorial nomination")
		}
	case French:
		if why := frenchMissing(a); why != "" {
			out = append(out, why)
		}
	}
	return strings.Join(out, "; ")
}

// frenchMissing says how the candidate's French falls short of French-language rounds.
func frenchMissing(a *scoring.Assessment) string {
	l := frenchLevels(a)
	if l == nil {
		for _, x := range []*scoring.Levels{&a.First, &a.Second} {
			if x.Expired && x.French {
				return "the French result is too old to count"
			}
		}
		return "no French result"
	}
	if l.AllAtLeast(frenchRoundNCLC) {
		return ""
	}
	var parts []string
	for ab := scoring.Ability(0); ab < scoring.NumAbilities; ab++ {
		parts = append(parts, fmt.Sprintf("%s %d", ab, l.CLB[ab]))
	}
	return "French at NCLC " + strings.Join(parts, ", ")
}
