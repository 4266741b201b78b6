package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

func TestWizardAnsweredWithExample1ShowsTheEnginesTotal(t *testing.T) {
	m := start(t, 80, 24)
	m, quit := drive(t, m, press(flatten(example1Keys)...)...)
	if quit {
		t.Fatal("the program quit")
	}
	if m.screen != screenResult {
		t.Fatalf("after the last step the screen is %v, want the result:\n%s", m.screen, view(m))
	}
	want := example(t, 1)
	want.Name = "Ada"
	if m.s.current != want {
		t.Errorf("the wizard's profile differs from example1.toml:\n got %+v\nwant %+v", m.s.current, want)
	}
	engine := engineTotal(t, example(t, 1))
	if hand := expected(t)["example1.toml"][0]; engine != hand {
		t.Fatalf("engine gives %d for example 1, expected.txt says %d", engine, hand)
	}
	if got := m.s.a.CRS.Total; got != engine {
		t.Errorf("result total %d, engine %d", got, engine)
	}
	if v := view(m); !strings.Contains(v, fmt.Sprintf("CRS score: %d of %d", engine, m.c.rules.CRS.Total)) {
		t.Errorf("the result screen does not show %d as text:\n%s", engine, v)
	}
}

func TestRunningTotalChangesAsAnswersAreTyped(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press("Ada", "enter", "29")...)
	age := m.s.a.CRS.Total
	if age == 0 {
		t.Fatal("age 29 gives no points so far")
	}
	if v := view(m); !strings.Contains(v, fmt.Sprintf("CRS so far: %d", age)) {
		t.Errorf("running total %d not on screen:\n%s", age, v)
	}
	m, _ = drive(t, m, press("enter", "enter", "down", "down", "down", "down")...) // bachelor's highlighted, not yet chosen
	if m.s.a.CRS.Total <= age {
		t.Errorf("highlighting a bachelor's degree left the total at %d (was %d)", m.s.a.CRS.Total, age)
	}
	if v := view(m); !strings.Contains(v, fmt.Sprintf("CRS so far: %d (+%d)", m.s.a.CRS.Total, m.s.a.CRS.Total-age)) {
		t.Errorf("the step's change is not shown:\n%s", v)
	}
}

func TestBackKeepsAnswers(t *testing.T) {
	for _, back := range []string{"pgup", "shift+tab"} {
		t.Run(back, func(t *testing.T) {
			m := start(t, 80, 24)
			m, _ = drive(t, m, press(example1Keys[0]...)...)
			m, _ = drive(t, m, press("down", "down", "down", "down", "enter")...) // education chosen, now on its second page
			if m.wizard.step != stepEducation {
				t.Fatalf("on step %v, want Education", m.wizard.step)
			}
			m, _ = drive(t, m, press("shift+tab")...) // to the education level, the step's first field
			m, _ = drive(t, m, press(back)...)
			if m.wizard.step != stepAbout {
				t.Fatalf("%s from the first field left the wizard on %v", back, m.wizard.step)
			}
			v := view(m)
			for _, kept := range []string{"> Ada", "> 29"} {
				if !strings.Contains(v, kept) {
					t.Errorf("going back lost %q:\n%s", kept, v)
				}
			}
			m, _ = drive(t, m, press("enter", "enter", "enter")...)
			if m.wizard.step != stepEducation || m.s.draft.Education != scoring.Bachelors {
				t.Errorf("forward again: step %v, education %v; want Education, bachelors kept", m.wizard.step, m.s.draft.Education)
			}
		})
	}
}

