package tui

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
)

// The screens after the wizard in French: golden files, a walk of every screen and box that fails
// when English reaches it, the same numbers as in English, layouts that fit, and the language
// switched on a screen giving the screen built fresh in that language.

// family is worked example 4 with its work as jobs: a spouse, jobs with NOC codes.
func family(t testing.TB) scoring.Profile {
	p, _ := profileFile(t, "../testdata/jobs/example4.toml")
	return p
}

// whatifKeys open the what-if of round 436 and keep two scenarios (a worse retest, kept; a year
// more of Canadian work), as TestWhatIfGolden does.
func whatifKeys(t testing.TB, m Model, p scoring.Profile) Model {
	t.Helper()
	m, _ = drive(t, m, press("w", "436", "enter")...)
	r, _ := loadRules(t).At(m.whatif.ita.Date)
	worse, _ := scenarioKey(t, r, p, m.whatif.ita.Date, "retest-worse")
	m, _ = drive(t, m, press(worse, "k", "u")...)
	more, _ := scenarioKey(t, r, p, m.whatif.ita.Date, "more-canadian-work")
	m, _ = drive(t, m, press(more, "k")...)
	return m
}

var frSizes = [][2]int{{80, 24}, {120, 40}}

func TestResultGoldenFr(t *testing.T) {
	for _, size := range frSizes {
		for _, n := range []int{2, 4} {
			t.Run(fmt.Sprintf("example%d_%dx%d", n, size[0], size[1]), func(t *testing.T) {
				p := example(t, n)
				m := newModelIn(t, i18n.Fr, &p, "example.toml", size[0], size[1])
				golden.RequireEqual(t, []byte(m.View()))
			})
		}
	}
}

func TestWhatIfGoldenFr(t *testing.T) {
	for _, size := range frSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := cec2(t)
			m := whatifKeys(t, newModelIn(t, i18n.Fr, &p, "client.toml", size[0], size[1]), p)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

func TestRoundsGoldenFr(t *testing.T) {
	for _, size := range frSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := cec2(t)
			m := newModelIn(t, i18n.Fr, &p, "client.toml", size[0], size[1])
			m, _ = drive(t, m, press("r", "right")...)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

func TestCompareGoldenFr(t *testing.T) {
	for _, size := range frSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := example(t, 4)
			m := newModelIn(t, i18n.Fr, &p, "client.toml", size[0], size[1])
			m, _ = drive(t, m, press("c")...)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

func TestChecklistGoldenFr(t *testing.T) {
	for _, size := range frSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := cec2(t)
			m := newModelIn(t, i18n.Fr, &p, "client.toml", size[0], size[1])
			m, _ = drive(t, m, press("w", "436", "enter", "l")...)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

// The language switched on a screen gives the screen built in that language from the start, its
// state kept: the result scrolled, the what-if with its scenarios kept, the rounds' kind picked.
func TestScreensRelangEqualsFresh(t *testing.T) {
	p := cec2(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, c := range []struct {
			name string
			to   func(Model) Model
		}{
			{"result", func(m Model) Model { m, _ = drive(t, m, press("down", "down", "down")...); return m }},
			{"whatif", func(m Model) Model { return whatifKeys(t, m, p) }},
			{"rounds", func(m Model) Model { m, _ = drive(t, m, press("r", "right", "down")...); return m }},
			{"compare", func(m Model) Model { m, _ = drive(t, m, press("c", "down")...); return m }},
			{"picker", func(m Model) Model { m, _ = drive(t, m, press("w", "43")...); return m }},
		} {
			for _, to := range []i18n.Lang{i18n.Fr, i18n.En} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", c.name, to.Code(), size[0], size[1]), func(t *testing.T) {
					from := i18n.Fr
					if to == i18n.Fr {
						from = i18n.En
					}
					switched := c.to(newModelIn(t, from, &p, "client.toml", size[0], size[1]))
					switched.relang() // what ctrl+t does
					fresh := c.to(newModelIn(t, to, &p, "client.toml", size[0], size[1]))
					if got, want := switched.View(), fresh.View(); got != want {
						t.Errorf("switched to %s:\n%s\nbuilt in %s:\n%s", to.Code(), ansi.Strip(got), to.Code(), ansi.Strip(want))
					}
				})
			}
		}
	}
}

// wizardKeyHelp are the keys' help texts (keys.go, the wizard helper's, who makes them French
// per language): allowed in the footers until the merge.
func wizardKeyHelp(m Model) []string {
	var out []string
	v := reflect.ValueOf(m.c.keys)
	for i := 0; i < v.NumField(); i++ {
		if b, ok := v.Field(i).Interface().(key.Binding); ok {
			out = append(out, b.Help().Desc, b.Help().Key)
		}
	}
	return out
}

// names are what the French screens keep as they are: the program's name, files, tests' names.
var names = []string{"eewizard", "enter", "client.toml", "example.toml", "rules.toml", "IRCC", "IELTS General Training", "CELPIP-General", "--set", "--ita-date", "--round",
	// i18ntest's \b is ASCII's: "baccalauréat" ends in "at" after the é.
	"baccalauréat"}

// englishIn fails the test for each English word of frame (ANSI stripped) that is not a word of
// another area's text (otherAreasText: wrapped, their sentences cannot be removed whole, so their
// words are allowed). The footer is the keys' help (keys.go's, the wizard helper's, cut to the
// width) or a note: a note is checked, the keys' help is not.
func englishIn(t *testing.T, name string, m Model, frame string, allow ...string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(ansi.Strip(frame), "\n"), "\n")
	body := strings.Join(lines, "\n") // the footer too: the keys' help is the catalogue's
	others := map[string]bool{}
	for _, s := range otherAreasText(m) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			others[w] = true
		}
	}
	var english []string
	for _, w := range i18ntest.English(body, append(allow, names...)...) {
		if !others[strings.ToLower(w)] {
			english = append(english, w)
		}
	}
	if len(english) > 0 {
		t.Errorf("%s: English in the French screen: %q\n%s", name, english, ansi.Strip(frame))
	}
}

