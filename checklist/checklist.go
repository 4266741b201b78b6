// Package checklist builds the application checklist after an Invitation to Apply: what the
// application for permanent residence needs, derived from a profile and the rules (rules.toml
// [checklist], [fees], [timing], the settlement funds), with the person and the reason for each
// document, the application deadline, the documents that expire before it, and the fees for the
// family.
//
// The result is a plain data model: no formatting, no terminal text. Text and JSON renderers are in
// render.go; the client report renders the same model.
package checklist

import (
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// The people an item is for, as Item.Who names them. Children are "child 1", "child 1 (Maya)".
const (
	WhoFamily    = "family" // the application as a whole, or the applicant and spouse together
	WhoApplicant = "applicant"
	WhoSpouse    = "spouse"
)

// Item is one thing to gather or do.
type Item struct {
	ID    string    // stable, unique in the list: "police-applicant-india", "reference-applicant-job-2"
	Title string    // what it is, in IRCC's words where IRCC has them
	Who   string    // WhoFamily, WhoApplicant, WhoSpouse, or a child's label
	Why   string    // why it is needed, from the profile, and what it must show
	Due   time.Time // the last day it can be used: the deadline, or an expiry before it; zero: after applying
	// Expires is true when Due is the day a document stops being valid, before the deadline.
	Expires bool

	title, why text // Title and Why in any language (TitleIn, WhyIn)
	child      *kid // the child the item is for (WhoIn)
}

// FeeLine is one fee for one person.
type FeeLine struct {
	Who    string // WhoApplicant, WhoSpouse, or a child's label
	What   string // "processing fee" or "right of permanent residence fee"
	Amount int    // CAD

	child *kid // the child the fee is for (WhoIn)
}

// Fees are the fees of the application for this family on the day of applying.
type Fees struct {
	Known bool      // false: no fee table covers the day (before the oldest)
	From  time.Time // the day the table in force took effect
	Lines []FeeLine
	Total int
	// ChangesOn is the day a newer table takes effect after the day of applying and on or before
	// the deadline (zero: none), and ChangedTotal the total from that day.
	ChangesOn    time.Time
	ChangedTotal int
	// Unconfirmed says which amounts of the table were not read from IRCC's fee list ("": all were).
	Unconfirmed string
}

// Checklist is everything the application after an ITA needs.
type Checklist struct {
	ITA      scoring.ITA
	Deadline time.Time // the last day to apply: the ITA date + the window of the rules in force that day
	Window   int       // days to apply
	ApplyOn  time.Time // the day of applying the list is built for: today, or the ITA date if later
	Expired  bool      // ApplyOn is after the deadline
	Items    []Item
	Fees     Fees
	Notes    []string // what is left out and why (no proof of funds needed, ...)
	// FamilySize is the family counted for settlement funds, and FundsNeeded the amount to show
	// (CAD; 0 when exempt, or when no funds table covers the day of applying).
	FamilySize, FundsNeeded int

	notes []text // Notes in any language (NotesIn)
}

// Build derives the checklist of profile p for the invitation ita, with the rules r as read (the
// rules in force on the ITA date and on the day of applying are taken from them), on day today:
// the day of applying is today, or the ITA date when today is before it.
func Build(r *scoring.Rules, p *scoring.Profile, ita scoring.ITA, today time.Time) (Checklist, error) {
	ita.Date = scoring.Day(ita.Date)
	rr, err := r.At(ita.Date)
	if err != nil {
		return Checklist{}, &DateError{Err: err}
	}
	if err := scoring.CheckITAProgram(ita.Program); err != nil {
		return Checklist{}, err
	}
	c := Checklist{ITA: ita, Window: rr.Timing.ITAWindowDays}
	c.Deadline = ita.Date.AddDate(0, 0, c.Window)
	c.ApplyOn = scoring.Day(today)
	if c.ApplyOn.Before(ita.Date) {
		c.ApplyOn = ita.Date
	}
	c.Expired = c.ApplyOn.After(c.Deadline)
	// The rules on the day of applying (funds, fees, medicals); those of the ITA date when the
	// rules cannot be had for that day.
	ra := rr
	if x, err := r.At(c.ApplyOn); err == nil {
		ra = x
	}
	a := scoring.Assess(rr, p, ita.Date)
	b := &builder{c: &c, r: rr, ra: ra, p: p, a: &a}
	b.build()
	c.Fees = fees(r, p, c.ApplyOn, c.Deadline)
	return c, nil
}

// DateError is Build's error for an ITA date the rules do not cover ("the ITA date: ..."), its
// words the catalogue's (TextIn), the rules' error wrapped.
type DateError struct{ Err error }

func (e *DateError) Error() string { return e.TextIn(en) }

// Unwrap is the rules' error.
func (e *DateError) Unwrap() error { return e.Err }

// ErrorIn is TextIn: a DateError is a scoring.Teller, which scoring.ErrorIn writes.
func (e *DateError) ErrorIn(p *i18n.Printer) string { return e.TextIn(p) }

// TextIn is the error in p's language; the rules' error in its own words (TextIn(p) when it has
// one).
func (e *DateError) TextIn(p *i18n.Printer) string {
	inner := e.Err.Error()
	if t, ok := e.Err.(interface{ TextIn(*i18n.Printer) string }); ok {
		inner = t.TextIn(p)
	}
	return p.T("chk_err_ita_date", i18n.Args{"Err": inner})
}

// builder holds what every item is built from.
type builder struct {
	c  *Checklist
	r  *scoring.Rules // in force on the ITA date
	ra *scoring.Rules // in force on the day of applying
	p  *scoring.Profile
	a  *scoring.Assessment // the profile on the ITA date
}

// add adds an item, its Title and Why the English of its texts.
func (b *builder) add(it Item) {
	it.Title, it.Why = it.title(en), it.why(en)
	b.c.Items = append(b.c.Items, it)
}

// note adds a note, Notes the English of it.
func (b *builder) note(t text) {
	b.c.notes = append(b.c.notes, t)
	b.c.Notes = append(b.c.Notes, t(en))
}

// due is the deadline, or last when a document's last valid day is before it.
func (b *builder) due(last time.Time) (time.Time, bool) {
	if !last.IsZero() && last.Before(b.c.Deadline) {
		return last, true
	}
	return b.c.Deadline, false
}

func (b *builder) build() {
	b.application()
	b.family()
	b.person(WhoApplicant)
	if b.p.Applicant.MaritalStatus.HasPartner() && !b.p.Applicant.SpouseCanadian {
		b.person(WhoSpouse)
	}
	for i, ch := range b.p.Children.All() {
		b.child(i, ch)
	}
	b.medicals()
}

func (b *builder) application() {
	c := b.c
	why := []text{msg("chk_app_invited", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Date": p.Date(c.ITA.Date)} })}
	if c.ITA.Round != "" {
		why = append(why, msg("chk_app_round", func(*i18n.Printer) i18n.Args { return i18n.Args{"Round": c.ITA.Round} }))
	}
	why = append(why, plural("chk_app_window", c.Window, nil))
	if c.Expired {
		why = append(why, msg("chk_app_passed", func(p *i18n.Printer) i18n.Args { return i18n.Args{"Date": p.Date(c.Deadline)} }))
	}
	b.add(Item{ID: "application", title: msg("chk_app_title", nil), Who: WhoFamily, why: cat(why...), Due: c.Deadline})
}

func day(t time.Time) string { return t.Format(time.DateOnly) }
