package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// CompareSide is one arrangement of a comparison in JSON: what `score --json` gives for it, and
// where its score stands against IRCC's rounds (the kinds of round it could be invited in).
type CompareSide struct {
	Assessment
	Rounds Standing `json:"rounds"`
}

// CompareMissing is a fact the swap needs that the profile does not give, in JSON.
type CompareMissing struct {
	Key string `json:"key"`
	Why string `json:"why"`
}

// CompareNote says what the swap did with a fact that is not simply each person's own, in JSON.
type CompareNote struct {
	Fact string `json:"fact"`
	Note string `json:"note"`
}

// CompareFactor is a CRS factor that differs between the arrangements, in JSON.
type CompareFactor struct {
	Factor  string `json:"factor"`
	Title   string `json:"title"`
	AsGiven int    `json:"as_given"`
	Swapped int    `json:"swapped"`
	Diff    int    `json:"diff"`
}

// Compare is `eewizard compare --json`: both arrangements, the better one and why. Swapped is
// null, and Missing says why, when the swap cannot be made.
type Compare struct {
	File    string           `json:"file,omitempty"`
	AsGiven CompareSide      `json:"as_given"`
	Swapped *CompareSide     `json:"swapped"`
	Better  string           `json:"better"` // as_given, swapped or equal; as_given when the swap cannot be made
	Why     []string         `json:"why"`
	Missing []CompareMissing `json:"missing,omitempty"`
	Notes   []CompareNote    `json:"notes,omitempty"`
	Factors []CompareFactor  `json:"factors"`
	// cmp is the comparison itself, whose words WriteCompareIn says in any language (the JSON's
	// are English); nil for a Compare not made by NewCompare.
	cmp *scoring.Comparison
}

// NewCompare converts a comparison for JSON; standing gives a side's standing against the rounds
// (the caller's: the kinds of round come from the rounds package).
func NewCompare(file string, r *scoring.Rules, c *scoring.Comparison, standing func(a *scoring.Assessment, p *scoring.Profile) Standing,
	given *scoring.Profile) Compare {
	out := Compare{File: file, Better: c.Better.String(), Why: c.Why(), Factors: []CompareFactor{}, cmp: c}
	out.AsGiven = CompareSide{Assessment: NewAssessment(file, r, &c.AsGiven), Rounds: standing(&c.AsGiven, given)}
	for _, m := range c.Missing {
		out.Missing = append(out.Missing, CompareMissing{Key: m.Key, Why: m.Why})
	}
	if len(c.Missing) > 0 {
		return out
	}
	sw := CompareSide{Assessment: NewAssessment("", r, &c.Swapped), Rounds: standing(&c.Swapped, &c.SwappedProfile)}
	out.Swapped = &sw
	for _, n := range c.Notes {
		out.Notes = append(out.Notes, CompareNote{Fact: n.Fact, Note: n.Note})
	}
	for _, d := range c.Factors {
		out.Factors = append(out.Factors, CompareFactor{Factor: d.Factor.Key(), Title: d.Factor.Title(), AsGiven: d.AsGiven, Swapped: d.Swapped, Diff: d.Diff()})
	}
	return out
}

// compareCol is the width of each arrangement's column in the text.
const compareCol = 24

// WriteCompare writes the comparison as text in English (WriteCompareIn).
func WriteCompare(w io.Writer, c *Compare) { WriteCompareIn(w, i18n.For(i18n.En), c) }

