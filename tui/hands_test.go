package tui

import (
	"fmt"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/eewizard/eewizard/scoring"
	"strings"
	"testing"
)

// countOptions counts how many of a list's option labels are on screen.
func countOptions(v string, labels []string) int {
	n := 0
	for _, l := range labels {
		if strings.Contains(v, l) {
			n++
		}
	}
	return n
}

func TestListsShowEveryOptionAfterShrinkingAndGrowing(t *testing.T) {
	marital := []string{"Single, never married", "Married", "Common-law partner", "Divorced", "Legally separated", "Widowed", "Marriage annulled"}
	var education []string
	for _, o := range educationOptions() {
		education = append(education, o.Key)
	}
	var teer []string
	for _, o := range teerOptions() {
		teer = append(teer, o.Key)
	}
	for _, c := range []struct {
		name   string
		keys   [][]string // to reach the list
		labels []string
	}{
		{"marital status", [][]string{{"Ada", "enter", "29", "enter"}}, marital},
		{"education", example1Keys[:1], education},
		{"TEER", append(append([][]string{}, example1Keys[:4]...), []string{"enter", "3", "enter"}), teer},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := start(t, 200, 60)
			m, _ = drive(t, m, press(flatten(c.keys)...)...)
			if n := countOptions(view(m), c.labels); n != len(c.labels) {
				t.Fatalf("before any resize %d of %d options show:\n%s", n, len(c.labels), view(m))
			}
			m, _ = drive(t, m, sizeMsg(60, 16), sizeMsg(200, 60))
			if n := countOptions(view(m), c.labels); n != len(c.labels) {
				t.Errorf("after 60x16 and back to 200x60, %d of %d options show:\n%s", n, len(c.labels), view(m))
			}
		})
	}
}

func TestNextStepKeyGoesToTheNextStepWhenEditingFromTheResult(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("2")...) // Education
	if m.screen != screenWizard || m.wizard.step != stepEducation {
		t.Fatalf("key 2: screen %v step %v", m.screen, m.wizard.step)
	}
	m, _ = drive(t, m, press("pgdown")...)
	if m.screen != screenWizard || m.wizard.step != stepFirstLanguage {
		t.Fatalf("pgdn from Education (edited from the result): screen %v step %v, want the first language step", m.screen, m.wizard.step)
	}
	m, _ = drive(t, m, press("pgup")...)
	if m.screen != screenWizard || m.wizard.step != stepEducation {
		t.Fatalf("pgup back: screen %v step %v, want Education", m.screen, m.wizard.step)
	}
	// Enter through the step still returns to the result: the edit is done.
	m, _ = drive(t, m, press("enter", "enter", "enter")...)
	if m.screen != screenResult {
		t.Errorf("finishing the edited step: screen %v step %v, want the result", m.screen, m.wizard.step)
	}
	// pgdn on the last step that applies shows the result.
	m, _ = drive(t, m, press("7", "pgdown")...)
	if m.screen != screenResult {
		t.Errorf("pgdn on the last step: screen %v step %v, want the result", m.screen, m.wizard.step)
	}
}

// burst sends messages the way a paste or a fast typist does: every one reaches Update before any
// command they give has run; then the commands run, and theirs, until the program settles.
func burst(t testing.TB, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	var cmds []tea.Cmd
	for _, msg := range msgs {
		nm, cmd := m.Update(msg)
		m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		m, _ = drive(t, m, run(t, c)...)
	}
	return m
}

func TestKeysInABurstLandInTheirFields(t *testing.T) {
	t.Run("scores", func(t *testing.T) {
		m := start(t, 80, 24)
		m, _ = drive(t, m, press(flatten(example1Keys[:2])...)...)
		m, _ = drive(t, m, press("down", "down", "down", "enter", "enter")...) // IELTS, no date: on listening
		m = burst(t, m, press("8.5", "enter", "8", "enter", "7.5", "enter", "6", "enter")...)
		want := [4]string{"8.5", "8", "7.5", "6"}
		if got := m.s.draft.First.Scores; got != want {
			t.Errorf("scores typed in one burst: %q, want %q", got, want)
		}
		if m.wizard.step != stepSecondLanguage {
			t.Errorf("after the burst the wizard is on %v, want the second language", m.wizard.step)
		}
	})
	t.Run("the whole wizard", func(t *testing.T) {
		m := start(t, 80, 24)
		m = burst(t, m, press(flatten(example1Keys)...)...)
		if m.screen != screenResult {
			t.Fatalf("after every answer in one burst: screen %v step %v:\n%s", m.screen, m.wizard.step, view(m))
		}
		want := example(t, 1)
		want.Name = "Ada"
		if m.s.current != want {
			t.Errorf("typed in one burst, the profile differs from example1.toml:\n got %+v\nwant %+v", m.s.current, want)
		}
	})
	t.Run("keys after the last step reach the result", func(t *testing.T) {
		m := start(t, 80, 24)
		m, _ = drive(t, m, press(flatten(example1Keys[:6])...)...)
		m = burst(t, m, press(append(example1Keys[6], "r")...)...)
		if m.screen != screenRounds {
			t.Errorf("r typed right after the last answer: screen %v, want the rounds panel", m.screen)
		}
	})
}

