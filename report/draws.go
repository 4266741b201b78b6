package report

import (
	"fmt"
	"io"

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

// Draws writes rounds as a table, newest first.
func Draws(w io.Writer, list []rounds.Round, source string) {
	fmt.Fprintf(w, "%-6s %-10s %-16s %11s %7s  %s\n", "round", "date", "category", "invitations", "cut-off", "round type")
	for _, r := range list {
		fmt.Fprintf(w, "%-6s %-10s %-16s %11d %7d  %s\n", r.Number, r.Date.Format("2006-01-02"), r.Category.String(),
			r.Invitations, r.CutOff, clip(r.Name, 40))
	}
	n := fmt.Sprintf("%d rounds", len(list))
	if len(list) == 1 {
		n = "1 round"
	}
	fmt.Fprintf(w, "%s; source: %s\n", n, source)
}
