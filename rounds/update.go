package rounds

import (
	"context"
	"fmt"
	"time"

	"github.com/eewizard/eewizard/plural"
	"github.com/eewizard/eewizard/scoring"
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
		return Updated{}, fmt.Errorf("update refused, the feed in force is unchanged: %w", err)
	}
	after, before, err := importData(data, rawURL, dataDir, today)
	if err != nil {
		return Updated{}, err
	}
	return Updated{Before: before, After: after, URL: rawURL}, nil
}

// String says what changed, for a person: "rounds 438 -> 452, newest 452 on 2026-11-26 (Canadian
// Experience Class, cut-off 512)", or that the feed had no new round.
func (u Updated) String() string {
	n := u.After.last()
	newest := fmt.Sprintf("newest %s on %s (%s, cut-off %d)", n.Number, n.Date.Format(time.DateOnly), n.Name, n.CutOff)
	if !behind(u.Before, u.After) {
		return fmt.Sprintf("no new rounds: %s, %s", plural.Count(len(u.After.Rounds), "round", "rounds"), newest)
	}
	return fmt.Sprintf("rounds %d -> %d, %s", len(u.Before.Rounds), len(u.After.Rounds), newest)
}

// StaleAfterDays is how old the newest round may be before the data is said to be old: IRCC has
// held rounds every few weeks, so three weeks without one in the data means the data is behind.
const StaleAfterDays = 21

// Staleness says, briefly, that the rounds data is old and how to fix it, when the newest round of
// f is more than StaleAfterDays before today: "rounds data ends 2026-08-19 (104 days ago): eewizard
// draws update". It is empty when the data is recent.
func Staleness(f *Feed, today time.Time) string {
	if f == nil || len(f.Rounds) == 0 || today.IsZero() {
		return ""
	}
	end := f.newest().Date
	day := scoring.Day(today)
	days := int(day.Sub(end).Hours() / 24)
	if days <= StaleAfterDays {
		return ""
	}
	return fmt.Sprintf("rounds data ends %s (%s ago): eewizard draws update", end.Format(time.DateOnly), plural.Count(days, "day", "days"))
}
