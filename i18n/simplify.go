package i18n

import (
	"strconv"
	"strings"
)

// Signed writes n with a real minus sign (U+2212) when it is negative and no sign otherwise:
// "−5", "62", "0"; the digits as Count writes them ("−1 200" in French).
func (p *Printer) Signed(n int) string {
	if n < 0 {
		return "−" + p.Count(-n)
	}
	return p.Count(n)
}

// Plus writes a gain or a loss with its sign: "+62", "−5", "0"; the digits as Count writes them
// ("+1 200" in French).
func (p *Printer) Plus(n int) string {
	if n > 0 {
		return "+" + p.Count(n)
	}
	return p.Signed(n)
}

// Decimal writes f with prec decimals (-1: as few as say it exactly, strconv's 'f'): "8.5" in
// English, a decimal comma in French ("8,5").
func (p *Printer) Decimal(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if p.lang == Fr {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Colon is the colon after a label, as p writes it: ": " in English, a no-break space before it
// in French (" : ", as the loader types the catalogue's).
func (p *Printer) Colon() string {
	if p.lang == Fr {
		return NBSP + ": "
	}
	return ": "
}

// Percent writes f as a percentage with prec decimals: "3.9%" in English, "3,9 %" in French
// (a decimal comma, a no-break space before the sign).
func (p *Printer) Percent(f float64, prec int) string {
	if p.lang == Fr {
		return p.Decimal(f, prec) + NBSP + "%"
	}
	return p.Decimal(f, prec) + "%"
}