func TestProgramFlowKeysSentAtOnceLandInTheirFields(t *testing.T) {
	m, err := New(options(t, nil, ""))
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "┃ Your name (optional)")
	send(tm, flatten(example1Keys)...) // no wait between fields
	waitFor(t, tm, "CRS score:")
	send(tm, "ctrl+q")
	waitFor(t, tm, "Quit with unsaved changes?")
	send(tm, "d")
	fm := finalModel(t, tm)
	want := example(t, 1)
	want.Name = "Ada"
	if fm.s.current != want {
		t.Errorf("keys sent at once: the profile differs from example1.toml:\n got %+v\nwant %+v", fm.s.current, want)
	}
}

func TestOnlyValidAnswersCountInTheRunningTotal(t *testing.T) {
	r := rulesAt(t)
	t.Run("a score the test cannot give", func(t *testing.T) {
		m := start(t, 80, 24)
		m, _ = drive(t, m, press(flatten(example1Keys[:2])...)...)
		m, _ = drive(t, m, press("down", "down", "down", "enter", "enter")...) // IELTS, no date: on listening
		before := m.s.a.CRS.Total
		m, _ = drive(t, m, press("7.3", "enter")...)
		if got := m.s.current.Applicant.FirstLanguage.Scores[scoring.Listening]; got != 0 {
			t.Errorf("IELTS listening 7.3 (refused) is in the profile as %v", got)
		}
		if got := m.s.a.CRS.Total; got != before {
			t.Errorf("IELTS listening 7.3 (refused) moved the running total from %d to %d", before, got)
		}
	})
	t.Run("more years in the last 3 than in the last 10", func(t *testing.T) {
		d := newDraft(nil)
		d.Birth, d.CanadianYears, d.CanadianLast3 = "30", "1", "2"
		p, probs := d.profile(r, testDay)
		if len(probs) == 0 {
			t.Fatal("2 years in the last 3 with 1 in the last 10 is not refused")
		}
		if got := p.Applicant.CanadianWorkYearsLast3; got != 0 {
			t.Errorf("the refused answer counts as %d years in the last 3", got)
		}
	})
	t.Run("a result of a day that cannot be read", func(t *testing.T) {
		d := newDraft(nil)
		d.Birth = "30"
		d.First = language{Test: "ielts", Date: "2099-01-01", Scores: [4]string{"8", "8", "8", "8"}}
		p, probs := d.profile(r, testDay)
		if len(probs) == 0 {
			t.Fatal("a test dated 2099 is not refused")
		}
		if p.Applicant.FirstLanguage.Given() {
			t.Errorf("a result with a refused date counts: %+v", p.Applicant.FirstLanguage)
		}
	})
}

func TestLastThreeYearsAreAskedWithTheWork(t *testing.T) {
	work := [][]string{example1Keys[0], example1Keys[1], example1Keys[2], example1Keys[3]}
	t.Run("with Canadian work", func(t *testing.T) {
		m := start(t, 80, 24)
		m, _ = drive(t, m, press(flatten(work)...)...)
		m, _ = drive(t, m, press("1", "enter")...)
		if f := m.wizard.form.GetFocusedField(); m.wizard.step != stepWork || f.GetKey() != keyCanadianLast3 {
			t.Fatalf("after 1 year of Canadian work: step %v field %s, want the last 3 years next", m.wizard.step, f.GetKey())
		}
		if v := flat(view(m)); !strings.Contains(v, "Empty counts 1 year") {
			t.Errorf("the default is not said:\n%s", view(m))
		}
		m, _ = drive(t, m, press("enter")...) // empty: the year in the last 10
		if got := m.s.current.Applicant.CanadianWorkYearsLast3; got != 1 {
			t.Errorf("1 year in the last 10 and an empty answer give %d in the last 3, want 1", got)
		}
	})
	t.Run("without Canadian work", func(t *testing.T) {
		m := start(t, 80, 24)
		m, _ = drive(t, m, press(flatten(work)...)...)
		m, _ = drive(t, m, press("enter")...)
		if f := m.wizard.form.GetFocusedField(); f.GetKey() != keyForeignYears {
			t.Errorf("with no Canadian work the next question is %s, want the years abroad", f.GetKey())
		}
	})
	for _, k := range steps[stepOther].keys {
		if k == keyCanadianLast3 {
			t.Error("the family-and-funds step still asks the last 3 years")
		}
	}
}

