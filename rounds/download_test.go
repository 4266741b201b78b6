package rounds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// tlsServer is a local HTTPS server on the loopback address, with options that trust it.
func tlsServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, DownloadOptions) {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	return srv, DownloadOptions{Transport: srv.Client().Transport, Timeout: 5 * time.Second}
}

func TestDownloadSendsAPlainGETAndReturnsTheBodyByteForByte(t *testing.T) {
	reqs := make(chan *http.Request, 1)
	srv, opt := tlsServer(t, func(w http.ResponseWriter, r *http.Request) {
		reqs <- r.Clone(context.Background())
		w.Write(embeddedJSON)
	})
	var last, total int64
	opt.Progress = func(done, all int64) { last, total = done, all }
	data, err := Download(context.Background(), srv.URL+"/ee_rounds_123_en.json", opt)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != string(embeddedJSON) {
		t.Errorf("got %d bytes, want the %d served", len(data), len(embeddedJSON))
	}
	got := <-reqs
	if got.Method != http.MethodGet || got.URL.RawQuery != "" || got.URL.Path != "/ee_rounds_123_en.json" {
		t.Errorf("request %s %s", got.Method, got.URL)
	}
	for _, h := range []string{"Cookie", "Authorization", "Referer"} {
		if got.Header.Get(h) != "" {
			t.Errorf("the request sent %s: %q", h, got.Header.Get(h))
		}
	}
	if last != int64(len(embeddedJSON)) || (total != -1 && total != last) {
		t.Errorf("progress ended at %d of %d, want %d", last, total, len(embeddedJSON))
	}
}

func TestDownloadRefusals(t *testing.T) {
	srv, opt := tlsServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/slow":
			<-r.Context().Done()
		case "/declared-large":
			w.Header().Set("Content-Length", "2048")
			w.Write([]byte("{"))
		case "/streamed-large":
			w.(http.Flusher).Flush() // chunked: no length said
			w.Write([]byte(strings.Repeat("x", 2048)))
		case "/to-http":
			http.Redirect(w, r, "http://"+r.Host+"/feed", http.StatusFound)
		default:
			w.Write([]byte("{}"))
		}
	})
	opt.limit = 1024
	for _, c := range []struct{ name, url, want string }{
		{"404", srv.URL + "/missing", "the server answered 404 Not Found"},
		{"declared too large", srv.URL + "/declared-large", "larger than 1 KiB: not an IRCC rounds feed"},
		{"streamed too large", srv.URL + "/streamed-large", "larger than 1 KiB: not an IRCC rounds feed"},
		{"redirect to http", srv.URL + "/to-http", "only https addresses are used"},
		{"plain http", strings.Replace(srv.URL, "https://", "http://", 1) + "/feed", "only https addresses are used"},
		{"not an address", "ee_rounds_123_en.json", "is not an address"},
	} {
		_, err := Download(context.Background(), c.url, opt)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	slow := opt
	slow.Timeout = 100 * time.Millisecond
	if _, err := Download(context.Background(), srv.URL+"/slow", slow); err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("timeout: error %v", err)
	}
}

func TestDownloadOfflineSendsNothing(t *testing.T) {
	asked := make(chan bool, 1)
	srv, opt := tlsServer(t, func(w http.ResponseWriter, r *http.Request) { asked <- true })
	t.Setenv(OfflineEnv, "1")
	if _, err := Download(context.Background(), srv.URL, opt); err != ErrOffline {
		t.Errorf("offline: error %v, want ErrOffline", err)
	}
	select {
	case <-asked:
		t.Error("a request reached the server while offline")
	default:
	}
}
