package clientreport

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/i18n"
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
	t, n := rep.t, rep.n
	title := t("crp_title", nil)
	if rep.Name != "" {
		title = t("crp_title_name", i18n.Args{"Name": md(rep.Name)})
	}
	p("# %s\n", title)
	meta := t("crp_scored", i18n.Args{"Day": rep.Day, "Age": ageIn(rep.printer(), rep.Age), "Family": familyIn(rep.printer(), rep.WithSpouse)}) + " " +
		t("crp_rules", i18n.Args{"Source": md(rep.RulesSource), "Date": rep.RulesInForce})
	if rep.RulesChecked != "" {
		meta += t("crp_rules_checked", i18n.Args{"Date": rep.RulesChecked})
	}
	meta += "."
	if rep.File != "" {
		meta += " " + t("crp_profile", i18n.Args{"File": md(rep.File)})
	}
	if rep.Present {
		meta += " " + t("crp_present", nil)
	}
	p("%s\n", meta)
	p("**%s** %s\n", t("crp_total_head", i18n.Args{"Total": n(rep.Total)}), t("crp_of_max", i18n.Args{"Max": n(rep.MaxTotal)}))
	for _, s := range rep.Sections {
		p("- %s", t("crp_label_value", i18n.Args{"Label": s.Title, "Value": n(s.Points)}))
	}
	for _, pr := range rep.Programs {
		p("- %s %s", pr.Acronym, rep.yes(pr.Eligible, "crp_eligible", "crp_not_eligible"))
	}
	if x := rep.WhatIf; x != nil {
		p("- **%s** %s", t("crp_after_ita", i18n.Args{"Date": x.ITADate, "Verdict": x.Verdict}), t("crp_deadline_short", i18n.Args{"Date": x.Deadline, "When": x.When}))
	}
	p("")
	rep.mdStanding(p)
	if x := rep.WhatIf; x != nil {
		p("## %s\n", t("crp_h_whatif", nil))
		round := t("crp_ita_typed", i18n.Args{"CutOff": n(x.CutOff)})
		if x.Round != "" {
			round = t("crp_ita_round", i18n.Args{"Round": md(x.Round), "CutOff": n(x.CutOff)})
		}
		p("%s\n", t("crp_ita_line", i18n.Args{"Date": x.ITADate, "Round": round, "Total": n(x.Total)}))
		p("**%s.**\n", x.Verdict)
		list(p, x.Reasons)
		p("%s\n", t("crp_deadline", i18n.Args{"Date": "**" + x.Deadline + "**", "When": x.When}))
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

// printer is the report's printer (English for a Report not made by Build).
func (rep *Report) printer() *i18n.Printer {
	if rep.p == nil {
		return i18n.For(rep.Lang)
	}
	return rep.p
}

// t is message id in the report's language.
func (rep *Report) t(id string, args i18n.Args) string { return rep.printer().T(id, args) }

// n is a number as the report's language writes it.
func (rep *Report) n(v int) string { return rep.printer().Count(v) }

// yes is a mark and message y when b, else a cross and message no.
func (rep *Report) yes(b bool, y, no string) string {
	if b {
		return "✓ " + rep.t(y, nil)
	}
	return "✗ " + rep.t(no, nil)
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
	t, n := rep.t, rep.n
	p("## %s\n", t("crp_h_standing", nil))
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
		p("| %s | %s | %s | %s | %s | %s |", t("crp_col_kind", nil), t("crp_col_rounds", nil), t("crp_col_lowest", nil),
			t("crp_col_highest", nil), t("crp_col_latest", nil), t("crp_col_at_or_above", nil))
		p("|---|---:|---:|---:|---:|---:|")
		for _, s := range c.Summary {
			if s.Rounds == 0 {
				p("| %s | 0 | – | – | – | %s |", md(s.Title), t("crp_no_round_in_time", nil))
				continue
			}
			p("| %s | %s | %s | %s | %s | %s |", md(s.Title), n(s.Rounds), n(s.Lowest), n(s.Highest), n(s.Latest), n(s.Invited))
		}
		p("")
	}
	if len(rep.Standing.Kinds) > 0 {
		p("| %s | %s | %s | %s |", t("crp_col_kind", nil), t("crp_col_why", nil), t("crp_col_latest_cutoff", nil), t("crp_col_invited", nil))
		p("|---|---|---:|---:|")
		for _, k := range rep.Standing.Kinds {
			p("| %s | %s | %s (%s) | %s |", md(k.Title), md(k.Why), n(k.Latest), k.Date, t("crp_invited_of", i18n.Args{"Invited": n(k.Invited), "Of": n(k.Of)}))
		}
		p("")
		var notes []string
		for _, k := range rep.Standing.Kinds {
			for _, s := range k.Skipped {
				notes = append(notes, t("crp_label_value", i18n.Args{"Label": k.Title, "Value": s}))
			}
		}
		mdList(p, notes)
	}
	mdList(p, rep.Standing.Notes)
	p("%s\n", t("crp_rounds_source", i18n.Args{"Source": md(rep.Standing.Source)}))
}

