package clientreport

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// mdEscaper backslash-escapes the characters Markdown would read as markup or HTML (CommonMark
// allows a backslash before any ASCII punctuation), so a name or a round's type is shown as text.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `&`, `\&`)

func md(s string) string { return mdEscaper.Replace(s) }

// Markdown writes the report as Markdown, for notes and email: the same content as the HTML, the
// chart as its table.
func (rep *Report) Markdown(w io.Writer) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format+"\n", args...) }
	title := "Express Entry assessment"
	if rep.Name != "" {
		title += ": " + md(rep.Name)
	}
	p("# %s\n", title)
	spouse := "without a spouse or common-law partner"
	if rep.WithSpouse {
		spouse = "with an accompanying spouse or common-law partner"
	}
	meta := fmt.Sprintf("Scored on %s (age %d), %s. Rules: %s, in force since %s", rep.Day, rep.Age, spouse, md(rep.RulesSource), rep.RulesInForce)
	if rep.RulesChecked != "" {
		meta += ", checked " + rep.RulesChecked
	}
	meta += "."
	if rep.File != "" {
		meta += " Profile: " + md(rep.File) + "."
	}
	if rep.Present {
		meta += " Presentation mode: no file name shown."
	}
	p("%s\n", meta)
	p("**CRS %d** of %d\n", rep.Total, rep.MaxTotal)
	for _, s := range rep.Sections {
		p("- %s: %d", s.Title, s.Points)
	}
	for _, pr := range rep.Programs {
		p("- %s %s", pr.Acronym, yes(pr.Eligible, "eligible", "not eligible"))
	}
	if x := rep.WhatIf; x != nil {
		p("- **After the ITA of %s: %s.** Deadline %s (%s).", x.ITADate, x.Verdict, x.Deadline, x.When)
	}
	p("")
	rep.mdStanding(p)
	if x := rep.WhatIf; x != nil {
		p("## After the invitation to apply\n")
		round := fmt.Sprintf("cut-off %d (as typed)", x.CutOff)
		if x.Round != "" {
			round = fmt.Sprintf("%s, cut-off %d", md(x.Round), x.CutOff)
		}
		p("ITA of %s, %s; the profile as given scores %d on that day.\n", x.ITADate, round, x.Total)
		p("**%s.**\n", x.Verdict)
		list(p, x.Reasons)
		p("Deadline to apply: **%s** (%s).\n", x.Deadline, x.When)
		list(p, x.Warnings)
	}
	rep.mdCRS(p)
	rep.mdPrograms(p)
	rep.mdImprove(p)
	rep.mdChecklist(p)
	p("---\n\n%s", md(rep.Statement))
	return b.Flush()
}

type printer func(format string, args ...any)

func yes(b bool, y, n string) string {
	if b {
		return "✓ " + y
	}
	return "✗ " + n
}

// list writes items as a Markdown list, and a blank line after it.
func list(p printer, items []string) {
	for _, s := range items {
		p("- %s", md(s))
	}
	if len(items) > 0 {
		p("")
	}
}

func (rep *Report) mdStanding(p printer) {
	p("## Against recent rounds\n")
	if s := rep.Standing.Pool; s != "" {
		p("%s\n", s)
	}
	if s := rep.Standing.None; s != "" {
		p("%s\n", s)
	}
	c := &rep.Chart
	if c.Empty != "" {
		p("%s\n", c.Empty)
	} else {
		p("%s, %s. %s\n", c.Title, c.Span, c.Desc)
		p("| Kind of round | rounds | lowest | highest | latest | score at or above |")
		p("|---|---:|---:|---:|---:|---:|")
		for _, s := range c.Summary {
			if s.Rounds == 0 {
				p("| %s | 0 | – | – | – | no round in this time |", md(s.Title))
				continue
			}
			p("| %s | %d | %d | %d | %d | %d |", md(s.Title), s.Rounds, s.Lowest, s.Highest, s.Latest, s.Invited)
		}
		p("")
	}
	if len(rep.Standing.Kinds) > 0 {
		p("| Kind of round | why this profile can enter | latest cut-off | invited in |")
		p("|---|---|---:|---:|")
		for _, k := range rep.Standing.Kinds {
			p("| %s | %s | %d (%s) | %d of the last %d |", md(k.Title), md(k.Why), k.Latest, k.Date, k.Invited, k.Of)
		}
		p("")
		var notes []string
		for _, k := range rep.Standing.Kinds {
			for _, s := range k.Skipped {
				notes = append(notes, k.Title+": "+s)
			}
		}
		mdList(p, notes)
	}
	mdList(p, rep.Standing.Notes)
	p("IRCC's rounds: %s.\n", md(rep.Standing.Source))
}

