package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// StandingRound is one past round against the score, in JSON.
type StandingRound struct {
	Round   string `json:"round"`
	Date    string `json:"date"`
	CutOff  int    `json:"cutoff"`
	Invited bool   `json:"invited"`
}

// StandingKind is the score against the latest rounds of one kind, in JSON.
type StandingKind struct {
	Category string          `json:"category"`
	Title    string          `json:"title"`
	Why      string          `json:"why"`
	Invited  int             `json:"invited"`
	Of       int             `json:"of"`
	Rounds   []StandingRound `json:"rounds"`
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
	Pool   *Pool          `json:"pool"`
}

// NewStanding gathers the score's standing: the last n rounds of each kind the candidate could be
// invited in, and the pool position.
func NewStanding(feed *rounds.Feed, source string, kinds []rounds.Kind, score, n int) Standing {
	out := Standing{Score: score, Source: source, Kinds: []StandingKind{}}
	for _, s := range feed.Standings(kinds, score, n) {
		k := StandingKind{Category: s.Kind.Category.String(), Title: s.Kind.Category.Title(), Why: s.Kind.Why,
			Invited: s.Invited, Of: len(s.Recent)}
		for _, r := range s.Recent {
			k.Rounds = append(k.Rounds, StandingRound{Round: r.Number, Date: r.Date.Format("2006-01-02"), CutOff: r.CutOff, Invited: r.CutOff <= score})
		}
		out.Kinds = append(out.Kinds, k)
	}
	if p, ok := feed.PositionOf(score); ok {
		out.Pool = &Pool{AsOf: p.AsOf.Format("2006-01-02"), Total: p.Total, Above: p.Above, Percent: p.Percent, Approx: p.Approx}
	}
	return out
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
		fmt.Fprintf(w, "  %s (%s): would have been invited in %d of the last %s\n", k.Title, k.Why, k.Invited, plural.Count(k.Of, "round", "rounds"))
		var cuts []string
		for _, r := range k.Rounds {
			mark := "✗"
			if r.Invited {
				mark = "✓"
			}
			cuts = append(cuts, fmt.Sprintf("%s %d (%s)", mark, r.CutOff, r.Date))
		}
		wrapped(w, "    ", cuts)
	}
	fmt.Fprintln(w, "  Occupation categories (healthcare, STEM, trades, education, ...) depend on your NOC code, which eewizard does not ask.")
}

func thousands(n int) string {
	return strings.TrimPrefix(scoring.Dollars(n), "$")
}
