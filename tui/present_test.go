package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

// presentFamily is testdata/report/family.toml (Priya Sharma, a spouse, a child named Anaya),
// written to a file named after her in a fresh directory, and read.
func presentFamily(t *testing.T) (string, scoring.Profile) {
	t.Helper()
	data, err := os.ReadFile(mustAbs("../testdata/report/family.toml"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "priya-sharma.toml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(rulesAt(t), path, data)
	if err != nil {
		t.Fatal(err)
	}
	return path, p
}

// shows reports whether text shows the client's name, her child's, her file's name or its
// directory.
func shows(text, path string) bool {
	for _, s := range []string{"Priya", "Sharma", "Anaya", "priya-sharma", filepath.Dir(path)} {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

// On the what-if, where p picks the round, ctrl+p turns presentation mode on and off: the
// command line that replays the changes then says PROFILE, not the file's name, and ? lists
// ctrl+p. The checklist's box shows the child unnamed while presenting, and follows the mode when
// ctrl+p is pressed in it. On the compare screen, p and ctrl+p turn it on and off too.
func TestPresentKeyOnWhatIfChecklistAndCompare(t *testing.T) {
	path, p := presentFamily(t)
	m := newModel(t, &p, path, 120, 60) // tall enough to show the whole what-if
	// The what-if of round 436, with a scenario applied (the replay line shows with a change).
	m, _ = drive(t, m, press("w", "esc", "p", "436", "enter", "1")...)
	if v := view(m); !strings.Contains(v, "eewizard whatif priya-sharma.toml") {
		t.Fatalf("before presenting, the replay line names the file:\n%s", v)
	}
	m, _ = drive(t, m, press("ctrl+p")...)
	if !m.s.present || !m.whatif.copy.present {
		t.Fatalf("ctrl+p on the what-if: presenting %v, the copy %v (flash %q)", m.s.present, m.whatif.copy.present, m.flash)
	}
	m, _ = drive(t, m, press("down")...) // the flash goes
	if v := view(m); shows(v, path) || !strings.Contains(v, "eewizard whatif PROFILE") || !strings.Contains(v, "Client") {
		t.Errorf("the what-if while presenting shows the name or file:\n%s", v)
	}
	m, _ = drive(t, m, press("?")...)
	if v := view(m); !strings.Contains(v, "ctrl+p") {
		t.Errorf("the what-if's ? does not list ctrl+p:\n%s", v)
	}
	m, _ = drive(t, m, press("esc", "l")...)
	d, ok := m.whatif.dlg.(*checklistDialog)
	if !ok {
		t.Fatalf("l did not open the checklist:\n%s", view(m))
	}
	if box := strings.Join(d.lines, "\n"); shows(box, path) || !strings.Contains(box, "child 1") {
		t.Errorf("the checklist while presenting names the child or lacks them:\n%s", box)
	}
	m, _ = drive(t, m, press("ctrl+p")...)
	d = m.whatif.dlg.(*checklistDialog)
	if box := strings.Join(d.lines, "\n"); m.s.present || !strings.Contains(box, "child 1 (Anaya)") {
		t.Errorf("ctrl+p in the checklist's box: presenting %v; the child:\n%s", m.s.present, box)
	}
	m, _ = drive(t, m, press("ctrl+p", "esc", "esc", "c")...) // presenting again; the compare screen
	if m.screen != screenCompare || !m.s.present {
		t.Fatalf("screen %v, presenting %v:\n%s", m.screen, m.s.present, view(m))
	}
	if v := view(m); shows(v, path) || !strings.Contains(v, "Client") {
		t.Errorf("the compare screen while presenting shows the name or file:\n%s", v)
	}
	for _, k := range []string{"p", "ctrl+p"} {
		m, _ = drive(t, m, press(k)...)
		if m.s.present {
			t.Errorf("%s on the compare screen does not turn presentation mode off", k)
		}
		m, _ = drive(t, m, press(k)...)
		if !m.s.present {
			t.Errorf("%s on the compare screen does not turn presentation mode on", k)
		}
	}
}

// With --present, the wizard's name field shows the name masked; going through the step keeps the
// real name in the profile, and typing a new one replaces it.
func TestPresentMasksTheWizardsNameField(t *testing.T) {
	path, p := presentFamily(t)
	opts := options(t, &p, path)
	opts.Present = true
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, append([]tea.Msg{sizeMsg(120, 40)}, press("1")...)...)
	if m.screen != screenWizard {
		t.Fatalf("1 did not open the first step:\n%s", view(m))
	}
	if v := view(m); shows(v, path) || !strings.Contains(v, "Your name") || !strings.Contains(v, "•") {
		t.Errorf("the name field while presenting shows the name, or no mask:\n%s", v)
	}
	m, _ = drive(t, m, press("enter", "enter", "enter", "enter", "enter")...)
	if m.screen != screenResult || m.s.current.Name != "Priya Sharma" {
		t.Errorf("after the step: screen %v, name %q, want the result and Priya Sharma", m.screen, m.s.current.Name)
	}
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter", "enter")...)
	if m.s.current.Name != "Cy" {
		t.Errorf("typed Cy while presenting: the name is %q", m.s.current.Name)
	}
}

// Accessible mode honours --present: it says so, and reads out no name (the name question does
// not say which is kept) and no path (the save says where without it); the file saved keeps the
// real name.
func TestAccessibleModeHonoursPresent(t *testing.T) {
	path, p := presentFamily(t)
	opts := options(t, &p, path)
	opts.Present = true
	d := newDraft(&p)
	steps := len(applicable(&d))
	// What next? 1: change the first step (Enter keeps each answer but the marital status, 2:
	// married; the spare empty lines show the standing at the next What next?); then save (to the
	// file it came from) and quit.
	lines := []string{"1", "", "", "2", "", "", "", "", "", itoa(steps + 3), itoa(steps + 4)}
	out := runAccessibleWith(t, opts, lines...)
	if shows(out, path) || !strings.Contains(out, "Presentation mode") || !strings.Contains(out, "Enter keeps the name given") {
		t.Errorf("accessible mode while presenting reads out the name or a path:\n%s", out)
	}
	if !strings.Contains(out, "Saved to the file") {
		t.Errorf("no save said:\n%s", out)
	}
	q, err := scoring.ReadProfile(rulesAt(t), path, []byte(readString(t, path)))
	if err != nil || q.Name != "Priya Sharma" {
		t.Errorf("the saved file: name %q, %v", q.Name, err)
	}
}
