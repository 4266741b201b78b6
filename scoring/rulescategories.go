package scoring

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/eewizard/eewizard/noc"
)

// CategoryIDs are the categories of category-based selection, as rules.toml names them (the same
// short names as the rounds' categories).
var CategoryIDs = []string{"french", "healthcare", "stem", "trades", "education", "transport", "agriculture",
	"physicians", "senior-managers", "researchers", "military"}

// CategoryVersion is one version of a category of category-based selection: its list of NOC 2021
// unit groups, its experience or language rule, its other conditions, and the names of the rounds
// of IRCC's feed (drawName) that use it.
type CategoryVersion struct {
	ID      string // one of CategoryIDs
	Version int
	Title   string // the category in IRCC's words
	From    time.Time
	Until   time.Time // the last day in force; zero: still in force
	Rounds  []string  // the drawNames that use this version, exactly as the feed spells them
	NOC     []string  // the listed unit groups, in rising order (Has relies on it); none for French

	// Experience is the work the category asks in one listed occupation; nil for a category
	// without an occupation list (French).
	Experience *CategoryExperience
	// FrenchNCLC is the NCLC level asked in all four abilities of a French test; 0 for none.
	FrenchNCLC int
	// Conditions are what else the category asks, in plain words.
	Conditions []string
}

// CategoryExperience is a category's work rule: Months of work in one listed occupation within the
// last WithinYears years, Continuous or not, in Canada only or in Canada or abroad.
type CategoryExperience struct {
	Months      int
	Continuous  bool
	WithinYears int
	CanadaOnly  bool
}

// Has reports whether the NOC 2021 unit group code is on the version's list.
func (v *CategoryVersion) Has(code string) bool {
	i := sort.SearchStrings(v.NOC, code)
	return i < len(v.NOC) && v.NOC[i] == code
}

// ListsAny reports whether the version lists the occupation of any of the jobs.
func (v *CategoryVersion) ListsAny(jobs []Job) bool {
	for i := range jobs {
		if v.Has(jobs[i].NOC) {
			return true
		}
	}
	return false
}

// InForce reports whether the version is in force on day.
func (v *CategoryVersion) InForce(day time.Time) bool {
	day = Day(day)
	return !day.Before(v.From) && (v.Until.IsZero() || !day.After(v.Until))
}

// String names the version for people: "healthcare version 3".
func (v *CategoryVersion) String() string { return fmt.Sprintf("%s version %d", v.ID, v.Version) }

// Dates are the version's dates for people: "2025-02-27 to 2026-02-17", "from 2026-02-18".
func (v *CategoryVersion) Dates() string {
	if v.Until.IsZero() {
		return "from " + v.From.Format(time.DateOnly)
	}
	return v.From.Format(time.DateOnly) + " to " + v.Until.Format(time.DateOnly)
}

// CategoryForRound returns the category version that claims the round name (IRCC's drawName,
// exactly), and false when no version does: such a round is not known to these rules, and is not
// assessed. No name is claimed by two versions (LoadRules refuses it).
func (r *Rules) CategoryForRound(name string) (*CategoryVersion, bool) {
	if r.categoryByRound != nil {
		i, ok := r.categoryByRound[name]
		if !ok {
			return nil, false
		}
		return &r.Categories[i], true
	}
	for i := range r.Categories {
		for _, n := range r.Categories[i].Rounds {
			if n == name {
				return &r.Categories[i], true
			}
		}
	}
	return nil, false
}

// CategoriesOn returns the category versions in force on day, at most one of each category, in
// the order of the rules file.
func (r *Rules) CategoriesOn(day time.Time) []CategoryVersion {
	var out []CategoryVersion
	for i := range r.Categories {
		if r.Categories[i].InForce(day) {
			out = append(out, r.Categories[i])
		}
	}
	return out
}

// readCategories reads [categories] and its [[categories.version]] tables, and checks them: every
// field present and in range, every code a NOC 2021 unit group, no round name claimed twice, and
// no two versions of one category in force on the same day.
func readCategories(t *table, r *Rules) {
	source(t, r)
	units, err := noc.Embedded()
	if err != nil {
		t.d.add(t.key("version"), "err_cannot_check_codes", err)
	}
	if !t.has("version") {
		t.d.add(t.key("version"), "err_missing_categories_version_table")
		t.done("source", "checked", "version")
		return
	}
	claims := map[string]int{} // round name -> index of the version that claims it
	for i, row := range t.rows("version") {
		v := readCategoryVersion(row, units)
		for j, name := range v.Rounds {
			if k, dup := claims[name]; dup {
				if k != i { // twice in one version is the version's own problem
					elemProblem(row, "rounds", j, "err_claimed_by_too_round", q(name), t.key("version"), k, &r.Categories[k])
				}
				continue
			}
			claims[name] = i
		}
		r.Categories = append(r.Categories, v)
	}
	t.done("source", "checked", "version")
	if len(r.Categories) > 0 {
		checkVersionDates(t, r.Categories)
	}
	r.categoryByRound = claims
}

