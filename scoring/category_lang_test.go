package scoring

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/eewizard/eewizard/i18n"
)

// sayFormats are the formats categories.go says its reasons with: the string literals given as
// first argument to fail, note and say, and SaidNotInPool.
func sayFormats(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "categories.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); ok && (id.Name == "fail" || id.Name == "note" || id.Name == "say") {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				out = append(out, s)
			}
		}
		return true
	})
	return append(out, SaidNotInPool)
}

// Every reason categories.go can give a category has its French in Said.ReasonIn (which report,
// rounds and clientreport all write them with): a new format there fails here instead of
// reaching French output in English.
func TestCategoryReasonsKnown(t *testing.T) {
	formats := sayFormats(t)
	if len(formats) < 9 {
		t.Fatalf("only %d formats found in categories.go: %q", len(formats), formats)
	}
	fr := i18n.For(i18n.Fr)
	v := &CategoryVersion{ID: "healthcare", Version: 2, Title: "Healthcare and social services occupations",
		Experience: &CategoryExperience{Months: 12, WithinYears: 3}}
	for _, f := range formats {
		const english = "ENGLISH"
		got := Said{Format: f, Args: []any{1, 2, "41300", 4, "", "", "3 years", 12}}.ReasonIn(fr, v, english)
		if got == english || len(got) < 10 || got[0] == '[' {
			t.Errorf("format %q has no French (got %q)", f, got)
		}
	}
}

// The English of a version's title and conditions is the rules' own; French is the catalogue's.
func TestCategoryVersionTitleIn(t *testing.T) {
	v := &CategoryVersion{ID: "healthcare", Version: 2, Title: "Healthcare and social services occupations"}
	if got := v.TitleIn(english); got != v.Title {
		t.Errorf("English title %q, want %q", got, v.Title)
	}
	if got := v.TitleIn(i18n.For(i18n.Fr)); got == v.Title || got == "" {
		t.Errorf("French title %q", got)
	}
	var none *CategoryVersion
	if none.TitleIn(english) != "" || none.ConditionIn(english, "x") != "x" {
		t.Error("a nil version has no title and keeps its condition as said")
	}
}
