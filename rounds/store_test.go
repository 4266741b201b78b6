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
	"time"
)

// storeToday is the day the store's tests run on: after round438, so that it is not in the future.
var storeToday = time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)

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
		f, source, err := Load(dir, storeToday)
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

	f, err := Import(src, dir, storeToday)
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

	loaded, source, err := Load(dir, storeToday)
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
	if _, err := Import(src, dir, storeToday); err != nil {
		t.Fatal(err)
	}
	wantMode(t, dst, 0o600)
}

func TestImportRefusesABrokenFeedAndKeepsTheOldOne(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(t.TempDir(), "good.json")
	writeFile(t, good, embeddedPlus(t, []entry{round438}), 0o644)
	if _, err := Import(good, dir, storeToday); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, FileName))

	broken := filepath.Join(t.TempDir(), "broken.json")
	bad := embeddedPlus(t, []entry{newEntry("439", "2026-09-16", "General", "1,000", "abc")}, "437")
	writeFile(t, broken, bad, 0o644)
	_, err := Import(broken, dir, storeToday)
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
	if f, _, _ := Load(dir, storeToday); f.Rounds[0].Number != "438" {
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
		// The same newest round but rounds 1 and 2 missing: fewer rounds than the embedded feed.
		{"fewer rounds", embeddedPlus(t, nil, "1", "2"), "has 436 rounds up to round 437 on 2026-08-19, older than embedded"},
		// Round 437 dated later than it was does not make a feed without round 437 newer.
		{"a later date, a lower round number", embeddedPlus(t, []entry{newEntry("436", "2026-09-10", "General", "1,000", "500")}, "436", "437"),
			"has 437 rounds up to round 436 on 2026-09-10, older than embedded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "eewizard")
			src := filepath.Join(t.TempDir(), "old.json")
			writeFile(t, src, tt.feed, 0o644)
			_, err := Import(src, dir, storeToday)
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
		if _, err := Import(src, dir, storeToday); err != nil {
			t.Fatalf("import %d of the embedded feed: %v", i+1, err)
		}
	}
}

func TestImportOfAMissingFileSaysWhich(t *testing.T) {
	_, err := Import(filepath.Join(t.TempDir(), "nope.json"), t.TempDir(), storeToday)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "nope.json") {
		t.Errorf("error %v, want one naming nope.json that is fs.ErrNotExist", err)
	}
	if _, err := Import("x.json", "", storeToday); err == nil {
		t.Error("Import with no data directory: no error")
	}
}

func TestLoadFallsBackToTheEmbeddedFeedWhenTheUserCopyIsBroken(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	writeFile(t, path, embeddedJSON[:1000], 0o600)
	f, source, err := Load(dir, storeToday)
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
	f, source, err := Load(dir, storeToday)
	if err != nil || f != Embedded() {
		t.Fatalf("Load: %v; want the embedded feed", err)
	}
	if want := "embedded (IRCC feed, newest round 437 on 2026-08-19), newer than " + path; source != want {
		t.Errorf("source %q\nwant %q", source, want)
	}
}

// poisoned is the embedded feed with a made-up round dated 2099, as a user may have imported before
// eewizard refused rounds after today.
func poisoned(t *testing.T) []byte {
	return embeddedPlus(t, []entry{newEntry("999", "2099-01-01", "General", "1", "1")})
}

func TestImportRefusesARoundDatedAfterTodayAndKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(t.TempDir(), "good.json")
	writeFile(t, good, embeddedPlus(t, []entry{round438}), 0o644)
	if _, err := Import(good, dir, storeToday); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, FileName))
	for _, tt := range []struct{ date, want string }{
		{"2099-01-01", "round 439 is dated 2099-01-01, after today (2026-09-20)"},
		{"2026-09-22", "round 439 is dated 2026-09-22, after today (2026-09-20)"},
	} {
		src := filepath.Join(t.TempDir(), "future.json")
		writeFile(t, src, embeddedPlus(t, []entry{round438, newEntry("439", tt.date, "General", "1,000", "500")}), 0o644)
		_, err := Import(src, dir, storeToday)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "import refused, the feed in force is unchanged") {
			t.Errorf("a round on %s: error %v\nwant one containing %q", tt.date, err, tt.want)
		}
		if after, _ := os.ReadFile(filepath.Join(dir, FileName)); !bytes.Equal(before, after) {
			t.Errorf("a round on %s: a refused import changed the stored feed", tt.date)
		}
	}
}

func TestImportAllowsADayAheadForTimeZones(t *testing.T) {
	src := filepath.Join(t.TempDir(), "tomorrow.json")
	writeFile(t, src, embeddedPlus(t, []entry{round438, newEntry("439", "2026-09-21", "General", "1,000", "500")}), 0o644)
	if _, err := Import(src, t.TempDir(), storeToday); err != nil {
		t.Errorf("a round dated tomorrow (IRCC's today, east of the user): %v", err)
	}
}

func TestLoadIgnoresAStoredCopyWithARoundAfterToday(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	writeFile(t, path, poisoned(t), 0o600)
	f, source, err := Load(dir, storeToday)
	if f != Embedded() || !strings.HasPrefix(source, "embedded") {
		t.Errorf("Load: source %q; want the embedded feed", source)
	}
	if err == nil || !strings.Contains(err.Error(), "round 999 is dated 2099-01-01, after today (2026-09-20)") ||
		!strings.Contains(err.Error(), "using the embedded feed instead") {
		t.Errorf("error %v\nwant a warning naming round 999 and its date", err)
	}
}

func TestImportReplacesAStoredCopyWithARoundAfterToday(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, FileName), poisoned(t), 0o600)
	src := filepath.Join(t.TempDir(), "real.json")
	real := embeddedPlus(t, []entry{round438})
	writeFile(t, src, real, 0o644)
	if _, err := Import(src, dir, storeToday); err != nil {
		t.Fatalf("the real feed after a poisoned copy: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, FileName)); !bytes.Equal(got, real) {
		t.Error("the stored copy is not the real feed")
	}
}

func TestImportByRoundNumberReplacesACopyWithAWrongLaterDate(t *testing.T) {
	// The stored copy dates round 437 on 2026-09-15 (a mistake, not in the future); the real feed
	// adds round 438 of 2026-09-02. Round 438 follows 437, whatever the dates say.
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, FileName),
		embeddedPlus(t, []entry{newEntry("437", "2026-09-15", "Canadian Experience Class", "3,000", "518")}, "437"), 0o600)
	src := filepath.Join(t.TempDir(), "real.json")
	writeFile(t, src, embeddedPlus(t, []entry{round438}), 0o644)
	if _, err := Import(src, dir, storeToday); err != nil {
		t.Fatalf("a feed with a higher round number: %v", err)
	}
	if f, _, _ := Load(dir, storeToday); f.Rounds[0].Number != "438" {
		t.Errorf("after the import the newest round is %s, want 438", f.Rounds[0].Number)
	}
}

func TestImportRefusalOfAOneRoundFeedSaysOneRound(t *testing.T) {
	src := filepath.Join(t.TempDir(), "one.json")
	writeFile(t, src, feedJSON(newEntry("12", "2015-06-12", "General", "1,000", "500")), 0o644)
	_, err := Import(src, t.TempDir(), storeToday)
	if err == nil || !strings.Contains(err.Error(), "has 1 round up to round 12 on 2015-06-12, older than") {
		t.Errorf("error %v, want one saying 1 round", err)
	}
}
