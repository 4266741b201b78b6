package scoring

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// The timeline of the improvement planner: the days on which the score changes by itself.

// timeline lists the days in the next TimelineMonths months on which p's score changes by itself,
// each scored on that day with the rules in force that day. r are the rules as read, rr the rules
// in force on day.
func timeline(r, rr *Rules, p *Profile, day time.Time, total int) ([]TimelineEvent, error) {
	t := &timelineDays{r: r, rr: rr, p: p, day: day, end: day.AddDate(0, TimelineMonths, 0),
		days:  &assessor{r: r, p: p},
		whats: map[time.Time][]told{}, whys: map[time.Time][]TimelineReason{}, work: map[time.Time]bool{}}
	if err := t.birthdays(); err != nil {
		return nil, err
	}
	t.expiries()
	if err := t.rulePeriods(); err != nil {
		return nil, err
	}
	if err := t.workDays(); err != nil {
		return nil, err
	}
	return t.events(total)
}

// timelineDays gathers the days of a timeline: for each day, what changes and why.
type timelineDays struct {
	r, rr    *Rules // as read; in force on day
	p        *Profile
	day, end time.Time // the days after day, up to end, are the timeline's
	days     *assessor
	whats    map[time.Time][]told // what changes, in English and as told
	whys     map[time.Time][]TimelineReason
	work     map[time.Time]bool // the days the work history changes something
}

// add notes on d what changes, for a reason of kind.
func (t *timelineDays) add(d time.Time, kind string, what told) {
	t.whats[d] = append(t.whats[d], what)
	t.whys[d] = append(t.whys[d], TimelineReason{Kind: kind})
}

// in reports whether d is a day of the timeline.
func (t *timelineDays) in(d time.Time) bool { return d.After(t.day) && !d.After(t.end) }

// at assesses p on d with the rules in force that day.
func (t *timelineDays) at(d time.Time) (Assessment, error) {
	a, err := t.days.assess(d, false)
	return a.a, err
}

// around scores the day before d and d itself.
func (t *timelineDays) around(d time.Time) (Assessment, Assessment, error) {
	before, err := t.at(d.AddDate(0, 0, -1))
	if err != nil {
		return Assessment{}, Assessment{}, err
	}
	after, err := t.at(d)
	return before, after, err
}

// birthdays adds the birthdays that cost age points (only with a birth date; an age alone has no
// birthday).
func (t *timelineDays) birthdays() error {
	b := t.p.Applicant.BirthDate
	if b.IsZero() {
		return nil
	}
	for n := YearsBetween(b, t.day) + 1; ; n++ {
		d := AddYears(b, n)
		if d.After(t.end) {
			return nil
		}
		if !t.in(d) {
			continue
		}
		before, after, err := t.around(d)
		if err != nil {
			return err
		}
		was, _ := before.CRS.Line(FactorAge, 0)
		now, _ := after.CRS.Line(FactorAge, 0)
		if now.Points < was.Points {
			t.add(d, TimelineBirthday, told{fmt.Sprintf("Birthday: age %d, age points %d → %d", n, was.Points, now.Points),
				say("imp_tl_birthday", "Age", n, "Was", was.Points, "Now", now.Points)})
		}
	}
}

// expiries adds the days language results and the ECA stop counting.
func (t *timelineDays) expiries() {
	rr, p := t.rr, t.p
	result := func(what, slot string, l *Language) {
		if !l.Given() || l.Date.IsZero() {
			return
		}
		test, testTold := l.Test, any(l.Test)
		if c, err := rr.ChartFor(l.Test, l.Date); err == nil {
			test, testTold = c.Name, any(c)
		}
		if d := AddYears(l.Date, rr.Timing.LanguageValidYears); t.in(d) {
			t.add(d, TimelineLanguage, told{fmt.Sprintf("%s result (%s, taken %s) expires: results count for %s",
				what, test, l.Date.Format("2006-01-02"), years(rr.Timing.LanguageValidYears)),
				say("imp_tl_result_expires", "Result", Told{ID: slot}, "Test", testTold, "Date", l.Date, "Years", rr.Timing.LanguageValidYears)})
		}
	}
	result("First official language", "imp_tl_first", &p.Applicant.FirstLanguage)
	result("Second official language", "imp_tl_second", &p.Applicant.SecondLanguage)
	if p.AccompanyingSpouse() {
		result("Spouse's language", "imp_tl_spouse", &p.Spouse.Language)
	}
	if e := p.Applicant.ECADate; !e.IsZero() {
		if d := AddYears(e, rr.Timing.ECAValidYears); t.in(d) {
			t.add(d, TimelineECA, told{fmt.Sprintf("Educational credential assessment (%s) expires: an ECA counts for %s, and FSW needs a valid one",
				e.Format("2006-01-02"), years(rr.Timing.ECAValidYears)), say("imp_tl_eca_expires", "Date", e, "Years", rr.Timing.ECAValidYears)})
		}
	}
}

