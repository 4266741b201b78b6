package tui

import (
	"errors"
	"github.com/eewizard/eewizard/i18n"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// saveDialog asks where to save a profile the first time, and whether to replace a file that is
// already there.
type saveDialog struct {
	c        *common
	form     *huh.Form
	path     string
	replace  bool
	thenQuit bool
	export   *session // the client report's dialog (export.go): nil when saving the profile
}

func newSaveDialog(c *common, name string, thenQuit bool) *saveDialog {
	d := &saveDialog{c: c, path: name, replace: false, thenQuit: thenQuit}
	d.build("")
	return d
}

func (d *saveDialog) build(note string) {
	p := d.c.p
	title, desc := p.T("wiz_save_title", nil), p.T("wiz_save_desc", nil)
	if d.export != nil {
		title, desc = p.T("wiz_export_title", nil), p.T("wiz_export_desc", nil)
	}
	if note != "" {
		title = note + " " + title
	}
	d.replace = false
	d.form = huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Key("path").Title(title).
				Description(desc).
				Value(&d.path).CharLimit(500).Validate(d.checkPath),
		),
		huh.NewGroup(
			huh.NewConfirm().Key("replace").Title(p.T("wiz_save_exists", nil)).
				Affirmative(p.T("wiz_save_replace", nil)).Negative(p.T("wiz_huh_no", nil)).Value(&d.replace),
		).WithHideFunc(func() bool { return !exists(d.target()) }),
	).WithTheme(d.c.styles.Form).WithKeyMap(formKeyMapIn(p)).WithShowHelp(false)
	d.setSize(d.c.width, d.c.height)
}

// setSize keeps the box inside the window: the form's width plus the box's border and padding.
// The form works out its height for that width from a size message, as huh does on a resize.
func (d *saveDialog) setSize(width, height int) {
	w := dialogWidth(width)
	d.form.WithWidth(w)
	d.form.Update(tea.WindowSizeMsg{Width: w, Height: max(4, height-4)})
}

func (d *saveDialog) update(msg tea.Msg) (dialog, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, d.c.keys.Cancel) {
		return d, closeDialogCmd
	}
	m, cmd := d.form.Update(msg)
	d.form = m.(*huh.Form)
	if d.form.State != huh.StateCompleted {
		return d, cmd
	}
	path := d.target()
	if exists(path) && !d.replace {
		d.build(d.c.p.T("wiz_save_not_replaced", nil))
		return d, d.form.Init()
	}
	if d.export != nil {
		return d, msgCmd(exportAsMsg{path: path})
	}
	return d, msgCmd(saveAsMsg{path: path, thenQuit: d.thenQuit})
}

func (d *saveDialog) view() string {
	return d.c.styles.Dialog.Render(d.form.View())
}

func (d *saveDialog) help() []key.Binding {
	k := &d.c.keys
	return []key.Binding{k.Next, k.Cancel}
}

// target is the file the dialog's answer names: for the client report, a bare file name goes
// beside the profile.
func (d *saveDialog) target() string {
	path := expandHome(strings.TrimSpace(d.path))
	if d.export != nil {
		path = besideProfile(d.export, path)
	}
	return path
}

// checkPath checks the answer as the file it names (target).
func (d *saveDialog) checkPath(s string) error {
	if d.export != nil {
		s = besideProfile(d.export, expandHome(strings.TrimSpace(s)))
	}
	err := checkSavePath(s)
	switch {
	case err != nil && d.export != nil && d.export.present:
		return errors.New(d.export.hidePaths(errIn(d.c.p, err), s))
	case err != nil && d.c.p.Lang() != i18n.En:
		return errors.New(errIn(d.c.p, err))
	}
	return err
}

// checkSavePath refuses a path that cannot be a file: empty, a directory, or in a directory that
// does not exist.
func checkSavePath(s string) error {
	path := expandHome(strings.TrimSpace(s))
	if path == "" {
		return tell("wiz_save_no_name", nil)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return tell("wiz_save_is_dir", i18n.Args{"Path": path})
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return tell("wiz_save_no_dir", i18n.Args{"Dir": filepath.Dir(path)})
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// expandHome replaces a leading ~/ with the home directory.
func expandHome(path string) string {
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return path
}

// defaultFileName is a file name from the profile's name: "Ada Lovelace" gives ada-lovelace.toml.
func defaultFileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "profile.toml"
	}
	return b.String() + ".toml"
}
