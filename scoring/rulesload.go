package scoring

import (
	"fmt"
	"sort"
	"strings"
)

// LoadRules reads a rules file (the format of rules.toml) and checks it: unknown or missing keys,
// tables that are out of order or incomplete, and caps that don't add up. file names the file in
// errors. The error, when not nil, is a Problems listing everything found.
func LoadRules(file string, data []byte) (*Rules, error) {
	d, m, err := parseDoc(file, data)
	if err != nil {
		return nil, err
	}
	r := &Rules{File: file, Charts: map[string][]*Chart{}}
	root := d.root(m)
	readMeta(root.sub("meta", true), r)
	readTiming(root.sub("timing", true), r)
	readCRS(root.sub("crs", true), r)
	readFSW(root.sub("fsw", true), r)
	readCEC(root.sub("cec", true), r)
	readFST(root.sub("fst", true), r)
	readCharts(root.sub("language", true), r)
	readHistory(root, r)
	root.done("meta", "timing", "crs", "fsw", "cec", "fst", "language", "history")
	if len(d.probs) == 0 {
		checkCaps(d, r)
	}
	if err := d.err(); err != nil {
		return nil, err
	}
	return r, nil
}

func source(t *table, r *Rules) {
	s := Source{Table: t.path, URL: t.str("source", true, ""), Checked: t.date("checked", true)}
	r.Sources = append(r.Sources, s)
}

func readMeta(t *table, r *Rules) {
	r.Title = t.str("title", true, "")
	r.InForce = t.date("in_force", true)
	r.Earliest = t.date("earliest", true)
	t.done("title", "in_force", "earliest")
}

func readTiming(t *table, r *Rules) {
	source(t, r)
	r.Timing = Timing{
		ITAWindowDays:      t.integer("ita_window_days", true, 0, 1, 366),
		PoolMonths:         t.integer("pool_months", true, 0, 1, 120),
		LanguageValidYears: t.integer("language_test_valid_years", true, 0, 1, 20),
		ECAValidYears:      t.integer("eca_valid_years", true, 0, 1, 20),
	}
	t.done("source", "checked", "ita_window_days", "pool_months", "language_test_valid_years", "eca_valid_years")
}

const maxPoints = 1200

