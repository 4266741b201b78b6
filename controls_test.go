package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// attack clears the screen and paints what follows red, if a terminal is sent it raw.
const attack = "\x1b[2J\x1b[31m"

// noControls fails the test if out holds an ESC or a C1 CSI, and wants the attack shown as text.
func noControls(t *testing.T, what, out string) {
	t.Helper()
	if strings.ContainsAny(out, "\x1b\u009b\a") {
		t.Errorf("%s: a control character reaches the terminal:\n%q", what, out)
	}
	if !strings.Contains(out, `\x1b[2J\x1b[31m`) {
		t.Errorf("%s: the control characters are not shown as \\x1b:\n%q", what, out)
	}
}

// hostile copies worked example 1 to a file whose name holds the attack.
func hostile(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examples, "example1.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, t.TempDir(), "client"+attack+".toml", string(data))
}

func TestScoreTextShowsControlCharactersInAFileName(t *testing.T) {
	out, errs, code := runCLI(t, "score", "--at", "2026-08-20", hostile(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	noControls(t, "score", out)
}

func TestErrorsShowControlCharactersInKeysAndFileNames(t *testing.T) {
	bad := writeFile(t, t.TempDir(), "bad"+attack+".toml", "[applicant]\n\"x\\u001b[2J\\u001b[31m\" = 1\n")
	_, errs, code := runCLI(t, "score", bad)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	noControls(t, "an unknown key", errs)
	_, errs, _ = runCLI(t, "draws", "import", filepath.Join(t.TempDir(), "feed"+attack+".json"))
	noControls(t, "draws import of a missing file", errs)
}

func TestWhatIfShowsControlCharactersInAFileNameAndASetValue(t *testing.T) {
	file := hostile(t)
	out, errs, code := runCLI(t, "whatif", file, "--ita-date", "2026-08-19", "--cutoff", "430")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	noControls(t, "whatif", out)
	_, errs, _ = runCLI(t, "whatif", file, "--ita-date", "2026-08-19", "--cutoff", "430", "--set", "applicant.education="+attack)
	if strings.Contains(errs, "\x1b") {
		t.Errorf("whatif --set: %q", errs)
	}
}

// hostileFeed stores, as the user's copy, IRCC's feed with the attack in the newest round's name.
func hostileFeed(t *testing.T) {
	t.Helper()
	data, err := os.ReadFile("rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), `"drawName":"`, `"drawName":"\u001b[2J\u001b[31m`, 1)
	dir := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	writeFile(t, dir, "ee_rounds_123_en.json", s)
}

func TestDrawsShowsControlCharactersInRoundNames(t *testing.T) {
	hostileFeed(t)
	out, errs, code := runCLI(t, "draws", "--since", "2026-08-01")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	noControls(t, "draws", out)
	out, _, _ = runCLI(t, "draws", "--since", "2026-08-19", "--json")
	if strings.Contains(out, "\x1b") {
		t.Errorf("draws --json: %q", out)
	}
}

func TestJSONOutputEscapesWhatATerminalWouldObey(t *testing.T) {
	// encoding/json escapes ESC but writes DEL, C1 controls and bidi overrides as they are.
	data, _ := os.ReadFile(filepath.Join(examples, "example1.toml"))
	name := "del\x7f csi\u009b rlo\u202e.toml"
	file := writeFile(t, t.TempDir(), name, string(data))
	out, errs, code := runCLI(t, "score", "--json", "--at", "2026-08-20", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.ContainsAny(out, "\x7f\u009b\u202e") {
		t.Errorf("score --json writes them raw: %q", out)
	}
	var got struct{ File string }
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.File != file {
		t.Errorf("file %q, %v; want %q: the JSON must keep the value", got.File, err, file)
	}
}

// feedWith is IRCC's feed with one more round, placed first.
func feedWith(t *testing.T, number, date string) string {
	t.Helper()
	data, err := os.ReadFile("rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	extra := `"rounds": [
        {"drawNumber":"` + number + `","drawDate":"` + date + `","drawName":"General","drawSize":"1,000","drawCRS":"500"},`
	s := strings.Replace(string(data), `"rounds": [`, extra, 1)
	if s == string(data) {
		t.Fatal("the feed has no rounds array to add to")
	}
	return s
}

func TestDrawsWarnsOfAStoredRoundAfterTodayAndARealFeedReplacesIt(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	writeFile(t, dir, "ee_rounds_123_en.json", feedWith(t, "999", "2099-01-01"))
	out, errs, code := runCLI(t, "draws", "--since", "2026-08-19")
	if code != exitOK || !strings.Contains(errs, "round 999 is dated 2099-01-01, after today (2026-08-20)") || strings.Contains(out, "999") {
		t.Errorf("exit %d, stderr %q\n%s", code, errs, out)
	}
	real := writeFile(t, t.TempDir(), "ee_rounds_123_en.json", feedWith(t, "438", "2026-08-20"))
	out, errs, code = runCLI(t, "draws", "import", real)
	if code != exitOK || !strings.Contains(out, "imported 439 rounds, newest 438 of 2026-08-20") {
		t.Errorf("import of the real feed: exit %d, %s%s", code, errs, out)
	}
	future := writeFile(t, t.TempDir(), "ee_rounds_123_en.json", feedWith(t, "439", "2026-08-22"))
	if _, errs, code = runCLI(t, "draws", "import", future); code != exitFail || !strings.Contains(errs, "after today (2026-08-20)") {
		t.Errorf("import of a round two days ahead: exit %d, %s", code, errs)
	}
}
