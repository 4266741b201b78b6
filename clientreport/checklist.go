package clientreport

import (
	"time"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// checklistOf is the report's form of the application checklist: the items grouped by person in
// the checklist's order, each with the person's heading, and the fees of the day of applying.
func checklistOf(c *checklist.Checklist) *Checklist {
	out := &Checklist{Deadline: c.Deadline.Format(time.DateOnly)}
	for _, g := range c.Groups() {
		for _, it := range g.Items {
			out.Items = append(out.Items, ChecklistItem{Title: safetext.Clean(it.Title), Who: safetext.Clean(g.Heading()),
				Why: safetext.Clean(it.Why), Due: due(it, c.Deadline)})
		}
	}
	if !c.Fees.Known {
		return out
	}
	for _, l := range c.Fees.Lines {
		out.Fees = append(out.Fees, FeeLine{What: safetext.Clean(l.Who + ": " + l.What), Amount: scoring.Dollars(l.Amount)})
	}
	out.Total = scoring.Dollars(c.Fees.Total)
	return out
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
