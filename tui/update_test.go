package tui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// staleDay is 104 days after the embedded feed's newest round (437, 2026-08-19): its rounds are old.
var staleDay = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// feedServer is a local HTTPS server of a rounds feed; it counts and keeps the requests.
type feedServer struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []*http.Request
}

func (s *feedServer) requests() []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*http.Request(nil), s.reqs...)
}

// newFeedServer serves handle over HTTPS on the loopback address, and sets the data directory to
// a new one and the network on (whatever the environment says).
func newFeedServer(t *testing.T, handle http.HandlerFunc) *feedServer {
	t.Helper()
	t.Setenv(rounds.DataDirEnv, t.TempDir())
	t.Setenv(rounds.OfflineEnv, "")
	s := &feedServer{}
	s.Server = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, r)
		s.mu.Unlock()
		handle(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// feedURL is the address of the feed on the server.
func (s *feedServer) feedURL() string { return s.URL + "/ee_rounds_123_en.json" }

// staleModel is profile p on staleDay, at w×h, updating from srv (nil: no server).
func staleModel(t *testing.T, p scoring.Profile, srv *feedServer, w, h int) Model {
	t.Helper()
	opts := options(t, &p, "client.toml")
	opts.Today = staleDay
	if srv != nil {
		opts.transport, opts.feedURL = srv.Client().Transport, srv.feedURL()
	}
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	nm, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return nm.(Model)
}

// newerFeed is the embedded feed (the repository's copy of IRCC's file) with round 452, a
// Canadian Experience Class round of 2026-11-26 with a cut-off of 512, placed first.
func newerFeed(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../rounds/ee_rounds_123_en.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Classes string              `json:"classes"`
		Rounds  []map[string]string `json:"rounds"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	r := map[string]string{}
	for k, v := range doc.Rounds[0] {
		r[k] = v
	}
	for k, v := range map[string]string{"drawNumber": "452", "drawDate": "2026-11-26", "drawDateFull": "November 26, 2026",
		"drawName": "Canadian Experience Class", "drawSize": "3,000", "drawCRS": "512", "drawText2": "Canadian Experience Class",
		"drawDateTime": "November 26th 2026 at 12:00:00 UTC"} {
		r[k] = v
	}
	doc.Rounds = append([]map[string]string{r}, doc.Rounds...)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// serve is a handler that answers body.
func serve(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.Write(body) }
}

// boxText is a view with the boxes' borders taken off and the lines joined, for text that wraps.
func boxText(s string) string {
	return flat(strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", " ").Replace(ansi.Strip(s)))
}

func TestRoundsUpdateAsksNamingTheAddressThenReplacesTheFeedEverywhere(t *testing.T) {
	newer := newerFeed(t)
	srv := newFeedServer(t, serve(newer))
	p := cec2(t)
	m := staleModel(t, p, srv, 80, 24)
	before := m.c.feed
	m, _ = drive(t, m, press("r", "u")...)
	d, ok := m.dialog.(*updateDialog)
	if !ok || d.state != updateAsking {
		t.Fatalf("u did not ask first:\n%s", view(m))
	}
	box := boxText(m.View())
	for _, want := range []string{srv.feedURL(), "Nothing is sent but the request for that public file"} {
		if !strings.Contains(box, want) {
			t.Errorf("the confirmation does not say %q:\n%s", want, view(m))
		}
	}
	if n := len(srv.requests()); n != 0 {
		t.Fatalf("%d requests before the person said yes", n)
	}

	m, _ = drive(t, m, press("y")...)
	reqs := srv.requests()
	if len(reqs) != 1 || reqs[0].Method != http.MethodGet || reqs[0].URL.RawQuery != "" || reqs[0].URL.Path != "/ee_rounds_123_en.json" {
		t.Fatalf("requests %v, want one GET of the feed's path with no query", reqs)
	}
	if m.dialog != nil || m.cancelUpdate != nil {
		t.Errorf("the update's box or its download is still open:\n%s", view(m))
	}
	dir, _ := rounds.DataDir()
	stored, err := os.ReadFile(filepath.Join(dir, rounds.FileName))
	if err != nil || !bytes.Equal(stored, newer) {
		t.Fatalf("the feed downloaded is not stored in the data directory (%v)", err)
	}
	want, source, err := rounds.Load(dir, staleDay)
	if err != nil {
		t.Fatal(err)
	}
	if m.c.feed == before || m.c.feed.Rounds[0].Number != "452" || m.c.feedSource != source {
		t.Fatalf("the model's feed is not the new one: newest %s from %s", m.c.feed.Rounds[0].Number, m.c.feedSource)
	}
	said := "Updated: rounds 438 -> 439, newest 452 on 2026-11-26 (Canadian Experience Class, cut-off 512)"
	if m.flash != said || !strings.Contains(flat(view(m)), said) { // the flash is wrapped whole
		t.Errorf("the flash says %q, want %q", m.flash, said)
	}
	// The rounds screen, the result's standing and the round picker all use the new feed, and
	// none says the rounds are old any more.
	if !strings.Contains(flat(wholeRounds(m)), "Updated in this run: "+strings.TrimPrefix(said, "Updated: ")) {
		t.Errorf("the rounds screen does not say what the update changed, whole:\n%s", wholeRounds(m))
	}
	if !strings.Contains(wholeRounds(m), "Cut-offs of the last 40 rounds: Canadian Experience Class") {
		t.Errorf("the rounds screen does not chart the kind of the newest round:\n%s", wholeRounds(m))
	}
	m, _ = drive(t, m, press("esc")...)
	a := scoring.Assess(m.c.rules, &m.s.current, staleDay)
	cec := want.Latest(rounds.CEC, standingRounds)
	line := fmt.Sprintf("CEC rounds: invited in %d of %d", rounds.InvitedIn(cec, a.CRS.Total), len(cec))
	if v := view(m); !strings.Contains(v, line) || strings.Contains(v, "rounds data ends") {
		t.Errorf("the result's standing is not against the new rounds (%q):\n%s", line, v)
	}
	m, _ = drive(t, m, press("w")...)
	pk, ok := m.whatif.dlg.(*roundPicker)
	if !ok || pk.all[0].Number != "452" {
		t.Fatalf("the what-if's round picker does not list round 452 first:\n%s", view(m))
	}
}

func TestRoundsUpdateRefusedKeepsTheFeedAndSaysWhy(t *testing.T) {
	for _, c := range []struct {
		name, why string
		handle    http.HandlerFunc
	}{
		{"404", "404 Not Found", http.NotFound},
		{"not a feed", "import refused", serve([]byte("<html>maintenance</html>"))},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := newFeedServer(t, c.handle)
			m := staleModel(t, cec2(t), srv, 80, 24)
			before, source := m.c.feed, m.c.feedSource
			m, _ = drive(t, m, press("r", "u", "y")...)
			d, ok := m.dialog.(*updateDialog)
			if !ok || d.state != updateFailed {
				t.Fatalf("a refused update does not say so:\n%s", view(m))
			}
			box := boxText(m.View())
			for _, want := range []string{"The rounds were not updated", c.why, "The rounds in use are unchanged: " + source} {
				if !strings.Contains(box, want) {
					t.Errorf("the box does not say %q:\n%s", want, view(m))
				}
			}
			if m.c.feed != before || m.c.feedSource != source {
				t.Errorf("the feed changed after a refused update")
			}
			dir, _ := rounds.DataDir()
			if _, err := os.Stat(filepath.Join(dir, rounds.FileName)); !os.IsNotExist(err) {
				t.Errorf("a refused feed was stored (%v)", err)
			}
			m, _ = drive(t, m, press("esc")...)
			if m.dialog != nil || m.screen != screenRounds || !strings.Contains(view(m), rounds.Staleness(before, staleDay)) {
				t.Errorf("after esc, not the rounds screen with the old rounds said to be old:\n%s", view(m))
			}
		})
	}
}

func TestRoundsUpdateOfflineSaysWhyWithoutADialog(t *testing.T) {
	srv := newFeedServer(t, serve(newerFeed(t)))
	t.Setenv(rounds.OfflineEnv, "1")
	m := staleModel(t, cec2(t), srv, 120, 40)
	m, _ = drive(t, m, press("r")...)
	if !strings.Contains(view(m), "u update: off") {
		t.Errorf("the rounds screen's footer does not say the update is off:\n%s", view(m))
	}
	m, _ = drive(t, m, press("u")...)
	if m.dialog != nil || m.flash != offlineNote || !strings.Contains(view(m), offlineNote) {
		t.Errorf("offline, u opened %T and says %q:\n%s", m.dialog, m.flash, view(m))
	}
	// The picker's "not in the list" goes straight to the round typed by hand.
	m, _ = drive(t, m, press("esc", "w", "enter")...)
	if _, ok := m.whatif.dlg.(*itaDialog); !ok || m.dialog != nil || m.flash != offlineNote {
		t.Errorf("offline, the picker's first line did not go to the ITA details (%T, %T, %q):\n%s", m.whatif.dlg, m.dialog, m.flash, view(m))
	}
	if n := len(srv.requests()); n != 0 {
		t.Errorf("%d requests while offline", n)
	}
}

// The download says how much has arrived, and stops on esc and on ctrl+c; the old feed stays.
func TestRoundsUpdateEscAndQuitStopTheDownload(t *testing.T) {
	newer := newerFeed(t)
	const first = 64 << 10
	for _, stop := range []string{"esc", "ctrl+c"} {
		t.Run(stop, func(t *testing.T) {
			arrived := make(chan struct{}, 1)
			srv := newFeedServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", fmt.Sprint(len(newer)))
				w.Write(newer[:first])
				w.(http.Flusher).Flush()
				arrived <- struct{}{}
				select { // the rest only when the client goes away (or the test is long over)
				case <-r.Context().Done():
				case <-time.After(time.Minute):
				}
			})
			m := staleModel(t, cec2(t), srv, 80, 24)
			before := m.c.feed
			m, _ = drive(t, m, press("r", "u")...)
			nm, cmd := m.Update(updateStartMsg{})
			m = nm.(Model)
			if !strings.Contains(view(m), "Downloading IRCC's rounds…") {
				t.Errorf("no downloading… while the download runs:\n%s", view(m))
			}
			batch, ok := cmd().(tea.BatchMsg)
			if !ok || len(batch) != 2 {
				t.Fatalf("the download is not a command with its progress ticks: %T", cmd())
			}
			done := make(chan tea.Msg, 1)
			go func() { done <- batch[0]() }()
			<-arrived
			giveUp := time.Now().Add(10 * time.Second)
			for d := m.dialog.(*updateDialog); d.prog.done.Load() < first; { // until the bytes sent have been read
				if time.Now().After(giveUp) {
					t.Fatalf("%d bytes read of the %d sent", d.prog.done.Load(), first)
				}
				time.Sleep(time.Millisecond)
			}
			nm, _ = m.Update(updateTickMsg{gen: m.updateGen})
			m = nm.(Model)
			if p := fmt.Sprintf("Downloading IRCC's rounds… 64 of %d KiB", len(newer)>>10); !strings.Contains(view(m), p) {
				t.Errorf("the box does not say %q:\n%s", p, view(m))
			}
			m, quit := drive(t, m, press(stop)...)
			if stop == "ctrl+c" && !quit {
				t.Fatal("ctrl+c did not quit")
			}
			if stop == "esc" && (m.dialog != nil || !strings.Contains(m.flash, "the rounds are unchanged")) {
				t.Errorf("esc did not close the box saying the rounds are unchanged:\n%s", view(m))
			}
			var msg tea.Msg
			select {
			case msg = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the download did not stop")
			}
			if u, ok := msg.(updateDoneMsg); !ok || u.err == nil {
				t.Fatalf("a stopped download gave %#v", msg)
			}
			if stop == "esc" { // asked again before the stopped download's end arrives
				m, _ = drive(t, m, press("u")...)
			}
			m, _ = drive(t, m, msg)
			if m.c.feed != before {
				t.Error("a stopped download changed the feed")
			}
			if d, ok := m.dialog.(*updateDialog); stop == "esc" && (!ok || d.state != updateAsking) {
				t.Errorf("the stopped download's end changed the new question:\n%s", view(m))
			}
		})
	}
}

// "My round is not in the list" offers the update first; yes brings the picker back with the new
// rounds; a refusal says why and goes on to the round typed by hand.
func TestRoundPickerNotInTheListOffersTheUpdateFirst(t *testing.T) {
	t.Run("updated", func(t *testing.T) {
		srv := newFeedServer(t, serve(newerFeed(t)))
		m := staleModel(t, cec2(t), srv, 80, 24)
		m, _ = drive(t, m, press("w", "enter")...)
		if d, ok := m.dialog.(*updateDialog); !ok || d.from != fromPicker || !strings.Contains(boxText(m.View()), srv.feedURL()) {
			t.Fatalf("the picker's first line did not offer the update naming the address:\n%s", view(m))
		}
		m, _ = drive(t, m, press("y")...)
		pk, ok := m.whatif.dlg.(*roundPicker)
		if !ok || m.dialog != nil || pk.all[0].Number != "452" {
			t.Fatalf("after the update, not the picker with round 452:\n%s", view(m))
		}
		// Once updated, the first line types the round by hand.
		m, _ = drive(t, m, press("enter")...)
		if _, ok := m.whatif.dlg.(*itaDialog); !ok {
			t.Errorf("after an update, the picker's first line did not open the ITA details:\n%s", view(m))
		}
	})
	t.Run("refused", func(t *testing.T) {
		srv := newFeedServer(t, http.NotFound)
		m := staleModel(t, cec2(t), srv, 80, 24)
		m, _ = drive(t, m, press("w", "enter", "y")...)
		if !strings.Contains(boxText(m.View()), "404 Not Found") {
			t.Fatalf("the refusal does not say why:\n%s", view(m))
		}
		m, _ = drive(t, m, press("enter")...)
		if _, ok := m.whatif.dlg.(*itaDialog); !ok || m.dialog != nil {
			t.Errorf("after a refused update, enter did not open the ITA details:\n%s", view(m))
		}
	})
}

// The rounds are said to be old once, briefly, on each screen that uses them, at 80×24 and
// 120×40, with the result's standing line and its r key still in view.
func TestStaleRoundsSaidOnceWhereTheRoundsAreUsed(t *testing.T) {
	t.Setenv(rounds.OfflineEnv, "")
	note := rounds.Staleness(rounds.Embedded(), staleDay)
	if note == "" {
		t.Fatal("the embedded rounds are not old on the stale day")
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := staleModel(t, cec2(t), nil, w, h)
			screens := map[string]Model{"result": m}
			screens["rounds"], _ = drive(t, m, press("r")...)
			screens["picker"], _ = drive(t, m, press("w")...)
			screens["whatif"], _ = drive(t, m, press("w", "436", "enter")...)
			for _, name := range []string{"result", "rounds", "picker", "whatif"} {
				v := view(screens[name])
				if n := strings.Count(v, note); n != 1 {
					t.Errorf("%s: %q said %d times, want once:\n%s", name, note, n, v)
				}
				if lines := strings.Count(v, "\n") + 1; lines != h {
					t.Errorf("%s: %d lines in a window of %d", name, lines, h)
				}
				for _, l := range strings.Split(v, "\n") {
					if ansi.StringWidth(l) > w {
						t.Errorf("%s: a line wider than %d: %q", name, w, l)
					}
				}
			}
			if v := view(m); !strings.Contains(v, "French rounds: invited in") || !strings.Contains(v, "· r rounds") {
				t.Errorf("the standing line is hidden by the note:\n%s", v)
			}
			golden.RequireEqual(t, []byte(m.View()+"\n\n"+screens["rounds"].View()))
		})
	}
	// Recent rounds are not said to be old.
	m := newModel(t, ptr(cec2(t)), "", 80, 24)
	if v := view(m); strings.Contains(v, "rounds data ends") {
		t.Errorf("rounds one day old are said to be old:\n%s", v)
	}
}

func ptr[T any](v T) *T { return &v }

// The rules a score was made under: their checked dates in the result's header where they fit,
// and in the ? box always.
func TestResultSaysWhenTheRulesWereChecked(t *testing.T) {
	oldest, newest := loadRules(t).Checked()
	if oldest.IsZero() || newest.IsZero() {
		t.Fatal("rules.toml names no checked date")
	}
	span := "checked " + oldest.Format(time.DateOnly) + " to " + newest.Format(time.DateOnly)
	p := cec2(t)
	wide := newModel(t, &p, "", 120, 40)
	if title := strings.SplitN(view(wide), "\n", 2)[0]; !strings.Contains(title, "rules: rules.toml, "+span) {
		t.Errorf("120 wide, the header line does not say %q: %q", span, title)
	}
	narrow := newModel(t, &p, "", 80, 24)
	narrow, _ = drive(t, narrow, press("?")...)
	if _, ok := narrow.dialog.(helpDialog); !ok || !strings.Contains(boxText(narrow.View()), "Rules: rules.toml, "+span) {
		t.Errorf("80 wide, the ? box does not say %q:\n%s", span, view(narrow))
	}
}

func TestAccessibleModeSaysTheRoundsAreOld(t *testing.T) {
	p := cec2(t)
	d := newDraft(&p)
	steps := len(applicable(&d))
	opts := options(t, &p, "")
	opts.Today = staleDay
	out := runAccessibleWith(t, opts, itoa(steps+1), itoa(steps+4))
	note := "Note: " + rounds.Staleness(rounds.Embedded(), staleDay) + "."
	if strings.Count(out, note) != 1 {
		t.Errorf("accessible mode does not say %q once:\n%s", note, out)
	}
	oldest, newest := loadRules(t).Checked()
	if s := "rules checked " + oldest.Format(time.DateOnly) + " to " + newest.Format(time.DateOnly); !strings.Contains(out, s) {
		t.Errorf("accessible mode does not say %q", s)
	}
}

// The update's box is whole (its keys and bottom border in view) in the smallest window, in each
// of its states.
func TestUpdateBoxFitsTheSmallestWindow(t *testing.T) {
	t.Setenv(rounds.OfflineEnv, "")
	long := fmt.Errorf("update refused, the feed in force is unchanged: %s: the server answered 503 Service Unavailable", rounds.FeedURL)
	for _, from := range []updateFrom{fromRounds, fromPicker} {
		for _, state := range []updateState{updateAsking, updateRunning, updateFailed} {
			m := staleModel(t, cec2(t), nil, minWidth, minHeight)
			m.c.feedURL = rounds.FeedURL // the longest address, to lay out; nothing here downloads
			keys := []string{"r", "u"}
			if from == fromPicker {
				keys = []string{"w", "enter"}
			}
			m, _ = drive(t, m, press(keys...)...)
			d, ok := m.dialog.(*updateDialog)
			if !ok {
				t.Fatalf("%v: no update box:\n%s", keys, view(m))
			}
			d.state, d.err, d.prog = state, long, &progress{}
			v := view(m)
			lines := strings.Split(v, "\n")
			last := d.help()[0].Help().Key
			if len(lines) > minHeight || !strings.Contains(v, "╰") || !strings.Contains(lines[len(lines)-1], last) {
				t.Errorf("from %v, state %v: the box is cut at %dx%d:\n%s", from, state, minWidth, minHeight, v)
			}
			if state == updateAsking && !strings.Contains(boxText(v), "Nothing is sent but the request for that public file") {
				t.Errorf("from %v: the short box leaves out that nothing is sent:\n%s", from, v)
			}
		}
	}
}

// The ? box's notes (the rules' dates, the rounds) are left out where they do not fit, never
// cutting the box.
func TestKeysBoxNotesNeverCutTheBox(t *testing.T) {
	for _, size := range [][2]int{{minWidth, minHeight}, {80, 24}} {
		for _, keys := range [][]string{{"?"}, {"r", "?"}} {
			m := staleModel(t, cec2(t), nil, size[0], size[1])
			m, _ = drive(t, m, press(keys...)...)
			v := view(m)
			if !strings.Contains(v, "╰") || !strings.Contains(boxText(v), "Rules: rules.toml, checked") {
				t.Errorf("%v at %dx%d: the box is cut or says nothing of the rules:\n%s", keys, size[0], size[1], v)
			}
		}
	}
}
