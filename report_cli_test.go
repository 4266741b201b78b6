package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/rounds"
)

// copyExample copies a worked example into dir under name.
func copyExample(t *testing.T, dir, example, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examples, example))
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, name, string(data))
}

// The report goes beside the profile, named after it, private; a second run does not replace it
// without -o, and -o replaces.
func TestReportWritesBesideTheProfileAndNeverReplacesWithoutO(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	profile := copyExample(t, dir, "example2.toml", "ada.toml")
	want := filepath.Join(dir, "ada-report.html")
	out, errs, code := runCLI(t, "report", profile)
	if code != exitOK || !strings.Contains(out, want) {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errs)
	}
	fi, err := os.Stat(want)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	first, _ := os.ReadFile(want)
	// 555 is example2's hand-worked total (testdata/examples/expected.txt).
	if !strings.Contains(string(first), "CRS 555") || !strings.HasPrefix(string(first), "<!DOCTYPE html>") {
		t.Errorf("not the HTML report of CRS 555:\n%.300s", first)
	}
	if err := os.WriteFile(want, []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errs, code = runCLI(t, "report", profile)
	if kept, _ := os.ReadFile(want); code != exitFail || string(kept) != "kept" || !strings.Contains(errs, "not replaced") {
		t.Errorf("second run: code %d, file %q, stderr %q", code, kept, errs)
	}
	_, errs, code = runCLI(t, "report", profile, "-o", want)
	if again, _ := os.ReadFile(want); code != exitOK || !strings.Contains(string(again), "CRS 555") {
		t.Errorf("-o: code %d, stderr %q", code, errs)
	}
}

// --format md (or an .md file) writes Markdown; -o - writes to standard output; an ITA adds the
// verdict and deadline; --present hides the path even in the message.
func TestReportFormatsITAAndPresent(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	profile := copyExample(t, dir, "../jobs/example2.toml", "ada.toml") // eligible for CEC
	out, errs, code := runCLI(t, "report", profile, "--format", "md", "-o", "-", "--ita-date", "2026-08-10", "--cutoff", "500")
	if code != exitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	// ITA on 2026-08-10 + 60 days = 2026-10-09 (rules.toml [timing] 60 days to apply); 555 ≥ 500.
	for _, want := range []string{"# Express Entry assessment", "**CRS 555** of 1200", "Deadline to apply: **2026-10-09**", "Accept: apply for permanent residence"} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	md := filepath.Join(dir, "notes.md")
	if _, errs, code := runCLI(t, "report", profile, "-o", md, "--present"); code != exitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	body, _ := os.ReadFile(md)
	if !strings.HasPrefix(string(body), "# Express Entry assessment: Client") || strings.Contains(string(body), dir) {
		t.Errorf("presentation-mode Markdown:\n%.300s", body)
	}
	out, _, _ = runCLI(t, "report", profile, "-o", filepath.Join(dir, "x.html"), "--present")
	if strings.Contains(out, dir) {
		t.Errorf("--present shows the directory: %q", out)
	}
	if _, errs, code := runCLI(t, "report", profile, "--format", "pdf"); code != exitUsage || !strings.Contains(errs, "want html or md") {
		t.Errorf("--format pdf: code %d, %q", code, errs)
	}
}

// report --present names the profile "the profile" in the errors of reading it: neither its
// directory nor its name (which can be the client's) shows, for a file that is not there and for a
// file with a bad line; without --present the path is given, as every command gives it.
func TestReportPresentHidesThePathInProfileErrors(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	bad := filepath.Join(dir, "ada-lovelace.toml")
	if err := os.WriteFile(bad, []byte("name = \"Ada\"\n[applicant]\nage = \"x\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{bad, filepath.Join(dir, "missing", "ada-lovelace.toml")} {
		_, errs, code := runCLI(t, "report", file, "-o", "-")
		if code != exitFail || !strings.Contains(errs, file) {
			t.Errorf("%s without --present: code %d, want the path in %q", file, code, errs)
		}
		_, errs, code = runCLI(t, "report", file, "-o", "-", "--present")
		if code != exitFail || strings.Contains(errs, dir) || strings.Contains(errs, "ada-lovelace") || !strings.Contains(errs, "the profile") {
			t.Errorf("%s with --present: code %d, stderr %q", file, code, errs)
		}
	}
}

// report --round reads IRCC's rounds once: for the round and for the standing. A broken user's
// copy of the rounds is therefore warned about once (it was said twice, the rounds read twice).
func TestReportWithARoundReadsTheRoundsOnce(t *testing.T) {
	data := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", data)
	writeFile(t, data, rounds.FileName, "not the rounds")
	dir := t.TempDir()
	profile := copyExample(t, dir, "example2.toml", "ada.toml")
	_, errs, code := runCLI(t, "report", profile, "--round", "436")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(errs, "eewizard: warning: "); n != 1 || !strings.Contains(errs, rounds.FileName) {
		t.Errorf("%d warnings, want one naming %s:\n%s", n, rounds.FileName, errs)
	}
}

// report --round with rounds more than three weeks old says so once (the round's lookup and the
// standing share the rounds read). With no user's copy the embedded rounds are read; a day a year
// after the test day makes their newest round old.
func TestReportWithARoundSaysOldRoundsOnce(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	profile := copyExample(t, t.TempDir(), "example2.toml", "ada.toml")
	var out, errb bytes.Buffer
	code := runOn(testToday.AddDate(1, 0, 0), []string{"report", profile, "--round", "436"}, strings.NewReader(""), &out, &errb)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := strings.Count(errb.String(), "eewizard: note: "); n != 1 {
		t.Errorf("%d notes, want one:\n%s", n, errb.String())
	}
}
