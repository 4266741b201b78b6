package scoring

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/eewizard/eewizard/safetext"
)

// Problem is one thing wrong in a rules or profile file: where it is and what is allowed. Its
// Error has control characters made visible (safetext), as the key and the file name come from
// outside.
type Problem struct {
	File string // file name as given by the caller
	Line int    // 1-based line, 0 when unknown
	Key  string // dotted key, "" for the whole file
	Msg  string // what is wrong and what is allowed
	More int    // for the last entry of a long list: how many more problems it stands for
	// Told is Msg as a message of errors.toml with its arguments, for ErrorIn (errors_lang.go);
	// zero for a problem made with Msg alone, which ErrorIn writes as Msg.
	Told Told
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ": line %d", p.Line)
	}
	if p.Key != "" {
		b.WriteString(": ")
		b.WriteString(p.Key)
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	return safetext.Clean(b.String()) // a key or a file name may hold control characters
}

// Problems is every problem found in one file, in the order of the file.
type Problems []Problem

// Count is how many problems ps holds: each one listed, and those counted beyond them.
func (ps Problems) Count() int {
	n := 0
	for _, p := range ps {
		n += max(1, p.More)
	}
	return n
}

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return strings.Join(s, "\n")
}

// doc is a TOML file being read into typed values. It remembers which keys were read so that the
// rest can be reported as unknown, and finds the line of any key for error messages.
type doc struct {
	file  string
	lines []string
	probs Problems
	more  int        // problems found beyond maxProblems, counted but not listed
	idx   *lineIndex // built at the first lineOf
}

// maxProblems is how many problems of one file are listed; the rest are counted. A file with
// thousands of wrong keys is answered at once, and its first problems say what is wrong.
const maxProblems = 100

// parseDoc decodes TOML text into a generic tree. Syntax errors carry the line. Nesting deeper than
// maxNesting is refused before decoding, as the decoder's time and memory grow with its square.
func parseDoc(file string, data []byte) (*doc, map[string]any, error) {
	if err := checkNesting(file, data); err != nil {
		return nil, nil, err
	}
	d := &doc{file: file, lines: strings.Split(string(data), "\n")}
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, nil, Problems{Problem{File: file, Line: pe.Position.Line}.says("err_toml_syntax", pe.Message)}
		}
		return nil, nil, Problems{Problem{File: file}.says("err_toml_syntax", err.Error())}
	}
	return d, m, nil
}

func (d *doc) err() error {
	if len(d.probs) == 0 {
		return nil
	}
	sort.SliceStable(d.probs, func(i, j int) bool {
		li, lj := d.probs[i].Line, d.probs[j].Line
		if li == 0 || lj == 0 {
			return false
		}
		return li < lj
	})
	if d.more > 0 {
		return append(d.probs, Problem{File: d.file, More: d.more}.says("err_more_problems", d.more, maxProblems))
	}
	return d.probs
}

// full reports whether maxProblems are listed already: a further problem is only counted.
func (d *doc) full() bool { return len(d.probs) >= maxProblems }

// addf notes a problem at key in English only (its Msg; ErrorIn writes it as it is): for the
// readers whose words are not in the catalogue yet.
func (d *doc) addf(key string, format string, args ...any) {
	if d.full() {
		d.more++
		return
	}
	d.probs = append(d.probs, Problem{File: d.file, Line: d.lineOf(key), Key: key, Msg: fmt.Sprintf(format, args...)})
}

// add notes a problem at key: message id of errors.toml with its arguments (see tell).
func (d *doc) add(key string, id string, args ...any) {
	if d.full() {
		d.more++
		return
	}
	d.probs = append(d.probs, Problem{File: d.file, Line: d.lineOf(key), Key: key}.says(id, args...))
}

// table is one TOML table of a doc, with the keys read from it so far.
type table struct {
	d    *doc
	path string
	m    map[string]any
	used map[string]bool
}

func (d *doc) root(m map[string]any) *table {
	return &table{d: d, m: m, used: map[string]bool{}}
}

func (t *table) key(k string) string {
	if t.path == "" {
		return k
	}
	return t.path + "." + k
}

func (t *table) has(k string) bool {
	_, ok := t.m[k]
	return ok
}

func (t *table) get(k string) (any, bool) {
	v, ok := t.m[k]
	if ok {
		t.used[k] = true
	}
	return v, ok
}

