package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/scoring"
)

// saveCmd writes a profile file in the background and reports with a savedMsg. from is the file the
// profile was opened from or last saved to ("" for none): its comments and layout are kept.
func saveCmd(path, from string, p scoring.Profile, thenQuit bool) tea.Cmd {
	return func() tea.Msg {
		err := saveProfile(path, from, &p)
		return savedMsg{path: path, profile: p, err: err, thenQuit: thenQuit}
	}
}

// saveProfile writes a profile to path in the profile-file format. When from names a profile file
// (usually path itself), the profile is written over that file's text as it is now, so that its
// comments, blank lines and order of keys stay and only the answers that changed are rewritten
// (scoring.EditProfile); otherwise the file is written afresh. The write is atomic and private, goes
// through a symbolic link to the file it points to, and refuses a file with other hard links
// (fsafe.WriteFile).
func saveProfile(path, from string, p *scoring.Profile) error {
	var orig []byte
	if from != "" {
		orig, _ = fsafe.Profile.ReadFile(from) // gone or unreadable: written afresh
	}
	if _, err := fsafe.WriteFile(path, scoring.EditProfile(orig, p)); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}
