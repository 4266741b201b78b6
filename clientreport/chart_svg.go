package clientreport

import (
	"html"
	"html/template"
	"strconv"
	"strings"
)

// SVG is the chart as inline SVG markup, written here rather than by the HTML template: a chart
// holds a hundred rounds, and the template's reflection and escaping for each of their numbers
// took most of the page's writing time. Every text in it (titles, labels: cleaned by Build) is
// escaped here with html.EscapeString, and every number is formatted with strconv, so the result
// is safe to write as it is.
func (c Chart) SVG() template.HTML {
	var b strings.Builder
	b.Grow(16 << 10)
	w := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	f, esc := svgNum, html.EscapeString
	w(`<svg viewBox="0 0 `, strconv.Itoa(c.W), ` `, strconv.Itoa(c.H), `" role="img" aria-labelledby="chart-title chart-desc" font-family="sans-serif" font-size="11">`, "\n")
	w(`<title id="chart-title">`, esc(c.Title), "</title>\n")
	w(`<desc id="chart-desc">`, esc(c.Desc), "</desc>\n")
	w(`<rect x="`, f(c.PlotL), `" y="`, f(c.PlotT), `" width="`, f(c.PlotR-c.PlotL), `" height="`, f(c.PlotB-c.PlotT), `" fill="none" stroke="#000" stroke-width="1"/>`, "\n")
	for _, t := range c.YTicks {
		w(`<line x1="`, f(c.PlotL), `" x2="`, f(c.PlotR), `" y1="`, f(t.Pos), `" y2="`, f(t.Pos), `" stroke="#ccc" stroke-width=".6"/>`, "\n")
		w(`<text x="`, f(c.PlotL-5), `" y="`, f(t.Pos+4), `" text-anchor="end">`, esc(t.Label), "</text>\n")
	}
	for _, t := range c.XTicks {
		w(`<line x1="`, f(t.Pos), `" x2="`, f(t.Pos), `" y1="`, f(c.PlotB), `" y2="`, f(c.PlotB+4), `" stroke="#000"/>`, "\n")
		w(`<text x="`, f(t.Pos), `" y="`, f(c.PlotB+16), `" text-anchor="middle">`, esc(t.Label), "</text>\n")
	}
	mid := f((c.PlotT + c.PlotB) / 2)
	w(`<text x="12" y="`, mid, `" text-anchor="middle" transform="rotate(-90 12 `, mid, `)">`, esc(c.YAxis), `</text>`, "\n")
	w(`<text x="`, f((c.PlotL+c.PlotR)/2), `" y="`, f(c.PlotB+30), `" text-anchor="middle">`, esc(c.XAxis), `</text>`, "\n")
	w(`<line x1="`, f(c.PlotL), `" x2="`, f(c.PlotR), `" y1="`, f(c.ScoreY), `" y2="`, f(c.ScoreY), `" stroke="#000" stroke-width="2.2" stroke-dasharray="7 4"/>`, "\n")
	w(`<text x="`, f(c.PlotR-4), `" y="`, f(c.ScoreY-5), `" text-anchor="end" font-weight="bold">`, esc(c.ScoreLabel), "</text>\n")
	for _, s := range c.Series {
		w(`<g><polyline points="`, esc(s.Line), `" fill="none" stroke="#000" stroke-width="1"`, dashAttr(s.Dash), "/>\n")
		for _, p := range s.Points {
			w(`<path d="`, esc(p.D), `" fill="`, esc(s.Fill), `" stroke="#000" stroke-width="1.2"><title>`, esc(p.Label), "</title></path>\n")
		}
		w("</g>\n")
	}
	for _, l := range c.Legend {
		x, y, x2 := f(l.X), f(l.Y), f(l.X+24)
		if l.Score {
			w(`<line x1="`, x, `" x2="`, x2, `" y1="`, y, `" y2="`, y, `" stroke="#000" stroke-width="2.2" stroke-dasharray="`, esc(l.Dash), `"/>`)
		} else {
			w(`<line x1="`, x, `" x2="`, x2, `" y1="`, y, `" y2="`, y, `" stroke="#000"`, dashAttr(l.Dash), `/><path d="`, esc(l.Marker), `" fill="`, esc(l.Fill), `" stroke="#000" stroke-width="1.2"/>`)
		}
		w("\n", `<text x="`, f(l.X+30), `" y="`, f(l.Y+4), `">`, esc(l.Title), "</text>\n")
	}
	w("</svg>")
	return template.HTML(b.String()) //nolint:gosec // every text above is escaped, every number formatted here
}

// dashAttr is a stroke-dasharray attribute with its leading space, or nothing for a solid line.
func dashAttr(dash string) string {
	if dash == "" {
		return ""
	}
	return ` stroke-dasharray="` + html.EscapeString(dash) + `"`
}

// svgNum is a coordinate as the SVG writes it: the shortest decimal that reads back the same.
func svgNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
