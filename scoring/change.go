package scoring

import (
	"fmt"
	"strconv"
	"time"
)

// Change is one change to a profile, as a person would describe it ("Speaking CLB 8 → 9"), with the
// `--set KEY=VALUE` assignments that make it, so it can be replayed with `eewizard whatif`.
type Change struct {
	ID    string   // stable name, e.g. "first_language.speaking+1"
	Title string   // in plain words
	Set   []string // KEY=VALUE assignments, in the order to apply them
	Group string   // changes in the same group are alternatives (two levels of one ability)
	// Told is Title as told, for other languages (whatif_told.go, improve_told.go): set for the
	// what-if's scenarios and for every change of the planner; report.ChangeTitleIn writes it.
	Told Told

	apply func(*Profile)
	// tell gives Told when it is said only for the changes shown (the planner's: told, below).
	tell func() Told
}

// told is c with Told said: the planner makes hundreds of changes and shows a few, so it tells
// only those (ImproveWith).
func (c Change) told() Change {
	if c.Told.ID == "" && c.tell != nil {
		c.Told = c.tell()
	}
	return c
}

// Apply returns p with the change made, without parsing: the fast path used by the planner. It
// gives the same profile as applying c.Set with Set (a test holds them together).
func (c Change) Apply(p Profile) Profile {
	if c.apply != nil {
		c.apply(&p)
	}
	return p
}

// ApplySets makes the change through its assignments, checking each like a profile file.
func (c Change) ApplySets(r *Rules, p Profile) (Profile, error) {
	var err error
	for _, s := range c.Set {
		if p, err = Set(r, p, s); err != nil {
			return p, err
		}
	}
	return p, nil
}

