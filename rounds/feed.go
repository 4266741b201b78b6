// Package rounds reads IRCC's Express Entry rounds of invitations: the feed IRCC publishes at
// https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json, embedded as the
// default and replaceable by a newer copy the user imports. It answers the questions a candidate
// asks of past rounds: what were the latest cut-offs in my category, in how many rounds would my
// score have been invited, and how many candidates in the pool score higher than me.
package rounds

import (
	"strings"
	"time"
)

// FileName is the name IRCC gives the feed, and the name of the user's copy in the data directory.
const FileName = "ee_rounds_123_en.json"

// Feed is a parsed rounds-of-invitations feed.
type Feed struct {
	// Rounds holds every round, newest first (by date, then by round number).
	Rounds []Round
	// Notes lists irregularities in the feed that Parse worked around, one line each naming the
	// round and the field (a tie-break without a year, a subtotal that disagrees with its rows).
	Notes []string
}

// Round is one round of invitations.
type Round struct {
	Number      string    `json:"number"`      // round number as IRCC gives it: "437", "91a"
	Date        time.Time `json:"date"`        // day of the round, midnight UTC
	Name        string    `json:"name"`        // round type in IRCC's words (drawName), control characters made visible
	Category    Category  `json:"category"`    // round type reduced to a Category
	Invitations int       `json:"invitations"` // invitations to apply issued (drawSize)
	CutOff      int       `json:"cutoff"`      // CRS score of the lowest-ranked candidate invited (drawCRS)

	// TieBreak is the tie-breaking rule: candidates at the cut-off score were invited if they
	// submitted their profile before this time (UTC). Valid only when HasTieBreak is true: IRCC
	// gave none before round 77, and once without a year.
	TieBreak    time.Time `json:"tie_break,omitzero"`
	HasTieBreak bool      `json:"-"`

	// Programs names the programs the round covered (drawText2), control characters made visible.
	Programs string `json:"programs"`

	// Distribution is the CRS score distribution of the whole pool that IRCC published with the
	// round. Valid only when HasDistribution is true.
	Distribution    Distribution `json:"distribution,omitzero"`
	HasDistribution bool         `json:"-"`

	num int // numeric part of Number, for ordering rounds on the same day
}

// Distribution is the CRS score distribution of the candidates in the Express Entry pool on a day.
type Distribution struct {
	AsOf  time.Time `json:"as_of"` // day the pool was counted (drawDistributionAsOn), midnight UTC
	Total int       `json:"total"` // candidates in the pool (dd18)
	// Buckets holds IRCC's score ranges, highest first, without overlap; their counts add up to Total.
	Buckets []Bucket `json:"buckets"`
}

// Bucket is one row of a Distribution: Count candidates score from Lo to Hi, both included.
type Bucket struct {
	Lo    int `json:"lo"`
	Hi    int `json:"hi"`
	Count int `json:"count"`
}

// Above returns the number of candidates in the pool who score higher than score. When score
// falls inside a bucket rather than at its top, the share of that bucket above score is estimated
// by spreading its candidates evenly over its scores, and approx is true.
func (d Distribution) Above(score int) (count int, approx bool) {
	for _, b := range d.Buckets {
		switch {
		case b.Lo > score:
			count += b.Count
		case b.Hi > score:
			// score is in [Lo, Hi): Hi-score of the bucket's width scores are higher.
			width := int64(b.Hi - b.Lo + 1)
			count += int((int64(b.Count)*int64(b.Hi-score) + width/2) / width)
			approx = true
		}
	}
	return count, approx
}

// Filter returns the rounds of category cat (All: every category) held on or after since (the zero
// time: since the first round), newest first. The slice is the caller's own (the rounds'
// distribution buckets are still shared with the feed); it is nil if no round matches.
func (f *Feed) Filter(cat Category, since time.Time) []Round {
	if f == nil {
		return nil
	}
	n := 0
	for i := range f.Rounds {
		r := &f.Rounds[i]
		if r.Date.Before(since) {
			break
		}
		if cat == All || r.Category == cat {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Round, 0, n)
	for i := range f.Rounds {
		r := &f.Rounds[i]
		if r.Date.Before(since) {
			break
		}
		if cat == All || r.Category == cat {
			out = append(out, *r)
		}
	}
	return out
}

// Latest returns the n newest rounds of category cat (All: every category), newest first; fewer if
// the feed has fewer, nil if n <= 0 or none matches.
func (f *Feed) Latest(cat Category, n int) []Round {
	if f == nil || n <= 0 {
		return nil
	}
	var out []Round
	for i := range f.Rounds {
		if cat != All && f.Rounds[i].Category != cat {
			continue
		}
		if out == nil {
			out = make([]Round, 0, min(n, len(f.Rounds)-i))
		}
		out = append(out, f.Rounds[i])
		if len(out) == n {
			break
		}
	}
	return out
}

// Find returns the round with the given number ("437", "91a"; case and surrounding spaces ignored).
func (f *Feed) Find(number string) (Round, bool) {
	if f == nil {
		return Round{}, false
	}
	number = strings.TrimSpace(number)
	for i := range f.Rounds {
		if strings.EqualFold(f.Rounds[i].Number, number) {
			return f.Rounds[i], true
		}
	}
	return Round{}, false
}

// LatestDistribution returns the pool's score distribution published with the newest round that
// has one.
func (f *Feed) LatestDistribution() (Distribution, bool) {
	if f == nil {
		return Distribution{}, false
	}
	for i := range f.Rounds {
		if f.Rounds[i].HasDistribution {
			return f.Rounds[i].Distribution, true
		}
	}
	return Distribution{}, false
}

// InvitedIn returns how many of rounds a candidate with this CRS score would have been invited in,
// going by the cut-off alone: the rounds whose CutOff is at most score. (A candidate exactly at the
// cut-off was invited only if their profile also met the round's tie-break.)
func InvitedIn(rounds []Round, score int) int {
	n := 0
	for i := range rounds {
		if rounds[i].CutOff <= score {
			n++
		}
	}
	return n
}

// newest returns the newest round of f, or the zero Round for an empty feed.
func (f *Feed) newest() Round {
	if f == nil || len(f.Rounds) == 0 {
		return Round{}
	}
	return f.Rounds[0]
}

// behind reports whether feed a is older than feed b. IRCC numbers its rounds in order, so the
// round numbers decide, not the dates (a date can be mistyped, or made up, as in a feed with a
// round in 2099): a is behind when its highest round number is lower than b's, or when it is the
// same but a holds fewer rounds (rounds are missing from it).
func behind(a, b *Feed) bool {
	if a == nil || b == nil {
		return a == nil && b != nil
	}
	na, nb := a.highest(), b.highest()
	return na < nb || na == nb && len(a.Rounds) < len(b.Rounds)
}

// highest returns the highest round number in f (its numeric part: 91 for "91b"), or -1.
func (f *Feed) highest() int {
	if f == nil || len(f.Rounds) == 0 {
		return -1
	}
	return f.last().num
}

// last returns the round of f with the highest number (the newest by date among equals), or the
// zero Round for an empty feed.
func (f *Feed) last() Round {
	if f == nil || len(f.Rounds) == 0 {
		return Round{}
	}
	out := f.Rounds[0]
	for _, r := range f.Rounds[1:] {
		if r.num > out.num {
			out = r
		}
	}
	return out
}
