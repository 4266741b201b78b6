package clientreport

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// The browser tests render the HTML report in headless Chromium (Debian's chromium package) to
// PDF and PNG, as a client prints it or opens it on a phone: the page count on Letter and A4, and
// what the first page holds, read back with pdftotext and pdfinfo (poppler-utils). They need both,
// are skipped with -short, and fail under CI (CI set) when either is missing: .ci/run installs
// them.

// tool finds a program the browser tests need.
func tool(t *testing.T, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed: CI must install it (.ci/run does)", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return path
}

// chromium runs headless Chromium on a local file with a fresh profile directory and HOME, no
// extensions and no first-run work, and a time limit. The page itself fetches nothing.
func chromium(t *testing.T, args ...string) {
	t.Helper()
	bin := tool(t, "chromium")
	home := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
		"--disable-background-networking", "--disable-sync", "--disable-default-apps", "--user-data-dir=" + filepath.Join(home, "profile")}, args...)
	cmd := exec.CommandContext(ctx, bin, all...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// writePage writes the report's HTML, with extra CSS added at the end of its style, to a file.
func writePage(t *testing.T, rep *Report, extraCSS string) string {
	t.Helper()
	page := htmlOf(t, rep)
	if extraCSS != "" {
		page = strings.Replace(page, "</style>", extraCSS+"\n</style>", 1)
	}
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// printPDF prints the page to PDF and returns the PDF's path.
func printPDF(t *testing.T, page string) string {
	t.Helper()
	pdf := filepath.Join(t.TempDir(), "report.pdf")
	chromium(t, "--print-to-pdf="+pdf, "--no-pdf-header-footer", "file://"+page)
	return pdf
}

var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// pdfPages counts the PDF's pages as pdfinfo does, and checks it against its page objects.
func pdfPages(t *testing.T, pdf string) (int, string) {
	t.Helper()
	out, err := exec.Command(tool(t, "pdfinfo"), pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	size := regexp.MustCompile(`(?m)^Page size:\s+(.*)$`).FindSubmatch(out)
	if m == nil || size == nil {
		t.Fatalf("pdfinfo:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	if data, err := os.ReadFile(pdf); err == nil {
		if objs := len(pageObject.FindAll(data, -1)); objs != 0 && objs != n {
			t.Errorf("pdfinfo says %d pages, the PDF has %d page objects", n, objs)
		}
	}
	return n, string(size[1])
}

// pageText is the text of one page of the PDF, any run of white space as one space: as pdftotext
// reads it in its reading order, then as laid out (row by row, which keeps a table's row together
// when pdftotext's reading order takes its columns one after the other).
func pageText(t *testing.T, pdf string, page int) string {
	t.Helper()
	p := strconv.Itoa(page)
	var text []string
	for _, mode := range [][]string{nil, {"-layout"}} {
		out, err := exec.Command(tool(t, "pdftotext"), append(mode, "-f", p, "-l", p, pdf, "-")...).Output()
		if err != nil {
			t.Fatal(err)
		}
		text = append(text, strings.Join(strings.Fields(string(out)), " "))
	}
	return strings.Join(text, " | ")
}

// printWords are the words the printed report is checked for, in one language: written here, not
// taken from the catalogue, so that a wrong message fails.
type printWords struct {
	total, after, legend, axis string // page 1: "CRS %s", "After the ITA of ", the chart's legend and x axis
	checklist, letter, fees    string
	totalCRS, grid, gridTotal  string
	changes, timeline, feeHead string
	statement                  string // the end of the last page
}

var printLangs = []struct {
	lang  i18n.Lang
	words printWords
}{
	{i18n.En, printWords{"CRS %s", "After the ITA of %s: %s", "this profile's score: %s", "date of the round",
		"The application checklist", "Every employer reference letter", "Total fees ",
		"Total CRS", "FSW selection grid", "Grid total (pass mark",
		"Change, one at a time", "What changes by itself", "Fee amount", "not this report"}},
	{i18n.Fr, printWords{"SCG %s", "Après l’IPD du %s : %s", "note de ce profil : %s", "date de la ronde",
		"La liste de contrôle de la demande", "Chaque lettre de référence d’employeur", "Total des frais ",
		"Total SCG", "Grille de sélection du PTQF", "Total de la grille (note de passage",
		"Changement, un à la fois", "Ce qui évolue de soi-même", "Frais montant", "pas ce rapport"}},
}

// TestBrowserPrintsOnOneToThreePagesWithTheEssentialsFirst prints the full report, with an ITA
// and its application checklist, on Letter and on A4, in English and in French (which runs
// longer): one to three pages; the first page holds the total, the verdict and the chart (its
// legend and axis label are text inside the SVG, so pdftotext reads them on the page where the
// chart is drawn); the checklist's heading and its fee total are printed; no table is cut across
// pages (each one's first and last rows are on one page); and the last page ends with the
// statement that IRCC decides.
func TestBrowserPrintsOnOneToThreePagesWithTheEssentialsFirst(t *testing.T) {
	tool(t, "chromium")
	// Three people the rounds could invite (so each has a chart): one with a spouse and the list of
	// changes at its longest, one with four kinds of round in the chart, and a family (a spouse with
	// full facts, a child, residences in two countries, two jobs: the longest checklist).
	for _, l := range printLangs {
		for _, file := range []string{"jobs/example2.toml", "jobs/example4.toml", "report/family.toml"} {
			rep, _ := build(t, file, Options{Lang: l.lang, ITA: &scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}})
			if rep.Chart.Empty != "" {
				t.Fatalf("%s: no chart: %s", file, rep.Chart.Empty)
			}
			if rep.Checklist == nil || rep.Checklist.Total == "" || len(rep.Suggestions) == 0 || len(rep.Timeline) == 0 {
				t.Fatalf("%s: the report lacks a checklist with fees, suggestions or a timeline", file)
			}
			for _, paper := range []struct{ css, size string }{
				{"", "letter"}, // Chromium's default paper here
				{"@page { size: A4; }", "A4"},
			} {
				t.Run(l.lang.Code()+"/"+file+"/"+paper.size, func(t *testing.T) {
					printed(t, rep, l.lang, l.words, paper.css, paper.size)
				})
			}
		}
	}
}

// printed prints rep on paper and checks it as TestBrowserPrintsOnOneToThreePagesWithTheEssentialsFirst says.
func printed(t *testing.T, rep *Report, lang i18n.Lang, w printWords, css, size string) {
	t.Helper()
	p := i18n.For(lang)
	pdf := printPDF(t, writePage(t, rep, css))
	n, got := pdfPages(t, pdf)
	if !strings.Contains(got, "("+size+")") {
		t.Errorf("paper %q, want %s", got, size)
	}
	if n < 1 || n > 3 {
		t.Errorf("%d pages, want 1 to 3", n)
	}
	pages := make([]string, n)
	for i := range pages {
		pages[i] = pageText(t, pdf, i+1)
	}
	for _, want := range []string{
		fmt.Sprintf(w.total, p.Count(rep.Total)),
		fmt.Sprintf(w.after, rep.WhatIf.ITADate, rep.WhatIf.Verdict),
		fmt.Sprintf(w.legend, p.Count(rep.Total)), // the chart's legend
		w.axis, // the chart's axis
	} {
		if pageWith(pages[:1], want) == 0 {
			t.Errorf("page 1 lacks %q:\n%s", want, pages[0])
		}
	}
	for _, want := range []string{w.checklist, w.letter, w.fees + rep.Checklist.Total} {
		if pageWith(pages, want) == 0 {
			t.Errorf("no page holds %q", want)
		}
	}
	last := func(xs []string) string { return xs[len(xs)-1] }
	var sugg, events []string
	for _, s := range rep.Suggestions {
		sugg = append(sugg, s.Title)
	}
	for _, e := range rep.Timeline {
		events = append(events, e.What)
	}
	for _, table := range [][2]string{
		{fmt.Sprintf("%s %s", rep.Sections[0].Title, p.Count(rep.Sections[0].Points)), w.totalCRS},
		{w.grid, w.gridTotal},
		{w.changes, last(sugg)},
		{sugg[0], last(sugg)},
		{w.timeline, last(events)},
		{w.feeHead, w.fees + rep.Checklist.Total},
	} {
		first, end := pageWith(pages, table[0]), pageWith(pages, table[1])
		if first == 0 || first != end {
			t.Errorf("a cut table: %q on page %d, %q on page %d", table[0], first, table[1], end)
		}
	}
	if pageWith(pages[n-1:], w.statement) == 0 {
		t.Errorf("the last page lacks the statement that IRCC decides:\n%s", pages[n-1])
	}
}

// pageWith is the number of the first page whose text holds s, its spaces as pdftotext gives them
// (any run of white space, the French no-break spaces too, is one space), or 0 when none does.
func pageWith(pages []string, s string) int {
	s = strings.Join(strings.Fields(s), " ")
	for i, p := range pages {
		if strings.Contains(p, s) {
			return i + 1
		}
	}
	return 0
}

// TestBrowserScreenshotsAtPhoneAndDesktopWidths takes screenshots at a phone's width and a
// desktop's: each is the size asked, and has the report drawn on it (dark text pixels in its top
// part and not in its right margin: nothing runs off the side, down to the end of the page at the
// phone's width).
func TestBrowserScreenshotsAtPhoneAndDesktopWidths(t *testing.T) {
	tool(t, "chromium")
	// The family with an ITA: the report at its longest, with the checklist; the phone's whole
	// page too (9000 px is taller than the whole page at that width).
	for _, l := range printLangs {
		rep, _ := build(t, "report/family.toml", Options{Lang: l.lang, ITA: &scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}})
		page := writePage(t, rep, "")
		for _, size := range [][2]int{{390, 844}, {1280, 900}, {390, 9000}} {
			t.Run(fmt.Sprintf("%s/%dx%d", l.lang.Code(), size[0], size[1]), func(t *testing.T) { screenshot(t, page, size) })
		}
	}
}

// screenshot takes a screenshot of page at size and checks it as
// TestBrowserScreenshotsAtPhoneAndDesktopWidths says.
func screenshot(t *testing.T, page string, size [2]int) {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "shot.png")
	chromium(t, "--screenshot="+shot, fmt.Sprintf("--window-size=%d,%d", size[0], size[1]), "--hide-scrollbars", "file://"+page)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() != size[0] || b.Dy() != size[1] {
		t.Fatalf("screenshot %dx%d, want %dx%d", b.Dx(), b.Dy(), size[0], size[1])
	}
	if dark(img, image.Rect(0, 0, b.Dx(), b.Dy()/4)) < 200 {
		t.Error("the top of the screenshot is blank: the report was not drawn")
	}
	// The body's padding is 14 px: the last 6 columns stay blank when nothing overflows.
	if n := dark(img, image.Rect(b.Dx()-6, 0, b.Dx(), b.Dy())); n > 0 {
		t.Errorf("%d dark pixels in the right margin: something runs off the side", n)
	}
}

// dark counts the pixels in r darker than mid-grey.
func dark(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if (cr+cg+cb)/3 < 0x8000 {
				n++
			}
		}
	}
	return n
}