// profileKey is a key of the profile file: "spouse.birth_date", "spouse.age".
var profileKey = regexp.MustCompile(`\b[a-z_]+(\.[a-z_]+)+\b`)

// otherAreasText are the codes the screens show as they are (profile keys, --set lines, the
// filter's category codes), whose words are not English sentences.
func otherAreasText(m Model) []string {
	var out []string
	// The profile keys the swap needs, as the compare's reasons name them (codes: spouse.age).
	cmp := m.c.rules.Compare(&m.s.current, m.c.today)
	for _, why := range cmp.WhyIn(m.c.printer()) {
		out = append(out, profileKey.FindAllString(why, -1)...)
	}
	// The profile keys of the --set lines (codes), in the scenarios' boxes.
	for _, sc := range m.whatif.scenarios {
		out = append(out, sc.Set...)
	}
	// tui/dialog_steps.go: the step menu (wizard helper): its title, items and step names.
	if _, ok := m.whatif.dlg.(stepMenu); ok {
		out = append(out, ansi.Strip(m.whatif.dlg.view()))
	}
	out = append(out, "french") // the filter's codes of kinds (rounds.Category.String), typed as is
	// The longest first, so that no shorter one breaks a longer one before it is removed.
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// The walk: every screen and box after the wizard, in French, with a profile that has a spouse and
// jobs, an ITA and kept scenarios; each frame (and each screen's whole body, not only the lines in
// view) free of English, and within the window at 80x24 and 200x60.
func TestScreensWalkFrench(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, pc := range []struct {
			name string
			p    func(testing.TB) scoring.Profile
		}{{"family", family}, {"cec2", cec2}} {
			t.Run(fmt.Sprintf("%s_%dx%d", pc.name, size[0], size[1]), func(t *testing.T) {
				p := pc.p(t)
				w, h := size[0], size[1]
				m := newModelIn(t, i18n.Fr, &p, "client.toml", w, h)
				check := func(name string, keys ...string) {
					t.Helper()
					m, _ = drive(t, m, press(keys...)...)
					v := m.View()
					englishIn(t, name, m, v)
					fitIn(t, name, v, w, h)
				}
				check("result")
				englishIn(t, "result body", m, wholeResult(m)+"\n")
				check("result end", "end")
				check("rounds", "home", "r")
				englishIn(t, "rounds body", m, wholeLines(append(m.rounds.header, m.rounds.lines...))+"\n")
				for i := range m.rounds.kinds {
					check(fmt.Sprintf("rounds kind %d", i), "right")
				}
				check("compare", "esc", "c")
				englishIn(t, "compare body", m, wholeLines(append(m.compare.header, m.compare.lines...))+"\n")
				check("what-if picker", "esc", "w")
				check("what-if picker filtered", "43")
				check("what-if without ITA", "esc")
				check("ITA details", "i")
				check("what-if round 436", "esc", "p", "ctrl+u", "436", "enter")
				check("scenario menu", "s")
				check("what-if scenario", "esc", "1")
				check("what-if kept", "k")
				check("what-if step menu", "e")
				check("what-if second", "esc", "u", "2", "k")
				englishIn(t, "what-if body", m, wholeWhatIf(m)+"\n")
				check("make profile?", "m")
				check("checklist", "n", "l")
				check("what-if end", "esc", "end")
			})
		}
	}
}

