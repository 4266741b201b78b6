package tui

import (
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// The defects found by using the program in French at 80x24, 120x40 and 200x60: each test failed
// before its fix.

// footerKeys are the keys named in a screen's footer (its last line): the words before each
// "label", e.g. "e", "w", "ctrl+s", "?".
func footerKeys(m Model) []string {
	var keys []string
	for _, item := range strings.Split(lastLine(view(m)), " • ") {
		if k, _, ok := strings.Cut(strings.TrimSpace(item), " "); ok {
			keys = append(keys, k)
		}
	}
	return keys
}

// At 80 and 120 columns the French footers of the screens after the wizard name the same keys as the English ones: the French key labels
// are short enough (before, "modifier une étape", "toutes les touches", "mettre à jour les rondes"
// pushed ctrl+s off the result screen and u, w and q off the rounds screen).
func TestFrenchFootersHoldTheEnglishKeysAt80(t *testing.T) {
	walks := []struct {
		name string
		p    func(t *testing.T) *scoring.Profile
		keys func(t *testing.T, m Model, p *scoring.Profile) Model
	}{
		{"result, scrolled", profileOf(family), nil},
		{"result, example 2", profileOf(cec2), nil},
		{"rounds", profileOf(family), pressed("r")},
		{"rounds, example 2", profileOf(cec2), pressed("r", "right")},
		{"compare", profileOf(family), pressed("c")},
		{"pick a round", profileOf(cec2), pressed("w")},
		{"what-if", profileOf(cec2), pressed("w", "436", "enter", "down")},
		{"checklist", profileOf(cec2), func(t *testing.T, m Model, p *scoring.Profile) Model {
			m, _ = drive(t, whatifKeys(t, m, *p), press("l")...)
			return m
		}},
		{"quit dialog", profileOf(cec2), pressed("ctrl+q")},
		{"help", profileOf(cec2), pressed("?")},
	}
	for _, offline := range []string{"1", ""} {
		t.Setenv(rounds.OfflineEnv, offline)
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, w := range walks {
				var got [2]string
				for i, lang := range []i18n.Lang{i18n.En, i18n.Fr} {
					p := w.p(t)
					m := newModelIn(t, lang, p, "", size[0], size[1])
					if w.keys != nil {
						m = w.keys(t, m, p)
					}
					got[i] = strings.Join(footerKeys(m), " ")
				}
				if got[0] != got[1] {
					t.Errorf("%s at %dx%d (offline %q): the English footer names %q, the French %q",
						w.name, size[0], size[1], offline, got[0], got[1])
				}
			}
		}
	}
}

func profileOf(f func(testing.TB) scoring.Profile) func(*testing.T) *scoring.Profile {
	return func(t *testing.T) *scoring.Profile { p := f(t); return &p }
}

func pressed(keys ...string) func(*testing.T, Model, *scoring.Profile) Model {
	return func(t *testing.T, m Model, _ *scoring.Profile) Model {
		m, _ = drive(t, m, press(keys...)...)
		return m
	}
}

// The result's line of where the score stands against the rounds is whole in French at 80
// columns: its short form fits beside " · r rondes" (before, "bassin : environ 0,0 % pl…" was cut).
func TestFrenchStandingLineWholeAt80(t *testing.T) {
	for _, f := range []func(testing.TB) scoring.Profile{family, cec2} {
		p := f(t)
		m := newModelIn(t, i18n.Fr, &p, "", 80, 24)
		found := false
		for _, l := range strings.Split(view(m), "\n") {
			if strings.Contains(l, "r rondes") {
				found = true
				if strings.Contains(l, "…") {
					t.Errorf("the standing line is cut: %q", l)
				}
			}
		}
		if !found {
			t.Errorf("no standing line:\n%s", view(m))
		}
	}
}

// The note that the rounds are old is whole in French at 80 columns on the result, rounds and
// what-if screens: wrapped under its "!", its keys after it (before, it was cut at
// "(il y a 104 jours) : eewiz…").
func TestFrenchStaleNoteWholeAt80(t *testing.T) {
	p := cec2(t)
	o := options(t, &p, "")
	o.Today, o.Lang = staleDay, i18n.Fr
	for _, keys := range [][]string{nil, {"r"}, {"w", "436", "enter"}} {
		m, err := New(o)
		if err != nil {
			t.Fatal(err)
		}
		m, _ = drive(t, m, sizeMsg(80, 24))
		m, _ = drive(t, m, run(t, m.Init())...)
		m, _ = drive(t, m, press(keys...)...)
		v := view(m)
		if !strings.Contains(v, "eewizard draws update") || !strings.Contains(v, "s’arrêtent") {
			t.Errorf("after %q, the note is not whole:\n%s", keys, v)
		}
		for _, l := range strings.Split(v, "\n") {
			if strings.HasSuffix(l, "…") && strings.Contains(l, "!") {
				t.Errorf("after %q, a cut line: %q", keys, l)
			}
		}
	}
}

// The screen-reader result speaks French (before, "Result on", "Rules:", "CRS score: ... A core"
// and the programs' "eligible" were English in French), and English says what it always said.
func TestAccessibleResultFrench(t *testing.T) {
	p := family(t)
	x, out := accessibleIn(t, i18n.Fr, &p)
	x.printResult()
	fr := out.String()
	for _, want := range []string{"Résultat au ", "Note SCG : 1 172 sur 1 200", "PTQF"} {
		if !strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(fr), want) {
			t.Errorf("%q missing:\n%s", want, fr)
		}
	}
	if strings.Contains(fr, "): ") { // "(max. 460): 432": French puts a space before the colon
		t.Errorf("a colon without its space in the French result:\n%s", fr)
	}
	for _, english := range []string{"Result on", "Rules:", "CRS score", "A core", "not eligible"} {
		if strings.Contains(fr, english) {
			t.Errorf("English %q in the French result:\n%s", english, fr)
		}
	}
	x, out = accessibleIn(t, i18n.En, &p)
	x.printResult()
	en := out.String()
	for _, want := range []string{"\nResult on " + testDay.Format("2006-01-02") + ".\n",
		"CRS score: 1172 of 1200. A core 432, B spouse 40, C skill transferability 100, D additional 600.\n"} {
		if !strings.Contains(en, want) {
			t.Errorf("English %q missing:\n%s", want, en)
		}
	}
}
