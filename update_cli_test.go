package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runUpdate runs `draws update` against a local HTTPS server (the test's own transport trusts its
// certificate), with the data directory given.
func runUpdate(t *testing.T, srv *httptest.Server, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Setenv("EEWIZARD_DATA_DIR", dir)
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, today: testToday, transport: srv.Client().Transport}
	code = dispatch(e, append([]string{"draws", "update"}, args...))
	return out.String(), errb.String(), code
}

func TestDrawsUpdateImportsTheFeedAndSaysWhatChanged(t *testing.T) {
	feed, err := os.ReadFile("rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	paths := make(chan string, 8)
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths <- r.URL.RequestURI()
		w.Write(feed)
	}))
	defer srv.Close()
	dir := t.TempDir()
	out, errs, code := runUpdate(t, srv, dir, "--url", srv.URL+"/feed.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "no new rounds: 438 rounds, newest 437 on 2026-08-19 (French-Language proficiency") || !strings.Contains(out, dir) {
		t.Errorf("output:\n%s", out)
	}
	if len(paths) != 1 {
		t.Errorf("%d requests, want one", len(paths))
	} else if p := <-paths; p != "/feed.json" {
		t.Errorf("request for %s, want /feed.json with no query", p)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "ee_rounds_123_en.json")); !bytes.Equal(got, feed) {
		t.Error("the stored copy is not the feed as served")
	}
}

func TestDrawsUpdateFailureKeepsTheDataAndSaysWhy(t *testing.T) {
	srv := httptest.NewTLSServer(http.NotFoundHandler())
	defer srv.Close()
	dir := t.TempDir()
	_, errs, code := runUpdate(t, srv, dir, "--url", srv.URL+"/feed.json")
	if code != exitFail || !strings.Contains(errs, "404 Not Found") || !strings.Contains(errs, "unchanged") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "ee_rounds_123_en.json")); err == nil {
		t.Error("a failed update wrote a file")
	}
	_, errs, code = runUpdate(t, srv, dir, "--url", "http://example.invalid/feed.json")
	if code != exitFail || !strings.Contains(errs, "only https addresses are used") {
		t.Errorf("plain http: exit %d, stderr %q", code, errs)
	}
}

func TestDrawsUpdateOfflineSaysSoAndSendsNothing(t *testing.T) {
	asked := make(chan bool, 1)
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { asked <- true }))
	defer srv.Close()
	t.Setenv("EEWIZARD_OFFLINE", "1")
	_, errs, code := runUpdate(t, srv, t.TempDir(), "--url", srv.URL)
	if code != exitFail || !strings.Contains(errs, "EEWIZARD_OFFLINE=1") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	select {
	case <-asked:
		t.Error("a request was sent while offline")
	default:
	}
}

// The embedded rounds end on 2026-08-19: three weeks later the commands that use them say so,
// once, on stderr, with the command that fixes it; before then they say nothing.
func TestCommandsSayWhenTheRoundsDataIsOld(t *testing.T) {
	t.Setenv("EEWIZARD_DATA_DIR", t.TempDir())
	late := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	profile := filepath.Join(examples, "example1.toml")
	for _, args := range [][]string{
		{"draws", "--since", "2026-08-01"},
		{"draws", "--json", "--since", "2026-08-01"},
		{"improve", profile},
		{"whatif", profile, "--round", "437", "--ita-date", "2026-08-19"},
	} {
		for _, c := range []struct {
			today time.Time
			want  int
		}{{testToday, 0}, {late, 1}} {
			var out, errb bytes.Buffer
			runOn(c.today, args, strings.NewReader(""), &out, &errb)
			note := "rounds data ends 2026-08-19 (104 days ago): eewizard draws update"
			if got := strings.Count(errb.String(), note); got != c.want {
				t.Errorf("%v on %s: the note %d times, want %d; stderr:\n%s", args, c.today.Format(time.DateOnly), got, c.want, errb.String())
			}
			if strings.Contains(out.String(), "draws update") {
				t.Errorf("%v: the note is on stdout", args)
			}
		}
	}
}

func TestRulesCheckSaysWhenTheTablesWereChecked(t *testing.T) {
	out, _, code := runCLI(t, "rules", "check")
	// rules.toml's checked dates: the oldest 2023-06-13, the newest 2026-12-01 ([categories], checked
	// against categories.md of that day; before the categories it was 2026-08-24).
	if code != 0 || !strings.Contains(out, "checked against them from 2023-06-13 to 2026-12-01") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}