func readCRS(t *table, r *Rules) {
	c := &r.CRS
	source(t, r)
	c.Total = t.integer("total", true, 0, 1, 10000)

	core := t.sub("core", true)
	c.CoreCapWith = core.integer("cap_with_spouse", true, 0, 0, maxPoints)
	c.CoreCapWithout = core.integer("cap_without_spouse", true, 0, 0, maxPoints)
	c.Age = readPair(core.sub("age", true), "age", 0, 120)
	c.Education = readPairByLevel(core.sub("education", true))
	c.FirstLanguage = readPair(core.sub("first_language", true), "clb", 0, 12)
	sl := core.sub("second_language", true)
	c.SecondCapWith = sl.integer("cap_with_spouse", true, 0, 0, maxPoints)
	c.SecondCapWithout = sl.integer("cap_without_spouse", true, 0, 0, maxPoints)
	c.SecondLanguage = readPairRows(sl, "clb", 0, 12)
	sl.done("cap_with_spouse", "cap_without_spouse", "rows")
	c.CanadianWork = readPair(core.sub("canadian_work", true), "years", 0, 60)
	core.done("cap_with_spouse", "cap_without_spouse", "age", "education", "first_language", "second_language", "canadian_work")

	sp := t.sub("spouse", true)
	c.SpouseCap = sp.integer("cap", true, 0, 0, maxPoints)
	c.SpouseEducation = readByLevel(sp.sub("education", true))
	c.SpouseLanguage = readSteps(sp.sub("language", true), "clb", 0, 12)
	c.SpouseCanadianWork = readSteps(sp.sub("canadian_work", true), "years", 0, 60)
	sp.done("cap", "education", "language", "canadian_work")

	tr := t.sub("transferability", true)
	c.TransferCap = tr.integer("cap", true, 0, 0, maxPoints)
	c.EducationGroupCap = tr.integer("education_group_cap", true, 0, 0, maxPoints)
	c.ForeignWorkGroupCap = tr.integer("foreign_work_group_cap", true, 0, 0, maxPoints)
	c.CertificateGroupCap = tr.integer("certificate_group_cap", true, 0, 0, maxPoints)
	c.EducationLanguage = readLevelGrid(tr.sub("education_language", true), "clb")
	c.EducationCanadianWork = readLevelGrid(tr.sub("education_canadian_work", true), "years")
	c.ForeignLanguage = readYearsGrid(tr.sub("foreign_work_language", true), "clb")
	c.ForeignCanadianWork = readYearsGrid(tr.sub("foreign_work_canadian_work", true), "years")
	cert := tr.sub("certificate_language", true)
	c.CertificateCols = pair(cert, "clb")
	c.CertificatePoints = pair(cert, "points")
	cert.done("clb", "points")
	tr.done("cap", "education_group_cap", "foreign_work_group_cap", "certificate_group_cap", "education_language",
		"education_canadian_work", "foreign_work_language", "foreign_work_canadian_work", "certificate_language")

	ad := t.sub("additional", true)
	c.AdditionalCap = ad.integer("cap", true, 0, 0, maxPoints)
	c.Nomination = ad.integer("provincial_nomination", true, 0, 0, maxPoints)
	c.Sibling = ad.integer("sibling", true, 0, 0, maxPoints)
	c.JobOfferMajorGroup00 = ad.integer("job_offer_major_group_00", true, 0, 0, maxPoints)
	c.JobOfferTEER0to3 = ad.integer("job_offer_teer_0_to_3", true, 0, 0, maxPoints)
	fr := ad.sub("french", true)
	c.FrenchNCLC = fr.integer("nclc", true, 0, 1, 12)
	c.FrenchEnglishCLB = fr.integer("english_clb", true, 0, 1, 12)
	c.FrenchWithoutEnglish = fr.integer("without_english", true, 0, 0, maxPoints)
	c.FrenchWithEnglish = fr.integer("with_english", true, 0, 0, maxPoints)
	fr.done("nclc", "english_clb", "without_english", "with_english")
	st := ad.sub("canadian_education", true)
	c.StudyOneOrTwoYear = st.integer("one_or_two_year", true, 0, 0, maxPoints)
	c.StudyThreeYearOrMore = st.integer("three_year_or_more", true, 0, 0, maxPoints)
	st.done("one_or_two_year", "three_year_or_more")
	ad.done("cap", "provincial_nomination", "sibling", "job_offer_major_group_00", "job_offer_teer_0_to_3", "french", "canadian_education")

	t.done("source", "checked", "total", "core", "spouse", "transferability", "additional")
}

