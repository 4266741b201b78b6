package tui

import (
	"net/http"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/tui/jobs"
)

// The rest of the wizard in French: the job editor's checks, the change of occupation, the
// rounds update's box, accessible mode's jobs and the line printed on exit.

// wizrestAllowed are what these French texts show as they are: names, paths, codes, keys.
var wizrestAllowed = append([]string{"eewizard draws import", "EEWIZARD_OFFLINE", "client.toml", "Nurse", "Not Found"}, frAllowed...)

// noEnglish fails when s, a French text, has an English word.
func noEnglish(t *testing.T, what, s string) {
	t.Helper()
	if words := i18ntest.English(flat(ansi.Strip(s)), wizrestAllowed...); len(words) > 0 {
		t.Errorf("%s: English in French: %q\n%s", what, words, s)
	}
	if strings.Contains(s, "[wiz_") || strings.Contains(s, "[err_") {
		t.Errorf("%s: a message id shows:\n%s", what, s)
	}
}

// The job editor's checks of each answer, in French by jobs.ErrorIn and byte for byte the old
// English by Error.
func TestJobEditorChecksInFrench(t *testing.T) {
	fr, today := i18n.For(i18n.Fr), staleDay
	txt := jobs.NewText("31301")
	_, e1 := txt.CheckStart("", 0, today)
	_, e2 := txt.CheckStart("demain", 0, today)
	_, e3 := txt.CheckEnd("hier", 0, today)
	_, e4 := txt.CheckHours("beaucoup", 0)
	_, e5 := txt.CheckStart("2027-01-01", 0, today)
	_, e6 := txt.CheckHours("200", 0)
	bad := jobs.NewText("99999")
	bad.Start = "2024-01-01"
	_, e7 := bad.Job(0, today)
	for i, c := range []struct {
		err error
		en  string
	}{
		{e1, "job 1 (NOC 31301): give the first day of the job, YYYY-MM-DD (e.g. 2023-09-01)"},
		{e2, `job 1 (NOC 31301): start "demain": want a date as YYYY-MM-DD (e.g. 2023-09-01)`},
		{e3, `job 1 (NOC 31301): end "hier": want a date as YYYY-MM-DD, or leave it empty while the job goes on`},
		{e4, `job 1 (NOC 31301): hours a week "beaucoup": want a number, e.g. 37.5`},
		{e5, ""}, {e6, ""}, {e7, ""},
	} {
		if c.err == nil {
			t.Fatalf("check %d: no error", i+1)
		}
		if c.en != "" && c.err.Error() != c.en {
			t.Errorf("check %d in English: %q, want %q", i+1, c.err.Error(), c.en)
		}
		got := jobs.ErrorIn(fr, c.err)
		if !strings.Contains(got, "emploi 1") || got == c.err.Error() {
			t.Errorf("check %d in French: %q", i+1, got)
		}
		noEnglish(t, c.err.Error(), got)
	}
}

// The jobs list's editor, given a start that is not a date, says why under the form in French.
func TestJobsEditorInvalidInputInFrench(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		jp := jobsExample(t)
		m := workStep(t, newModelIn(t, i18n.Fr, &jp, "nurse.toml", size[0], size[1]))
		m, _ = drive(t, m, press("enter", "enter", "enter", "ctrl+u", "demain", "enter")...) // the first job's editor, its start
		v := view(m)
		if !strings.Contains(v, "emploi 1") {
			t.Fatalf("%dx%d: no French error for a bad start:\n%s", size[0], size[1], v)
		}
		checkFrench(t, "jobs editor, bad start", m)
	}
}

// The change of occupation, in French: the title, the unit group named in CNP 2021 with its FÉER,
// the note, and the line for a code that is not one.
func TestOccupationDialogInFrench(t *testing.T) {
	p := jobsExample(t)
	m := newModelIn(t, i18n.Fr, &p, "nurse.toml", 80, 24)
	for _, code := range []string{"31301", "12"} {
		d := newOccupationDialog(m.c, m.c.rules, &m.s.current, m.c.today, 1, code)
		v := d.view()
		if !strings.Contains(v, "Changement de profession") {
			t.Errorf("%s: no French title:\n%s", code, v)
		}
		noEnglish(t, "occupation "+code, v)
	}
}

