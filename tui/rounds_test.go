package tui

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
	"github.com/muesli/termenv"
)

// wholeRounds is the rounds panel's header and every body line, however long.
func wholeRounds(m Model) string {
	return ansi.Strip(strings.Join(append(append([]string{}, m.rounds.header...), m.rounds.lines...), "\n"))
}

func TestRoundsPanelKOfNIsInvitedInOfTheSameRounds(t *testing.T) {
	p := cec2(t)
	m := newModel(t, &p, "", 120, 40)
	m, _ = drive(t, m, press("r")...)
	if m.screen != screenRounds {
		t.Fatalf("r opened screen %v", m.screen)
	}
	feed := rounds.Embedded()
	a := scoring.Assess(rulesAt(t), &p, testDay)
	kinds := rounds.KindsFor(rulesAt(t), &a, &p)
	if len(kinds) < 2 {
		t.Fatalf("the CEC profile could be invited in %d kinds of round, want general, CEC and more", len(kinds))
	}
	whole := flat(wholeRounds(m))
	for _, k := range kinds {
		recent := feed.Latest(k.Category, standingRounds)
		want := fmt.Sprintf("%s · %s Your score would have been invited in %d of the last %s of this kind.",
			k.Category.Title(), k.Why, rounds.InvitedIn(recent, a.CRS.Total), plural.Count(len(recent), "round", "rounds"))
		if !strings.Contains(whole, want) {
			t.Errorf("%q missing:\n%s", want, wholeRounds(m))
		}
		for _, r := range recent {
			mark := "✗"
			if r.CutOff <= a.CRS.Total {
				mark = "✓"
			}
			if s := fmt.Sprintf("%s %d (%s)", mark, r.CutOff, r.Date.Format("2006-01-02")); !strings.Contains(whole, s) {
				t.Errorf("round %s: %q missing", r.Number, s)
			}
		}
	}
	pos, ok := feed.PositionOf(a.CRS.Total)
	if !ok {
		t.Fatal("the embedded feed has no pool distribution")
	}
	about := ""
	if pos.Approx {
		about = "about "
	}
	if s := fmt.Sprintf("%s%.1f%% of the %s candidates in the pool on %s score higher", about, pos.Percent,
		thousands(pos.Total), pos.AsOf.Format("2006-01-02")); !strings.Contains(whole, s) {
		t.Errorf("pool position %q missing:\n%s", s, wholeRounds(m))
	}
	if !strings.Contains(whole, flat(rounds.NoJobsNote)) {
		t.Error("the panel does not say a profile of year counts cannot meet an occupation category")
	}
}

func TestRoundsPanelChartSwitchesKindAndCountsTheSameRounds(t *testing.T) {
	p := cec2(t)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("r")...)
	feed := rounds.Embedded()
	score := m.s.a.CRS.Total
	seen := map[rounds.Category]bool{}
	first := m.rounds.kind
	if k := m.rounds.kinds[first]; k.cat != rounds.French || !k.yours {
		t.Errorf("the chart opens on %v, want French, the candidate's kind with the newest round", k.cat)
	}
	for range m.rounds.kinds {
		k := m.rounds.kinds[m.rounds.kind]
		if seen[k.cat] {
			t.Fatalf("kind %v shown twice before all were shown", k.cat)
		}
		seen[k.cat] = true
		list := feed.Latest(k.cat, chartWidth(80))
		whole := wholeRounds(m)
		// The profile gives year counts: the rounds of an occupation category are ○ (its list
		// version cannot be met without jobs) and invite it in none; the others go by the cut-off.
		invited, open := rounds.InvitedIn(list, score), 0
		if k.cat.Selection() && k.cat != rounds.French {
			invited, open = 0, len(list)
		}
		want := fmt.Sprintf("Your score would have been invited in %d of %s %s.", invited, plural.Noun(len(list), "this", "these"), plural.Count(len(list), "round", "rounds"))
		head := plural.Noun(len(list), "Cut-off", "Cut-offs") + " of the last " + plural.Count(len(list), "round", "rounds") + ": " + strings.Fields(k.cat.Title())[0]
		if !strings.Contains(flat(whole), want) || !strings.Contains(whole, head) {
			t.Errorf("%v: %q missing:\n%s", k.cat, want, whole)
		}
		// The row of marks under the bars: one ✓ per round the score would have been invited in.
		var marks string
		for _, l := range strings.Split(whole, "\n") {
			if strings.Contains(l, "└") {
				marks = l
			}
		}
		if got := strings.Count(marks, "✓"); got != invited || strings.Count(marks, "○") != open || strings.Count(marks, "✗") != len(list)-got-open {
			t.Errorf("%v: %d ✓ under the chart, want %d of %d (%d ○): %q", k.cat, got, invited, len(list), open, marks)
		}
		if !strings.Contains(whole, fmt.Sprintf("◀ you %d", score)) {
			t.Errorf("%v: no marker at the score", k.cat)
		}
		m, _ = drive(t, m, press("right")...)
	}
	if m.rounds.kind != first {
		t.Errorf("right through every kind did not come back to the first")
	}
	m, _ = drive(t, m, press("left")...)
	if n := len(m.rounds.kinds); m.rounds.kind != (first+n-1)%n {
		t.Errorf("left went to %d, want %d", m.rounds.kind, (first+n-1)%n)
	}
	m, _ = drive(t, m, press("esc")...)
	if m.screen != screenResult {
		t.Errorf("esc went to %v, want the result", m.screen)
	}
}