func TestSpouseStepOnlyWhenItApplies(t *testing.T) {
	for _, c := range []struct {
		name               string
		marital            scoring.MaritalStatus
		coming, canadian   bool
		wantSpouse, wantQs bool // spouse step; questions about the spouse in About you
	}{
		{"single", scoring.Single, true, false, false, false},
		{"divorced", scoring.Divorced, true, false, false, false},
		{"married, coming", scoring.Married, true, false, true, true},
		{"common-law, coming", scoring.CommonLaw, true, false, true, true},
		{"married, not coming", scoring.Married, false, false, false, true},
		{"married, Canadian spouse", scoring.Married, true, true, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := draft{Marital: c.marital, SpouseComing: c.coming, SpouseCanadian: c.canadian, TEER: -1}
			got := false
			for _, id := range applicable(&d) {
				got = got || id == stepSpouse
			}
			if got != c.wantSpouse {
				t.Errorf("spouse step asked: %v, want %v", got, c.wantSpouse)
			}
			b := formBuilder{d: &d, r: rulesAt(t), today: testDay}
			if hidden := b.pages(stepAbout)[1].hide(); hidden == c.wantQs {
				t.Errorf("questions about the spouse hidden: %v, want shown: %v", hidden, c.wantQs)
			}
		})
	}
}

func TestWizardAsksTheSpouseStepForAMarriedCandidateOnly(t *testing.T) {
	for _, married := range []bool{false, true} {
		t.Run(fmt.Sprint("married=", married), func(t *testing.T) {
			m := start(t, 80, 24)
			about := []string{"Bo", "enter", "33", "enter", "enter"}
			if married {
				about = []string{"Bo", "enter", "33", "enter", "down", "enter", "enter", "enter"} // coming, not Canadian
			}
			m, _ = drive(t, m, press(about...)...)
			m, _ = drive(t, m, press(flatten(example1Keys[1:])...)...)
			if married {
				if m.screen != screenWizard || m.wizard.step != stepSpouse {
					t.Fatalf("after the last common step: screen %v step %v, want the spouse step", m.screen, m.wizard.step)
				}
				if v := view(m); !strings.Contains(v, "Step 8 of 8 · Your spouse or partner") {
					t.Errorf("progress does not count the spouse step:\n%s", v)
				}
				m, _ = drive(t, m, press("enter", "enter", "enter", "enter", "enter")...) // none; 0 years; no; no birth date; no test
			}
			if m.screen != screenResult {
				t.Fatalf("want the result, got screen %v step %v:\n%s", m.screen, m.wizard.step, view(m))
			}
			if m.s.a.CRS.WithSpouse != married {
				t.Errorf("scored with spouse: %v, want %v", m.s.a.CRS.WithSpouse, married)
			}
		})
	}
}

func TestBadIELTSScoreIsRefusedWithTheAllowedRange(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press(flatten(example1Keys[:2])...)...)
	m, _ = drive(t, m, press("down", "down", "down", "enter", "enter")...) // IELTS, no date
	chart, err := rulesAt(t).ChartFor("ielts", testDay)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"9.7", "7.3", "-1"} {
		t.Run(bad, func(t *testing.T) {
			m, _ := drive(t, m, press("ctrl+u", bad, "enter")...) // the model is shared: clear the field first
			want := chart.Check(scoring.Listening, mustFloat(t, bad))
			if want == nil {
				t.Fatalf("the chart accepts %s", bad)
			}
			if v := flat(view(m)); !strings.Contains(v, "✗ "+want.Error()) {
				t.Errorf("%s: the screen does not say %q:\n%s", bad, want, view(m))
			}
			if f := m.wizard.form.GetFocusedField(); f.GetKey() != keyFirst+".listening" {
				t.Errorf("%s was accepted: focus moved to %s", bad, f.GetKey())
			}
		})
	}
}

func TestScoreShowsItsCLBLevelAsItIsTyped(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press(flatten(example1Keys[:2])...)...)
	m, _ = drive(t, m, press("down", "down", "down", "enter", "enter")...)
	chart, _ := rulesAt(t).ChartFor("ielts", testDay)
	for _, score := range []string{"8.5", "6", "3.5"} {
		m, _ := drive(t, m, press("ctrl+u", score)...)
		lvl := chart.Level(scoring.Listening, mustFloat(t, score))
		want := fmt.Sprintf("listening %s = CLB %d", score, lvl)
		if lvl == 0 {
			want = fmt.Sprintf("listening %s = below CLB %d", score, chart.Lowest())
		}
		if v := view(m); !strings.Contains(v, want) {
			t.Errorf("typing %s: want %q under the form:\n%s", score, want, v)
		}
	}
}

