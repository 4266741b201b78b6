package scoring

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
)

// checkLang asserts that a text in English from the catalogue is text.go's, and that its French
// is there (no [id] of a missing message) and is not the English.
func checkLang(t *testing.T, what string, english, en, fr string) {
	t.Helper()
	if en != english {
		t.Errorf("%s: catalogue English %q, text.go %q", what, en, english)
	}
	if fr == "" || strings.Contains(fr, "[") || fr == english {
		t.Errorf("%s: French %q (English %q)", what, fr, english)
	}
}

// Every line label of every factor, every grid line, every reason of every program and every
// warning, with several levels: the catalogue's English is text.go's byte for byte, and each has
// its French.
func TestEveryTextHasFrench(t *testing.T) {
	en, fr := i18n.For(i18n.En), i18n.For(i18n.Fr)
	n := 0
	for f := Factor(0); f < NumFactors; f++ {
		for level := -1; level <= 2; level++ {
			if level < 0 && f != FactorFirstLanguage && f != FactorSecondLanguage && f != FactorSpouseLanguage {
				continue
			}
			for _, french := range []bool{false, true} {
				for _, pts := range []int{0, 10} {
					l := Line{Factor: f, Ability: Ability(level & 3), French: french, Level: level, Level2: level + 1, Points: pts, Cap: 50}
					checkLang(t, "line "+f.Key(), l.Label(), l.LabelIn(en), l.LabelIn(fr))
					if l.Group() != l.GroupIn(en) || (l.Group() != "" && l.GroupIn(fr) == l.Group()) {
						t.Errorf("group of %s: %q %q %q", f.Key(), l.Group(), l.GroupIn(en), l.GroupIn(fr))
					}
					n++
				}
			}
		}
	}
	for g := GridFactor(0); g <= GridAdaptCap; g++ {
		for level := 0; level <= 2; level++ {
			for _, french := range []bool{false, true} {
				gl := GridLine{Factor: g, French: french, Level: level, Cap: 10}
				checkLang(t, "grid", gl.Label(), gl.LabelIn(en), gl.LabelIn(fr))
				n++
			}
		}
	}
	for c := ReasonNoLanguage; c <= NoteFundsNotEncoded; c++ {
		for p := ProgramID(0); p < NumPrograms; p++ {
			for _, v := range []int{0, 1, 2} {
				r := Reason{Program: p, Code: c, Ability: Ability(v), Have: 20000 + v, Need: 19999 + v, Level: v}
				checkLang(t, "reason", r.String(), r.TextIn(en), r.TextIn(fr))
				n++
			}
		}
	}
	for c := WarnFirstLanguageExpired; c <= WarnECANotYet; c++ {
		for _, v := range []int{1, 2} {
			w := Warning{Code: c, Have: 20000 + v, Need: 19999, Test: "tef"}
			checkLang(t, "warning", w.String(), w.TextIn(en), w.TextIn(fr))
			n++
		}
	}
	for s := Section(0); s < NumSections; s++ {
		checkLang(t, "section", s.Title(), s.TitleIn(en), s.TitleIn(fr))
	}
	for e := Education(0); e < NumEducation; e++ {
		checkLang(t, "education", e.Title(), e.TitleIn(en), e.TitleIn(fr))
		if e.ShortIn(en) != e.String() || e.ShortIn(fr) == e.String() {
			t.Errorf("education %v in short: %q, %q", e, e.ShortIn(en), e.ShortIn(fr))
		}
	}
	if n < 500 {
		t.Errorf("only %d texts checked", n)
	}
}