func TestNoTestDateWithoutATest(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press(flatten(example1Keys[:3])...)...)
	if m.wizard.step != stepSecondLanguage {
		t.Fatalf("on %v, want the second language", m.wizard.step)
	}
	m, _ = drive(t, m, press("enter")...) // No
	if m.wizard.step != stepWork {
		t.Errorf("after no second language: step %v, field %s; want the work step", m.wizard.step, m.wizard.form.GetFocusedField().GetKey())
	}
}

// footer is the last line of the screen.
func footer(m Model) string {
	lines := strings.Split(view(m), "\n")
	return lines[len(lines)-1]
}

func TestEveryKeyIsDiscoverableAt80x24And60x16(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {60, 16}} {
		w, h := sz[0], sz[1]
		p := cec2(t)
		result := newModel(t, &p, "c.toml", w, h)
		rounds, _ := drive(t, result, press("r")...)
		whatif, _ := drive(t, result, press("w", "436", "enter", "down")...) // a key: the note gives way to the key help
		wizard := start(t, w, h)
		k := &wizard.c.keys
		screens := []struct {
			name string
			m    Model
			keys []key.Binding // what the list must hold
			more string        // the key that lists them all
		}{
			{"wizard", wizard, append(wizard.wizard.help(), k.Interrupt), "f1"},
			{"result", result, append(result.result.help(), k.Interrupt), "?"},
			{"rounds", rounds, append(rounds.rounds.help(), k.Interrupt), "?"},
			{"what-if", whatif, append(whatif.whatif.help(), k.Interrupt), "?"},
		}
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s %dx%d", s.name, w, h), func(t *testing.T) {
				m := s.m
				f := footer(m)
				if n := ansi.StringWidth(f); n > w {
					t.Errorf("the footer is %d wide in %d columns: %q", n, w, f)
				}
				if !strings.Contains(f, s.more+" all keys") {
					t.Errorf("the footer does not name %s for all keys: %q", s.more, f)
				}
				m, _ = drive(t, m, press(s.more)...)
				v := flat(view(m))
				if !strings.Contains(v, "Keys (any key closes this)") {
					t.Fatalf("%s opens no list of keys:\n%s", s.more, view(m))
				}
				for _, k := range s.keys {
					if hk := k.Help(); !strings.Contains(v, hk.Key) || !strings.Contains(v, hk.Desc) {
						t.Errorf("the list of keys leaves out %q %q:\n%s", hk.Key, hk.Desc, view(m))
					}
				}
				m, _ = drive(t, m, press("esc")...)
				if m.dialog != nil {
					t.Errorf("esc leaves the list of keys open")
				}
			})
		}
		if f := footer(result); !strings.Contains(f, "q quit") {
			t.Errorf("at %dx%d the result's footer has no q quit: %q", w, h, f)
		}
	}
	t.Run("? in a text field is text", func(t *testing.T) {
		m := start(t, 80, 24)
		m, _ = drive(t, m, press("Ada?")...)
		if m.dialog != nil || m.s.draft.Name != "Ada?" {
			t.Errorf("? typed in the name: dialog %v, name %q", m.dialog, m.s.draft.Name)
		}
	})
}

