package rounds

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/scoring"
)

// DataDirEnv names the environment variable that, when set, replaces the data directory.
const DataDirEnv = "EEWIZARD_DATA_DIR"

// embeddedJSON is IRCC's feed exactly as published, copied into the program so that it works offline.
//
//go:embed ee_rounds_123_en.json
var embeddedJSON []byte

var embedded = sync.OnceValues(func() (*Feed, error) {
	return parse(embeddedJSON, "embedded "+FileName)
})

// Embedded returns the feed built into the program, parsed at first use and shared by every caller:
// treat it as read-only. (A test proves it parses; were it ever broken, Embedded would return an
// empty feed and Load would report why.)
func Embedded() *Feed {
	f, err := embedded()
	if err != nil {
		return &Feed{Notes: []string{err.Error()}}
	}
	return f
}

// embeddedSource describes the embedded feed for people, by its newest round.
func embeddedSource(f *Feed) string {
	if len(f.Rounds) == 0 {
		return "embedded (empty)"
	}
	n := f.newest()
	return fmt.Sprintf("embedded (IRCC feed, newest round %s on %s)", n.Number, n.Date.Format("2006-01-02"))
}

// DataDir returns the directory that holds the user's copy of the feed: $EEWIZARD_DATA_DIR if set,
// else eewizard under the user's configuration directory (~/.config/eewizard on Linux).
func DataDir() (string, error) {
	if d := os.Getenv(DataDirEnv); d != "" {
		return d, nil
	}
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", tellErr("rnd_err_data_dir", map[string]any{"Cause": err, "Env": DataDirEnv})
	}
	return filepath.Join(cfg, "eewizard"), nil
}

// Load returns the feed in force and where it came from. The user's copy, dataDir/FileName (see
// Import), takes precedence over the embedded feed, unless it is older than the embedded one (as
// after an upgrade of eewizard), when source says so. With no user's copy, or an empty dataDir,
// it is the embedded feed.
//
// If the user's copy exists but cannot be read or parsed, or holds a round dated after today
// (see Import; such a copy was stored before eewizard checked), Load returns the embedded feed and
// its source together with an error saying so: callers should warn and go on.
func Load(dataDir string, today time.Time) (feed *Feed, source string, err error) {
	emb, embErr := embedded()
	if embErr != nil {
		emb = &Feed{}
	}
	embSource := embeddedSource(emb)
	if dataDir == "" {
		return emb, embSource, embErr
	}
	path := filepath.Join(dataDir, FileName)
	user, err := readFeed(path)
	if err == nil {
		err = checkNotAfter(user, path, today)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return emb, embSource, embErr
	case err != nil:
		return emb, embSource, tellErr("rnd_err_using_embedded", map[string]any{"Cause": err})
	case behind(user, emb) && embErr == nil:
		return emb, embSource + ", newer than " + path, nil
	}
	return user, path, nil
}

// readFeed reads and parses the feed in file path.
func readFeed(path string) (*Feed, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return parse(data, path)
}

// dateSlack is how far after today a round may be dated: IRCC dates rounds in Ottawa, and a
// user west of it (or a clock a little behind) can see tomorrow's date before their own midnight.
const dateSlack = 24 * time.Hour

// checkNotAfter refuses a feed that holds a round dated after today (with dateSlack): a round that
// has not happened is a mistake or a forgery, and once stored it would make every real feed look
// older. A zero today checks nothing.
func checkNotAfter(f *Feed, name string, today time.Time) error {
	if today.IsZero() || len(f.Rounds) == 0 {
		return nil
	}
	day := scoring.Day(today)
	if n := f.Rounds[0]; n.Date.After(day.Add(dateSlack)) { // newest first by date
		return tellErr("rnd_err_after_today", map[string]any{"Name": name, "Number": n.Number, "Date": n.Date, "Today": day})
	}
	return nil
}

// Import makes the feed in file src (a newer copy of IRCC's ee_rounds_123_en.json) the one in force:
// it validates src fully, refuses it if it is broken, holds a round dated after today (allowing a
// day for time zones), or is older than the feed in force (a lower highest round number, or the same
// with fewer rounds; see behind), then copies it byte for byte to dataDir/FileName. The copy is
// atomic (a temporary file in dataDir, synced, then renamed over the old one) and private (mode
// 0600; the directory is created 0700), so a failed import keeps the old data.
func Import(src, dataDir string, today time.Time) (*Feed, error) {
	if dataDir == "" {
		return nil, tellErr("rnd_err_no_data_dir", nil)
	}
	data, err := readLimited(src)
	if err != nil {
		return nil, tellErr("rnd_err_import", map[string]any{"Cause": err})
	}
	return ImportData(data, src, dataDir, today)
}

// ImportData is Import for a feed already in memory (as downloaded by Update); name says where it
// came from, for errors.
func ImportData(data []byte, name, dataDir string, today time.Time) (*Feed, error) {
	feed, _, err := importData(data, name, dataDir, today)
	return feed, err
}

// importData is ImportData, returning also the feed that was in force before (as Load gave it).
func importData(data []byte, name, dataDir string, today time.Time) (feed, before *Feed, err error) {
	if dataDir == "" {
		return nil, nil, tellErr("rnd_err_no_data_dir", nil)
	}
	feed, err = parse(data, name)
	if err == nil {
		err = checkNotAfter(feed, name, today)
	}
	if err != nil {
		return nil, nil, tellErr("rnd_err_import_refused", map[string]any{"Cause": err})
	}
	// A broken user's copy, or one with a round after today, leaves the embedded feed in force.
	cur, curSource, _ := Load(dataDir, today)
	if behind(feed, cur) {
		older := tellErr("rnd_err_older", map[string]any{"Name": name, "Has": feed, "Source": sourceArg(curSource), "Current": cur})
		return nil, nil, tellErr("rnd_err_import_refused", map[string]any{"Cause": older})
	}
	if err := writeAtomic(dataDir, FileName, data); err != nil {
		return nil, nil, tellErr("rnd_err_import", map[string]any{"Cause": err})
	}
	return feed, cur, nil
}

// feedFile is the kind of file a rounds feed is read from, with the limit Parse also applies.
var feedFile = fsafe.Kind{Name: "feed", Max: maxFeedBytes}

// readLimited reads file path whole, refusing what is not a regular file (a named pipe cannot hang
// it) and one too large to be a rounds feed.
func readLimited(path string) ([]byte, error) {
	return feedFile.ReadFile(path)
}

// writeAtomic replaces dir/name with data (see fsafe.WriteFile: atomic, through a symbolic link to
// its target, never splitting hard links), creating dir (mode 0700) if needed.
func writeAtomic(dir, name string, data []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return tellErr("rnd_err_mkdir", map[string]any{"Cause": err})
	}
	dst := filepath.Join(dir, name)
	if _, err := fsafe.WriteFile(dst, data); err != nil {
		return tellErr("rnd_err_write", map[string]any{"Path": dst, "Cause": err})
	}
	return nil
}
