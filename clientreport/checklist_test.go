package clientreport

import (
	"html"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/checklist"
	"github.com/eewizard/eewizard/scoring"
)

// TestChecklistSaysWhatALetterMustStateOnce: the family of testdata/report/family.toml has two
// jobs that count, so two reference letters. The checklist itself gives each one what a letter
// must state in full; the report says it once, above the list, in HTML and in Markdown, and each
// letter's reason points to it.
func TestChecklistSaysWhatALetterMustStateOnce(t *testing.T) {
	ita := scoring.ITA{Date: scoredOn.AddDate(0, 0, -10), CutOff: 500}
	rep, opts := build(t, "report/family.toml", Options{ITA: &ita})
	c, err := checklist.Build(opts.Rules, opts.Profile, ita, scoredOn)
	if err != nil {
		t.Fatal(err)
	}
	full := 0
	for _, it := range c.Items {
		if strings.Contains(it.Why, checklist.LetterMust) {
			full++
		}
	}
	if full != 2 {
		t.Fatalf("the checklist gives %d letters with what they must state, want 2 (one per job)", full)
	}
	letters := 0
	for _, it := range rep.Checklist.Items {
		if strings.HasPrefix(it.Title, "Employer reference letter") {
			letters++
			if strings.Contains(it.Why, checklist.LetterMust) || !strings.Contains(it.Why, letterSee) {
				t.Errorf("%s: %q, want a pointer to the text said once", it.Title, it.Why)
			}
		}
	}
	if letters != 2 || rep.Checklist.Letter != checklist.LetterMust {
		t.Errorf("%d letters in the report, letter text %q", letters, rep.Checklist.Letter)
	}
	page := html.UnescapeString(htmlOf(t, rep))
	if n := strings.Count(page, checklist.LetterMust); n != 1 {
		t.Errorf("the HTML says what a letter must state %d times, want 1", n)
	}
	if n := strings.Count(markdownOf(t, rep), md(checklist.LetterMust)); n != 1 {
		t.Errorf("the Markdown says what a letter must state %d times, want 1", n)
	}
}
