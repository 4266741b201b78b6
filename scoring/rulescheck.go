package scoring

import (
	"fmt"
	"sort"
	"time"
)

// finding is one problem with the rules as they stand on a day: the key and what is wrong with it
// (msg, the English of told).
type finding struct {
	key, msg string
	told     Told
}

// checker gathers findings.
type checker struct{ fs []finding }

// add notes a finding at key: message id of errors.toml with its arguments (see say).
func (c *checker) add(key, id string, args ...any) {
	t := msg(id, args...)
	c.fs = append(c.fs, finding{key, t.In(english), t})
}

// equal reports a cap that is not the sum it must be.
func (c *checker) equal(key string, got, want int, how Told) {
	if got != want {
		c.add(key, "err_but", got, how, want)
	}
}

// within reports a value above the cap of its section.
func (c *checker) within(key string, v int, capKey string, limit int) {
	if v > limit {
		c.add(key, "err_more_than_no_value", v, capKey, limit)
	}
}

// atLeast reports a value that must not be below another (more never scores or asks less).
func (c *checker) atLeast(key string, v int, otherKey string, other int, why Told) {
	if v < other {
		c.add(key, "err_less_than", v, otherKey, other, why)
	}
}

// findings checks the rules as they stand (the current tables, or the rules of one day): each
// section's cap is what its factors can give, no value is more than the cap of its section, the
// sections add up to crs.total, and the values that come in an order are in it. It returns nil when
// the rules are sound.
func (r *Rules) findings() []finding {
	var c checker
	r.valueFindings(&c)
	if len(c.fs) > 0 {
		return c.fs // sums of values out of range say nothing more
	}
	r.coreFindings(&c)
	r.transferFindings(&c)
	r.additionalFindings(&c)
	cr := &r.CRS
	c.equal("crs.total", cr.Total, cr.CoreCapWithout+cr.TransferCap+cr.AdditionalCap, msg("err_how_total"))
	r.fswFindings(&c)
	if r.CEC.MinCLBTEER23 > r.CEC.MinCLBTEER01 {
		c.add("cec.min_clb_teer_2_3", "err_more_than_cec_min", r.CEC.MinCLBTEER23, r.CEC.MinCLBTEER01)
	}
	return c.fs
}

// valueFindings checks each value on its own, as LoadRules does while reading: the numbers a
// dated amendment may set in their ranges, points from 0 to crs.total, threshold tables from 0 and
// rising, grid columns from 1, and settlement funds positive and rising. It finds nothing in rules
// from LoadRules; it keeps At from scoring with rules built or changed in code that the file
// could not hold.
func (r *Rules) valueFindings(c *checker) {
	for k, s := range r.scalars() {
		if lo, hi := r.bounds(s.kind); *s.p < lo || *s.p > hi {
			c.add(k, "err_out_range_whole_number2", *s.p, lo, hi)
		}
	}
	cr, top := &r.CRS, r.pointsTop()
	for _, t := range [...]struct {
		key string
		s   *Steps
	}{
		{"crs.core.age", &cr.Age.With}, {"crs.core.age", &cr.Age.Without},
		{"crs.core.first_language", &cr.FirstLanguage.With}, {"crs.core.first_language", &cr.FirstLanguage.Without},
		{"crs.core.second_language", &cr.SecondLanguage.With}, {"crs.core.second_language", &cr.SecondLanguage.Without},
		{"crs.core.canadian_work", &cr.CanadianWork.With}, {"crs.core.canadian_work", &cr.CanadianWork.Without},
		{"crs.spouse.language", &cr.SpouseLanguage}, {"crs.spouse.canadian_work", &cr.SpouseCanadianWork},
	} {
		steps(c, t.key, t.s, top)
	}
	for _, t := range [...]struct {
		key string
		s   *Steps
	}{{"fsw.language", &r.FSW.Language}, {"fsw.experience", &r.FSW.Experience}, {"fsw.age", &r.FSW.Age}} {
		steps(c, t.key, t.s, fswGrid)
	}
	points(c, "crs.core.cap_with_spouse", top, cr.CoreCapWith)
	points(c, "crs.core.cap_without_spouse", top, cr.CoreCapWithout)
	points(c, "crs.core.education", top, cr.Education.With[:]...)
	points(c, "crs.core.education", top, cr.Education.Without[:]...)
	points(c, "crs.spouse.education", top, cr.SpouseEducation[:]...)
	points(c, "crs.transferability.certificate_language.points", top, cr.CertificatePoints[:]...)
	for _, g := range [...]struct {
		key string
		g   *LevelGrid
	}{{"crs.transferability.education_language", &cr.EducationLanguage}, {"crs.transferability.education_canadian_work", &cr.EducationCanadianWork}} {
		for _, row := range g.g.Points {
			points(c, g.key, top, row[:]...)
		}
	}
	for _, g := range [...]struct {
		key string
		g   *YearsGrid
	}{{"crs.transferability.foreign_work_language", &cr.ForeignLanguage}, {"crs.transferability.foreign_work_canadian_work", &cr.ForeignCanadianWork}} {
		if len(g.g.Points) != len(g.g.From) {
			c.add(g.key, "err_thresholds_rows_points_one", len(g.g.From), len(g.g.Points))
		}
		for _, row := range g.g.Points {
			points(c, g.key, top, row[:]...)
		}
	}
	for _, cols := range [...][2]int{cr.EducationLanguage.Cols, cr.EducationCanadianWork.Cols, cr.ForeignLanguage.Cols,
		cr.ForeignCanadianWork.Cols, cr.CertificateCols} {
		if cols[0] < 1 {
			c.add("crs.transferability", "err_grid_column_at_columns", cols[0])
		}
	}
	for i, t := range r.FSW.FundsTables {
		for j, v := range t.ByFamily {
			if v < 1 || v > maxFunds || (j > 0 && v <= t.ByFamily[j-1]) {
				c.add(fmt.Sprintf("fsw.settlement_funds.tables[%d].by_family_size", i), "err_amounts_from_1_rising", t.ByFamily, maxFunds)
				break
			}
		}
		if t.EachExtra < 1 || t.EachExtra > maxFunds {
			c.add(fmt.Sprintf("fsw.settlement_funds.tables[%d].each_additional", i), "err_out_range_amount_from", t.EachExtra, maxFunds)
		}
	}
	if len(c.fs) > 1 {
		sort.Slice(c.fs, func(i, j int) bool { return c.fs[i].key < c.fs[j].key }) // scalars come in map order
	}
}

