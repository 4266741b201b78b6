package scoring

import (
	"time"
)

// date reads a TOML local date (1994-03-15) from EarliestDate to LatestDate.
func (t *table) date(k string, required bool) time.Time {
	return t.dateIn(k, required, EarliestDate, LatestDate, msg("err_what_date"))
}

// dateIn reads a TOML local date from lo to hi; what names the date in the range's words ("a birth
// date"). A time of day, a date with a time of day and a date out of range are refused: the zero
// time is never read, so it stays the mark of a date not given.
func (t *table) dateIn(k string, required bool, lo, hi time.Time, what any) time.Time {
	v, ok := t.get(k)
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing_date_like_2024")
		}
		return time.Time{}
	}
	d, isTime := v.(time.Time)
	if !isTime {
		t.d.add(t.key(k), "err_date_like_2024_05", fileValue{v})
		return time.Time{}
	}
	if err := checkDate(d, lo, hi, what); err != nil {
		t.d.add(t.key(k), passOn, err)
		return time.Time{}
	}
	return Day(d)
}

// The TOML decoder marks local dates, date-times and times by the name of their location.
const (
	tomlLocalDate     = "date-local"
	tomlLocalTime     = "time-local"
	tomlLocalDateTime = "datetime-local"
)

// checkDate checks a decoded TOML value that should be a calendar day from lo to hi. A date with a
// time of day is refused rather than cut to its date: which day an offset date-time falls on depends
// on the time zone, and no key of a profile or rules file asks for a time.
func checkDate(d time.Time, lo, hi time.Time, what any) error {
	switch d.Location().String() {
	case tomlLocalDate:
	case tomlLocalTime:
		return errorf("err_time_day_not_date", d.Format(time.TimeOnly))
	case tomlLocalDateTime:
		return errorf("err_has_time_day_date", d.Format("2006-01-02T15:04:05"), d.Format(time.DateOnly))
	default:
		return errorf("err_has_time_day_date2", d.Format(time.RFC3339), d.Format(time.DateOnly))
	}
	return checkRange(Day(d), lo, hi, what)
}

// checkRange checks that day is from lo to hi; what names the date ("a birth date").
func checkRange(day, lo, hi time.Time, what any) error {
	if day.Before(lo) || day.After(hi) {
		return errorf("err_out_range_from", iso(day), what, iso(lo), iso(hi))
	}
	return nil
}

// Day returns the calendar day of t as midnight UTC, the form every date takes in this package.
func Day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// EarliestDate and LatestDate bound every date a file or a command line may give: a real calendar
// date in this range, so that no given date is the zero time (0001-01-01), which means "not given".
var (
	EarliestDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	LatestDate   = time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)
)

// ParseDay parses a calendar date written YYYY-MM-DD, from EarliestDate to LatestDate.
func ParseDay(s string) (time.Time, error) {
	want := msg("err_want_day", iso(EarliestDate), iso(LatestDate))
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		if len(s) == len(time.DateOnly) && s[4] == '-' && s[7] == '-' {
			return time.Time{}, errorf("err_date_not_calendar_date", q(s), want)
		}
		return time.Time{}, errorf("err_date", q(s), want)
	}
	if t.Before(EarliestDate) || t.After(LatestDate) {
		return time.Time{}, errorf("err_date_out_range", q(s), want)
	}
	return t, nil
}
