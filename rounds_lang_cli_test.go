package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/report"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// roundsAllowed are the words of the rounds commands' French output that are not French on
// purpose: the command to run, the environment variable, the feed's file name, the HTTP status
// IRCC's server would give.
var roundsAllowed = []string{"eewizard draws update", "eewizard draws import", "eewizard draws", "EEWIZARD_OFFLINE", rounds.FileName, "404 Not Found",
	"«" + i18n.NBSP + "rounds" + i18n.NBSP + "»"}

// frenchOnly fails when English reaches out (the text of one run in French).
func frenchOnly(t *testing.T, what, out string, allow ...string) {
	t.Helper()
	if en := i18ntest.English(out, append(allow, roundsAllowed...)...); len(en) > 0 {
		t.Errorf("%s: English in the French output: %q\n%s", what, en, out)
	}
}

// firstLine is a usage error's own line, without the usage after it (main's, not rounds').
func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }

// Every rounds command and option in French: what it prints on stdout and stderr holds no
// English; --json stays the English data.
func TestRoundsCommandsInFrench(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	runs := [][]string{
		{"draws"},
		{"draws", "--since", "2026-01-01"},
		{"draws", "--category", "all"},
	}
	for _, c := range rounds.Categories() {
		runs = append(runs, []string{"draws", "--category", c.String(), "--since", "2023-01-01"})
	}
	for _, args := range runs {
		out, errs, code := runCLI(t, append(args, "--lang", "fr")...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		frenchOnly(t, strings.Join(args, " "), out+errs)
		for _, l := range strings.Split(out, "\n") {
			if n := len([]rune(l)); n > 80 {
				t.Errorf("%q: a line of %d columns: %q", args, n, l)
			}
		}
	}
	for _, bad := range [][]string{{"--category", "nurses"}, {"--since", "2026-13-01"}, {"extra"}} {
		_, errs, code := runCLI(t, append([]string{"draws", "--lang", "fr"}, bad...)...)
		if code != exitUsage {
			t.Errorf("%q: exit %d", bad, code)
		}
		if bad[0] == "--category" {
			codes := []string{"nurses", "--category"}
			for _, c := range append(rounds.Categories(), rounds.All) {
				codes = append(codes, c.String())
			}
			frenchOnly(t, strings.Join(bad, " "), firstLine(errs), codes...)
		}
	}
	fr, _, _ := runCLI(t, "draws", "--json", "--since", "2026-01-01", "--lang", "fr")
	en, _, _ := runCLI(t, "draws", "--json", "--since", "2026-01-01", "--lang", "en")
	if fr != en || !strings.Contains(en, `"name":"Canadian Experience Class"`) {
		t.Errorf("--json differs between the languages, or is not IRCC's English:\n%s", fr)
	}
}

// draws import in French: imported, refused (older, broken, a round after today), and a usage
// error, each said in French.
func TestDrawsImportInFrench(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	feed, err := os.ReadFile(filepath.Join("rounds", rounds.FileName))
	if err != nil {
		t.Fatal(err)
	}
	good := writeFile(t, t.TempDir(), "copy.json", string(feed))
	out, errs, code := runCLI(t, "draws", "import", good, "--lang", "fr")
	if code != exitOK || !strings.Contains(out, "438 rondes importées, la plus récente 437 du 19 août 2026") {
		t.Errorf("exit %d: %s%s", code, out, errs)
	}
	frenchOnly(t, "import", out+errs, good, dir)
	var doc map[string]any
	if err := json.Unmarshal(feed, &doc); err != nil {
		t.Fatal(err)
	}
	doc["rounds"] = doc["rounds"].([]any)[1:] // without round 437
	older, _ := json.Marshal(doc)
	cases := map[string][]byte{
		"older.json":  older,
		"broken.json": []byte(`{"classes": []}`),
		"empty.json":  []byte(`{"rounds": []}`),
		"future.json": bytes.Replace(feed, []byte("2026-08-19"), []byte("2026-09-30"), 1),
	}
	for name, data := range cases {
		f := writeFile(t, t.TempDir(), name, string(data))
		_, errs, code := runCLI(t, "draws", "import", f, "--lang", "fr")
		if code != exitFail || !strings.Contains(errs, "importation refusée") {
			t.Errorf("%s: exit %d: %s", name, code, errs)
		}
		frenchOnly(t, name, errs, f, filepath.Join(dir, rounds.FileName))
	}
	_, errs, code = runCLI(t, "draws", "import", "--lang", "fr")
	if code != exitUsage || !strings.Contains(firstLine(errs), "donnez un seul fichier") {
		t.Errorf("no file: exit %d: %s", code, errs)
	}
	frenchOnly(t, "no file", firstLine(errs))
}

// draws update in French: what changed, a refusal, plain http, and offline.
func TestDrawsUpdateInFrench(t *testing.T) {
	feed, err := os.ReadFile(filepath.Join("rounds", rounds.FileName))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing.json" {
			http.NotFound(w, r)
			return
		}
		w.Write(feed)
	}))
	defer srv.Close()
	dir := t.TempDir()
	out, errs, code := runUpdate(t, srv, dir, "--url", srv.URL+"/feed.json", "--lang", "fr")
	want := "aucune nouvelle ronde : 438 rondes, la plus récente : ronde 437 du 19 août 2026 (Compétence linguistique en français 2026-Version 2, note limite 382)"
	want = strings.Replace(string(i18n.Typography([]byte(want))), "Version 2", "Version"+i18n.NBSP+"2", 1)
	if code != exitOK || !strings.Contains(out, want) {
		t.Errorf("exit %d:\n%s%s", code, out, errs)
	}
	frenchOnly(t, "update", out+errs, srv.URL, dir)
	for _, url := range []string{srv.URL + "/missing.json", "http://example.invalid/feed.json", "ftp//x"} {
		_, errs, code := runUpdate(t, srv, dir, "--url", url, "--lang", "fr")
		if code != exitFail || !strings.Contains(errs, "mise à jour refusée") {
			t.Errorf("%s: exit %d: %s", url, code, errs)
		}
		frenchOnly(t, url, errs, url, `"`+url+`"`)
	}
	t.Setenv("EEWIZARD_OFFLINE", "1")
	_, errs, code = runUpdate(t, srv, dir, "--lang", "fr")
	if code != exitFail || !strings.Contains(errs, "n’utilise pas le réseau") {
		t.Errorf("offline: exit %d: %s", code, errs)
	}
	frenchOnly(t, "offline", errs, "`eewizard draws import FICHIER`")
}

