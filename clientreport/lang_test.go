package clientreport

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenCase is one report of the golden files: a profile of ../testdata, with or without an ITA.
type goldenCase struct {
	name, file string
	ita        bool
}

// goldenCases are the reports the golden files pin: a profile of year counts, one with jobs and
// an ITA, one eligible for no program (no chart), and the family with an ITA (the checklist).
var goldenCases = []goldenCase{
	{"example1", "examples/example1.toml", false},
	{"jobs_example2_ita", "jobs/example2.toml", true},
	{"example4", "examples/example4.toml", false},
	{"family_ita", "report/family.toml", true},
}

// buildIn builds a golden case's report in lang.
func buildIn(t testing.TB, c goldenCase, lang i18n.Lang) *Report {
	t.Helper()
	opts := Options{Lang: lang}
	if c.ita {
		opts.ITA = &scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}
	}
	rep, _ := build(t, c.file, opts)
	return rep
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the report written now (go test -update rewrites it):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff is the first line where a and b differ, with its number.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return "(same lines)"
}

// TestEnglishGolden pins the English report, HTML and Markdown, byte for byte: the catalogue
// holds its words now, and they must be the words the report always wrote.
func TestEnglishGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			rep := buildIn(t, c, i18n.En)
			golden(t, "report_"+c.name+".html.golden", htmlOf(t, rep))
			golden(t, "report_"+c.name+".md.golden", markdownOf(t, rep))
		})
	}
}

// TestFrenchGolden pins the French report, Markdown and HTML: read line by line for its French.
func TestFrenchGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			rep := buildIn(t, c, i18n.Fr)
			golden(t, "report_"+c.name+"_fr.md.golden", markdownOf(t, rep))
			golden(t, "report_"+c.name+"_fr.html.golden", htmlOf(t, rep))
		})
	}
}

// names are what the French report keeps as it is: the profile's name and file, the rules file,
// the command a sentence names, IRCC's page, the profile file's keys the checklist names.
func names(rep *Report) []string {
	return []string{rep.Name, rep.File, rep.RulesSource, rep.RulesURL, "eewizard improve", "[[applicant.residences]]", "[[spouse.residences]]"}
}

