package tui

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/scoring"
	"github.com/muesli/termenv"
)

// The defects found by using the program at 80x24, 120 and 200 columns: each test failed before
// its fix.

// jobsExample is testdata/whatif/nurse.toml: two jobs in Canada (an accountant, NOC 11100, and a
// nurse, NOC 31301, both TEER 1), so the list offers p (primary) as well.
func jobsExample(t *testing.T) scoring.Profile {
	t.Helper()
	return readProfile(t, "../testdata/whatif/nurse.toml")
}

func readProfile(t *testing.T, file string) scoring.Profile {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(rulesAt(t), file, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// f1 on the list of jobs names both uses of esc: the step menu from the list, and cancel in a
// job's form or the occupation picker (before, the list of keys kept one entry per key name and
// "esc steps" hid "esc cancel").
func TestJobsKeysListBothUsesOfEsc(t *testing.T) {
	p := jobsExample(t)
	m := workStep(t, newModel(t, &p, "", 80, 24))
	mustShow(t, m, "the list of jobs", "Your jobs (2)")
	m, _ = drive(t, m, press("f1")...)
	mustShow(t, m, "f1 on the list of jobs", "steps", "cancel")
}

// At 80 columns the footer of the list of jobs holds only some of its keys: the ones it drops
// (o, p, ctrl+l, esc, ...) show on the line under the list, so every key of the list is on the
// screen without f1. At 200 columns the footer holds them all and the line is not needed.
func TestJobsKeysTheFooterDropsShowUnderTheList(t *testing.T) {
	p := jobsExample(t)
	for _, w := range []int{80, 200} {
		m := workStep(t, newModel(t, &p, "", w, 24))
		mustShow(t, m, "the list of jobs", "Your jobs (2)")
		for _, k := range []string{"a add", "enter edit", "d remove", "tab done", "o occupation", "p primary",
			"ctrl+l year counts", "esc steps"} {
			mustShow(t, m, "the list of jobs at width "+itoa(w), k)
		}
		v := view(m)
		if w == 200 && strings.Contains(v, "more keys:") {
			t.Errorf("200 columns: the footer holds every key, no line of more keys wanted:\n%s", v)
		}
		// The categories line stays (the running categories are the point of the hint line).
		mustShow(t, m, "the list of jobs", "Categories: healthcare")
	}
}

// The result screen at 120 columns keeps "↑/↓ scroll" in its footer when the text is longer than
// the window (it was the last key, dropped first when the new keys x, p and c came).
func TestResultFooterKeepsScrollAt120Columns(t *testing.T) {
	p := jobsExample(t)
	m := newModel(t, &p, "", 120, 30)
	if m.result.maxOffset() == 0 {
		t.Fatal("the test needs a result longer than the window")
	}
	if f := ansi.Strip(m.result.helpLine); !strings.Contains(f, "↑/↓ scroll") || !strings.Contains(f, "c compare") {
		t.Errorf("footer at 120 columns: %q", f)
	}
}

// The checklist box wraps every line to its width: at 80 columns the lines of its head ("Apply
// by ...; built for applying on DATE", "The deadline has passed ...") were cut with "…", and the
// date of applying was lost. The box keeps one width from page to page.
func TestChecklistBoxWrapsLongLinesAndKeepsItsWidth(t *testing.T) {
	_, p := checklistFamily(t)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("w", "436", "enter")...)
	m, _ = drive(t, m, press("l")...)
	d, ok := m.whatif.dlg.(*checklistDialog)
	if !ok {
		t.Fatalf("l did not open the checklist:\n%s", view(m))
	}
	// Round 436 of 2026-08-18, applying on the test day 2026-08-20.
	mustShow(t, m, "the checklist at 80 columns", "Apply by 2026-10-17", "2026-08-20")
	for _, l := range d.lines {
		if ansi.StringWidth(l) > d.boxWidth() {
			t.Errorf("a line wider than the box (%d): %q", d.boxWidth(), l)
		}
	}
	width := func(m Model) int {
		for _, l := range strings.Split(view(m), "\n") {
			if strings.Contains(l, "╭") {
				return ansi.StringWidth(strings.TrimSpace(l))
			}
		}
		return 0
	}
	first := width(m)
	for i := 0; i < 4; i++ {
		m, _ = drive(t, m, press("pgdown")...)
		if w := width(m); w != first {
			t.Fatalf("page %d: the box is %d wide, %d on the first page:\n%s", i+2, w, first, view(m))
		}
	}
}

// The result screen says the next day the jobs change something, in its header, whole at 80
// columns and at 200: testdata/timeline/nurse.toml (single, bachelor's, CLB 9, a registered nurse
// in Canada from 2026-02-01 at 37.5 h a week, 30 of them counted) reaches 1,560 hours, one year,
// on 2027-01-31 (the file's comment). That year gives 40 core points (Canadian work, 1 year, no
// spouse: crs-rules 1.6) and 13 of transferability (a post-secondary credential of one year or
// longer with 1 year of Canadian work: C2): +53. The same day CEC opens (one year of skilled
// Canadian work in 3 years) and the healthcare category's 12 months are reached. A profile of
// year counts (testdata/examples/example1.toml) has no such line: counts do not follow the
// calendar.
func TestResultSaysTheNextJobDrivenDay(t *testing.T) {
	p := readProfile(t, "../testdata/timeline/nurse.toml")
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		m := newModel(t, &p, "", size[0], size[1])
		head := strings.Join(strings.Fields(strings.Join(m.result.header, " ")), " ")
		head = ansi.Strip(head)
		for _, want := range []string{"Next from the jobs: on 2027-01-31, CRS 427 (+53); CEC met, healthcare category met",
			"(if the jobs go on at the same hours)"} {
			if !strings.Contains(head, want) {
				t.Errorf("%v: want %q in the header:\n%s", size, want, view(m))
			}
		}
		for _, l := range strings.Split(view(m), "\n") {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%v: a line wider than the window: %q", size, l)
			}
		}
	}
	q := example(t, 1)
	m := newModel(t, &q, "", 80, 24)
	if strings.Contains(view(m), "Next from the jobs") {
		t.Errorf("year counts: a next day from jobs:\n%s", view(m))
	}
}

