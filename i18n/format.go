package i18n

import (
	"strconv"
	"strings"
	"time"
)

// The no-break spaces of French typography.
const (
	NBSP       = "\u00a0" // before ":" and before "$"
	NarrowNBSP = "\u202f" // between groups of thousands, before ";", "!" and "?"
)

// Number writes n with its thousands grouped: "15,263" in English, "15 263" (a narrow no-break
// space) in French; four-digit numbers too ("1 200 points", as the issue and IRCC write them).
func (p *Printer) Number(n int) string {
	sep := ","
	if p.lang == Fr {
		sep = NarrowNBSP
	}
	return group(n, sep)
}

// Count writes a count of things ("3 years", "1 200 points"): plain digits in English, as the
// program has always written counts (plural.Count), grouped in French.
func (p *Printer) Count(n int) string {
	if p.lang == Fr {
		return p.Number(n)
	}
	return strconv.Itoa(n)
}

func group(n int, sep string) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Money writes whole Canadian dollars: "$15,263" in English (as scoring.Dollars), "15 263 $" in
// French.
func (p *Printer) Money(n int) string {
	if p.lang == Fr {
		return p.Number(n) + NBSP + "$"
	}
	if n < 0 {
		return "-$" + group(-n, ",")
	}
	return "$" + group(n, ",")
}

var frMonths = [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// Date writes a day: "2026-12-01" in English, as the program's reports write it, and "1er décembre
// 2026", "2 décembre 2026" in French (the first of the month is "1er").
func (p *Printer) Date(t time.Time) string {
	if p.lang != Fr {
		return t.Format(time.DateOnly)
	}
	day := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return day + " " + frMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}
