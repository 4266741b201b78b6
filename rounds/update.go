package rounds

import (
	"context"
	"time"
)

// Updated is what `draws update` changed: the feed in force before and after (After is the one
// now stored in the data directory, which Load gives from now on).
type Updated struct {
	Before, After *Feed
	URL           string // where the feed came from
}

// Update downloads IRCC's feed from rawURL (FeedURL when empty) and imports it into dataDir through
// exactly the checks of Import: anything refused (HTTP status, timeout, size, not a feed, a round
// after today, older than the feed in force) leaves the stored copy byte for byte as it was.
func Update(ctx context.Context, rawURL, dataDir string, today time.Time, opt DownloadOptions) (Updated, error) {
	if rawURL == "" {
		rawURL = FeedURL
	}
	data, err := Download(ctx, rawURL, opt)
	if err != nil {
		return Updated{}, tellErr("rnd_err_update_refused", map[string]any{"Cause": err})
	}
	after, before, err := importData(data, rawURL, dataDir, today)
	if err != nil {
		return Updated{}, err
	}
	return Updated{Before: before, After: after, URL: rawURL}, nil
}

// String says what changed, for a person: "rounds 438 -> 452, newest 452 on 2026-11-26 (Canadian
// Experience Class, cut-off 512)", or that the feed had no new round.
func (u Updated) String() string { return u.StringIn(en) }

// StaleAfterDays is how old the newest round may be before the data is said to be old: IRCC has
// held rounds every few weeks, so three weeks without one in the data means the data is behind.
const StaleAfterDays = 21

// Staleness says, briefly, that the rounds data is old and how to fix it, when the newest round of
// f is more than StaleAfterDays before today: "rounds data ends 2026-08-19 (104 days ago): eewizard
// draws update". It is empty when the data is recent.
func Staleness(f *Feed, today time.Time) string { return StalenessIn(en, f, today) }