// The stale note of every command that reads the rounds, in French, once.
func TestStaleNoteInFrench(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	_, errs, _ := runCLI(t, "draws", "--since", "2026-08-01", "--lang", "fr")
	if errs != "" {
		t.Errorf("a note on 2026-08-20, a day after the newest round: %q", errs)
	}
	var out, errb bytes.Buffer
	code := runOn(testToday.AddDate(0, 3, 0), []string{"draws", "--since", "2026-08-01", "--lang", "fr"}, strings.NewReader(""), &out, &errb)
	want := string(i18n.Typography([]byte("eewizard : remarque : les données des rondes s’arrêtent au 19 août 2026 (il y a 93 jours) : eewizard draws update\n")))
	if code != exitOK || errb.String() != want {
		t.Errorf("exit %d, stderr %q, want %q", code, errb.String(), want)
	}
}

// The French goldens of draws: the rounds since September 2025, and each kind of round.
func TestDrawsFrenchGolden(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	out, errs, code := runCLI(t, "draws", "--since", "2025-09-01", "--lang", "fr")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden(t, "draws_fr_since.golden", out)
	var all strings.Builder
	for _, c := range rounds.Categories() {
		args := []string{"draws", "--category", c.String(), "--lang", "fr"}
		if len(rounds.Embedded().Filter(c, time.Time{})) > 30 { // general, CEC, PNP, French: the recent ones
			args = append(args, "--since", "2025-06-01")
		}
		out, errs, code := runCLI(t, args...)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", c, code, errs)
		}
		all.WriteString("$ eewizard " + strings.Join(args, " ") + "\n" + out + "\n")
	}
	golden(t, "draws_fr_every_kind.golden", all.String())
}

