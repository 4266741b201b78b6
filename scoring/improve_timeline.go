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
	end := day.AddDate(0, TimelineMonths, 0)
	whats := map[time.Time][]string{}
	whys := map[time.Time][]TimelineReason{}
	add := func(d time.Time, kind, what string) {
		whats[d] = append(whats[d], what)
		whys[d] = append(whys[d], TimelineReason{Kind: kind})
	}
	in := func(d time.Time) bool { return d.After(day) && !d.After(end) }
	days := &assessor{r: r, p: p}
	at := func(d time.Time) (Assessment, error) {
		a, err := days.assess(d, false)
		return a.a, err
	}
	// around scores the day before d and d itself.
	around := func(d time.Time) (Assessment, Assessment, error) {
		before, err := at(d.AddDate(0, 0, -1))
		if err != nil {
			return Assessment{}, Assessment{}, err
		}
		after, err := at(d)
		return before, after, err
	}

	// Birthdays that cost age points (only with a birth date; an age alone has no birthday).
	if b := p.Applicant.BirthDate; !b.IsZero() {
		for n := YearsBetween(b, day) + 1; ; n++ {
			d := AddYears(b, n)
			if d.After(end) {
				break
			}
			if !in(d) {
				continue
			}
			before, after, err := around(d)
			if err != nil {
				return nil, err
			}
			was, _ := before.CRS.Line(FactorAge, 0)
			now, _ := after.CRS.Line(FactorAge, 0)
			if now.Points < was.Points {
				add(d, TimelineBirthday, fmt.Sprintf("Birthday: age %d, age points %d → %d", n, was.Points, now.Points))
			}
		}
	}

	// Language results and the ECA stop counting.
	result := func(what string, l *Language) {
		if !l.Given() || l.Date.IsZero() {
			return
		}
		test := l.Test
		if c, err := rr.ChartFor(l.Test, l.Date); err == nil {
			test = c.Name
		}
		if d := AddYears(l.Date, rr.Timing.LanguageValidYears); in(d) {
			add(d, TimelineLanguage, fmt.Sprintf("%s result (%s, taken %s) expires: results count for %s",
				what, test, l.Date.Format("2006-01-02"), years(rr.Timing.LanguageValidYears)))
		}
	}
	result("First official language", &p.Applicant.FirstLanguage)
	result("Second official language", &p.Applicant.SecondLanguage)
	if p.AccompanyingSpouse() {
		result("Spouse's language", &p.Spouse.Language)
	}
	if e := p.Applicant.ECADate; !e.IsZero() {
		if d := AddYears(e, rr.Timing.ECAValidYears); in(d) {
			add(d, TimelineECA, fmt.Sprintf("Educational credential assessment (%s) expires: an ECA counts for %s, and FSW needs a valid one",
				e.Format("2006-01-02"), years(rr.Timing.ECAValidYears)))
		}
	}

	// Rules that start or end (dated periods of the rules file), when they move the score.
	for _, per := range r.History {
		for _, d := range []time.Time{per.From, per.Until.AddDate(0, 0, 1)} {
			if !in(d) {
				continue
			}
			before, after, err := around(d)
			if err != nil {
				return nil, err
			}
			if after.CRS.Total != before.CRS.Total {
				verb := "Rules change"
				if !d.Equal(per.From) {
					verb = "Rules period ends"
				}
				add(d, TimelineRules, verb+": "+per.What)
			}
		}
	}

	// The days the work history changes the score or eligibility, each verified on the day
	// before and the day itself.
	work := map[time.Time]bool{}
	if p.Applicant.Jobs.Len() > 0 || p.Spouse.Jobs.Len() > 0 {
		clock := newWorkClock(&rr.Work, r.Categories, p, day, end)
		for _, n := range clock.days(dayNumber(day), dayNumber(end)) {
			d := fromDayNumber(n)
			b, err := days.assess(d.AddDate(0, 0, -1), false)
			if err != nil {
				return nil, err
			}
			a, err := days.assess(d, false)
			if err != nil {
				return nil, err
			}
			// A category changes only with the pool (a program), its months or its version:
			// judged only then, as it is the costly part.
			if b.a.EligibleAny() != a.a.EligibleAny() || clock.categoryChanges(n) {
				b.cats, a.cats = b.rr.AssessCategories(&b.a), a.rr.AssessCategories(&a.a)
			}
			if what, why := workEvent(p, &b, &a); len(what) > 0 {
				whats[d] = append(whats[d], what...)
				whys[d] = append(whys[d], why...)
				work[d] = true
			}
		}
	}
	held := heldOn(p, day)

	dates := make([]time.Time, 0, len(whats))
	for d := range whats {
		dates = append(dates, d)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	out := make([]TimelineEvent, 0, len(dates))
	prev := total
	for _, d := range dates {
		a, err := at(d)
		if err != nil {
			return nil, err
		}
		out = append(out, TimelineEvent{Date: d, What: strings.Join(whats[d], "; "), Total: a.CRS.Total, Delta: a.CRS.Total - prev,
			Reasons: whys[d], KeepsWorking: work[d] && held})
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
