// Package report renders the engine's results for the command line: the readable breakdown of
// `eewizard score` and the JSON of every command. It never computes a point; it only says what the
// scoring package found.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// Width is the width of the text reports, which fit an 80-column terminal.
const Width = 78

// Line is one CRS line in JSON.
type Line struct {
	Section string `json:"section"`
	Factor  string `json:"factor"`
	Label   string `json:"label"`
	Points  int    `json:"points"`
	Cap     int    `json:"cap,omitempty"`
}

// CRS is a CRS score in JSON.
type CRS struct {
	Total           int    `json:"total"`
	Core            int    `json:"core"`
	Spouse          int    `json:"spouse"`
	Transferability int    `json:"transferability"`
	Additional      int    `json:"additional"`
	WithSpouse      bool   `json:"with_spouse"`
	Lines           []Line `json:"lines"`
}

// GridLine is one line of the FSW grid in JSON.
type GridLine struct {
	Label  string `json:"label"`
	Points int    `json:"points"`
}

// Program is one program's eligibility in JSON.
type Program struct {
	Eligible bool       `json:"eligible"`
	Points   int        `json:"points"`
	PassMark int        `json:"pass_mark,omitempty"`
	Grid     []GridLine `json:"grid,omitempty"`
	Reasons  []string   `json:"reasons"`
	Notes    []string   `json:"notes,omitempty"`
}

// Assessment is a whole assessment in JSON: `{"crs": ..., "programs": ...}`.
type Assessment struct {
	File     string             `json:"file,omitempty"`
	Date     string             `json:"date"`
	Age      int                `json:"age"`
	CRS      CRS                `json:"crs"`
	Programs map[string]Program `json:"programs"`
	Warnings []string           `json:"warnings"`
	Jobs     []Job              `json:"jobs,omitempty"` // each job's counted hours and years; none when years are given as counts
	// Categories are the category versions in force on the day, judged; only with jobs.
	Categories []Category `json:"categories,omitempty"`
}

// NewCRS converts a CRS score for JSON.
func NewCRS(c *scoring.CRS) CRS {
	out := CRS{Total: c.Total, Core: c.Core, Spouse: c.Spouse, Transferability: c.Transferability,
		Additional: c.Additional, WithSpouse: c.WithSpouse, Lines: []Line{}}
	for _, l := range c.Lines() {
		label := l.Label()
		if g := l.Group(); g != "" {
			label = g + ", " + strings.ToLower(label[:1]) + label[1:]
		}
		out.Lines = append(out.Lines, Line{Section: l.Section.Key(), Factor: l.Factor.Key(), Label: label, Points: l.Points, Cap: l.Cap})
	}
	return out
}

// NewAssessment converts an assessment for JSON.
func NewAssessment(file string, r *scoring.Rules, a *scoring.Assessment) Assessment {
	out := Assessment{File: file, Date: a.Day.Format("2006-01-02"), Age: a.Age, CRS: NewCRS(&a.CRS),
		Programs: map[string]Program{}, Warnings: []string{}}
	for i := range a.Programs {
		p := &a.Programs[i]
		jp := Program{Eligible: p.Eligible, Points: p.Points, Reasons: []string{}}
		if p.ID == scoring.FSW {
			jp.PassMark = r.FSW.PassMark
		}
		for _, g := range p.Grid() {
			jp.Grid = append(jp.Grid, GridLine{Label: g.Label(), Points: g.Points})
		}
		for _, rs := range p.Reasons() {
			if rs.Fails() {
				jp.Reasons = append(jp.Reasons, rs.String())
			} else {
				jp.Notes = append(jp.Notes, rs.String())
			}
		}
		out.Programs[p.ID.String()] = jp
	}
	for _, w := range a.Warnings() {
		out.Warnings = append(out.Warnings, w.String())
	}
	out.Jobs = NewJobs(a)
	out.Categories = NewCategories(r, a)
	return out
}

// JSONLine writes v as one line of JSON, with every character a terminal could obey written as a
// \u escape (safetext.JSON): the same value for a JSON reader, plain text for a terminal.
func JSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(safetext.JSON(b), '\n')
	_, err = w.Write(b)
	return err
}

// row writes "label ....... points" to the report width with an indent.
func row(w io.Writer, indent int, label string, points string) {
	pad := Width - indent - len([]rune(label)) - len([]rune(points))
	if pad < 1 {
		pad = 1
	}
	fmt.Fprintf(w, "%s%s%s%s\n", strings.Repeat(" ", indent), label, strings.Repeat(" ", pad), points)
}

func signed(n int) string { return i18n.For(i18n.En).Signed(n) }

// Score writes the readable breakdown of one assessment in English: the four CRS sections with
// every line and the caps that bite, the total, then FSW (with its grid), CEC and FST with their
// reasons. It is ScoreIn with the English catalogue, the one place its words are written.
func Score(w io.Writer, file string, r *scoring.Rules, a *scoring.Assessment) {
	ScoreIn(w, i18n.For(i18n.En), file, r, a)
}

// WriteProgram writes one program's eligibility with its reasons, and the FSW grid, in English.
func WriteProgram(w io.Writer, r *scoring.Rules, p *scoring.Program) {
	WriteProgramIn(w, i18n.For(i18n.En), r, p)
}
