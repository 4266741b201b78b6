package clientreport

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/safetext"
)

// ChartMonths is how far back the chart of cut-offs looks.
const ChartMonths = 24

// The chart's drawing box (SVG user units): it scales to the page's width.
const (
	chartW, chartH         = 640, 312
	plotL, plotR           = 52, 624
	plotT, plotB           = 14, 226
	legendY                = 274
	legendRow              = 18
	markerR        float64 = 4
)

// Chart is the cut-offs of the rounds the profile can enter, over time, with the score marked: an
// inline SVG in HTML, its table in Markdown. Every shape is told apart by its marker and its dash,
// not by colour alone, so it reads in black and white.
type Chart struct {
	Empty  string // why there is no chart ("" when there is one)
	Title  string
	Desc   string // the chart in one sentence (the text alternative)
	Span   string // which rounds: "the last 24 months" or "the last 10 rounds of each kind"
	W, H   int
	Series []Series
	XTicks []Tick
	YTicks []Tick
	Score  int
	ScoreY float64
	// The texts inside the SVG: its axes' titles and the score's label on its line.
	YAxis, XAxis, ScoreLabel string
	PlotL                    float64
	PlotR                    float64
	PlotT                    float64
	PlotB                    float64
	Legend                   []LegendItem
	Summary                  []SeriesSummary // the text alternative as a small table
}

// Series is the rounds of one kind.
type Series struct {
	Title  string
	Dash   string // stroke-dasharray, "" for a solid line
	Fill   string // the markers' fill: "#000" or "#fff" (black or hollow)
	Line   string // polyline points
	Points []Point
}

// Point is one round on the chart: its marker as an SVG path, and what it was.
type Point struct {
	D     string // the marker's path
	Label string // "CEC round 436, 2026-08-18: 523"
}

// Tick is one labelled place on an axis.
type Tick struct {
	Pos   float64
	Label string
}

// LegendItem is one entry of the legend: a marker and a short line, then the name.
type LegendItem struct {
	X, Y   float64
	Marker string // the marker's path ("" for the score's line)
	Fill   string
	Dash   string
	Title  string
	Score  bool
}

// SeriesSummary is one kind of round in words, for the text alternative.
type SeriesSummary struct {
	Title           string
	Rounds          int
	Lowest, Highest int
	Latest          int
	Invited         int
}

// seriesLook is how a series is drawn: its line's dash, its markers' shape and fill.
type seriesLook struct{ dash, shape, fill string }

// The look of each series in turn: dash and marker shape, black or hollow.
var seriesLooks = []seriesLook{
	{"", "circle", "#000"},
	{"6 3", "square", "#fff"},
	{"2 2", "triangle", "#000"},
	{"8 3 2 3", "diamond", "#fff"},
	{"1 3", "cross", "#000"},
	{"10 4", "circle", "#fff"},
	{"4 4", "square", "#000"},
}

// chartRounds picks the chart's rounds: of each kind, those of the last ChartMonths months up to
// day; when there are none at all in that time, the last n of each kind.
func chartRounds(p *i18n.Printer, feed *rounds.Feed, kinds []rounds.Kind, day time.Time, n int) ([][]rounds.Round, string) {
	since := day.AddDate(0, -ChartMonths, 0)
	var out [][]rounds.Round
	total := 0
	for _, k := range kinds {
		var rs []rounds.Round
		for _, r := range feed.Filter(k.Category, since) {
			if !r.Date.After(day) {
				rs = append(rs, r)
			}
		}
		out = append(out, rs)
		total += len(rs)
	}
	if total > 0 {
		return out, p.T("crp_chart_span_months", i18n.Args{"Months": ChartMonths, "From": p.Date(since), "To": p.Date(day)})
	}
	out = out[:0]
	for _, k := range kinds {
		out = append(out, feed.Latest(k.Category, n))
	}
	return out, p.T("crp_chart_span_rounds", i18n.Args{"Rounds": p.N("crp_rounds_n", n, nil), "Months": ChartMonths})
}

