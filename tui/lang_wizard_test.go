package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
)

// The language key and the wizard in French.

var ctrlT = tea.KeyMsg{Type: tea.KeyCtrlT}

func newModelIn(t testing.TB, lang i18n.Lang, p *scoring.Profile, path string, w, h int) Model {
	t.Helper()
	o := options(t, p, path)
	o.Lang = lang
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	nm, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m = nm.(Model)
	m, _ = drive(t, m, run(t, m.Init())...)
	return m
}

// savedBytes is the profile as ctrl+s would write it to a new file.
func savedBytes(t *testing.T, p scoring.Profile) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.toml")
	if msg := saveCmd(path, "", p, false)().(savedMsg); msg.err != nil {
		t.Fatal(msg.err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// ctrl+t in the middle of a step (a score typed, not yet confirmed) keeps every answer, the step
// and the field: the draft before is the draft after, the rest of the answers typed in French give
// the profile English gives, byte for byte as saved, and the same total.
func TestLanguageKeyKeepsEveryAnswer(t *testing.T) {
	keys := flatten(example1Keys)
	for cut := 1; cut < len(keys); cut += 3 {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			en, _ := drive(t, start(t, 80, 24), press(keys...)...)
			m, _ := drive(t, start(t, 80, 24), press(keys[:cut]...)...)
			before, step, field := m.s.draft, m.wizard.step, m.wizard.form.GetFocusedField().GetKey()
			m, _ = drive(t, m, ctrlT)
			if m.c.p.Lang() != i18n.Fr {
				t.Fatal("ctrl+t did not switch to French")
			}
			if !reflect.DeepEqual(before, m.s.draft) {
				t.Fatalf("the draft changed:\nbefore %+v\nafter  %+v", before, m.s.draft)
			}
			if got := m.wizard.form.GetFocusedField().GetKey(); m.wizard.step != step || got != field {
				t.Fatalf("focus on %v %s, want %v %s", m.wizard.step, got, step, field)
			}
			m, _ = drive(t, m, press(keys[cut:]...)...)
			if m.screen != screenResult {
				t.Fatalf("not at the result after every answer:\n%s", view(m))
			}
			if m.s.a.CRS.Total != en.s.a.CRS.Total {
				t.Errorf("total %d in French, %d in English", m.s.a.CRS.Total, en.s.a.CRS.Total)
			}
			if a, b := savedBytes(t, m.s.current), savedBytes(t, en.s.current); string(a) != string(b) {
				t.Errorf("the saved profile differs:\n%s\nwant\n%s", a, b)
			}
		})
	}
}

// ctrl+t twice gives the English screen back, byte for byte, on every step and dialog.
func TestLanguageKeyBackGivesTheEnglishScreen(t *testing.T) {
	keys := flatten(example1Keys)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for cut := 0; cut < len(keys); cut += 4 {
			m, _ := drive(t, start(t, size[0], size[1]), press(keys[:cut]...)...)
			for name, extra := range map[string][]tea.Msg{"screen": nil, "help": press("f1"), "steps": press("esc"), "quit": press("ctrl+q")} {
				m, _ := drive(t, m, extra...)
				want := m.View()
				back, _ := drive(t, m, ctrlT, ctrlT)
				if got := back.View(); got != want {
					t.Errorf("%dx%d after %d keys, %s: back in English the screen is\n%s\nwant\n%s", size[0], size[1], cut, name, got, want)
				}
			}
		}
	}
}

// The list of keys names the language key in the other language, at 80x24, in English and French;
// the French footer names it too.
func TestLanguageKeyInTheHelpAt80x24(t *testing.T) {
	m := start(t, 80, 24)
	help, _ := drive(t, m, press("f1")...)
	if v := view(help); !strings.Contains(v, "ctrl+t") || !strings.Contains(v, "français") {
		t.Errorf("the list of keys does not name ctrl+t français:\n%s", v)
	}
	fr, _ := drive(t, m, ctrlT)
	if v := view(fr); !strings.Contains(lastLine(v), "ctrl+t English") {
		t.Errorf("the French footer does not name ctrl+t English:\n%s", v)
	}
	help, _ = drive(t, fr, press("f1")...)
	if v := view(help); !strings.Contains(v, "ctrl+t") || !strings.Contains(v, "English") || !strings.Contains(v, "Touches") {
		t.Errorf("the French list of keys does not name ctrl+t English:\n%s", v)
	}
	p := example(t, 1)
	res := newModel(t, &p, "", 80, 24)
	help, _ = drive(t, res, press("?")...)
	if v := view(help); !strings.Contains(v, "ctrl+t") {
		t.Errorf("the result's list of keys does not name ctrl+t:\n%s", v)
	}
}

func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	return lines[len(lines)-1]
}