func kv(key string, v any) string {
	switch x := v.(type) {
	case string:
		return key + "=" + x
	case float64:
		return key + "=" + strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprintf("%s=%v", key, v)
}

// languageKey is the profile key of a language result: "applicant.first_language".
type languageKey struct {
	key string
	get func(*Profile) *Language
}

var (
	firstLanguage  = languageKey{"applicant.first_language", func(p *Profile) *Language { return &p.Applicant.FirstLanguage }}
	secondLanguage = languageKey{"applicant.second_language", func(p *Profile) *Language { return &p.Applicant.SecondLanguage }}
	spouseLanguage = languageKey{"spouse.language", func(p *Profile) *Language { return &p.Spouse.Language }}
)

// scoreChange sets one ability's score to the lowest score of a level on the result's own test.
func scoreChange(r *Rules, p *Profile, lk languageKey, a Ability, toCLB int, id, title, group string) (Change, bool) {
	l := lk.get(p)
	if !l.Given() {
		return Change{}, false
	}
	chart, err := r.ChartFor(l.Test, l.Date)
	if err != nil {
		return Change{}, false
	}
	score, ok := chart.MinScore(a, toCLB)
	if toCLB <= 0 {
		score, ok = chart.Scale[a][0], true
	}
	if !ok {
		return Change{}, false
	}
	key := lk.key + "." + a.String()
	return Change{ID: id, Title: title, Group: group, Set: []string{kv(key, score)},
		apply: func(p *Profile) { lk.get(p).Scores[a] = score }}, true
}

// Scenarios are the ready-made what-if changes after an ITA on day that apply to p: more work
// experience, a language retest (better and worse), a job offer withdrawn, a birthday between the
// ITA and the deadline, the spouse no longer coming, a new credential finished, a nomination
// withdrawn; and for each job of a work history held on day, the job ended that day and a change to
// an occupation on no category list (jobScenarios).
func Scenarios(r *Rules, p *Profile, day time.Time) []Change {
	var out []Change
	a := &p.Applicant
	// A work history's years are counted from its jobs, not set: a year more of a job is a change of
	// dates, so the year scenarios are offered for year counts only (jobScenarios change the jobs).
	byCounts := a.Jobs.Len() == 0
	if byCounts && a.CanadianWorkYears < WorkWindowYears {
		n, foreign := a.CanadianWorkYears+1, a.ForeignWorkYears
		title := fmt.Sprintf("One more year of skilled work in Canada (%s)", years(n))
		var sets []string
		if n+foreign > WorkWindowYears {
			// The last 10 years move on: the oldest year, abroad, leaves them.
			foreign--
			sets = append(sets, kv("applicant.foreign_work_years", foreign))
			title += fmt.Sprintf("; the oldest year abroad leaves the last %d years (%s abroad)", WorkWindowYears, years(foreign))
		}
		sets = append(sets, kv("applicant.canadian_work_years", n))
		last3 := a.CanadianWorkYearsLast3
		if last3 < CECWindowYears {
			last3++
			sets = append(sets, kv("applicant.canadian_work_years_last_3", last3))
		}
		told := Told{"sc_more_canadian_work", map[string]any{"Years": n}}
		if n+a.ForeignWorkYears > WorkWindowYears {
			told = Told{"sc_more_canadian_work_window", map[string]any{"Years": n, "Window": WorkWindowYears, "Foreign": foreign}}
		}
		out = append(out, Change{ID: "more-canadian-work", Title: title, Told: told, Set: sets, apply: func(p *Profile) {
			p.Applicant.CanadianWorkYears, p.Applicant.ForeignWorkYears, p.Applicant.CanadianWorkYearsLast3 = n, foreign, last3
		}})
	}
	if byCounts && a.CanadianWorkYears+a.ForeignWorkYears < WorkWindowYears {
		n := a.ForeignWorkYears + 1
		out = append(out, Change{ID: "more-foreign-work", Title: fmt.Sprintf("One more year of skilled work abroad (%s)", years(n)),
			Told: Told{"sc_more_foreign_work", map[string]any{"Years": n}},
			Set:  []string{kv("applicant.foreign_work_years", n)}, apply: func(p *Profile) { p.Applicant.ForeignWorkYears = n }})
	}
	if lv := r.LevelsOf(&a.FirstLanguage, day); lv.Given {
		for _, dir := range []int{+1, -1} {
			c := Change{ID: "retest-better", Title: "Language retest, one level better in every ability", Told: Told{ID: "sc_retest_better"}}
			if dir < 0 {
				c = Change{ID: "retest-worse", Title: "Language retest, one level worse in every ability", Told: Told{ID: "sc_retest_worse"}}
			}
			changed := false
			for ab := Ability(0); ab < NumAbilities; ab++ {
				to := lv.CLB[ab] + dir
				if dir < 0 && lv.CLB[ab] == 0 {
					continue
				}
				if dir < 0 && to < lv.Chart.Lowest() {
					to = 0
				}
				sc, ok := scoreChange(r, p, firstLanguage, ab, to, "", "", "")
				if !ok {
					continue
				}
				c.Set = append(c.Set, sc.Set...)
				prev := c.apply
				c.apply = func(p *Profile) {
					if prev != nil {
						prev(p)
					}
					sc.apply(p)
				}
				changed = true
			}
			if changed {
				out = append(out, c)
			}
		}
	}
	if a.JobOffer != NoJobOffer {
		out = append(out, Change{ID: "job-offer-withdrawn", Title: "Job offer withdrawn", Told: Told{ID: "sc_job_offer_withdrawn"},
			Set: []string{kv("applicant.job_offer", "none")}, apply: func(p *Profile) { p.Applicant.JobOffer = NoJobOffer }})
	}
	if b := a.BirthDate; !b.IsZero() {
		// Offered only when a birthday falls between day (the ITA) and the deadline.
		next := AddYears(b, YearsBetween(b, day)+1)
		if !next.After(day.AddDate(0, 0, r.Timing.ITAWindowDays)) {
			out = append(out, Change{ID: "birthday", Title: "A birthday after the ITA, on " + next.Format("2006-01-02") + " (age is held at the ITA date)",
				Told: Told{"sc_birthday", map[string]any{"Date": next}}})
		}
	}
	if p.AccompanyingSpouse() {
		out = append(out, Change{ID: "spouse-not-coming", Title: "Spouse or partner no longer coming to Canada", Told: Told{ID: "sc_spouse_not_coming"},
			Set: []string{kv("applicant.spouse_accompanying", false)}, apply: func(p *Profile) { p.Applicant.SpouseAccompanying = false }})
	}
	if a.Education < Doctoral {
		next := a.Education + 1
		out = append(out, Change{ID: "new-credential", Title: "Finished a further credential: " + next.Title(),
			Told: Told{"sc_new_credential", map[string]any{"Education": next}},
			Set:  []string{kv("applicant.education", next.String())}, apply: func(p *Profile) { p.Applicant.Education = next }})
	}
	if a.Nomination {
		out = append(out, Change{ID: "nomination-withdrawn", Title: "Provincial nomination withdrawn", Told: Told{ID: "sc_nomination_withdrawn"},
			Set: []string{kv("applicant.provincial_nomination", false)}, apply: func(p *Profile) { p.Applicant.Nomination = false }})
	}
	return append(out, jobScenarios(r, p, day)...)
}