func readFSW(t *table, r *Rules) {
	f := &r.FSW
	source(t, r)
	f.PassMark = t.integer("pass_mark", true, 0, 0, 100)
	f.MinWorkYears = t.integer("min_work_years", true, 0, 0, 10)
	f.MinCLB = t.integer("min_clb", true, 0, 1, 12)
	lang := t.sub("language", true)
	f.Language = readStepsRows(lang, "clb", 0, 12)
	f.SecondCLB = lang.integer("second_language_clb", true, 0, 1, 12)
	f.SecondPoints = lang.integer("second_language_points", true, 0, 0, 100)
	lang.done("rows", "second_language_clb", "second_language_points")
	f.Education = readByLevel(t.sub("education", true))
	f.Experience = readSteps(t.sub("experience", true), "years", 0, 60)
	f.Age = readSteps(t.sub("age", true), "age", 0, 120)
	ae := t.sub("arranged_employment", true)
	f.Arranged = ae.integer("points", true, 0, 0, 100)
	ae.done("points")
	ad := t.sub("adaptability", true)
	f.AdaptCap = ad.integer("cap", true, 0, 0, 100)
	f.AdaptSpouseCL = ad.integer("spouse_language_clb", true, 0, 1, 12)
	f.AdaptSpouseLang = ad.integer("spouse_language", true, 0, 0, 100)
	f.AdaptStudy = ad.integer("study_in_canada", true, 0, 0, 100)
	f.AdaptSpouseStudy = ad.integer("spouse_study_in_canada", true, 0, 0, 100)
	f.AdaptWork = ad.integer("work_in_canada", true, 0, 0, 100)
	f.AdaptSpouseWork = ad.integer("spouse_work_in_canada", true, 0, 0, 100)
	f.AdaptArranged = ad.integer("arranged_employment", true, 0, 0, 100)
	f.AdaptRelative = ad.integer("relative_in_canada", true, 0, 0, 100)
	ad.done("cap", "spouse_language_clb", "spouse_language", "study_in_canada", "spouse_study_in_canada",
		"work_in_canada", "spouse_work_in_canada", "arranged_employment", "relative_in_canada")
	sf := t.sub("settlement_funds", true)
	source(sf, r)
	for i, row := range sf.rows("tables") {
		ft := FundsTable{From: row.date("from", true), ByFamily: row.ints("by_family_size", true),
			EachExtra: row.integer("each_additional", true, 0, 0, 1_000_000)}
		if len(ft.ByFamily) == 0 {
			row.d.addf(row.key("by_family_size"), "want the funds for 1, 2, 3 ... people, at least one amount")
		}
		for j := 1; j < len(ft.ByFamily); j++ {
			if ft.ByFamily[j] <= ft.ByFamily[j-1] {
				row.d.addf(row.key("by_family_size"), "amounts must rise with family size: %d people %d, %d people %d",
					j, ft.ByFamily[j-1], j+1, ft.ByFamily[j])
			}
		}
		if i > 0 && !ft.From.Before(f.FundsTables[i-1].From) {
			row.d.addf(row.key("from"), "%s is not before the table above it (%s): list the tables newest first",
				ft.From.Format("2006-01-02"), f.FundsTables[i-1].From.Format("2006-01-02"))
		}
		row.done("from", "by_family_size", "each_additional")
		f.FundsTables = append(f.FundsTables, ft)
	}
	if len(f.FundsTables) > 0 {
		f.Funds, f.FundsKnown = f.FundsTables[0], true
	}
	sf.done("source", "checked", "tables")
	t.done("source", "checked", "pass_mark", "min_work_years", "min_clb", "language", "education", "experience",
		"age", "arranged_employment", "adaptability", "settlement_funds")
}

