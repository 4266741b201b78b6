package checklist

import (
	"fmt"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// validFor says in it.Why how long a document of a date on (issued, taken) is valid, years from
// it: "VERB DATE, valid N years: through LAST", and, when that day is before the day of applying,
// "; expired: EXPIRED", or when it is before the deadline, "; expires before the deadline: SOON".
// it.Due becomes the last day when it comes before the deadline.
func (b *builder) validFor(it *Item, verb string, on time.Time, years int, expired, soon string) {
	last := scoring.AddYears(on, years).AddDate(0, 0, -1)
	it.Why += fmt.Sprintf("%s %s, valid %d years: through %s", verb, day(on), years, day(last))
	it.Due, it.Expires = b.due(last)
	switch {
	case last.Before(b.c.ApplyOn):
		it.Why += "; expired: " + expired
	case it.Expires:
		it.Why += "; expires before the deadline: " + soon
	}
}
