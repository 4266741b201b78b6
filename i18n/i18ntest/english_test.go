package i18ntest

import (
	"strings"
	"testing"
)

func TestEnglish(t *testing.T) {
	for _, c := range []struct {
		s     string
		allow []string
		want  string
	}{
		{"Total SCG : 1 200 points ; âge 29 ans, 2e langue officielle, test de langue", nil, ""},
		{"Vous êtes admissible au PTQF, plan de 24 mois, type de ronde", nil, ""},
		{"Total CRS 441, eligible with a job offer", nil, "eligible with job offer"},
		{"IELTS General Training : NCLC 9 ; fichier ada.toml", []string{"ada.toml"}, ""},
		{"ctrl+t English", []string{"English"}, ""},
		{"ctrl+t English", nil, "English"},
	} {
		if got := strings.Join(English(c.s, c.allow...), " "); got != c.want {
			t.Errorf("English(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// A French word holding an English one after an accent is not English: "baccalauréat" has no
// "at", "réservé" no "is".
func TestEnglishKnowsAccents(t *testing.T) {
	if got := English("baccalauréat, emploi réservé, années à l’étranger, cut-off"); len(got) != 1 || got[0] != "cut-off" {
		t.Errorf("English = %q, want only cut-off", got)
	}
}

// A profile file's key is one word, not English: hours_per_week, self_employed.
func TestEnglishKeysAreWords(t *testing.T) {
	if got := English("hours_per_week = 10, self_employed = false"); len(got) != 0 {
		t.Errorf("English = %q, want none", got)
	}
}
