package report

import (
	"fmt"
	"io"
	"strings"

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
}

// NewCompare converts a comparison for JSON; standing gives a side's standing against the rounds
// (the caller's: the kinds of round come from the rounds package).
func NewCompare(file string, r *scoring.Rules, c *scoring.Comparison, standing func(a *scoring.Assessment, p *scoring.Profile) Standing,
	given *scoring.Profile) Compare {
	out := Compare{File: file, Better: c.Better.String(), Why: c.Why(), Factors: []CompareFactor{}}
	out.AsGiven = CompareSide{Assessment: NewAssessment(file, r, &c.AsGiven), Rounds: standing(&c.AsGiven, given)}
	for _, m := range c.Missing {
		out.Missing = append(out.Missing, CompareMissing(m))
	}
	if len(c.Missing) > 0 {
		return out
	}
	sw := CompareSide{Assessment: NewAssessment("", r, &c.Swapped), Rounds: standing(&c.Swapped, &c.SwappedProfile)}
	out.Swapped = &sw
	for _, n := range c.Notes {
		out.Notes = append(out.Notes, CompareNote(n))
	}
	for _, d := range c.Factors {
		out.Factors = append(out.Factors, CompareFactor{Factor: d.Factor.Key(), Title: d.Factor.Title(), AsGiven: d.AsGiven, Swapped: d.Swapped, Diff: d.Diff()})
	}
	return out
}

// compareCol is the width of each arrangement's column in the text.
const compareCol = 24

// WriteCompare writes the comparison as text: the two arrangements side by side (CRS total and
// sections, FSW/CEC/FST, categories, the kinds of round each could be invited in), the better one
// marked and why, every CRS factor that differs, and what the swap did with the facts that do not
// simply move with their person.
func WriteCompare(w io.Writer, c *Compare) {
	head := "Who should be the principal applicant?"
	if c.File != "" {
		head += " " + safetext.Clean(c.File)
	}
	fmt.Fprintf(w, "%s\n%s\n", head, strings.Repeat("=", min(Width, len([]rune(head)))))
	fmt.Fprintf(w, "Scored on %s.\n\n", c.AsGiven.Date)
	if c.Swapped == nil {
		writeCompareSide(w, "You as principal applicant (as given)", &c.AsGiven)
		fmt.Fprintln(w)
		for i, why := range c.Why {
			lead := "  - "
			if i == 0 {
				lead = ""
			}
			wrapped(w, lead, strings.Fields(safetext.Clean(why)))
		}
		return
	}
	writeCompareTable(w, c)
	fmt.Fprintln(w)
	better := map[string]string{"as_given": "you as principal applicant (as given)", "swapped": "your spouse as principal applicant", "equal": "neither: equal"}[c.Better]
	fmt.Fprintf(w, "Better: %s\n", better)
	for _, why := range c.Why {
		wrapped(w, "  ", strings.Fields(safetext.Clean(why)))
	}
	writeCompareDiffs(w, c)
	fmt.Fprintln(w)
	wrapped(w, "", strings.Fields("Each person's own facts (age, education, ECA, languages, work, Canadian study, certificate, job offer, work authorization) go with them. `eewizard score` gives every line as given."))
}

