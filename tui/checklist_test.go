package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// checklistFamily reads the checklist's testdata family (residences for both, one child).
func checklistFamily(t testing.TB) ([]byte, scoring.Profile) {
	t.Helper()
	data, err := os.ReadFile("../testdata/checklist/family.toml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(rulesAt(t), "family.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return data, p
}

// The wizard asks no residences or children: opening a file that has them and saving after
// another edit keeps every one (the draft carries them).
func TestResidencesAndChildrenKeptThroughTheWizard(t *testing.T) {
	data, p := checklistFamily(t)
	if p.Applicant.Residences.Len() != 3 || p.Spouse.Residences.Len() != 1 || p.Children.Len() != 1 {
		t.Fatalf("testdata family: %d, %d residences, %d children", p.Applicant.Residences.Len(), p.Spouse.Residences.Len(), p.Children.Len())
	}
	d := newDraft(&p)
	q, probs := d.profile(rulesAt(t), testDay)
	if len(probs) > 0 || q.Applicant.Residences != p.Applicant.Residences || q.Spouse.Residences != p.Spouse.Residences || q.Children != p.Children {
		t.Fatalf("the draft lost rows: %v\n%+v", probs, q)
	}
	path := filepath.Join(t.TempDir(), "family.toml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, &p, path, 120, 40)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...) // rename
	m, _ = drive(t, m, press("ctrl+s")...)
	q, saved := readSaved(t, path)
	if q.Name != "Cy" || q.Applicant.Residences != p.Applicant.Residences || q.Spouse.Residences != p.Spouse.Residences || q.Children != p.Children {
		t.Errorf("saved: name %q, residences and children changed\n%s", q.Name, saved)
	}
}

// l on the what-if shows the checklist for its ITA, at 80x24 and 200x60; it scrolls, survives a
// resize, and esc closes it. Without an ITA, l says what it needs.
func TestWhatIfChecklistKey(t *testing.T) {
	_, p := checklistFamily(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		m := newModel(t, &p, "", size[0], size[1])
		m, _ = drive(t, m, press("w", "esc")...) // the round picker closed: no ITA yet
		m, _ = drive(t, m, press("l")...)
		if !strings.Contains(view(m), "The checklist needs an ITA") {
			t.Fatalf("%v: l without an ITA:\n%s", size, view(m))
		}
		m, _ = drive(t, m, press("p", "436", "enter")...)
		m, _ = drive(t, m, press("?")...)
		if v := view(m); !strings.Contains(v, "checklist") {
			t.Errorf("%v: the what-if's ? does not list l:\n%s", size, v)
		}
		m, _ = drive(t, m, press("esc")...)
		m, _ = drive(t, m, press("l")...)
		d, ok := m.whatif.dlg.(*checklistDialog)
		if !ok {
			t.Fatalf("%v: l did not open the checklist:\n%s", size, view(m))
		}
		v := view(m)
		// Round 436 of 2026-08-18: apply by 2026-10-17 (13 + 30 + 17 = 60 days).
		if !strings.Contains(v, "Application checklist") || !strings.Contains(v, "Apply by 2026-10-17") {
			t.Errorf("%v: the checklist:\n%s", size, v)
		}
		for _, l := range strings.Split(v, "\n") {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%v: a line wider than the window: %q", size, l)
			}
		}
		if lines := strings.Count(v, "\n") + 1; lines > size[1] {
			t.Errorf("%v: %d lines, more than the window", size, lines)
		}
		if size[0] == 80 {
			m, _ = drive(t, m, press("down", "down")...)
			if d = m.whatif.dlg.(*checklistDialog); d.offset != 2 {
				t.Errorf("down twice: offset %d", d.offset)
			}
			// A page is the box's rows (24 less the footer 1, the border 2, the title and its
			// blank line 2: 19); end and home go to the last page and the first line.
			m, _ = drive(t, m, press("pgdown")...)
			if d = m.whatif.dlg.(*checklistDialog); d.rows() != 19 || d.offset != min(2+19, d.maxOffset()) {
				t.Errorf("pgdown from 2: offset %d, rows %d, want 21 with 19 rows", d.offset, d.rows())
			}
			m, _ = drive(t, m, press("end")...)
			if d = m.whatif.dlg.(*checklistDialog); d.offset != d.maxOffset() || d.maxOffset() == 0 {
				t.Errorf("end: offset %d, want the last page %d", d.offset, d.maxOffset())
			}
			m, _ = drive(t, m, press("home", "up")...)
			if d = m.whatif.dlg.(*checklistDialog); d.offset != 0 {
				t.Errorf("home then up: offset %d, want 0", d.offset)
			}
			m, _ = drive(t, m, press("down", "down")...)
			m, _ = drive(t, m, sizeMsg(200, 60))
			d, ok := m.whatif.dlg.(*checklistDialog)
			if !ok || !strings.Contains(view(m), "Application checklist") || d.offset != min(2, d.maxOffset()) {
				t.Errorf("after a resize:\n%s", view(m))
			}
		}
		m, _ = drive(t, m, press("esc")...)
		if m.whatif.dlg != nil || m.screen != screenWhatIf {
			t.Errorf("%v: esc did not close the checklist", size)
		}
	}
}

// Accessible mode prints the checklist for the what-if's ITA (the menu's last choice).
func TestAccessibleModePrintsTheChecklist(t *testing.T) {
	_, p := checklistFamily(t)
	d := newDraft(&p)
	steps := len(applicable(&d))
	rd, _ := rounds.Embedded().Find("436")
	r, _ := loadRules(t).At(rd.Date)
	n := len(scoring.Scenarios(r, &p, rd.Date))
	// What next? What if; round 436; the checklist; back; then Quit.
	out := runAccessibleWith(t, options(t, &p, ""), itoa(steps+2), "436", itoa(n+steps+5), itoa(n+steps+4), itoa(steps+4))
	for _, s := range []string{"Application checklist after the ITA of 2026-08-18 (round 436)", "Apply by 2026-10-17",
		"Police certificate: United Kingdom", "Child 1 (Maya)", "Total"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q missing:\n%s", s, out)
		}
	}
}