func readCEC(t *table, r *Rules) {
	source(t, r)
	r.CEC = CECRules{
		MinWorkYearsLast3: t.integer("min_canadian_work_years_last_3", true, 0, 0, 3),
		MinCLBTEER01:      t.integer("min_clb_teer_0_1", true, 0, 1, 12),
		MinCLBTEER23:      t.integer("min_clb_teer_2_3", true, 0, 1, 12),
	}
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

func readCharts(t *table, r *Rules) {
	ids := make([]string, 0, len(t.m))
	for id := range t.m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ct := t.sub(id, true)
		c := &Chart{ID: id}
		c.Name = ct.str("name", true, id)
		c.Test = ct.str("test", false, id)
		c.Language = ct.str("language", true, "")
		if c.Language != "english" && c.Language != "french" {
			ct.d.addf(ct.key("language"), "%q: want \"english\" or \"french\"", c.Language)
		}
		c.Source = ct.str("source", true, "")
		c.Checked = ct.date("checked", true)
		r.Sources = append(r.Sources, Source{Table: ct.path, URL: c.Source, Checked: c.Checked})
		c.ValidFrom = ct.date("valid_from", false)
		c.ValidUntil = ct.date("valid_until", false)
		c.Step, _ = ct.number("step", true)
		if c.Step < 0 {
			ct.d.addf(ct.key("step"), "must not be negative")
		}
		sc := ct.sub("scale", true)
		for a := Ability(0); a < NumAbilities; a++ {
			c.Scale[a] = floatPair(sc, a.String())
		}
		sc.done(abilityNames[:]...)
		for i, row := range ct.rows("levels") {
			var l ChartLevel
			l.CLB = row.integer("clb", true, 0, 1, 12)
			for a := Ability(0); a < NumAbilities; a++ {
				l.Min[a], _ = row.number(a.String(), true)
				if l.Min[a] < c.Scale[a][0] || l.Min[a] > c.Scale[a][1] {
					row.d.addf(row.key(a.String()), "%s is outside the test's scale %s to %s",
						fmtScore(l.Min[a]), fmtScore(c.Scale[a][0]), fmtScore(c.Scale[a][1]))
				}
			}
			row.done("clb", "listening", "reading", "writing", "speaking")
			if i > 0 {
				prev := c.Levels[i-1]
				if l.CLB != prev.CLB-1 {
					row.d.addf(row.key("clb"), "levels must run from the highest down, one at a time: CLB %d follows CLB %d", l.CLB, prev.CLB)
				}
				for a := Ability(0); a < NumAbilities; a++ {
					if l.Min[a] >= prev.Min[a] {
						row.d.addf(row.key(a.String()), "CLB %d needs %s in %s, not less than CLB %d's %s: minimums must fall with the level",
							l.CLB, fmtScore(l.Min[a]), a, prev.CLB, fmtScore(prev.Min[a]))
					}
				}
			}
			c.Levels = append(c.Levels, l)
		}
		if len(c.Levels) == 0 {
			ct.d.addf(ct.key("levels"), "want at least one level")
		} else if c.Levels[0].CLB < 10 {
			ct.d.addf(ct.key("levels"), "the highest level is CLB %d; the CRS tables need the chart to reach CLB 10", c.Levels[0].CLB)
		}
		ct.done("name", "test", "language", "source", "checked", "valid_from", "valid_until", "step", "scale", "levels")
		r.Charts[c.Test] = append(r.Charts[c.Test], c)
	}
	for test, cs := range r.Charts {
		sort.Slice(cs, func(i, j int) bool { return cs[i].ValidFrom.Before(cs[j].ValidFrom) })
		current := 0
		for _, c := range cs {
			if c.ValidUntil.IsZero() {
				current++
			}
		}
		if current != 1 {
			t.d.addf(t.key(test), "test %q needs exactly one chart without valid_until (the current one), found %d", test, current)
		}
		for _, c := range cs[1:] {
			if c.Language != cs[0].Language {
				t.d.addf(t.key(c.ID), "language %q differs from the other %q charts (%q)", c.Language, test, cs[0].Language)
			}
		}
	}
	for _, need := range []string{"clb", "nclc"} {
		if len(r.Charts[need]) == 0 {
			t.d.addf(t.key(need), "missing: the %s chart is needed for levels typed directly", need)
		}
	}
}

