package tui

import (
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// roundITA is the ITA of a round picked from IRCC's rounds: its date, cut-off, type, program and
// the category version it was held under (rounds.VersionOf), or why that category is not assessed.
func roundITA(c *common, rd *rounds.Round) scoring.ITA {
	ita := scoring.ITA{Date: rd.Date, CutOff: rd.CutOff, Round: rd.Number, RoundFor: rd.Name, Program: rd.Category.Program()}
	v, err := rounds.VersionOf(c.allRules, rd)
	if err != nil {
		ita.NotAssessed = err.Error()
	}
	ita.Category = v
	return ita
}

// categoryOptions are the choices of a typed ITA's category: none, or one of the rules'
// categories by its newest title (the version is the one in force on the ITA date).
func categoryOptions(c *common, r *scoring.Rules) []huh.Option[string] {
	out := []huh.Option[string]{huh.NewOption(c.t("scr_dlg_no_category", nil), "")}
	for _, id := range scoring.CategoryIDs {
		title := id
		for i := range r.Categories {
			if r.Categories[i].ID == id {
				title = report.CategoryTitleIn(c.printer(), &r.Categories[i])
			}
		}
		out = append(out, huh.NewOption(title, id))
	}
	return out
}

// typedCategory is the category version of a typed ITA on day: the version of id in force that
// day; nil for none.
func typedCategory(r *scoring.Rules, id string, day time.Time) (*scoring.CategoryVersion, error) {
	if id == "" {
		return nil, nil
	}
	return r.CategoryVersionFor(id, 0, day)
}

// categoryID is the category an ITA's round was held under, for the dialog: "" for none.
func categoryID(ita *scoring.ITA) string {
	if ita.Category == nil {
		return ""
	}
	return ita.Category.ID
}

// categoryLines is the round's category judged on both days: met or not, with the reasons, at the
// ITA and on the day of applying; or why it is not assessed.
func (t whatifText) categoryLines(width int) []string {
	w := t.w
	if w == nil {
		return nil
	}
	st := t.st
	lc := t.lang()
	pr := lc.printer()
	if w.ITA.NotAssessed != "" {
		out := t.text(0, 0, lc.t("scr_wi_cat", nil), st.Section, width)
		out = append(out, t.text(2, 2, lc.t("scr_wi_cat_not_assessed", i18n.Args{"Why": safetext.Clean(notAssessedIn(lc, &w.ITA))}), st.Warn, width)...)
		return append(out, "")
	}
	c := w.Category
	if c == nil {
		return nil
	}
	v := c.Version
	dates := v.Dates()
	if lc.fr() {
		dates = lc.t("scr_wi_cat_from", i18n.Args{"From": lc.date(v.From)})
		if !v.Until.IsZero() {
			dates = lc.t("scr_wi_cat_dates", i18n.Args{"From": lc.date(v.From), "Until": lc.date(v.Until)})
		}
	}
	out := t.text(0, 0, lc.t("scr_wi_cat_title", i18n.Args{"Title": report.CategoryTitleIn(pr, v), "Version": rounds.VersionIn(pr, v), "Dates": dates}), st.Section, width)
	side := func(label string, r *scoring.CategoryResult) {
		mark, style := "✓ "+lc.t("scr_wi_cat_met", nil), st.Good
		if !r.Eligible {
			mark, style = "✗ "+lc.t("scr_wi_cat_not_met", nil), st.Bad
		}
		out = append(out, t.text(2, 2, label+lc.printer().Colon()+mark, style, width)...)
		for _, s := range r.ReasonsIn(pr, v) {
			out = append(out, t.text(4, 2, "- "+strings.TrimSpace(s), lipgloss.NewStyle(), width)...)
		}
	}
	side(lc.t("scr_wi_cat_at_ita", i18n.Args{"Date": lc.date(w.ITA.Date)}), &c.AtITA)
	side(lc.t("scr_wi_cat_on_apply", i18n.Args{"Date": lc.date(c.ApplyOn)}), &c.OnApply)
	return append(out, "")
}

// categoryWords is the ITA's category in a few words, for the ITA's line: "" for none.
func categoryWords(c *common, ita *scoring.ITA) string {
	switch {
	case ita.NotAssessed != "":
		return c.t("scr_wi_cat_words_not_assessed", nil)
	case ita.Category != nil:
		return c.t("scr_wi_cat_words", i18n.Args{"Title": report.CategoryTitleIn(c.printer(), ita.Category), "Version": c.count(ita.Category.Version)})
	}
	return ""
}

// feedRound is the ITA's round in IRCC's rounds (its number and date), nil for a typed ITA or a
// round the rounds in use do not hold.
func feedRound(c *common, ita *scoring.ITA) *rounds.Round {
	if c.feed == nil || ita.Round == "" {
		return nil
	}
	for i := range c.feed.Rounds {
		if r := &c.feed.Rounds[i]; r.Number == ita.Round && r.Date.Equal(ita.Date) {
			return r
		}
	}
	return nil
}

// roundForIn is the ITA's round type as IRCC names it in the screens' language (Round.NameIn);
// as the ITA has it when its round is not in the rounds in use.
func roundForIn(c *common, ita *scoring.ITA) string {
	if r := feedRound(c, ita); r != nil && r.Name == ita.RoundFor {
		return r.NameIn(c.printer())
	}
	return ita.RoundFor
}

// notAssessedIn is why the ITA's category is not assessed, in the screens' language: the rounds'
// error of its round (rounds.VersionOf) said again by rounds.ErrorIn; as the ITA has it otherwise.
func notAssessedIn(c *common, ita *scoring.ITA) string {
	if r := feedRound(c, ita); r != nil {
		if _, err := rounds.VersionOf(c.allRules, r); err != nil && err.Error() == ita.NotAssessed {
			return rounds.ErrorIn(c.printer(), err)
		}
	}
	return ita.NotAssessed
}

// whatIfErrorIn is why the what-if cannot be made, in p's language: the what-if's told error
// (report.ErrorIn) or the engine's (scoring.ErrorIn).
func whatIfErrorIn(p *i18n.Printer, err error) string {
	var told *scoring.ToldError
	if errors.As(err, &told) {
		return report.ErrorIn(p, err)
	}
	return scoring.ErrorIn(p, err)
}
