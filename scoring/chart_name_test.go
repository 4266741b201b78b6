package scoring

import (
	"testing"

	"github.com/eewizard/eewizard/i18n"
)

// A test's name is the rules file's in English; in French, a name made of words has its French
// (rules_chart_<id>) and a test's own name (IELTS General Training) stays as it is.
func TestChartNameIn(t *testing.T) {
	worded := map[string]string{
		"clb": "niveaux NCLC (anglais)", "nclc": "niveaux NCLC (français)",
		"tef_2019": "TEF Canada (barème d’octobre 2019 à décembre 2023)",
		"tef_2015": "TEF Canada (avant octobre 2019, barème des points bruts)",
	}
	seen := 0
	for _, charts := range defaultRules(t).Charts {
		for _, c := range charts {
			if got := c.NameIn(i18n.For(i18n.En)); got != c.Name {
				t.Errorf("%s: English %q, want the rules' %q", c.ID, got, c.Name)
			}
			want, ok := worded[c.ID]
			if !ok {
				want = c.Name
			} else {
				seen++
			}
			if got := c.NameIn(i18n.For(i18n.Fr)); got != want {
				t.Errorf("%s: French %q, want %q", c.ID, got, want)
			}
		}
	}
	if seen != len(worded) {
		t.Errorf("%d of the %d worded charts found in the rules", seen, len(worded))
	}
}

// Every reason work.go gives a job that does not count is a message: English as the engine
// writes it, French from the catalogue; a reason it does not know stays as it is.
func TestJobWhyIn(t *testing.T) {
	for _, why := range []string{"not skilled work (TEER 0-3)", "not authorized to work in Canada", "self-employed",
		"while a full-time student", "outside the window"} {
		if got := JobWhyIn(i18n.For(i18n.En), why); got != why {
			t.Errorf("%q in English = %q", why, got)
		}
		if got := JobWhyIn(i18n.For(i18n.Fr), why); got == why || got == "" || got[0] == '[' {
			t.Errorf("%q in French = %q", why, got)
		}
	}
	if got := JobWhyIn(i18n.For(i18n.Fr), "TEER 9"); got != "TEER 9" {
		t.Errorf("an unknown reason = %q, want it as it is", got)
	}
}
