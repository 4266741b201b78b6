package scoring

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// LoadRules reads a rules file (the format of rules.toml) and checks it: unknown or missing keys,
// values out of range, tables that are out of order or incomplete, dates that are not dates, charts
// that overlap, and caps that don't add up, on the current tables and on every day a dated
// amendment starts or ends. file names the file in errors. The error, when not nil, is a Problems
// listing everything found; rules it accepts are sound on every day from meta.earliest on.
func LoadRules(file string, data []byte) (*Rules, error) {
	d, m, err := parseDoc(file, data)
	if err != nil {
		return nil, err
	}
	return loadTree(d, m)
}

// loadTree reads and checks the rules from a decoded TOML tree.
func loadTree(d *doc, m map[string]any) (*Rules, error) {
	r := &Rules{File: d.file, Charts: map[string][]*Chart{}}
	sc := r.scalars()
	root := d.root(m)
	readMeta(root.sub("meta", true), r)
	readTiming(root.sub("timing", true), r, sc)
	readCRS(root.sub("crs", true), r, sc)
	readFSW(root.sub("fsw", true), r, sc)
	readCEC(root.sub("cec", true), r, sc)
	readFST(root.sub("fst", true), r)
	readWork(root.sub("work", true), r)
	readCharts(root.sub("language", true), r)
	readCategories(root.sub("categories", true), r)
	readFees(root.sub("fees", true), r)
	readChecklist(root.sub("checklist", true), r)
	readHistory(root, r, sc)
	root.done("meta", "timing", "crs", "fsw", "cec", "fst", "work", "language", "categories", "fees", "checklist", "history")
	if len(d.probs) == 0 {
		checkEveryDay(d, r)
	}
	if err := d.err(); err != nil {
		return nil, err
	}
	return r, nil
}

func source(t *table, r *Rules) {
	s := Source{Table: t.path, URL: t.str("source", true, ""), Checked: rulesDate(t, "checked", true)}
	r.Sources = append(r.Sources, s)
}

func readMeta(t *table, r *Rules) {
	r.Title = t.str("title", true, "")
	r.InForce = rulesDate(t, "in_force", true)
	r.Earliest = rulesDate(t, "earliest", true)
	if !r.Earliest.IsZero() && r.Earliest.After(r.InForce) && !r.InForce.IsZero() {
		t.d.add(t.key("earliest"), "err_after_meta_force_earliest", r.Earliest.Format(time.DateOnly), r.InForce.Format(time.DateOnly))
	}
	t.done("title", "in_force", "earliest")
}

func readTiming(t *table, r *Rules, sc map[string]scalar) {
	source(t, r)
	t.readScalars(r, sc, "ita_window_days", "pool_months", "language_test_valid_years", "eca_valid_years")
	t.done("source", "checked", "ita_window_days", "pool_months", "language_test_valid_years", "eca_valid_years")
}

