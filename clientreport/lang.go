package clientreport

import (
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// The report's words in its language that come through other packages: what the what-if told,
// a category's reasons, a percentage.

// toldAll is the what-if's reasons or warnings in p's language: the English as the engine wrote
// them, another language from what it told of each (report.ToldIn).
func toldAll(p *i18n.Printer, en []string, told []scoring.Told) []string {
	if p.Lang() == i18n.En || len(told) != len(en) {
		return cleanAll(en)
	}
	out := make([]string, len(told))
	for i, t := range told {
		out[i] = safetext.Clean(report.ToldIn(p, t))
	}
	return out
}

// categoryWhyIn is a category's reasons in one sentence, in p's language: joined with "; " in
// English, as the engine wrote them; in another language, from what the engine said of each
// (scoring.CategoryResult.ReasonsIn), joined as p joins a list of reasons.
func categoryWhyIn(p *i18n.Printer, v *scoring.CategoryVersion, c *scoring.CategoryResult) string {
	if p.Lang() == i18n.En {
		return strings.Join(c.Reasons, "; ")
	}
	return safetext.Clean(strings.Join(c.ReasonsIn(p, v), p.T("wi_sep", nil)))
}

// decimal is a percentage's number with one decimal, as p writes it: "11.8", "11,8".
func decimal(p *i18n.Printer, f float64) string { return p.Decimal(f, 1) }