func readHistory(root *table, r *Rules) {
	v, ok := root.get("history")
	if !ok {
		return
	}
	hist := &table{d: root.d, m: map[string]any{"history": v}, used: map[string]bool{}}
	fields := r.scalars()
	allowed := make([]string, 0, len(fields))
	for k := range fields {
		allowed = append(allowed, k)
	}
	sort.Strings(allowed)
	for _, h := range hist.rows("history") {
		p := Period{From: h.date("from", true), Until: h.date("until", false), What: h.str("what", true, ""),
			Source: h.str("source", true, ""), Set: map[string]int{}}
		if !p.Until.IsZero() && p.Until.Before(p.From) {
			h.d.addf(h.key("until"), "%s is before from %s", p.Until.Format("2006-01-02"), p.From.Format("2006-01-02"))
		}
		if !r.InForce.IsZero() && !p.From.Before(r.InForce) {
			h.d.addf(h.key("from"), "%s is not before meta.in_force %s: history is for what came before the current tables",
				p.From.Format("2006-01-02"), r.InForce.Format("2006-01-02"))
		}
		if !r.Earliest.IsZero() && p.From.Before(r.Earliest) {
			h.d.addf(h.key("from"), "%s is before meta.earliest %s", p.From.Format("2006-01-02"), r.Earliest.Format("2006-01-02"))
		}
		set := h.sub("set", true)
		keys := make([]string, 0, len(set.m))
		for k := range set.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if _, known := fields[k]; !known {
				continue // reported by done below
			}
			p.Set[k] = set.integer(k, true, 0, 0, maxPoints)
		}
		set.done(allowed...)
		h.done("from", "until", "what", "source", "set")
		if p.Until.IsZero() && !r.InForce.IsZero() {
			p.Until = r.InForce.AddDate(0, 0, -1)
		}
		r.History = append(r.History, p)
	}
}

// readPair reads a table with a rows array of { key = N, with_spouse = N, without_spouse = N }.
func readPair(t *table, key string, lo, hi int) Pair {
	p := readPairRows(t, key, lo, hi)
	t.done("rows")
	return p
}

func readPairRows(t *table, key string, lo, hi int) Pair {
	var p Pair
	for _, row := range t.rows("rows") {
		p.With.From = append(p.With.From, row.integer(key, true, 0, lo, hi))
		p.With.Points = append(p.With.Points, row.integer("with_spouse", true, 0, 0, maxPoints))
		p.Without.Points = append(p.Without.Points, row.integer("without_spouse", true, 0, 0, maxPoints))
		row.done(key, "with_spouse", "without_spouse")
	}
	p.Without.From = p.With.From
	checkThresholds(t, key, p.With.From)
	return p
}

// readSteps reads a table with a rows array of { key = N, points = N }.
func readSteps(t *table, key string, lo, hi int) Steps {
	s := readStepsRows(t, key, lo, hi)
	t.done("rows")
	return s
}

func readStepsRows(t *table, key string, lo, hi int) Steps {
	var s Steps
	for _, row := range t.rows("rows") {
		s.From = append(s.From, row.integer(key, true, 0, lo, hi))
		s.Points = append(s.Points, row.integer("points", true, 0, 0, maxPoints))
		row.done(key, "points")
	}
	checkThresholds(t, key, s.From)
	return s
}

func checkThresholds(t *table, key string, from []int) {
	if len(from) == 0 {
		t.d.addf(t.key("rows"), "want at least one row")
		return
	}
	if from[0] != 0 {
		t.d.addf(t.key("rows")+"[0]", "the first row must start at %s = 0 so that every value has a row, got %d", key, from[0])
	}
	for i := 1; i < len(from); i++ {
		if from[i] <= from[i-1] {
			t.d.addf(fmt.Sprintf("%s[%d]", t.key("rows"), i), "%s = %d after %d: rows must be in rising order", key, from[i], from[i-1])
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
			row.d.addf(row.key("level"), "level %q appears twice", e)
			continue
		}
		if int(e) != next {
			row.d.addf(row.key("level"), "level %q out of order: want %s", e, strings.Join(EducationNames, ", "))
		}
		seen[e] = true
		next = int(e) + 1
		read(row, e)
	}
	if len(rows) > 0 {
		for e, ok := range seen {
			if !ok {
				t.d.addf(t.key("rows"), "missing level %q: every level %s needs a row", Education(e), strings.Join(EducationNames, ", "))
			}
		}
	}
}

func readByLevel(t *table) ByLevel {
	var b ByLevel
	levelRows(t, func(row *table, e Education) {
		b[e] = row.integer("points", true, 0, 0, maxPoints)
		row.done("level", "points")
	})
	t.done("rows")
	return b
}

