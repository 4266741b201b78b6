package clientreport

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

//go:embed report.html.tmpl
var htmlText string

// pages are the HTML template, parsed once for each language with its printer's functions.
// html/template escapes every text it writes; the texts are cleaned of control characters before
// (safetext), in Build.
var pages [i18n.NumLangs]*template.Template

func init() {
	for l := i18n.Lang(0); l < i18n.NumLangs; l++ {
		p := i18n.For(l)
		pages[l] = template.Must(template.New("report").Funcs(template.FuncMap{
			"t":        func(id string, kv ...any) template.HTML { return msgHTML(p, id, kv) },
			"ts":       func(id string, kv ...any) string { return p.T(id, args(kv, func(v any) any { return v })) },
			"tn":       func(id string, n int) string { return p.N(id, n, nil) },
			"n":        p.Count,
			"b":        func(s string) template.HTML { return template.HTML("<b>" + escapeText(s) + "</b>") }, //nolint:gosec // escaped
			"signed":   func(n int) string { return p.Signed(n) },
			"plus":     func(n int) string { return p.Plus(n) },
			"age":      func(n int) string { return ageIn(p, n) },
			"family":   func(with bool) string { return familyIn(p, with) },
			"eligible": func(b bool) string { return choose(p, b, "crp_eligible", "crp_not_eligible") },
			"met":      func(b bool) string { return choose(p, b, "crp_met", "crp_not_met") },
			"roundOf":  func(x *WhatIf) template.HTML { return roundHTML(p, x) },
			"item":     func(it ChecklistItem) template.HTML { return itemHTML(p, it) },
			"why": func(s string) template.HTML {
				return template.HTML(`<span class="why">` + escapeText(s) + `</span>`) //nolint:gosec // escaped
			},
			"add": func(a, b any) float64 { return num(a) + num(b) },
			"sub": func(a, b any) float64 { return num(a) - num(b) },
			"div": func(a, b any) float64 { return num(a) / num(b) },
		}).Parse(htmlText))
	}
}

// textEscaper escapes text as html/template escapes a string in HTML text, byte for byte, so a
// message's arguments written by msgHTML read as the template's own {{.X}} did.
var textEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

func escapeText(s string) string { return textEscaper.Replace(s) }

// msgHTML is message id as HTML text: its words as the catalogue writes them (they are the
// template's own text, trusted: no markup), its arguments (kv: name, value, ...) escaped, but for
// those that are HTML already (another message, a bold date).
func msgHTML(p *i18n.Printer, id string, kv []any) template.HTML {
	return template.HTML(p.T(id, args(kv, func(v any) any { //nolint:gosec // the arguments are escaped, the words are the catalogue's
		switch x := v.(type) {
		case template.HTML:
			return string(x)
		case string:
			return escapeText(x)
		}
		return escapeText(fmt.Sprint(v))
	})))
}

// roundHTML is the round of an ITA with its cut-off, or the cut-off as typed.
func roundHTML(p *i18n.Printer, x *WhatIf) template.HTML {
	if x.Round != "" {
		return msgHTML(p, "crp_ita_round", []any{"Round", x.Round, "CutOff", p.Count(x.CutOff)})
	}
	return msgHTML(p, "crp_ita_typed", []any{"CutOff", p.Count(x.CutOff)})
}

// itemHTML is a checklist item's title in bold, with its last day when it has one of its own.
func itemHTML(p *i18n.Printer, it ChecklistItem) template.HTML {
	s := "<b>" + escapeText(it.Title) + "</b>"
	if it.Due != "" {
		s += ` <span class="due">` + string(msgHTML(p, "crp_due_html", []any{"Due", it.Due})) + "</span>"
	}
	return template.HTML(s) //nolint:gosec // escaped
}

// args makes a message's arguments of name, value pairs, each value passed through f.
func args(kv []any, f func(any) any) i18n.Args {
	a := i18n.Args{}
	for i := 0; i+1 < len(kv); i += 2 {
		a[fmt.Sprint(kv[i])] = f(kv[i+1])
	}
	return a
}

// num reads a template's number, whole or not.
func num(v any) float64 {
	switch n := v.(type) {
	case int:
		return float64(n)
	case float64:
		return n
	}
	panic(fmt.Sprintf("clientreport: %T is not a number", v))
}

// HTML writes the report as one self-contained HTML page: inline CSS and SVG, no script, nothing
// fetched from anywhere; readable on a phone, and printing on one to three pages.
func (rep *Report) HTML(w io.Writer) error {
	return pages[rep.Lang].Execute(w, rep)
}

// signed is a number with a real minus sign.
func signed(n int) string { return i18n.For(i18n.En).Signed(n) }

// plus is a change with its sign: +12, −3, 0.
func plus(n int) string { return i18n.For(i18n.En).Plus(n) }

// DefaultPath is where a profile's report goes by default: beside the profile, named after it
// ("ada.toml" gives "ada-report.html"; format "md" gives "ada-report.md").
func DefaultPath(profile, format string) string {
	ext := ".html"
	if format == "md" {
		ext = ".md"
	}
	base := strings.TrimSuffix(profile, filepath.Ext(profile))
	if base == "" {
		base = "profile"
	}
	return base + "-report" + ext
}

// ageIn is the age as the report says it: "35" in English, "35 ans" in French.
func ageIn(p *i18n.Printer, n int) string {
	if p.Lang() == i18n.En {
		return p.Count(n)
	}
	return scoring.YearsIn(p, n)
}

// familyIn says whether a spouse or partner comes.
func familyIn(p *i18n.Printer, with bool) string {
	return choose(p, with, "crp_with_spouse", "crp_without_spouse")
}

// choose is message yes when b, else message no.
func choose(p *i18n.Printer, b bool, yes, no string) string {
	if b {
		return p.T(yes, nil)
	}
	return p.T(no, nil)
}
