package rounds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/eewizard/eewizard/fsafe"
)

// FeedURL is where IRCC publishes the rounds-of-invitations feed that eewizard embeds.
const FeedURL = "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json"

// OfflineEnv names the environment variable that, set to 1, turns off the one use of the network
// in eewizard: downloading the feed.
const OfflineEnv = "EEWIZARD_OFFLINE"

// Offline reports whether EEWIZARD_OFFLINE=1 keeps eewizard off the network: Download refuses,
// and the wizard says the update is off before asking.
func Offline() bool { return os.Getenv(OfflineEnv) == "1" }

// ErrOffline is the refusal to download while EEWIZARD_OFFLINE=1.
var ErrOffline = tellErr("rnd_err_offline", nil)

// DownloadOptions tune Download; the zero value is what `eewizard draws update` uses.
type DownloadOptions struct {
	// Transport sends the request; nil is a copy of Go's default transport: the system's
	// certificates (SSL_CERT_FILE and SSL_CERT_DIR are honoured) and the proxy variables
	// (HTTPS_PROXY, NO_PROXY).
	Transport http.RoundTripper
	// Timeout bounds the whole download; 0 is two minutes.
	Timeout time.Duration
	// Progress, if set, is told how many bytes have arrived and how many are expected (-1 when the
	// server does not say), as they arrive.
	Progress func(done, total int64)

	limit int64 // the largest body taken; 0 is the limit of `draws import` (tests make it small)
}

// Download fetches the feed at rawURL (FeedURL when empty) and returns its bytes unparsed. It sends
// a plain GET for that address and nothing else: no cookie, no profile, nothing about the person.
// Only HTTPS is used: a plain-HTTP address, or a redirect to one, is refused. A response other
// than 200 OK, one larger than a feed can be (the limit of `draws import`), a timeout and
// EEWIZARD_OFFLINE=1 are errors that say so.
func Download(ctx context.Context, rawURL string, opt DownloadOptions) ([]byte, error) {
	if Offline() {
		return nil, ErrOffline
	}
	if rawURL == "" {
		rawURL = FeedURL
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, tellErr("rnd_err_not_address", map[string]any{"URL": strconv.Quote(rawURL)})
	}
	if u.Scheme != "https" {
		return nil, tellErr("rnd_err_https_only", map[string]any{"URL": rawURL})
	}
	client := newClient(opt)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "eewizard")
	resp, err := client.Do(req)
	if err != nil {
		return nil, downloadErr(rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, tellErr("rnd_err_status", map[string]any{"URL": rawURL, "Status": resp.Status})
	}
	limit := opt.limit
	if limit == 0 {
		limit = maxFeedBytes
	}
	if resp.ContentLength > limit {
		return nil, tooLarge(rawURL, limit)
	}
	body := io.Reader(io.LimitReader(resp.Body, limit+1))
	if opt.Progress != nil {
		body = &progressReader{r: body, total: resp.ContentLength, report: opt.Progress}
	}
	data, err := io.ReadAll(body)
	if err != nil {
		return nil, downloadErr(rawURL, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(rawURL, limit)
	}
	return data, nil
}

func tooLarge(rawURL string, limit int64) error {
	return tellErr("rnd_err_too_large", map[string]any{"URL": rawURL, "Size": fsafe.Size(limit)})
}

// newClient is the HTTP client of one download: its own timeout, and redirects followed only to
// HTTPS addresses, at most five.
func newClient(opt DownloadOptions) *http.Client {
	tr := opt.Transport
	if tr == nil {
		def := http.DefaultTransport.(*http.Transport).Clone()
		def.TLSHandshakeTimeout = 20 * time.Second
		def.ResponseHeaderTimeout = 30 * time.Second
		tr = def
	}
	timeout := opt.Timeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		Jar:       nil, // no cookies kept or sent
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if req.URL.Scheme != "https" {
				return tellErr("rnd_err_redirect_http", map[string]any{"URL": req.URL.Redacted()})
			}
			if len(via) >= 5 {
				return tellErr("rnd_err_redirects", nil)
			}
			return nil
		},
	}
}

// downloadErr words a failed request for a person: a timeout says it was one.
func downloadErr(rawURL string, err error) error {
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return tellErr("rnd_err_timeout", map[string]any{"URL": rawURL})
	}
	// url.Error repeats the method and address: keep its cause.
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("%s: %s", rawURL, strings.TrimSpace(err.Error()))
}

// ProgressWords says how much of a download has arrived, from what DownloadOptions.Progress is
// told: "120 of 764 KiB", or "120 KiB" when the server did not say how much to expect.
func ProgressWords(done, total int64) string { return ProgressWordsIn(en, done, total) }

// progressReader tells how much of the body has arrived after every read.
type progressReader struct {
	r      io.Reader
	done   int64
	total  int64
	report func(done, total int64)
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.done += int64(n)
		p.report(p.done, p.total)
	}
	return n, err
}