func readPairByLevel(t *table) PairByLevel {
	var p PairByLevel
	levelRows(t, func(row *table, e Education) {
		p.With[e] = row.integer("with_spouse", true, 0, 0, maxPoints)
		p.Without[e] = row.integer("without_spouse", true, 0, 0, maxPoints)
		row.done("level", "with_spouse", "without_spouse")
	})
	t.done("rows")
	return p
}

func readLevelGrid(t *table, col string) LevelGrid {
	var g LevelGrid
	g.Cols = pair(t, col)
	levelRows(t, func(row *table, e Education) {
		g.Points[e] = pair(row, "points")
		row.done("level", "points")
	})
	t.done(col, "rows")
	return g
}

func readYearsGrid(t *table, col string) YearsGrid {
	var g YearsGrid
	g.Cols = pair(t, col)
	for _, row := range t.rows("rows") {
		g.From = append(g.From, row.integer("years", true, 0, 0, 60))
		g.Points = append(g.Points, pair(row, "points"))
		row.done("years", "points")
	}
	checkThresholds(t, "years", g.From)
	t.done(col, "rows")
	return g
}

// pair reads a two-element array of whole numbers: two columns, or a [low, high] range.
func pair(t *table, k string) [2]int {
	xs := t.ints(k, true)
	if xs == nil {
		return [2]int{}
	}
	if len(xs) != 2 {
		t.d.addf(t.key(k), "want two numbers [first column, second column], got %d", len(xs))
		return [2]int{}
	}
	return [2]int{xs[0], xs[1]}
}

func floatPair(t *table, k string) [2]float64 {
	v, ok := t.get(k)
	if !ok {
		t.d.addf(t.key(k), "missing; want [lowest, highest]")
		return [2]float64{}
	}
	arr, isArr := v.([]any)
	if !isArr || len(arr) != 2 {
		t.d.addf(t.key(k), "%s: want [lowest, highest]", describe(v))
		return [2]float64{}
	}
	var out [2]float64
	for i, e := range arr {
		switch n := e.(type) {
		case int64:
			out[i] = float64(n)
		case float64:
			out[i] = n
		default:
			t.d.addf(t.key(k), "%s: want numbers", describe(e))
		}
	}
	if out[1] <= out[0] {
		t.d.addf(t.key(k), "[%s, %s]: the highest score must be above the lowest", fmtScore(out[0]), fmtScore(out[1]))
	}
	return out
}

