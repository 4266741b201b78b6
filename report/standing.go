package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// StandingRound is one past round against the score, in JSON: whether the score reached its
// cut-off, how the round was judged for the candidate (for a category round, with the category
// version it was held under), and whether both would have invited them.
type StandingRound struct {
	Round   string        `json:"round"`
	Date    string        `json:"date"`
	CutOff  int           `json:"cutoff"`
	Invited bool          `json:"invited"`
	Reached bool          `json:"reached"`
	Version string        `json:"version,omitempty"` // "healthcare version 3"
	Judged  rounds.Judged `json:"judged"`            // met, off_list, rule_not_met or not_assessed
	Why     string        `json:"why,omitempty"`
}

// StandingKind is the score against the latest rounds of one kind, in JSON.
type StandingKind struct {
	Category string          `json:"category"`
	Title    string          `json:"title"`
	Version  string          `json:"version,omitempty"` // a category's version in force on the day, which is met
	Why      string          `json:"why"`
	Invited  int             `json:"invited"`
	Of       int             `json:"of"`
	Rounds   []StandingRound `json:"rounds"`

	excluded []rounds.Excluded // the rounds not met under their version or not assessed, for the text
}

// Pool is the place of a score in the pool, in JSON.
type Pool struct {
	AsOf    string  `json:"as_of"`
	Total   int     `json:"total"`
	Above   int     `json:"above"`
	Percent float64 `json:"percent_above"`
	Approx  bool    `json:"approx"`
}

// Standing is where a score stands against IRCC's rounds and pool, in JSON.
type Standing struct {
	Score  int            `json:"score"`
	Source string         `json:"source"`
	Kinds  []StandingKind `json:"kinds"`
	// Notes are the categories in force on the day that are not met, and why (rounds.CategoryNotes).
	Notes []string `json:"category_notes"`
	Pool  *Pool    `json:"pool"`
}

// NewStanding gathers the standing of a's score: the last n rounds of each kind the candidate
// could be invited in, each judged (rounds.Feed.Standings), the categories not met, and the pool
// position. r are the rules a was assessed with.
func NewStanding(feed *rounds.Feed, source string, r *scoring.Rules, a *scoring.Assessment, kinds []rounds.Kind, n int) Standing {
	score := a.CRS.Total
	out := Standing{Score: score, Source: source, Kinds: []StandingKind{}, Notes: rounds.CategoryNotes(r, a)}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	for _, s := range feed.Standings(r, a, kinds, n) {
		k := StandingKind{Category: s.Kind.Category.String(), Title: s.Kind.Category.Title(), Why: s.Kind.Why,
			Invited: s.Invited, Of: len(s.Rounds), excluded: s.Excluded()}
		if s.Kind.Version != nil {
			k.Version = s.Kind.Version.String()
		}
		for i := range s.Rounds {
			k.Rounds = append(k.Rounds, standingRound(&s.Rounds[i]))
		}
		out.Kinds = append(out.Kinds, k)
	}
	if p, ok := feed.PositionOf(score); ok {
		out.Pool = &Pool{AsOf: p.AsOf.Format("2006-01-02"), Total: p.Total, Above: p.Above, Percent: p.Percent, Approx: p.Approx}
	}
	return out
}

func standingRound(v *rounds.Verdict) StandingRound {
	r := StandingRound{Round: v.Round.Number, Date: v.Round.Date.Format("2006-01-02"), CutOff: v.Round.CutOff,
		Invited: v.Invited(), Reached: v.Reached, Judged: v.Judged, Why: v.Why}
	if v.Version != nil {
		r.Version = v.Version.String()
	}
	return r
}

// WriteStanding writes where the score stands: the pool position and, for each kind of round the
// candidate could be invited in, the latest cut-offs and how many would have invited the score.
func WriteStanding(w io.Writer, s *Standing) {
	fmt.Fprintf(w, "Where %d stands (IRCC's rounds: %s)\n", s.Score, s.Source)
	if s.Pool != nil {
		about := ""
		if s.Pool.Approx {
			about = "about "
		}
		fmt.Fprintf(w, "  %s%.1f%% of the %s candidates in the pool on %s score higher (%s%s).\n", about, s.Pool.Percent,
			thousands(s.Pool.Total), s.Pool.AsOf, about, thousands(s.Pool.Above))
	}
	if len(s.Kinds) == 0 {
		fmt.Fprintln(w, "  Not eligible for any program yet, so no round could invite this profile.")
	}
	for _, k := range s.Kinds {
		writeKind(w, &k)
	}
	for _, n := range s.Notes {
		wrapped(w, "  ", strings.Fields(safetext.Clean(n)))
	}
}

// writeKind writes one kind of round: in how many of its last rounds the score would have been
// invited, each round's cut-off with its mark (rounds.Verdict.Mark), and the rounds whose list
// version is not met or that are not assessed, grouped, with why.
func writeKind(w io.Writer, k *StandingKind) {
	head := fmt.Sprintf("%s (%s): would have been invited in %d of the last %s", k.Title, k.Why, k.Invited, plural.Count(k.Of, "round", "rounds"))
	wrapped(w, "  ", strings.Fields(safetext.Clean(head)))
	var cuts []string
	for i := range k.Rounds {
		r := &k.Rounds[i]
		v := rounds.Verdict{Judged: r.Judged, Reached: r.Reached}
		cuts = append(cuts, fmt.Sprintf("%s %d (%s)", v.Mark(), r.CutOff, r.Date))
	}
	wrapped(w, "    ", cuts)
	for _, e := range k.excluded {
		wrapped(w, "    "+e.Mark()+" ", strings.Fields(safetext.Clean(e.String())))
	}
}

func thousands(n int) string {
	return strings.TrimPrefix(scoring.Dollars(n), "$")
}
