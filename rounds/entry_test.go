package rounds

import (
	"os"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

func entryRules(t *testing.T) (*scoring.Rules, func(string) scoring.Profile) {
	t.Helper()
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := scoring.LoadRules("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := scoring.ParseDay("2026-08-20")
	r, _ = r.At(day)
	read := func(text string) scoring.Profile {
		p, err := scoring.ReadProfile(r, "p.toml", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	return r, read
}

// TestCanEnterAgreesWithKindsForAndMissingSaysWhy: for profiles eligible for some programs and
// none, CanEnter is true exactly for the kinds KindsFor lists (occupational categories check
// eligibility only), and Missing names what is missing for the others.
func TestCanEnterAgreesWithKindsForAndMissingSaysWhy(t *testing.T) {
	r, read := entryRules(t)
	day, _ := scoring.ParseDay("2026-08-20")
	const head = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\nteer = 1\n"
	profiles := map[string]string{
		"cec-french-nominated": head + "canadian_work_years = 1\ncanadian_work_years_last_3 = 1\nprovincial_nomination = true\n" +
			"[applicant.first_language]\ntest = \"tef\"\nlistening = 450\nreading = 450\nwriting = 450\nspeaking = 460\n",
		"cec-english": head + "canadian_work_years = 1\ncanadian_work_years_last_3 = 1\n" +
			"[applicant.first_language]\ntest = \"celpip\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n" +
			"[applicant.second_language]\ntest = \"nclc\"\nlistening = 7\nreading = 6\nwriting = 7\nspeaking = 7\n",
		"none": head + "foreign_work_years = 3\n" +
			"[applicant.first_language]\ntest = \"celpip\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n",
	}
	for name, text := range profiles {
		p := read(text)
		a := scoring.Assess(r, &p, day)
		listed := map[Category]bool{}
		for _, k := range KindsFor(&a, &p) {
			listed[k.Category] = true
		}
		for _, c := range Categories() {
			got := CanEnter(c, &a, &p)
			want := listed[c]
			if Entry(c).Unchecked != "" || c == Other {
				want = a.EligibleAny() // only the eligibility can be checked
			}
			if got != want {
				t.Errorf("%s: %s: CanEnter %v, KindsFor %v", name, c, got, want)
			}
			if e := Entry(c); e.Met(&a, &p) != got || (Missing(c, &a, &p) == "") != got || e.Need == "" {
				t.Errorf("%s: %s: entry disagrees: met %v, missing %q, need %q", name, c, e.Met(&a, &p), Missing(c, &a, &p), e.Need)
			}
		}
	}
	p := read(profiles["cec-english"])
	a := scoring.Assess(r, &p, day)
	for c, want := range map[Category]string{
		French: "French at NCLC listening 7, reading 6, writing 7, speaking 7",
		PNP:    "no provincial or territorial nomination",
		FST:    "FST: ",
	} {
		if got := Missing(c, &a, &p); !strings.Contains(got, want) {
			t.Errorf("cec-english: %s: missing %q, want %q in it", c, got, want)
		}
	}
	p = read(profiles["none"])
	a = scoring.Assess(r, &p, day)
	if got := Missing(French, &a, &p); !strings.Contains(got, "not eligible for any program (FSW: settlement funds") ||
		!strings.Contains(got, "CEC: skilled work in Canada") || !strings.HasSuffix(got, "no French result") {
		t.Errorf("none: French: %q", got)
	}
}
