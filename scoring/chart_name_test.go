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
