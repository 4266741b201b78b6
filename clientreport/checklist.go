package clientreport

import (
	"strings"
	"time"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
)

// letterSee replaces, in a reference letter's reason, what every letter must state: the report
// says that once, above the list (Checklist.Letter). letterSeeIn is the same in any language.
var letterSee = letterSeeIn(i18n.For(i18n.En))

func letterSeeIn(p *i18n.Printer) string { return p.T("chk_report_letter_see", nil) }

// checklistOf is the report's form of the application checklist in English (checklistOfIn).
func checklistOf(c *checklist.Checklist) *Checklist { return checklistOfIn(i18n.For(i18n.En), c) }

// checklistOfIn is the report's form of the application checklist in p's language: the items
// grouped by person in the checklist's order, each with the person's heading, and the fees of the
// day of applying. What every reference letter must state is the same for each one: it is said
// once (Letter) and each letter's reason points to it; the checklist's own text and JSON keep it
// in full.
func checklistOfIn(p *i18n.Printer, c *checklist.Checklist) *Checklist {
	out := &Checklist{Deadline: p.Date(c.Deadline)}
	must := checklist.LetterMustIn(p)
	for _, g := range c.Groups() {
		for _, it := range g.Items {
			why := it.WhyIn(p)
			if strings.Contains(why, must) {
				why = strings.Replace(why, must, letterSeeIn(p), 1)
				out.Letter = must
			}
			out.Items = append(out.Items, ChecklistItem{Title: safetext.Clean(it.TitleIn(p)), Who: safetext.Clean(g.HeadingIn(p)),
				Why: safetext.Clean(why), Due: dueIn(p, it, c.Deadline)})
		}
	}
	if !c.Fees.Known {
		return out
	}
	for _, l := range c.Fees.Lines {
		out.Fees = append(out.Fees, FeeLine{What: safetext.Clean(p.T("chk_fee_line", i18n.Args{"Who": l.WhoIn(p), "What": l.WhatIn(p)})),
			Amount: p.Money(l.Amount)})
	}
	out.Total = p.Money(c.Fees.Total)
	out.Unconfirmed = safetext.Clean(c.Fees.UnconfirmedIn(p))
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

// dueIn is an item's last day in words, in p's language: "" for the deadline (said once above the
// list), the day and "expires" when a document stops being valid before it, or "after applying"
// for what IRCC asks for later.
func dueIn(p *i18n.Printer, it checklist.Item, deadline time.Time) string {
	switch {
	case it.Due.IsZero():
		return p.T("chk_report_after", nil)
	case it.Due.Equal(deadline) && !it.Expires:
		return ""
	case it.Expires:
		return p.T("chk_report_expires", i18n.Args{"Date": p.Date(it.Due)})
	}
	return p.Date(it.Due)
}
