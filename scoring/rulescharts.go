package scoring

import (
	"math"
	"sort"
	"time"
)

// Every date of a rules file lies in this range; anything outside it is a typo, or Go's zero time
// (0001-01-01), which the code would read as "no date".
var (
	firstRulesDay = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	lastRulesDay  = time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)
)

// rulesDate reads a TOML local date (2024-05-31) from firstRulesDay to lastRulesDay, by the rule of
// every date the program reads (dates.go): not a time of day, not a date with a time.
func rulesDate(t *table, k string, required bool) time.Time {
	return t.dateIn(k, required, firstRulesDay, lastRulesDay, msg("err_what_rules_date"))
}

// readCharts reads the language charts and checks that each test has one current chart and at
// most one chart on any day.
func readCharts(t *table, r *Rules) {
	ids := make([]string, 0, len(t.m))
	for id := range t.m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		c := readChart(t.sub(id, true), id, r)
		r.Charts[c.Test] = append(r.Charts[c.Test], c)
	}
	tests := r.TestNames()
	for _, test := range tests {
		checkChartDates(t, test, r.Charts[test])
	}
	for _, need := range []string{"clb", "nclc"} {
		if len(r.Charts[need]) == 0 {
			t.d.add(t.key(need), "err_missing_chart_needed_levels", need)
		}
	}
}

// readChart reads one chart: its dates, its scale and step, and its levels.
func readChart(ct *table, id string, r *Rules) *Chart {
	c := &Chart{ID: id}
	c.Name = ct.str("name", true, id)
	c.Test = ct.str("test", false, id)
	c.Language = ct.str("language", true, "")
	if c.Language != "english" && c.Language != "french" {
		ct.d.add(ct.key("language"), "err_english_french", q(c.Language))
	}
	c.Source = ct.str("source", true, "")
	c.Checked = rulesDate(ct, "checked", true)
	r.Sources = append(r.Sources, Source{Table: ct.path, URL: c.Source, Checked: c.Checked})
	c.ValidFrom = rulesDate(ct, "valid_from", false)
	c.ValidUntil = rulesDate(ct, "valid_until", false)
	if !c.ValidFrom.IsZero() && c.ValidUntil.Before(c.ValidFrom) && !c.ValidUntil.IsZero() {
		ct.d.add(ct.key("valid_until"), "err_before_valid_from_last", c.ValidUntil.Format(time.DateOnly), c.ValidFrom.Format(time.DateOnly))
	}
	step, ok := ct.number("step", true)
	c.Step = step
	if ok && step <= 0 {
		ct.d.add(ct.key("step"), "err_smallest_increment_score_number", fmtScore(c.Step))
		c.Step = 0
	}
	sc := ct.sub("scale", true)
	var valid [NumAbilities]bool
	for a := Ability(0); a < NumAbilities; a++ {
		c.Scale[a], valid[a] = scale(sc, a.String())
		if valid[a] && c.Step > 0 && c.Check(a, c.Scale[a][1]) != nil {
			sc.d.add(sc.key(a.String()), "err_highest_score_must_be", fmtScore(c.Scale[a][0]), fmtScore(c.Scale[a][1]), fmtScore(c.Step))
		}
	}
	sc.done(abilityNames[:]...)
	readLevels(ct, c, valid)
	ct.done("name", "test", "language", "source", "checked", "valid_from", "valid_until", "step", "scale", "levels")
	return c
}