var categoryVersionKeys = []string{"id", "version", "title", "from", "until", "rounds", "noc", "experience", "language", "conditions"}

// readCategoryVersion reads one [[categories.version]] table.
func readCategoryVersion(row *table, units *noc.Table) CategoryVersion {
	var v CategoryVersion
	if i := row.enum("id", true, -1, CategoryIDs); i >= 0 {
		v.ID = CategoryIDs[i]
	}
	v.Version = row.integer("version", true, 0, 1, 99)
	v.Title = textOf(row, "title")
	v.From = rulesDate(row, "from", true)
	v.Until = rulesDate(row, "until", false)
	if !v.Until.IsZero() && !v.From.IsZero() && v.Until.Before(v.From) {
		row.d.add(row.key("until"), "err_before_from", v.Until.Format(time.DateOnly), v.From.Format(time.DateOnly))
	}
	listed := map[string]bool{}
	v.Rounds = textsOf(row, "rounds", true, func(j int, name string) {
		switch {
		case strings.TrimSpace(name) == "":
			elemProblem(row, "rounds", j, "err_empty_round_name_drawname")
		case listed[name]:
			elemProblem(row, "rounds", j, "err_listed_twice", q(name))
		}
		listed[name] = true
	})
	if row.has("language") {
		l := row.sub("language", true)
		v.FrenchNCLC = l.integer("french_nclc", true, 0, 1, 12)
		l.done("french_nclc")
	}
	if row.has("experience") {
		v.Experience = readCategoryExperience(row.sub("experience", true))
	}
	if row.has("noc") {
		v.NOC = readCodes(row, units)
	}
	if row.has("conditions") {
		v.Conditions = textsOf(row, "conditions", true, func(j int, c string) {
			if strings.TrimSpace(c) == "" {
				elemProblem(row, "conditions", j, "err_empty_condition_what_category")
			}
		})
	}
	checkCategoryShape(row, &v)
	row.done(categoryVersionKeys...)
	return v
}

// checkCategoryShape checks that a version has the rules of its kind: a language rule for French,
// an occupation list with its experience rule for every other category.
func checkCategoryShape(row *table, v *CategoryVersion) {
	if v.ID == "french" {
		if !row.has("language") {
			row.d.add(row.key("language"), "err_missing_french_category_needs", "language = { french_nclc = N }")
		}
		for _, k := range []string{"noc", "experience"} {
			if row.has(k) {
				row.d.add(row.key(k), "err_french_category_has_no", k)
			}
		}
		return
	}
	if v.ID == "" {
		return // the id's own problem says it
	}
	if !row.has("noc") {
		row.d.add(row.key("noc"), "err_missing_category_needs_noc", v.ID)
	}
	if !row.has("experience") {
		row.d.add(row.key("experience"), "err_missing_category_needs_experience", v.ID)
	}
}

func readCategoryExperience(t *table) *CategoryExperience {
	e := &CategoryExperience{
		Months:      t.integer("months", true, 0, 1, 120),
		Continuous:  requiredBool(t, "continuous"),
		WithinYears: t.integer("within_years", true, 0, 1, 10),
		CanadaOnly:  requiredBool(t, "canada_only"),
	}
	t.done("months", "continuous", "within_years", "canada_only")
	return e
}

// requiredBool reads true or false, reporting a missing key.
func requiredBool(t *table, k string) bool {
	if !t.has(k) {
		t.d.add(t.key(k), "err_missing_true_false")
		return false
	}
	return t.boolean(k, false)
}

// readCodes reads a version's noc list: at least one code, each a NOC 2021 unit group, in rising
// order. An unknown code's error names the nearest unit groups.
func readCodes(row *table, units *noc.Table) []string {
	prev := ""
	codes := textsOf(row, "noc", true, func(j int, c string) {
		known := units == nil // without the table, only the shape is checked
		if !known {
			_, known = units.Lookup(c)
		}
		switch {
		case !noc.IsCode(c):
			elemProblem(row, "noc", j, "err_noc_2021_unit_group", q(c))
		case !known:
			elemProblem(row, "noc", j, "err_not_noc_2021_unit2", q(c), nearUnits(units, c))
		case prev != "" && c <= prev:
			elemProblem(row, "noc", j, "err_after_list_codes_rising", q(c), q(prev))
		}
		if known && noc.IsCode(c) {
			prev = c // an unknown code's own problem says it; the next is ordered against the last known
		}
	})
	if codes != nil && len(codes) == 0 {
		row.d.add(row.key("noc"), "err_empty_list_at_least")
	}
	return codes
}

