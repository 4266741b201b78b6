package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// MovedLine is a CRS line that moved, in JSON.
type MovedLine struct {
	Label  string `json:"label"`
	Before int    `json:"before"`
	After  int    `json:"after"`
	Delta  int    `json:"delta"`
}

// Side is one side of a what-if in JSON.
type Side struct {
	CRS      CRS                `json:"crs"`
	Programs map[string]Program `json:"programs"`
}

// WhatIfJSON is `eewizard whatif --json`.
type WhatIfJSON struct {
	File         string          `json:"file"`
	ITADate      string          `json:"ita_date"`
	Round        string          `json:"round,omitempty"`
	RoundType    string          `json:"round_type,omitempty"`
	Program      string          `json:"program,omitempty"`
	Category     *WhatIfCategory `json:"category,omitempty"`
	Changes      []string        `json:"changes"`
	Before       Side            `json:"before"`
	After        Side            `json:"after"`
	Moved        []MovedLine     `json:"moved"`
	CutOff       int             `json:"cutoff"`
	Verdict      string          `json:"verdict"`
	Reasons      []string        `json:"reasons"`
	Deadline     string          `json:"deadline"`
	DaysLeft     int             `json:"days_left"`
	Expired      bool            `json:"expired"`
	Warnings     []string        `json:"warnings"`
	Consequences []string        `json:"consequences"`
}

// WhatIfCategory is the round's category in a what-if's JSON: the version it was held under and
// the judgement at the ITA and on the day of applying; or, for a round not assessed, why.
type WhatIfCategory struct {
	ID          string          `json:"id,omitempty"`
	Version     int             `json:"version,omitempty"`
	Title       string          `json:"title,omitempty"`
	NotAssessed string          `json:"not_assessed,omitempty"`
	ApplyOn     string          `json:"apply_on,omitempty"`
	AtITA       *CategoryResult `json:"at_ita,omitempty"`
	OnApply     *CategoryResult `json:"on_apply,omitempty"`
}

// CategoryResult is one category judged on one day, in JSON.
type CategoryResult struct {
	Eligible bool     `json:"eligible"`
	Reasons  []string `json:"reasons"`
}

func whatifCategory(w *scoring.WhatIf) *WhatIfCategory {
	switch {
	case w.ITA.NotAssessed != "":
		return &WhatIfCategory{NotAssessed: safetext.Clean(w.ITA.NotAssessed)}
	case w.Category == nil:
		return nil
	}
	c := w.Category
	res := func(r *scoring.CategoryResult) *CategoryResult {
		return &CategoryResult{Eligible: r.Eligible, Reasons: append([]string{}, r.Reasons...)}
	}
	return &WhatIfCategory{ID: c.Version.ID, Version: c.Version.Version, Title: c.Version.Title,
		ApplyOn: c.ApplyOn.Format("2006-01-02"), AtITA: res(&c.AtITA), OnApply: res(&c.OnApply)}
}

func side(r *scoring.Rules, a *scoring.Assessment) Side {
	full := NewAssessment("", r, a)
	return Side{CRS: full.CRS, Programs: full.Programs}
}

// NewWhatIf converts a what-if for JSON.
func NewWhatIf(file string, r *scoring.Rules, w *scoring.WhatIf, changes []string) WhatIfJSON {
	out := WhatIfJSON{File: file, ITADate: w.ITA.Date.Format("2006-01-02"), Round: w.ITA.Round, RoundType: w.ITA.RoundFor,
		Program: w.ITA.Program, Changes: append([]string{}, changes...), Before: side(r, &w.Before), After: side(r, &w.After),
		Moved: []MovedLine{}, CutOff: w.ITA.CutOff, Verdict: w.Verdict.String(), Reasons: w.Reasons,
		Deadline: w.Deadline.Format("2006-01-02"), DaysLeft: w.DaysLeft, Expired: w.Expired, Warnings: append([]string{}, w.Warnings...),
		Consequences: scoring.Consequences(r), Category: whatifCategory(w)}
	for _, m := range w.Moved {
		out.Moved = append(out.Moved, MovedLine{Label: m.Label(), Before: m.Before.Points, After: m.After.Points, Delta: m.Delta})
	}
	return out
}

// WhatIf writes a what-if after an ITA in English (WhatIfIn).
func WhatIf(w io.Writer, file string, r *scoring.Rules, x *scoring.WhatIf, changes []string) {
	WhatIfIn(w, i18n.For(i18n.En), file, r, x, changes)
}

