package scoring

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
)

var update = flag.Bool("update", false, "rewrite testdata/text_en.golden")

// aText is one of the engine's texts, named, in any language.
type aText struct {
	what string
	in   func(p *i18n.Printer) string
}

// everyText lists every line label of every factor, every grid line, every reason of every
// program and every warning, with several levels, and the sections' and levels' titles.
func everyText() []aText {
	var out []aText
	for f := Factor(0); f < NumFactors; f++ {
		for level := -1; level <= 2; level++ {
			if level < 0 && f != FactorFirstLanguage && f != FactorSecondLanguage && f != FactorSpouseLanguage {
				continue
			}
			for _, french := range []bool{false, true} {
				for _, pts := range []int{0, 10} {
					l := Line{Factor: f, Ability: Ability(level & 3), French: french, Level: level, Level2: level + 1, Points: pts, Cap: 50}
					out = append(out, aText{"line " + f.Key(), l.LabelIn})
				}
			}
		}
	}
	for g := GridFactor(0); g <= GridAdaptCap; g++ {
		for level := 0; level <= 2; level++ {
			for _, french := range []bool{false, true} {
				gl := GridLine{Factor: g, French: french, Level: level, Cap: 10}
				out = append(out, aText{"grid", gl.LabelIn})
			}
		}
	}
	for c := ReasonNoLanguage; c <= NoteFundsNotEncoded; c++ {
		for p := ProgramID(0); p < NumPrograms; p++ {
			for _, v := range []int{0, 1, 2} {
				r := Reason{Program: p, Code: c, Ability: Ability(v), Have: 20000 + v, Need: 19999 + v, Level: v}
				out = append(out, aText{"reason", r.TextIn})
			}
		}
	}
	for c := WarnFirstLanguageExpired; c <= WarnECANotYet; c++ {
		for _, v := range []int{1, 2} {
			w := Warning{Code: c, Have: 20000 + v, Need: 19999, Test: "tef"}
			out = append(out, aText{"warning", w.TextIn})
		}
	}
	for s := Section(0); s < NumSections; s++ {
		out = append(out, aText{"section", s.TitleIn})
	}
	for e := Education(0); e < NumEducation; e++ {
		out = append(out, aText{"education", e.TitleIn})
	}
	return out
}

// Every text has its French: not missing (no [id]) and not the English.
func TestEveryTextHasFrench(t *testing.T) {
	en, fr := i18n.For(i18n.En), i18n.For(i18n.Fr)
	texts := everyText()
	for _, x := range texts {
		english, french := x.in(en), x.in(fr)
		if french == "" || strings.Contains(french, "[") || french == english {
			t.Errorf("%s: French %q (English %q)", x.what, french, english)
		}
	}
	for f := Factor(0); f < NumFactors; f++ {
		l := Line{Factor: f}
		if g := l.GroupIn(en); g != "" && l.GroupIn(fr) == g {
			t.Errorf("group of %s: %q %q", f.Key(), g, l.GroupIn(fr))
		}
	}
	for e := Education(0); e < NumEducation; e++ {
		if e.ShortIn(en) != e.String() || e.ShortIn(fr) == e.String() {
			t.Errorf("education %v in short: %q, %q", e, e.ShortIn(en), e.ShortIn(fr))
		}
	}
	if len(texts) < 500 {
		t.Errorf("only %d texts checked", len(texts))
	}
}

// The English of every text, as text.go wrote it before the catalogue became its one source, byte
// for byte: testdata/text_en.golden (go test -update rewrites it), with the line's String and
// Group where they differ from its label.
func TestEveryTextEnglishGolden(t *testing.T) {
	var b strings.Builder
	for _, x := range everyText() {
		b.WriteString(x.what + "\t" + x.in(i18n.For(i18n.En)) + "\n")
	}
	for f := Factor(0); f < NumFactors; f++ {
		for _, ab := range []Ability{Speaking, Reading} {
			l := Line{Factor: f, Ability: ab, Level: 2, Level2: 1, Points: 31, Cap: 50}
			b.WriteString("string " + f.Key() + "\t" + l.String() + "\t" + l.Group() + "\n")
		}
	}
	for g := GridFactor(0); g <= GridAdaptCap; g++ {
		b.WriteString("grid string\t" + GridLine{Factor: g, Level: 1, Points: 5, Cap: 10}.String() + "\n")
	}
	const path = "testdata/text_en.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("line %d:\n got %q\nwant %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%d lines, want %d", len(gl), len(wl))
	}
}