// writeCompareTable writes the two arrangements side by side, the better one's total marked: the
// CRS total and sections, FSW/CEC/FST, the categories met and the kinds of round open to each.
func writeCompareTable(w io.Writer, c *Compare) {
	compareRow(w, "", "As given", "Spouse as principal")
	compareRow(w, "", "(you)", "(your spouse)")
	mark := [2]string{}
	switch c.Better {
	case "as_given":
		mark[0] = " ◀ better"
	case "swapped":
		mark[1] = " ◀ better"
	}
	g, s := &c.AsGiven, c.Swapped
	compareRow(w, "CRS total", fmt.Sprint(g.CRS.Total)+mark[0], fmt.Sprint(s.CRS.Total)+mark[1])
	for _, sec := range []struct {
		name string
		a, b int
	}{{"A. Core", g.CRS.Core, s.CRS.Core}, {"B. Spouse or partner", g.CRS.Spouse, s.CRS.Spouse},
		{"C. Transferability", g.CRS.Transferability, s.CRS.Transferability}, {"D. Additional", g.CRS.Additional, s.CRS.Additional}} {
		compareRow(w, "  "+sec.name, fmt.Sprint(sec.a), fmt.Sprint(sec.b))
	}
	for _, id := range []scoring.ProgramID{scoring.FSW, scoring.CEC, scoring.FST} {
		compareRow(w, id.Acronym(), programCell(id, g.Programs[id.String()]), programCell(id, s.Programs[id.String()]))
	}
	compareRow(w, "Categories met", categoriesCell(g.Categories), categoriesCell(s.Categories))
	compareRow(w, "Rounds open to it", kindsCell(&g.Rounds), kindsCell(&s.Rounds))
	if a, b := kindsCell(&g.Rounds), kindsCell(&s.Rounds); len([]rune(a)) > compareCol-1 || len([]rune(b)) > compareCol-1 {
		wrapped(w, "  ", strings.Fields("as given: "+a+"; spouse as principal: "+b))
	}
}

// writeCompareDiffs writes every CRS factor that differs and what the swap did with the facts
// that do not simply move with their person, each under its heading when there are any.
func writeCompareDiffs(w io.Writer, c *Compare) {
	if len(c.Factors) > 0 {
		fmt.Fprintln(w, "\nCRS factors that differ")
		factorRow(w, "", "as given", "swapped")
		for _, f := range c.Factors {
			factorRow(w, "  "+f.Title, fmt.Sprint(f.AsGiven), fmt.Sprintf("%d (%+d)", f.Swapped, f.Diff))
		}
	}
	if len(c.Notes) > 0 {
		fmt.Fprintln(w, "\nWhat the swap did with the facts that are not each person's own")
		for _, n := range c.Notes {
			wrapped(w, "  - ", strings.Fields(n.Fact+": "+n.Note))
		}
	}
}

// writeCompareSide writes one arrangement alone, for a comparison whose swap cannot be made.
func writeCompareSide(w io.Writer, title string, s *CompareSide) {
	fmt.Fprintln(w, title)
	row(w, 2, "CRS total", fmt.Sprint(s.CRS.Total))
	for _, id := range []scoring.ProgramID{scoring.FSW, scoring.CEC, scoring.FST} {
		row(w, 2, id.Acronym(), programCell(id, s.Programs[id.String()]))
	}
	row(w, 2, "Rounds open to it", kindsCell(&s.Rounds))
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

// factorRow writes a factor and its points in each arrangement: the longest factor title
// ("Foreign work + Canadian work") whole.
func factorRow(w io.Writer, label, a, b string) {
	const labelW, valueW = 40, 12
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

func programCell(id scoring.ProgramID, p Program) string {
	switch {
	case p.Eligible && id == scoring.FSW:
		return fmt.Sprintf("✓ eligible (grid %d)", p.Points)
	case p.Eligible:
		return "✓ eligible"
	case id == scoring.FSW:
		return fmt.Sprintf("✗ no (grid %d)", p.Points)
	}
	return "✗ no"
}

func categoriesCell(cs []Category) string {
	if cs == nil {
		return "– (no jobs given)"
	}
	var met []string
	for _, c := range cs {
		if c.Eligible {
			met = append(met, c.ID)
		}
	}
	if len(met) == 0 {
		return "none"
	}
	return strings.Join(met, ", ")
}

func kindsCell(s *Standing) string {
	if len(s.Kinds) == 0 {
		return "none"
	}
	var names []string
	for _, k := range s.Kinds {
		names = append(names, k.Category)
	}
	return strings.Join(names, ", ")
}