// The wizard's first line keeps the step's name beside a long title at 80 columns: with a name,
// a file and "● unsaved", "Step 8 of 8 · Your spouse or partner" did not fit and was dropped
// whole; "8/8 · Your spouse or partner" fits.
func TestWizardHeaderKeepsTheStepBesideALongTitle(t *testing.T) {
	p := readProfile(t, "../testdata/compare/spouse_principal.toml")
	m := newModel(t, &p, "/tmp/x/family.toml", 80, 24)
	spouse := 1 + indexOf(applicable(&m.s.draft), stepSpouse)
	m, _ = drive(t, m, press("e", itoa(spouse))...)
	m, _ = drive(t, m, ctrlL) // the spouse's jobs instead of year counts: unsaved
	first := strings.Split(view(m), "\n")[0]
	if !strings.Contains(first, "● unsaved") || !strings.Contains(first, "Your spouse or partner") {
		t.Errorf("first line: %q", first)
	}
	if ansi.StringWidth(first) > 80 {
		t.Errorf("first line wider than the window: %q", first)
	}
}

// The spouse's jobs are asked with the same editor: its questions say "this job", never "you"
// ("Were you a full-time student while in this job?" was asked of the spouse's job).
func TestSpouseJobFormAsksAboutTheJobNotYou(t *testing.T) {
	p := readProfile(t, "../testdata/compare/spouse_principal.toml")
	m := newModel(t, &p, "", 80, 24)
	spouse := 1 + indexOf(applicable(&m.s.draft), stepSpouse)
	m, _ = drive(t, m, press("e", itoa(spouse))...)
	m, _ = drive(t, m, ctrlL)
	mustShow(t, m, "the spouse's list", "Your spouse's or partner's jobs (0)")
	for _, k := range []string{"a", "developer", "enter", "Dev", "enter", "enter", "2023-01-01", "enter", "enter", "enter"} {
		m, _ = drive(t, m, press(k)...)
	}
	mustShow(t, m, "the job's last questions", "Self-employed in this job?", "A full-time student while in this job?")
	m, _ = drive(t, m, press("enter", "enter")...)
	mustShow(t, m, "the job's authorization", "Authorized to work in Canada in this job?")
	if v := view(m); strings.Contains(v, "Were you") || strings.Contains(v, "you are still") {
		t.Errorf("the spouse's job asked of you:\n%s", v)
	}
}

// Accessible mode says the next job-driven day after the programs, as the result screen does
// (the day and the points: TestResultSaysTheNextJobDrivenDay).
func TestAccessibleModeSaysTheNextJobDrivenDay(t *testing.T) {
	p := readProfile(t, "../testdata/timeline/nurse.toml")
	d := newDraft(&p)
	out := runAccessibleWith(t, options(t, &p, ""), itoa(len(applicable(&d))+4)) // What next? Quit
	if !strings.Contains(out, "Next from the jobs: on 2027-01-31, CRS 427 (+53); CEC met, healthcare category met") {
		t.Errorf("accessible result:\n%s", out)
	}
}