// sub returns the sub-table k; missing is reported when required, and an absent table reads as empty.
func (t *table) sub(k string, required bool) *table {
	v, ok := t.get(k)
	st := &table{d: t.d, path: t.key(k), m: map[string]any{}, used: map[string]bool{}}
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing_table", t.key(k))
		}
		return st
	}
	m, isMap := v.(map[string]any)
	if !isMap {
		t.d.add(t.key(k), "err_table_got", fileValue{v})
		return st
	}
	st.m = m
	return st
}

// done reports every key of the table that was not read, suggesting the nearest allowed key.
func (t *table) done(allowed ...string) {
	var unknown []string
	for k := range t.m {
		if !t.used[k] {
			unknown = append(unknown, k)
		}
	}
	// In the order of the file (then of the name), so that those listed are the first it holds.
	lines := make(map[string]int, len(unknown))
	for _, k := range unknown {
		lines[k] = t.d.lineOf(t.key(k))
	}
	sort.Slice(unknown, func(i, j int) bool {
		li, lj := lines[unknown[i]], lines[unknown[j]]
		if li != lj {
			return li < lj
		}
		return unknown[i] < unknown[j]
	})
	for _, k := range unknown {
		if t.d.full() {
			t.d.more++
			continue
		}
		switch s := nearest(k, allowed); {
		case s != "":
			t.d.add(t.key(k), "err_unknown_key_mean", k, s)
		case len(allowed) > 0:
			t.d.add(t.key(k), "err_unknown_key_allowed", k, strings.Join(allowed, ", "))
		default:
			t.d.add(t.key(k), "err_unknown_key", k)
		}
	}
}

func (t *table) str(k string, required bool, def string) string {
	v, ok := t.get(k)
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing")
		}
		return def
	}
	s, isStr := v.(string)
	if !isStr {
		t.d.add(t.key(k), "err_string_quotes_got", fileValue{v})
		return def
	}
	return s
}

// enum reads a string that must be one of names; it returns the index or def.
func (t *table) enum(k string, required bool, def int, names []string) int {
	v, ok := t.get(k)
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing_one", strings.Join(names, ", "))
		}
		return def
	}
	s, isStr := v.(string)
	if isStr {
		for i, n := range names {
			if n == s {
				return i
			}
		}
	}
	if n := nearest(s, names); isStr && n != "" {
		t.d.add(t.key(k), "err_want_one_of_mean", fileValue{v}, strings.Join(names, ", "), n)
		return def
	}
	t.d.add(t.key(k), "err_want_one_of", fileValue{v}, strings.Join(names, ", "))
	return def
}

func (t *table) boolean(k string, def bool) bool {
	v, ok := t.get(k)
	if !ok {
		return def
	}
	b, isBool := v.(bool)
	if !isBool {
		t.d.add(t.key(k), "err_true_false_got", fileValue{v})
		return def
	}
	return b
}

// integer reads a whole number in [lo, hi].
func (t *table) integer(k string, required bool, def, lo, hi int) int {
	v, ok := t.get(k)
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing_whole_number_from", lo, hi)
		}
		return def
	}
	n, isInt := v.(int64)
	if !isInt {
		t.d.add(t.key(k), "err_whole_number_from", fileValue{v}, lo, hi)
		return def
	}
	if n < int64(lo) || n > int64(hi) {
		t.d.add(t.key(k), "err_out_range_whole_number", n, lo, hi)
		return def
	}
	return int(n)
}

// number reads an integer or a float.
func (t *table) number(k string, required bool) (float64, bool) {
	v, ok := t.get(k)
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing_number")
		}
		return 0, false
	}
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		if math.IsNaN(n) || math.IsInf(n, 0) {
			t.d.add(t.key(k), "err_finite_number", n)
			return 0, false
		}
		return n, true
	}
	t.d.add(t.key(k), "err_number", fileValue{v})
	return 0, false
}

// array reads an array; want words what it should hold (msg("err_want_ints")) for the
// errors. It is nil, with the problem noted, when the array is missing (and required) or the value
// is not an array.
func (t *table) array(k string, required bool, want Told) ([]any, bool) {
	v, ok := t.get(k)
	if !ok {
		if required {
			t.d.add(t.key(k), "err_missing2", want)
		}
		return nil, false
	}
	arr, isArr := v.([]any)
	if !isArr {
		t.d.add(t.key(k), "err_value_want", fileValue{v}, want)
		return nil, false
	}
	return arr, true
}

// ints reads an array of whole numbers.
func (t *table) ints(k string, required bool) []int {
	arr, ok := t.array(k, required, msg("err_want_ints"))
	if !ok {
		return nil
	}
	out := make([]int, len(arr))
	for i, e := range arr {
		n, isInt := e.(int64)
		if !isInt {
			t.d.add(fmt.Sprintf("%s[%d]", t.key(k), i), "err_whole_number", fileValue{e})
			continue
		}
		out[i] = int(n)
	}
	return out
}

