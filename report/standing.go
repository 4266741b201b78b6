package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
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

	day time.Time // the round's day, for the text
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
	kind     rounds.Kind       // the kind, for its title and why in any language
}

// Pool is the place of a score in the pool, in JSON.
type Pool struct {
	AsOf    string  `json:"as_of"`
	Total   int     `json:"total"`
	Above   int     `json:"above"`
	Percent float64 `json:"percent_above"`
	Approx  bool    `json:"approx"`

	asOf time.Time
}

// Standing is where a score stands against IRCC's rounds and pool, in JSON.
type Standing struct {
	Score  int            `json:"score"`
	Source string         `json:"source"`
	Kinds  []StandingKind `json:"kinds"`
	// Notes are the categories in force on the day that are not met, and why (rounds.CategoryNotes).
	Notes []string `json:"category_notes"`
	Pool  *Pool    `json:"pool"`

	notesIn func(p *i18n.Printer) []string // Notes in any language
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
	out.notesIn = func(p *i18n.Printer) []string { return rounds.CategoryNotesIn(p, r, a) }
	for _, s := range feed.Standings(r, a, kinds, n) {
		k := StandingKind{Category: s.Kind.Category.String(), Title: s.Kind.Category.Title(), Why: s.Kind.Why,
			Invited: s.Invited, Of: len(s.Rounds), excluded: s.Excluded(), kind: s.Kind}
		if s.Kind.Version != nil {
			k.Version = s.Kind.Version.String()
		}
		for i := range s.Rounds {
			k.Rounds = append(k.Rounds, standingRound(&s.Rounds[i]))
		}
		out.Kinds = append(out.Kinds, k)
	}
	if p, ok := feed.PositionOf(score); ok {
		out.Pool = &Pool{AsOf: p.AsOf.Format("2006-01-02"), Total: p.Total, Above: p.Above, Percent: p.Percent, Approx: p.Approx, asOf: p.AsOf}
	}
	return out
}

func standingRound(v *rounds.Verdict) StandingRound {
	r := StandingRound{Round: v.Round.Number, Date: v.Round.Date.Format("2006-01-02"), CutOff: v.Round.CutOff,
		Invited: v.Invited(), Reached: v.Reached, Judged: v.Judged, Why: v.Why, day: v.Round.Date}
	if v.Version != nil {
		r.Version = v.Version.String()
	}
	return r
}

// WriteStanding writes where the score stands in English (WriteStandingIn).
func WriteStanding(w io.Writer, s *Standing) { WriteStandingIn(w, i18n.For(i18n.En), s) }

// WriteStandingIn writes where the score stands, in p's language: the pool position and, for each
// kind of round the candidate could be invited in, the latest cut-offs and how many would have
// invited the score. A Standing not made by NewStanding (decoded from JSON) is written from its
// English fields.
func WriteStandingIn(w io.Writer, p *i18n.Printer, s *Standing) {
	line := lineIn(w, p)
	line("", p.T("rnd_standing_head", i18n.Args{"Score": s.Score, "Source": rounds.SourceIn(p, s.Source)}))
	if s.Pool != nil {
		about := ""
		if s.Pool.Approx {
			about = p.T("rnd_standing_about", nil)
		}
		line("  ", (p.T("rnd_standing_pool", i18n.Args{"About": about, "Percent": percentIn(p, s.Pool.Percent),
			"Total": p.Number(s.Pool.Total), "Date": dayIn(p, s.Pool.asOf, s.Pool.AsOf), "Above": p.Number(s.Pool.Above)})))
	}
	if len(s.Kinds) == 0 {
		line("  ", p.T("rnd_standing_none", nil))
	}
	for _, k := range s.Kinds {
		writeKind(w, p, &k)
	}
	notes := s.Notes
	if s.notesIn != nil {
		notes = s.notesIn(p)
	}
	for _, n := range notes {
		wrapped(w, "  ", p.Fields(safetext.Clean(n)))
	}
}

// lineIn gives the writer of a line of the standing that English writes whole, as it always has,
// and French wraps (French runs longer).
func lineIn(w io.Writer, p *i18n.Printer) func(lead, s string) {
	return func(lead, s string) {
		if p.Lang() == i18n.En {
			fmt.Fprintln(w, lead+s)
			return
		}
		wrapped(w, lead, p.Fields(safetext.Clean(s)))
	}
}

// writeKind writes one kind of round: in how many of its last rounds the score would have been
// invited, each round's cut-off with its mark (rounds.Verdict.Mark), and the rounds whose list
// version is not met or that are not assessed, grouped, with why.
func writeKind(w io.Writer, p *i18n.Printer, k *StandingKind) {
	title, why := k.Title, k.Why
	if k.kind.Category != rounds.All {
		title, why = k.kind.Category.TitleIn(p), k.kind.WhyIn(p)
	}
	head := p.T("rnd_standing_kind", i18n.Args{"Title": title, "Why": why, "Invited": p.Count(k.Invited), "Last": p.N("rnd_last_rounds", k.Of, nil)})
	wrapped(w, "  ", p.Fields(safetext.Clean(head)))
	var cuts []string
	for i := range k.Rounds {
		r := &k.Rounds[i]
		v := rounds.Verdict{Judged: r.Judged, Reached: r.Reached}
		cuts = append(cuts, fmt.Sprintf("%s %s (%s)", v.Mark(), p.Count(r.CutOff), dayIn(p, r.day, r.Date)))
	}
	if p.Lang() != i18n.En {
		for i, c := range cuts { // a cut-off and its day stay together on a line
			cuts[i] = strings.ReplaceAll(c, " ", i18n.NBSP)
		}
	}
	wrapped(w, "    ", cuts)
	for _, e := range k.excluded {
		wrapped(w, "    "+e.Mark()+" ", p.Fields(safetext.Clean(e.StringIn(p))))
	}
}

// dayIn writes a day in p's language; english is the day as JSON gives it, for a day not known.
func dayIn(p *i18n.Printer, day time.Time, english string) string {
	if day.IsZero() {
		return english
	}
	return p.Date(day)
}

// percentIn writes a percentage with one decimal: "12.3%" in English, "12,3 %" in French.
func percentIn(p *i18n.Printer, f float64) string {
	return p.Percent(f, 1)
}