func TestDialogsLeaveNoCutTextBesideThem(t *testing.T) {
	for _, w := range []int{60, 80, 200} {
		m := dirtyQuitDialog(t, w, 24)
		x0, x1 := -1, -1
		for i, l := range strings.Split(view(m), "\n") {
			r := []rune(l)
			if top := strings.IndexRune(l, '╭'); top >= 0 && x0 < 0 {
				x0 = len([]rune(l[:top]))
				x1 = strings.LastIndex(l, "╮")
				x1 = len([]rune(l[:x1]))
			}
			if x0 < 0 {
				continue
			}
			if len(r) > x1 && (strings.TrimSpace(string(r[:x0])) != "" || strings.TrimSpace(string(r[x1+1:])) != "") {
				t.Errorf("at width %d, row %d shows the screen beside the dialog: %q", w, i+1, l)
			}
			if strings.ContainsRune(l, '╰') {
				break
			}
		}
		if x0 < 0 {
			t.Fatalf("no dialog at width %d:\n%s", w, view(m))
		}
	}
}

func TestAccessibleModeAsksAgainAndSaysWhatIsAllowed(t *testing.T) {
	t.Run("an empty answer to a list", func(t *testing.T) {
		lines := append([]string{"Ada", "29", ""}, example1Lines[2:]...) // Enter at the marital status, then 1
		steps := len(applicable(&draft{First: language{Test: "ielts"}}))
		out := runAccessibleWith(t, options(t, nil, ""), append(lines, itoa(steps+4), "2")...)
		if !strings.Contains(out, "no answer: type the number of your answer, from 1 to 7") {
			t.Errorf("an empty answer to the marital status is not asked again:\n%s", out)
		}
		if want := fmt.Sprintf("CRS score: %d of", engineTotal(t, example(t, 1))); !strings.Contains(out, want) {
			t.Errorf("no %q after answering again:\n%s", want, out)
		}
	})
	t.Run("a wrong yes/no answer", func(t *testing.T) {
		lines := append([]string{}, example1Lines...)
		for i, l := range lines { // the certificate question: "maybe", then n
			if l == "n" {
				lines = append(append(append([]string{}, lines[:i]...), "maybe"), lines[i:]...)
				break
			}
		}
		steps := len(applicable(&draft{First: language{Test: "ielts"}}))
		out := runAccessibleWith(t, options(t, nil, ""), append(lines, itoa(steps+4), "2")...)
		if !strings.Contains(out, `"maybe" is not an answer here: type y (yes) or n (no), or press Enter for no`) {
			t.Errorf("a wrong yes/no answer does not say what is allowed:\n%s", out)
		}
		if strings.Contains(out, "invalid input") {
			t.Errorf("the generic message is still there:\n%s", out)
		}
	})
	t.Run("a step that now applies", func(t *testing.T) {
		p := example(t, 1)
		p.Applicant.FirstLanguage = scoring.Language{}
		d := newDraft(&p)
		list := applicable(&d)
		first := fmt.Sprint(indexOf(list, stepFirstLanguage) + 1)
		// What next? the first language: IELTS, no date, four scores; then the second language
		// (now asked): no; then quit without saving.
		out := runAccessibleWith(t, options(t, &p, ""), first, "4", "", "8.5", "8", "7.5", "7.5", "1", itoa(len(list)+1+4), "2")
		if !strings.Contains(out, "Step 4 of 7: Second official language") {
			t.Errorf("the second language, which now applies, is not asked:\n%s", out)
		}
		if !strings.Contains(out, "Quit without saving.") {
			t.Errorf("the answers after it went elsewhere:\n%s", out)
		}
	})
}

func TestWorkInTheLast10YearsIsAtMost10(t *testing.T) {
	for name, set := range map[string]func(d *draft){
		"Canadian": func(d *draft) { d.CanadianYears = "11" },
		"foreign":  func(d *draft) { d.ForeignYears = "11" },
		"spouse": func(d *draft) {
			d.Marital, d.SpouseComing, d.SpouseYears = scoring.Married, true, "11"
		},
	} {
		d := newDraft(nil)
		d.Birth = "30"
		set(&d)
		if _, probs := d.profile(rulesAt(t), testDay); len(probs) == 0 {
			t.Errorf("%s: 11 years of work in the last 10 years is accepted", name)
		}
	}
}

func TestSaveInABurstSavesEveryKeyBeforeIt(t *testing.T) {
	m := start(t, 80, 24)
	m = burst(t, m, press("Ada", "enter", "29", "ctrl+q")...)
	if m.s.draft.Birth != "29" {
		t.Errorf("the age typed before ctrl+q: %q", m.s.draft.Birth)
	}
	if m.dialog == nil || !strings.Contains(view(m), "Quit with unsaved changes?") {
		t.Errorf("ctrl+q in a burst did not ask about the unsaved answers:\n%s", view(m))
	}
}
