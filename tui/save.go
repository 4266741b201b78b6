package tui

import (
	"fmt"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/scoring"
)

// saveCmd writes a profile file in the background and reports with a savedMsg.
func saveCmd(path string, p scoring.Profile, thenQuit bool) tea.Cmd {
	return func() tea.Msg {
		err := saveProfile(path, &p)
		return savedMsg{path: path, profile: p, err: err, thenQuit: thenQuit}
	}
}

// saveProfile writes a profile in the profile-file format.
func saveProfile(path string, p *scoring.Profile) error {
	if err := writeFileAtomic(path, scoring.EncodeProfile(p)); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// writeFileAtomic replaces path with data so that a crash leaves either the old file or the new
// one, never a part: it writes a temporary file in the same directory, syncs it, renames it over
// path and syncs the directory. The file is readable and writable only by its owner (0600), as a
// profile holds personal facts.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil { // make the rename itself durable
		_ = d.Sync()
		d.Close()
	}
	return nil
}