// WriteCompareIn writes the comparison as text in p's language: the two arrangements side by side
// (CRS total and sections, FSW/CEC/FST, categories, the kinds of round each could be invited in),
// the better one marked and why, every CRS factor that differs, and what the swap did with the
// facts that do not simply move with their person.
func WriteCompareIn(w io.Writer, p *i18n.Printer, c *Compare) {
	head := p.T("cmp_head", nil)
	if c.File != "" {
		head = p.T("cmp_head_file", i18n.Args{"File": safetext.Clean(c.File)})
	}
	fmt.Fprintf(w, "%s\n%s\n", head, strings.Repeat("=", min(Width, len([]rune(head)))))
	fmt.Fprintf(w, "%s\n\n", p.T("cmp_scored_on", i18n.Args{"Date": compareDate(p, c)}))
	why := c.Why
	if c.cmp != nil {
		why = c.cmp.WhyIn(p)
	}
	if c.Swapped == nil {
		writeCompareSide(w, p, p.T("cmp_alone", nil), &c.AsGiven)
		fmt.Fprintln(w)
		for i, s := range why {
			lead := "  - "
			if i == 0 {
				lead = ""
			}
			wrapped(w, lead, p.Fields(safetext.Clean(s)))
		}
		return
	}
	writeCompareTable(w, p, c)
	fmt.Fprintln(w)
	fmt.Fprintln(w, p.T("cmp_better", i18n.Args{"Better": p.T("cmp_better_"+c.Better, nil)}))
	for _, s := range why {
		wrapped(w, "  ", p.Fields(safetext.Clean(s)))
	}
	writeCompareDiffs(w, p, c)
	fmt.Fprintln(w)
	wrapped(w, "", p.Fields(p.T("cmp_own_facts", nil)))
}

// compareDate is the day the comparison was scored on, as p writes a date.
func compareDate(p *i18n.Printer, c *Compare) string {
	if c.cmp == nil {
		return c.AsGiven.Date
	}
	return p.Date(c.cmp.Day)
}

// writeCompareTable writes the two arrangements side by side, the better one's total marked: the
// CRS total and sections, FSW/CEC/FST, the categories met and the kinds of round open to each.
func writeCompareTable(w io.Writer, p *i18n.Printer, c *Compare) {
	compareRow(w, "", p.T("cmp_col_as_given", nil), p.T("cmp_col_swapped", nil))
	compareRow(w, "", p.T("cmp_col_you", nil), p.T("cmp_col_spouse", nil))
	mark := [2]string{}
	switch c.Better {
	case "as_given":
		mark[0] = p.T("cmp_mark_better", nil)
	case "swapped":
		mark[1] = p.T("cmp_mark_better", nil)
	}
	g, s := &c.AsGiven, c.Swapped
	compareRow(w, p.T("cmp_crs_total", nil), p.Count(g.CRS.Total)+mark[0], p.Count(s.CRS.Total)+mark[1])
	for _, sec := range []struct {
		id   string
		a, b int
	}{{"core", g.CRS.Core, s.CRS.Core}, {"spouse", g.CRS.Spouse, s.CRS.Spouse},
		{"transferability", g.CRS.Transferability, s.CRS.Transferability}, {"additional", g.CRS.Additional, s.CRS.Additional}} {
		compareRow(w, "  "+p.T("cmp_sec_"+sec.id, nil), p.Count(sec.a), p.Count(sec.b))
	}
	for _, id := range []scoring.ProgramID{scoring.FSW, scoring.CEC, scoring.FST} {
		compareRow(w, id.AcronymIn(p), programCell(p, id, g.Programs[id.String()]), programCell(p, id, s.Programs[id.String()]))
	}
	compareRow(w, p.T("cmp_categories_met", nil), categoriesCell(p, g.Categories), categoriesCell(p, s.Categories))
	compareRow(w, p.T("cmp_rounds_open", nil), kindsCell(p, &g.Rounds), kindsCell(p, &s.Rounds))
	if a, b := kindsCell(p, &g.Rounds), kindsCell(p, &s.Rounds); len([]rune(a)) > compareCol-1 || len([]rune(b)) > compareCol-1 {
		wrapped(w, "  ", p.Fields(p.T("cmp_rounds_both", i18n.Args{"AsGiven": a, "Swapped": b})))
	}
}

// writeCompareDiffs writes every CRS factor that differs and what the swap did with the facts
// that do not simply move with their person, each under its heading when there are any.
func writeCompareDiffs(w io.Writer, p *i18n.Printer, c *Compare) {
	if len(c.Factors) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("cmp_factors", nil))
		titles := make([]string, len(c.Factors))
		labelW := 40 // the longest English title ("Foreign work + Canadian work") whole, and more
		for i, f := range c.Factors {
			titles[i] = "  " + f.Title
			if c.cmp != nil {
				titles[i] = "  " + scoring.FactorTitleIn(p, c.cmp.Factors[i].Factor)
			}
			labelW = max(labelW, len([]rune(titles[i]))+2)
		}
		factorRow(w, labelW, "", p.T("cmp_factors_as_given", nil), p.T("cmp_factors_swapped", nil))
		for i, f := range c.Factors {
			factorRow(w, labelW, titles[i], p.Count(f.AsGiven), p.Count(f.Swapped)+" ("+scoring.SignedIn(p, f.Diff)+")")
		}
	}
	if len(c.Notes) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("cmp_notes", nil))
		for i, n := range c.Notes {
			fact, note := n.Fact, n.Note
			if c.cmp != nil {
				fact, note = c.cmp.Notes[i].FactIn(p), c.cmp.Notes[i].NoteIn(p)
			}
			wrapped(w, "  - ", p.Fields(p.T("cmp_note", i18n.Args{"Fact": fact, "Note": note})))
		}
	}
}

