package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eewizard/eewizard/i18n/i18ntest"
)

// report --lang fr writes the French report, HTML and Markdown, and says what it did in French;
// the locale alone (LANG=fr_CA.UTF-8) chooses French too, and --lang en English.
func TestReportInFrench(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	profile := copyExample(t, dir, "../jobs/example2.toml", "ada.toml")
	out, errs, code := runCLI(t, "report", profile, "--lang", "fr", "--format", "md", "-o", "-", "--ita-date", "2026-08-10", "--cutoff", "500")
	if code != exitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	// ITA on 2026-08-10 + 60 days = 9 October 2026; 555 ≥ 500.
	for _, want := range []string{"# Évaluation Entrée express", "**SCG 555** sur 1\u202f200", "Date limite pour présenter la demande\u00a0: **9 octobre 2026**",
		"Accepter, et présenter une demande de résidence permanente", "vérifiées le 1er décembre 2026"} {
		if !strings.Contains(out, want) {
			t.Errorf("the French Markdown lacks %q", want)
		}
	}
	html := filepath.Join(dir, "ada-report.html")
	out, errs, code = runCLI(t, "report", profile, "--lang", "fr")
	if code != exitOK || !strings.Contains(out, "Rapport écrit dans "+html) {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errs)
	}
	page, _ := os.ReadFile(html)
	if !strings.Contains(string(page), `<html lang="fr">`) || !strings.Contains(string(page), "SCG 555") {
		t.Errorf("not the French HTML report:\n%.400s", page)
	}
	_, errs, code = runCLI(t, "report", profile, "--lang", "fr")
	if code != exitFail || !strings.Contains(errs, "existe\u00a0: non remplacé") || len(i18ntest.English(errs, html, "eewizard report")) > 0 {
		t.Errorf("second run: code %d, stderr %q", code, errs)
	}
	t.Setenv("LANG", "fr_CA.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	if out, _, _ := runCLI(t, "report", profile, "-o", "-", "--format", "md"); !strings.HasPrefix(out, "# Évaluation Entrée express") {
		t.Errorf("LANG=fr_CA.UTF-8: %.80q", out)
	}
	if out, _, _ := runCLI(t, "report", profile, "--lang", "en", "-o", "-", "--format", "md"); !strings.HasPrefix(out, "# Express Entry assessment") {
		t.Errorf("--lang en: %.80q", out)
	}
}

// report's usage errors in French: the message is French (the usage after it is the errors
// helper's), and presentation mode names the profile "le profil".
func TestReportErrorsInFrench(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	profile := copyExample(t, dir, "example2.toml", "ada.toml")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--lang", "fr"}, "eewizard report\u00a0: donnez un fichier de profil\n"},
		{[]string{"report", profile, "--lang", "fr", "--format", "pdf"}, "eewizard report\u00a0: --format \"pdf\"\u00a0: html ou md\n"},
		{[]string{"report", profile, "--lang", "fr", "--rounds", "0"}, "eewizard report\u00a0: --rounds 0\u00a0: 1 ou plus\n"},
	} {
		_, errs, code := runCLI(t, c.args...)
		if code != exitUsage || !strings.HasPrefix(errs, c.want) {
			t.Errorf("%q: code %d, stderr %q, want it to begin %q", c.args, code, errs, c.want)
		}
	}
	missing := filepath.Join(dir, "missing", "ada-lovelace.toml")
	_, errs, code := runCLI(t, "report", missing, "-o", "-", "--present", "--lang", "fr")
	if code != exitFail || strings.Contains(errs, dir) || strings.Contains(errs, "ada-lovelace") || !strings.Contains(errs, "le profil") {
		t.Errorf("--present --lang fr: code %d, stderr %q", code, errs)
	}
}