func (rep *Report) mdCRS(p printer) {
	t, n := rep.t, rep.n
	p("## %s\n", t("crp_h_crs", nil))
	p("| %s | %s |", t("crp_col_section_line", nil), t("crp_col_points", nil))
	p("|---|---:|")
	for _, s := range rep.Sections {
		p("| **%s** | **%s** |", s.Title, n(s.Points))
		group := ""
		for _, l := range s.Lines {
			if l.Group != "" && l.Group != group {
				p("| _%s_ | |", md(l.Group))
			}
			group = l.Group
			label := md(l.Label)
			if l.Cap {
				label = t("crp_cap", i18n.Args{"Label": label})
			}
			p("| %s | %s |", label, rep.printer().Signed(l.Points))
		}
		if len(s.Lines) == 0 {
			p("| %s | |", s.Empty)
		}
	}
	p("| **%s** | **%s** |\n", t("crp_total_crs", nil), n(rep.Total))
}

func (rep *Report) mdPrograms(p printer) {
	t, n := rep.t, rep.n
	p("## %s\n", t("crp_h_programs", nil))
	for _, pr := range rep.Programs {
		p("### %s\n", t("crp_program_head", i18n.Args{"Acronym": pr.Acronym, "Title": pr.Title, "Verdict": rep.yes(pr.Eligible, "crp_eligible", "crp_not_eligible")}))
		if len(pr.Grid) > 0 {
			p("| %s | %s |", t("crp_grid_head", nil), t("crp_col_points", nil))
			p("|---|---:|")
			for _, g := range pr.Grid {
				p("| %s | %s |", md(g.Label), rep.printer().Signed(g.Points))
			}
			p("| **%s** | **%s** |\n", t("crp_grid_total", i18n.Args{"PassMark": n(pr.PassMark)}), n(pr.Points))
		}
		list(p, pr.Reasons)
		notes := make([]string, len(pr.Notes))
		for i, x := range pr.Notes {
			notes[i] = t("crp_note", i18n.Args{"Note": x})
		}
		list(p, notes)
	}
	if len(rep.Categories) > 0 || rep.CategoriesOff != "" {
		p("### %s\n", t("crp_categories_on", i18n.Args{"Date": rep.Day}))
		for _, c := range rep.Categories {
			verdict := rep.yes(c.Eligible, "crp_met", "crp_not_met")
			line := t("crp_label_value", i18n.Args{"Label": md(c.Title), "Value": verdict})
			if c.Why != "" {
				line = t("crp_category_md", i18n.Args{"Title": md(c.Title), "Verdict": verdict, "Reasons": md(c.Why)})
			}
			p("- %s", line)
		}
		if rep.CategoriesOff != "" {
			p("- %s", md(rep.CategoriesOff))
		}
		p("")
	}
	if len(rep.Warnings) > 0 {
		p("### %s\n", t("crp_to_know", nil))
		list(p, rep.Warnings)
	}
}

