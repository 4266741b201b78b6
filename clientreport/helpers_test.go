package clientreport

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/internal/testrules"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
	"golang.org/x/net/html"
)

// scoredOn is the day testdata/examples/expected.txt was scored on.
var scoredOn = time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)

// testRules reads the repository's rules.toml.
func testRules(t testing.TB) *scoring.Rules {
	t.Helper()
	return testrules.Load(t, "../rules.toml")
}

// testProfile reads a profile of testdata/.
func testProfile(t testing.TB, r *scoring.Rules, file string) scoring.Profile {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	rr, err := r.At(scoredOn)
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(rr, file, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// testFeed is the embedded IRCC rounds feed.
func testFeed(t testing.TB) (*rounds.Feed, string) {
	t.Helper()
	feed, source, err := rounds.Load("", scoredOn)
	if err != nil || feed == nil {
		t.Fatalf("embedded feed: %v", err)
	}
	return feed, source
}

// build makes the report of a testdata profile, with opts' other fields as given.
func build(t testing.TB, file string, opts Options) (*Report, Options) {
	t.Helper()
	r := testRules(t)
	p := testProfile(t, r, file)
	feed, source := testFeed(t)
	opts.Rules, opts.RulesSource, opts.Feed, opts.FeedSource, opts.Day = r, "rules.toml", feed, source, scoredOn
	if opts.Profile == nil {
		opts.Profile = &p
	}
	if opts.Path == "" && !opts.Present {
		opts.Path = "testdata/" + file
	}
	rep, err := Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep, opts
}

func htmlOf(t testing.TB, rep *Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := rep.HTML(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func markdownOf(t testing.TB, rep *Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := rep.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// cells returns the text of every element carrying the attribute attr, in document order.
func cells(t testing.TB, page, attr string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == attr {
					out = append(out, strings.TrimSpace(textOf(n)))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// kindsFor2 is the categories of the kinds of round the report's profile can enter.
func kindsFor2(t testing.TB, opts Options) []rounds.Category {
	t.Helper()
	rr, err := opts.Rules.At(opts.Day)
	if err != nil {
		t.Fatal(err)
	}
	a := scoring.Assess(rr, opts.Profile, opts.Day)
	var out []rounds.Category
	for _, k := range rounds.KindsFor(rr, &a, opts.Profile) {
		out = append(out, k.Category)
	}
	return out
}