// frAllowed are what French screens show as they are: key names, tests' names, the program's name.
var frAllowed = []string{"shift+tab", "enter", "esc", "pgup/pgdn", "pgup", "pgdn", "ctrl+t English", "ctrl+t  English", "ctrl+l", "ctrl+s", "ctrl+q", "ctrl+c",
	"IELTS General Training", "CELPIP General", "PTE Core", "TEF Canada", "TCF Canada", "eewizard", "example.toml", "nurse.toml", "Ada", "changed", "Baccalauréat"}

// checkFrench fails when a frame shows English or a line wider than the window.
func checkFrench(t *testing.T, what string, m Model) {
	t.Helper()
	v := view(m)
	// One line of text, the fields' borders and the columns' padding gone, so a sentence wrapped
	// over lines is found whole.
	flat := regexp.MustCompile(`[ \t]*\n[ \t]*(┃[ \t]*)?|[ \t]{2,}`).ReplaceAllString(v, " ")
	if words := i18ntest.English(flat, frAllowed...); len(words) > 0 {
		t.Errorf("%s: English in French: %q\n%s", what, words, v)
	}
	for i, l := range strings.Split(v, "\n") {
		if ansi.StringWidth(l) > m.c.width {
			t.Errorf("%s: line %d is %d wide, the window %d: %q", what, i+1, ansi.StringWidth(l), m.c.width, l)
		}
	}
	if strings.Contains(v, "[wiz_") {
		t.Errorf("%s: a message id shows:\n%s", what, v)
	}
}

// Every step of the wizard, every field of it, and its dialogs, in French at 80x24 and 120x40:
// no English word, no line past the width.
func TestWizardInFrenchSpeaksFrench(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, n := range []int{1, 4} {
			p := example(t, n)
			m := newModelIn(t, i18n.Fr, &p, "example.toml", size[0], size[1])
			for _, id := range applicable(&m.s.draft) {
				m.dialog, m.screen = nil, screenWizard
				run(t, m.wizard.edit(id, true, ""))
				for i := 0; i < 20 && m.screen == screenWizard && m.wizard.step == id; i++ {
					what := fmt.Sprintf("example %d %dx%d %s field %d", n, size[0], size[1], id, i)
					checkFrench(t, what, m)
					if m.wizard.inJobs {
						break
					}
					m, _ = drive(t, m, press("enter")...)
				}
			}
			m.dialog, m.screen = nil, screenWizard
			run(t, m.wizard.edit(stepAbout, true, ""))
			m.s.draft.Name, m.s.path = "changed", ""
			for name, keys := range map[string][]string{"help": {"f1"}, "steps": {"esc"}, "quit": {"ctrl+q"}, "save": {"ctrl+s"}} {
				d, _ := drive(t, m, press(keys...)...)
				if d.dialog == nil {
					t.Fatalf("%s: no dialog", name)
				}
				checkFrench(t, fmt.Sprintf("example %d %dx%d %s", n, size[0], size[1], name), d)
			}
		}
	}
}

// The draft checker's errors in French, as the line under the form shows them.
func TestWizardErrorsInFrench(t *testing.T) {
	m := newModelIn(t, i18n.Fr, nil, "", 80, 24)
	m, _ = drive(t, m, press("enter", "demain", "enter")...)
	v := view(m)
	if !strings.Contains(v, "naissance") || !strings.Contains(v, "✗") {
		t.Fatalf("no French error for a bad birth date:\n%s", v)
	}
	checkFrench(t, "bad birth date", m)
	en, _ := drive(t, m, ctrlT, tea.KeyMsg{Type: tea.KeyEnter}) // the form is new: enter checks again
	if v := view(en); !strings.Contains(v, `birth "demain": want a date as YYYY-MM-DD`) {
		t.Errorf("back in English the error is not English:\n%s", v)
	}
}

// French screens of the wizard, goldens: the first step, the language step with a test chosen,
// the work step, the step menu and the list of jobs, at 80x24 and 120x40.
func TestWizardFrenchGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		fresh := newModelIn(t, i18n.Fr, nil, "", w, h)
		p := example(t, 1)
		done := newModelIn(t, i18n.Fr, &p, "example.toml", w, h)
		jp := jobsExample(t)
		jobsM := newModelIn(t, i18n.Fr, &jp, "nurse.toml", w, h)
		screens := map[string]Model{"about": fresh}
		screens["language"], _ = drive(t, done, press("e", "3")...)
		screens["language_scores"], _ = drive(t, screens["language"], press("enter", "enter")...)
		screens["work"], _ = drive(t, done, press("e", "5")...)
		screens["steps"], _ = drive(t, screens["work"], press("esc")...)
		screens["jobs"] = workStep(t, jobsM)
		screens["jobs_picker"], _ = drive(t, screens["jobs"], press("a", "infirmière")...)
		screens["jobs_form"], _ = drive(t, screens["jobs"], press("enter")...)
		for name, m := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				checkFrench(t, name, m)
				golden.RequireEqual(t, []byte(m.View()))
			})
		}
	}
}
