package clientreport

import (
	"strings"
	"testing"
	"time"
)

// TestChartHasEveryRoundOfTheKindsEntered: one marker per round of the kinds the profile can
// enter in the 24 months before the day, the score as a line, and the text alternative.
func TestChartHasEveryRoundOfTheKindsEntered(t *testing.T) {
	rep, opts := build(t, "jobs/example2.toml", Options{})
	c := &rep.Chart
	if c.Empty != "" {
		t.Fatalf("no chart: %s", c.Empty)
	}
	since := scoredOn.AddDate(0, -24, 0)
	want := 0
	for _, k := range kindsFor2(t, opts) {
		for _, r := range opts.Feed.Filter(k, since) {
			if !r.Date.After(scoredOn) {
				want++
			}
		}
	}
	got := 0
	for _, s := range c.Series {
		got += len(s.Points)
	}
	if want == 0 || got != want {
		t.Errorf("%d markers, the feed has %d rounds of those kinds since %s", got, want, since.Format(time.DateOnly))
	}
	page := htmlOf(t, rep)
	if n := strings.Count(page, `<path d="`); n < want {
		t.Errorf("%d paths in the SVG, want at least %d", n, want)
	}
	if !strings.Contains(page, "score 555</text>") || !strings.Contains(page, `stroke-dasharray="7 4"`) {
		t.Error("the score is not marked as a dashed line with its number")
	}
	if !strings.Contains(c.Desc, "the score of 555 was at or above the cut-off in") {
		t.Errorf("text alternative: %q", c.Desc)
	}
	// Each series is told apart without colour: no two share a dash and a fill.
	seen := map[string]bool{}
	for _, s := range c.Series {
		k := s.Dash + "/" + s.Fill
		if seen[k] {
			t.Errorf("two series look alike: %q", k)
		}
		seen[k] = true
	}
}

// TestChartSaysWhyWhenNotEligible: a profile eligible for no program has no chart, and says so.
func TestChartSaysWhyWhenNotEligible(t *testing.T) {
	rep, _ := build(t, "examples/example4.toml", Options{})
	if !strings.Contains(rep.Chart.Empty, "not eligible for any program") {
		t.Errorf("chart: %q", rep.Chart.Empty)
	}
	if strings.Contains(htmlOf(t, rep), "<svg") {
		t.Error("an SVG for a profile no round could invite")
	}
}

// TestChecklistSectionOnlyWhenGiven: the checklist's place is left out without one, and shows
// every item and the fees with one.
func TestChecklistSectionOnlyWhenGiven(t *testing.T) {
	rep, _ := build(t, "examples/example1.toml", Options{})
	if strings.Contains(htmlOf(t, rep), `id="checklist"`) || strings.Contains(markdownOf(t, rep), "checklist") {
		t.Error("a checklist section without a checklist")
	}
	rep.Checklist = &Checklist{Items: []ChecklistItem{{Title: "Passport", Who: "you", Why: "identity", Due: "2026-10-01"}},
		Fees: []FeeLine{{What: "Processing fee", Amount: "$950"}}, Total: "$950"}
	page, md := htmlOf(t, rep), markdownOf(t, rep)
	for _, want := range []string{`id="checklist"`, "<b>Passport</b>", "$950"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if !strings.Contains(md, "### you\n\n- **Passport**: identity. Due: 2026-10-01.") || !strings.Contains(md, "| **Total** | **$950** |") {
		t.Error("Markdown lacks the checklist")
	}
}

// TestChartSVGEscapesItsTexts: the SVG is written in Go, outside the template's escaping, so each
// text in it (titles, a round's label from IRCC's feed, the legend) is escaped there.
func TestChartSVGEscapesItsTexts(t *testing.T) {
	c := Chart{W: 640, H: 312, Title: "a<b", Desc: "x&y", Score: 500,
		YTicks: []Tick{{Pos: 10, Label: "<y>"}}, XTicks: []Tick{{Pos: 20, Label: "<x>"}},
		Series: []Series{{Line: "1,2 3,4", Fill: "#000", Dash: `6"3`, Points: []Point{{D: "M0 0", Label: `round "9" <i>`}}}},
		Legend: []LegendItem{{Title: "t</text><script>", Score: true, Dash: "7 4"}}}
	svg := string(c.SVG())
	for _, bad := range []string{"<b", "<i>", "<script>", "<x>", "<y>", `6"3`, "x&y"} {
		if strings.Contains(svg, bad) {
			t.Errorf("the SVG holds %q unescaped:\n%s", bad, svg)
		}
	}
	for _, want := range []string{"a&lt;b", "x&amp;y", "round &#34;9&#34; &lt;i&gt;", "t&lt;/text&gt;&lt;script&gt;", `stroke-dasharray="6&#34;3"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q:\n%s", want, svg)
		}
	}
}
