package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// x asks where to write the client report the first time, proposing NAME-report.html beside the
// profile; enter writes it there (private), and the next x writes it again without asking.
func TestExportWritesTheReportBesideTheProfile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ada.toml")
	writeClient(t, path)
	m := openClient(t, path)
	m, _ = drive(t, m, press("x")...)
	if m.dialog == nil || !strings.Contains(view(m), "ada-report.html") {
		t.Fatalf("no export dialog proposing ada-report.html:\n%s", view(m))
	}
	m, _ = drive(t, m, press("enter")...)
	want := filepath.Join(dir, "ada-report.html")
	fi, err := os.Stat(want)
	if err != nil {
		t.Fatalf("no report beside the profile (flash %q): %v", m.flash, err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	body := readString(t, want)
	// clientFile scores 459 on the tests' day: the same total as the result screen's.
	if total := engineTotal(t, m.s.current); !strings.Contains(body, "CRS "+itoa(total)+" ") || !strings.Contains(body, "assessment: Ada") {
		t.Errorf("the report is not the profile's (CRS %d, Ada):\n%.400s", total, body)
	}
	if err := os.WriteFile(want, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, press("x")...)
	if m.dialog != nil || readString(t, want) == "old" {
		t.Errorf("the second x asked again or did not write (flash %q)", m.flash)
	}
}

// p turns presentation mode on: the title bar shows "Client" and no file name, and says the mode
// is on; the exported report has no name and no path; p again shows them.
func TestPresentationModeHidesNameAndFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ada-lovelace.toml")
	writeClient(t, path)
	m := openClient(t, path)
	if v := view(m); !adaName.MatchString(v) || !strings.Contains(v, "ada-lovelace.toml") {
		t.Fatalf("before p, the name and file should show:\n%s", v)
	}
	m, _ = drive(t, m, press("p")...)
	m, _ = drive(t, m, press("down")...) // the flash goes; the title stays
	v := view(m)
	if adaName.MatchString(v) || strings.Contains(v, "ada-lovelace") || !strings.Contains(v, "Client") || !strings.Contains(v, "presentation mode") {
		t.Errorf("presentation mode shows the name or file, or does not say it is on:\n%s", v)
	}
	m, _ = drive(t, m, press("r")...) // the rounds screen too
	if v := view(m); adaName.MatchString(v) || strings.Contains(v, "ada-lovelace") {
		t.Errorf("the rounds screen shows the name or file:\n%s", v)
	}
	m, _ = drive(t, m, press("esc", "x")...)
	if v := view(m); strings.Contains(v, "ada") || strings.Contains(v, dir) {
		t.Errorf("the export dialog shows the name or the directory:\n%s", v)
	}
	m, _ = drive(t, m, press("enter")...)
	written := filepath.Join(dir, "client-report.html")
	body := readString(t, written)
	if adaName.MatchString(body) || strings.Contains(body, "ada-lovelace") || strings.Contains(body, dir) || !strings.Contains(body, "assessment: Client") {
		i := max(strings.Index(body, "Ada,"), strings.Index(body, "ada-lovelace"), strings.Index(body, dir), 0)
		t.Errorf("the report of presentation mode shows the name or path:\n%s", body[i:min(len(body), i+300)])
	}
	if strings.Contains(m.flash, dir) {
		t.Errorf("the message shows the directory: %q", m.flash)
	}
	m, _ = drive(t, m, press("p", "down")...)
	if v := view(m); !adaName.MatchString(v) {
		t.Errorf("p again does not show the name:\n%s", v)
	}
}

// adaName is clientFile's name as a word ("Adaptability" is not it).
var adaName = regexp.MustCompile(`\bAda\b`)