// writeCompareSide writes one arrangement alone, for a comparison whose swap cannot be made.
func writeCompareSide(w io.Writer, p *i18n.Printer, title string, s *CompareSide) {
	fmt.Fprintln(w, title)
	row(w, 2, p.T("cmp_crs_total", nil), p.Count(s.CRS.Total))
	for _, id := range []scoring.ProgramID{scoring.FSW, scoring.CEC, scoring.FST} {
		row(w, 2, id.AcronymIn(p), programCell(p, id, s.Programs[id.String()]))
	}
	row(w, 2, p.T("cmp_rounds_open", nil), kindsCell(p, &s.Rounds))
}

// compareRow writes a label and the two arrangements' cells in columns.
func compareRow(w io.Writer, label, a, b string) {
	room := Width - 2*compareCol
	label = safetext.Clean(label)
	if n := len([]rune(label)); n > room-1 {
		label = string([]rune(label)[:room-2]) + "…"
	}
	fmt.Fprintf(w, "%s%s%s%s\n", label, strings.Repeat(" ", room-len([]rune(label))), cell(a), strings.TrimRight(cell(b), " "))
}

// factorRow writes a factor and its points in each arrangement, the label in a column labelW
// wide.
func factorRow(w io.Writer, labelW int, label, a, b string) {
	const valueW = 12
	label = safetext.Clean(label)
	fmt.Fprintf(w, "%s%s%s%s\n", label, strings.Repeat(" ", max(1, labelW-len([]rune(label)))), a, strings.Repeat(" ", max(1, valueW-len([]rune(a))))+b)
}

// cell pads or cuts one cell to the column.
func cell(s string) string {
	r := []rune(s)
	if len(r) > compareCol-1 {
		return string(r[:compareCol-2]) + "… "
	}
	return s + strings.Repeat(" ", compareCol-len(r))
}

func programCell(p *i18n.Printer, id scoring.ProgramID, pr Program) string {
	switch {
	case pr.Eligible && id == scoring.FSW:
		return p.T("cmp_eligible_grid", i18n.Args{"Points": p.Count(pr.Points)})
	case pr.Eligible:
		return p.T("cmp_eligible", nil)
	case id == scoring.FSW:
		return p.T("cmp_not_eligible_grid", i18n.Args{"Points": p.Count(pr.Points)})
	}
	return p.T("cmp_not_eligible", nil)
}

func categoriesCell(p *i18n.Printer, cs []Category) string {
	if cs == nil {
		return p.T("cmp_no_jobs", nil)
	}
	var met []string
	for _, c := range cs {
		if c.Eligible {
			met = append(met, kindName(p, c.ID))
		}
	}
	if len(met) == 0 {
		return p.T("cmp_none", nil)
	}
	return strings.Join(met, ", ")
}

func kindsCell(p *i18n.Printer, s *Standing) string {
	if len(s.Kinds) == 0 {
		return p.T("cmp_none", nil)
	}
	var names []string
	for _, k := range s.Kinds {
		names = append(names, kindName(p, k.Category))
	}
	return strings.Join(names, ", ")
}

// kindName is a kind of round or a category by its short name in p's language: "cec", "healthcare"
// in English (the names --category and `draws` take), "CEC", "santé" in French; the short name
// itself for one the catalogue does not know.
func kindName(p *i18n.Printer, id string) string {
	key := "cmp_kind_" + strings.ReplaceAll(id, "-", "_")
	if p.Has(key) {
		return p.T(key, nil)
	}
	return id
}
