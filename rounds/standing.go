package rounds

import (
	"strings"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// Program is the program a round of this category invites under, as `eewizard whatif --program`
// names it: "cec", "fsw", "fst" or "pnp" for program rounds, "" (any program) for the others.
func (c Category) Program() string {
	switch c {
	case CEC:
		return "cec"
	case FSW:
		return "fsw"
	case FST:
		return "fst"
	case PNP:
		return "pnp"
	}
	return ""
}

// Kind is a kind of round a candidate could be invited in, and why.
type Kind struct {
	Category Category
	Why      string
	// Version is, for a category of category-based selection, its version in force on the day of
	// the assessment, which the candidate meets; nil for general, program and PNP rounds.
	Version *scoring.CategoryVersion

	told *told // what Why was said from, for WhyIn
}

// KindsFor lists the kinds of round a candidate could be invited in on the day of their
// assessment: general rounds when eligible for any program, program rounds for each program they
// meet, provincial nominee rounds when nominated, and each category of category-based selection
// (French, healthcare, STEM, ...) whose version in force that day they meet, as
// scoring.Rules.AssessCategory judges it (the French level is the version's french_nclc; an
// occupation category needs jobs with their NOC codes). Nothing when eligible for no program.
func KindsFor(r *scoring.Rules, a *scoring.Assessment, p *scoring.Profile) []Kind {
	if !a.EligibleAny() {
		return nil
	}
	kinds := []Kind{openKind(General)}
	if a.Programs[scoring.CEC].Eligible {
		kinds = append(kinds, openKind(CEC))
	}
	if a.Programs[scoring.FSW].Eligible {
		kinds = append(kinds, openKind(FSW))
	}
	if a.Programs[scoring.FST].Eligible {
		kinds = append(kinds, openKind(FST))
	}
	if p.Applicant.Nomination {
		kinds = append(kinds, openKind(PNP))
	}
	met, _ := CategoryKinds(r, a)
	return append(kinds, met...)
}

// CategoryKinds judges each category of category-based selection with its version in force on a's
// day (a category with none that day is left out), in the order of the rules: met are the kinds
// the candidate meets, each Why the reasons it is met; unmet the others, each Why what is missing.
func CategoryKinds(r *scoring.Rules, a *scoring.Assessment) (met, unmet []Kind) {
	for i := range r.Categories {
		v := &r.Categories[i]
		if !v.InForce(a.Day) {
			continue
		}
		c := categoryOfID(v.ID)
		if !c.Selection() {
			continue
		}
		res := r.AssessCategory(v, a)
		if res.Eligible {
			met = append(met, Kind{Category: c, Why: strings.Join(res.Reasons, "; "), Version: v, told: &told{version: v, said: res.Said}})
			continue
		}
		why := res.Unmet
		if !a.EligibleAny() {
			why = append([]string{en.T("rnd_not_eligible_any", nil)}, why...)
		}
		unmet = append(unmet, Kind{Category: c, Why: strings.Join(why, "; "), Version: v,
			told: &told{notInPool: !a.EligibleAny(), version: v, said: unmetSaid(&res)}})
	}
	return met, unmet
}

// NoJobsNote says why a profile of year counts meets no occupation category (NoJobsNoteIn in
// other languages).
const NoJobsNote = "Occupation categories (healthcare, STEM, trades, education, ...) are judged from jobs with their NOC codes: " +
	"this profile gives years of work only, not jobs, so it cannot meet one."

// openKind is the kind of round c (general, a program, PNP), open for the reason of its message.
func openKind(c Category) Kind {
	id := "rnd_why_" + c.String()
	return Kind{Category: c, Why: en.T(id, nil), told: &told{id: id}}
}

// CategoryNotes says in plain words which categories in force on a's day the candidate does not
// meet, and why, for the texts under the rounds (`improve`, the rounds screen). For a profile of
// year counts: NoJobsNote, then French when not met. For a profile with jobs: one line for the
// occupation categories whose lists hold none of the jobs ("No job's occupation is on the list of
// STEM occupations (stem version 3), ..."), then one line per other category not met, with what
// is missing ("Healthcare ... (healthcare version 3): not met: NOC 31301 ...; 8 months in it in
// the last 3 years, 12 needed"). When eligible for no program, no round can invite the candidate:
// only NoJobsNote is said, for a profile of year counts.
func CategoryNotes(r *scoring.Rules, a *scoring.Assessment) []string {
	return CategoryNotesIn(en, r, a)
}

// categoryOfID is the category of a category version's id (scoring.CategoryIDs are the categories'
// short names), Other for an id of none.
func categoryOfID(id string) Category {
	for c := French; c <= Military; c++ {
		if categoryNames[c] == id {
			return c
		}
	}
	return Other
}

// Standing is a candidate's score against the latest rounds of one kind, each judged.
type Standing struct {
	Kind    Kind
	Rounds  []Verdict // the latest rounds of this kind, newest first, each judged
	Invited int       // how many of Rounds would have invited the candidate (Verdict.Invited)
}

// Standings returns, for each kind, the last n rounds judged for the candidate of a at a's score
// (see Judge), and in how many of them they would have been invited. Kinds without any round in the
// feed are left out.
func (f *Feed) Standings(r *scoring.Rules, a *scoring.Assessment, kinds []Kind, n int) []Standing {
	var out []Standing
	var memo versionMemo
	for _, k := range kinds {
		if s := f.judge(r, a, k.Category, n, &memo); len(s.Rounds) > 0 {
			s.Kind = k
			out = append(out, s)
		}
	}
	return out
}

// Position is where a score stands in the pool on the day of IRCC's newest distribution.
type Position struct {
	AsOf    time.Time
	Total   int     // candidates in the pool
	Above   int     // candidates scoring higher
	Approx  bool    // Above was interpolated within a score range
	Percent float64 // Above as a percentage of Total
}

// PositionOf places score in the newest pool distribution of the feed; false when there is none.
func (f *Feed) PositionOf(score int) (Position, bool) {
	d, ok := f.LatestDistribution()
	if !ok || d.Total == 0 {
		return Position{}, false
	}
	above, approx := d.Above(score)
	return Position{AsOf: d.AsOf, Total: d.Total, Above: above, Approx: approx, Percent: 100 * float64(above) / float64(d.Total)}, true
}
