package checklist

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
)

// Groups returns the people of the list in order (the family, the applicant, the spouse, each
// child), each with its items in the list's order.
func (c *Checklist) Groups() []Group {
	var out []Group
	at := map[string]int{}
	for _, who := range []string{WhoFamily, WhoApplicant, WhoSpouse} {
		at[who] = -1
	}
	for _, it := range c.Items {
		i, seen := at[it.Who]
		if !seen || i < 0 {
			out = append(out, Group{Who: it.Who, child: it.child})
			i = len(out) - 1
			at[it.Who] = i
		}
		out[i].Items = append(out[i].Items, it)
	}
	return out
}

// Group is the items of one person.
type Group struct {
	Who   string
	Items []Item

	child *kid // the child the group is for (HeadingIn)
}

// Heading is a group's heading: "Family", "Applicant", "Spouse or partner", "Child 1 (Maya)".
func (g *Group) Heading() string { return g.HeadingIn(en) }

// Text writes the checklist grouped by person, lines wrapped at width (at least 40), every text
// from the profile made safe for a terminal.
func Text(w io.Writer, c *Checklist, width int) { TextIn(w, en, c, width) }

// TextIn is Text in p's language: every word from the catalogue, dates and money as p writes them.
func TextIn(w io.Writer, p *i18n.Printer, c *Checklist, width int) {
	width = max(width, 40)
	head := p.T("chk_head", i18n.Args{"Date": p.Date(c.ITA.Date)})
	if c.ITA.Round != "" {
		head += p.T("chk_head_round", i18n.Args{"Round": c.ITA.Round})
	}
	line(w, p, safetext.Clean(head), width)
	line(w, p, p.T("chk_apply_by", i18n.Args{"Deadline": p.Date(c.Deadline), "Days": p.Count(c.Window), "On": p.Date(c.ApplyOn)}), width)
	if c.Expired {
		line(w, p, p.T("chk_expired", i18n.Args{"Date": p.Date(c.Deadline)}), width)
	}
	for _, g := range c.Groups() {
		fmt.Fprintf(w, "\n%s\n", safetext.Clean(g.HeadingIn(p)))
		for _, it := range g.Items {
			wrap(w, p, "  [ ] ", "      ", safetext.Clean(it.TitleIn(p))+" ("+DueIn(p, it)+")", width)
			wrap(w, p, "      ", "      ", safetext.Clean(it.WhyIn(p)), width)
		}
	}
	fmt.Fprintln(w)
	writeFees(w, p, &c.Fees, width)
	if notes := c.NotesIn(p); len(notes) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("chk_notes", nil))
		for _, n := range notes {
			wrap(w, p, "  - ", "    ", safetext.Clean(n), width)
		}
	}
}

// DueIn is when an item is due, in p's language: "by 2026-10-17", "after applying", with ",
// expires before the deadline" for a document that stops being valid before it.
func DueIn(p *i18n.Printer, it Item) string {
	due := p.T("chk_due_after", nil)
	if !it.Due.IsZero() {
		due = p.T("chk_due_by", i18n.Args{"Date": p.Date(it.Due)})
	}
	if it.Expires {
		due += p.T("chk_due_expires", nil)
	}
	return due
}

// line writes a line of the head: as it is in English, as the checklist has always written it;
// wrapped at width in other languages, which run longer.
func line(w io.Writer, p *i18n.Printer, s string, width int) {
	if p.Lang() == i18n.En {
		fmt.Fprintln(w, s)
		return
	}
	wrap(w, p, "", "", s, width)
}

func writeFees(w io.Writer, p *i18n.Printer, f *Fees, width int) {
	if !f.Known {
		line(w, p, p.T("chk_fees_unknown", nil), width)
		return
	}
	line(w, p, p.T("chk_fees_head", i18n.Args{"Date": p.Date(f.From)}), width)
	for _, l := range f.Lines {
		row(w, p, "  "+safetext.Clean(p.T("chk_fee_line", i18n.Args{"Who": l.WhoIn(p), "What": l.WhatIn(p)})), p.Money(l.Amount), width)
	}
	row(w, p, "  "+p.T("chk_fees_total", nil), p.Money(f.Total), width)
	if !f.ChangesOn.IsZero() {
		wrap(w, p, "  ", "  ", p.T("chk_fees_change", i18n.Args{"Date": p.Date(f.ChangesOn), "Amount": p.Money(f.ChangedTotal)}), width)
	}
	wrap(w, p, "  ", "  ", p.T("chk_fees_right", nil), width)
	if u := f.UnconfirmedIn(p); u != "" {
		wrap(w, p, "  ", "  ", p.T("chk_fees_unconfirmed", i18n.Args{"What": safetext.Clean(u)}), width)
	}
}