// readLevels reads a chart's levels: from the highest down, one at a time, each minimum a score
// the test can give (checked where the scale is valid) and below the level above.
func readLevels(ct *table, c *Chart, valid [NumAbilities]bool) {
	for i, row := range ct.rows("levels") {
		var l ChartLevel
		l.CLB = row.integer("clb", true, 0, 1, 12)
		for a := Ability(0); a < NumAbilities; a++ {
			l.Min[a], _ = row.number(a.String(), true)
			if err := c.Check(a, l.Min[a]); err != nil && valid[a] {
				row.d.add(row.key(a.String()), "err_clb_minimum", l.CLB, err)
			}
		}
		row.done("clb", "listening", "reading", "writing", "speaking")
		if i > 0 {
			prev := c.Levels[i-1]
			if l.CLB != prev.CLB-1 {
				row.d.add(row.key("clb"), "err_levels_must_run_from", l.CLB, prev.CLB)
			}
			for a := Ability(0); a < NumAbilities; a++ {
				if l.Min[a] >= prev.Min[a] {
					row.d.add(row.key(a.String()), "err_clb_needs_not_less", l.CLB, fmtScore(l.Min[a]), a, prev.CLB, fmtScore(prev.Min[a]))
				}
			}
		}
		c.Levels = append(c.Levels, l)
	}
	if len(c.Levels) == 0 {
		ct.d.add(ct.key("levels"), "err_at_least_one_level")
	} else if c.Levels[0].CLB < 10 {
		ct.d.add(ct.key("levels"), "err_highest_level_clb_crs", c.Levels[0].CLB)
	}
}

// checkChartDates checks the charts of one test: the same language, one current chart (without
// valid_until), and no day with two charts. It sorts cs by the first day each is used.
func checkChartDates(t *table, test string, cs []*Chart) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].ValidFrom.Before(cs[j].ValidFrom) })
	current := 0
	for _, c := range cs {
		if c.ValidUntil.IsZero() {
			current++
		}
		if c.Language != cs[0].Language {
			t.d.add(t.key(c.ID), "err_language_differs_from_other", q(c.Language), q(test), q(cs[0].Language))
		}
	}
	if current != 1 {
		t.d.add(t.key(test), "err_test_needs_exactly_one", q(test), current)
	}
	for i := 1; i < len(cs); i++ {
		prev, next := cs[i-1], cs[i]
		if !prev.ValidUntil.IsZero() && prev.ValidUntil.Before(next.ValidFrom) {
			continue
		}
		until, from := any(msg("err_no_valid_until")), msg("err_from_first_day")
		if !prev.ValidUntil.IsZero() {
			until = iso(prev.ValidUntil)
		}
		if !next.ValidFrom.IsZero() {
			from = msg("err_valid_from", iso(next.ValidFrom))
		}
		t.d.add(t.key(prev.ID)+".valid_until", "err_overlaps_two_charts_test", until, t.key(next.ID), from, q(test))
	}
}

// scale reads a [lowest, highest] pair of scores: finite, not negative, the highest above the
// lowest. It returns false when the pair is not that.
func scale(t *table, k string) ([2]float64, bool) {
	v, ok := t.get(k)
	if !ok {
		t.d.add(t.key(k), "err_missing_lowest_highest")
		return [2]float64{}, false
	}
	arr, isArr := v.([]any)
	if !isArr || len(arr) != 2 {
		t.d.add(t.key(k), "err_lowest_highest", fileValue{v})
		return [2]float64{}, false
	}
	var out [2]float64
	for i, e := range arr {
		switch n := e.(type) {
		case int64:
			out[i] = float64(n)
		case float64:
			out[i] = n
		default:
			t.d.add(t.key(k), "err_numbers", fileValue{e})
			return [2]float64{}, false
		}
	}
	switch {
	case math.IsNaN(out[0]) || math.IsNaN(out[1]) || math.IsInf(out[0], 0) || math.IsInf(out[1], 0):
		t.d.add(t.key(k), "err_finite_scores", fmtScore(out[0]), fmtScore(out[1]))
		return [2]float64{}, false
	case out[0] < 0:
		t.d.add(t.key(k), "err_scores_are_not_negative", fmtScore(out[0]), fmtScore(out[1]))
		return out, false
	case out[1] <= out[0]:
		t.d.add(t.key(k), "err_highest_score_must_be2", fmtScore(out[0]), fmtScore(out[1]))
		return out, false
	}
	return out, true
}
