package clientreport

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// signedText is how the report writes a line's points (a real minus sign).
func signedText(n int) string {
	if n < 0 {
		return fmt.Sprintf("−%d", -n)
	}
	return fmt.Sprint(n)
}

// TestHTMLNumbersAreTheEngines parses the HTML and checks every number of the score against the
// engine's assessment of the same profile: the total, each section, each line in order, and the
// FSW grid. The totals are also the hand-worked ones of testdata/examples/expected.txt
// (example1 441 with an FSW grid of 68; example4 1172 and 88; example2 555 and 84).
func TestHTMLNumbersAreTheEngines(t *testing.T) {
	for _, tc := range []struct {
		file       string
		total, fsw int
	}{
		{"examples/example1.toml", 441, 68},
		{"examples/example2.toml", 555, 84},
		{"examples/example4.toml", 1172, 88},
		{"jobs/example2.toml", 555, 84},
	} {
		t.Run(tc.file, func(t *testing.T) {
			rep, opts := build(t, tc.file, Options{})
			page := htmlOf(t, rep)
			rr, _ := opts.Rules.At(scoredOn)
			a := scoring.Assess(rr, opts.Profile, scoredOn)
			if a.CRS.Total != tc.total || a.Programs[scoring.FSW].Points != tc.fsw {
				t.Fatalf("engine: CRS %d, FSW %d; the worked example says %d, %d", a.CRS.Total, a.Programs[scoring.FSW].Points, tc.total, tc.fsw)
			}
			if got := cells(t, page, "data-total"); len(got) != 1 || got[0] != fmt.Sprintf("%d of %d", tc.total, rr.CRS.Total) {
				t.Errorf("total cells %q, want [%d of %d]", got, tc.total, rr.CRS.Total)
			}
			if !strings.Contains(page, fmt.Sprintf(`<div class="total" id="total">CRS %d `, tc.total)) {
				t.Errorf("the summary does not show CRS %d", tc.total)
			}
			var sections, lines []string
			for s := scoring.Section(0); s < scoring.NumSections; s++ {
				sections = append(sections, fmt.Sprint(a.CRS.Section(s)))
				for _, l := range a.CRS.Lines() {
					if l.Section == s {
						lines = append(lines, signedText(l.Points))
					}
				}
			}
			if got := cells(t, page, "data-section"); strings.Join(got, ",") != strings.Join(sections, ",") {
				t.Errorf("sections %q, engine %q", got, sections)
			}
			if got := cells(t, page, "data-line"); strings.Join(got, ",") != strings.Join(lines, ",") {
				t.Errorf("lines %q, engine %q", got, lines)
			}
			var grid []string
			for _, g := range a.Programs[scoring.FSW].Grid() {
				grid = append(grid, signedText(g.Points))
			}
			if got := cells(t, page, "data-grid"); strings.Join(got, ",") != strings.Join(grid, ",") {
				t.Errorf("grid %q, engine %q", got, grid)
			}
			if got := cells(t, page, "data-grid-total"); len(got) != 1 || got[0] != fmt.Sprint(tc.fsw) {
				t.Errorf("grid total %q, want %d", got, tc.fsw)
			}
		})
	}
}

// TestHTMLIsSelfContained: no script, nothing fetched (no address, no src, no stylesheet link,
// no url() in the CSS), and a viewport for phones.
func TestHTMLIsSelfContained(t *testing.T) {
	rep, _ := build(t, "jobs/example4.toml", Options{ITA: &scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}})
	page := strings.ToLower(htmlOf(t, rep))
	for _, bad := range []string{"http", "<script", "src=", "<link", "url(", "@import", "<img", "<iframe", "<object"} {
		if strings.Contains(page, bad) {
			t.Errorf("the HTML contains %q", bad)
		}
	}
	for _, want := range []string{`<meta name="viewport"`, "@media print", "break-inside: avoid", "<svg", "<title id=\"chart-title\">", "<desc id=\"chart-desc\">"} {
		if !strings.Contains(page, strings.ToLower(want)) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
}

// TestTextFromFilesIsCleanedAndEscaped: a name with markup and a terminal escape shows as text
// in both formats: no tag, no escape byte.
func TestTextFromFilesIsCleanedAndEscaped(t *testing.T) {
	r := testRules(t)
	p := testProfile(t, r, "examples/example1.toml")
	p.Name = "Ada <script>alert(1)</script> \x1b[31m|*x*"
	rep, _ := build(t, "examples/example1.toml", Options{Profile: &p})
	page := htmlOf(t, rep)
	if strings.Contains(page, "<script>") || strings.Contains(page, "\x1b") {
		t.Errorf("HTML: the name is not escaped or cleaned:\n%s", page[:400])
	}
	if !strings.Contains(page, "Ada &lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("HTML: the name is not shown as text")
	}
	md := markdownOf(t, rep)
	if strings.Contains(md, "<script>") || strings.Contains(md, "\x1b") || !strings.Contains(md, `Ada \<script\>alert(1)\</script\>`) || !strings.Contains(md, `\|\*x\*`) {
		t.Errorf("Markdown: the name is not escaped:\n%s", md[:200])
	}
}

