package rounds

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// updateDay is a day after the embedded feed's newest round (437, 2026-08-19).
var updateDay = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// round452 is a round newer than the embedded feed, as a `draws update` would bring.
func round452() []entry {
	return []entry{newEntry("452", "2026-11-26", "Canadian Experience Class", "3,000", "512")}
}

func TestUpdateImportsANewerFeedAndSaysWhatChanged(t *testing.T) {
	dir := t.TempDir()
	newer := embeddedPlus(t, round452())
	srv, opt := tlsServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write(newer) })
	u, err := Update(context.Background(), srv.URL+"/ee_rounds_123_en.json", dir, updateDay, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := "rounds 438 -> 439, newest 452 on 2026-11-26 (Canadian Experience Class, cut-off 512)"
	if got := u.String(); got != want {
		t.Errorf("Update says %q, want %q", got, want)
	}
	stored, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil || !bytes.Equal(stored, newer) {
		t.Errorf("stored copy is not the feed as downloaded (%v)", err)
	}
	feed, source, err := Load(dir, updateDay)
	if err != nil || feed.Rounds[0].Number != "452" || source != filepath.Join(dir, FileName) {
		t.Errorf("after update Load gives round %s from %s (%v)", feed.Rounds[0].Number, source, err)
	}
	// The same feed again: nothing new, and it says so.
	u, err = Update(context.Background(), srv.URL+"/ee_rounds_123_en.json", dir, updateDay, opt)
	if err != nil || !strings.HasPrefix(u.String(), "no new rounds: 439 rounds, newest 452") {
		t.Errorf("the same feed again: %q, %v", u.String(), err)
	}
}

// Every refusal leaves the stored copy byte for byte as it was.
func TestUpdateRefusedKeepsTheStoredCopy(t *testing.T) {
	dir := t.TempDir()
	current := embeddedPlus(t, round452())
	if err := os.WriteFile(filepath.Join(dir, FileName), current, 0o600); err != nil {
		t.Fatal(err)
	}
	srv, opt := tlsServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/slow":
			<-r.Context().Done()
		case "/html":
			w.Write([]byte("<!DOCTYPE html><html>maintenance</html>"))
		case "/older":
			w.Write(embeddedJSON) // round 437: older than the stored 452
		case "/future":
			w.Write(embeddedPlus(t, []entry{newEntry("453", "2099-01-01", "No Program Specified", "1", "400")}))
		case "/large":
			w.Write(bytes.Repeat([]byte(" "), 2048))
		case "/to-http":
			http.Redirect(w, r, "http://"+r.Host+"/feed", http.StatusFound)
		}
	})
	opt.limit = 1024
	for _, c := range []struct{ path, want string }{
		{"/missing", "404 Not Found"},
		{"/html", "import refused"},
		{"/older", "older than"},
		{"/future", "after today"},
		{"/large", "larger than 1 KiB"},
		{"/to-http", "only https addresses are used"},
		{"/slow", "timed out"},
	} {
		o := opt
		if c.path == "/slow" {
			o.Timeout = 100 * time.Millisecond
		}
		if c.path == "/older" || c.path == "/future" {
			o.limit = 0
		}
		_, err := Update(context.Background(), srv.URL+c.path, dir, updateDay, o)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.path, err, c.want)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, FileName)); !bytes.Equal(got, current) {
			t.Fatalf("%s: the stored copy changed", c.path)
		}
	}
}

func TestStalenessAfterThreeWeeksNamesTheDayAndTheFix(t *testing.T) {
	f := Embedded() // newest round 2026-08-19
	for _, c := range []struct {
		today string
		want  string
	}{
		{"2026-08-19", ""},
		{"2026-09-09", ""}, // 21 days: not yet old
		{"2026-09-10", "rounds data ends 2026-08-19 (22 days ago): eewizard draws update"},
		{"2026-12-01", "rounds data ends 2026-08-19 (104 days ago): eewizard draws update"},
	} {
		day, _ := time.Parse(time.DateOnly, c.today)
		if got := Staleness(f, day); got != c.want {
			t.Errorf("on %s: %q, want %q", c.today, got, c.want)
		}
	}
	if got := Staleness(&Feed{}, updateDay); got != "" {
		t.Errorf("an empty feed: %q", got)
	}
}
