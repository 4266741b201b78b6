package scoring

import (
	"strings"

	"github.com/eewizard/eewizard/i18n"
)

// The comparison's words in any language (i18n/messages/*/compare.toml, "cmp_*"): swap.go's
// English Fact, Note, Why and Title are these with the English printer.

// maxWhyFactors is how many of the factors that differ most the explanation names.
const maxWhyFactors = 3

// FactIn is the fact the note is about ("Provincial nomination") in p's language.
func (n SwapNote) FactIn(p *i18n.Printer) string {
	if n.ID == "" {
		return n.Fact
	}
	return p.T("cmp_fact_"+n.ID, nil)
}

// NoteIn is what the swap did with the fact, in p's language.
func (n SwapNote) NoteIn(p *i18n.Printer) string {
	if n.ID == "" {
		return n.Note
	}
	return p.T("cmp_note_"+n.ID, nil)
}

// OwnFactsNote is the note that goes before the swap's own (Comparison.Notes) where a reader is
// shown them all: each person's own facts go with the person.
func OwnFactsNote() SwapNote {
	n := SwapNote{ID: "own"}
	n.Fact, n.Note = n.FactIn(english), n.NoteIn(english)
	return n
}

// WhyIn is why the swap needs the fact, in p's language.
func (m SwapMissing) WhyIn(p *i18n.Printer) string {
	if m.Told.ID == "" {
		return m.Why
	}
	return p.T(m.Told.ID, m.Told.Args)
}

// TitleIn is the arrangement in words in p's language ("vous comme demandeur principal").
func (x Arrangement) TitleIn(p *i18n.Printer) string { return p.T("cmp_arr_"+x.String(), nil) }

// FactorTitleIn is a CRS factor's short title in p's language ("Canadian work", "Expérience au
// Canada"), as the what-if names the lines that moved.
func FactorTitleIn(p *i18n.Printer, f Factor) string { return p.T("wi_factor_"+f.Key(), nil) }

// WhyIn is Why in p's language, numbers as p writes them.
func (c *Comparison) WhyIn(p *i18n.Printer) []string {
	if len(c.Missing) > 0 {
		out := []string{p.T("cmp_cannot", nil)}
		for _, m := range c.Missing {
			out = append(out, p.T("cmp_missing", i18n.Args{"Key": m.Key, "Why": m.WhyIn(p)}))
		}
		return out
	}
	g, s := &c.AsGiven, &c.Swapped
	var out []string
	switch {
	case c.BetterByProgram:
		better := s
		if c.Better == AsGiven {
			better = g
		}
		out = append(out, p.T("cmp_only_with", i18n.Args{"Arrangement": c.Better.TitleIn(p), "Programs": eligiblePrograms(p, better)}))
	case c.Better == Equal:
		out = append(out, p.T("cmp_both_score", i18n.Args{"Total": p.Count(g.CRS.Total)}))
	default:
		hi, lo, other := s, g, AsGiven
		if c.Better == AsGiven {
			hi, lo, other = g, s, Swapped
		}
		out = append(out, p.T("cmp_with_scores", i18n.Args{"Better": c.Better.TitleIn(p), "High": p.Count(hi.CRS.Total),
			"Diff": p.Count(hi.CRS.Total - lo.CRS.Total), "Other": other.TitleIn(p), "Low": p.Count(lo.CRS.Total)}))
	}
	if !g.EligibleAny() && !s.EligibleAny() {
		out = append(out, p.T("cmp_neither_eligible", nil))
	}
	for i, d := range c.Factors {
		if i == maxWhyFactors {
			break
		}
		out = append(out, c.factorWhy(p, d))
	}
	return out
}

// factorWhy is one factor that differs: "+56 Canadian work: 56 with your spouse as principal
// (Canadian work: 3 years), 0 as given (Canadian work: 0 years)".
func (c *Comparison) factorWhy(p *i18n.Printer, d FactorDiff) string {
	fact := func(crs *CRS) string {
		if perAbility(d.Factor) {
			return ""
		}
		l, ok := crs.Line(d.Factor, 0)
		if !ok {
			return p.T("cmp_fact_none", nil)
		}
		if l.IsCap() {
			return ""
		}
		return " (" + l.LabelIn(p) + ")"
	}
	return p.T("cmp_factor_why", i18n.Args{"Diff": SignedIn(p, d.Diff()), "Factor": FactorTitleIn(p, d.Factor),
		"Swapped": p.Count(d.Swapped), "FactSwapped": fact(&c.Swapped.CRS), "AsGiven": p.Count(d.AsGiven), "FactGiven": fact(&c.AsGiven.CRS)})
}

// SignedIn is n with its sign, as fmt's %+d writes it ("+56", "-600", "+0"), the digits as p
// writes a count.
func SignedIn(p *i18n.Printer, n int) string {
	if n < 0 {
		return "-" + p.Count(-n)
	}
	return "+" + p.Count(n)
}

// eligiblePrograms is "CEC, FSW": the programs a is eligible for.
func eligiblePrograms(p *i18n.Printer, a *Assessment) string {
	var out []string
	for i := range a.Programs {
		if a.Programs[i].Eligible {
			out = append(out, a.Programs[i].ID.AcronymIn(p))
		}
	}
	return strings.Join(out, ", ")
}
