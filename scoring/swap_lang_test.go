package scoring

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
)

// codes are what the English check leaves out of the comparison's French: profile keys, quoted
// values of the profile file, test names.
var codes = regexp.MustCompile(`[a-z_]+\.[a-z_.]+|\[[a-z_.]+\]|"[a-z0-9-]+"|[a-z_]+_[a-z_0-9]+|ielts, celpip, pte, clb|tef, tcf, nclc`)

func noEnglish(t *testing.T, what, s string) {
	t.Helper()
	if w := i18ntest.English(strings.Map(func(r rune) rune {
		if r > 127 && strings.ContainsRune("éèêàâçôîûùëïœÉÀ", r) {
			return 'x' // i18ntest's \b is ASCII's: "échange" is no "change"
		}
		return r
	}, codes.ReplaceAllString(s, " "))); len(w) > 0 {
		t.Errorf("%s: English %q in %q", what, w, s)
	}
	if strings.Contains(s, "[cmp_") || strings.Contains(s, "[wi_") {
		t.Errorf("%s: a message is missing: %q", what, s)
	}
}

// Every comparison of testdata/compare, and those the swap cannot be made for, says why in French
// with no English word: the reasons, the notes, the missing facts, the arrangements; and with the
// English printer it says Why, Notes and Missing word for word.
func TestComparisonsInFrenchHaveNoEnglish(t *testing.T) {
	r := rulesOn(t, compareDay)
	day, _ := time.Parse(time.DateOnly, compareDay)
	fr, en := i18n.For(i18n.Fr), i18n.For(i18n.En)
	var ps []Profile
	for _, name := range []string{"spouse_principal.toml", "equal.toml", "all_keys.toml"} {
		ps = append(ps, compareProfile(t, r, name))
	}
	single := ps[0]
	single.Applicant.MaritalStatus = Single
	canadian, away, bare := ps[0], ps[0], ps[0]
	canadian.Applicant.SpouseCanadian = true
	away.Applicant.SpouseAccompanying = false
	bare.Spouse = Spouse{}
	ps = append(ps, single, canadian, away, bare)
	missing := 0
	for i := range ps {
		c := r.Compare(&ps[i], day)
		if got, want := strings.Join(c.WhyIn(en), "\n"), strings.Join(c.Why(), "\n"); got != want {
			t.Errorf("profile %d: WhyIn(en) is not Why", i)
		}
		for _, s := range c.WhyIn(fr) {
			noEnglish(t, "why", s)
		}
		for _, n := range c.Notes {
			if n.FactIn(en) != n.Fact || n.NoteIn(en) != n.Note {
				t.Errorf("note %s: FactIn, NoteIn(en) are not Fact, Note", n.ID)
			}
			noEnglish(t, "note "+n.ID, n.FactIn(fr)+": "+n.NoteIn(fr))
		}
		for _, m := range c.Missing {
			if m.WhyIn(en) != m.Why {
				t.Errorf("missing %s: WhyIn(en) is not Why", m.Key)
			}
			noEnglish(t, "missing "+m.Key, m.WhyIn(fr))
			missing++
		}
	}
	if missing < 6 {
		t.Errorf("only %d missing facts said", missing)
	}
	for x := AsGiven; x <= Equal; x++ {
		noEnglish(t, "arrangement", x.TitleIn(fr))
	}
}

// The factors' short titles the comparison and the what-if show are Factor.Title in English.
func TestFactorTitleInEnglishIsFactorTitle(t *testing.T) {
	en, fr := i18n.For(i18n.En), i18n.For(i18n.Fr)
	for f := Factor(0); f < NumFactors; f++ {
		if got := FactorTitleIn(en, f); got != f.Title() {
			t.Errorf("%s: %q, want %q", f.Key(), got, f.Title())
		}
		if FactorTitleIn(fr, f) == f.Title() && f != FactorAge {
			t.Errorf("%s: the French is the English %q", f.Key(), f.Title())
		}
	}
}

// The spouse's facts as principal applicant, checked in French: each problem in French with no
// English word, under the same key as in English.
func TestSpousePrincipalProblemsInFrench(t *testing.T) {
	r := rulesOn(t, compareDay)
	lang := func(test string, d time.Time) Language {
		return Language{Test: test, Date: d, Scores: [NumAbilities]float64{7, 7, 7, 7}}
	}
	born := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	old := time.Date(1999, 5, 1, 0, 0, 0, 0, time.UTC)
	spouses := []Spouse{
		{Education: Secondary, Principal: SpouseAsPrincipal{CanadianEducation: CanadianOneOrTwoYear}},
		{Education: OneYear, Principal: SpouseAsPrincipal{CanadianEducation: CanadianThreeYearOrMore}},
		{CanadianWorkYears: 1, Principal: SpouseAsPrincipal{CanadianWorkYearsLast3: 2}},
		{Principal: SpouseAsPrincipal{SecondLanguage: lang("tef", time.Time{})}},
		{Language: lang("clb", time.Time{}), Principal: SpouseAsPrincipal{SecondLanguage: lang("ielts", time.Time{})}},
		{Language: lang("clb", old), Principal: SpouseAsPrincipal{BirthDate: born, ECADate: old}},
	}
	n := 0
	for i := range spouses {
		en := SpousePrincipalProblems(r, &spouses[i])
		fr := SpousePrincipalProblemsIn(i18n.For(i18n.Fr), r, &spouses[i])
		if len(en) == 0 || len(en) != len(fr) {
			t.Fatalf("spouse %d: %d problems in English, %d in French", i, len(en), len(fr))
		}
		for j := range fr {
			if fr[j].Key != en[j].Key {
				t.Errorf("spouse %d: key %s, English %s", i, fr[j].Key, en[j].Key)
			}
			noEnglish(t, fr[j].Key, fr[j].Msg)
			n++
		}
	}
	if n < 7 {
		t.Errorf("only %d problems checked", n)
	}
}

// The compare screen's first note says in English what it always said, and in French no English.
func TestOwnFactsNote(t *testing.T) {
	n := OwnFactsNote()
	if n.Fact != "Each person's own facts" || n.Note != "age, education, ECA, languages, work, Canadian study, certificate, job offer and work authorization go with the person" {
		t.Errorf("%+v", n)
	}
	noEnglish(t, "own facts", n.FactIn(i18n.For(i18n.Fr))+": "+n.NoteIn(i18n.For(i18n.Fr)))
}
