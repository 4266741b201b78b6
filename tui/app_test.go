package tui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

func TestOpeningAProfileShowsTheResultStraightAway(t *testing.T) {
	p := example(t, 3)
	m, err := New(options(t, &p, "example3.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if m.screen != screenResult {
		t.Fatalf("opened on screen %v, want the result", m.screen)
	}
	if m.s.dirty() {
		t.Error("a profile just opened is marked unsaved")
	}
	m, _ = drive(t, m, sizeMsg(80, 24))
	if v := view(m); !strings.Contains(v, "CRS score: "+itoa(engineTotal(t, p))) {
		t.Errorf("no total on the first screen:\n%s", v)
	}
}

func TestSaveAsksForAPathThenWritesAPrivateFileThatReadsBack(t *testing.T) {
	p := example(t, 2)
	p.Name = "Bo Example"
	m := newModel(t, &p, "", 200, 30)
	m, _ = drive(t, m, press("ctrl+s")...)
	if m.dialog == nil || !strings.Contains(view(m), "> bo-example.toml") {
		t.Fatalf("ctrl+s on a new file: no save dialog with a name from the profile:\n%s", view(m))
	}
	path := filepath.Join(t.TempDir(), "client.toml")
	m, _ = drive(t, m, press("ctrl+u")[0], paste(path), press("enter")[0])
	if m.dialog != nil {
		t.Fatalf("the dialog is still open:\n%s", view(m))
	}
	checkSaved(t, path, p)
	if m.s.path != path || m.s.dirty() {
		t.Errorf("after saving: path %q, unsaved %v", m.s.path, m.s.dirty())
	}
	if v := view(m); !strings.Contains(v, "Saved to "+path) {
		t.Errorf("no word of the save:\n%s", v)
	}
}

func TestSaveToTheOpenedFileReplacesItWithoutAsking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := example(t, 1)
	m := newModel(t, &p, path, 80, 24)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...) // rename, back to the result
	m, _ = drive(t, m, press("ctrl+s")...)
	if m.dialog != nil {
		t.Fatalf("saving to the opened file asked something:\n%s", view(m))
	}
	p.Name = "Cy"
	checkSaved(t, path, p)
}

func TestSaveRefusesToReplaceAnotherFileUnlessTold(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.toml")
	if err := os.WriteFile(other, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := example(t, 1)
	m := newModel(t, &p, "", 80, 24)
	m, _ = drive(t, m, append(press("ctrl+s", "ctrl+u"), paste(other), press("enter")[0])...)
	if v := view(m); !strings.Contains(v, "exists. Replace it?") {
		t.Fatalf("no question before replacing a file:\n%s", v)
	}
	m, _ = drive(t, m, press("enter")...) // No is the default
	if data, _ := os.ReadFile(other); string(data) != "keep me" {
		t.Errorf("the file was replaced: %q", data)
	}
	m, _ = drive(t, m, press("enter", "left", "enter")...) // the same name again; Replace
	checkSaved(t, other, p)
}

func TestSaveRefusesAnswersThatCannotBeRead(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press("Ada", "ctrl+s")...)
	if m.dialog != nil {
		t.Fatal("a profile without a birth date went to the save dialog")
	}
	if v := view(m); !strings.Contains(v, "Not saved: About you: give your date of birth") {
		t.Errorf("no reason for not saving:\n%s", v)
	}
}

func checkSaved(t *testing.T, path string, want scoring.Profile) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Errorf("%s has mode %o, want 600", path, mode)
	}
	got, _ := readSaved(t, path)
	if got != want {
		t.Errorf("read back:\n got %+v\nwant %+v", got, want)
	}
	if tmp, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestQuitWithUnsavedChangesAsksFirst(t *testing.T) {
	for _, c := range []struct {
		name     string
		keys     []string
		quits    bool
		wantFile bool
	}{
		{"esc keeps working", []string{"esc"}, false, false},
		{"d discards", []string{"d"}, true, false},
		{"s saves, then quits", []string{"s"}, true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.toml")
			p := example(t, 1)
			m := newModel(t, &p, path, 80, 24)
			m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...)
			m, quit := drive(t, m, press("q")...)
			if quit || !strings.Contains(view(m), "Quit with unsaved changes?") {
				t.Fatalf("q with unsaved changes: quit=%v\n%s", quit, view(m))
			}
			m, quit = drive(t, m, press(c.keys...)...)
			if quit != c.quits {
				t.Errorf("quit = %v, want %v", quit, c.quits)
			}
			if _, err := os.Stat(path); (err == nil) != c.wantFile {
				t.Errorf("file written: %v, want %v", err == nil, c.wantFile)
			}
			if !quit && m.dialog != nil {
				t.Errorf("the dialog stayed open:\n%s", view(m))
			}
		})
	}
}