func TestRoundsPanelOfAProfileNotEligibleSaysNoRoundCouldInviteIt(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("r")...)
	whole := flat(wholeRounds(m))
	if !strings.Contains(whole, "Not eligible for any program yet, so no round could invite this profile.") {
		t.Errorf("no word that no round could invite the profile:\n%s", wholeRounds(m))
	}
	if len(m.rounds.kinds) == 0 || m.rounds.kinds[0].yours {
		t.Errorf("the chart has no kind to compare with, or calls one the candidate's")
	}
}

func TestResultShowsWhereTheScoreStandsInOneLine(t *testing.T) {
	p := cec2(t)
	feed := rounds.Embedded()
	a := scoring.Assess(rulesAt(t), &p, testDay)
	french := feed.Latest(rounds.French, standingRounds) // the kind with the newest round
	for _, w := range []int{80, 200} {
		m := newModel(t, &p, "", w, 30)
		v := view(m)
		want := fmt.Sprintf("French rounds: invited in %d of the last %d", rounds.InvitedIn(french, a.CRS.Total), len(french))
		if w < 100 {
			want = fmt.Sprintf("French rounds: invited in %d of %d", rounds.InvitedIn(french, a.CRS.Total), len(french))
		}
		if !strings.Contains(v, want) || !strings.Contains(v, "· r rounds") {
			t.Errorf("%d wide: %q and the r key not on the result:\n%s", w, want, v)
		}
	}
}

func TestRoundsGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := cec2(t)
			m := newModel(t, &p, "client.toml", size[0], size[1])
			m, _ = drive(t, m, press("r", "right")...)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

func TestCutoffChartMarksTheScoreWithoutColour(t *testing.T) {
	feed := rounds.Embedded()
	list := feed.Latest(rounds.CEC, 12)
	score := list[0].CutOff // invited in the newest round, exactly at its cut-off
	judged := make([]rounds.Verdict, len(list))
	for i, r := range list {
		judged[i] = rounds.Verdict{Round: r, Reached: r.CutOff <= score}
	}
	judged[len(list)-1].Judged = rounds.OffList // the oldest: its list version not met, whatever its cut-off
	lines := cutoffChart(NewStyles(lipglossAscii()), judged, score, 60, 6)
	text := ansi.Strip(strings.Join(lines, "\n"))
	if strings.Contains(strings.Join(lines, ""), "\x1b[") {
		t.Error("the chart has escapes with no colour")
	}
	if !strings.Contains(text, "┼") || !strings.Contains(text, fmt.Sprintf("◀ you %d", score)) {
		t.Errorf("no marker line at the score:\n%s", text)
	}
	marks := lines[len(lines)-2]
	if !strings.HasSuffix(ansi.Strip(marks), "✓") {
		t.Errorf("the newest round (at the score) is not marked ✓ at the right: %q", marks)
	}
	if n := strings.Count(marks, "✓") + strings.Count(marks, "✗"); n != len(list)-1 || !strings.Contains(ansi.Strip(marks), "└○") {
		t.Errorf("%d ✓ or ✗ for %d rounds, or the oldest not ○ at the left: %q", n, len(list)-1, marks)
	}
	if !strings.Contains(text, list[len(list)-1].Date.Format("2006-01-02")) || !strings.Contains(text, list[0].Date.Format("2006-01-02")) {
		t.Errorf("the first and last dates are not under the chart:\n%s", text)
	}
}

