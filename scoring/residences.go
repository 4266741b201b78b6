package scoring

import (
	"bytes"
	"fmt"
	"strings"
	"time"
)

// Residence is one stay of a residence history, as [[applicant.residences]] and
// [[spouse.residences]] give it: the country lived in, from its first day to its last. The
// checklist after an ITA derives the police certificates from it.
type Residence struct {
	Country string    // the country or territory, in the person's words ("India", "United Kingdom")
	Start   time.Time // first day
	End     time.Time // last day; zero: still living there
}

// ResidenceList is a residence history of at most MaxResidences stays, held in place so that
// profiles stay values that can be compared with ==. All is the stays, in the order given; Len is
// how many there are.
type ResidenceList struct{ rowList[Residence] }

// Residences makes a list of stays; more than MaxResidences are cut to MaxResidences (ReadProfile
// refuses them).
func Residences(rs ...Residence) ResidenceList { return ResidenceList{newRowList(MaxResidences, rs)} }

// MaxResidences is how many stays one person's residence history may list: a fact of a profile's
// size, not a rule.
const MaxResidences = 16

// Name is the stay's number (from 1) and country, as errors and the checklist name it.
func (r *Residence) Name(i int) string { return fmt.Sprintf("residence %d (%s)", i+1, r.Country) }

// nameTold is Name as a Told, for errors in any language.
func (r *Residence) nameTold(i int) Told { return msg("err_residence_name", i+1, r.Country) }

// EndOr is the stay's last day, or day when the person still lives there.
func (r *Residence) EndOr(day time.Time) time.Time {
	if r.End.IsZero() {
		return day
	}
	return r.End
}

// InCanada reports whether the stay is in Canada, for which no police certificate is asked.
func (r *Residence) InCanada() bool { return strings.EqualFold(strings.TrimSpace(r.Country), "canada") }

var residenceKeys = []string{"country", "start", "end"}

// readResidences reads t's "residences" array of tables, if any: each stay with a country and a
// start, an end not before its start and not after today, not before birth (birth may be zero),
// at most one stay without an end, and no two stays overlapping (a move day may be the last day of
// one stay and the first of the next).
func readResidences(t *table, birth time.Time) ResidenceList {
	if !t.has("residences") {
		return ResidenceList{}
	}
	rows := t.rowsAtMost("residences", MaxResidences)
	rs := make([]Residence, 0, len(rows))
	for i, row := range rows {
		rs = append(rs, readResidence(row, i, birth))
	}
	checkResidenceOverlap(t, rs)
	return Residences(rs...)
}

// readResidence reads stay i (from 0) of a residence history.
func readResidence(row *table, i int, birth time.Time) Residence {
	raw, _ := row.get("country")
	r := Residence{Country: strings.TrimSpace(row.str("country", true, ""))}
	if _, isStr := raw.(string); isStr && r.Country == "" { // not a string: str said so
		row.d.add(row.key("country"), "err_residence_empty_country_territory", i+1)
	}
	name := r.nameTold(i)
	r.Start = row.date("start", true)
	r.End = row.date("end", false)
	day := today()
	switch {
	case !r.Start.IsZero() && r.Start.After(day):
		row.d.add(row.key("start"), "err_starts_on_after_today", name, r.Start.Format(time.DateOnly), day.Format(time.DateOnly))
	case !r.Start.IsZero() && !birth.IsZero() && r.Start.Before(birth):
		row.d.add(row.key("start"), "err_starts_on_before_birth", name, r.Start.Format(time.DateOnly), birth.Format(time.DateOnly))
	}
	switch {
	case !r.End.IsZero() && !r.Start.IsZero() && r.End.Before(r.Start):
		row.d.add(row.key("end"), "err_ends_on_before_starts", name, r.End.Format(time.DateOnly), r.Start.Format(time.DateOnly))
	case !r.End.IsZero() && r.End.After(day):
		row.d.add(row.key("end"), "err_ends_on_after_today", name, r.End.Format(time.DateOnly), day.Format(time.DateOnly))
	}
	row.done(residenceKeys...)
	return r
}