// The rounds update's box in French, asking, then refused by a server that has no file, with a
// fake transport: every line French but the address and the server's status.
func TestUpdateBoxInFrench(t *testing.T) {
	t.Setenv(rounds.OfflineEnv, "")
	srv := newFeedServer(t, http.NotFound)
	p := cec2(t)
	opts := options(t, &p, "client.toml")
	opts.Today, opts.Lang = staleDay, i18n.Fr
	opts.transport, opts.feedURL = srv.Client().Transport, srv.feedURL()
	m0, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	nm, _ := m0.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m := nm.(Model)
	box := func(what string) {
		d, ok := m.dialog.(*updateDialog)
		if !ok {
			t.Fatalf("%s: no update box:\n%s", what, view(m))
		}
		var keep []string
		for _, l := range strings.Split(d.view(), "\n") {
			if !strings.Contains(l, "127.0.0.1") && !strings.Contains(l, "ee_rounds") {
				keep = append(keep, l)
			}
		}
		for _, k := range d.help() {
			keep = append(keep, k.Help().Desc)
		}
		s := strings.ReplaceAll(strings.Join(keep, "\n"), "404 Not Found", "404")
		noEnglish(t, what, strings.ReplaceAll(s, srv.feedURL(), ""))
	}
	m, _ = drive(t, m, press("r", "u")...)
	box("asking")
	m, _ = drive(t, m, press("y")...)
	if d, ok := m.dialog.(*updateDialog); !ok || d.state != updateFailed {
		t.Fatalf("the update was not refused:\n%s", view(m))
	}
	box("refused")
}

// The line printed on exit, in French: the total in SCG, the programs' French acronyms, whether
// saved; the total the English line gives.
func TestSummaryInFrench(t *testing.T) {
	p := example(t, 1)
	fr := newModelIn(t, i18n.Fr, &p, "example.toml", 80, 24)
	en := newModelIn(t, i18n.En, &p, "example.toml", 80, 24)
	fs, es := fr.Summary(), en.Summary()
	total := strings.Fields(strings.TrimPrefix(es, "CRS "))[0]
	if !strings.HasPrefix(fs, "SCG "+total) || !strings.Contains(fs, "PTQF") {
		t.Errorf("French summary %q, English %q", fs, es)
	}
	noEnglish(t, "summary", fs)
	fr.s.draft.Name = "changed"
	fr.interrupted = true
	noEnglish(t, "summary, not saved", fr.Summary())
	none := newModelIn(t, i18n.Fr, nil, "", 80, 24)
	noEnglish(t, "summary, no result", none.Summary())
}

// Accessible mode's jobs in French: the question, the search in CNP 2021, the job's answers, the
// list read back and the running total, no English word in them.
func TestAccessibleJobsInFrench(t *testing.T) {
	work := []string{"y", "1", "infirmière autorisée", "1", "Nurse", "1", "2023-09-01", "", "37.5", "", "", "", "4", "n"}
	lines := withWork(t, work...)
	steps := len(applicable(&draft{First: language{Test: "ielts"}}))
	opts := options(t, nil, "")
	opts.Lang = i18n.Fr
	out := runAccessibleWith(t, opts, append(lines, itoa(steps+4), "2")...)
	from := strings.Index(out, "Indiquer vos emplois")
	to := strings.LastIndex(out, "SCG pour l’instant")
	if from < 0 || to < from {
		t.Fatalf("no French jobs flow:\n%s", out)
	}
	seg := out[from : to+strings.Index(out[to:], "\n")]
	for _, want := range []string{"Emploi 1", "31301", "FÉER 1", "au Canada", "heures par semaine", "emploi 1 (Nurse) ajouté."} {
		if !strings.Contains(seg, want) {
			t.Errorf("missing %q in:\n%s", want, seg)
		}
	}
	noEnglish(t, "accessible jobs", seg)
}