// points reports the first of xs outside 0 to top.
func points(c *checker, key string, top int, xs ...int) {
	for _, v := range xs {
		if v < 0 || v > top {
			c.add(key, "err_points_points_from_0", v, top)
			return
		}
	}
}

// steps checks a threshold table: as many points as thresholds, thresholds from 0 and rising,
// points from 0 to top.
func steps(c *checker, key string, s *Steps, top int) {
	if len(s.From) == 0 || len(s.From) != len(s.Points) || s.From[0] != 0 {
		c.add(key, "err_thresholds_points_row_each", len(s.From), len(s.Points))
		return
	}
	for i, v := range s.Points {
		if v < 0 || v > top || (i > 0 && s.From[i] <= s.From[i-1]) {
			c.add(key, "err_rows_with_points_thresholds", s.From, s.Points, top)
			return
		}
	}
}

// coreFindings checks A. core and B. spouse: each cap is exactly what the factors can give.
func (r *Rules) coreFindings(c *checker) {
	cr := &r.CRS
	with := cr.Age.With.Max() + cr.Education.With.max() + 4*cr.FirstLanguage.With.Max() +
		min(cr.SecondCapWith, 4*cr.SecondLanguage.With.Max()) + cr.CanadianWork.With.Max()
	without := cr.Age.Without.Max() + cr.Education.Without.max() + 4*cr.FirstLanguage.Without.Max() +
		min(cr.SecondCapWithout, 4*cr.SecondLanguage.Without.Max()) + cr.CanadianWork.Without.Max()
	c.equal("crs.core.cap_with_spouse", cr.CoreCapWith, with, msg("err_how_core_with"))
	c.equal("crs.core.cap_without_spouse", cr.CoreCapWithout, without, msg("err_how_core_without"))
	c.equal("crs.spouse.cap", cr.SpouseCap, cr.SpouseEducation.max()+4*cr.SpouseLanguage.Max()+cr.SpouseCanadianWork.Max(),
		msg("err_how_spouse"))
	if cr.CoreCapWith+cr.SpouseCap != cr.CoreCapWithout {
		c.add("crs.spouse.cap", "err_core_with_spouse_spouse", cr.CoreCapWith, cr.SpouseCap, cr.CoreCapWith+cr.SpouseCap, cr.CoreCapWithout)
	}
	if cr.SecondCapWith > 4*cr.SecondLanguage.With.Max() {
		c.add("crs.core.second_language.cap_with_spouse", "err_more_than_4_x", cr.SecondCapWith, cr.SecondLanguage.With.Max())
	}
	if cr.SecondCapWithout > 4*cr.SecondLanguage.Without.Max() {
		c.add("crs.core.second_language.cap_without_spouse", "err_more_than_4_x2", cr.SecondCapWithout, cr.SecondLanguage.Without.Max())
	}
}

