package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// ImproveSuggestion is one change that raises the score, in JSON.
type ImproveSuggestion struct {
	Title string   `json:"title"`
	Gain  int      `json:"gain"`
	Total int      `json:"total"`
	Set   []string `json:"set"`
	Most  bool     `json:"most,omitempty"` // the change of its kind that gains the most
}

// ImproveEntry is what the plan's kind of round asks besides the score, in JSON.
type ImproveEntry struct {
	Category  string `json:"category"`
	Name      string `json:"name"`
	Need      string `json:"need"`
	Missing   string `json:"missing_today"` // "" when today's profile can enter
	Enters    bool   `json:"enters"`        // the plan's profile can enter
	Unchecked string `json:"unchecked,omitempty"`
}

// ImprovePlan is the plan for a target score, in JSON.
type ImprovePlan struct {
	Target  int      `json:"target"`
	Reached bool     `json:"reached"`
	Set     []string `json:"set"`
	Gain    int      `json:"gain"`
	Total   int      `json:"total"`
	Titles  []string `json:"titles"`
	Steps   int      `json:"steps"`
	// Entry is the kind of round the plan must also enter (improve --category); null otherwise.
	Entry *ImproveEntry `json:"entry"`
}

// ImproveEvent is a day the score changes by itself, in JSON.
type ImproveEvent struct {
	Date    string          `json:"date"`
	What    string          `json:"what"`
	Total   int             `json:"total"`
	Delta   int             `json:"delta"`
	Reasons []ImproveReason `json:"reasons"`
	// KeepsWorking: the day assumes the person keeps working the same hours in the jobs held.
	KeepsWorking bool `json:"keeps_working,omitempty"`
	// Rounds are the kinds of round a program or category met from the day invites in, with
	// their latest cut-offs (when the rounds are known).
	Rounds []ImproveRounds `json:"rounds,omitempty"`
}

// ImproveReason is one cause of a day of the timeline, in JSON (scoring.TimelineReason).
type ImproveReason struct {
	Kind     string `json:"kind"`
	Program  string `json:"program,omitempty"`
	Category string `json:"category,omitempty"`
	Version  int    `json:"version,omitempty"`
	Met      bool   `json:"met,omitempty"`
}

// ImproveRounds are the latest rounds of a kind a day of the timeline opens, in JSON.
type ImproveRounds struct {
	Category string `json:"category"` // the kind of round (rounds.Category short name)
	Title    string `json:"title"`
	Rounds   int    `json:"rounds"` // how many of the latest rounds the cut-offs are of (0: none held)
	Low      int    `json:"lowest_cutoff,omitempty"`
	High     int    `json:"highest_cutoff,omitempty"`
	Newest   string `json:"newest,omitempty"` // the date of the newest of them
}

// TimelineRounds is how many of the latest rounds of a kind a day of the timeline names.
const TimelineRounds = 3

// EventRounds are the kinds of round that each program or category met from e's day invites in,
// with the cut-offs of their TimelineRounds latest rounds in feed (nil feed: none).
func EventRounds(feed *rounds.Feed, e *scoring.TimelineEvent) []ImproveRounds {
	if feed == nil {
		return nil
	}
	var out []ImproveRounds
	for _, r := range e.Reasons {
		name := r.Program
		if r.Kind == scoring.TimelineCategory {
			name = r.Category
		}
		if !r.Met || name == "" {
			continue
		}
		cat, err := rounds.ParseCategory(name)
		if err != nil || cat == rounds.All {
			continue
		}
		k := ImproveRounds{Category: cat.String(), Title: cat.Title()}
		for i, rd := range feed.Latest(cat, TimelineRounds) {
			if i == 0 {
				k.Low, k.High, k.Newest = rd.CutOff, rd.CutOff, rd.Date.Format("2006-01-02")
			}
			k.Low, k.High = min(k.Low, rd.CutOff), max(k.High, rd.CutOff)
			k.Rounds++
		}
		out = append(out, k)
	}
	return out
}

// ImproveJSON is `eewizard improve --json`. Plan is null without --target.
type ImproveJSON struct {
	File        string              `json:"file"`
	Date        string              `json:"date"`
	Total       int                 `json:"total"`
	Suggestions []ImproveSuggestion `json:"suggestions"`
	Plan        *ImprovePlan        `json:"plan"`
	Timeline    []ImproveEvent      `json:"timeline"`
	Standing    *Standing           `json:"standing,omitempty"`
}

// NewImprove converts the planner's findings for JSON.
func NewImprove(file string, p *scoring.Plan) ImproveJSON { return NewImproveFeed(file, p, nil) }

// NewImproveFeed is NewImprove with the rounds of feed named on the days of the timeline that
// open them (EventRounds).
func NewImproveFeed(file string, p *scoring.Plan, feed *rounds.Feed) ImproveJSON {
	out := ImproveJSON{File: file, Date: p.Day.Format("2006-01-02"), Total: p.Total,
		Suggestions: []ImproveSuggestion{}, Timeline: []ImproveEvent{}}
	for _, s := range p.Suggestions {
		out.Suggestions = append(out.Suggestions, ImproveSuggestion{Title: s.Change.Title, Gain: s.Gain, Total: s.Total,
			Set: append([]string{}, s.Change.Set...), Most: s.Most})
	}
	if t := p.Target; t != nil {
		out.Plan = &ImprovePlan{Target: t.Target, Reached: t.Reached, Set: append([]string{}, t.Set()...), Gain: t.Gain,
			Total: t.Total, Titles: append([]string{}, t.Titles()...), Steps: t.Steps}
		if e := t.Entry; e != nil {
			out.Plan.Entry = &ImproveEntry{Category: e.Key, Name: e.Name, Need: e.Need, Missing: t.MissingToday, Enters: t.Enters,
				Unchecked: e.Unchecked}
		}
	}
	for i := range p.Timeline {
		e := &p.Timeline[i]
		ev := ImproveEvent{Date: e.Date.Format("2006-01-02"), What: e.What, Total: e.Total, Delta: e.Delta,
			Reasons: []ImproveReason{}, KeepsWorking: e.KeepsWorking, Rounds: EventRounds(feed, e)}
		for _, r := range e.Reasons {
			ev.Reasons = append(ev.Reasons, ImproveReason{Kind: r.Kind, Program: r.Program, Category: r.Category, Version: r.Version, Met: r.Met})
		}
		out.Timeline = append(out.Timeline, ev)
	}
	return out
}

// setFlags are the --set flags that replay assignments, each quoted for a POSIX shell when needed.
func setFlags(sets []string) []string {
	out := make([]string, len(sets))
	for i, s := range sets {
		out[i] = "--set " + shellQuote(s)
	}
	return out
}

func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._=-+:,/", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// wrapped writes words after lead, wrapped to Width (a word longer than the room gets a line of
// its own), continuation lines under the first word.
func wrapped(w io.Writer, lead string, words []string) {
	indent := strings.Repeat(" ", len([]rune(lead)))
	room := max(Width-len([]rune(lead)), 20)
	line := lead
	n := 0
	for _, word := range words {
		if n > 0 && n+1+len([]rune(word)) > room {
			fmt.Fprintln(w, line)
			line, n = indent, 0
		}
		if n > 0 {
			line += " "
			n++
		}
		line += word
		n += len([]rune(word))
	}
	fmt.Fprintln(w, line)
}
