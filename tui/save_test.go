package tui

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/scoring"
)

// clientFile is a profile file with a consultant's notes in it.
const clientFile = `# Client: Ada — notes from the first meeting
name = "Ada"  # as on the passport

[applicant]
# age from the passport
age = 33
marital_status = "single"
education = "masters"  # ECA pending
canadian_work_years = 2

[applicant.first_language]
test = "celpip"   # booked again for June
listening = 9
reading = 9
writing = 9
speaking = 9
`

// openClient writes clientFile at path (or through it) and opens it as `eewizard open` does.
func openClient(t *testing.T, path string) Model {
	t.Helper()
	p, err := scoring.ReadProfile(rulesAt(t), path, []byte(clientFile))
	if err != nil {
		t.Fatal(err)
	}
	return newModel(t, &p, path, 80, 24)
}

func writeClient(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(clientFile), 0o600); err != nil {
		t.Fatal(err)
	}
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSavingAnUnchangedFileKeepsItByteForByte(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	writeClient(t, path)
	m := openClient(t, path)
	m, _ = drive(t, m, press("ctrl+s")...)
	if !strings.Contains(m.flash, "Saved") {
		t.Fatalf("not saved: %s", m.flash)
	}
	if got := readString(t, path); got != clientFile {
		t.Errorf("the notes or the layout were lost:\n%s", got)
	}
}

func TestSavingAChangeRewritesOnlyItsLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.toml")
	writeClient(t, path)
	m := openClient(t, path)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...) // rename, back to the result
	m, _ = drive(t, m, press("ctrl+s")...)
	want := strings.Replace(clientFile, `name = "Ada"  # as on the passport`, `name = "Cy"  # as on the passport`, 1)
	if got := readString(t, path); got != want {
		t.Errorf("flash %q; got\n%s\nwant\n%s", m.flash, got, want)
	}
}

func TestSavingThroughASymbolicLinkWritesTheFileItPointsTo(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "clients", "ada.toml")
	if err := os.Mkdir(filepath.Dir(real), 0o700); err != nil {
		t.Fatal(err)
	}
	writeClient(t, real)
	link := filepath.Join(dir, "ada.toml")
	if err := os.Symlink(filepath.Join("clients", "ada.toml"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	m := openClient(t, link)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...)
	m, _ = drive(t, m, press("ctrl+s")...)
	if li, err := os.Lstat(link); err != nil || li.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a file (flash %q)", m.flash)
	}
	if got := readString(t, real); !strings.Contains(got, `name = "Cy"`) {
		t.Errorf("the file the link points to is old (flash %q):\n%s", m.flash, got)
	}
}

func TestSavingAFileWithOtherHardLinksIsRefusedAndSaysWhy(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("link counts are not read on Windows")
	}
	dir := t.TempDir()
	path, other := filepath.Join(dir, "client.toml"), filepath.Join(dir, "copy.toml")
	writeClient(t, path)
	if err := os.Link(path, other); err != nil {
		t.Skip("no hard links here:", err)
	}
	m := openClient(t, path)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...)
	m, _ = drive(t, m, press("ctrl+s")...)
	if !strings.HasPrefix(m.flash, "Not saved") || !strings.Contains(m.flash, "hard links") {
		t.Errorf("flash %q, want a refusal naming hard links", m.flash)
	}
	a, _ := os.Stat(path)
	b, _ := os.Stat(other)
	if !os.SameFile(a, b) || readString(t, path) != clientFile {
		t.Error("the links were split or the file changed")
	}
	if !m.s.dirty() {
		t.Error("the refused change is no longer unsaved")
	}
}

func TestAFileWithA250CharacterNameSaves(t *testing.T) {
	path := filepath.Join(t.TempDir(), strings.Repeat("a", 245)+".toml")
	writeClient(t, path)
	m := openClient(t, path)
	m, _ = drive(t, m, press("1", "ctrl+u", "Cy", "enter", "enter", "enter", "enter")...)
	m, _ = drive(t, m, press("ctrl+s")...)
	if got := readString(t, path); !strings.Contains(got, `name = "Cy"  # as on the passport`) {
		t.Errorf("flash %q; file:\n%s", m.flash, got)
	}
}

// Save as: the new file keeps the notes of the file the profile came from; a new profile saved
// over another person's file does not take that file's notes.
func TestSaveAsKeepsTheOpenedFilesNotesButNotThoseOfAReplacedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "client.toml")
	writeClient(t, path)
	p, err := scoring.ReadProfile(rulesAt(t), path, []byte(clientFile))
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "copy.toml")
	if err := saveProfile(copyPath, path, &p); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, copyPath); got != clientFile {
		t.Errorf("save as lost the notes:\n%s", got)
	}
	if err := saveProfile(path, "", &p); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != string(scoring.EncodeProfile(&p)) {
		t.Errorf("a new profile took the replaced file's notes:\n%s", got)
	}
}
