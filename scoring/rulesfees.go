package scoring

import (
	"time"

	"github.com/eewizard/eewizard/i18n"
)

// FeeTable is one dated table of the fees of an application for permanent residence (rules.toml
// [fees]): in force from From until the next table's From. Amounts are Canadian dollars.
type FeeTable struct {
	From                                                   time.Time
	ProcessingPrincipal, ProcessingSpouse, ProcessingChild int
	RightPrincipal, RightSpouse, RightChild                int // right of permanent residence fee
	// Unconfirmed says which amounts of the table were not read from IRCC's own fee list ("": all
	// were); every output that shows the fees says it.
	Unconfirmed string
}

// UnconfirmedID is the catalogue's id of the French of t's Unconfirmed text:
// "rules_fee_unconfirmed_2026-04-30" for the table in force from 2026-04-30 (messages/fr/
// checklist.toml). English has no such message: its words are rules.toml's own, so the rules stay
// one file.
func (t FeeTable) UnconfirmedID() string {
	return "rules_fee_unconfirmed_" + t.From.Format(time.DateOnly)
}

// UnconfirmedIn is t.Unconfirmed in p's language: the rules' own words in English, the
// catalogue's in French (the rules' own when the catalogue has none, as for a table a newer rules
// file adds).
func (t FeeTable) UnconfirmedIn(p *i18n.Printer) string {
	if t.Unconfirmed == "" || p.Lang() == i18n.En || !p.Has(t.UnconfirmedID()) {
		return t.Unconfirmed
	}
	return p.T(t.UnconfirmedID(), nil)
}

// FeesAt returns the fee table in force on day, and false before the oldest table.
func (r *Rules) FeesAt(day time.Time) (FeeTable, bool) {
	day = Day(day)
	for _, t := range r.Fees { // newest first
		if !day.Before(t.From) {
			return t, true
		}
	}
	return FeeTable{}, false
}

// FeesChangeAfter returns the first fee table that takes effect after from and on or before to,
// and false when none does: fees that change inside an application window.
func (r *Rules) FeesChangeAfter(from, to time.Time) (FeeTable, bool) {
	from, to = Day(from), Day(to)
	for i := len(r.Fees) - 1; i >= 0; i-- { // oldest first
		t := r.Fees[i]
		if t.From.After(from) && !t.From.After(to) {
			return t, true
		}
	}
	return FeeTable{}, false
}

// ChecklistRules are the rules of the document checklist after an ITA (rules.toml [checklist]).
// How long language results and an ECA stay valid are [timing]'s.
type ChecklistRules struct {
	PoliceMinDays       int       // a police certificate for each country lived in this many days or more in total...
	PoliceMinAge        int       // ...since this age
	PoliceCurrentMonths int       // the current country's certificate: issued at most this many months before applying
	UpfrontMedicalsTo   time.Time // applications received on or before this day needed an upfront medical exam
}

// maxFee bounds one fee (CAD): far above any real fee, low enough that no sum overflows.
const maxFee = 100_000

var feeKeys = []string{"from", "processing_principal", "processing_spouse", "processing_child",
	"right_principal", "right_spouse", "right_child", "unconfirmed"}

// readFees reads [fees]: dated tables, newest first, each with every fee from 0 to maxFee.
func readFees(t *table, r *Rules) {
	source(t, r)
	for i, row := range t.rows("tables") {
		ft := FeeTable{From: rulesDate(row, "from", true)}
		for k, p := range []*int{&ft.ProcessingPrincipal, &ft.ProcessingSpouse, &ft.ProcessingChild,
			&ft.RightPrincipal, &ft.RightSpouse, &ft.RightChild} {
			*p = row.integer(feeKeys[k+1], true, 0, 0, maxFee)
		}
		ft.Unconfirmed = row.str("unconfirmed", false, "")
		if row.has("unconfirmed") && ft.Unconfirmed == "" {
			row.d.addf(row.key("unconfirmed"), "empty: want which amounts were not read from IRCC's fee list, or no unconfirmed key")
		}
		if ft.ProcessingPrincipal == 0 && row.has("processing_principal") {
			row.d.addf(row.key("processing_principal"), "0: an application for permanent residence has a processing fee; want an amount from 1 to %d", maxFee)
		}
		if i > 0 && !ft.From.IsZero() && !ft.From.Before(r.Fees[i-1].From) {
			row.d.addf(row.key("from"), "%s is not before the table above it (%s): list the tables newest first",
				ft.From.Format(time.DateOnly), r.Fees[i-1].From.Format(time.DateOnly))
		}
		row.done(feeKeys...)
		r.Fees = append(r.Fees, ft)
	}
	if len(r.Fees) == 0 && t.has("tables") {
		t.d.addf(t.key("tables"), "no table: want at least one { from = ..., processing_principal = ..., ... }")
	}
	t.done("source", "checked", "tables")
}

// readChecklist reads [checklist].
func readChecklist(t *table, r *Rules) {
	source(t, r)
	c := &r.Checklist
	c.PoliceMinDays = t.integer("police_min_days", true, 0, 1, 3660)
	c.PoliceMinAge = t.integer("police_min_age", true, 0, 0, MaxAge)
	c.PoliceCurrentMonths = t.integer("police_current_valid_months", true, 0, 1, 120)
	c.UpfrontMedicalsTo = rulesDate(t, "upfront_medicals_until", true)
	t.done("source", "checked", "police_min_days", "police_min_age", "police_current_valid_months", "upfront_medicals_until")
}