// row writes label and value, the value right-aligned at width (at most 72). A label too long for
// the line is wrapped, its next lines indented as it is, the value on its last line (in English the
// line runs long, as it always has).
func row(w io.Writer, p *i18n.Printer, label, value string, width int) {
	width = min(width, 72)
	vw := len([]rune(value))
	if p.Lang() != i18n.En && len([]rune(label))+1+vw > width {
		indent := strings.Repeat(" ", len(label)-len(strings.TrimLeft(label, " ")))
		var b strings.Builder
		wrap(&b, p, indent, indent+"  ", strings.TrimLeft(label, " "), width-vw-1)
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		for _, l := range lines[:len(lines)-1] {
			fmt.Fprintln(w, l)
		}
		label = lines[len(lines)-1]
	}
	pad := width - len([]rune(label)) - vw
	if pad < 1 {
		pad = 1
	}
	fmt.Fprintf(w, "%s%s%s\n", label, strings.Repeat(" ", pad), value)
}

// wrap writes s in words (p.Fields: a French no-break space joins its words), the first line after
// first and the others after rest, at width.
func wrap(w io.Writer, p *i18n.Printer, first, rest, s string, width int) {
	line, prefix := "", first
	n := len([]rune(prefix))
	for _, word := range p.Fields(s) {
		wl := len([]rune(word))
		if line != "" && n+1+wl > width {
			fmt.Fprintln(w, prefix+line)
			line, prefix = "", rest
			n = len([]rune(prefix))
		}
		if line != "" {
			line += " "
			n++
		}
		line += word
		n += wl
	}
	fmt.Fprintln(w, prefix+line)
}

// JSON is the checklist in JSON: {"items": [...], "fees": {"total", "lines"}} with the dates.
type JSON struct {
	ITADate     string     `json:"ita_date"`
	Round       string     `json:"round,omitempty"`
	Program     string     `json:"program,omitempty"`
	Deadline    string     `json:"deadline"`
	ApplyOn     string     `json:"apply_on"`
	Expired     bool       `json:"expired"`
	FamilySize  int        `json:"family_size,omitempty"`
	FundsNeeded int        `json:"funds_needed,omitempty"`
	Items       []JSONItem `json:"items"`
	Fees        JSONFees   `json:"fees"`
	Notes       []string   `json:"notes"`
}

// JSONItem is an Item in JSON; due is null for what comes after applying.
type JSONItem struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Who     string  `json:"who"`
	Why     string  `json:"why"`
	Due     *string `json:"due"`
	Expires bool    `json:"expires"`
}

// JSONFees are the Fees in JSON.
type JSONFees struct {
	Known        bool          `json:"known"`
	From         string        `json:"from,omitempty"`
	Total        int           `json:"total"`
	Lines        []JSONFeeLine `json:"lines"`
	ChangesOn    string        `json:"changes_on,omitempty"`
	ChangedTotal int           `json:"changed_total,omitempty"`
	Unconfirmed  string        `json:"unconfirmed,omitempty"` // which amounts were not read from IRCC's fee list
}

// JSONFeeLine is a FeeLine in JSON.
type JSONFeeLine struct {
	Who    string `json:"who"`
	What   string `json:"what"`
	Amount int    `json:"amount"`
}

// NewJSON converts a checklist for JSON.
func NewJSON(c *Checklist) JSON {
	out := JSON{ITADate: day(c.ITA.Date), Round: c.ITA.Round, Program: c.ITA.Program, Deadline: day(c.Deadline),
		ApplyOn: day(c.ApplyOn), Expired: c.Expired, FamilySize: c.FamilySize, FundsNeeded: c.FundsNeeded, Items: []JSONItem{}, Notes: append([]string{}, c.Notes...),
		Fees: JSONFees{Known: c.Fees.Known, Total: c.Fees.Total, Lines: []JSONFeeLine{}, ChangedTotal: c.Fees.ChangedTotal}}
	for _, it := range c.Items {
		j := JSONItem{ID: it.ID, Title: it.Title, Who: it.Who, Why: it.Why, Expires: it.Expires}
		if !it.Due.IsZero() {
			d := day(it.Due)
			j.Due = &d
		}
		out.Items = append(out.Items, j)
	}
	if c.Fees.Known {
		out.Fees.From = day(c.Fees.From)
		out.Fees.Unconfirmed = safetext.Clean(c.Fees.Unconfirmed)
	}
	if !c.Fees.ChangesOn.IsZero() {
		out.Fees.ChangesOn = day(c.Fees.ChangesOn)
	}
	for _, l := range c.Fees.Lines {
		out.Fees.Lines = append(out.Fees.Lines, JSONFeeLine{Who: l.Who, What: l.What, Amount: l.Amount})
	}
	return out
}