// The numbers are the same in both languages: the points of every row of the result, the what-if's
// totals and verdict.
func TestScreensNumbersEqualEnglish(t *testing.T) {
	for _, p := range []scoring.Profile{family(t), cec2(t), example(t, 4)} {
		en := newModelIn(t, i18n.En, &p, "client.toml", 200, 60)
		fr := newModelIn(t, i18n.Fr, &p, "client.toml", 200, 60)
		if a, b := rowPoints(wholeResult(en)), rowPoints(wholeResult(fr)); !reflect.DeepEqual(a, b) || len(a) < 10 {
			t.Errorf("the result's points differ:\nen %v\nfr %v", a, b)
		}
		if p.Applicant.CanadianWorkYearsLast3 != 2 { // cec2's what-if only (its scenarios)
			continue
		}
		en, fr = whatifKeys(t, en, p), whatifKeys(t, fr, p)
		if a, b := rowPoints(wholeWhatIf(en)), rowPoints(wholeWhatIf(fr)); !reflect.DeepEqual(a, b) {
			t.Errorf("the what-if's points differ:\nen %v\nfr %v", a, b)
		}
		if en.whatif.res.After.CRS.Total != fr.whatif.res.After.CRS.Total || en.whatif.res.Verdict != fr.whatif.res.Verdict {
			t.Errorf("the what-if differs: %d %v, %d %v", en.whatif.res.After.CRS.Total, en.whatif.res.Verdict, fr.whatif.res.After.CRS.Total, fr.whatif.res.Verdict)
		}
	}
}

// rowPoints are the numbers at the right of the rows of text (after two spaces or more), in order,
// their thousands' spaces removed.
func rowPoints(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " ")
		i := strings.LastIndex(l, "  ")
		if i < 0 {
			continue
		}
		n := strings.ReplaceAll(strings.TrimSpace(l[i:]), "\u202f", "")
		if n != "" && strings.Trim(n, "+−-0123456789") == "" {
			out = append(out, n)
		}
	}
	return out
}

// fitIn fails when a line of frame is wider than the window, or the frame taller.
func fitIn(t *testing.T, name string, frame string, w, h int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(frame, "\n"), "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines in a window of %d", name, len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s: line %d is %d wide in %d: %q", name, i+1, n, w, ansi.Strip(l))
		}
	}
}