func readCRS(t *table, r *Rules, sc map[string]scalar) {
	c := &r.CRS
	source(t, r)
	c.Total = t.integer("total", true, 0, 1, maxTotal)
	top := r.pointsTop()

	core := t.sub("core", true)
	c.CoreCapWith = core.integer("cap_with_spouse", true, 0, 0, top)
	c.CoreCapWithout = core.integer("cap_without_spouse", true, 0, 0, top)
	c.Age = readPair(core.sub("age", true), "age", 0, 120, top)
	c.Education = readPairByLevel(core.sub("education", true), top)
	c.FirstLanguage = readPair(core.sub("first_language", true), "clb", 0, 12, top)
	sl := core.sub("second_language", true)
	sl.readScalars(r, sc, "cap_with_spouse", "cap_without_spouse")
	c.SecondLanguage = readPairRows(sl, "clb", 0, 12, top)
	sl.done("cap_with_spouse", "cap_without_spouse", "rows")
	c.CanadianWork = readPair(core.sub("canadian_work", true), "years", 0, 60, top)
	core.done("cap_with_spouse", "cap_without_spouse", "age", "education", "first_language", "second_language", "canadian_work")

	sp := t.sub("spouse", true)
	sp.readScalars(r, sc, "cap")
	c.SpouseEducation = readByLevel(sp.sub("education", true), top)
	c.SpouseLanguage = readSteps(sp.sub("language", true), "clb", 0, 12, top)
	c.SpouseCanadianWork = readSteps(sp.sub("canadian_work", true), "years", 0, 60, top)
	sp.done("cap", "education", "language", "canadian_work")

	tr := t.sub("transferability", true)
	tr.readScalars(r, sc, "cap", "education_group_cap", "foreign_work_group_cap", "certificate_group_cap")
	c.EducationLanguage = readLevelGrid(tr.sub("education_language", true), "clb", top)
	c.EducationCanadianWork = readLevelGrid(tr.sub("education_canadian_work", true), "years", top)
	c.ForeignLanguage = readYearsGrid(tr.sub("foreign_work_language", true), "clb", top)
	c.ForeignCanadianWork = readYearsGrid(tr.sub("foreign_work_canadian_work", true), "years", top)
	cert := tr.sub("certificate_language", true)
	c.CertificateCols = columns(cert, "clb")
	c.CertificatePoints = cells(cert, "points", top)
	cert.done("clb", "points")
	tr.done("cap", "education_group_cap", "foreign_work_group_cap", "certificate_group_cap", "education_language",
		"education_canadian_work", "foreign_work_language", "foreign_work_canadian_work", "certificate_language")

	ad := t.sub("additional", true)
	ad.readScalars(r, sc, "cap", "provincial_nomination", "sibling", "job_offer_major_group_00", "job_offer_teer_0_to_3")
	fr := ad.sub("french", true)
	fr.readScalars(r, sc, "nclc", "english_clb", "without_english", "with_english")
	fr.done("nclc", "english_clb", "without_english", "with_english")
	st := ad.sub("canadian_education", true)
	st.readScalars(r, sc, "one_or_two_year", "three_year_or_more")
	st.done("one_or_two_year", "three_year_or_more")
	ad.done("cap", "provincial_nomination", "sibling", "job_offer_major_group_00", "job_offer_teer_0_to_3", "french", "canadian_education")

	t.done("source", "checked", "total", "core", "spouse", "transferability", "additional")
}

func readFSW(t *table, r *Rules, sc map[string]scalar) {
	f := &r.FSW
	source(t, r)
	t.readScalars(r, sc, "pass_mark", "min_clb")
	f.MinWorkYears = t.integer("min_work_years", true, 0, 0, 10)
	lang := t.sub("language", true)
	f.Language = readStepsRows(lang, "clb", 0, 12, fswGrid)
	f.SecondCLB = lang.integer("second_language_clb", true, 0, 1, 12)
	f.SecondPoints = lang.integer("second_language_points", true, 0, 0, fswGrid)
	lang.done("rows", "second_language_clb", "second_language_points")
	f.Education = readByLevel(t.sub("education", true), fswGrid)
	f.Experience = readSteps(t.sub("experience", true), "years", 0, 60, fswGrid)
	f.Age = readSteps(t.sub("age", true), "age", 0, 120, fswGrid)
	ae := t.sub("arranged_employment", true)
	ae.readScalars(r, sc, "points")
	ae.done("points")
	ad := t.sub("adaptability", true)
	f.AdaptCap = ad.integer("cap", true, 0, 0, fswGrid)
	f.AdaptSpouseCL = ad.integer("spouse_language_clb", true, 0, 1, 12)
	f.AdaptSpouseLang = ad.integer("spouse_language", true, 0, 0, fswGrid)
	f.AdaptStudy = ad.integer("study_in_canada", true, 0, 0, fswGrid)
	f.AdaptSpouseStudy = ad.integer("spouse_study_in_canada", true, 0, 0, fswGrid)
	f.AdaptWork = ad.integer("work_in_canada", true, 0, 0, fswGrid)
	f.AdaptSpouseWork = ad.integer("spouse_work_in_canada", true, 0, 0, fswGrid)
	f.AdaptArranged = ad.integer("arranged_employment", true, 0, 0, fswGrid)
	f.AdaptRelative = ad.integer("relative_in_canada", true, 0, 0, fswGrid)
	ad.done("cap", "spouse_language_clb", "spouse_language", "study_in_canada", "spouse_study_in_canada",
		"work_in_canada", "spouse_work_in_canada", "arranged_employment", "relative_in_canada")
	readFunds(t.sub("settlement_funds", true), r)
	t.done("source", "checked", "pass_mark", "min_work_years", "min_clb", "language", "education", "experience",
		"age", "arranged_employment", "adaptability", "settlement_funds")
}

