package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/eewizard/eewizard/scoring"
)

// wholeResult is the result screen's header and every body line, however long; side-by-side
// columns are put one after the other, so a wrapped line reads on.
func wholeResult(m Model) string {
	var left, right []string
	for _, l := range m.result.lines {
		l, r, _ := strings.Cut(ansi.Strip(l), " │ ")
		left, right = append(left, l), append(right, r)
	}
	all := append(append(append([]string{}, m.result.header...), left...), right...)
	return ansi.Strip(strings.Join(all, "\n"))
}

func TestResultShowsEveryLineOfTheEngine(t *testing.T) {
	want := expected(t)
	for n := 1; n <= 4; n++ {
		t.Run(fmt.Sprint("example", n), func(t *testing.T) {
			p := example(t, n)
			a := scoring.Assess(rulesAt(t), &p, testDay)
			if hand := want[fmt.Sprintf("example%d.toml", n)]; a.CRS.Total != hand[0] || a.Programs[scoring.FSW].Points != hand[1] {
				t.Fatalf("engine: CRS %d FSW %d; expected.txt: %v", a.CRS.Total, a.Programs[scoring.FSW].Points, hand)
			}
			for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
				m := newModel(t, &p, "", size[0], size[1])
				text := wholeResult(m)
				flatText := flat(withoutPoints(text)) // a wrapped label reads on past its points
				mustHave := []string{
					fmt.Sprintf("CRS score: %d of", a.CRS.Total),
					fmt.Sprintf("Selection grid (pass mark %d)", m.c.rules.FSW.PassMark),
				}
				for s := scoring.Section(0); s < scoring.NumSections; s++ {
					mustHave = append(mustHave, s.Title())
				}
				for _, l := range a.CRS.Lines() {
					mustHave = append(mustHave, strings.Fields(l.Label())[0])
				}
				for i := range a.Programs {
					pr := &a.Programs[i]
					status := "✗ not eligible"
					if pr.Eligible {
						status = "✓ eligible"
					}
					mustHave = append(mustHave, pr.ID.Title()+" ("+pr.ID.Acronym()+")", status)
					for _, g := range pr.Grid() {
						mustHave = append(mustHave, g.Label())
					}
					for _, r := range pr.Reasons() {
						mustHave = append(mustHave, r.String())
					}
				}
				for _, w := range a.Warnings() {
					mustHave = append(mustHave, w.String())
				}
				for _, s := range mustHave {
					if !strings.Contains(flatText, flat(s)) {
						t.Errorf("%dx%d: %q missing from the result:\n%s", size[0], size[1], s, text)
					}
				}
			}
		})
	}
}

func TestResultShowsSectionTotalsAndLinePointsFromTheEngine(t *testing.T) {
	p := example(t, 2)
	a := scoring.Assess(rulesAt(t), &p, testDay)
	m := newModel(t, &p, "", 80, 24)
	text := wholeResult(m)
	for s := scoring.Section(0); s < scoring.NumSections; s++ {
		if !lineEndsWith(text, s.Title(), strconv.Itoa(a.CRS.Section(s))) {
			t.Errorf("section %q does not show %d:\n%s", s.Title(), a.CRS.Section(s), text)
		}
	}
	for _, l := range a.CRS.Lines() {
		if !lineEndsWith(text, l.Label(), strconv.Itoa(l.Points)) {
			t.Errorf("line %q does not show %d points:\n%s", l.Label(), l.Points, text)
		}
	}
}

// lineEndsWith reports whether a line of text starts (after indent and a mark) with label and
// ends with points.
func lineEndsWith(text, label, points string) bool {
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimLeft(strings.TrimSpace(l), "▼ ")
		if strings.HasPrefix(l, label) && strings.HasSuffix(l, " "+points) {
			return true
		}
	}
	return false
}

// withoutPoints drops the right-aligned points at the ends of lines.
func withoutPoints(text string) string {
	return pointsColumn.ReplaceAllString(text, "")
}

var pointsColumn = regexp.MustCompile(`(?m) {2,}-?\d+ *$`)

func TestCapsAreShownWhereTheyBite(t *testing.T) {
	p := example(t, 4) // every cap at once
	a := scoring.Assess(rulesAt(t), &p, testDay)
	var caps []scoring.Line
	for _, l := range a.CRS.Lines() {
		if l.IsCap() {
			caps = append(caps, l)
		}
	}
	if len(caps) == 0 {
		t.Fatal("example 4 has no cap lines")
	}
	m := newModel(t, &p, "", 120, 40)
	text := wholeResult(m)
	if got := strings.Count(text, "▼ "); got < len(caps) {
		t.Errorf("%d caps marked, the engine has %d:\n%s", got, len(caps), text)
	}
	for _, l := range caps {
		if !strings.Contains(flat(withoutPoints(text)), flat("▼ "+l.Label())) {
			t.Errorf("cap %q not marked", l.Label())
		}
	}
	single := example(t, 1)
	if text := wholeResult(newModel(t, &single, "", 80, 24)); strings.Contains(text, "▼") {
		t.Errorf("example 1 hits no cap, but one is shown:\n%s", text)
	}
}

