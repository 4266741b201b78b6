package rounds

// IRCC's dates in prose: the round's tie-break time (drawCutOff) and the day of its score
// distribution (drawDistributionAsOn), read leniently.

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// months maps English month names and their usual abbreviations to months.
var months = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

// when is a date, and perhaps a time of day, read from IRCC's prose ("March 1, 2026 at 18:34:05 UTC").
type when struct {
	month             time.Month
	day, year         int
	hour, minute, sec int
	hasDay, hasYear   bool
	hasTime, am, pm   bool
}

// parseWhen reads IRCC's written dates leniently: the words may come in any order, with or without
// commas, periods, "at", "UTC", ordinals ("3rd") and a redundant AM/PM. It returns why it could not,
// or "".
func parseWhen(s string) (w when, why string) {
	var buf [12]string
	words := buf[:0]
	start := -1
	for i := 0; i <= len(s); i++ {
		sep := i == len(s) || s[i] == ' ' || s[i] == ',' || s[i] == '.' || s[i] == '\t' || s[i] == '\u00a0'
		switch {
		case !sep && start < 0:
			start = i
		case sep && start >= 0:
			if len(words) == cap(words) {
				return w, "too many words"
			}
			words = append(words, s[start:i])
			start = -1
		}
	}
	for _, word := range words {
		lw := strings.ToLower(word)
		switch {
		case lw == "at" || lw == "utc" || lw == "gmt" || lw == "z" || lw == "(utc)":
		case lw == "am":
			w.am = true
		case lw == "pm":
			w.pm = true
		case strings.Contains(lw, ":"):
			if w.hasTime {
				return w, "two times"
			}
			h, m, sec, ok := parseClock(lw)
			if !ok {
				return w, "unreadable time " + strconv.Quote(word)
			}
			w.hour, w.minute, w.sec, w.hasTime = h, m, sec, true
		case months[lw] != 0:
			if w.month != 0 {
				return w, "two months"
			}
			w.month = months[lw]
		default:
			digits := strings.TrimRight(lw, "stndrh") // 1st, 2nd, 3rd, 4th
			n, err := strconv.Atoi(digits)
			if err != nil || n < 0 || len(digits) == 0 || digits[0] == '+' || digits[0] == '-' {
				return w, "unexpected word " + strconv.Quote(word)
			}
			switch {
			case len(digits) == 4 && digits == lw:
				if w.hasYear {
					return w, "two years"
				}
				w.year, w.hasYear = n, true
			case len(digits) <= 2 && n >= 1 && n <= 31:
				if w.hasDay {
					return w, "two days"
				}
				w.day, w.hasDay = n, true
			default:
				return w, "unexpected number " + strconv.Quote(word)
			}
		}
	}
	switch {
	case w.month == 0:
		return w, "no month"
	case !w.hasDay:
		return w, "no day"
	case !w.hasYear:
		return w, "no year"
	case w.day > daysIn(w.month, w.year):
		return w, fmt.Sprintf("%s has no day %d", w.month, w.day)
	}
	// A redundant AM/PM after a 24-hour time (round 210: "20:19:59 PM") changes nothing.
	if w.pm && w.hour < 12 {
		w.hour += 12
	}
	if w.am && w.hour == 12 {
		w.hour = 0
	}
	return w, ""
}

// parseClock reads "18:34:05", "0:59:13" or "18:34".
func parseClock(s string) (h, m, sec int, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, false
	}
	var v [3]int
	for i, p := range parts {
		if len(p) == 0 || len(p) > 2 {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p[0] == '+' || p[0] == '-' {
			return 0, 0, 0, false
		}
		v[i] = n
	}
	if v[0] > 23 || v[1] > 59 || v[2] > 59 {
		return 0, 0, 0, false
	}
	return v[0], v[1], v[2], true
}

// daysIn returns the number of days in month m of year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseTieBreak reads a drawCutOff such as "March 1, 2026 at 18:34:05 UTC" as a UTC time, or an
// RFC 3339 time. It returns why it could not, or "". A time without "UTC" is taken as UTC, like
// every other.
func parseTieBreak(s string) (time.Time, string) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), ""
	}
	w, why := parseWhen(s)
	if why != "" {
		return time.Time{}, why
	}
	if !w.hasTime {
		return time.Time{}, "no time of day"
	}
	return time.Date(w.year, w.month, w.day, w.hour, w.minute, w.sec, 0, time.UTC), ""
}

// parseDay reads a drawDistributionAsOn such as "August 16, 2026" as midnight UTC.
func parseDay(s string) (time.Time, string) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, ""
	}
	w, why := parseWhen(s)
	if why != "" {
		return time.Time{}, why
	}
	return time.Date(w.year, w.month, w.day, 0, 0, 0, 0, time.UTC), ""
}
