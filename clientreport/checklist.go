package clientreport

import (
	"strings"
	"time"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// letterSee replaces, in a reference letter's reason, what every letter must state: the report
// says that once, above the list (Checklist.Letter).
const letterSee = "what it must state is under “Every employer reference letter” above"

// checklistOf is the report's form of the application checklist: the items grouped by person in
// the checklist's order, each with the person's heading, and the fees of the day of applying.
// What every reference letter must state is the same for each one: it is said once (Letter) and
// each letter's reason points to it; the checklist's own text and JSON keep it in full.
func checklistOf(c *checklist.Checklist) *Checklist {
	out := &Checklist{Deadline: c.Deadline.Format(time.DateOnly)}
	for _, g := range c.Groups() {
		for _, it := range g.Items {
			why := it.Why
			if strings.Contains(why, checklist.LetterMust) {
				why = strings.Replace(why, checklist.LetterMust, letterSee, 1)
				out.Letter = checklist.LetterMust
			}
			out.Items = append(out.Items, ChecklistItem{Title: safetext.Clean(it.Title), Who: safetext.Clean(g.Heading()),
				Why: safetext.Clean(why), Due: due(it, c.Deadline)})
		}
	}
	if !c.Fees.Known {
		return out
	}
	for _, l := range c.Fees.Lines {
		out.Fees = append(out.Fees, FeeLine{What: safetext.Clean(l.Who + ": " + l.What), Amount: scoring.Dollars(l.Amount)})
	}
	out.Total = scoring.Dollars(c.Fees.Total)
	out.Unconfirmed = safetext.Clean(c.Fees.Unconfirmed)
	return out
}

// Groups is the checklist's items by person, in the list's order.
func (c *Checklist) Groups() []ChecklistGroup {
	var out []ChecklistGroup
	for _, it := range c.Items {
		if len(out) == 0 || out[len(out)-1].Who != it.Who {
			out = append(out, ChecklistGroup{Who: it.Who})
		}
		g := &out[len(out)-1]
		g.Items = append(g.Items, it)
	}
	return out
}

// ChecklistGroup is one person's items (or the family's).
type ChecklistGroup struct {
	Who   string
	Items []ChecklistItem
}

// due is an item's last day in words: "" for the deadline (said once above the list), the day
// and "expires" when a document stops being valid before it, or "after applying" for what IRCC
// asks for later.
func due(it checklist.Item, deadline time.Time) string {
	switch {
	case it.Due.IsZero():
		return "after applying"
	case it.Due.Equal(deadline) && !it.Expires:
		return ""
	case it.Expires:
		return it.Due.Format(time.DateOnly) + " (expires)"
	}
	return it.Due.Format(time.DateOnly)
}