func (rep *Report) mdCRS(p printer) {
	p("## The CRS score, line by line\n")
	p("| Section and line | points |")
	p("|---|---:|")
	for _, s := range rep.Sections {
		p("| **%s** | **%d** |", s.Title, s.Points)
		group := ""
		for _, l := range s.Lines {
			if l.Group != "" && l.Group != group {
				p("| _%s_ | |", md(l.Group))
			}
			group = l.Group
			label := md(l.Label)
			if l.Cap {
				label = "cap: " + label
			}
			p("| %s | %s |", label, signed(l.Points))
		}
		if len(s.Lines) == 0 {
			p("| %s | |", s.Empty)
		}
	}
	p("| **Total CRS** | **%d** |\n", rep.Total)
}

func (rep *Report) mdPrograms(p printer) {
	p("## Programs\n")
	for _, pr := range rep.Programs {
		p("### %s (%s): %s\n", pr.Acronym, pr.Title, yes(pr.Eligible, "eligible", "not eligible"))
		if len(pr.Grid) > 0 {
			p("| FSW selection grid | points |")
			p("|---|---:|")
			for _, g := range pr.Grid {
				p("| %s | %s |", md(g.Label), signed(g.Points))
			}
			p("| **Grid total (pass mark %d)** | **%d** |\n", pr.PassMark, pr.Points)
		}
		list(p, pr.Reasons)
		notes := make([]string, len(pr.Notes))
		for i, n := range pr.Notes {
			notes[i] = "note: " + n
		}
		list(p, notes)
	}
	if len(rep.Categories) > 0 || rep.CategoriesOff != "" {
		p("### Categories in force on %s\n", rep.Day)
		for _, c := range rep.Categories {
			line := md(c.Title) + ": " + yes(c.Eligible, "met", "not met")
			if len(c.Reasons) > 0 {
				line += " (" + md(strings.Join(c.Reasons, "; ")) + ")"
			}
			p("- %s", line)
		}
		if rep.CategoriesOff != "" {
			p("- %s", md(rep.CategoriesOff))
		}
		p("")
	}
	if len(rep.Warnings) > 0 {
		p("### To know\n")
		list(p, rep.Warnings)
	}
}

func (rep *Report) mdImprove(p printer) {
	p("## What would raise the score\n")
	if len(rep.Suggestions) == 0 {
		p("No change the planner knows raises this score.\n")
	} else {
		p("| Change, one at a time | gain | new total |")
		p("|---|---:|---:|")
		for _, s := range rep.Suggestions {
			p("| %s | %s | %d |", md(s.Title), plus(s.Gain), s.Total)
		}
		p("")
		if rep.MoreSuggestions > 0 {
			p("And %d smaller changes: eewizard improve lists them all.\n", rep.MoreSuggestions)
		}
	}
	if pl := rep.Plan; pl != nil {
		if pl.Target > 0 {
			p("### Plan for %d\n", pl.Target)
			p("%d is %s. %s\n", pl.Target, pl.Why, pl.Say)
		} else {
			p("### Plan\n\n%s\n", pl.Say)
		}
		for i, c := range pl.Changes {
			p("%d. %s", i+1, md(c))
		}
		if len(pl.Changes) > 0 {
			p("")
		}
	}
	p("## The next %d months\n", rep.TimelineMonths)
	if len(rep.Timeline) == 0 {
		p("The score does not change by itself before %s.\n", rep.TimelineUntil)
		return
	}
	p("| Date | What changes by itself | CRS | change |")
	p("|---|---|---:|---:|")
	for _, e := range rep.Timeline {
		p("| %s | %s | %d | %s |", e.Date, md(e.What), e.Total, plus(e.Delta))
	}
	p("")
}

func (rep *Report) mdChecklist(p printer) {
	c := rep.Checklist
	if c == nil {
		return
	}
	p("## The application checklist\n")
	p("Everything is due by the deadline, **%s**, unless another day is given.\n", c.Deadline)
	if c.Letter != "" {
		p("**Every employer reference letter**: %s.\n", md(c.Letter))
	}
	who := ""
	for _, it := range c.Items {
		if it.Who != who {
			p("\n### %s\n", md(it.Who))
			who = it.Who
		}
		due := ""
		if it.Due != "" {
			due = " Due: " + md(it.Due) + "."
		}
		p("- **%s**: %s.%s", md(it.Title), md(it.Why), due)
	}
	p("")
	if len(c.Fees) > 0 {
		p("| Fee | amount |")
		p("|---|---:|")
		for _, f := range c.Fees {
			p("| %s | %s |", md(f.What), md(f.Amount))
		}
		p("| **Total** | **%s** |\n", md(c.Total))
		if c.Unconfirmed != "" {
			p("**Not confirmed**: %s. Check IRCC's fee list before paying.\n", md(c.Unconfirmed))
		}
	}
}

// mdList prints items as a list followed by a blank line; nothing when there are none.
func mdList(p printer, items []string) {
	for _, it := range items {
		p("- %s", md(it))
	}
	if len(items) > 0 {
		p("")
	}
}