// allowed is names, longest first (a name can hold another).
func allowed(rep *Report) []string {
	out := names(rep)
	for i := range out {
		out[i] = md(out[i]) // as the Markdown writes them; the HTML is checked unescaped
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// pageText is the text a reader sees of an HTML page: every text node but the style's, the
// chart's SVG texts included, any run of white space one space.
func visibleText(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "style" {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// TestFrenchReportHasNoEnglish walks every report of the golden cases, and presentation mode,
// in French, HTML (the text a reader sees, the chart's included) and Markdown: no English word
// but names, and the HTML says
// it is French.
func TestFrenchReportHasNoEnglish(t *testing.T) {
	cases := append(append([]goldenCase(nil), goldenCases...), goldenCase{"jobs_example2_present", "jobs/example2.toml", true})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := Options{Lang: i18n.Fr, Present: strings.HasSuffix(c.name, "_present")}
			if c.ita {
				opts.ITA = &scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}
			}
			rep, _ := build(t, c.file, opts)
			page := htmlOf(t, rep)
			if !strings.Contains(page, `<html lang="fr">`) {
				t.Error(`the French HTML is not <html lang="fr">`)
			}
			allow := allowed(rep)
			plain := make([]string, len(allow))
			for i, a := range allow {
				plain[i] = strings.NewReplacer(`\`, "").Replace(a)
			}
			if w := english(visibleText(t, page), plain...); len(w) > 0 {
				t.Errorf("English in the French HTML: %q", w)
			}
			if w := english(markdownOf(t, rep), allow...); len(w) > 0 {
				t.Errorf("English in the French Markdown: %q", w)
			}
		})
	}
}

// english is i18ntest.English with its words bounded as French words are: its \b is ASCII's, so
// "baccalauréat" would give "at". Every letter outside ASCII becomes x, in s and allow alike,
// which no English word of its list holds.
func english(s string, allow ...string) []string {
	ascii := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r > unicode.MaxASCII && unicode.IsLetter(r) {
				return 'x'
			}
			return r
		}, s)
	}
	a := make([]string, len(allow))
	for i, x := range allow {
		a[i] = ascii(x)
	}
	return i18ntest.English(ascii(s), a...)
}

// numbersOnly is a cell's digits and signs, its spaces (French groups thousands with U+202F)
// and words taken out: "1 172 sur 1 200" gives "1172 1200".
func numbersOnly(s string) string {
	s = strings.NewReplacer("\u202f", "", "\u00a0", "").Replace(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '−' || r == '+') }), " ")
}

// TestFrenchHTMLNumbersAreTheEngines parses the French HTML and checks every number of the score
// against the engine, as TestHTMLNumbersAreTheEngines does the English: written the French way
// (U+202F between thousands, "sur" for "of"), and the same numbers as the English report's.
func TestFrenchHTMLNumbersAreTheEngines(t *testing.T) {
	group := func(n int) string { // the French way, written here independently of i18n
		s := strconv.Itoa(n)
		if len(s) > 3 {
			s = s[:len(s)-3] + "\u202f" + s[len(s)-3:]
		}
		return s
	}
	fsigned := func(n int) string {
		if n < 0 {
			return "−" + group(-n)
		}
		return group(n)
	}
	for _, file := range []string{"examples/example1.toml", "examples/example2.toml", "examples/example4.toml", "jobs/example2.toml", "report/family.toml"} {
		t.Run(file, func(t *testing.T) {
			fr, opts := build(t, file, Options{Lang: i18n.Fr})
			en, _ := build(t, file, Options{})
			page, enPage := htmlOf(t, fr), htmlOf(t, en)
			rr, _ := opts.Rules.At(scoredOn)
			a := scoring.Assess(rr, opts.Profile, scoredOn)
			if got := cells(t, page, "data-total"); len(got) != 1 || got[0] != group(a.CRS.Total)+" sur "+group(rr.CRS.Total) {
				t.Errorf("total cells %q, want [%s sur %s]", got, group(a.CRS.Total), group(rr.CRS.Total))
			}
			if !strings.Contains(page, `<div class="total" id="total">SCG `+group(a.CRS.Total)+" ") {
				t.Errorf("the summary does not show SCG %d", a.CRS.Total)
			}
			var sections, lines []string
			for s := scoring.Section(0); s < scoring.NumSections; s++ {
				sections = append(sections, group(a.CRS.Section(s)))
				for _, l := range a.CRS.Lines() {
					if l.Section == s {
						lines = append(lines, fsigned(l.Points))
					}
				}
			}
			var grid []string
			for _, g := range a.Programs[scoring.FSW].Grid() {
				grid = append(grid, fsigned(g.Points))
			}
			for attr, want := range map[string][]string{"data-section": sections, "data-line": lines, "data-grid": grid,
				"data-grid-total": {group(a.Programs[scoring.FSW].Points)}} {
				if got := cells(t, page, attr); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("%s %q, engine %q", attr, got, want)
				}
			}
			for _, attr := range []string{"data-total", "data-section", "data-line", "data-grid", "data-grid-total", "data-fees-total"} {
				f, e := cells(t, page, attr), cells(t, enPage, attr)
				for i := range f {
					f[i] = numbersOnly(f[i])
				}
				for i := range e {
					e[i] = strings.ReplaceAll(numbersOnly(strings.ReplaceAll(e[i], ",", "")), "$", "")
				}
				if strings.Join(f, ",") != strings.Join(e, ",") {
					t.Errorf("%s: French %q, English %q", attr, f, e)
				}
			}
		})
	}
}

// TestFrenchMarkdownHasTheSameNumbers: every CRS line and grid line is a row of the French
// Markdown with its French label and its points, and the total is the hand-worked 1172
// (testdata/examples/expected.txt), written "1 172".
func TestFrenchMarkdownHasTheSameNumbers(t *testing.T) {
	fr := i18n.For(i18n.Fr)
	rep, opts := build(t, "examples/example4.toml", Options{Lang: i18n.Fr})
	text := markdownOf(t, rep)
	rr, _ := opts.Rules.At(scoredOn)
	a := scoring.Assess(rr, opts.Profile, scoredOn)
	for _, l := range a.CRS.Lines() {
		label := md(l.LabelIn(fr))
		if l.IsCap() {
			label = "plafond\u00a0: " + label
		}
		if row := fmt.Sprintf("| %s | %s |", label, signedText(l.Points)); !strings.Contains(text, row) {
			t.Errorf("no row %q", row)
		}
	}
	for _, g := range a.Programs[scoring.FSW].Grid() {
		if row := fmt.Sprintf("| %s | %s |", md(g.LabelIn(fr)), signedText(g.Points)); !strings.Contains(text, row) {
			t.Errorf("no grid row %q", row)
		}
	}
	if !strings.Contains(text, "**SCG 1\u202f172** sur 1\u202f200") || !strings.Contains(text, "| **Total SCG** | **1\u202f172** |") {
		t.Error("the French Markdown lacks the total 1 172")
	}
}

// TestFrenchDatesAndMoney: the report's dates are French ("1er décembre 2026" for the rules'
// check), and the fees French money ("990 $"), in both formats.
func TestFrenchDatesAndMoney(t *testing.T) {
	rep := buildIn(t, goldenCase{"family", "report/family.toml", true}, i18n.Fr)
	page, text := html.UnescapeString(htmlOf(t, rep)), markdownOf(t, rep)
	for _, want := range []string{"20 août 2026", "vérifiées le 1er décembre 2026", "9 octobre 2026", "990\u00a0$", "3\u202f455\u00a0$"} {
		if !strings.Contains(page, want) || !strings.Contains(text, want) {
			t.Errorf("the French report lacks %q", want)
		}
	}
	for _, bad := range []string{"2026-08-20", "2026-12-01", "$990"} {
		if strings.Contains(strings.Split(page, `id="checklist"`)[0], bad) {
			t.Errorf("the French HTML (before the checklist) has %q", bad)
		}
	}
}
