package rounds

import (
	"fmt"
	"strings"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/scoring"
)

// The texts of rounds in any language: each XIn(p) is X in p's language, and X itself is
// XIn(i18n.For(i18n.En)), or gives the same English bytes (the catalogue is i18n/messages/*/rounds.toml).

var en = i18n.For(i18n.En)

// TitleIn is the category in plain words in p's language: "Catégorie de l’expérience canadienne".
func (c Category) TitleIn(p *i18n.Printer) string {
	if c < numCategories {
		return p.T("rnd_kind_"+categoryNames[c], nil)
	}
	return c.String()
}

// StringIn is the judgement in a few words in p's language: "hors de cette version de la liste".
func (j Judged) StringIn(p *i18n.Printer) string {
	if int(j) < len(judgedKeys) {
		return p.T("rnd_judged_"+judgedKeys[j], nil)
	}
	return j.String()
}

// NotAssessedIn is NotAssessed in p's language.
func NotAssessedIn(p *i18n.Printer) string { return p.T("rnd_not_assessed", nil) }

// NoJobsNoteIn is NoJobsNote in p's language.
func NoJobsNoteIn(p *i18n.Printer) string { return p.T("rnd_no_jobs_note", nil) }

// VersionIn names a category version in p's language: "healthcare version 3" (as
// scoring.CategoryVersion.String), "liste santé, version 3".
func VersionIn(p *i18n.Printer, v *scoring.CategoryVersion) string {
	if p.Lang() == i18n.En {
		return v.String()
	}
	return p.T("rnd_version", i18n.Args{"List": listIn(p, v.ID), "Version": v.Version})
}

// listIn is a category id as a version's name says it: the id in English, the list's short name
// in French ("santé"); an id the catalogue does not know stays itself.
func listIn(p *i18n.Printer, id string) string {
	if p.Lang() == i18n.En || !p.Has("rnd_list_"+id) {
		return id
	}
	return p.T("rnd_list_"+id, nil)
}

// told is what a reason of rounds was said from, so that it is written in any language: a
// message of rounds.toml, or a category version's reasons (scoring.Said), after "not eligible
// for any program" when notInPool.
type told struct {
	id        string
	notInPool bool
	version   *scoring.CategoryVersion
	said      []scoring.Said
}

// in writes t in p's language; english is the text in English, which English gives back as is.
func (t *told) in(p *i18n.Printer, english string) string {
	if t == nil || p.Lang() == i18n.En {
		return english
	}
	if t.id != "" {
		return p.T(t.id, nil)
	}
	var parts []string
	if t.notInPool {
		parts = append(parts, p.T("rnd_not_eligible_any", nil))
	}
	for _, s := range t.said {
		parts = append(parts, s.ReasonIn(p, t.version, ""))
	}
	return strings.Join(parts, p.T("rnd_sep", nil))
}

// unmetSaid are the Said of res's reasons that are not met (res.Unmet), in order.
func unmetSaid(res *scoring.CategoryResult) []scoring.Said {
	var out []scoring.Said
	j := 0
	for i, why := range res.Reasons {
		if j < len(res.Unmet) && why == res.Unmet[j] && i < len(res.Said) {
			out = append(out, res.Said[i])
			j++
		}
	}
	return out
}

// ReasonIn is why the round is not Entered (Why) in p's language; "" when it is Entered.
func (v *Verdict) ReasonIn(p *i18n.Printer) string { return v.told.in(p, v.Why) }

// WhyIn is why the candidate could be invited in rounds of this kind (Why), or, for a category
// not met (CategoryKinds' unmet), what is missing, in p's language.
func (k *Kind) WhyIn(p *i18n.Printer) string { return k.told.in(p, k.Why) }

// StringIn says the group in plain words in p's language (String in English): "2 rondes sous
// la liste santé, version 1 : hors de cette version de la liste (...)".
func (e *Excluded) StringIn(p *i18n.Printer) string {
	n := p.N("rnd_rounds", e.Rounds, nil)
	why := e.told.in(p, e.Why)
	if len(e.Versions) == 0 {
		return p.T("rnd_excluded_unassessed", i18n.Args{"Rounds": n, "Why": why})
	}
	under := VersionIn(p, e.Versions[0])
	if len(e.Versions) > 1 {
		nums := make([]string, len(e.Versions))
		for i, v := range e.Versions {
			nums[i] = fmt.Sprint(v.Version)
		}
		under = p.T("rnd_versions", i18n.Args{"List": listIn(p, e.Versions[0].ID), "Versions": strings.Join(nums[:len(nums)-1], ", "),
			"Last": nums[len(nums)-1]})
	}
	return p.T("rnd_excluded", i18n.Args{"Rounds": n, "Under": under, "Judged": e.Judged.StringIn(p), "Why": why})
}