// maxFunds bounds a settlement-funds amount (CAD): far above any real table, low enough that no sum
// of them overflows.
const maxFunds = 1_000_000

// readFunds reads the settlement-funds tables: positive amounts rising with family size, newest
// table first.
func readFunds(sf *table, r *Rules) {
	f := &r.FSW
	source(sf, r)
	for i, row := range sf.rows("tables") {
		ft := FundsTable{From: rulesDate(row, "from", true), ByFamily: amounts(row, "by_family_size"),
			EachExtra: row.integer("each_additional", true, 0, 1, maxFunds)}
		for j := 1; j < len(ft.ByFamily); j++ {
			if ft.ByFamily[j] <= ft.ByFamily[j-1] {
				row.d.add(row.key("by_family_size"), "err_amounts_must_rise_with", j, ft.ByFamily[j-1], j+1, ft.ByFamily[j])
			}
		}
		if i > 0 && !ft.From.Before(f.FundsTables[i-1].From) {
			row.d.add(row.key("from"), "err_not_before_table_above", ft.From.Format(time.DateOnly), f.FundsTables[i-1].From.Format(time.DateOnly))
		}
		row.done("from", "by_family_size", "each_additional")
		f.FundsTables = append(f.FundsTables, ft)
	}
	if len(f.FundsTables) > 0 {
		f.Funds, f.FundsKnown = f.FundsTables[0], true
	}
	sf.done("source", "checked", "tables")
}

// amounts reads the funds for 1, 2, 3 ... people: at least one, each from 1 to maxFunds.
func amounts(t *table, k string) []int {
	xs := t.ints(k, true)
	if xs == nil {
		return nil
	}
	if len(xs) == 0 {
		t.d.add(t.key(k), "err_funds_1_2_3")
	}
	for i, x := range xs {
		if x < 1 || x > maxFunds {
			t.d.add(fmt.Sprintf("%s[%d]", t.key(k), i), "err_out_range_amount_from2", x, maxFunds)
		}
	}
	return xs
}

func readCEC(t *table, r *Rules, sc map[string]scalar) {
	source(t, r)
	r.CEC.MinWorkYearsLast3 = t.integer("min_canadian_work_years_last_3", true, 0, 0, 3)
	t.readScalars(r, sc, "min_clb_teer_0_1", "min_clb_teer_2_3")
	t.done("source", "checked", "min_canadian_work_years_last_3", "min_clb_teer_0_1", "min_clb_teer_2_3")
}

func readFST(t *table, r *Rules) {
	source(t, r)
	r.FST.MinTradeYearsLast5 = t.integer("min_trade_work_years_last_5", true, 0, 0, 5)
	for a := Ability(0); a < NumAbilities; a++ {
		r.FST.MinCLB[a] = t.integer("min_clb_"+a.String(), true, 0, 1, 12)
	}
	t.done("source", "checked", "min_trade_work_years_last_5", "min_clb_listening", "min_clb_reading", "min_clb_writing", "min_clb_speaking")
}

// readScalars reads the keys of t that a dated amendment may also set, each in the range of its kind,
// into the fields sc names.
func (t *table) readScalars(r *Rules, sc map[string]scalar, keys ...string) {
	for _, k := range keys {
		s := sc[t.key(k)]
		lo, hi := r.bounds(s.kind)
		*s.p = t.integer(k, true, 0, lo, hi)
	}
}