// lipglossAscii is a renderer with no colour, as NO_COLOR gives.
func lipglossAscii() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return r
}

// A kind of round with a single round in the feed (military, FSW) is worded in the singular.
func TestRoundsChartOfOneRoundIsSingular(t *testing.T) {
	p := example(t, 1)
	m := newModel(t, &p, "", 120, 40)
	m, _ = drive(t, m, press("r")...)
	one := 0
	for range m.rounds.kinds {
		whole := wholeRounds(m)
		if strings.Contains(whole, "the last 1 round:") || strings.Contains(whole, "the last round:") {
			one++
			for _, bad := range []string{"Cut-offs of the last 1 round", "these 1 round", "these 1 rounds"} {
				if strings.Contains(whole, bad) {
					t.Errorf("%q:\n%s", bad, whole)
				}
			}
		}
		m, _ = drive(t, m, press("right")...)
	}
	if one == 0 {
		t.Fatal("no kind of round with a single round in the embedded feed: the test sees nothing")
	}
}

// A social worker (NOC 41300) in Canada since 2023-03-01: healthcare version 3 is met (36 months,
// 12 needed) so healthcare is one of their kinds; version 1's list lacks 41300, so the one version 1
// round among the last 10 (327, 2024-11-20, cut-off 463) is ○ "not in this list version", however
// its cut-off compares; the occupation categories not met are named, not said to be unasked.
func TestRoundsPanelOfAJobsProfileJudgesEachCategoryRoundWithItsVersion(t *testing.T) {
	p, err := scoring.ReadProfile(rulesAt(t), "sw.toml", []byte("[applicant]\nage = 30\nmarital_status = \"single\"\n"+
		"education = \"bachelors\"\n[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n"+
		"[[applicant.jobs]]\nnoc = \"41300\"\ncountry = \"canada\"\nstart = 2023-03-01\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := newModel(t, &p, "", 120, 40)
	m, _ = drive(t, m, press("r")...)
	whole := flat(wholeRounds(m))
	for _, want := range []string{
		"Healthcare and social services occupations · NOC 41300 Social workers is on the Healthcare and social services occupations list; 36 months in it in the last 3 years, 12 needed",
		"○ 463 (2024-11-20)",
		"○ 1 round under healthcare version 1: not in this list version (no job's occupation is on the Healthcare occupations list)",
		"No job's occupation is on the list of STEM occupations (stem version 3),",
	} {
		if !strings.Contains(whole, want) {
			t.Errorf("%q missing:\n%s", want, wholeRounds(m))
		}
	}
	if strings.Contains(whole, "does not ask") || strings.Contains(whole, flat(rounds.NoJobsNote)) {
		t.Errorf("a jobs profile told its occupation is not asked:\n%s", wholeRounds(m))
	}
	// The chart of healthcare rounds: every version 1 round (6 of the 15) is ○.
	for m.rounds.kinds[m.rounds.kind].cat != rounds.Healthcare {
		m, _ = drive(t, m, press("right")...)
	}
	var marks string
	for _, l := range strings.Split(wholeRounds(m), "\n") {
		if strings.Contains(l, "└") {
			marks = l
		}
	}
	if strings.Count(marks, "○") != 6 || strings.Count(marks, "✓")+strings.Count(marks, "✗") != 9 {
		t.Errorf("healthcare chart marks %q: want 6 ○ and 9 ✓ or ✗", marks)
	}
}
