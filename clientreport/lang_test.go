package clientreport

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
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