// newChart lays out the chart of cut-offs for the kinds of round the profile can enter.
func newChart(p *i18n.Printer, feed *rounds.Feed, kinds []rounds.Kind, score int, day time.Time, n int) Chart {
	c := Chart{Title: p.T("crp_chart_title", nil), W: chartW, H: chartH, Score: score,
		PlotL: plotL, PlotR: plotR, PlotT: plotT, PlotB: plotB, YAxis: p.T("crp_chart_axis_y", nil), XAxis: p.T("crp_chart_axis_x", nil),
		ScoreLabel: p.T("crp_chart_score", i18n.Args{"Score": p.Count(score)})}
	if len(kinds) == 0 {
		c.Empty = p.T("crp_chart_not_eligible", nil)
		return c
	}
	byKind, span := chartRounds(p, feed, kinds, day, n)
	c.Span = span
	lo, hi, first, last, count := chartExtent(byKind, score)
	if count == 0 {
		c.Empty = p.T("crp_chart_no_rounds", nil)
		return c
	}
	step := 50
	if hi-lo > 300 {
		step = 100
	}
	lo, hi = (lo-10)/step*step, (hi+step+9)/step*step
	if first.Equal(last) {
		first = first.AddDate(0, -1, 0)
	}
	x := func(t time.Time) float64 {
		return plotL + (plotR-plotL)*t.Sub(first).Hours()/last.Sub(first).Hours()
	}
	y := func(v int) float64 { return plotB - (plotB-plotT)*float64(v-lo)/float64(hi-lo) }
	for v := lo; v <= hi; v += step {
		c.YTicks = append(c.YTicks, Tick{Pos: y(v), Label: p.Count(v)})
	}
	c.XTicks = monthTicks(p, first, last, x)
	c.ScoreY = y(score)
	shown := 0 // the series drawn so far: each drawn one has a look of its own
	for i, rs := range byKind {
		look := seriesLooks[shown%len(seriesLooks)]
		if len(rs) > 0 {
			shown++
		}
		s, sum := chartSeries(p, kinds[i].Category.TitleIn(p), rs, look, score, x, y)
		if len(rs) > 0 {
			c.Series = append(c.Series, s)
		}
		c.Summary = append(c.Summary, sum)
	}
	c.legend(p)
	c.Desc = c.describe(p, first, last)
	return c
}

// chartExtent is the lowest and highest of score and the rounds' cut-offs, the first and last
// days of the rounds, and how many rounds there are.
func chartExtent(byKind [][]rounds.Round, score int) (lo, hi int, first, last time.Time, count int) {
	lo, hi = score, score
	for _, rs := range byKind {
		for _, r := range rs {
			lo, hi = min(lo, r.CutOff), max(hi, r.CutOff)
			if first.IsZero() || r.Date.Before(first) {
				first = r.Date
			}
			if r.Date.After(last) {
				last = r.Date
			}
			count++
		}
	}
	return lo, hi, first, last, count
}

// chartSeries is one kind's series (title, its rounds rs newest first) drawn with look at the
// positions x and y give, and its summary against score.
func chartSeries(p *i18n.Printer, title string, rs []rounds.Round, look seriesLook, score int, x func(time.Time) float64, y func(int) float64) (Series, SeriesSummary) {
	s := Series{Title: title, Dash: look.dash, Fill: look.fill}
	sum := SeriesSummary{Title: s.Title, Rounds: len(rs)}
	var pts []string
	for j := len(rs) - 1; j >= 0; j-- { // oldest first, left to right
		r := rs[j]
		px, py := x(r.Date), y(r.CutOff)
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", px, py))
		s.Points = append(s.Points, Point{D: marker(look.shape, px, py),
			Label: safetext.Clean(p.T("crp_chart_point", i18n.Args{"Kind": s.Title, "Number": r.Number, "Date": p.Date(r.Date), "CutOff": p.Count(r.CutOff)}))})
		if sum.Lowest == 0 || r.CutOff < sum.Lowest {
			sum.Lowest = r.CutOff
		}
		sum.Highest = max(sum.Highest, r.CutOff)
		if r.CutOff <= score {
			sum.Invited++
		}
	}
	if len(rs) > 0 {
		sum.Latest = rs[0].CutOff
	}
	s.Line = strings.Join(pts, " ")
	return s, sum
}

