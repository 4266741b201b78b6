package scoring

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// What the days of a work history change, in words and as reasons: the year counts that move, the
// programs and the categories met or lost, found by comparing the assessments of the day before
// and of the day itself (improve_jobs.go finds the days).

// Kinds of TimelineReason.
const (
	TimelineBirthday = "birthday" // a birthday that costs age points
	TimelineLanguage = "language" // a language result stops counting
	TimelineECA      = "eca"      // the ECA stops counting
	TimelineRules    = "rules"    // a period of the rules starts or ends
	TimelineWork     = "work"     // a count of years of work changes (Program and Category empty)
	TimelineProgram  = "program"  // eligibility for a program changes (Program set)
	TimelineCategory = "category" // a category is met or no longer met (Category and Version set)
)

// TimelineReason is one cause of a TimelineEvent, for programs that add to it (the rounds a
// category or a program brings, from IRCC's feed).
type TimelineReason struct {
	Kind     string // one of the Timeline kinds above
	Program  string // TimelineProgram: "fsw", "cec" or "fst" (ProgramID.String)
	Category string // TimelineCategory: the category id ("healthcare")
	Version  int    // TimelineCategory: the version judged on the day
	Met      bool   // TimelineProgram, TimelineCategory: met from the day on (false: no longer met)
}

// heldOn reports whether p holds a job on day (its end absent, or on or after day).
func heldOn(p *Profile, day time.Time) bool {
	for _, l := range []*JobList{&p.Applicant.Jobs, &p.Spouse.Jobs} {
		for _, j := range l.All() {
			if !j.Start.After(day) && (j.End.IsZero() || !j.End.Before(day)) {
				return true
			}
		}
	}
	return false
}

// dayAssessment is a profile assessed on one day, with the rules of the day and its categories.
type dayAssessment struct {
	day  time.Time
	rr   *Rules
	a    Assessment
	cats []CategoryResult
}

// workEvent says what changes between the assessments of the day before (b) and of the day (a)
// because of p's work history; nothing when no program, no category and no score moved with it.
func workEvent(p *Profile, b, a *dayAssessment) (what []told, why []TimelineReason) {
	scoreMoved := b.a.CRS.Total != a.a.CRS.Total
	var progs []told
	var progWhy []TimelineReason
	for id := ProgramID(0); id < NumPrograms; id++ {
		was, now := b.a.Programs[id].Eligible, a.a.Programs[id].Eligible
		if was == now {
			continue
		}
		progWhy = append(progWhy, TimelineReason{Kind: TimelineProgram, Program: id.String(), Met: now})
		if now {
			progs = append(progs, told{fmt.Sprintf("eligible for %s (%s) from this day", id.Acronym(), id.Title()),
				say("imp_tl_eligible", "Acronym", Told{ID: "prog_" + id.String()}, "Program", id)})
			continue
		}
		lost := told{"no longer eligible for " + id.Acronym(), say("imp_tl_not_eligible", "Acronym", Told{ID: "prog_" + id.String()})}
		for _, r := range a.a.Programs[id].Reasons() {
			if r.Fails() {
				lost.en += ": " + r.String()
				lost.ID, lost.Args["Reason"] = "imp_tl_not_eligible_why", r
				break
			}
		}
		progs = append(progs, lost)
	}
	var cats []told
	var catWhy []TimelineReason
	was := map[string]bool{}
	for _, c := range b.cats {
		was[c.ID] = c.Eligible
	}
	for _, c := range a.cats {
		if c.Eligible == was[c.ID] {
			delete(was, c.ID)
			continue
		}
		delete(was, c.ID)
		catWhy = append(catWhy, TimelineReason{Kind: TimelineCategory, Category: c.ID, Version: c.Version, Met: c.Eligible})
		v := versionOf(a.rr, c.ID, c.Version)
		if c.Eligible {
			why, said := experienceReason(v, &c)
			cats = append(cats, told{fmt.Sprintf("%s category met from this day (%s)", c.Title, why),
				say("imp_tl_category_met", "Category", v, "Reason", said)})
		} else {
			why, said := firstReason(v, &c, 0)
			cats = append(cats, told{fmt.Sprintf("%s category no longer met (%s)", c.Title, why),
				say("imp_tl_category_lost", "Category", v, "Reason", said)})
		}
	}
	for _, c := range b.cats {
		if e, ok := was[c.ID]; ok && e {
			catWhy = append(catWhy, TimelineReason{Kind: TimelineCategory, Category: c.ID, Version: c.Version})
			cats = append(cats, told{fmt.Sprintf("%s category no longer met (its list version %d ends)", c.Title, c.Version),
				say("imp_tl_category_ended", "Category", versionOf(b.rr, c.ID, c.Version), "N", c.Version)})
		}
	}
	counts := workCounts(p, b, a)
	if len(progs) == 0 && len(cats) == 0 && !(scoreMoved && len(counts) > 0) {
		return nil, nil
	}
	if len(counts) > 0 {
		what = append(what, counts...)
		why = append(why, TimelineReason{Kind: TimelineWork})
	}
	what = append(what, progs...)
	what = append(what, cats...)
	return what, append(append(why, progWhy...), catWhy...)
}

// workCount is one year count of a work history on two days, b's (was) and a's (now), for
// workCounts.
type workCount struct {
	what         string
	told         Told // what, as told
	was, now     int
	k            keep
	code         string
	window       int
	jobs         []Job
	spouse, used bool
	program      ProgramID // the program the count is for alone: shown only when it changes
	alone        bool
}

