package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/scoring"
)

var compareDir = mustAbs("../testdata/compare")

// compareProfile reads a profile of testdata/compare.
func compareProfile(t testing.TB, name string) (scoring.Profile, []byte) {
	t.Helper()
	return profileFile(t, filepath.Join(compareDir, name))
}

// compareScreenOf is the result of a profile with c pressed, at w×h.
func compareScreenOf(t *testing.T, p scoring.Profile, w, h int) Model {
	t.Helper()
	m := newModel(t, &p, "", w, h)
	m, _ = drive(t, m, press("c")...)
	if m.screen != screenCompare {
		t.Fatalf("c on the result: screen %v, want the compare screen", m.screen)
	}
	return m
}

// wholeCompare is every body line of the compare screen, however long.
func wholeCompare(m Model) string { return ansi.Strip(strings.Join(m.compare.lines, "\n")) }

// testdata/compare/spouse_principal.toml: 322 as given, 468 with the spouse as principal (the
// arithmetic is in scoring/swap_test.go). At 80×24 the two columns of the table fit, and the two
// whole scores come one after the other; at 200×60 they are side by side. No line is wider than
// the window, the screen is exactly its height, and the better one is marked in words (NO_COLOR
// loses nothing: tests draw without colour).
func TestCompareScreenFitsAt80x24AndSideBySideAt200x60(t *testing.T) {
	p, _ := compareProfile(t, "spouse_principal.toml")
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		m := compareScreenOf(t, p, w, h)
		screen := view(m)
		lines := strings.Split(screen, "\n")
		if len(lines) != h {
			t.Errorf("%dx%d: %d lines", w, h, len(lines))
		}
		for _, l := range lines {
			if lipgloss.Width(l) > w {
				t.Errorf("%dx%d: a line of %d columns: %q", w, h, lipgloss.Width(l), l)
			}
		}
		for _, want := range []string{"Who should be the principal applicant?", "468 ◀ better", "esc back"} {
			if !strings.Contains(screen, want) {
				t.Errorf("%dx%d: no %q on the screen:\n%s", w, h, want, screen)
			}
		}
		body := wholeCompare(m)
		for _, want := range []string{"Better: your spouse as principal applicant", "+56 Canadian work", "CEC", "✓ eligible (grid 80)",
			"As given: CRS 322", "Your spouse as principal applicant: CRS 468", "Age 29", "Age 35"} {
			if !strings.Contains(body, want) {
				t.Errorf("%dx%d: no %q in:\n%s", w, h, want, body)
			}
		}
		sideBySide := strings.Contains(body, "As given: CRS 322") && func() bool {
			for _, l := range strings.Split(body, "\n") {
				if strings.Contains(l, "As given: CRS 322") && strings.Contains(l, "Your spouse as principal applicant: CRS 468") {
					return true
				}
			}
			return false
		}()
		if sideBySide != (w >= resultWideWidth) {
			t.Errorf("%dx%d: side by side %v", w, h, sideBySide)
		}
		// esc goes back to the result.
		m, _ = drive(t, m, press("esc")...)
		if m.screen != screenResult {
			t.Errorf("%dx%d: esc: screen %v", w, h, m.screen)
		}
	}
}

// Resizing the compare screen keeps it: the same comparison at the new size.
func TestCompareScreenKeepsItsComparisonThroughAResize(t *testing.T) {
	p, _ := compareProfile(t, "spouse_principal.toml")
	m := compareScreenOf(t, p, 200, 60)
	m, _ = drive(t, m, sizeMsg(80, 24))
	if m.screen != screenCompare || !strings.Contains(view(m), "468 ◀ better") {
		t.Errorf("after a resize:\n%s", view(m))
	}
}

// Where the spouse's facts are missing, the screen names them (example 4's spouse has no age).
func TestCompareScreenNamesMissingFacts(t *testing.T) {
	m := compareScreenOf(t, example(t, 4), 80, 24)
	screen := view(m)
	if !strings.Contains(screen, "cannot be scored") || !strings.Contains(screen, "spouse.birth_date") || strings.Contains(screen, "◀ better") {
		t.Errorf("missing facts not named:\n%s", screen)
	}
}

// c is in the result screen's list of keys (? at 80×24).
func TestResultKeysListCompare(t *testing.T) {
	p := example(t, 4)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("?")...)
	if !strings.Contains(view(m), "c") || !strings.Contains(view(m), "c       compare") {
		t.Errorf("? does not list c:\n%s", view(m))
	}
}