// transferFindings checks C. skill transferability: each group cap within what its grids can give
// and within the section's cap, and the columns of each grid in rising order.
func (r *Rules) transferFindings(c *checker) {
	cr := &r.CRS
	const section = "crs.transferability.cap"
	groups := [...]struct {
		key       string
		cap, grid int
		what      Told
	}{
		{"crs.transferability.education_group_cap", cr.EducationGroupCap, cr.EducationLanguage.Max() + cr.EducationCanadianWork.Max(), msg("err_what_education_group")},
		{"crs.transferability.foreign_work_group_cap", cr.ForeignWorkGroupCap, cr.ForeignLanguage.Max() + cr.ForeignCanadianWork.Max(), msg("err_what_foreign_group")},
		{"crs.transferability.certificate_group_cap", cr.CertificateGroupCap, max(cr.CertificatePoints[0], cr.CertificatePoints[1]), msg("err_what_certificate_group")},
	}
	sum := 0
	for _, g := range groups {
		if g.cap > g.grid {
			c.add(g.key, "err_more_than_its_grids", g.cap, g.grid, g.what)
		}
		c.within(g.key, g.cap, section, cr.TransferCap)
		sum += g.cap
	}
	if cr.TransferCap > sum {
		c.add(section, "err_more_than_three_group", cr.TransferCap, sum)
	}
	for _, g := range [...]struct {
		key   string
		cols  [2]int
		label string
	}{
		{"crs.transferability.education_language.clb", cr.EducationLanguage.Cols, "CLB"},
		{"crs.transferability.education_canadian_work.years", cr.EducationCanadianWork.Cols, "years"},
		{"crs.transferability.foreign_work_language.clb", cr.ForeignLanguage.Cols, "CLB"},
		{"crs.transferability.foreign_work_canadian_work.years", cr.ForeignCanadianWork.Cols, "years"},
		{"crs.transferability.certificate_language.clb", cr.CertificateCols, "CLB"},
	} {
		if g.cols[1] <= g.cols[0] {
			c.add(g.key, "err_second_column_must_be", g.cols[0], g.cols[1], g.label)
		}
	}
}

// additionalFindings checks D. additional points: the cap within what they can give together, each
// within the cap, and more never giving less.
func (r *Rules) additionalFindings(c *checker) {
	cr := &r.CRS
	const section = "crs.additional.cap"
	all := cr.Nomination + cr.Sibling + max(cr.FrenchWithEnglish, cr.FrenchWithoutEnglish) +
		max(cr.StudyOneOrTwoYear, cr.StudyThreeYearOrMore) + max(cr.JobOfferMajorGroup00, cr.JobOfferTEER0to3)
	if cr.AdditionalCap > all {
		c.add(section, "err_more_than_all_additional", cr.AdditionalCap, all)
	}
	for _, v := range [...]struct {
		key string
		v   int
	}{
		{"crs.additional.provincial_nomination", cr.Nomination},
		{"crs.additional.sibling", cr.Sibling},
		{"crs.additional.job_offer_major_group_00", cr.JobOfferMajorGroup00},
		{"crs.additional.job_offer_teer_0_to_3", cr.JobOfferTEER0to3},
		{"crs.additional.french.without_english", cr.FrenchWithoutEnglish},
		{"crs.additional.french.with_english", cr.FrenchWithEnglish},
		{"crs.additional.canadian_education.one_or_two_year", cr.StudyOneOrTwoYear},
		{"crs.additional.canadian_education.three_year_or_more", cr.StudyThreeYearOrMore},
	} {
		c.within(v.key, v.v, section, cr.AdditionalCap)
	}
	c.atLeast("crs.additional.french.with_english", cr.FrenchWithEnglish, "crs.additional.french.without_english", cr.FrenchWithoutEnglish,
		msg("err_why_french"))
	c.atLeast("crs.additional.canadian_education.three_year_or_more", cr.StudyThreeYearOrMore, "crs.additional.canadian_education.one_or_two_year", cr.StudyOneOrTwoYear,
		msg("err_why_study"))
	c.atLeast("crs.additional.job_offer_major_group_00", cr.JobOfferMajorGroup00, "crs.additional.job_offer_teer_0_to_3", cr.JobOfferTEER0to3,
		msg("err_why_offer"))
}

