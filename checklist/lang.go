package checklist

import (
	"strings"
	"sync"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A text is a sentence of the checklist, written in any language: Build keeps each item's title and
// reason as texts, writes their English in Item.Title and Item.Why (and the JSON), and TitleIn,
// WhyIn, TextIn write them again in another language, every word from the catalogue
// (messages/*/checklist.toml).
type text func(p *i18n.Printer) string

var en = i18n.For(i18n.En)

// msg is message id with its arguments, as a text; args is called with the printer, for the
// arguments that are dates, money or words of their own.
func msg(id string, args func(p *i18n.Printer) i18n.Args) text {
	return func(p *i18n.Printer) string {
		if args == nil {
			return p.T(id, nil)
		}
		return p.T(id, args(p))
	}
}

// plural is message id in its plural form for n, {{.Count}} being n.
func plural(id string, n int, args func(p *i18n.Printer) i18n.Args) text {
	return func(p *i18n.Printer) string {
		if args == nil {
			return p.N(id, n, i18n.Args{})
		}
		return p.N(id, n, args(p))
	}
}

// verbatim is s in every language: a name from the profile.
func verbatim(s string) text { return func(*i18n.Printer) string { return s } }

// cat is the texts one after the other.
func cat(ts ...text) text {
	return func(p *i18n.Printer) string {
		var b strings.Builder
		for _, t := range ts {
			if t != nil {
				b.WriteString(t(p))
			}
		}
		return b.String()
	}
}

// joined is the texts with "; " between them (" ; " in French).
func joined(ts []text) text {
	return func(p *i18n.Printer) string {
		out := make([]string, len(ts))
		for i, t := range ts {
			out[i] = t(p)
		}
		return strings.Join(out, p.T("chk_join", nil))
	}
}

// TitleIn is the item's title in p's language (Title is its English).
func (it Item) TitleIn(p *i18n.Printer) string {
	if it.title == nil {
		return it.Title
	}
	return it.title(p)
}

// WhyIn is why the item is needed, in p's language (Why is its English).
func (it Item) WhyIn(p *i18n.Printer) string {
	if it.why == nil {
		return it.Why
	}
	return it.why(p)
}

// WhoIn is the person the item is for, in p's language: "applicant", "demandeur principal",
// "enfant 1 (Maya)" (Who is its English).
func (it Item) WhoIn(p *i18n.Printer) string { return whoIn(p, it.Who, it.child) }

// WhoIn is the person the fee is for, in p's language (Who is its English).
func (l FeeLine) WhoIn(p *i18n.Printer) string { return whoIn(p, l.Who, l.child) }

// WhatIn is the fee in p's language: "processing fee", "frais de traitement".
func (l FeeLine) WhatIn(p *i18n.Printer) string {
	switch l.What {
	case FeeProcessing:
		return p.T("chk_fee_processing", nil)
	case FeeRight:
		return p.T("chk_fee_right", nil)
	}
	return l.What
}

// UnconfirmedIn says which fees of the table were not read from IRCC's fee list, in p's language
// (scoring.FeeTable.UnconfirmedIn: rules.toml's own words in English, the catalogue's
// rules_fee_unconfirmed_DATE in French).
func (f *Fees) UnconfirmedIn(p *i18n.Printer) string {
	return scoring.FeeTable{From: f.From, Unconfirmed: f.Unconfirmed}.UnconfirmedIn(p)
}

// NotesIn is the checklist's notes in p's language (Notes is their English).
func (c *Checklist) NotesIn(p *i18n.Printer) []string {
	if len(c.notes) != len(c.Notes) {
		return c.Notes
	}
	out := make([]string, len(c.notes))
	for i, n := range c.notes {
		out[i] = n(p)
	}
	return out
}

// LetterMustIn is LetterMust in p's language: every reference letter's WhyIn(p) holds it word
// for word.
func LetterMustIn(p *i18n.Printer) string { return p.T("chk_letter_must", nil) }

// A kid is a dependent child as the checklist names it: its number (from 1) and name.
type kid struct {
	n    int
	name string
}

// whoIn names a person: a child by number and name, the others by who.
func whoIn(p *i18n.Printer, who string, k *kid) string {
	if k != nil {
		return k.in(p, "chk_who_child")
	}
	switch who {
	case WhoFamily, WhoApplicant, WhoSpouse:
		return p.T("chk_who_"+who, nil)
	}
	return who
}

// in is the child's label or heading (prefix "chk_who_child" or "chk_head_child").
func (k *kid) in(p *i18n.Printer, prefix string) string {
	if k.name == "" {
		return p.T(prefix, i18n.Args{"N": k.n})
	}
	return p.T(prefix+"_named", i18n.Args{"N": k.n, "Name": k.name})
}

// HeadingIn is the group's heading in p's language: "Family (the application as a whole)",
// "Famille (la demande dans son ensemble)", "Child 1 (Maya)", "Enfant 1 (Maya)".
func (g *Group) HeadingIn(p *i18n.Printer) string {
	if g.child != nil {
		return g.child.in(p, "chk_head_child")
	}
	switch g.Who {
	case WhoFamily, WhoApplicant, WhoSpouse:
		return p.T("chk_head_"+g.Who, nil)
	}
	return strings.ToUpper(g.Who[:1]) + g.Who[1:]
}

// countryIn is a country as the profile names it, in p's language: in French, the name of CLDR
// (golang.org/x/text/language/display) for a country named in English ("India": "Inde"), or by its
// code ("IN"); any other name as written.
func countryIn(p *i18n.Printer, name string) string {
	if p.Lang() != i18n.Fr {
		return name
	}
	if r, ok := region(name); ok {
		return display.Regions(language.French).Name(r)
	}
	return name
}

var (
	regionsOnce sync.Once
	regions     map[string]language.Region
)

// countryAliases are English names people write that CLDR's English names are not.
var countryAliases = map[string]string{
	"usa": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US", "america": "US",
	"uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
	"uae": "AE", "ivory coast": "CI", "côte d'ivoire": "CI", "cote d'ivoire": "CI", "south korea": "KR", "korea": "KR",
	"north korea": "KP", "russia": "RU", "vietnam": "VN", "viet nam": "VN", "iran": "IR", "syria": "SY",
	"democratic republic of the congo": "CD", "drc": "CD", "republic of the congo": "CG", "czech republic": "CZ",
	"the netherlands": "NL", "holland": "NL", "turkey": "TR", "türkiye": "TR", "cape verde": "CV",
	"hong kong": "HK", "macau": "MO", "burma": "MM", "swaziland": "SZ", "east timor": "TL",
}

// region finds the country named name: by CLDR's English name, an alias, or its two-letter code.
func region(name string) (language.Region, bool) {
	regionsOnce.Do(func() {
		regions = map[string]language.Region{}
		names := display.Regions(language.English)
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				if n := names.Name(r); n != "" {
					regions[strings.ToLower(n)] = r
				}
			}
		}
		for alias, code := range countryAliases {
			regions[alias] = language.MustParseRegion(code)
		}
	})
	key := strings.ToLower(strings.TrimSpace(name))
	if r, ok := regions[key]; ok {
		return r, true
	}
	if len(key) == 2 {
		if r, err := language.ParseRegion(key); err == nil && r.IsCountry() {
			return r, true
		}
	}
	return language.Region{}, false
}