// Opening a profile with every key of [spouse] in the wizard and saving it changes nothing: the
// draft carries the spouse's facts the wizard does not ask (open, save, read back equal).
func TestWizardKeepsTheSpousesExtraFacts(t *testing.T) {
	p, data := compareProfile(t, "all_keys.toml")
	if p.Spouse.Principal == (scoring.SpouseAsPrincipal{}) {
		t.Fatal("all_keys.toml has no extra spouse facts")
	}
	d := newDraft(&p)
	got, probs := d.profile(rulesAt(t), testDay)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if got != p {
		t.Errorf("through the draft:\n%+v\nwant\n%+v", got.Spouse, p.Spouse)
	}
	saved := scoring.EditProfile(data, &got)
	back, err := scoring.ReadProfile(rulesAt(t), "saved.toml", saved)
	if err != nil || back != p {
		t.Errorf("saved and read back: %v\n%s", err, saved)
	}
	if string(saved) != string(data) {
		t.Errorf("saved unchanged, the file changed:\n%s", saved)
	}
}

// An answer of the spouse step that contradicts a carried fact is a problem of that answer, so a
// save that would write a file that cannot be read is refused with the reason.
func TestSpouseAnswerContradictingACarriedFactIsAProblem(t *testing.T) {
	p, _ := compareProfile(t, "all_keys.toml") // the spouse has a Canadian three-year credential
	d := newDraft(&p)
	d.SpouseEducation = scoring.OneYear
	_, probs := d.profile(rulesAt(t), testDay)
	if len(probs) != 1 || probs[0].Key != keySpouseEducation || !strings.Contains(probs[0].Msg, "spouse.canadian_education in the file") {
		t.Errorf("problems %+v, want one on %s naming spouse.canadian_education", probs, keySpouseEducation)
	}
}

// Accessible mode prints the same comparison, without columns.
func TestAccessibleModePrintsTheComparison(t *testing.T) {
	p, _ := compareProfile(t, "spouse_principal.toml")
	steps := len(applicable(&draft{Marital: scoring.Married, SpouseComing: true, First: language{Test: "clb"}}))
	// What next? Compare (after Quit), then Quit.
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+5), itoa(steps+4))
	for _, want := range []string{"Who should be the principal applicant?", "CRS total: as given 322; spouse as principal 468 ◀ better",
		"Better: your spouse as principal applicant", "+56 Canadian work", "Canadian work: as given 0, spouse as principal 56 (+56)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("escape codes in accessible mode")
	}
}

// The spouse step asks the spouse's birth date or age (optional): with it, example 4's spouse can
// be compared as principal; an age under 16, or a birth date less than 16 years back (which a
// profile file refuses), is refused with the reason, in the spouse step.
func TestSpouseStepAsksTheSpousesAgeForTheComparison(t *testing.T) {
	p := example(t, 4)
	for _, tc := range []struct {
		typed   string
		age     int
		problem bool
	}{{"", 0, false}, {"30", 30, false}, {"10", 0, true}, {"1990-05-01", 0, false}, {"2016-01-01", 0, true}} {
		d := newDraft(&p)
		d.SpouseBirth = tc.typed
		got, probs := d.profile(rulesAt(t), testDay)
		if (len(probs) > 0) != tc.problem || (tc.problem && (probs[0].Key != keySpouseBirth || stepOf(probs[0].Key) != stepSpouse)) {
			t.Errorf("%q: problems %+v", tc.typed, probs)
		}
		if got.Spouse.Principal.Age != tc.age {
			t.Errorf("%q: age %d, want %d", tc.typed, got.Spouse.Principal.Age, tc.age)
		}
		if tc.typed == "1990-05-01" && got.Spouse.Principal.BirthDate != scoring.Day(mustDay(t, "1990-05-01")) {
			t.Errorf("birth date %v", got.Spouse.Principal.BirthDate)
		}
	}
	m := newModel(t, &p, "", 80, 24)
	m.s.draft.SpouseBirth = "30"
	m.s.refresh(m.c)
	m, _ = drive(t, m, press("c")...)
	if v := view(m); strings.Contains(v, "cannot be scored") || !strings.Contains(v, "◀ better") {
		t.Errorf("with the spouse's age the comparison is made:\n%s", v)
	}
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := scoring.ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// At the smallest window (60×16) the compare screen still fits, with short program cells.
func TestCompareScreenFitsTheSmallestWindow(t *testing.T) {
	p, _ := compareProfile(t, "all_keys.toml")
	m := compareScreenOf(t, p, minWidth, minHeight)
	v := view(m)
	if n := len(strings.Split(v, "\n")); n != minHeight {
		t.Errorf("%d lines", n)
	}
	for _, l := range strings.Split(v, "\n") {
		if lipgloss.Width(l) > minWidth {
			t.Errorf("a line of %d columns: %q", lipgloss.Width(l), l)
		}
	}
	if !strings.Contains(v, "✓ grid 79") || !strings.Contains(v, "938 ◀ better") {
		t.Errorf("short cells or the mark missing:\n%s", v)
	}
}