func readHistory(root *table, r *Rules, sc map[string]scalar) {
	v, ok := root.get("history")
	if !ok {
		return
	}
	hist := &table{d: root.d, m: map[string]any{"history": v}, used: map[string]bool{}}
	allowed := make([]string, 0, len(sc))
	for k := range sc {
		allowed = append(allowed, k)
	}
	sort.Strings(allowed)
	for _, h := range hist.rows("history") {
		p := Period{From: rulesDate(h, "from", true), Until: rulesDate(h, "until", false), What: h.str("what", true, ""),
			Source: h.str("source", true, ""), Set: map[string]int{}}
		checkPeriodDates(h, r, p)
		set := h.sub("set", true)
		keys := make([]string, 0, len(set.m))
		for k := range set.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s, known := sc[k]
			if !known {
				continue // reported by done below
			}
			lo, hi := r.bounds(s.kind)
			p.Set[k] = set.integer(k, true, 0, lo, hi)
		}
		set.done(allowed...)
		h.done("from", "until", "what", "source", "set")
		if p.Until.IsZero() && !r.InForce.IsZero() {
			p.Until = r.InForce.AddDate(0, 0, -1)
		}
		r.History = append(r.History, p)
	}
}

// checkPeriodDates checks that a period lies between meta.earliest and the day before meta.in_force.
func checkPeriodDates(h *table, r *Rules, p Period) {
	if !p.Until.IsZero() && p.Until.Before(p.From) {
		h.d.add(h.key("until"), "err_before_from2", p.Until.Format(time.DateOnly), p.From.Format(time.DateOnly))
	}
	if r.InForce.IsZero() {
		return
	}
	if !p.From.Before(r.InForce) {
		h.d.add(h.key("from"), "err_not_before_meta_force", p.From.Format(time.DateOnly), r.InForce.Format(time.DateOnly))
	}
	if !p.Until.IsZero() && !p.Until.Before(r.InForce) {
		h.d.add(h.key("until"), "err_date_before_meta_force", p.Until.Format(time.DateOnly), r.InForce.Format(time.DateOnly))
	}
	if !r.Earliest.IsZero() && p.From.Before(r.Earliest) {
		h.d.add(h.key("from"), "err_before_meta_earliest", p.From.Format(time.DateOnly), r.Earliest.Format(time.DateOnly))
	}
}

// readPair reads a table with a rows array of { key = N, with_spouse = N, without_spouse = N }.
func readPair(t *table, key string, lo, hi, top int) Pair {
	p := readPairRows(t, key, lo, hi, top)
	t.done("rows")
	return p
}

func readPairRows(t *table, key string, lo, hi, top int) Pair {
	var p Pair
	for _, row := range t.rows("rows") {
		p.With.From = append(p.With.From, row.integer(key, true, 0, lo, hi))
		p.With.Points = append(p.With.Points, row.integer("with_spouse", true, 0, 0, top))
		p.Without.Points = append(p.Without.Points, row.integer("without_spouse", true, 0, 0, top))
		row.done(key, "with_spouse", "without_spouse")
	}
	p.Without.From = p.With.From
	checkThresholds(t, key, p.With.From)
	noLevelNoPoints(t, key, p.With.Points, p.Without.Points)
	return p
}

// readSteps reads a table with a rows array of { key = N, points = N }.
func readSteps(t *table, key string, lo, hi, top int) Steps {
	s := readStepsRows(t, key, lo, hi, top)
	t.done("rows")
	return s
}

func readStepsRows(t *table, key string, lo, hi, top int) Steps {
	var s Steps
	for _, row := range t.rows("rows") {
		s.From = append(s.From, row.integer(key, true, 0, lo, hi))
		s.Points = append(s.Points, row.integer("points", true, 0, 0, top))
		row.done(key, "points")
	}
	checkThresholds(t, key, s.From)
	noLevelNoPoints(t, key, s.Points)
	return s
}

// noLevelNoPoints checks that the first row of a language table (CLB 0: below the chart's lowest
// level) gives no points, as no result gives none.
func noLevelNoPoints(t *table, key string, points ...[]int) {
	if key != "clb" {
		return
	}
	for _, ps := range points {
		if len(ps) > 0 && ps[0] != 0 {
			t.d.add(t.key("rows")+"[0]", "err_points_clb_0_below", ps[0])
			return
		}
	}
}

