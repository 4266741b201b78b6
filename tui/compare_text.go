package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/i18n"

	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// compareText lays out a comparison of the two arrangements (scoring.Rules.Compare) for the
// compare screen and accessible mode: the engine's figures only, in a table of two columns that
// fits 60 columns, then the better one and why, the factors that differ and the notes of the swap.
type compareText struct {
	c     *common
	st    *Styles
	given *scoring.Profile
	cmp   *scoring.Comparison
	plain bool // accessible mode: "label: as given; swapped" lines, no columns
}

// compareLabelWidth is the most the table's label column takes; compareCellWidth each side's.
const (
	compareLabelWidth = 24
	compareCellWidth  = 27
)

// summary is the table of the two arrangements and the verdict with its reasons.
func (t compareText) summary(width int) []string {
	if len(t.cmp.Missing) > 0 {
		return t.missing(width)
	}
	out := append(t.table(t.rows(width), width), "")
	return append(out, t.verdict(width)...)
}

// rows are the table's rows, each a label and the two arrangements' cells: the heading, the CRS
// total (the better one marked) and sections, the programs, the categories met and the kinds of
// round open to each (last).
func (t compareText) rows(width int) [][3]string {
	cmp := t.cmp
	c := t.c
	g, s := &cmp.AsGiven, &cmp.Swapped
	mark := [2]string{}
	switch cmp.Better {
	case scoring.AsGiven:
		mark[0] = c.t("scr_cmp_better_mark", nil)
	case scoring.Swapped:
		mark[1] = c.t("scr_cmp_better_mark", nil)
	}
	rows := [][3]string{
		{"", c.t("scr_cmp_as_given_you", nil), c.t("scr_cmp_spouse_principal", nil)},
		{c.t("scr_cmp_crs_total", nil), c.count(g.CRS.Total) + mark[0], c.count(s.CRS.Total) + mark[1]},
	}
	names := [scoring.NumSections]string{c.t("scr_cmp_core", nil), c.t("scr_cmp_spouse", nil), c.t("scr_cmp_transferability", nil), c.t("scr_cmp_additional", nil)}
	for sec, name := range names {
		sec := scoring.Section(sec)
		rows = append(rows, [3]string{"  " + name, c.count(g.CRS.Section(sec)), c.count(s.CRS.Section(sec))})
	}
	short := !t.plain && (width-min(compareLabelWidth, width/3))/2 < 22 // "✓ eligible (grid 79)" would be cut
	for i := range g.Programs {
		id := g.Programs[i].ID
		rows = append(rows, [3]string{id.AcronymIn(c.printer()), programCell(&g.Programs[i], short), programCell(&s.Programs[i], short)})
	}
	return append(rows,
		[3]string{c.t("scr_cmp_categories_met", nil), t.categories(g), t.categories(s)},
		[3]string{c.t("scr_cmp_rounds_open", nil), t.kinds(g, t.given), t.kinds(s, &cmp.SwappedProfile)})
}

// table lays the rows out: in columns, with the kinds of round again whole under them where a
// cell cut them, or in accessible mode one "label: as given …; spouse as principal …" line each.
func (t compareText) table(rows [][3]string, width int) []string {
	st := t.st
	var out []string
	kg, ks := rows[len(rows)-1][1], rows[len(rows)-1][2]
	if t.plain {
		for _, r := range rows[1:] {
			out = append(out, t.c.t("scr_cmp_plain_row", i18n.Args{"Label": strings.TrimSpace(r[0]), "Given": r[1], "Swapped": r[2]}))
		}
		return out
	}
	lw := min(compareLabelWidth, width/3)
	cw := min(compareCellWidth, (width-lw)/2)
	for i, r := range rows {
		style := lipgloss.NewStyle()
		if i == 0 {
			style = st.Bold
		}
		out = append(out, style.Render(fit(r[0], lw)+fit(r[1], cw)+strings.TrimRight(fit(r[2], cw), " ")))
	}
	if ansi.StringWidth(kg) > cw-1 || ansi.StringWidth(ks) > cw-1 { // the rounds whole, where a cell cut them
		for _, l := range wrapWords(t.c.t("scr_cmp_rounds_whole", i18n.Args{"Given": kg, "Swapped": ks}), width-2) {
			out = append(out, "  "+st.Muted.Render(l))
		}
	}
	return out
}

// verdict is which arrangement is better, or that neither is, and why.
func (t compareText) verdict(width int) []string {
	cmp := t.cmp
	pr := t.c.printer()
	verdict := t.c.t("scr_cmp_better", i18n.Args{"Which": cmp.Better.TitleIn(pr)})
	if cmp.Better == scoring.Equal {
		verdict = t.c.t("scr_cmp_equal", nil)
	}
	out := []string{t.st.Section.Render(verdict)}
	for _, why := range cmp.WhyIn(pr) {
		for _, l := range wrapWords(safetext.Clean(why), width-2) {
			out = append(out, "  "+l)
		}
	}
	return out
}