func (rep *Report) mdImprove(p printer) {
	t, n := rep.t, rep.n
	p("## %s\n", t("crp_h_improve", nil))
	if len(rep.Suggestions) == 0 {
		p("%s\n", t("crp_no_change", nil))
	} else {
		p("| %s | %s | %s |", t("crp_col_change", nil), t("crp_col_gain", nil), t("crp_col_new_total", nil))
		p("|---|---:|---:|")
		for _, s := range rep.Suggestions {
			p("| %s | %s | %s |", md(s.Title), rep.printer().Plus(s.Gain), n(s.Total))
		}
		p("")
		if rep.MoreSuggestions > 0 {
			p("%s\n", rep.printer().N("crp_more_changes", rep.MoreSuggestions, nil))
		}
	}
	if pl := rep.Plan; pl != nil {
		if pl.Target > 0 {
			p("### %s\n", t("crp_plan_for", i18n.Args{"Target": n(pl.Target)}))
			p("%s %s\n", t("crp_plan_why", i18n.Args{"Target": n(pl.Target), "Why": pl.Why}), pl.Say)
		} else {
			p("### %s\n\n%s\n", t("crp_plan", nil), pl.Say)
		}
		for i, c := range pl.Changes {
			p("%d. %s", i+1, md(c))
		}
		if len(pl.Changes) > 0 {
			p("")
		}
	}
	p("## %s\n", rep.printer().N("crp_h_timeline", rep.TimelineMonths, nil))
	if len(rep.Timeline) == 0 {
		p("%s\n", t("crp_timeline_none", i18n.Args{"Date": rep.TimelineUntil}))
		return
	}
	p("| %s | %s | %s | %s |", t("crp_col_date", nil), t("crp_col_what", nil), t("crp_col_crs", nil), t("crp_col_delta", nil))
	p("|---|---|---:|---:|")
	for _, e := range rep.Timeline {
		p("| %s | %s | %s | %s |", e.Date, md(e.What), n(e.Total), rep.printer().Plus(e.Delta))
	}
	p("")
}

func (rep *Report) mdChecklist(p printer) {
	c := rep.Checklist
	if c == nil {
		return
	}
	t := rep.t
	p("## %s\n", t("crp_h_checklist", nil))
	p("%s\n", t("crp_due_by", i18n.Args{"Date": "**" + c.Deadline + "**"}))
	if c.Letter != "" {
		p("%s.\n", t("crp_label_value", i18n.Args{"Label": "**" + t("crp_letter_head", nil) + "**", "Value": md(c.Letter)}))
	}
	who := ""
	for _, it := range c.Items {
		if it.Who != who {
			p("\n### %s\n", md(it.Who))
			who = it.Who
		}
		due := ""
		if it.Due != "" {
			due = " " + t("crp_due_md", i18n.Args{"Due": md(it.Due)})
		}
		p("- %s.%s", t("crp_label_value", i18n.Args{"Label": "**" + md(it.Title) + "**", "Value": md(it.Why)}), due)
	}
	p("")
	if len(c.Fees) > 0 {
		p("| %s | %s |", t("crp_col_fee", nil), t("crp_col_amount", nil))
		p("|---|---:|")
		for _, f := range c.Fees {
			p("| %s | %s |", md(f.What), md(f.Amount))
		}
		p("| **%s** | **%s** |\n", t("crp_total", nil), md(c.Total))
		if c.Unconfirmed != "" {
			p("%s\n", t("crp_unconfirmed", i18n.Args{"Head": "**" + t("crp_not_confirmed", nil) + "**", "What": md(c.Unconfirmed)}))
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