// nearestUnits is nearUnits in English.
func nearestUnits(units *noc.Table, code string) string { return arg(english, nearUnits(units, code)) }

// nearUnits names the unit groups nearest an unknown code, for "did you mean".
func nearUnits(units *noc.Table, code string) any {
	near := units.Nearest(code, 3)
	if len(near) == 0 {
		return ""
	}
	names := make(nocNames, len(near))
	for i, u := range near {
		names[i] = u.Code
	}
	return msg("err_did_you_mean_nocs", names)
}

// checkVersionDates checks that the versions of one category are never in force on the same day,
// that each (id, version) is given once, and that version numbers rise with the dates.
func checkVersionDates(t *table, vs []CategoryVersion) {
	byID := map[string][]int{}
	seen := map[string]bool{}
	for i := range vs {
		v := &vs[i]
		if v.ID == "" || v.Version == 0 {
			continue // the id's or version's own problem says it
		}
		if seen[v.String()] {
			t.d.add(fmt.Sprintf("%s[%d].version", t.key("version"), i), "err_given_twice_each_version", v)
			continue
		}
		seen[v.String()] = true
		if !v.From.IsZero() {
			byID[v.ID] = append(byID[v.ID], i)
		}
	}
	for _, id := range CategoryIDs {
		idx := byID[id]
		sort.SliceStable(idx, func(a, b int) bool { return vs[idx[a]].From.Before(vs[idx[b]].From) })
		for k := 1; k < len(idx); k++ {
			prev, cur := &vs[idx[k-1]], &vs[idx[k]]
			key := fmt.Sprintf("%s[%d]", t.key("version"), idx[k])
			switch {
			case prev.Until.IsZero() || !prev.Until.Before(cur.From):
				t.d.add(key+".from", "err_overlaps_versions_one_category", cur, cur.Dates(), prev, prev.Dates(), prev, cur.From.Format(time.DateOnly))
			case cur.Version < prev.Version:
				t.d.add(key+".version", "err_starts_after_version_numbers", cur, prev)
			}
		}
	}
}

// textOf reads a string that must not be empty.
func textOf(t *table, k string) string {
	s := t.str(k, true, "")
	if t.has(k) && s == "" && !t.d.full() {
		if _, isStr := t.m[k].(string); isStr {
			t.d.add(t.key(k), "err_empty_words", k)
		}
	}
	return s
}

// textsOf reads an array of strings, calling check on each string element (an element that is
// not a string is reported, and reads as ""); nil when the array is missing or not an array.
func textsOf(t *table, k string, required bool, check func(j int, s string)) []string {
	arr, ok := t.array(k, required, msg("err_want_strings"))
	if !ok {
		return nil
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, isStr := e.(string)
		if isStr {
			check(i, s)
		} else {
			elemProblem(t, k, i, "err_string_quotes", fileValue{e})
		}
		out = append(out, s)
	}
	return out
}

// elemProblem reports a problem with element i of the array k of t, on the element's own line.
func elemProblem(t *table, k string, i int, id string, args ...any) {
	d := t.d
	key := fmt.Sprintf("%s[%d]", t.key(k), i)
	if d.full() {
		d.more++
		return
	}
	line := d.lineOf(key)
	if start := d.lineOf(t.key(k)); start > 0 {
		line = elemLine(d.lines, start, i)
	}
	d.probs = append(d.probs, Problem{File: d.file, Line: line, Key: key}.says(id, args...))
}

// elemLine is the line of element i (0-based) of the array of plain values whose key is on line
// start: the line where its (i+1)th value begins, counting strings, numbers and booleans after the
// = outside comments. It is the key's line when the element is not found.
func elemLine(lines []string, start, i int) int {
	n := 0
	for ln := start - 1; ln < len(lines); ln++ {
		l := stripComment(lines[ln])
		if ln == start-1 {
			j := strings.Index(l, "=")
			if j < 0 {
				return start
			}
			l = l[j+1:]
		}
		for p := 0; p < len(l); p++ {
			c := l[p]
			switch {
			case c == '"' || c == '\'':
				if n == i {
					return ln + 1
				}
				n++
				end, _ := skipString([]byte(l), p)
				p = end
			case c == ']' && n <= i:
				return start
			case c != ' ' && c != '\t' && c != ',' && c != '[':
				if n == i {
					return ln + 1
				}
				n++
				for p+1 < len(l) && l[p+1] != ',' && l[p+1] != ']' {
					p++
				}
			}
		}
	}
	return start
}
