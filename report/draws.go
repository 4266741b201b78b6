package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/i18n"
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

// Draws writes rounds as a table in English (DrawsIn).
func Draws(w io.Writer, list []rounds.Round, source string, width int) {
	DrawsIn(w, i18n.For(i18n.En), list, source, width)
}

// DrawsIn writes rounds as a table, newest first, in p's language. In English, with width > 0 (a
// terminal's columns) a round type too long for the line is cut with "…"; with width 0 (a pipe, a
// file) nothing is cut. In French the day is written out ("1er décembre 2026") and the round type
// is IRCC's French name, without the category's code (the name says it): a name too long for the
// line (width, or 80 columns for a pipe) is wrapped under its column, never cut.
func DrawsIn(w io.Writer, p *i18n.Printer, list []rounds.Round, source string, width int) {
	footer := p.T("rnd_draws_footer", i18n.Args{"Rounds": p.N("rnd_rounds", len(list), nil), "Source": rounds.SourceIn(p, source)})
	if p.Lang() == i18n.En {
		drawsEnglish(w, p, list, width)
		fmt.Fprintln(w, footer)
		return
	}
	drawsWritten(w, p, list, width)
	wrapped(w, "", p.Fields(footer))
}

func drawsEnglish(w io.Writer, p *i18n.Printer, list []rounds.Round, width int) {
	fmt.Fprintf(w, "%-6s %-10s %-16s %11s %7s  %s\n", p.T("rnd_draws_round", nil), p.T("rnd_draws_date", nil), p.T("rnd_draws_category", nil),
		p.T("rnd_draws_invitations", nil), p.T("rnd_draws_cutoff", nil), p.T("rnd_draws_type", nil))
	for _, r := range list {
		name := r.NameIn(p)
		if width > 0 {
			name = clip(name, max(width-drawsFixed, minRoundType))
		}
		fmt.Fprintf(w, "%-6s %-10s %-16s %11d %7d  %s\n", r.Number, p.Date(r.Date), r.Category.String(), r.Invitations, r.CutOff, name)
	}
}

// The columns of the French table: round and day as wide as their longest ("18 septembre 2025"),
// invitations ("11 000"), cut-off, then the round type in the rest of the line.
const frInvitations, frCutOff = 6, 11

func drawsWritten(w io.Writer, p *i18n.Printer, list []rounds.Round, width int) {
	roundW, dayW := len([]rune(p.T("rnd_draws_round", nil))), len([]rune(p.T("rnd_draws_date", nil)))
	for _, r := range list {
		roundW, dayW = max(roundW, len([]rune(r.Number))), max(dayW, len([]rune(p.Date(r.Date))))
	}
	fixed := roundW + 1 + dayW + 1 + frInvitations + 1 + frCutOff + 2
	row := func(round, day, invitations, cutoff string, name []string) {
		fmt.Fprintf(w, "%-*s %-*s %*s %*s  %s\n", roundW, round, dayW, day, frInvitations, invitations, frCutOff, cutoff, name[0])
		for _, l := range name[1:] {
			fmt.Fprintf(w, "%s%s\n", strings.Repeat(" ", fixed), l)
		}
	}
	row(p.T("rnd_draws_round", nil), p.T("rnd_draws_date", nil), p.T("rnd_draws_invitations", nil), p.T("rnd_draws_cutoff", nil),
		[]string{p.T("rnd_draws_type", nil)})
	if width <= 0 {
		width = 80 // a pipe or a file: wrapped at 80 columns, which loses nothing
	}
	room := max(width-fixed, minRoundType)
	for _, r := range list {
		row(r.Number, p.Date(r.Date), p.Number(r.Invitations), p.Count(r.CutOff), wrapWords(p.Fields(r.NameIn(p)), room))
	}
}

// wrapWords joins words into lines of at most room characters (a longer word alone on its line).
func wrapWords(words []string, room int) []string {
	var lines []string
	line := ""
	for _, word := range words {
		switch {
		case line == "":
			line = word
		case len([]rune(line))+1+len([]rune(word)) > room:
			lines, line = append(lines, line), word
		default:
			line += " " + word
		}
	}
	return append(lines, line)
}