// checkCaps checks that the caps add up: each section's maximum equals the sum of its factors'
// maxima, and the sections add up to the total.
func checkCaps(d *doc, r *Rules) {
	c := &r.CRS
	check := func(key string, got, want int, how string) {
		if got != want {
			d.addf(key, "is %d, but %s = %d", got, how, want)
		}
	}
	with := c.Age.With.Max() + c.Education.With.max() + 4*c.FirstLanguage.With.Max() + min(c.SecondCapWith, 4*c.SecondLanguage.With.Max()) + c.CanadianWork.With.Max()
	without := c.Age.Without.Max() + c.Education.Without.max() + 4*c.FirstLanguage.Without.Max() + min(c.SecondCapWithout, 4*c.SecondLanguage.Without.Max()) + c.CanadianWork.Without.Max()
	check("crs.core.cap_with_spouse", c.CoreCapWith, with, "age + education + 4 x first language + second language (capped) + Canadian work, with a spouse")
	check("crs.core.cap_without_spouse", c.CoreCapWithout, without, "the same without a spouse")
	check("crs.spouse.cap", c.SpouseCap, c.SpouseEducation.max()+4*c.SpouseLanguage.Max()+c.SpouseCanadianWork.Max(),
		"spouse education + 4 x spouse language + spouse Canadian work")
	if c.CoreCapWith+c.SpouseCap != c.CoreCapWithout {
		d.addf("crs.spouse.cap", "core with a spouse (%d) + spouse (%d) = %d, but core without a spouse is %d: the two must be equal",
			c.CoreCapWith, c.SpouseCap, c.CoreCapWith+c.SpouseCap, c.CoreCapWithout)
	}
	if c.SecondCapWith > 4*c.SecondLanguage.With.Max() {
		d.addf("crs.core.second_language.cap_with_spouse", "%d is more than 4 x %d: the cap can never be reached", c.SecondCapWith, c.SecondLanguage.With.Max())
	}
	if c.SecondCapWithout > 4*c.SecondLanguage.Without.Max() {
		d.addf("crs.core.second_language.cap_without_spouse", "%d is more than 4 x %d: the cap can never be reached", c.SecondCapWithout, c.SecondLanguage.Without.Max())
	}
	groups := []struct {
		key  string
		cap  int
		sum  int
		what string
	}{
		{"crs.transferability.education_group_cap", c.EducationGroupCap, c.EducationLanguage.Max() + c.EducationCanadianWork.Max(), "education + language and education + Canadian work"},
		{"crs.transferability.foreign_work_group_cap", c.ForeignWorkGroupCap, c.ForeignLanguage.Max() + c.ForeignCanadianWork.Max(), "foreign work + language and foreign work + Canadian work"},
		{"crs.transferability.certificate_group_cap", c.CertificateGroupCap, max(c.CertificatePoints[0], c.CertificatePoints[1]), "certificate of qualification + language"},
	}
	sum := 0
	for _, g := range groups {
		if g.cap > g.sum {
			d.addf(g.key, "%d is more than the %d its grids (%s) can give", g.cap, g.sum, g.what)
		}
		sum += g.cap
	}
	if c.TransferCap > sum {
		d.addf("crs.transferability.cap", "%d is more than the three group caps together (%d)", c.TransferCap, sum)
	}
	if c.AdditionalCap > c.Nomination+c.Sibling+max(c.FrenchWithEnglish, c.FrenchWithoutEnglish)+max(c.StudyOneOrTwoYear, c.StudyThreeYearOrMore)+max(c.JobOfferMajorGroup00, c.JobOfferTEER0to3) {
		d.addf("crs.additional.cap", "%d is more than all additional points together", c.AdditionalCap)
	}
	check("crs.total", c.Total, c.CoreCapWithout+c.TransferCap+c.AdditionalCap, "core and spouse + skill transferability + additional")
	for _, g := range [...]struct {
		key   string
		cols  [2]int
		label string
	}{
		{"crs.transferability.education_language.clb", c.EducationLanguage.Cols, "CLB"},
		{"crs.transferability.education_canadian_work.years", c.EducationCanadianWork.Cols, "years"},
		{"crs.transferability.foreign_work_language.clb", c.ForeignLanguage.Cols, "CLB"},
		{"crs.transferability.foreign_work_canadian_work.years", c.ForeignCanadianWork.Cols, "years"},
		{"crs.transferability.certificate_language.clb", c.CertificateCols, "CLB"},
	} {
		if g.cols[1] <= g.cols[0] {
			d.addf(g.key, "[%d, %d]: the second column's %s must be above the first's", g.cols[0], g.cols[1], g.label)
		}
	}

	f := &r.FSW
	lang := 4*f.Language.Max() + f.SecondPoints
	fsw := lang + f.Education.max() + f.Experience.Max() + f.Age.Max() + f.Arranged + f.AdaptCap
	if fsw != 100 {
		d.addf("fsw", "the grid's factors add up to %d (language %d + education %d + experience %d + age %d + arranged employment %d + adaptability %d); the grid is out of 100",
			fsw, lang, f.Education.max(), f.Experience.Max(), f.Age.Max(), f.Arranged, f.AdaptCap)
	}
	if f.PassMark > fsw {
		d.addf("fsw.pass_mark", "%d is more than the grid's %d", f.PassMark, fsw)
	}
}

func (b *ByLevel) max() int { return maxOf(b[:]) }