// missing says why the swap cannot be made: each fact it needs, with its profile key.
func (t compareText) missing(width int) []string {
	st := t.st
	why := t.cmp.WhyIn(t.c.printer())
	var out []string
	for _, w := range wrapWords(why[0], width) {
		out = append(out, st.Warn.Render(w))
	}
	for _, m := range why[1:] {
		for i, l := range wrapWords(safetext.Clean(m), width-4) {
			lead := "  • "
			if i > 0 {
				lead = "    "
			}
			out = append(out, lead+l)
		}
	}
	if strings.HasPrefix(t.cmp.Missing[0].Key, "spouse.") {
		out = append(out, "")
		for _, l := range wrapWords(t.c.t("scr_cmp_give_them", nil), width) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return out
}

// details are the factors that differ and what the swap did with the facts that are not each
// person's own.
func (t compareText) details(width int) []string {
	st := t.st
	cmp := t.cmp
	if len(cmp.Missing) > 0 {
		return nil
	}
	var out []string
	if len(cmp.Factors) > 0 {
		out = append(out, "", st.Section.Render(t.c.t("scr_cmp_factors", nil)))
		lw := min(34, width-24)
		pr := t.c.printer()
		for _, f := range cmp.Factors {
			title, diff := scoring.FactorTitleIn(pr, f.Factor), scoring.SignedIn(pr, f.Diff())
			if t.plain {
				out = append(out, "  "+t.c.t("scr_cmp_plain_factor", i18n.Args{"Factor": title, "Given": t.c.count(f.AsGiven), "Swapped": t.c.count(f.Swapped), "Diff": diff}))
				continue
			}
			out = append(out, "  "+fit(title, lw)+fit(t.c.count(f.AsGiven), 10)+t.c.count(f.Swapped)+" ("+diff+")")
		}
	}
	out = append(out, "", st.Section.Render(t.c.t("scr_cmp_swap", nil)))
	pr := t.c.printer()
	notes := append([]scoring.SwapNote{scoring.OwnFactsNote()}, cmp.Notes...)
	for _, n := range notes {
		for i, l := range wrapWords(n.FactIn(pr)+": "+n.NoteIn(pr), width-4) {
			lead := "  • "
			if i > 0 {
				lead = "    "
			}
			out = append(out, lead+l)
		}
	}
	return out
}

// breakdowns are the full CRS of each arrangement, side by side when wide, else one after the
// other.
func (t compareText) breakdowns(width int) []string {
	cmp := t.cmp
	if len(cmp.Missing) > 0 {
		return nil
	}
	st := t.st
	given := resultText{st: st, c: t.c, r: t.c.rules, p: t.given, a: &cmp.AsGiven, plain: t.plain}
	swapped := resultText{st: st, c: t.c, r: t.c.rules, p: &cmp.SwappedProfile, a: &cmp.Swapped, plain: t.plain}
	titleG := st.Bold.Render(t.c.t("scr_cmp_title_given", i18n.Args{"Total": t.c.count(cmp.AsGiven.CRS.Total)}))
	titleS := st.Bold.Render(t.c.t("scr_cmp_title_swapped", i18n.Args{"Total": t.c.count(cmp.Swapped.CRS.Total)}))
	out := []string{""}
	if !t.plain && width >= resultWideWidth {
		colW := (width - 3) / 2
		left := append([]string{titleG}, given.crs(colW)...)
		right := append([]string{titleS}, swapped.crs(colW)...)
		return append(out, sideBySide(left, right, colW, " │ ", st.Rule)...)
	}
	w := min(width, 100)
	out = append(out, titleG)
	out = append(out, given.crs(w)...)
	out = append(out, titleS)
	return append(out, swapped.crs(w)...)
}

// lines is the whole comparison, for the screen's body.
func (t compareText) lines(width int) []string {
	return append(append(t.summary(width), t.details(width)...), t.breakdowns(width)...)
}

func (t compareText) categories(a *scoring.Assessment) string {
	if !a.Work.FromJobs {
		return t.c.t("scr_cmp_no_jobs", nil)
	}
	var met []string
	for _, r := range t.c.rules.AssessCategories(a) {
		if r.Eligible {
			met = append(met, r.ID)
		}
	}
	if len(met) == 0 {
		return t.c.t("scr_wi_none", nil)
	}
	return strings.Join(met, ", ")
}

// kinds are the kinds of round an arrangement could be invited in (the rounds panel's kinds,
// rounds.KindsFor; the rounds themselves are not judged for this line).
func (t compareText) kinds(a *scoring.Assessment, p *scoring.Profile) string {
	kinds := rounds.KindsFor(t.c.rules, a, p)
	if len(kinds) == 0 {
		return t.c.t("scr_wi_none", nil)
	}
	var names []string
	for _, k := range kinds {
		names = append(names, k.Category.String())
	}
	return strings.Join(names, ", ")
}

// programCell is a program's eligibility in a cell; short drops "eligible" and "no" for a narrow
// window (the marks say it).
func programCell(p *scoring.Program, short bool) string {
	if short {
		mark := "✗"
		if p.Eligible {
			mark = "✓"
		}
		if p.ID == scoring.FSW {
			return fmt.Sprintf("%s grid %d", mark, p.Points)
		}
		return mark
	}
	switch {
	case p.Eligible && p.ID == scoring.FSW:
		return fmt.Sprintf("✓ eligible (grid %d)", p.Points)
	case p.Eligible:
		return "✓ eligible"
	case p.ID == scoring.FSW:
		return fmt.Sprintf("✗ no (grid %d)", p.Points)
	}
	return "✗ no"
}

// fit pads s to width columns, or cuts it with an ellipsis, leaving one blank column.
func fit(s string, width int) string {
	if ansi.StringWidth(s) > width-1 {
		s = ansi.Truncate(s, width-1, "…")
	}
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

// spousePrincipalProblems reports the spouse's facts carried from the file (scoring.
// SpouseAsPrincipal) that an answer of the spouse step now contradicts, under the key of that
// answer, so the save that would write a file that cannot be read is refused with the reason.
func spousePrincipalProblems(c *checker, s *scoring.Spouse) {
	answer := map[string]string{
		"canadian_education":         keySpouseEducation,
		"canadian_work_years_last_3": keySpouseYears,
		"foreign_work_years":         keySpouseYears,
		"trade_work_years_last_5":    keySpouseYears,
		"eca_date":                   keySpouseBirth,
		"language.date":              keySpouseBirth,
		"second_language.date":       keySpouseBirth,
	}
	for _, pr := range scoring.SpousePrincipalProblems(c.r, s) {
		key, ok := answer[pr.Key]
		if !ok {
			key = keySpouseLanguage // the second language, against the first
		}
		c.add(key, fmt.Errorf("spouse.%s in the file: %s", pr.Key, pr.Msg))
	}
}

// keySpouseBirth is the spouse step's question of the spouse's birth date or age: not scored as
// given, it lets c compare the family with the spouse as principal applicant.
const keySpouseBirth = "spouse.birth_date"

// spouseBirthField asks the spouse's birth date or age, optional.
func (b *formBuilder) spouseBirthField() huh.Field {
	return b.input(keySpouseBirth, "Their date of birth, or age (optional)",
		"Not scored for a spouse; it lets c on the result compare your family with them as principal applicant.",
		&b.d.SpouseBirth, func(s string) error { _, _, err := parseSpouseBirth(s, b.today); return err }, "")
}

// spouseBirthText is the spouse's birth date or age as the field shows it.
func spouseBirthText(sp *scoring.SpouseAsPrincipal) string {
	switch {
	case !sp.BirthDate.IsZero():
		return dateText(sp.BirthDate)
	case sp.Age > 0:
		return strconv.Itoa(sp.Age)
	}
	return ""
}

// spouseBirth reads the spouse's birth date or age ("" none), reporting a bad one.
func (c *checker) spouseBirth(s string) (time.Time, int) {
	birth, age, err := parseSpouseBirth(s, c.today)
	c.add(keySpouseBirth, err)
	return birth, age
}

// parseSpouseBirth is parseBirth for the spouse: optional, and an age of at least
// scoring.MinSpouseAge, as a profile file reads it.
func parseSpouseBirth(s string, today time.Time) (time.Time, int, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, 0, nil
	}
	birth, age, err := parseBirth(s, today)
	switch {
	case err != nil:
		return time.Time{}, 0, err
	case birth.IsZero() && age < scoring.MinSpouseAge:
		return time.Time{}, 0, fmt.Errorf("age %d: a spouse or partner is %d or older (IRPR s. 5)", age, scoring.MinSpouseAge)
	}
	if _, hi := scoring.SpouseBirthDateRange(today); !birth.IsZero() && birth.After(hi) {
		return time.Time{}, 0, fmt.Errorf("born %s: a spouse or partner is %d or older (IRPR s. 5)", birth.Format(time.DateOnly), scoring.MinSpouseAge)
	}
	return birth, age, nil
}
