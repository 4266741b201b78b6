package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/rounds"
	"github.com/eewizard/eewizard/scoring"
)

// The planner's text (`eewizard improve`) in any language: the changes' titles and the timeline's
// days as the planner told them (Change.Told, TimelineEvent.Told), the rest from improve.toml.

// Improve writes the planner's findings: today's total, every single change that raises it with
// its gain, new total and the --set line that replays it, the plan for the target, and the days in
// the next months on which the score changes by itself; with st, first where the score stands
// against IRCC's rounds.
func Improve(w io.Writer, file string, p *scoring.Plan, st *Standing) {
	ImproveFeed(w, file, p, st, nil)
}

// ImproveFeed is Improve with, under each day of the timeline that opens a kind of round (a
// program or a category met from it), the latest cut-offs of those rounds in feed.
func ImproveFeed(w io.Writer, file string, p *scoring.Plan, st *Standing, feed *rounds.Feed) {
	ImproveFeedIn(w, i18n.For(i18n.En), file, p, st, feed)
}

// ImproveFeedIn is ImproveFeed in lang's language.
func ImproveFeedIn(w io.Writer, lang *i18n.Printer, file string, p *scoring.Plan, st *Standing, feed *rounds.Feed) {
	head := lang.T("imp_head", i18n.Args{"File": file, "Total": lang.Count(p.Total), "Date": lang.Date(p.Day)})
	fmt.Fprintf(w, "%s\n%s\n\n", head, strings.Repeat("=", len([]rune(head))))
	if st != nil {
		WriteStandingIn(w, lang, st)
		fmt.Fprintln(w)
	}
	writeSuggestions(w, lang, p)
	if t := p.Target; t != nil {
		writePlan(w, lang, p.Total, t)
	}
	writeTimeline(w, lang, p, feed)
}

// writeSuggestions writes the changes that raise the score, one at a time.
func writeSuggestions(w io.Writer, lang *i18n.Printer, p *scoring.Plan) {
	fmt.Fprintln(w, lang.T("imp_changes_head", nil))
	if len(p.Suggestions) == 0 {
		fmt.Fprintln(w, "  "+lang.T("imp_changes_none", nil))
	}
	for i := range p.Suggestions {
		s := &p.Suggestions[i]
		lead := fmt.Sprintf("  %6s %5s  ", plusIn(lang, s.Gain), lang.Count(s.Total))
		wrapped(w, lead, lang.Fields(ChangeTitleIn(lang, &s.Change)))
		wrapped(w, strings.Repeat(" ", len([]rune(lead))), setFlags(s.Change.Set))
	}
	if len(p.Suggestions) > 0 {
		fmt.Fprintln(w, "  "+lang.T("imp_changes_replay", nil))
	}
	for _, s := range p.Suggestions {
		if strings.HasSuffix(s.Change.Group, "_work") {
			wrapped(w, "  ", lang.Fields(lang.T("imp_work_note", nil)))
			if strings.HasPrefix(s.Change.Title, "Keep working") {
				wrapped(w, "  ", lang.Fields(lang.T("imp_keep_note", nil)))
			}
			break
		}
	}
}

// writeTimeline writes the days in the next months on which the score changes by itself, each
// with the rounds it opens in feed.
func writeTimeline(w io.Writer, lang *i18n.Printer, p *scoring.Plan, feed *rounds.Feed) {
	fmt.Fprintln(w)
	fmt.Fprintln(w, lang.T("imp_timeline_head", i18n.Args{"Months": scoring.TimelineMonths}))
	if len(p.Timeline) == 0 {
		fmt.Fprintln(w, "  "+lang.T("imp_timeline_none", i18n.Args{"Date": lang.Date(p.Day.AddDate(0, scoring.TimelineMonths, 0))}))
	}
	// French dates are of different widths ("1er mai 2027"): the column is the widest's.
	width := 0
	for i := range p.Timeline {
		width = max(width, len([]rune(lang.Date(p.Timeline[i].Date))))
	}
	keeps := false
	for i := range p.Timeline {
		e := &p.Timeline[i]
		lead := fmt.Sprintf("  %s %5s %5s  ", pad(lang.Date(e.Date), width), lang.Count(e.Total), plusIn(lang, e.Delta))
		wrapped(w, lead, lang.Fields(TimelineWhatIn(lang, e)))
		for _, k := range EventRounds(feed, e) {
			wrapped(w, strings.Repeat(" ", len([]rune(lead)))+"→ ", lang.Fields(RoundsWordsIn(lang, k)))
		}
		keeps = keeps || e.KeepsWorking
	}
	if keeps {
		wrapped(w, "  ", lang.Fields(lang.T("imp_keeps_note", nil)))
	}
}