func TestQuitWithNothingUnsavedQuitsAtOnce(t *testing.T) {
	p := example(t, 1)
	for _, k := range []string{"q", "ctrl+q"} {
		if _, quit := drive(t, newModel(t, &p, "", 80, 24), press(k)...); !quit {
			t.Errorf("%s with nothing unsaved did not quit", k)
		}
	}
	if _, quit := drive(t, start(t, 80, 24), press("ctrl+q")...); !quit {
		t.Error("ctrl+q on an untouched new profile did not quit")
	}
}

func TestCtrlCQuitsAtOnceEvenWhileTypingWithUnsavedAnswers(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press("Ada", "enter", "3")...)
	m, quit := drive(t, m, press("ctrl+c")...)
	if !quit {
		t.Fatal("ctrl+c did not quit")
	}
	if s := m.Summary(); !strings.Contains(s, "ctrl+c") || !strings.Contains(s, "not saved") {
		t.Errorf("the exit line does not say the answers were not saved: %q", s)
	}
}

func TestQKeyIsTextInTheWizard(t *testing.T) {
	m := start(t, 80, 24)
	m, quit := drive(t, m, press("q")...)
	if quit || m.s.draft.Name != "q" {
		t.Errorf("q in a text field: quit=%v name=%q", quit, m.s.draft.Name)
	}
}

func TestDefaultFileNameComesFromTheProfileName(t *testing.T) {
	for in, want := range map[string]string{
		"Ada Lovelace": "ada-lovelace.toml", "  Zoë O'Brien ": "zoë-o-brien.toml", "": "profile.toml", "!!!": "profile.toml",
	} {
		if got := defaultFileName(in); got != want {
			t.Errorf("defaultFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDraftRoundTripsEveryExample(t *testing.T) {
	r := rulesAt(t)
	for n := 1; n <= 4; n++ {
		p := example(t, n)
		d := newDraft(&p)
		got, probs := d.profile(r, testDay)
		if len(probs) > 0 {
			t.Errorf("example %d: %v", n, probs)
		}
		if got != p {
			t.Errorf("example %d:\n got %+v\nwant %+v", n, got, p)
		}
	}
}

func TestWizardProfilesPassTheEnginesOwnChecks(t *testing.T) {
	m := start(t, 80, 24)
	m, _ = drive(t, m, press(flatten(example1Keys)...)...)
	if err := scoring.CheckProfile(m.c.rules, &m.s.current); err != nil {
		t.Errorf("the engine refuses the wizard's profile: %v", err)
	}
}

func TestProblemsPointToTheirStep(t *testing.T) {
	r := rulesAt(t)
	d := newDraft(nil)
	d.Birth = "30"
	d.Education = scoring.Secondary
	d.CanadianEducation = scoring.CanadianThreeYearOrMore
	d.CanadianYears, d.CanadianLast3 = "1", "2"
	d.First = language{Test: "ielts", Scores: [4]string{"9.5", "8", "7", "7"}}
	_, probs := d.profile(r, testDay)
	want := map[string]stepID{
		keyCanadianEducation:    stepEducation,
		keyCanadianLast3:        stepWork,
		keyFirst + ".listening": stepFirstLanguage,
	}
	if len(probs) != len(want) {
		t.Fatalf("problems %v, want one for each of %v", probs, want)
	}
	for _, p := range probs {
		if step, ok := want[p.Key]; !ok || stepOf(p.Key) != step {
			t.Errorf("problem %q (%s) is for step %v", p.Key, p.Msg, stepOf(p.Key))
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

var _ tea.Model = Model{}