// checkResidenceOverlap reports stays that overlap (one person lives in one place at a time; the
// day of a move may end one stay and start the next) and more than one stay without an end.
func checkResidenceOverlap(t *table, rs []Residence) {
	current := -1
	for i := range rs {
		if rs[i].Start.IsZero() {
			continue
		}
		if rs[i].End.IsZero() {
			if current >= 0 {
				t.d.add(t.key("residences"), "err_both_have_no_end", rs[current].nameTold(current), rs[i].nameTold(i))
				return
			}
			current = i
		}
	}
	far := LatestDate
	for i := range rs {
		for k := i + 1; k < len(rs); k++ {
			a, b := &rs[i], &rs[k]
			if a.Start.IsZero() || b.Start.IsZero() {
				continue
			}
			// Overlap: each starts before the other ends (sharing only a move day is allowed).
			if a.Start.Before(b.EndOr(far)) && b.Start.Before(a.EndOr(far)) {
				t.d.add(t.key("residences"), "err_overlap_person_lives_one", a.nameTold(i), iso(a.Start), endText(a), b.nameTold(k), iso(b.Start), endText(b))
				return
			}
		}
	}
}

func endText(r *Residence) any {
	if r.End.IsZero() {
		return msg("err_now")
	}
	return iso(r.End)
}

// encodeResidences writes a residence history as [[table]] blocks, for EncodeProfile.
func encodeResidences(b *bytes.Buffer, table string, rs []Residence) {
	for i := range rs {
		r := &rs[i]
		b.WriteString("\n[[" + table + "]]\n")
		b.WriteString("country = " + tomlValue(r.Country) + "\n")
		b.WriteString("start = " + tomlValue(r.Start) + "\n")
		if !r.End.IsZero() {
			b.WriteString("end = " + tomlValue(r.End) + "\n")
		}
	}
}

// hasRows reports whether a profile holds any array of tables (jobs, residences, children), which
// EditProfile does not edit in place.
func (p *Profile) hasRows() bool {
	return p.Applicant.Jobs.Len() > 0 || p.Spouse.Jobs.Len() > 0 || p.Applicant.Residences.Len() > 0 ||
		p.Spouse.Residences.Len() > 0 || p.Children.Len() > 0
}

// takeSameRows reports whether the residences of tree's table person (and, for the top, the
// children) read as p's, and removes them from the tree so that the rest is compared key by key.
func takeSameRows(tree map[string]any, p *Profile) bool {
	same := func(m map[string]any, key, path string, want int, read func(row *table, i int) bool) bool {
		v, ok := m[key]
		if !ok {
			return want == 0
		}
		delete(m, key)
		rows, isRows := v.([]map[string]any)
		if !isRows || len(rows) != want {
			return false
		}
		d := &doc{}
		for i, r := range rows {
			row := &table{d: d, path: path, m: r, used: map[string]bool{}}
			if !read(row, i) || len(d.probs) > 0 {
				return false
			}
		}
		return true
	}
	residences := func(person string, l *ResidenceList) bool {
		t, _ := tree[person].(map[string]any)
		return same(t, "residences", person+".residences", l.Len(), func(row *table, i int) bool {
			return readResidence(row, i, time.Time{}) == l.All()[i]
		})
	}
	if !residences("applicant", &p.Applicant.Residences) || !residences("spouse", &p.Spouse.Residences) {
		return false
	}
	lo, hi := BirthDateRange(today())
	return same(tree, "children", "children", p.Children.Len(), func(row *table, i int) bool {
		c := Child{Name: row.str("name", false, ""), BirthDate: row.dateIn("birth_date", true, lo, hi, msg("err_what_birth_date"))}
		row.done(childKeys...)
		return c == p.Children.All()[i]
	})
}
