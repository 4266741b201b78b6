package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/plural"
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

// WhatIf writes a what-if after an ITA: both totals, every line that moved, the cut-off, the verdict
// with its reasons, the deadline, the warnings and what each choice leads to.
func WhatIf(w io.Writer, file string, r *scoring.Rules, x *scoring.WhatIf, changes []string) {
	head := fmt.Sprintf("%s: after the ITA of %s", safetext.Clean(file), x.ITA.Date.Format("2006-01-02"))
	fmt.Fprintf(w, "%s\n%s\n", head, strings.Repeat("=", len([]rune(head))))
	if x.ITA.Round != "" {
		fmt.Fprintf(w, "Round %s (%s), cut-off %d.\n", x.ITA.Round, x.ITA.RoundFor, x.ITA.CutOff)
	} else {
		fmt.Fprintf(w, "Cut-off %d (typed).\n", x.ITA.CutOff)
	}
	if x.ITA.Program != "" {
		fmt.Fprintf(w, "Invited under: %s.\n", programName(x.ITA.Program))
	}
	if c := x.ITA.Category; c != nil {
		fmt.Fprintf(w, "A category round: %s (%s, %s).\n", c.Title, c, c.Dates())
	}
	fmt.Fprintln(w, "Both scores are taken on the ITA date, with the rules in force that day.")
	fmt.Fprintln(w)
	if len(changes) == 0 {
		fmt.Fprintln(w, "Changes: none (the profile as it was at the ITA)")
	} else {
		fmt.Fprintln(w, "Changes:")
		for _, c := range changes {
			fmt.Fprintf(w, "  %s\n", safetext.Clean(c))
		}
	}
	fmt.Fprintln(w)
	table := func(label string, before, after, delta string) {
		fmt.Fprintf(w, "  %-44s %8s %8s %8s\n", label, before, after, delta)
	}
	table("", "at ITA", "now", "change")
	for _, m := range x.Moved {
		b, a := "-", "-"
		if m.HasBefore {
			b = signed(m.Before.Points)
		}
		if m.HasAfter {
			a = signed(m.After.Points)
		}
		table(clip(m.Label(), 44), b, a, plus(m.Delta))
	}
	if len(x.Moved) == 0 {
		fmt.Fprintln(w, "  no line moved")
	}
	table("CRS total", fmt.Sprint(x.Before.CRS.Total), fmt.Sprint(x.After.CRS.Total), plus(x.After.CRS.Total-x.Before.CRS.Total))
	table("Round cut-off", "", fmt.Sprint(x.ITA.CutOff), "")
	for id := scoring.ProgramID(0); id < scoring.NumPrograms; id++ {
		table(id.Title(), yesNo(x.Before.Programs[id].Eligible), yesNo(x.After.Programs[id].Eligible), "")
	}
	fmt.Fprintln(w)
	switch {
	case x.Expired:
		fmt.Fprintf(w, "Verdict: the deadline has passed; had the invitation been open: %s\n", strings.ToUpper(x.Verdict.String()))
	case x.Verdict == scoring.Accept:
		fmt.Fprintln(w, "Verdict: ACCEPT: apply for permanent residence")
	default:
		fmt.Fprintln(w, "Verdict: DECLINE the invitation")
	}
	for _, s := range x.Reasons {
		wrapped(w, "  - ", strings.Fields(safetext.Clean(s)))
	}
	fmt.Fprintln(w)
	whatifCategoryText(w, x)
	when := "today"
	switch {
	case x.DaysLeft > 0:
		when = plural.Count(x.DaysLeft, "day", "days") + " left"
	case x.DaysLeft < 0:
		when = "passed " + plural.Count(-x.DaysLeft, "day", "days") + " ago"
	}
	fmt.Fprintf(w, "Deadline: %s (%s after the ITA): %s.\n", x.Deadline.Format("2006-01-02"), plural.Count(x.WindowDay, "day", "days"), when)
	if len(x.Warnings) > 0 {
		fmt.Fprintln(w, "\nWarnings")
		for _, s := range x.Warnings {
			wrapped(w, "  ! ", strings.Fields(safetext.Clean(s)))
		}
	}
	fmt.Fprintln(w, "\nWhat each choice leads to")
	for _, s := range scoring.Consequences(r) {
		wrapped(w, "  * ", strings.Fields(s))
	}
}

func programName(p string) string {
	if id, ok := scoring.ParseProgram(p); ok {
		return id.Title()
	}
	return "Provincial Nominee Program (through Express Entry)"
}

func yesNo(b bool) string {
	if b {
		return "eligible"
	}
	return "no"
}

func plus(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// whatifCategoryText writes the round's category judged on both days, with the reasons; or why it
// is not assessed. Nothing for a round of no category.
func whatifCategoryText(w io.Writer, x *scoring.WhatIf) {
	if x.ITA.NotAssessed != "" {
		fmt.Fprintln(w, "The round's category")
		wrapped(w, "  ? ", strings.Fields("not assessed: "+safetext.Clean(x.ITA.NotAssessed)))
		fmt.Fprintln(w)
		return
	}
	c := x.Category
	if c == nil {
		return
	}
	fmt.Fprintf(w, "The round's category: %s (%s)\n", c.Version.Title, c.Version)
	side := func(label string, r *scoring.CategoryResult) {
		mark := "met"
		if !r.Eligible {
			mark = "NOT met"
		}
		fmt.Fprintf(w, "  %s: %s\n", label, mark)
		for _, s := range r.Reasons {
			wrapped(w, "    - ", strings.Fields(s))
		}
	}
	side("At the ITA ("+x.ITA.Date.Format("2006-01-02")+", the profile at the ITA)", &c.AtITA)
	side("On the day you apply ("+c.ApplyOn.Format("2006-01-02")+", the changed profile)", &c.OnApply)
	fmt.Fprintln(w)
}
