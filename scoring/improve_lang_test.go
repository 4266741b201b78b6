package scoring_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/scoring"
)

var (
	en = i18n.For(i18n.En)
	fr = i18n.For(i18n.Fr)
)

// frenchAllowed are the names French keeps: the tests' names as their makers write them, the
// jobs' titles as the profiles give them.
func frenchAllowed(c scoring.ImproveCase) []string {
	var allow []string
	for _, charts := range c.Rules.Charts {
		for _, ch := range charts {
			allow = append(allow, ch.Name)
		}
	}
	for _, l := range []*scoring.JobList{&c.P.Applicant.Jobs, &c.P.Spouse.Jobs} {
		for _, j := range l.All() {
			allow = append(allow, j.Title)
		}
	}
	// The rules file's periods are its own English (no message has them; none is in force after
	// 2025-03-24, so only a plan dated before then meets one).
	for _, per := range c.Rules.History {
		allow = append(allow, per.What)
	}
	// French words that English's ASCII word boundaries split ("baccalauréat" has "at").
	allow = append(allow, "baccalauréat")
	sort.Slice(allow, func(i, j int) bool { return len(allow[i]) > len(allow[j]) }) // the longest first
	return allow
}

// checkFrench fails when the French of what was told lacks a message or has English in it.
func checkFrench(t *testing.T, c scoring.ImproveCase, english, french string) {
	t.Helper()
	if strings.Contains(french, "[") {
		t.Errorf("%s: %q: a message is missing: %q", c.Name, english, french)
	}
	if words := i18ntest.English(french, frenchAllowed(c)...); len(words) > 0 {
		t.Errorf("%s: %q in French has English %q: %q", c.Name, english, words, french)
	}
}

// Every change the planner can make, on every profile of its tests, is told (Change.Told): the
// English of what was told is its Title, byte for byte, and the French is French. Every kind of
// change is among them (the table: each message a change's title can be).
func TestEveryPlannerChangeIsToldInEnglishAndFrench(t *testing.T) {
	seen := map[string]int{}
	for _, c := range scoring.ImproveCases(t) {
		for _, ch := range c.Candidates(t) {
			if ch.Told.ID == "" {
				t.Errorf("%s: %s: not told", c.Name, ch.ID)
				continue
			}
			seen[ch.Told.ID]++
			if got := report.ToldIn(en, ch.Told); got != ch.Title {
				t.Errorf("%s: %s: told in English\n got %q\nwant %q", c.Name, ch.ID, got, ch.Title)
			}
			if report.ChangeTitleIn(en, &ch) != ch.Title {
				t.Errorf("%s: %s: ChangeTitleIn(en) is not the Title", c.Name, ch.ID)
			}
			checkFrench(t, c, ch.Title, report.ChangeTitleIn(fr, &ch))
		}
	}
	for _, id := range []string{
		"imp_nomination", "imp_certificate", "imp_canadian_work", "imp_foreign_work", "imp_spouse_work",
		"imp_education", "imp_canadian_education_short", "imp_canadian_education_long", "imp_spouse_education",
		"imp_ability", "imp_all_four", "imp_retake_too_old", "imp_retake_not_yet", "imp_retake_up",
		"imp_new_first", "imp_new_second_french", "imp_new_second_english",
		"imp_keep_working", "imp_keep_working_ends", "imp_keep_working_spouse", "imp_keep_working_spouse_ends",
	} {
		if seen[id] == 0 {
			t.Errorf("no profile of the tests makes a change told as %s", id)
		}
		if !fr.Has(id) || !en.Has(id) {
			t.Errorf("%s: not in both catalogues", id)
		}
	}
	t.Logf("told: %v", seen)
}

// timelineTold are the messages a day of the timeline can be told in, and whether the profiles of
// the tests reach one (the others need a work history this table does not hold: FSW's continuous
// year reached or lost alone, a category's version ending on its day, a year count reached in no
// job held, a category without a reason, a rules period starting).
var timelineTold = map[string]bool{
	"imp_tl_birthday": true, "imp_tl_result_expires": true, "imp_tl_eca_expires": true,
	"imp_tl_rules_end": true, "imp_tl_eligible": true, "imp_tl_not_eligible_why": true,
	"imp_tl_category_met": true, "imp_tl_category_lost": true, "imp_tl_reaches_in": true, "imp_tl_drops": true,
	"imp_tl_rules_change": false, "imp_tl_not_eligible": false, "imp_tl_category_ended": false, "imp_tl_no_reason": false,
	"imp_tl_reaches": false, "imp_tl_fsw_reached": false, "imp_tl_fsw_lost": false,
}

// Every day of every timeline of the planner's profiles is told part by part (TimelineEvent.Told):
// the English of the parts, joined, is What; the French is French.
func TestEveryTimelineDayIsToldInEnglishAndFrench(t *testing.T) {
	seen := map[string]int{}
	for _, c := range scoring.ImproveTimelineCases(t) {
		plan, err := scoring.Improve(c.Rules, &c.P, c.Day, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		for i := range plan.Timeline {
			e := &plan.Timeline[i]
			var parts []string
			for _, said := range e.Told {
				seen[said.ID]++
				parts = append(parts, report.ToldIn(en, said))
			}
			if got := strings.Join(parts, "; "); got != e.What {
				t.Errorf("%s: %s: told in English\n got %q\nwant %q", c.Name, e.Date.Format("2006-01-02"), got, e.What)
			}
			if report.TimelineWhatIn(en, e) != e.What {
				t.Errorf("%s: TimelineWhatIn(en) is not What", c.Name)
			}
			checkFrench(t, c, e.What, report.TimelineWhatIn(fr, e))
		}
	}
	for id, reached := range timelineTold {
		if reached && seen[id] == 0 {
			t.Errorf("no day of the tests' timelines is told as %s", id)
		}
		if !fr.Has(id) || !en.Has(id) {
			t.Errorf("%s: not in both catalogues", id)
		}
	}
	for id := range seen {
		if _, ok := timelineTold[id]; !ok {
			t.Errorf("%s: a day told in a message timelineTold does not list", id)
		}
	}
}