// fswFindings checks that the FSW grid is out of 100 and the pass mark can be reached.
func (r *Rules) fswFindings(c *checker) {
	f := &r.FSW
	lang := 4*f.Language.Max() + f.SecondPoints
	fsw := lang + f.Education.max() + f.Experience.Max() + f.Age.Max() + f.Arranged + f.AdaptCap
	if fsw != fswGrid {
		c.add("fsw", "err_grid_factors_add_up", fsw, lang, f.Education.max(), f.Experience.Max(), f.Age.Max(), f.Arranged, f.AdaptCap, fswGrid)
	}
	if f.PassMark > fsw {
		c.add("fsw.pass_mark", "err_more_than_grid", f.PassMark, fsw)
	}
}

// checkEveryDay checks the current tables and then the rules on every day a dated amendment starts
// or ends (between those days nothing changes), reporting each problem once, on the first day it
// appears.
func checkEveryDay(d *doc, r *Rules) {
	for _, f := range r.findings() {
		d.add(f.key, passOn, f.told)
	}
	if len(d.probs) > 0 {
		return // the same problems would show on every day
	}
	seen := map[string]bool{}
	for _, day := range r.ChangeDays() {
		for _, p := range r.problemsOn(day, r.state(day, -1), seen) {
			d.add(p.Key, passOn, p.Told)
		}
	}
}

// ChangeDays lists the days before meta.in_force on which the rules change: meta.earliest, and each
// day a history period starts or the day after it ends. The rules on any day are those of the last
// change day on or before it (or the current tables from meta.in_force), so LoadRules checks the
// rules on each of these days.
func (r *Rules) ChangeDays() []time.Time {
	days := []time.Time{r.Earliest}
	for _, p := range r.History {
		days = append(days, p.From)
		if !p.Until.IsZero() {
			days = append(days, p.Until.AddDate(0, 0, 1))
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	out := days[:0]
	for _, d := range days {
		if d.Before(r.Earliest) || !d.Before(r.InForce) || (len(out) > 0 && d.Equal(out[len(out)-1])) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// changedOn is the last change day on or before day: the day the rules in force on day took effect.
func (r *Rules) changedOn(day time.Time) time.Time {
	from := r.Earliest
	for _, p := range r.History {
		if !p.From.After(day) && p.From.After(from) {
			from = p.From
		}
		if next := p.Until.AddDate(0, 0, 1); !p.Until.IsZero() && !next.After(day) && next.After(from) {
			from = next
		}
	}
	return from
}

// problemsOn turns the findings of st, the rules in force on day, into problems. When history
// periods are in force, each problem names the periods that cause it (those without which it goes
// away; all of them when it takes them together) and the day the rules took effect. seen, when not
// nil, holds the problems already reported, which are left out.
func (r *Rules) problemsOn(day time.Time, st *Rules, seen map[string]bool) Problems {
	fs := st.findings()
	if len(fs) == 0 {
		return nil
	}
	var in []int
	for i := range r.History {
		if r.History[i].covers(day) {
			in = append(in, i)
		}
	}
	var ps Problems
	for _, f := range fs {
		p := Problem{File: r.File, Key: f.key, Msg: f.msg, Told: f.told}
		if len(in) > 0 {
			blamed := r.blame(day, in, f)
			names := make([]string, len(blamed))
			for i, b := range blamed {
				names[i] = fmt.Sprintf("history[%d]", b)
			}
			p.Key = names[0]
			p = p.says("err_rules_in_force", iso(r.changedOn(day)), joinAnd(names), f.key, f.told)
		}
		if seen != nil {
			k := p.Key + "\x00" + f.key + "\x00" + f.msg
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		ps = append(ps, p)
	}
	return ps
}

// blame returns the periods in force on day (in) without which finding f goes away, or all of them
// when no one period alone causes it.
func (r *Rules) blame(day time.Time, in []int, f finding) []int {
	var out []int
	for _, i := range in {
		found := false
		for _, g := range r.state(day, i).findings() {
			found = found || (g.key == f.key && g.msg == f.msg)
		}
		if !found {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return in
	}
	return out
}
