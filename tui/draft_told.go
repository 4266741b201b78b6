package tui

import (
	"errors"
	"strconv"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
	"github.com/eewizard/eewizard/tui/jobs"
)

// The draft checker's errors are told: a message id and its arguments, written in English by
// Error (as they always read) and in any language by errIn, so the line under the form, the step's
// note and the accessible mode's prompts say them in the language of the moment.

// told is an error a person reads, kept as its message id and arguments.
type told struct {
	id   string
	args i18n.Args
}

func tell(id string, args i18n.Args) error { return told{id: id, args: args} }

func (e told) Error() string { return e.in(i18n.For(i18n.En)) }

// in writes the error in p's language, its arguments too (a word, an ability, a scale, an error
// within).
func (e told) in(p *i18n.Printer) string {
	args := make(i18n.Args, len(e.args))
	for k, v := range e.args {
		switch v := v.(type) {
		case word:
			args[k] = v.in(p)
		case ability:
			args[k] = scoring.Ability(v).NameIn(p)
		case education:
			args[k] = scoring.Education(v).TitleIn(p)
		case years:
			args[k] = yearsIn(p, int(v))
		case scale:
			args[k] = scaleWordsIn(p, v.chart, v.ab)
		case error:
			args[k] = errIn(p, v)
		default:
			args[k] = v
		}
	}
	return p.T(e.id, args)
}

// ErrorIn is in: a told error is a scoring.Teller, which scoring.ErrorIn writes.
func (e told) ErrorIn(p *i18n.Printer) string { return e.in(p) }

// errIn is err in p's language: a told error in p's, a problem of the engine's (problemErr) by
// its MsgIn, the job editor's and the engine's checks (jobs.ErrorIn, scoring.ErrorIn); any other
// as it reads.
func errIn(p *i18n.Printer, err error) string {
	var t told
	if errors.As(err, &t) {
		return t.in(p)
	}
	var pe problemErr
	if errors.As(err, &pe) {
		return scoring.Problem(pe).MsgIn(p)
	}
	return jobs.ErrorIn(p, err)
}

// problemErr is a problem of the engine's as an error: its message alone (Msg), which MsgIn
// writes in any language.
type problemErr scoring.Problem

func (e problemErr) Error() string { return e.Msg }

// Kinds of arguments a told error writes in the printer's language.
type (
	word      string // the name of an answer, by its English ("family size"): wiz_what_<words>
	ability   scoring.Ability
	education scoring.Education
	years     int
	scale     struct {
		chart *scoring.Chart
		ab    scoring.Ability
	}
)

// whats are the catalogue's ids of the names of answers the checks give, by their English.
var whats = map[string]string{
	"years":                                      "wiz_what_years",
	"years of Canadian work":                     "wiz_what_canadian_years",
	"years of foreign work":                      "wiz_what_foreign_years",
	"years in the trade":                         "wiz_what_trade_years",
	"years of the spouse's Canadian work":        "wiz_what_spouse_years",
	"years of Canadian work in the last 3 years": "wiz_what_last3",
	"family size":                                "wiz_what_family_size",
	"test date":                                  "wiz_what_test_date",
	"ECA date":                                   "wiz_what_eca_date",
	"english":                                    "wiz_what_english",
	"french":                                     "wiz_what_french",
}

func (w word) in(p *i18n.Printer) string {
	if id, ok := whats[string(w)]; ok {
		return p.T(id, nil)
	}
	return string(w)
}

// quote is s quoted as %q writes it.
func quote(s string) string { return strconv.Quote(s) }

// dayText is a date as the checks write it.
func dayText(t time.Time) string { return t.Format(time.DateOnly) }