func TestResultGolden(t *testing.T) {
	for _, c := range []struct {
		example, w, h int
	}{{4, 80, 24}, {4, 120, 40}, {2, 80, 24}, {2, 120, 40}} {
		t.Run(fmt.Sprintf("example%d_%dx%d", c.example, c.w, c.h), func(t *testing.T) {
			p := example(t, c.example)
			m := newModel(t, &p, "example.toml", c.w, c.h)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

func TestResultScrollsAndSaysWhere(t *testing.T) {
	p := example(t, 4)
	m := newModel(t, &p, "", 80, 24)
	if m.result.maxOffset() == 0 {
		t.Fatal("example 4 fits in 80x24: nothing to scroll")
	}
	if v := view(m); !strings.Contains(v, "more below ↓") {
		t.Errorf("no sign of more lines:\n%s", v)
	}
	m, _ = drive(t, m, press("end")...)
	if m.result.offset != m.result.maxOffset() {
		t.Errorf("end: offset %d, want %d", m.result.offset, m.result.maxOffset())
	}
	if v := view(m); !strings.Contains(v, ", end ") {
		t.Errorf("at the end it does not say so:\n%s", v)
	}
	m, _ = drive(t, m, press("down", "down")...)
	if m.result.offset != m.result.maxOffset() {
		t.Errorf("scrolled past the end: %d > %d", m.result.offset, m.result.maxOffset())
	}
}

func TestEveryScreenFitsTheWindowAtEverySize(t *testing.T) {
	p := example(t, 4)
	sizes := [][2]int{{60, 16}, {61, 17}, {80, 24}, {100, 30}, {109, 30}, {110, 30}, {120, 40}, {200, 60}, {300, 100}}
	screens := map[string]func(w, h int) Model{
		"result": func(w, h int) Model { return newModel(t, &p, "", w, h) },
		"wizard": func(w, h int) Model { return start(t, w, h) },
		"menu":   func(w, h int) Model { m, _ := drive(t, newModel(t, &p, "", w, h), press("e")...); return m },
		"quit":   func(w, h int) Model { return dirtyQuitDialog(t, w, h) },
		"save":   func(w, h int) Model { m, _ := drive(t, newModel(t, &p, "", w, h), press("ctrl+s")...); return m },
		"scores": func(w, h int) Model {
			m, _ := drive(t, start(t, w, h), press(flatten(example1Keys[:2])...)...)
			return m
		},
		"what-if": func(w, h int) Model {
			q := cec2(t)
			m, _ := drive(t, newModel(t, &q, "", w, h), press("w", "436", "enter", "4", "k")...)
			return m
		},
		"round picker": func(w, h int) Model { m, _ := drive(t, newModel(t, &p, "", w, h), press("w")...); return m },
		"ITA details": func(w, h int) Model {
			m, _ := drive(t, newModel(t, &p, "", w, h), press("w", "enter", "n")...)
			return m
		},
		"update rounds": func(w, h int) Model { m, _ := drive(t, newModel(t, &p, "", w, h), press("r", "u")...); return m },
		"update first":  func(w, h int) Model { m, _ := drive(t, newModel(t, &p, "", w, h), press("w", "enter")...); return m },
		"scenarios": func(w, h int) Model {
			m, _ := drive(t, newModel(t, &p, "", w, h), press("w", "437", "enter", "s")...)
			return m
		},
		"what-if step": func(w, h int) Model {
			m, _ := drive(t, newModel(t, &p, "", w, h), press("w", "437", "enter", "e", "1")...)
			return m
		},
		"rounds": func(w, h int) Model {
			q := cec2(t)
			m, _ := drive(t, newModel(t, &q, "", w, h), press("r")...)
			return m
		},
		"spouse?": func(w, h int) Model {
			m, _ := drive(t, start(t, w, h), press("A", "enter", "30", "enter", "down", "enter")...)
			return m
		},
	}
	for name, make := range screens {
		resized := make(90, 28) // taken through every size in turn: each resize must lay out again
		for _, sz := range sizes {
			resized, _ = drive(t, resized, sizeMsg(sz[0], sz[1]))
			models := []Model{resized}
			if sz[0] <= 80 { // and built at the size, for the smallest
				models = append(models, make(sz[0], sz[1]))
			}
			for _, mm := range models {
				lines := strings.Split(mm.View(), "\n")
				if len(lines) > sz[1] {
					t.Errorf("%s at %dx%d: %d lines", name, sz[0], sz[1], len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > sz[0] {
						t.Errorf("%s at %dx%d: line %d is %d wide: %q", name, sz[0], sz[1], i+1, w, ansi.Strip(l))
					}
				}
			}
		}
	}
}

func TestTooSmallWindowSaysSoAndKeepsAnswers(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press("Ada")...)
	m, _ = drive(t, m, sizeMsg(50, 12))
	v := view(m)
	if !strings.Contains(flat(v), "needs at least 60×16") {
		t.Errorf("too small: %q", v)
	}
	m, _ = drive(t, m, sizeMsg(80, 24))
	if v := view(m); !strings.Contains(v, "> Ada") {
		t.Errorf("answers lost after a tiny window:\n%s", v)
	}
}
