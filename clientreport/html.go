package clientreport

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"
)

//go:embed report.html.tmpl
var htmlText string

// page is the HTML template, parsed once. html/template escapes every text it writes; the texts
// are cleaned of control characters before (safetext), in Build.
var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"signed": signed,
	"plus":   plus,
	"add":    func(a, b any) float64 { return num(a) + num(b) },
	"sub":    func(a, b any) float64 { return num(a) - num(b) },
	"div":    func(a, b any) float64 { return num(a) / num(b) },
	"join":   strings.Join,
}).Parse(htmlText))

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
	return page.Execute(w, rep)
}

// signed is a number with a real minus sign.
func signed(n int) string {
	if n < 0 {
		return fmt.Sprintf("−%d", -n)
	}
	return fmt.Sprint(n)
}

// plus is a change with its sign: +12, −3, 0.
func plus(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return signed(n)
}

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
