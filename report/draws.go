package report

import (
	"fmt"
	"io"

	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/rounds"
)

// Draw is one round of invitations in JSON.
type Draw struct {
	Round       string `json:"round"`
	Date        string `json:"date"`
	Category    string `json:"category"`
	Name        string `json:"name"`
	Invitations int    `json:"invitations"`
	CutOff      int    `json:"cutoff"`
	TieBreak    string `json:"tie_break,omitempty"`
}

// NewDraw converts a round for JSON.
func NewDraw(r rounds.Round) Draw {
	d := Draw{Round: r.Number, Date: r.Date.Format("2006-01-02"), Category: r.Category.String(), Name: r.Name,
		Invitations: r.Invitations, CutOff: r.CutOff}
	if r.HasTieBreak {
		d.TieBreak = r.TieBreak.Format("2006-01-02T15:04:05Z")
	}
	return d
}

// drawsFixed is the width of a Draws row before the round type.
const drawsFixed = 6 + 1 + 10 + 1 + 16 + 1 + 11 + 1 + 7 + 2

// minRoundType is the fewest characters of a round type Draws shows, however narrow the terminal.
const minRoundType = 12

// Draws writes rounds as a table, newest first. With width > 0 (a terminal's columns) a round type
// too long for the line is cut with "…"; with width 0 (a pipe, a file) nothing is cut.
func Draws(w io.Writer, list []rounds.Round, source string, width int) {
	fmt.Fprintf(w, "%-6s %-10s %-16s %11s %7s  %s\n", "round", "date", "category", "invitations", "cut-off", "round type")
	for _, r := range list {
		name := r.Name
		if width > 0 {
			name = clip(name, max(width-drawsFixed, minRoundType))
		}
		fmt.Fprintf(w, "%-6s %-10s %-16s %11d %7d  %s\n", r.Number, r.Date.Format("2006-01-02"), r.Category.String(),
			r.Invitations, r.CutOff, name)
	}
	fmt.Fprintf(w, "%s; source: %s\n", plural.Count(len(list), "round", "rounds"), source)
}