// CategoryNotesIn is CategoryNotes in p's language.
func CategoryNotesIn(p *i18n.Printer, r *scoring.Rules, a *scoring.Assessment) []string {
	var out, offList []string
	if !a.Work.FromJobs {
		out = append(out, NoJobsNoteIn(p))
	}
	if !a.EligibleAny() {
		return out
	}
	jobs := a.Jobs()
	_, unmet := CategoryKinds(r, a)
	for _, k := range unmet {
		name := fmt.Sprintf("%s (%s)", k.Category.TitleIn(p), VersionIn(p, k.Version))
		switch {
		case k.Version.Experience == nil:
			out = append(out, p.T("rnd_note_not_met", i18n.Args{"Name": name, "Why": k.WhyIn(p)}))
		case !a.Work.FromJobs:
		case !k.Version.ListsAny(jobs):
			offList = append(offList, name)
		default:
			out = append(out, p.T("rnd_note_not_met", i18n.Args{"Name": name, "Why": k.WhyIn(p)}))
		}
	}
	if len(offList) > 0 {
		out = append(out, p.T("rnd_note_off_list", i18n.Args{"Lists": strings.Join(offList, ", ")}))
	}
	return out
}

// StalenessIn is Staleness in p's language, the date as p writes dates.
func StalenessIn(p *i18n.Printer, f *Feed, today time.Time) string {
	if f == nil || len(f.Rounds) == 0 || today.IsZero() {
		return ""
	}
	end := f.newest().Date
	days := int(scoring.Day(today).Sub(end).Hours() / 24)
	if days <= StaleAfterDays {
		return ""
	}
	return p.T("rnd_stale", i18n.Args{"Date": p.Date(end), "Days": p.N("rnd_days", days, nil)})
}

// StringIn says what changed in p's language (String in English).
func (u Updated) StringIn(p *i18n.Printer) string {
	n := u.After.last()
	newest := p.T("rnd_updated_newest", i18n.Args{"Number": n.Number, "Date": p.Date(n.Date), "Name": n.NameIn(p), "CutOff": p.Count(n.CutOff)})
	if !behind(u.Before, u.After) {
		return p.T("rnd_updated_none", i18n.Args{"Rounds": p.N("rnd_rounds", len(u.After.Rounds), nil), "Newest": newest})
	}
	return p.T("rnd_updated", i18n.Args{"Before": p.Count(len(u.Before.Rounds)), "After": p.Count(len(u.After.Rounds)), "Newest": newest})
}

// ProgressWordsIn is ProgressWords in p's language: "120 Kio sur 764".
func ProgressWordsIn(p *i18n.Printer, done, total int64) string {
	if total > 0 {
		return p.T("rnd_progress_of", i18n.Args{"Done": p.Count(int(done >> 10)), "Total": p.Count(int(total >> 10))})
	}
	return p.T("rnd_progress", i18n.Args{"Done": p.Count(int(done >> 10))})
}

// SourceIn says where the feed in force came from (Load's source) in p's language: the user's
// copy is its path, the embedded feed is described again in p's words.
func SourceIn(p *i18n.Printer, source string) string {
	if p.Lang() == i18n.En {
		return source
	}
	emb, err := embedded()
	if err != nil {
		emb = &Feed{}
	}
	es := embeddedSource(emb)
	rest, ok := strings.CutPrefix(source, es)
	if !ok {
		return source
	}
	out := p.T("rnd_source_embedded_empty", nil)
	if len(emb.Rounds) > 0 {
		n := emb.newest()
		out = p.T("rnd_source_embedded", i18n.Args{"Number": n.Number, "Date": p.Date(n.Date)})
	}
	if path, ok := strings.CutPrefix(rest, ", newer than "); ok {
		return p.T("rnd_source_newer", i18n.Args{"Source": out, "Path": path})
	}
	return out + rest
}

// IsListNoteIn reports whether note, one of CategoryNotesIn(p, ...), is about the occupation
// lists as a whole: NoJobsNoteIn, or the note on the categories whose lists hold none of the jobs
// ("No job's occupation is on the list of ..."), which a text that lists those categories
// elsewhere may leave out.
func IsListNoteIn(p *i18n.Printer, note string) bool {
	head, _, _ := strings.Cut(p.T("rnd_note_off_list", i18n.Args{"Lists": "\x00"}), "\x00")
	return note == NoJobsNoteIn(p) || head != "" && strings.HasPrefix(note, head)
}