func TestNextStepKeyRefusesAStepWithABadAnswer(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press("Ada", "enter", "sometime", "pgdown")...)
	if m.wizard.step != stepAbout {
		t.Fatalf("pgdown left a step with a bad birth date: now on %v", m.wizard.step)
	}
	if v := flat(view(m)); !strings.Contains(v, "want a date as YYYY-MM-DD") {
		t.Errorf("no reason given:\n%s", view(m))
	}
	m, _ = drive(t, m, press("ctrl+u", "1990-01-31", "pgdown")...)
	if m.wizard.step != stepEducation {
		t.Errorf("pgdown with good answers: on %v, want Education", m.wizard.step)
	}
}

func TestEditingAStepFromTheResultReturnsToTheResult(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("3")...) // the third step: first official language
	if m.screen != screenWizard || m.wizard.step != stepFirstLanguage {
		t.Fatalf("key 3: screen %v step %v", m.screen, m.wizard.step)
	}
	m, _ = drive(t, m, press("enter", "enter", "ctrl+u", "6", "enter", "enter", "enter", "enter")...) // listening 8.5 -> 6
	if m.screen != screenResult {
		t.Fatalf("finishing the edited step: screen %v step %v, want the result", m.screen, m.wizard.step)
	}
	p.Applicant.FirstLanguage.Scores[scoring.Listening] = 6
	if got, want := m.s.a.CRS.Total, engineTotal(t, p); got != want {
		t.Errorf("after the edit the total is %d, the engine gives %d", got, want)
	}
	if !m.s.dirty() {
		t.Error("an edited profile is not marked unsaved")
	}
}

func TestEditThatMakesAStepApplyAsksIt(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("1", "enter", "enter", "down", "enter", "enter", "enter")...) // single -> married, coming, not Canadian
	if m.screen != screenWizard || m.wizard.step != stepSpouse {
		t.Fatalf("marrying from the result: screen %v step %v, want the spouse step", m.screen, m.wizard.step)
	}
}

func TestStepMenuJumpsToAnyStep(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press(flatten(example1Keys[:3])...)...)
	m, _ = drive(t, m, press("esc")...)
	if m.dialog == nil || !strings.Contains(view(m), "Go to a step") {
		t.Fatalf("esc shows no step menu:\n%s", view(m))
	}
	m, _ = drive(t, m, press("2")...)
	if m.dialog != nil || m.wizard.step != stepEducation {
		t.Fatalf("menu key 2: dialog %v, step %v", m.dialog, m.wizard.step)
	}
	if m.s.draft.First.Scores[scoring.Listening] != "8.5" {
		t.Errorf("jumping lost the listening score: %q", m.s.draft.First.Scores[scoring.Listening])
	}
}

func TestFundsHintComesFromTheRules(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press(flatten(example1Keys[:6])...)...)
	m, _ = drive(t, m, press("enter", "enter")...) // to family size
	need, ok := m.c.rules.FSW.FundsFor(1)
	if !ok {
		t.Skip("the rules have no funds table for the test day")
	}
	if v := view(m); !strings.Contains(v, "need "+scoring.Dollars(need)+" for 1 person") {
		t.Errorf("want the rules' %s in the hint:\n%s", scoring.Dollars(need), v)
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// flat joins wrapped lines, for messages that may wrap on screen.
func flat(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func TestResizeRewrapsTheQuestions(t *testing.T) {
	m := start(t, 200, 60)
	m, _ = drive(t, m, press(example1Keys[0]...)...) // on Education, whose help is long
	help := "Completed: a Canadian credential, or a foreign one with an educational credential assessment (IRCC: ECA)."
	for _, sz := range [][2]int{{110, 30}, {80, 24}, {61, 20}, {160, 40}} {
		m, _ = drive(t, m, sizeMsg(sz[0], sz[1]))
		var form []string // the form's column, without the focus mark
		for _, l := range strings.Split(view(m), "\n") {
			l, _, _ = strings.Cut(l, "│")
			form = append(form, strings.ReplaceAll(l, "┃", ""))
		}
		if v := view(m); !strings.Contains(flat(strings.Join(form, "\n")), help) {
			t.Errorf("at %dx%d the question's help is cut:\n%s", sz[0], sz[1], v)
		}
	}
}
