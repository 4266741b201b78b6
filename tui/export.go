package tui

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/eewizard/eewizard/clientreport"
	"github.com/eewizard/eewizard/fsafe"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/safetext"
	"github.com/eewizard/eewizard/scoring"
)

// The client report from the result screen (x) and presentation mode (p, --present).
//
// x writes the HTML client report beside the profile file. The first time it asks where (as
// saving does: the name proposed is NAME-report.html, a bare name goes beside the profile);
// after that it writes to the same file again. Presentation mode, for a shared screen, hides
// every file path and directory and replaces the client's name by "Client" wherever the program
// shows them (the title bar, the dialogs, the messages, the exported report) until p is pressed
// again.

// exportMsg asks for the client report (key x).
type exportMsg struct{}

// exportAsMsg writes the client report to a path the export dialog was given.
type exportAsMsg struct{ path string }

// exportedMsg reports the end of writing the client report.
type exportedMsg struct {
	path string
	err  error
}

func exportCmd() tea.Msg { return exportMsg{} }

// export writes the client report where it went before, or asks where the first time.
func (m *Model) export() tea.Cmd {
	m.s.refresh(m.c)
	if p, id, ok := m.s.firstProblem(); ok {
		m.flash = m.c.t("scr_exp_no_report_step", i18n.Args{"Step": id.String(), "Msg": p.Msg})
		return nil
	}
	if m.s.reportPath == "" {
		d := newExportDialog(m.c, m.s)
		m.dialog = d
		return d.form.Init()
	}
	return m.writeReportCmd(m.s.reportPath)
}

// reportName is the file name the export dialog proposes: the profile's file name with
// -report.html, or one made from the name; client-report.html in presentation mode.
func reportName(s *session) string {
	from := s.path
	switch {
	case s.present: // a file named after the client would show the name
		from = defaultFileName(clientreport.PresentName)
	case from == "":
		from = defaultFileName(s.current.Name)
	}
	return filepath.Base(clientreport.DefaultPath(from, "html"))
}

// besideProfile puts a bare file name beside the profile file (in the current directory when
// there is none); a path is taken as it is.
func besideProfile(s *session, path string) string {
	if path == "" || filepath.IsAbs(path) || filepath.Base(path) != path || s.path == "" {
		return path
	}
	return filepath.Join(filepath.Dir(s.path), path)
}

// writeReportCmd builds and writes the client report of the profile as it is now in the
// background, with presentation mode as it is now.
func (m *Model) writeReportCmd(path string) tea.Cmd {
	c, s := m.c, m.s
	opts := clientreport.Options{Rules: c.allRules, RulesSource: c.source, Profile: new(scoring.Profile), Path: s.path,
		Day: c.today, Today: c.today, Feed: c.feed, FeedSource: c.feedSource, Present: s.present, Lang: c.printer().Lang()}
	*opts.Profile = s.current
	return func() tea.Msg {
		return exportedMsg{path: path, err: writeReport(path, opts)}
	}
}

func writeReport(path string, opts clientreport.Options) error {
	rep, err := clientreport.Build(opts)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := rep.HTML(&b); err != nil {
		return err
	}
	_, err = fsafe.WriteFile(path, b.Bytes())
	return err
}

func (m *Model) exported(msg exportedMsg) {
	if msg.err != nil {
		m.flash = m.c.t("scr_exp_no_report", i18n.Args{"Err": m.s.hidePaths(scoring.ErrorIn(m.c.printer(), msg.err), msg.path)})
		return
	}
	m.s.reportPath = msg.path
	m.flash = m.c.t("scr_exp_written", i18n.Args{"Path": m.s.shownPath(msg.path)})
}

// shownPath is a path as the screen shows it; in presentation mode, none of it (a file name can
// be a client's name).
func (s *session) shownPath(path string) string {
	if s.present {
		return "the file (its name is hidden in presentation mode)"
	}
	return safetext.Clean(path)
}

// hidePaths is a message with the given path's directory taken out in presentation mode.
func (s *session) hidePaths(text, path string) string {
	if s.present && path != "" {
		if dir := filepath.Dir(path); dir != "." {
			return strings.ReplaceAll(text, dir+string(filepath.Separator), "")
		}
	}
	return text
}

// presentKey reports whether msg turns presentation mode on or off on the screen showing: p or
// ctrl+p on the result, rounds and compare screens; ctrl+p on the what-if (where p picks the
// round) unless a form or a list there has the key (huh's lists move up with ctrl+p). The wizard
// has no key for it: its lists have ctrl+p, and its name field is masked while presenting.
func (m *Model) presentKey(msg tea.KeyMsg) bool {
	switch m.screen {
	case screenResult, screenRounds, screenCompare:
		return key.Matches(msg, m.c.keys.Present)
	case screenWhatIf:
		return m.whatif.presentable() && key.Matches(msg, m.c.keys.PresentCtrl)
	}
	return false
}

// presentable reports whether ctrl+p turns presentation mode on or off on the what-if now: not
// while an answer of the copy is being changed, nor in the round picker or the ITA's form; in the
// checklist's box, yes.
func (w *whatifScreen) presentable() bool {
	if w.editing {
		return false
	}
	_, box := w.dlg.(*checklistDialog)
	return w.dlg == nil || box
}

// togglePresent turns presentation mode on or off, and says so with the key that turns it back.
func (m *Model) togglePresent() {
	m.s.present = !m.s.present
	if m.whatif.copy != nil {
		m.whatif.copy.present = m.s.present // the what-if's copy: its wizard's name field
	}
	m.setSize(m.c.width+2*m.margin, m.c.height) // every screen laid out again with or without the name
	again := "p"
	if m.screen == screenWhatIf {
		again = "ctrl+p"
	}
	if m.s.present {
		m.flash = m.c.t("scr_exp_present_on", i18n.Args{"Key": again})
	} else {
		m.flash = m.c.t("scr_exp_present_off", nil)
	}
}

// newExportDialog asks where to write the client report, proposing NAME-report.html beside the
// profile.
func newExportDialog(c *common, s *session) *saveDialog {
	d := &saveDialog{c: c, path: reportName(s), export: s}
	d.build("")
	return d
}