// monthTicks labels the x axis at the start of months: every quarter, or every month over a
// short time.
func monthTicks(p *i18n.Printer, first, last time.Time, x func(time.Time) float64) []Tick {
	every := 3
	if last.Sub(first) < 200*24*time.Hour {
		every = 1
	}
	var out []Tick
	m := time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC)
	for ; !m.After(last); m = m.AddDate(0, 1, 0) {
		if m.Before(first) || (int(m.Month())-1)%every != 0 {
			continue
		}
		out = append(out, Tick{Pos: x(m), Label: p.T("crp_month_tick", i18n.Args{"Year": m.Year(), "Month": p.T("crp_month_"+strconv.Itoa(int(m.Month())), nil)})})
	}
	return out
}

// marker is the path of one marker shape centred on (x, y).
func marker(shape string, x, y float64) string {
	r := markerR
	switch shape {
	case "square":
		return fmt.Sprintf("M%.1f %.1fh%.1fv%.1fh%.1fz", x-r, y-r, 2*r, 2*r, -2*r)
	case "triangle":
		return fmt.Sprintf("M%.1f %.1fL%.1f %.1fL%.1f %.1fz", x, y-r-1, x+r+1, y+r, x-r-1, y+r)
	case "diamond":
		return fmt.Sprintf("M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fz", x, y-r-1, x+r+1, y, x, y+r+1, x-r-1, y)
	case "cross":
		return fmt.Sprintf("M%.1f %.1fl%.1f %.1fM%.1f %.1fl%.1f %.1f", x-r, y-r, 2*r, 2*r, x-r, y+r, 2*r, -2*r)
	}
	// a circle as two arcs
	return fmt.Sprintf("M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0z", x-r, y, r, r, 2*r, r, r, -2*r)
}

// legend places the legend under the plot: the score's line first, then each kind, three to a row.
func (c *Chart) legend(p *i18n.Printer) {
	items := []LegendItem{{Title: p.T("crp_chart_legend_score", i18n.Args{"Score": p.Count(c.Score)}), Score: true, Dash: "7 4"}}
	for i, s := range c.Series {
		items = append(items, LegendItem{Title: s.Title, Dash: s.Dash, Fill: s.Fill, Marker: seriesLooks[i%len(seriesLooks)].shape})
	}
	const perRow = 2
	for i := range items {
		it := &items[i]
		it.X = plotL + float64(i%perRow)*((plotR-plotL)/perRow)
		it.Y = legendY + float64(i/perRow)*legendRow
		if it.Marker != "" {
			it.Marker = marker(it.Marker, it.X+12, it.Y)
		}
	}
	c.Legend = items
	if rows := (len(items) + perRow - 1) / perRow; rows > 2 {
		c.H = chartH + (rows-2)*legendRow
	}
}

// describe is the chart in one sentence.
func (c *Chart) describe(p *i18n.Printer, first, last time.Time) string {
	n, lo, hi, in := 0, 0, 0, 0
	for _, s := range c.Summary {
		n += s.Rounds
		in += s.Invited
		if s.Rounds > 0 && (lo == 0 || s.Lowest < lo) {
			lo = s.Lowest
		}
		hi = max(hi, s.Highest)
	}
	return p.T("crp_chart_desc", i18n.Args{"Rounds": p.N("crp_rounds_n", n, nil), "From": p.Date(first), "To": p.Date(last),
		"Low": p.Count(lo), "High": p.Count(hi), "Score": p.Count(c.Score), "In": p.Count(in)})
}
