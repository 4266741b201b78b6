package scoring

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The changes the improvement planner knows. Each kind of change (one ability of one result, all
// four abilities of it, a new result, a retest, years of one kind of work, a level of education,
// ...) is a group of alternatives, every level or number of years up to the highest any table
// or requirement of the rules tells apart, so that the smallest change that gains is among them
// even where one step up gains nothing (CLB 7 to 8 for a spouse, a second year of foreign work).

// nominationGroup is the group of the provincial-nomination change.
const nominationGroup = "provincial_nomination"

// planCandidate is a change the planner may suggest or put in a plan.
type planCandidate struct {
	Change
	keys   []string // the keys its assignments set
	steps  int      // its size (TargetPlan.Steps): levels, years or credentials moved, at least 1
	ladder bool     // a change of all four abilities: every level that gains more is a suggestion
	total  int      // the CRS total with this change alone
}

// languageSlot is one of the three language results a change can touch.
type languageSlot struct {
	lk    languageKey
	id    string // "first_language"
	title string // "First language", "Second language", "Spouse's language"
	key   string // its title's message, imp_slot_KEY
}

var (
	firstSlot  = languageSlot{firstLanguage, "first_language", "First language", "first"}
	secondSlot = languageSlot{secondLanguage, "second_language", "Second language", "second"}
	spouseSlot = languageSlot{spouseLanguage, "spouse.language", "Spouse's language", "spouse"}
)

// The tests the planner proposes for a result the profile does not have yet.
const (
	planEnglishTest = "ielts"
	planFrenchTest  = "tef"
)

// addFunc adds a candidate change of the given size.
type addFunc func(steps int, c Change)

// planCandidates lists every change the planner knows for p on day, with rr the rules in force
// that day. Within a group, changes come in increasing order (a higher level after a lower one, so
// also by size), and every change only raises what it touches, so applying a group's changes one
// after another gives the most any of them gives: the search's upper bound relies on it.
func planCandidates(rr *Rules, p *Profile, day time.Time) []planCandidate {
	var out []planCandidate
	add := func(steps int, c Change) {
		keys := make([]string, len(c.Set))
		for i, s := range c.Set {
			keys[i], _, _ = strings.Cut(s, "=")
		}
		ladder := strings.HasSuffix(c.Group, ".all") || strings.HasSuffix(c.Group, ".new") || strings.HasSuffix(c.Group, ".retake")
		out = append(out, planCandidate{Change: c, keys: keys, steps: max(steps, 1), ladder: ladder})
	}
	languageCandidates(rr, p, day, add)
	workCandidates(rr, p, day, add)
	educationCandidates(p, add)
	a := &p.Applicant
	if !a.Nomination {
		add(1, Change{ID: "provincial_nomination", Group: nominationGroup,
			Title: "A provincial or territorial nomination", Told: Told{ID: "imp_nomination"}, Set: []string{kv("applicant.provincial_nomination", true)},
			apply: func(p *Profile) { p.Applicant.Nomination = true }})
	}
	if !a.Certificate && a.TradeWorkYearsLast5 > 0 {
		add(1, Change{ID: "certificate_of_qualification", Group: "certificate_of_qualification",
			Title: "A certificate of qualification in your trade, from a province or territory",
			Told:  Told{ID: "imp_certificate"},
			Set:   []string{kv("applicant.certificate_of_qualification", true)},
			apply: func(p *Profile) { p.Applicant.Certificate = true }})
	}
	return out
}

// languageCandidates are the changes to the three language results.
func languageCandidates(rr *Rules, p *Profile, day time.Time, add addFunc) {
	a := &p.Applicant
	first := rr.LevelsOf(&a.FirstLanguage, day)
	switch {
	case !a.FirstLanguage.Given():
		newResultChanges(rr, firstSlot, planEnglishTest, day, add)
	default:
		languageChanges(rr, p, firstSlot, first, day, add)
	}
	if a.FirstLanguage.Given() && first.Chart != nil {
		second := rr.LevelsOf(&a.SecondLanguage, day)
		switch {
		case !a.SecondLanguage.Given() && first.French:
			// English CLB 5 in all four turns the French bonus from "without English" into "with English".
			newResultChanges(rr, secondSlot, planEnglishTest, day, add)
		case !a.SecondLanguage.Given():
			newResultChanges(rr, secondSlot, planFrenchTest, day, add)
		default:
			languageChanges(rr, p, secondSlot, second, day, add)
		}
	}
	if p.AccompanyingSpouse() {
		if !p.Spouse.Language.Given() {
			newResultChanges(rr, spouseSlot, planEnglishTest, day, add)
		} else {
			languageChanges(rr, p, spouseSlot, rr.LevelsOf(&p.Spouse.Language, day), day, add)
		}
	}
}

// fitsWorkWindow reports whether p's work in and outside Canada fits the window of the work-years
// questions (WorkWindowYears, in and outside Canada together, as WorkYearsProblems checks), or at least does
// not exceed what base already gives (a profile read before the window was checked).
func fitsWorkWindow(p, base *Profile) bool {
	sum := func(p *Profile) int { return p.Applicant.CanadianWorkYears + p.Applicant.ForeignWorkYears }
	return sum(p) <= max(WorkWindowYears, sum(base)) && p.Spouse.CanadianWorkYears <= max(WorkWindowYears, base.Spouse.CanadianWorkYears)
}

// workYears is the highest number of years that any table or requirement of rr tells apart for
// each kind of work: beyond it, another year changes nothing.
func workYears(rr *Rules) (canadian, foreign, spouse int) {
	top := func(s *Steps) int {
		if len(s.From) == 0 {
			return 0
		}
		return s.From[len(s.From)-1]
	}
	c := &rr.CRS
	fsw := max(top(&rr.FSW.Experience), rr.FSW.MinWorkYears) // FSW counts both kinds together
	canadian = max(top(&c.CanadianWork.With), top(&c.CanadianWork.Without), c.EducationCanadianWork.Cols[1],
		c.ForeignCanadianWork.Cols[1], rr.CEC.MinWorkYearsLast3, fsw)
	foreign = max(top(&Steps{From: c.ForeignLanguage.From}), top(&Steps{From: c.ForeignCanadianWork.From}), fsw)
	spouse = max(top(&c.SpouseCanadianWork), 1)
	return canadian, foreign, spouse
}

// moreYears is "After one more year of work" or "After 3 more years of work".
func moreYears(n int) string {
	if n == 1 {
		return "After one more year of work"
	}
	return fmt.Sprintf("After %d more years of work", n)
}

// workCandidates are more years of work, from one more to the highest number the rules tell
// apart, within the window of the questions (WorkWindowYears). A profile of year counts has no
// start dates, so the years are counted from today; a work history's years come from its jobs,
// so for it they are a job held longer (jobCandidates).
func workCandidates(rr *Rules, p *Profile, day time.Time, add addFunc) {
	a := &p.Applicant
	topC, topF, topS := workYears(rr)
	if a.Jobs.Len() > 0 {
		jobCandidates(rr, p, day, applicantCanada, topC, add)
		jobCandidates(rr, p, day, applicantAbroad, topF, add)
	} else {
		countCandidates(a, min(topC, WorkWindowYears-a.ForeignWorkYears), min(topF, WorkWindowYears-a.CanadianWorkYears), add)
	}
	if !p.AccompanyingSpouse() {
		return
	}
	if p.Spouse.Jobs.Len() > 0 {
		jobCandidates(rr, p, day, spouseCanada, topS, add)
		return
	}
	for n := p.Spouse.CanadianWorkYears + 1; n <= min(topS, WorkWindowYears); n++ {
		spouseYears(p.Spouse.CanadianWorkYears, n, add)
	}
}

// countCandidates are more years of work in and outside Canada as counts, up to topC and topF.
func countCandidates(a *Applicant, topC, topF int, add addFunc) {
	for n := a.CanadianWorkYears + 1; n <= topC; n++ {
		k := n - a.CanadianWorkYears
		last3 := min(a.CanadianWorkYearsLast3+k, 3)
		sets := []string{kv("applicant.canadian_work_years", n)}
		if last3 != a.CanadianWorkYearsLast3 {
			sets = append(sets, kv("applicant.canadian_work_years_last_3", last3))
		}
		add(k, Change{ID: fmt.Sprintf("canadian_work+%d", k), Group: "canadian_work", Set: sets,
			Title: fmt.Sprintf("%s: skilled work in Canada %d → %s", moreYears(k), a.CanadianWorkYears, years(n)),
			tell:  func() Told { return say("imp_canadian_work", "More", moreYearsTold(k), "From", n-k, "Years", n) },
			apply: func(p *Profile) {
				p.Applicant.CanadianWorkYears = max(p.Applicant.CanadianWorkYears, n)
				p.Applicant.CanadianWorkYearsLast3 = max(p.Applicant.CanadianWorkYearsLast3, last3)
			}})
	}
	for n := a.ForeignWorkYears + 1; n <= topF; n++ {
		k := n - a.ForeignWorkYears
		add(k, Change{ID: fmt.Sprintf("foreign_work+%d", k), Group: "foreign_work", Set: []string{kv("applicant.foreign_work_years", n)},
			Title: fmt.Sprintf("%s: skilled work outside Canada %d → %s", moreYears(k), a.ForeignWorkYears, years(n)),
			tell:  func() Told { return say("imp_foreign_work", "More", moreYearsTold(k), "From", n-k, "Years", n) },
			apply: func(p *Profile) { p.Applicant.ForeignWorkYears = max(p.Applicant.ForeignWorkYears, n) }})
	}
}

// spouseYears is the spouse's skilled work in Canada from cur to n years, as a count.
func spouseYears(cur, n int, add addFunc) {
	k := n - cur
	add(k, Change{ID: fmt.Sprintf("spouse.canadian_work+%d", k), Group: "spouse.canadian_work", Set: []string{kv("spouse.canadian_work_years", n)},
		Title: fmt.Sprintf("%s: spouse's skilled work in Canada %d → %s", moreYears(k), cur, years(n)),
		tell:  func() Told { return say("imp_spouse_work", "More", moreYearsTold(k), "From", cur, "Years", n) },
		apply: func(p *Profile) { p.Spouse.CanadianWorkYears = max(p.Spouse.CanadianWorkYears, n) }})
}

// educationCandidates are every higher level of education, Canadian study where the education
// allows it (as a profile file does), and the spouse's higher levels of education.
func educationCandidates(p *Profile, add addFunc) {
	a := &p.Applicant
	for e := a.Education + 1; e < NumEducation; e++ {
		add(int(e-a.Education), Change{ID: "education=" + e.String(), Group: "education",
			Title: "A further credential: " + e.Title(), tell: func() Told { return say("imp_education", "Education", e) }, Set: []string{kv("applicant.education", e.String())},
			apply: func(p *Profile) { p.Applicant.Education = max(p.Applicant.Education, e) }})
	}
	for ce := a.CanadianEducation + 1; ce <= CanadianThreeYearOrMore; ce++ {
		if (ce == CanadianOneOrTwoYear && a.Education < OneYear) || (ce == CanadianThreeYearOrMore && a.Education < Bachelors) {
			continue
		}
		title, told := "A Canadian post-secondary credential of one or two years", Told{ID: "imp_canadian_education_short"}
		if ce == CanadianThreeYearOrMore {
			title, told = "A Canadian post-secondary credential of three years or longer", Told{ID: "imp_canadian_education_long"}
		}
		add(int(ce-a.CanadianEducation), Change{ID: "canadian_education=" + ce.String(), Group: "canadian_education", Title: title, Told: told,
			Set:   []string{kv("applicant.canadian_education", ce.String())},
			apply: func(p *Profile) { p.Applicant.CanadianEducation = max(p.Applicant.CanadianEducation, ce) }})
	}
	if !p.AccompanyingSpouse() {
		return
	}
	sp := &p.Spouse
	for e := sp.Education + 1; e < NumEducation; e++ {
		add(int(e-sp.Education), Change{ID: "spouse.education=" + e.String(), Group: "spouse.education",
			Title: "Spouse's further credential: " + e.Title(), tell: func() Told { return say("imp_spouse_education", "Education", e) }, Set: []string{kv("spouse.education", e.String())},
			apply: func(p *Profile) { p.Spouse.Education = max(p.Spouse.Education, e) }})
	}
}

// chartLevels are the levels a chart names, lowest first.
func chartLevels(c *Chart) []int {
	out := make([]int, len(c.Levels))
	for i, l := range c.Levels {
		out[len(out)-1-i] = l.CLB
	}
	return out
}

// levelsUp is how many levels from `from` to `to` on chart c: a level below the chart's lowest
// counts as one below it.
func levelsUp(c *Chart, from, to int) int { return max(0, to-max(from, c.Lowest()-1)) }

// languageChanges are the changes to a result the profile has: each ability up to each higher
// level, and every ability up to each level in all four, each at the lowest score of the level on
// the result's own test and chart. An expired result, or one dated after the day (not taken yet),
// is retaken instead: the same levels with the day's date, or higher levels in all four.
func languageChanges(rr *Rules, p *Profile, s languageSlot, lv Levels, day time.Time, add addFunc) {
	l := s.lk.get(p)
	chart := lv.Chart
	if chart == nil {
		return
	}
	var cur [NumAbilities]int
	for ab := Ability(0); ab < NumAbilities; ab++ {
		cur[ab] = chart.Level(ab, l.Scores[ab])
	}
	if lv.Expired || lv.NotYet {
		retakeChanges(rr, s, l, cur, day, add)
		return
	}
	allFourChanges(s, chart, cur, add)
	name := chart.LevelName()
	for ab := Ability(0); ab < NumAbilities; ab++ {
		n := 0
		for _, to := range chartLevels(chart) {
			if to <= cur[ab] {
				continue
			}
			sc, ok := chart.MinScore(ab, to)
			if !ok {
				break
			}
			n++
			level := cur[ab]
			key := s.lk.key + "." + ab.String()
			from := fmt.Sprintf("%s %d", name, cur[ab])
			if cur[ab] < chart.Lowest() {
				from = fmt.Sprintf("below %s %d", name, chart.Lowest())
			}
			add(levelsUp(chart, cur[ab], to), Change{ID: fmt.Sprintf("%s.%s+%d", s.id, ab, n), Group: s.id + "." + ab.String(),
				Set:   []string{kv(key, sc)},
				Title: fmt.Sprintf("%s: %s %s → %d (%s: %s or more)", s.title, ab, from, to, chart.Name, fmtScore(sc)),
				tell: func() Told {
					return say("imp_ability", "Slot", s.told(), "Ability", abilityTold(ab), "From", levelTold(chart, level), "To", to,
						"Test", chartNameTold(chart), "Score", fmtScore(sc))
				},
				apply: func(p *Profile) { l := s.lk.get(p); l.Scores[ab] = max(l.Scores[ab], sc) }})
		}
	}
}

// allFourChanges raise every ability below a level to it, for each level of the chart that at
// least two abilities are below (one ability alone is a single-ability change).
func allFourChanges(s languageSlot, chart *Chart, cur [NumAbilities]int, add addFunc) {
	name := chart.LevelName()
	for _, to := range chartLevels(chart) {
		var sets, words []string
		var scores [NumAbilities]float64
		var raise [NumAbilities]bool
		steps := 0
		for ab := Ability(0); ab < NumAbilities; ab++ {
			if cur[ab] >= to {
				continue
			}
			sc, ok := chart.MinScore(ab, to)
			if !ok {
				sets = nil
				break
			}
			scores[ab], raise[ab] = sc, true
			steps += levelsUp(chart, cur[ab], to)
			sets = append(sets, kv(s.lk.key+"."+ab.String(), sc))
			words = append(words, ab.String()+" "+fmtScore(sc))
		}
		if len(sets) < 2 {
			continue
		}
		add(steps, Change{ID: fmt.Sprintf("%s.all>=%d", s.id, to), Group: s.id + ".all", Set: sets,
			Title: fmt.Sprintf("%s: %s %d or more in all four (%s: %s)", s.title, name, to, chart.Name, strings.Join(words, ", ")),
			tell: func() Told {
				var parts []Told
				for ab := Ability(0); ab < NumAbilities; ab++ {
					if raise[ab] {
						parts = append(parts, scoreTold(ab, scores[ab]))
					}
				}
				return say("imp_all_four", "Slot", s.told(), "Name", levelNameTold(chart), "To", to, "Test", chartNameTold(chart), "Scores", listTold(parts))
			},
			apply: func(p *Profile) {
				l := s.lk.get(p)
				for ab := Ability(0); ab < NumAbilities; ab++ {
					if raise[ab] {
						l.Scores[ab] = max(l.Scores[ab], scores[ab])
					}
				}
			}})
	}
}

// retakeChanges are the changes for an expired result: the test taken again today with the same
// levels, or with every ability up to each higher level. Each replaces the whole result, in one
// assignment.
func retakeChanges(rr *Rules, s languageSlot, old *Language, cur [NumAbilities]int, day time.Time, add addFunc) {
	chart, err := rr.ChartFor(old.Test, day)
	if err != nil {
		return
	}
	oldChart, _ := rr.ChartFor(old.Test, old.Date)
	group := s.id + ".retake"
	for i, to := range append([]int{0}, chartLevels(chart)...) {
		l := Language{Test: old.Test, Date: day}
		steps := 0
		for ab := Ability(0); ab < NumAbilities; ab++ {
			want := max(cur[ab], to)
			switch {
			case want == cur[ab] && chart == oldChart:
				l.Scores[ab] = old.Scores[ab] // the same chart: the same score
			case want < chart.Lowest():
				l.Scores[ab] = chart.Scale[ab][0]
			default:
				sc, ok := chart.MinScore(ab, want)
				if !ok {
					return
				}
				l.Scores[ab] = sc
			}
			steps += levelsUp(chart, cur[ab], want)
		}
		if i > 0 && steps == 0 {
			continue
		}
		why, whyTold := "is too old to count", "imp_retake_too_old"
		if old.Date.After(day) {
			why, whyTold = "is dated after the day planned for, so it does not count yet", "imp_retake_not_yet"
		}
		title := fmt.Sprintf("%s: take %s again (the result from %s %s), with the same levels",
			s.title, chart.Name, old.Date.Format("2006-01-02"), why)
		date := old.Date
		tell := func() Told { return say(whyTold, "Slot", s.told(), "Test", chartNameTold(chart), "Date", date) }
		if i > 0 {
			title = fmt.Sprintf("%s: take %s again and reach %s %d or more in all four", s.title, chart.Name, chart.LevelName(), to)
			tell = func() Told {
				return say("imp_retake_up", "Slot", s.told(), "Test", chartNameTold(chart), "Name", levelNameTold(chart), "To", to)
			}
		}
		add(steps, wholeResult(s, l, fmt.Sprintf("%s.retake>=%d", s.id, to), title, tell, group))
	}
}

// newResultChanges are the changes that add a result the profile does not have: test taken today,
// at each level of its chart in all four abilities (alternatives in one group).
func newResultChanges(rr *Rules, s languageSlot, test string, day time.Time, add addFunc) {
	chart, err := rr.ChartFor(test, day)
	if err != nil {
		return
	}
	for _, to := range chartLevels(chart) {
		l := Language{Test: test, Date: day} // taken today
		var words []string
		ok := true
		for ab := Ability(0); ab < NumAbilities; ab++ {
			var sc float64
			if sc, ok = chart.MinScore(ab, to); !ok {
				break
			}
			l.Scores[ab] = sc
			words = append(words, ab.String()+" "+fmtScore(sc))
		}
		if !ok {
			continue
		}
		var title string
		id := "imp_new_first"
		switch {
		case s.id == secondSlot.id && chart.French():
			title = fmt.Sprintf("French as a second official language: NCLC %d in all four (%s: %s)", to, chart.Name, strings.Join(words, ", "))
			id = "imp_new_second_french"
		case s.id == secondSlot.id:
			title = fmt.Sprintf("English as a second official language: CLB %d in all four (%s: %s)", to, chart.Name, strings.Join(words, ", "))
			id = "imp_new_second_english"
		default:
			title = fmt.Sprintf("%s: a first result, %s %d in all four (%s: %s)", s.title, chart.LevelName(), to, chart.Name, strings.Join(words, ", "))
		}
		tell := func() Told {
			parts := make([]Told, NumAbilities)
			for ab := range parts {
				parts[ab] = scoreTold(Ability(ab), l.Scores[ab])
			}
			return say(id, "Slot", s.told(), "Name", levelNameTold(chart), "To", to, "Test", chartNameTold(chart), "Scores", listTold(parts))
		}
		add(int(NumAbilities)*levelsUp(chart, 0, to), wholeResult(s, l, fmt.Sprintf("%s.new>=%d", s.id, to), title, tell, s.id+".new"))
	}
}

// wholeResult is a change that sets a whole language result in one assignment, an inline table
// ("applicant.second_language={test=\"tef\",listening=434,…}"), so the profile is complete after
// it: a test without its scores is not a valid profile.
func wholeResult(s languageSlot, l Language, id, title string, tell func() Told, group string) Change {
	var b strings.Builder
	b.WriteString(s.lk.key + "={test=" + strconv.Quote(l.Test))
	if !l.Date.IsZero() {
		b.WriteString(",date=" + l.Date.Format("2006-01-02"))
	}
	for ab := Ability(0); ab < NumAbilities; ab++ {
		b.WriteString("," + ab.String() + "=" + fmtScore(l.Scores[ab]))
	}
	b.WriteString("}")
	return Change{ID: id, Title: title, tell: tell, Group: group, Set: []string{b.String()},
		apply: func(p *Profile) { *s.lk.get(p) = l }}
}
