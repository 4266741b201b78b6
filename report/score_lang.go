package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// ScoreIn writes the readable breakdown of one assessment (see Score) in p's language: every word
// from the message catalogue, numbers and dates as p writes them.
func ScoreIn(w io.Writer, p *i18n.Printer, file string, r *scoring.Rules, a *scoring.Assessment) {
	c := &a.CRS
	head := p.T("score_head", i18n.Args{"File": safetext.Clean(file), "Total": c.Total})
	fmt.Fprintf(w, "%s\n%s\n", head, strings.Repeat("=", len([]rune(head))))
	family := p.T("score_without_spouse", nil)
	if c.WithSpouse {
		family = p.T("score_with_spouse", nil)
	}
	age := strconv.Itoa(a.Age)
	if p.Lang() == i18n.Fr {
		age = scoring.YearsIn(p, a.Age)
	}
	scored := p.T("score_scored_on", i18n.Args{"Date": p.Date(a.Day), "Age": age, "Family": family})
	if p.Lang() == i18n.En {
		fmt.Fprintln(w, scored) // English has always written it on one line, however long
	} else {
		wrapped(w, "", p.Fields(scored))
	}
	fmt.Fprintln(w)
	writeWorkIn(w, p, r, a)
	for s := scoring.Section(0); s < scoring.NumSections; s++ {
		writeSectionIn(w, p, c, s)
	}
	row(w, 0, p.T("score_total", nil), p.T("score_total_points", i18n.Args{"Total": points(p, c.Total), "Max": points(p, r.CRS.Total)}))
	fmt.Fprintln(w)
	fmt.Fprintln(w, p.T("score_programs", nil))
	for i := range a.Programs {
		WriteProgramIn(w, p, r, &a.Programs[i])
	}
	writeCategoriesIn(w, p, r, a)
	if ws := a.Warnings(); len(ws) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("score_warnings", nil))
		for _, x := range ws {
			wrapped(w, "  ! ", p.Fields(x.TextIn(p)))
		}
	}
}

// points writes a number of points: plain in English ("1200", as the reports always wrote it),
// grouped in French ("1 200").
func points(p *i18n.Printer, n int) string { return p.Count(n) }

// writeSectionIn writes one CRS section: its total, its lines (grouped by factor) and the caps.
func writeSectionIn(w io.Writer, p *i18n.Printer, c *scoring.CRS, s scoring.Section) {
	row(w, 0, s.TitleIn(p), points(p, c.Section(s)))
	n := 0
	group := ""
	for _, l := range c.Lines() {
		if l.Section != s {
			continue
		}
		n++
		if g := l.GroupIn(p); g != group {
			group = g
			if g != "" {
				fmt.Fprintf(w, "  %s\n", g)
			}
		}
		indent := 2
		if group != "" {
			indent = 4
		}
		label := l.LabelIn(p)
		if l.IsCap() {
			label = p.T("score_cap", i18n.Args{"Label": label})
		}
		row(w, indent, label, signed(l.Points))
	}
	if n == 0 {
		if s == scoring.SectionSpouse {
			wrapped(w, "  ", p.Fields(p.T("score_spouse_not_scored", nil)))
		} else {
			fmt.Fprintf(w, "  %s\n", p.T("score_none", nil))
		}
	}
	fmt.Fprintln(w)
}

// WriteProgramIn writes one program's eligibility with its reasons, and the FSW grid, in p's
// language.
func WriteProgramIn(w io.Writer, p *i18n.Printer, r *scoring.Rules, pr *scoring.Program) {
	mark, verdict := "✓", p.T("program_eligible", nil)
	if !pr.Eligible {
		mark, verdict = "✗", p.T("program_not_eligible", nil)
	}
	title := p.T("program_line", i18n.Args{"Mark": mark, "Acronym": pr.ID.AcronymIn(p), "Title": pr.ID.TitleIn(p), "Verdict": verdict})
	if pr.ID == scoring.FSW {
		grid := p.T("program_grid", i18n.Args{"Points": pr.Points, "Pass": r.FSW.PassMark})
		if 2+len([]rune(title))+1+len([]rune(grid)) > Width { // French runs longer: the grid on a line of its own
			hanging(w, "  ", "    ", p.Fields(title))
			title = ""
		}
		row(w, 2, title, grid)
		for _, g := range pr.Grid() {
			row(w, 6, g.LabelIn(p), signed(g.Points))
		}
	} else {
		hanging(w, "  ", "    ", p.Fields(title))
	}
	for _, rs := range pr.Reasons() {
		bullet := "-"
		if !rs.Fails() {
			bullet = p.T("program_note", nil)
		}
		wrapped(w, "      "+bullet+" ", p.Fields(rs.TextIn(p)))
	}
}

// hanging is wrapped with its own indent for the lines after the first: a heading that runs over
// ("✗ PTMSF – Programme … : non" / "admissible") goes on under its words, not under its mark.
func hanging(w io.Writer, lead, indent string, words []string) {
	line, n := lead, 0
	room := Width - len([]rune(lead))
	for _, word := range words {
		if n > 0 && n+1+len([]rune(word)) > room {
			fmt.Fprintln(w, line)
			line, n, room = indent, 0, Width-len([]rune(indent))
		}
		if n > 0 {
			line += " "
			n++
		}
		line += word
		n += len([]rune(word))
	}
	fmt.Fprintln(w, line)
}