// standingOf is the standing of a profile file on testToday against the embedded rounds.
func standingOf(t *testing.T, file string, n int) report.Standing {
	t.Helper()
	rules, err := scoring.LoadRules("rules.toml", embeddedRules)
	if err != nil {
		t.Fatal(err)
	}
	r, err := rules.At(testToday)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := scoring.ReadProfile(r, file, data)
	if err != nil {
		t.Fatal(err)
	}
	a := scoring.Assess(r, &p, testToday)
	return report.NewStanding(rounds.Embedded(), "embedded (IRCC feed, newest round 437 on 2026-08-19)", r, &a, rounds.KindsFor(r, &a, &p), n)
}

// cecFrenchNominee is eligible for CEC, with French at NCLC 7+ and a provincial nomination: the
// general, CEC, PNP and French-language rounds are open to them.
const cecFrenchNominee = `[applicant]
age = 30
marital_status = "single"
education = "bachelors"
teer = 1
canadian_work_years = 1
canadian_work_years_last_3 = 1
provincial_nomination = true
[applicant.first_language]
test = "tef"
listening = 450
reading = 450
writing = 450
speaking = 460
`

// marks are the cut-offs of a standing text with their marks: "✓ 463", "○ 445".
var marks = regexp.MustCompile(`[✓✗○?][ \x{a0}]\d+`)

// The standing (where a score stands: improve, compare, report) in French, for the worked examples
// and a social worker with jobs: no English, the same marks and cut-offs as in English, the same
// counts of invitations, and the golden.
func TestStandingFrenchGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(examples, "example*.toml"))
	files = append(files, writeFile(t, t.TempDir(), "social-worker.toml", socialWorker),
		writeFile(t, t.TempDir(), "cec-french-nominee.toml", cecFrenchNominee))
	var all strings.Builder
	for _, file := range files {
		s := standingOf(t, file, 10)
		var fr, en bytes.Buffer
		report.WriteStandingIn(&fr, i18n.For(i18n.Fr), &s)
		report.WriteStanding(&en, &s)
		name := filepath.Base(file)
		frenchOnly(t, name, fr.String())
		a := strings.ReplaceAll(strings.Join(marks.FindAllString(fr.String(), -1), ","), i18n.NBSP, " ")
		if b := strings.Join(marks.FindAllString(en.String(), -1), ","); a != b || len(s.Kinds) > 0 && a == "" {
			t.Errorf("%s: the cut-offs differ:\nfr %q\nen %q", name, a, b)
		}
		for _, k := range s.Kinds {
			if want := "invité " + string(rune('0'+k.Invited)) + " fois"; k.Invited < 10 && !strings.Contains(fr.String(), want) {
				t.Errorf("%s: %s: no %q", name, k.Category, want)
			}
		}
		for _, l := range strings.Split(fr.String(), "\n") {
			if n := len([]rune(l)); n > 80 {
				t.Errorf("%s: a line of %d columns: %q", name, n, l)
			}
		}
		all.WriteString("# " + name + "\n" + fr.String() + "\n")
	}
	golden(t, "standing_fr.golden", all.String())
}

var (
	enRow = regexp.MustCompile(`(?m)^(\S+) +\d{4}-\d\d-\d\d +\S+ +(\d+) +(\d+)  `)
	frRow = regexp.MustCompile(`(?m)^(\S+) +\d+(?:er)? \pL+ \d{4} +([\d\x{202f}]+) +(\d+)  `)
)

// The French table of draws has the rounds, invitations and cut-offs of the English one, in order.
func TestDrawsNumbersEqualInBothLanguages(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	en, _, _ := runCLI(t, "draws", "--lang", "en")
	fr, _, _ := runCLI(t, "draws", "--lang", "fr")
	rows := func(re *regexp.Regexp, s string) []string {
		var out []string
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1]+" "+strings.ReplaceAll(m[2], i18n.NarrowNBSP, "")+" "+m[3])
		}
		return out
	}
	e, f := rows(enRow, en), rows(frRow, fr)
	if len(e) != len(rounds.Embedded().Rounds) || strings.Join(e, ",") != strings.Join(f, ",") {
		t.Errorf("%d English rows, %d French rows, or they differ:\n%.300q\n%.300q", len(e), len(f), e, f)
	}
}
