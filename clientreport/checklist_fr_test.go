package clientreport

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
)

// The report's checklist section in French (checklistOfIn): the same items, people and fees as
// the English, every word French, what a reference letter must state said once in French and
// each letter pointing to it, money and dates as French writes them.
func TestChecklistSectionInFrench(t *testing.T) {
	fr, en := i18n.For(i18n.Fr), i18n.For(i18n.En)
	ita := scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}
	_, opts := build(t, "report/family.toml", Options{ITA: &ita})
	c, err := checklist.Build(opts.Rules, opts.Profile, ita, scoredOn)
	if err != nil {
		t.Fatal(err)
	}
	e, f := checklistOfIn(en, &c), checklistOfIn(fr, &c)
	if len(e.Items) != len(f.Items) || len(e.Fees) != len(f.Fees) || len(e.Items) == 0 || len(e.Fees) == 0 {
		t.Fatalf("English %d items and %d fees, French %d and %d", len(e.Items), len(e.Fees), len(f.Items), len(f.Fees))
	}
	if f.Letter != checklist.LetterMustIn(fr) || e.Letter != checklist.LetterMust {
		t.Errorf("the letter's text: %q", f.Letter)
	}
	letters := 0
	var all []string
	for i, it := range f.Items {
		all = append(all, it.Title, it.Who, it.Why, it.Due)
		if strings.Contains(e.Items[i].Why, letterSee) {
			letters++
			if !strings.Contains(it.Why, letterSeeIn(fr)) || strings.Contains(it.Why, f.Letter) {
				t.Errorf("%s: %q, want a pointer to the text said once", it.Title, it.Why)
			}
		}
	}
	if letters != 2 {
		t.Errorf("%d letters, want 2", letters)
	}
	for i, l := range f.Fees {
		all = append(all, l.What)
		if digits(l.Amount) != digits(e.Fees[i].Amount) || !strings.HasSuffix(l.Amount, i18n.NBSP+"$") {
			t.Errorf("fee %d: %q in French, %q in English", i, l.Amount, e.Fees[i].Amount)
		}
	}
	all = append(all, f.Letter, f.Unconfirmed, f.Deadline)
	if digits(f.Total) != digits(e.Total) || f.Deadline != fr.Date(c.Deadline) {
		t.Errorf("total %q / %q, deadline %q", f.Total, e.Total, f.Deadline)
	}
	if w := i18ntest.English(strings.Join(all, "\n"), "baccalauréat"); len(w) > 0 {
		t.Errorf("English in the French checklist section: %v\n%s", w, strings.Join(all, "\n"))
	}
	if checklistOf(&c).Total != e.Total || checklistOf(&c).Items[0].Title != e.Items[0].Title {
		t.Error("checklistOf is not the English")
	}
}

// digits is s's digits only: "$3,455" and "3 455 $" are "3455".
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
