package rounds

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// round438 is a round newer than any in the embedded feed.
var round438 = newEntry("438", "2026-09-02", "Canadian Experience Class", "3,000", "518")

func writeFile(t *testing.T, path string, data []byte, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, data, mode); err != nil {
		t.Fatal(err)
	}
}

func wantMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return // no Unix permissions
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s: mode %v, want %v", path, got, want)
	}
}

func TestDataDirHonoursTheEnvironmentOverride(t *testing.T) {
	t.Setenv(DataDirEnv, "/tmp/eewizard-test")
	if d, err := DataDir(); err != nil || d != "/tmp/eewizard-test" {
		t.Errorf("DataDir() = %q, %v; want /tmp/eewizard-test", d, err)
	}
	t.Setenv(DataDirEnv, "")
	d, err := DataDir()
	if err != nil {
		t.Skipf("no user configuration directory here: %v", err)
	}
	cfg, _ := os.UserConfigDir()
	if d != filepath.Join(cfg, "eewizard") {
		t.Errorf("DataDir() = %q, want %q", d, filepath.Join(cfg, "eewizard"))
	}
}

func TestLoadWithoutAUserCopyUsesTheEmbeddedFeed(t *testing.T) {
	for _, dir := range []string{t.TempDir(), filepath.Join(t.TempDir(), "missing"), ""} {
		f, source, err := Load(dir)
		if err != nil || f != Embedded() {
			t.Errorf("Load(%q): %v; want the embedded feed and no error", dir, err)
		}
		if source != "embedded (IRCC feed, newest round 437 on 2026-08-19)" {
			t.Errorf("Load(%q) source %q", dir, source)
		}
	}
}

func TestImportWritesAPrivateCopyAtomicallyAndLoadPrefersIt(t *testing.T) {
	src := filepath.Join(t.TempDir(), "download.json")
	newer := embeddedPlus(t, []entry{round438})
	writeFile(t, src, newer, 0o644)
	dir := filepath.Join(t.TempDir(), "config", "eewizard") // does not exist yet

	f, err := Import(src, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Rounds) != 439 || f.Rounds[0].Number != "438" {
		t.Errorf("Import returned %d rounds, newest %s; want 439, newest 438", len(f.Rounds), f.Rounds[0].Number)
	}
	dst := filepath.Join(dir, FileName)
	got, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, newer) {
		t.Error("the imported copy differs from the source: want it byte for byte")
	}
	wantMode(t, dst, 0o600)
	wantMode(t, dir, 0o700)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("data directory holds %q, want only %s (no temporary files left)", names, FileName)
	}

	loaded, source, err := Load(dir)
	if err != nil || source != dst {
		t.Fatalf("Load: source %q, %v; want %s", source, err, dst)
	}
	if loaded.Rounds[0].Number != "438" {
		t.Errorf("Load: newest round %s, want 438", loaded.Rounds[0].Number)
	}
}

func TestImportReplacesAnOpenCopyWithAPrivateOne(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, FileName)
	writeFile(t, dst, embeddedJSON, 0o644)
	src := filepath.Join(t.TempDir(), "download.json")
	writeFile(t, src, embeddedPlus(t, []entry{round438}), 0o644)
	if _, err := Import(src, dir); err != nil {
		t.Fatal(err)
	}
	wantMode(t, dst, 0o600)
}

func TestImportRefusesABrokenFeedAndKeepsTheOldOne(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(t.TempDir(), "good.json")
	writeFile(t, good, embeddedPlus(t, []entry{round438}), 0o644)
	if _, err := Import(good, dir); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, FileName))

	broken := filepath.Join(t.TempDir(), "broken.json")
	bad := embeddedPlus(t, []entry{newEntry("439", "2026-09-16", "General", "1,000", "abc")}, "437")
	writeFile(t, broken, bad, 0o644)
	_, err := Import(broken, dir)
	if err == nil {
		t.Fatal("Import of a broken feed: no error")
	}
	for _, want := range []string{"import refused, the feed in force is unchanged", "feed " + broken, `round 439: drawCRS "abc": want a whole number`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q\nwant it to contain %q", err, want)
		}
	}
	after, _ := os.ReadFile(filepath.Join(dir, FileName))
	if !bytes.Equal(before, after) {
		t.Error("a refused import changed the feed in force")
	}
	if f, _, _ := Load(dir); f.Rounds[0].Number != "438" {
		t.Errorf("after a refused import Load gives newest round %s, want 438", f.Rounds[0].Number)
	}
}

func TestImportRefusesAFeedOlderThanTheOneInForce(t *testing.T) {
	tests := []struct {
		name string
		feed []byte
		want string
	}{
		// Round 437 missing: the newest round is 436, of 2026-08-18.
		{"older newest round", embeddedPlus(t, nil, "437"),
			"has 437 rounds up to round 436 on 2026-08-18, older than embedded (IRCC feed, newest round 437 on 2026-08-19) with 438 rounds up to round 437 on 2026-08-19"},
		// A newer round but round 1 missing: fewer rounds than the embedded feed.
		{"fewer rounds", embeddedPlus(t, []entry{round438}, "1", "2"), "has 437 rounds up to round 438 on 2026-09-02, older than embedded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "eewizard")
			src := filepath.Join(t.TempDir(), "old.json")
			writeFile(t, src, tt.feed, 0o644)
			_, err := Import(src, dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v\nwant one containing %q", err, tt.want)
			}
			if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a refused import created the data directory (%v)", err)
			}
		})
	}
}

func TestImportAcceptsTheSameFeedAgain(t *testing.T) {
	src := filepath.Join(t.TempDir(), FileName)
	writeFile(t, src, embeddedJSON, 0o644)
	dir := t.TempDir()
	for i := range 2 {
		if _, err := Import(src, dir); err != nil {
			t.Fatalf("import %d of the embedded feed: %v", i+1, err)
		}
	}
}

func TestImportOfAMissingFileSaysWhich(t *testing.T) {
	_, err := Import(filepath.Join(t.TempDir(), "nope.json"), t.TempDir())
	if err == nil || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "nope.json") {
		t.Errorf("error %v, want one naming nope.json that is fs.ErrNotExist", err)
	}
	if _, err := Import("x.json", ""); err == nil {
		t.Error("Import with no data directory: no error")
	}
}

func TestLoadFallsBackToTheEmbeddedFeedWhenTheUserCopyIsBroken(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	writeFile(t, path, embeddedJSON[:1000], 0o600)
	f, source, err := Load(dir)
	if f != Embedded() || !strings.HasPrefix(source, "embedded") {
		t.Errorf("Load: source %q; want the embedded feed", source)
	}
	if err == nil || !strings.Contains(err.Error(), "feed "+path) || !strings.Contains(err.Error(), "using the embedded feed instead") {
		t.Errorf("error %v\nwant one naming %s and saying the embedded feed is used", err, path)
	}
}

func TestLoadPrefersTheEmbeddedFeedWhenTheUserCopyIsOlder(t *testing.T) {
	// As after an upgrade of eewizard: the user imported a feed that the new embedded one has overtaken.
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	writeFile(t, path, embeddedPlus(t, nil, "437"), 0o600)
	f, source, err := Load(dir)
	if err != nil || f != Embedded() {
		t.Fatalf("Load: %v; want the embedded feed", err)
	}
	if want := "embedded (IRCC feed, newest round 437 on 2026-08-19), newer than " + path; source != want {
		t.Errorf("source %q\nwant %q", source, want)
	}
}