// TestPresentationModeHidesNameAndPath: the name becomes "Client" and no path shows.
func TestPresentationModeHidesNameAndPath(t *testing.T) {
	r := testRules(t)
	p := testProfile(t, r, "examples/example1.toml")
	p.Name = "Ada Lovelace"
	for _, present := range []bool{false, true} {
		rep, _ := build(t, "examples/example1.toml", Options{Profile: &p, Path: "/home/consultant/clients/ada.toml", Present: present})
		for name, out := range map[string]string{"html": htmlOf(t, rep), "md": markdownOf(t, rep)} {
			hidden := !strings.Contains(out, "Lovelace") && !strings.Contains(out, "clients") && !strings.Contains(out, "ada.toml")
			if hidden != present {
				t.Errorf("%s, present %v: name or path hidden %v", name, present, hidden)
			}
			if present && !strings.Contains(out, "assessment: Client") {
				t.Errorf("%s: no Client in presentation mode", name)
			}
		}
	}
}

// TestMarkdownHasTheSameNumbers: every CRS line and grid line is a table row with its points.
func TestMarkdownHasTheSameNumbers(t *testing.T) {
	rep, opts := build(t, "examples/example4.toml", Options{})
	text := markdownOf(t, rep)
	rr, _ := opts.Rules.At(scoredOn)
	a := scoring.Assess(rr, opts.Profile, scoredOn)
	for _, l := range a.CRS.Lines() {
		label := md(l.Label())
		if l.IsCap() {
			label = "cap: " + label
		}
		if row := fmt.Sprintf("| %s | %s |", label, signedText(l.Points)); !strings.Contains(text, row) {
			t.Errorf("no row %q", row)
		}
	}
	for _, g := range a.Programs[scoring.FSW].Grid() {
		if row := fmt.Sprintf("| %s | %s |", md(g.Label()), signedText(g.Points)); !strings.Contains(text, row) {
			t.Errorf("no grid row %q", row)
		}
	}
	// 1172 is testdata/examples/expected.txt's hand-worked total for example4.
	if !strings.Contains(text, "**CRS 1172** of 1200") || !strings.Contains(text, "| **Total CRS** | **1172** |") {
		t.Error("the Markdown lacks the total 1172")
	}
}

// TestCategoriesNotMetAreSaidOnce: the categories whose lists hold none of the jobs (or, for a
// profile of year counts, every occupation category) are listed once, under the categories; the
// standing points there instead of listing them again.
func TestCategoriesNotMetAreSaidOnce(t *testing.T) {
	for _, file := range []string{"jobs/example2.toml", "examples/example2.toml"} {
		rep, _ := build(t, file, Options{})
		if !strings.Contains(rep.CategoriesOff, "STEM occupations") {
			t.Errorf("%s: the categories not met lack STEM: %q", file, rep.CategoriesOff)
		}
		notes := strings.Join(rep.Standing.Notes, "\n")
		if strings.Contains(notes, "STEM") || !strings.Contains(notes, "listed under “Categories in force” below") {
			t.Errorf("%s: the standing's notes say the categories again, or do not point to them:\n%s", file, notes)
		}
	}
}

// TestPresentationModeHidesTheChildrensNames: the family's child, Anaya, is named in the
// checklist ("child 1 (Anaya)", and her fee line); presentation mode calls her "child 1" in both
// formats, and keeps every item and fee.
func TestPresentationModeHidesTheChildrensNames(t *testing.T) {
	ita := &scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}
	shown, _ := build(t, "report/family.toml", Options{ITA: ita})
	hidden, _ := build(t, "report/family.toml", Options{ITA: ita, Present: true})
	if !strings.Contains(htmlOf(t, shown), "child 1 (Anaya)") {
		t.Fatal("the family's report does not name the child")
	}
	for name, out := range map[string]string{"html": htmlOf(t, hidden), "md": markdownOf(t, hidden)} {
		if strings.Contains(out, "Anaya") || strings.Contains(out, "Priya") || !strings.Contains(strings.ToLower(out), "child 1") {
			t.Errorf("%s in presentation mode names the family or lacks the child", name)
		}
	}
	if len(hidden.Checklist.Items) != len(shown.Checklist.Items) || hidden.Checklist.Total != shown.Checklist.Total || hidden.Total != shown.Total {
		t.Errorf("presentation mode changed the checklist or the score: %d items %s, %d items %s",
			len(hidden.Checklist.Items), hidden.Checklist.Total, len(shown.Checklist.Items), shown.Checklist.Total)
	}
}
