package rounds

import (
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
}

// KindsFor lists the kinds of round a candidate could be invited in, from their assessment:
// general rounds when eligible for any program, program rounds for each program they meet,
// provincial nominee rounds when nominated, and French-language rounds with NCLC 7 in all four
// French abilities. Occupational categories (healthcare, STEM, trades, ...) depend on the
// occupation's NOC code, which profiles do not hold, so they are not listed.
func KindsFor(a *scoring.Assessment, p *scoring.Profile) []Kind {
	if !a.EligibleAny() {
		return nil
	}
	kinds := []Kind{{General, "eligible for a program"}}
	if a.Programs[scoring.CEC].Eligible {
		kinds = append(kinds, Kind{CEC, "eligible for the Canadian Experience Class"})
	}
	if a.Programs[scoring.FSW].Eligible {
		kinds = append(kinds, Kind{FSW, "eligible for the Federal Skilled Worker Program"})
	}
	if a.Programs[scoring.FST].Eligible {
		kinds = append(kinds, Kind{FST, "eligible for the Federal Skilled Trades Program"})
	}
	if p.Applicant.Nomination {
		kinds = append(kinds, Kind{PNP, "provincial nomination"})
	}
	for _, l := range []*scoring.Levels{&a.First, &a.Second} {
		if l.French && l.AllAtLeast(7) {
			kinds = append(kinds, Kind{French, "NCLC 7 or more in all four French abilities"})
			break
		}
	}
	return kinds
}

// Standing is a candidate's score against the latest rounds of one kind.
type Standing struct {
	Kind    Kind
	Recent  []Round // the latest rounds of this kind, newest first
	Invited int     // how many of Recent had a cut-off at or below the score
}

// Standings returns, for each kind, the last n rounds and in how many of them score would have been
// invited. Kinds without any round in the feed are left out.
func (f *Feed) Standings(kinds []Kind, score, n int) []Standing {
	var out []Standing
	for _, k := range kinds {
		recent := f.Latest(k.Category, n)
		if len(recent) == 0 {
			continue
		}
		out = append(out, Standing{Kind: k, Recent: recent, Invited: InvitedIn(recent, score)})
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