// WhatIfIn writes a what-if after an ITA in p's language: both totals, every line that moved, the
// cut-off, the verdict with its reasons, the deadline, the warnings and what each choice leads to.
// Every word comes from the catalogue ("wi_*" messages), the reasons and warnings from what the
// engine told (scoring.Told), numbers and dates as p writes them. changes are the titles of the
// changes made, in p's language (ChangeTitleIn).
func WhatIfIn(w io.Writer, p *i18n.Printer, file string, r *scoring.Rules, x *scoring.WhatIf, changes []string) {
	head := p.T("wi_head", i18n.Args{"File": safetext.Clean(file), "Date": p.Date(x.ITA.Date)})
	fmt.Fprintf(w, "%s\n%s\n", head, strings.Repeat("=", len([]rune(head))))
	whatifITAIn(w, p, x)
	fmt.Fprintln(w)
	if len(changes) == 0 {
		say(w, p, p.T("wi_changes_none", nil))
	} else {
		fmt.Fprintln(w, p.T("wi_changes", nil))
		for _, c := range changes {
			say(w, p, "  "+safetext.Clean(c))
		}
	}
	fmt.Fprintln(w)
	whatifTableIn(w, p, x)
	fmt.Fprintln(w)
	whatifVerdictIn(w, p, x)
	fmt.Fprintln(w)
	whatifCategoryIn(w, p, x)
	whatifDeadlineIn(w, p, x)
	if len(x.WarningsTold) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("wi_warnings", nil))
		for _, t := range x.WarningsTold {
			wrapped(w, "  ! ", p.Fields(ToldIn(p, t)))
		}
	}
	fmt.Fprintf(w, "\n%s\n", p.T("wi_choices", nil))
	for _, s := range ConsequencesIn(p, r) {
		wrapped(w, "  * ", p.Fields(s))
	}
}

// whatifITAIn is the invitation: the round and its cut-off, the program, the category.
func whatifITAIn(w io.Writer, p *i18n.Printer, x *scoring.WhatIf) {
	if x.ITA.Round != "" {
		say(w, p, p.T("wi_round", i18n.Args{"Round": x.ITA.Round, "Type": safetext.Clean(rounds.TypeIn(p, x.ITA.RoundFor)), "CutOff": p.Count(x.ITA.CutOff)}))
	} else {
		say(w, p, p.T("wi_cutoff_typed", i18n.Args{"CutOff": p.Count(x.ITA.CutOff)}))
	}
	if x.ITA.Program != "" {
		say(w, p, p.T("wi_invited_under", i18n.Args{"Program": programIn(p, x.ITA.Program)}))
	}
	if c := x.ITA.Category; c != nil {
		say(w, p, p.T("wi_category_round", i18n.Args{"Title": CategoryTitleIn(p, c), "Version": versionIn(p, c), "Dates": datesIn(p, c)}))
	}
	say(w, p, p.T("wi_same_rules", nil))
}

// say writes a sentence on a line: wrapped at Width, but for English, which has always written
// the what-if's sentences on one line, however long (its goldens).
func say(w io.Writer, p *i18n.Printer, s string) {
	if p.Lang() == i18n.En {
		fmt.Fprintln(w, s)
		return
	}
	lead := s[:len(s)-len(strings.TrimLeft(s, " "))]
	wrapped(w, lead, p.Fields(s))
}

// The table's columns: the label, then before, after and the change, 8 wide each after a space.
const (
	whatifLabelMin = 44                  // the label column at its narrowest (English's)
	whatifLabelMax = Width + 1 - 2 - 3*9 // the widest that still fits 80 columns: 50
)

// whatifTableIn is the table of the lines that moved, the totals, the cut-off and the programs.
// The label column is as wide as its longest label, between whatifLabelMin and whatifLabelMax
// (French labels run longer), longer labels cut.
func whatifTableIn(w io.Writer, p *i18n.Printer, x *scoring.WhatIf) {
	type line struct{ label, before, after, delta string }
	lines := []line{{"", p.T("wi_col_at_ita", nil), p.T("wi_col_now", nil), p.T("wi_col_change", nil)}}
	for _, m := range x.Moved {
		b, a := "-", "-"
		if m.HasBefore {
			b = signed(m.Before.Points)
		}
		if m.HasAfter {
			a = signed(m.After.Points)
		}
		lines = append(lines, line{MovedLabelIn(p, m), b, a, plus(m.Delta)})
	}
	moved := len(lines)
	lines = append(lines, line{p.T("wi_crs_total", nil), p.Count(x.Before.CRS.Total), p.Count(x.After.CRS.Total), plus(x.After.CRS.Total - x.Before.CRS.Total)},
		line{p.T("wi_round_cutoff", nil), "", p.Count(x.ITA.CutOff), ""})
	yes := func(b bool) string {
		if b {
			return p.T("wi_eligible", nil)
		}
		return p.T("wi_no", nil)
	}
	for id := scoring.ProgramID(0); id < scoring.NumPrograms; id++ {
		lines = append(lines, line{id.TitleIn(p), yes(x.Before.Programs[id].Eligible), yes(x.After.Programs[id].Eligible), ""})
	}
	labelW := whatifLabelMin
	for _, l := range lines {
		labelW = max(labelW, min(whatifLabelMax, len([]rune(l.label))))
	}
	for i, l := range lines {
		if i == moved && len(x.Moved) == 0 {
			fmt.Fprintf(w, "  %s\n", p.T("wi_no_line_moved", nil))
		}
		fmt.Fprintf(w, "  %s %8s %8s %8s\n", pad(clip(l.label, labelW), labelW), l.before, l.after, l.delta)
	}
}

func plus(n int) string { return i18n.For(i18n.En).Plus(n) }

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