// TimelineWhatIn is a day of the timeline's What in lang's language: what the planner told of
// each of its parts, joined as What joins them ("; ").
func TimelineWhatIn(lang *i18n.Printer, e *scoring.TimelineEvent) string {
	if lang.Lang() == i18n.En || len(e.Told) == 0 {
		return e.What
	}
	parts := make([]string, len(e.Told))
	for i, t := range e.Told {
		parts[i] = ToldIn(lang, t)
	}
	// French writes each part from a lower-case letter, as after "; ", and the day's first
	// with a capital.
	s := strings.Join(parts, lang.T("wi_sep", nil))
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// PlanTitlesIn are a plan's changes in lang's language (TargetPlan.Titles in English).
func PlanTitlesIn(lang *i18n.Printer, t *scoring.TargetPlan) []string {
	out := make([]string, len(t.Changes))
	for i := range t.Changes {
		out[i] = ChangeTitleIn(lang, &t.Changes[i])
	}
	return out
}

// RoundsWordsIn says the rounds of a kind in a sentence: "CEC rounds: the last 3 cut-offs
// 515-547 (newest 2026-07-08)".
func RoundsWordsIn(lang *i18n.Printer, k ImproveRounds) string {
	title := k.Title
	if cat, err := rounds.ParseCategory(k.Category); err == nil {
		title = cat.TitleIn(lang)
	}
	args := i18n.Args{"Title": title, "N": k.Rounds, "Low": lang.Count(k.Low), "High": lang.Count(k.High), "Newest": dateIn(lang, k.Newest)}
	switch {
	case k.Rounds == 0:
		return lang.T("imp_rounds_none", args)
	case k.Rounds == 1:
		return lang.T("imp_rounds_one", args)
	case k.Low == k.High:
		return lang.T("imp_rounds_same", args)
	}
	return lang.T("imp_rounds_range", args)
}

// PlanLinesIn are what the plan for a target says of itself, in lang's language: whether the
// profile can enter the kind of round (with an Entry), and what the plan reaches; today is
// today's total.
func PlanLinesIn(lang *i18n.Printer, today int, t *scoring.TargetPlan) []string {
	e := t.Entry
	n := len(t.Changes)
	args := i18n.Args{"Target": lang.Count(t.Target), "Today": lang.Count(today), "Total": lang.Count(t.Total),
		"Short": lang.Count(t.Short()), "Gain": plusIn(lang, t.Gain), "Changes": lang.N("imp_changes", n, nil)}
	var say []string
	if e != nil {
		words := e.WordsIn(lang)
		args["Need"], args["Missing"], args["Unchecked"] = words.Need, t.MissingTodayIn(lang), words.Unchecked
	}
	switch {
	case e != nil && t.MissingToday != "":
		say = append(say, lang.T("imp_plan_cannot_enter_yet", args))
	case e != nil:
		say = append(say, lang.T("imp_plan_can_enter", args))
	}
	if e != nil && e.Unchecked != "" {
		say = append(say, lang.T("imp_plan_unchecked", args))
	}
	// A plan that must first let the profile enter the rounds says it does.
	reached, out := "imp_plan_reached", "imp_plan_out"
	if e != nil && t.MissingToday != "" {
		reached, out = "imp_plan_entered_reached", "imp_plan_out_entering"
	}
	switch {
	case !t.Enters:
		say = append(say, lang.T("imp_plan_cannot_enter", nil))
	case t.Reached && n == 0:
		say = append(say, lang.T("imp_plan_already", args))
	case t.Reached:
		say = append(say, lang.T(reached, args))
	case n == 0:
		say = append(say, lang.T("imp_plan_out_none", args))
	default:
		say = append(say, lang.T(out, args))
	}
	return say
}

// writePlan writes the plan for a target: whether the profile can enter the kind of round (with
// --category), what the plan reaches, its changes and their --set lines.
func writePlan(w io.Writer, lang *i18n.Printer, today int, t *scoring.TargetPlan) {
	fmt.Fprintln(w)
	if e := t.Entry; e != nil {
		fmt.Fprintln(w, lang.T("imp_plan_for_in", i18n.Args{"Target": lang.Count(t.Target), "Name": e.WordsIn(lang).Name}))
	} else {
		fmt.Fprintln(w, lang.T("imp_plan_for", i18n.Args{"Target": lang.Count(t.Target)}))
	}
	for _, line := range PlanLinesIn(lang, today, t) {
		wrapped(w, "  ", lang.Fields(line))
	}
	for i, title := range PlanTitlesIn(lang, t) {
		wrapped(w, fmt.Sprintf("  %d. ", i+1), lang.Fields(title))
	}
	if len(t.Changes) > 0 {
		wrapped(w, "  ", setFlags(t.Set()))
	}
}

// plusIn is a gain or a loss, "+62", "−5", "0", with the numbers as lang writes them.
func plusIn(lang *i18n.Printer, n int) string { return lang.Plus(n) }
