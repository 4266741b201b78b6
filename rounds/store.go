package rounds

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/eewizard/eewizard/fsafe"
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
		return "", fmt.Errorf("finding the data directory: %w (set %s to choose one)", err, DataDirEnv)
	}
	return filepath.Join(cfg, "eewizard"), nil
}

// Load returns the feed in force and where it came from. The user's copy, dataDir/FileName (see
// Import), takes precedence over the embedded feed, unless it is older than the embedded one (as
// after an upgrade of eewizard), when source says so. With no user's copy, or an empty dataDir,
// it is the embedded feed.
//
// If the user's copy exists but cannot be read or parsed, Load returns the embedded feed and its
// source together with an error saying so: callers should warn and go on.
func Load(dataDir string) (feed *Feed, source string, err error) {
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
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return emb, embSource, embErr
	case err != nil:
		return emb, embSource, fmt.Errorf("%w; using the embedded feed instead", err)
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

// Import makes the feed in file src (a newer copy of IRCC's ee_rounds_123_en.json) the one in force:
// it validates src fully, refuses it if it is broken or older than the feed in force (fewer rounds,
// or an older newest round), then copies it byte for byte to dataDir/FileName. The copy is atomic
// (a temporary file in dataDir, synced, then renamed over the old one) and private (mode 0600; the
// directory is created 0700), so a failed import keeps the old data.
func Import(src, dataDir string) (*Feed, error) {
	if dataDir == "" {
		return nil, errors.New("import: no data directory")
	}
	data, err := readLimited(src)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	feed, err := parse(data, src)
	if err != nil {
		return nil, fmt.Errorf("import refused, the feed in force is unchanged: %w", err)
	}
	cur, curSource, _ := Load(dataDir) // a broken user's copy leaves the embedded feed in force
	if behind(feed, cur) {
		return nil, fmt.Errorf("import refused, the feed in force is unchanged: feed %s has %s, older than %s with %s",
			src, describe(feed), curSource, describe(cur))
	}
	if err := writeAtomic(dataDir, FileName, data); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return feed, nil
}

// feedFile is the kind of file a rounds feed is read from, with the limit Parse also applies.
var feedFile = fsafe.Kind{Name: "feed", Max: maxFeedBytes}

// readLimited reads file path whole, refusing what is not a regular file (a named pipe cannot hang
// it) and one too large to be a rounds feed.
func readLimited(path string) ([]byte, error) {
	return feedFile.ReadFile(path)
}

// describe summarises a feed's extent for an error message: "437 rounds up to round 436 on 2026-08-18".
func describe(f *Feed) string {
	n := f.newest()
	return fmt.Sprintf("%d rounds up to round %s on %s", len(f.Rounds), n.Number, n.Date.Format("2006-01-02"))
}

// writeAtomic replaces dir/name with data (see fsafe.WriteFile: atomic, through a symbolic link to
// its target, never splitting hard links), creating dir (mode 0700) if needed.
func writeAtomic(dir, name string, data []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating the data directory: %w", err)
	}
	dst := filepath.Join(dir, name)
	if _, err := fsafe.WriteFile(dst, data); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	return nil
}