// rows reads an array of inline tables.
func (t *table) rows(k string) []*table {
	v, ok := t.get(k)
	if !ok {
		t.d.add(t.key(k), "err_missing_array_rows_like")
		return nil
	}
	var maps []map[string]any
	switch arr := v.(type) {
	case []map[string]any:
		maps = arr
	case []any:
		for i, e := range arr {
			m, isMap := e.(map[string]any)
			if !isMap {
				t.d.add(fmt.Sprintf("%s[%d]", t.key(k), i), "err_row", fileValue{e})
				return nil
			}
			maps = append(maps, m)
		}
	default:
		t.d.add(t.key(k), "err_array_rows_like", fileValue{v})
		return nil
	}
	out := make([]*table, len(maps))
	for i, m := range maps {
		out[i] = &table{d: t.d, path: fmt.Sprintf("%s[%d]", t.key(k), i), m: m, used: map[string]bool{}}
	}
	return out
}

// rowsAtMost is rows(k) for a profile's array of tables of at most limit rows (jobs, residences,
// children): more is an error naming how many (in k's words: "17 jobs: at most 16"), and only
// the first limit are read.
func (t *table) rowsAtMost(k string, limit int) []*table {
	rows := t.rows(k)
	if len(rows) > limit {
		t.d.add(t.key(k), "err_at_most", len(rows), k, limit)
		rows = rows[:limit]
	}
	return rows
}

// describe names a TOML value for an error message.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if math.Abs(x) >= 1e21 {
			s = strconv.FormatFloat(x, 'g', -1, 64) // 1e+300, not 300 digits
		}
		if !strings.ContainsAny(s, ".eEnN") {
			s += ".0" // 2.0 is not the whole number 2
		}
		return s
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		switch x.Location().String() {
		case tomlLocalDate:
			return "the date " + x.Format(time.DateOnly)
		case tomlLocalTime:
			return "the time of day " + x.Format(time.TimeOnly)
		case tomlLocalDateTime:
			return "the date-time " + x.Format("2006-01-02T15:04:05")
		}
		return "the date-time " + x.Format(time.RFC3339)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	}
	return fmt.Sprintf("%v", v)
}

// lineOf finds the line of a dotted key ("applicant.first_language.speaking", "crs.core.age.rows[3]")
// by reading the file as written: table headers, dotted keys and rows of inline tables. It returns 0
// when the key is not written in the file (a missing key), or its nearest written parent's line.
// The file is read once, at the first call (see lineIndex), so each call costs a map look-up.
func (d *doc) lineOf(key string) int {
	for key != "" {
		if n := d.findLine(key); n > 0 {
			return n
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			return 0
		}
		key = key[:i]
	}
	return 0
}

func (d *doc) findLine(key string) int {
	if d.idx == nil {
		d.idx = newLineIndex(d.lines)
	}
	if n, ok := d.idx.keys[key]; ok { // a key as written, or in the nth [[table]] of an array
		return n
	}
	// A row of an array of inline tables: find the array, then count rows.
	if i := strings.LastIndex(key, "["); i > 0 && strings.HasSuffix(key, "]") && !strings.Contains(key[i:], ".") {
		n, err := strconv.Atoi(key[i+1 : len(key)-1])
		if err != nil {
			return 0
		}
		start := d.findLine(key[:i])
		if start == 0 {
			return 0
		}
		return d.idx.rowLine(d.lines, start, n)
	}
	if strings.Contains(key, "[") {
		// A key inside a row: the row's line.
		i := strings.LastIndex(key, ".")
		if i < 0 {
			return 0
		}
		return d.findLine(key[:i])
	}
	return d.idx.keys[key]
}

func normKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}

func stripComment(l string) string {
	inStr := false
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '"':
			inStr = !inStr
		case '#':
			if !inStr {
				return l[:i]
			}
		}
	}
	return l
}

// nearest returns the allowed name closest to s when it is close enough to be a likely typo.
func nearest(s string, allowed []string) string {
	best, bestD := "", 1<<30
	for _, a := range allowed {
		if abs(len(s)-len(a)) > 4 {
			continue // at least that many edits: never close enough
		}
		if d := editDistance(s, a); d < bestD {
			best, bestD = a, d
		}
	}
	if bestD <= 2 || (bestD <= 4 && bestD*3 <= len(s)) {
		return best
	}
	return ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
