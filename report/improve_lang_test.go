package report

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// A plan for a kind of round says what entering takes in the printer's language when the entry
// gives its words in it (Entry.In, MissingIn: rounds.Entry's to fill), and the English otherwise.
func TestPlanLinesSayTheEntryInItsOwnWordsWhenItHasThem(t *testing.T) {
	fr, en := i18n.For(i18n.Fr), i18n.For(i18n.En)
	e := &scoring.Entry{Key: "french", Name: "French-language proficiency rounds", Need: "NCLC 7 or more in all four"}
	tp := &scoring.TargetPlan{Target: 379, Total: 441, Entry: e, MissingToday: "no French result", Enters: true}
	english := strings.Join(PlanLinesIn(fr, 441, tp), " ")
	if !strings.Contains(english, "il leur faut NCLC 7 or more in all four\u202f; no French result") {
		t.Errorf("without In: want the English words, got %q", english)
	}
	e.In = func(p *i18n.Printer) scoring.EntryWords {
		return scoring.EntryWords{Name: "rondes de compétence en français", Need: "NCLC 7 ou plus aux quatre compétences"}
	}
	french := strings.Join(PlanLinesIn(fr, 441, tp), " ")
	if !strings.Contains(french, "il leur faut NCLC 7 ou plus aux quatre compétences") {
		t.Errorf("with In: want the French words, got %q", french)
	}
	if got := strings.Join(PlanLinesIn(en, 441, tp), " "); !strings.Contains(got, "they need NCLC 7 or more in all four; no French result.") {
		t.Errorf("English: %q", got)
	}
}

// The gains and losses French writes: "+62", "−11", "+1 200", as the English but for the
// grouping of thousands.
func TestPlusInGroupsThousandsInFrench(t *testing.T) {
	fr, en := i18n.For(i18n.Fr), i18n.For(i18n.En)
	for _, c := range []struct {
		n      int
		en, fr string
	}{{62, "+62", "+62"}, {-11, "−11", "−11"}, {0, "0", "0"}, {1200, "+1200", "+1\u202f200"}} {
		if got := plusIn(en, c.n); got != c.en || got != plus(c.n) {
			t.Errorf("en %d: %q, want %q (plus: %q)", c.n, got, c.en, plus(c.n))
		}
		if got := plusIn(fr, c.n); got != c.fr {
			t.Errorf("fr %d: %q, want %q", c.n, got, c.fr)
		}
	}
}