func checkThresholds(t *table, key string, from []int) {
	if len(from) == 0 {
		t.d.add(t.key("rows"), "err_at_least_one_row")
		return
	}
	if from[0] != 0 {
		t.d.add(t.key("rows")+"[0]", "err_first_row_must_start", key, from[0])
	}
	for i := 1; i < len(from); i++ {
		if from[i] <= from[i-1] {
			t.d.add(fmt.Sprintf("%s[%d]", t.key("rows"), i), "err_after_rows_must_be", key, from[i], from[i-1])
		}
	}
}

// levelRows reads rows keyed by level of education: every level once, in order.
func levelRows(t *table, read func(row *table, e Education)) {
	rows := t.rows("rows")
	seen := [NumEducation]bool{}
	next := 0
	for _, row := range rows {
		e := Education(row.enum("level", true, -1, EducationNames))
		if e < 0 {
			continue
		}
		if seen[e] {
			row.d.add(row.key("level"), "err_level_appears_twice", q(e))
			continue
		}
		if int(e) != next {
			row.d.add(row.key("level"), "err_level_out_order", q(e), strings.Join(EducationNames, ", "))
		}
		seen[e] = true
		next = int(e) + 1
		read(row, e)
	}
	if len(rows) > 0 {
		for e, ok := range seen {
			if !ok {
				t.d.add(t.key("rows"), "err_missing_level_every_level", q(Education(e)), strings.Join(EducationNames, ", "))
			}
		}
	}
}

func readByLevel(t *table, top int) ByLevel {
	var b ByLevel
	levelRows(t, func(row *table, e Education) {
		b[e] = row.integer("points", true, 0, 0, top)
		row.done("level", "points")
	})
	t.done("rows")
	return b
}

func readPairByLevel(t *table, top int) PairByLevel {
	var p PairByLevel
	levelRows(t, func(row *table, e Education) {
		p.With[e] = row.integer("with_spouse", true, 0, 0, top)
		p.Without[e] = row.integer("without_spouse", true, 0, 0, top)
		row.done("level", "with_spouse", "without_spouse")
	})
	t.done("rows")
	return p
}

func readLevelGrid(t *table, col string, top int) LevelGrid {
	var g LevelGrid
	g.Cols = columns(t, col)
	levelRows(t, func(row *table, e Education) {
		g.Points[e] = cells(row, "points", top)
		row.done("level", "points")
	})
	t.done(col, "rows")
	return g
}

func readYearsGrid(t *table, col string, top int) YearsGrid {
	var g YearsGrid
	g.Cols = columns(t, col)
	for _, row := range t.rows("rows") {
		g.From = append(g.From, row.integer("years", true, 0, 0, 60))
		g.Points = append(g.Points, cells(row, "points", top))
		row.done("years", "points")
	}
	checkThresholds(t, "years", g.From)
	t.done(col, "rows")
	return g
}

// pair reads a two-element array of whole numbers from lo to hi.
func pair(t *table, k, what string, lo, hi int) [2]int {
	xs := t.ints(k, true)
	if xs == nil {
		return [2]int{}
	}
	if len(xs) != 2 {
		t.d.add(t.key(k), "err_two_numbers_got", what, len(xs))
		return [2]int{}
	}
	for i, x := range xs {
		if x < lo || x > hi {
			t.d.add(fmt.Sprintf("%s[%d]", t.key(k), i), "err_out_range_whole_number3", x, lo, hi)
		}
	}
	return [2]int{xs[0], xs[1]}
}

// columns reads the two columns of a grid: the CLB levels or years of work each column starts at.
// A column starts at 1 or more: at 0 it would give points for no language result or no work.
func columns(t *table, k string) [2]int {
	hi := 12
	if k == "years" {
		hi = 60
	}
	return pair(t, k, "first column, second column", 1, hi)
}

// cells reads the two points of a grid row, each from 0 to top.
func cells(t *table, k string, top int) [2]int {
	return pair(t, k, "first column, second column", 0, top)
}

func (b *ByLevel) max() int { return maxOf(b[:]) }
