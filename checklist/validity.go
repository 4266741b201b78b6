package checklist

import (
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// validFor adds to it.why how long a document of a date on (verb: "chk_valid_issued", "taken") is
// valid, years from it: "issued DATE, valid N years: through LAST", and, when that day is before
// the day of applying, "; expired: " and message expired, or when it is before the deadline, ";
// expires before the deadline: " and message soon. it.Due becomes the last day when it comes
// before the deadline.
func (b *builder) validFor(it *Item, verb string, on time.Time, years int, expired, soon string) {
	last := scoring.AddYears(on, years).AddDate(0, 0, -1)
	why := []text{it.why, plural(verb, years, func(p *i18n.Printer) i18n.Args {
		return i18n.Args{"Date": p.Date(on), "Last": p.Date(last)}
	})}
	it.Due, it.Expires = b.due(last)
	switch {
	case last.Before(b.c.ApplyOn):
		why = append(why, msg("chk_valid_expired", func(p *i18n.Printer) i18n.Args { return i18n.Args{"What": p.T(expired, nil)} }))
	case it.Expires:
		why = append(why, msg("chk_valid_soon", func(p *i18n.Printer) i18n.Args { return i18n.Args{"What": p.T(soon, nil)} }))
	}
	it.why = cat(why...)
}
