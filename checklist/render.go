package checklist

import (
	"fmt"
	"io"
	"strings"

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
			out = append(out, Group{Who: it.Who})
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
}

// Heading is a group's heading: "Family", "Applicant", "Spouse or partner", "Child 1 (Maya)".
func (g *Group) Heading() string {
	switch g.Who {
	case WhoFamily:
		return "Family (the application as a whole)"
	case WhoApplicant:
		return "Applicant"
	case WhoSpouse:
		return "Spouse or common-law partner"
	}
	return strings.ToUpper(g.Who[:1]) + g.Who[1:]
}

// Text writes the checklist grouped by person, lines wrapped at width (at least 40), every text
// from the profile made safe for a terminal.
func Text(w io.Writer, c *Checklist, width int) {
	width = max(width, 40)
	head := "Application checklist after the ITA of " + day(c.ITA.Date)
	if c.ITA.Round != "" {
		head += " (round " + c.ITA.Round + ")"
	}
	fmt.Fprintln(w, safetext.Clean(head))
	fmt.Fprintf(w, "Apply by %s (%d days from the ITA); built for applying on %s\n", day(c.Deadline), c.Window, day(c.ApplyOn))
	if c.Expired {
		fmt.Fprintf(w, "The deadline has passed (%s): the invitation has expired unless it was answered.\n", day(c.Deadline))
	}
	for _, g := range c.Groups() {
		fmt.Fprintf(w, "\n%s\n", safetext.Clean(g.Heading()))
		for _, it := range g.Items {
			due := "after applying"
			if !it.Due.IsZero() {
				due = "by " + day(it.Due)
			}
			if it.Expires {
				due += ", expires before the deadline"
			}
			wrap(w, "  [ ] ", "      ", safetext.Clean(it.Title)+" ("+due+")", width)
			wrap(w, "      ", "      ", safetext.Clean(it.Why), width)
		}
	}
	fmt.Fprintln(w)
	writeFees(w, &c.Fees, width)
	if len(c.Notes) > 0 {
		fmt.Fprintln(w, "\nNotes")
		for _, n := range c.Notes {
			wrap(w, "  - ", "    ", safetext.Clean(n), width)
		}
	}
}

func writeFees(w io.Writer, f *Fees, width int) {
	if !f.Known {
		fmt.Fprintln(w, "Fees: no fee table in the rules for the day of applying")
		return
	}
	fmt.Fprintf(w, "Fees (CAD, the table in force from %s)\n", day(f.From))
	for _, l := range f.Lines {
		row(w, "  "+safetext.Clean(l.Who)+": "+l.What, "$"+thousands(l.Amount), width)
	}
	row(w, "  Total", "$"+thousands(f.Total), width)
	if !f.ChangesOn.IsZero() {
		wrap(w, "  ", "  ", fmt.Sprintf("Fees change on %s, before the deadline: an application received from that day pays $%s.",
			day(f.ChangesOn), thousands(f.ChangedTotal)), width)
	}
	wrap(w, "  ", "  ", "The right of permanent residence fee may be paid with the application or when IRCC asks for it.", width)
	if f.Unconfirmed != "" {
		wrap(w, "  ", "  ", "Not confirmed: "+safetext.Clean(f.Unconfirmed)+". Check IRCC's fee list before paying.", width)
	}
}

// row writes label and value, the value right-aligned at width (at most 72).
func row(w io.Writer, label, value string, width int) {
	width = min(width, 72)
	pad := width - len([]rune(label)) - len(value)
	if pad < 1 {
		pad = 1
	}
	fmt.Fprintf(w, "%s%s%s\n", label, strings.Repeat(" ", pad), value)
}

// wrap writes s in words, the first line after first and the others after rest, at width.
func wrap(w io.Writer, first, rest, s string, width int) {
	line, prefix := "", first
	n := len([]rune(prefix))
	for _, word := range strings.Fields(s) {
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
		out.Fees.Lines = append(out.Fees.Lines, JSONFeeLine(l))
	}
	return out
}