// The rounds screen's ? says what its marks mean (✓ ✗ ○ ?): nothing on the screen said what ○
// and ✓ under the bars stand for, and without colour the marks are all there is.
func TestRoundsHelpSaysTheMarks(t *testing.T) {
	p := jobsExample(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		m := newModel(t, &p, "", size[0], size[1])
		m, _ = drive(t, m, press("r")...)
		m, _ = drive(t, m, press("?")...)
		box := insideBox(view(m))
		for _, want := range []string{"✓ your score reached the cut-off", "○ the round's list version is not met"} {
			if !strings.Contains(box, want) {
				t.Errorf("%v: want %q in the rounds' ?:\n%s", size, want, view(m))
			}
		}
	}
}

// insideBox is the text inside the first box of a screen (not the screen beside it), its lines
// joined by spaces.
func insideBox(v string) string {
	var words []string
	in := false
	for _, l := range strings.Split(v, "\n") {
		switch {
		case strings.Contains(l, "╭"):
			in = true
		case strings.Contains(l, "╰"):
			return strings.Join(words, " ")
		case in:
			if i, j := strings.Index(l, "│"), strings.LastIndex(l, "│"); i >= 0 && j > i {
				words = append(words, strings.Fields(l[i+len("│"):j])...)
			}
		}
	}
	return strings.Join(words, " ")
}

// In a window under 20 rows a list taller than the room scrolls without hiding what there is
// room for: huh v1.0.0's Select, once given a height, puts its chosen option at the top of its
// window on every update (field_select.go, updateViewportHeight), so every option above the
// chosen one was hidden and the rows below the last option were blank. Example 1's education is
// a bachelor's degree, the fifth of eight levels: at 80x17 the list must show options above it
// and no blank row inside the list.
func TestShortWindowListShowsOptionsAboveTheChosenOne(t *testing.T) {
	p := example(t, 1)
	for _, h := range []int{16, 17, 19} {
		m := newModel(t, &p, "", 80, h)
		m, _ = drive(t, m, press("e", "2")...)
		mustShow(t, m, "the education step", "> Bachelor's degree or three-year program", "Two-year post-secondary program")
		blank := 0
		for _, l := range strings.Split(view(m), "\n") {
			if strings.TrimSpace(l) == "┃" {
				blank++
			}
		}
		if blank > 0 {
			t.Errorf("80x%d: %d blank rows in the list:\n%s", h, blank, view(m))
		}
		// Moving through the list keeps the cursor on the screen, and the answer is the one chosen.
		for i := 0; i < 3; i++ {
			m, _ = drive(t, m, press("down")...)
		}
		mustShow(t, m, "three down", "> Doctoral degree (PhD)")
		for i := 0; i < 7; i++ {
			m, _ = drive(t, m, press("up")...)
		}
		mustShow(t, m, "seven up (the first level)", "> Less than secondary school")
		if got := m.s.draft.Education; got != scoring.EducationNone {
			t.Errorf("80x%d: the level chosen is %v", h, got)
		}
	}
}

// Accessible mode says the categories of the jobs in plain words: on a terminal with colour the
// wizard's line of categories carries colour codes, which accessible mode printed made visible
// ("Categories: \x1b[32mhealthcare (met)\x1b[0m.").
func TestAccessibleJobsSayCategoriesWithoutColourCodes(t *testing.T) {
	p := jobsExample(t)
	m, err := New(options(t, &p, ""))
	if err != nil {
		t.Fatal(err)
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI) // a terminal with colour
	m.c.styles = NewStyles(r)
	var out bytes.Buffer
	x := &accessible{c: m.c, s: m.s, in: &lineReader{r: strings.NewReader("")}, out: &out}
	x.sayJobs(stepWork)
	if got := out.String(); !strings.Contains(got, "Categories: healthcare (met).") || strings.Contains(got, "x1b") || strings.Contains(got, "\x1b") {
		t.Errorf("accessible jobs:\n%q", got)
	}
}

// The scenario menu at 80 columns cut the title of a change of occupation before its new code
// ("changed occupation on 2026-06-26: NOC 3120…") and its --set lines ("start = 202…"): the one
// under the cursor now shows whole, wrapped.
func TestScenarioMenuShowsTheChosenOneWhole(t *testing.T) {
	p := jobsExample(t)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, press("w", "422", "enter")...)
	m, _ = drive(t, m, press("s")...)
	d, ok := m.whatif.dlg.(*scenarioMenu)
	if !ok {
		t.Fatalf("s did not open the scenarios:\n%s", view(m))
	}
	n := -1
	for i, c := range d.list {
		if strings.Contains(c.Title, "changed occupation") {
			n = i
		}
	}
	if n < 0 {
		t.Fatalf("no change of occupation among the scenarios:\n%s", view(m))
	}
	for i := 0; i < n; i++ {
		m, _ = drive(t, m, press("down")...)
	}
	box := insideBox(view(m))
	for _, want := range []string{"NOC 31204", "start = 2026-06-26"} {
		if !strings.Contains(box, want) {
			t.Errorf("want %q in the scenario box:\n%s", want, view(m))
		}
	}
}