// workCounts says which year counts of the work history differ between b and a, and why.
func workCounts(p *Profile, b, a *dayAssessment) []told {
	if !b.a.Work.FromJobs && !b.a.Work.SpouseJobs {
		return nil
	}
	w := &a.rr.Work
	x, y := &b.a.counted, &a.a.counted
	primary := a.a.Work.PrimaryNOC
	aj, sj := p.Applicant.Jobs.All(), p.Spouse.Jobs.All()
	list := []workCount{
		{"skilled work in Canada", Told{ID: "imp_count_canada"}, x.Applicant.CanadianWorkYears, y.Applicant.CanadianWorkYears, keepCRSCanada, "", w.CRSWindowYears, aj, false, b.a.Work.FromJobs, 0, false},
		{"skilled work abroad", Told{ID: "imp_count_abroad"}, x.Applicant.ForeignWorkYears, y.Applicant.ForeignWorkYears, keepAbroad, "", w.CRSWindowYears, aj, false, b.a.Work.FromJobs, 0, false},
		{"skilled work in Canada that counts for CEC", Told{ID: "imp_count_cec"}, x.Applicant.CanadianWorkYearsLast3, y.Applicant.CanadianWorkYearsLast3, keepCEC, "", w.CECWindowYears, aj, false, b.a.Work.FromJobs, CEC, true},
		{"work in NOC " + primary + " (FST)", say("imp_count_fst", "NOC", primary), x.Applicant.TradeWorkYearsLast5, y.Applicant.TradeWorkYearsLast5, keepNOC, primary, w.FSTWindowYears, aj, false, b.a.Work.FromJobs, FST, true},
		{"spouse's skilled work in Canada", Told{ID: "imp_count_spouse"}, x.Spouse.CanadianWorkYears, y.Spouse.CanadianWorkYears, keepCRSCanada, "", w.CRSWindowYears, sj, true, b.a.Work.SpouseJobs, 0, false},
	}
	var out []told
	units, _ := noc.Embedded()
	for _, c := range list {
		if !c.used || c.was == c.now || (c.alone && b.a.Programs[c.program].Eligible == a.a.Programs[c.program].Eligible) {
			continue
		}
		out = append(out, c.sentence(w, a.day, units))
	}
	if b.a.Work.FromJobs && b.a.Work.FSWContinuous != a.a.Work.FSWContinuous && b.a.Programs[FSW].Eligible != a.a.Programs[FSW].Eligible {
		said := say("imp_tl_fsw_reached", "Years", w.FSWContinuousYears, "NOC", primary, "Window", w.FSWWindowYears)
		if a.a.Work.FSWContinuous {
			out = append(out, told{fmt.Sprintf("%s of continuous work in NOC %s reached in the last %s (FSW)",
				capitalize(years(w.FSWContinuousYears)), primary, years(w.FSWWindowYears)), said})
		} else {
			said.ID = "imp_tl_fsw_lost"
			out = append(out, told{fmt.Sprintf("No longer %s of continuous work in NOC %s in the last %s (FSW)",
				years(w.FSWContinuousYears), primary, years(w.FSWWindowYears)), said})
		}
	}
	return out
}

// sentence says how c changed on day: reached, in the jobs that count held that day, or dropped
// as work leaves its window.
func (c *workCount) sentence(w *WorkRules, on time.Time, units *noc.Table) told {
	if c.now > c.was {
		var h history
		newHistory(&h, c.jobs, units)
		day := dayNumber(on)
		var names []string
		var jobs []any
		for i := range c.jobs {
			if w.takes(c.k, &h, i, c.code) && h.start[i] < day && h.end[i] >= day {
				names = append(names, c.jobs[i].Name(i))
				jobs = append(jobs, JobName{i + 1, c.jobs[i].Title, c.jobs[i].NOC})
			}
		}
		by := ""
		said := say("imp_tl_reaches", "What", c.told, "Years", c.now, "Window", c.window)
		if len(names) > 0 {
			by = " in " + strings.Join(names, " and ")
			said.ID, said.Args["Jobs"] = "imp_tl_reaches_in", andTold(jobs)
		}
		return told{fmt.Sprintf("%s reaches %s in the last %s%s", capitalize(c.what), years(c.now), years(c.window), by), said}
	}
	from := fromDayNumber(windowFrom(on, c.window))
	return told{fmt.Sprintf("%s drops to %s: work before %s leaves the last %s", capitalize(c.what), years(c.now),
		from.Format(time.DateOnly), years(c.window)), say("imp_tl_drops", "What", c.told, "Years", c.now, "Date", from, "Window", c.window)}
}

// capitalize is s with its first byte upper-cased: the words it is given start with an ASCII letter.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// experienceReason is a category's reason about months of work, or its first reason, in English
// and as told (a CategoryReasons of that reason alone).
func experienceReason(v *CategoryVersion, c *CategoryResult) (string, any) {
	for i, r := range c.Reasons {
		if strings.HasPrefix(r, "NOC ") {
			return firstReason(v, c, i)
		}
	}
	return firstReason(v, c, 0)
}

// firstReason is a category's reason i (its first: 0), or "no reason given", in English and as told.
func firstReason(v *CategoryVersion, c *CategoryResult, i int) (string, any) {
	if i >= len(c.Reasons) {
		return "no reason given", Told{ID: "imp_tl_no_reason"}
	}
	one := CategoryResult{ID: c.ID, Version: c.Version, Title: c.Title, Eligible: c.Eligible, Reasons: c.Reasons[i : i+1]}
	if i < len(c.Said) {
		one.Said = c.Said[i : i+1]
	}
	return c.Reasons[i], CategoryReasons{v, &one}
}

// versionOf is the category version id, version n of r, or nil.
func versionOf(r *Rules, id string, n int) *CategoryVersion {
	for i := range r.Categories {
		if v := &r.Categories[i]; v.ID == id && v.Version == n {
			return v
		}
	}
	return nil
}