// rulePeriods adds the days rules start or end (dated periods of the rules file), when they move
// the score.
func (t *timelineDays) rulePeriods() error {
	for _, per := range t.r.History {
		for _, d := range []time.Time{per.From, per.Until.AddDate(0, 0, 1)} {
			if !t.in(d) {
				continue
			}
			before, after, err := t.around(d)
			if err != nil {
				return err
			}
			if after.CRS.Total != before.CRS.Total {
				// per.What is the rules file's own English (no message of the catalogues has it).
				verb, id := "Rules change", "imp_tl_rules_change"
				if !d.Equal(per.From) {
					verb, id = "Rules period ends", "imp_tl_rules_end"
				}
				t.add(d, TimelineRules, told{verb + ": " + per.What, say(id, "Rules", per.What)})
			}
		}
	}
	return nil
}

// workDays adds the days the work history changes the score or eligibility, each verified on the
// day before and the day itself.
func (t *timelineDays) workDays() error {
	p := t.p
	if p.Applicant.Jobs.Len() == 0 && p.Spouse.Jobs.Len() == 0 {
		return nil
	}
	clock := newWorkClock(&t.rr.Work, t.r.Categories, p, t.day, t.end)
	for _, n := range clock.days(dayNumber(t.day), dayNumber(t.end)) {
		d := fromDayNumber(n)
		b, err := t.days.assess(d.AddDate(0, 0, -1), false)
		if err != nil {
			return err
		}
		a, err := t.days.assess(d, false)
		if err != nil {
			return err
		}
		// A category changes only with the pool (a program), its months or its version:
		// judged only then, as it is the costly part.
		if b.a.EligibleAny() != a.a.EligibleAny() || clock.categoryChanges(n) {
			b.cats, a.cats = b.rr.AssessCategories(&b.a), a.rr.AssessCategories(&a.a)
		}
		if what, why := workEvent(p, &b, &a); len(what) > 0 {
			t.whats[d] = append(t.whats[d], what...)
			t.whys[d] = append(t.whys[d], why...)
			t.work[d] = true
		}
	}
	return nil
}

// events are the days gathered, in order, each scored that day, its change from the day before
// it (the first from total).
func (t *timelineDays) events(total int) ([]TimelineEvent, error) {
	held := heldOn(t.p, t.day)
	dates := make([]time.Time, 0, len(t.whats))
	for d := range t.whats {
		dates = append(dates, d)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	out := make([]TimelineEvent, 0, len(dates))
	prev := total
	for _, d := range dates {
		a, err := t.at(d)
		if err != nil {
			return nil, err
		}
		what, said := split(t.whats[d])
		out = append(out, TimelineEvent{Date: d, What: strings.Join(what, "; "), Told: said, Total: a.CRS.Total, Delta: a.CRS.Total - prev,
			Reasons: t.whys[d], KeepsWorking: t.work[d] && held})
		prev = a.CRS.Total
	}
	return out, nil
}

// assessDay assesses p on d with the rules in force that day, and judges its categories.
func assessDay(r *Rules, p *Profile, d time.Time) (dayAssessment, error) {
	s := assessor{r: r, p: p}
	return s.assess(d, true)
}

// assessor assesses a profile on days, each with the rules in force that day, made once for each
// state of the rules (the funds table and the periods in force: all that Rules.At looks at).
type assessor struct {
	r     *Rules
	p     *Profile
	keys  []rulesState
	rules []*Rules
}

type rulesState struct {
	funds   int
	periods uint64
}

// rulesOn is r.At(d).
func (s *assessor) rulesOn(d time.Time) (*Rules, error) {
	if len(s.r.History) > 64 {
		return s.r.At(d)
	}
	k := rulesState{funds: -1}
	for i, t := range s.r.FSW.FundsTables {
		if !d.Before(t.From) {
			k.funds = i
			break
		}
	}
	for i := range s.r.History {
		if s.r.History[i].covers(d) {
			k.periods |= 1 << i
		}
	}
	if i := slices.Index(s.keys, k); i >= 0 && !d.Before(s.r.Earliest) {
		return s.rules[i], nil
	}
	rd, err := s.r.At(d)
	if err != nil {
		return nil, err
	}
	s.keys, s.rules = append(s.keys, k), append(s.rules, rd)
	return rd, nil
}

// assess assesses the profile on d, and with cats judges its categories.
func (s *assessor) assess(d time.Time, cats bool) (dayAssessment, error) {
	rd, err := s.rulesOn(d)
	if err != nil {
		return dayAssessment{}, err
	}
	out := dayAssessment{day: d, rr: rd}
	rd.AssessInto(s.p, d, &out.a)
	if cats {
		out.cats = rd.AssessCategories(&out.a)
	}
	return out, nil
}
