package scoring

import (
	"bytes"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// EditProfile writes profile p over the profile file orig, keeping what a person wrote in it: every
// comment, blank line and indentation, the order of the keys and how each is written. Only what
// changed is touched: a changed value is replaced where it stands (its comment kept), a key that is
// no longer written (a test date removed, say) loses its line, and a new key goes into its table
// after the key that precedes it in EncodeProfile's order (a table that is not there yet is added
// where EncodeProfile would put it). A key left out of orig that p holds at the value its absence
// means stays left out. So an unchanged profile gives orig byte for byte.
//
// When orig already says p, it is returned as it is, whatever its shape. Otherwise, when orig is
// empty, or not a profile file this can edit (arrays, inline tables or multi-line strings, or TOML
// that does not decode), the result is EncodeProfile(p): the save never fails and never writes a
// file that reads differently. Reading the result back gives p.
func EditProfile(orig []byte, p *Profile) []byte {
	if rest, found := bytes.CutPrefix(orig, byteOrderMark); found && len(rest) > 0 {
		return append(append([]byte{}, byteOrderMark...), EditProfile(rest, p)...) // the mark stays
	}
	if p.hasRows() {
		return editWithJobs(orig, p)
	}
	if len(orig) == 0 || len(orig) > maxEditBytes || checkNesting("", orig) != nil {
		return EncodeProfile(p)
	}
	var tree map[string]any
	if _, err := decodeTOML(string(orig), &tree); err != nil {
		return EncodeProfile(p)
	}
	entries, tables := profileEntries(p)
	if sameProfileFile(orig, entries, tables) {
		return orig // nothing changed: the file as it is, whatever its shape
	}
	l, ok := readLayout(orig)
	if !ok {
		return EncodeProfile(p)
	}
	out := newEdit(l, tree, entries, tables).apply()
	if !sameProfileFile(out, entries, tables) {
		return EncodeProfile(p)
	}
	return out
}

// byteOrderMark is UTF-8's byte order mark, which some editors write at the start of a file.
var byteOrderMark = []byte("\ufeff")

// emptyMeansAbsent are the tables that ReadProfile reads the same empty as left out: an empty one a
// person wrote stays. Any other table the profile does not have is dropped with its header.
var emptyMeansAbsent = map[string]bool{"spouse": true}

// maxEditBytes is the largest file edited in place; profile files are read up to the same size.
const maxEditBytes = 1 << 20

func decodeTOML(s string, v any) (toml.MetaData, error) { return toml.Decode(s, v) }

// edit is the changes to a layout: lines replaced or dropped, and lines inserted before and after.
type edit struct {
	l       *layout
	tree    map[string]any
	entries []entry
	tables  []string
	replace map[int]string
	drop    map[int]bool
	before  map[int]*[]string // lines inserted before line n
	after   map[int]*[]string // lines inserted after line n
	tail    []string          // lines added at the end
	placed  map[string]place  // where each key of p is in the result: an original line or an insertion
}

// place is where a key is in the edited file: its original line, or its insertion.
type place struct {
	line   int // original line; -1 for an inserted one
	list   *[]string
	item   string // the inserted line
	indent string
	prefix string // the key's table relative to the header it is under, "" or "first_language."
}

func newEdit(l *layout, tree map[string]any, entries []entry, tables []string) *edit {
	return &edit{l: l, tree: tree, entries: entries, tables: tables, replace: map[int]string{}, drop: map[int]bool{},
		before: map[int]*[]string{}, after: map[int]*[]string{}, placed: map[string]place{}}
}

func (e *edit) apply() []byte {
	want := map[string]*entry{}
	for i := range e.entries {
		want[e.entries[i].path()] = &e.entries[i]
	}
	emptied := map[string]bool{} // headers whose every key is dropped
	kept := map[string]bool{}
	for _, k := range e.l.keys {
		en, isWanted := want[k.path()]
		if !isWanted {
			e.drop[k.line] = true
			emptied[k.header] = true
			continue
		}
		kept[k.header] = true
		line := e.l.lines[k.line]
		if !sameValue(lookup(e.tree, k.path()), en.val) {
			e.replace[k.line] = line[:k.from] + tomlValue(en.val) + line[k.to:]
		}
		prefix := ""
		if len(k.parts) > 1 {
			prefix = strings.Join(k.parts[:len(k.parts)-1], ".") + "."
		}
		e.placed[k.path()] = place{line: k.line, indent: k.indent, prefix: prefix}
	}
	wantTable := map[string]bool{}
	for _, t := range e.tables {
		wantTable[t] = true
	}
	for _, h := range e.l.headers {
		if !kept[h.table] && !wantTable[h.table] && (emptied[h.table] || !emptyMeansAbsent[h.table]) {
			e.drop[h.line] = true
		}
	}
	for i := range e.entries {
		en := &e.entries[i]
		if _, there := e.placed[en.path()]; there || (en.def != nil && sameValue(en.def, en.val)) {
			continue
		}
		e.insert(i)
	}
	return e.join()
}

// insert adds entry i after the nearest key of its table before it that is in the file, or before
// the nearest after it, or under its table's header, or in a new table.
func (e *edit) insert(i int) {
	en := &e.entries[i]
	for j := i - 1; j >= 0 && e.entries[j].table == en.table; j-- {
		if at, ok := e.placed[e.entries[j].path()]; ok {
			e.put(en, at, false)
			return
		}
	}
	for j := i + 1; j < len(e.entries) && e.entries[j].table == en.table; j++ {
		if at, ok := e.placed[e.entries[j].path()]; ok && at.line >= 0 {
			e.put(en, at, true)
			return
		}
	}
	for _, h := range e.l.headers {
		if h.table == en.table && !e.drop[h.line] {
			e.put(en, place{line: h.line}, false)
			return
		}
	}
	if en.table == "" { // the top table: before the first header
		at := place{line: len(e.l.lines)}
		if len(e.l.headers) > 0 {
			at.line = e.firstOfBlock(e.l.headers[0].line)
		}
		e.put(en, at, true)
		if list := e.before[at.line]; at.line < len(e.l.lines) {
			*list = append(*list, "")
		}
		return
	}
	e.newTable(en)
}

// put inserts en's line after (or before) the place at.
func (e *edit) put(en *entry, at place, before bool) {
	text := at.indent + at.prefix + en.key + " = " + tomlValue(en.val)
	list := at.list
	idx := -1
	if at.line >= 0 {
		m := e.after
		if before {
			m = e.before
		}
		if m[at.line] == nil {
			m[at.line] = &[]string{}
		}
		list = m[at.line]
	} else {
		for k, s := range *list {
			if s == at.item {
				idx = k
			}
		}
	}
	if idx < 0 {
		*list = append(*list, text)
	} else {
		*list = append((*list)[:idx+1], append([]string{text}, (*list)[idx+1:]...)...)
	}
	e.placed[en.path()] = place{line: -1, list: list, item: text, indent: at.indent, prefix: at.prefix}
}

// newTable adds [table] with en's line where EncodeProfile would put the table: before the header
// of the first table that comes after it, or at the end.
func (e *edit) newTable(en *entry) {
	order := map[string]int{}
	for k, t := range e.tables {
		order[t] = k
	}
	mine := order[en.table]
	var list *[]string
	for _, h := range e.l.headers {
		if k, known := order[h.table]; known && k > mine && !e.drop[h.line] && !strings.HasPrefix(h.table, en.table+".") {
			n := e.firstOfBlock(h.line)
			if e.before[n] == nil {
				e.before[n] = &[]string{}
			}
			list = e.before[n]
			*list = append(*list, "["+en.table+"]")
			e.put(en, place{line: -1, list: list, item: "[" + en.table + "]"}, false)
			*list = append(*list, "")
			return
		}
	}
	if len(e.tail) > 0 || len(e.l.lines) > 0 && strings.TrimSpace(e.l.lines[len(e.l.lines)-1]) != "" {
		e.tail = append(e.tail, "")
	}
	e.tail = append(e.tail, "["+en.table+"]")
	e.put(en, place{line: -1, list: &e.tail, item: "[" + en.table + "]"}, false)
}

// firstOfBlock is the first line of the comments directly above line n (n itself when none): a new
// table goes above the comments that belong to the header below it.
func (e *edit) firstOfBlock(n int) int {
	for n > 0 && !e.drop[n-1] && strings.HasPrefix(strings.TrimSpace(e.l.lines[n-1]), "#") {
		n--
	}
	return n
}

func (e *edit) join() []byte {
	eol := "\n"
	var out []string
	add := func(list *[]string) {
		if list == nil {
			return
		}
		for _, s := range *list {
			if e.l.crlf {
				s += "\r"
			}
			out = append(out, s)
		}
	}
	for n, line := range e.l.lines {
		add(e.before[n])
		if r, ok := e.replace[n]; ok {
			line = r
		}
		if !e.drop[n] {
			out = append(out, line)
		}
		add(e.after[n])
	}
	add(e.before[len(e.l.lines)])
	add(&e.tail)
	s := strings.Join(out, eol)
	if e.l.final || len(e.tail) > 0 || e.before[len(e.l.lines)] != nil {
		s += eol
	}
	return []byte(s)
}

// lookup finds a dotted key's value in a decoded tree (nil when absent).
func lookup(tree map[string]any, path string) any {
	parts := strings.Split(path, ".")
	cur := tree
	for _, p := range parts[:len(parts)-1] {
		next, ok := cur[p].(map[string]any)
		if !ok {
			return nil
		}
		cur = next
	}
	return cur[parts[len(parts)-1]]
}

// sameValue reports whether the decoded value got reads as the profile value want: a whole number
// for a score reads as the same number, a date must be a date with no time of day.
func sameValue(got, want any) bool {
	switch w := want.(type) {
	case float64:
		switch g := got.(type) {
		case float64:
			return g == w
		case int64:
			return float64(g) == w
		}
		return false
	case time.Time:
		g, ok := got.(time.Time)
		return ok && g.Hour() == 0 && g.Minute() == 0 && g.Second() == 0 && g.Nanosecond() == 0 &&
			g.Year() == w.Year() && g.Month() == w.Month() && g.Day() == w.Day()
	}
	return got == want
}

// sameProfileFile checks an edited file before it is written: it must decode, hold every key of
// the profile at its value (or leave it out where its absence means that value), and hold no other
// key, and no table the profile does not have unless it is empty and emptyMeansAbsent.
func sameProfileFile(out []byte, entries []entry, tables []string) bool {
	var tree map[string]any
	if _, err := decodeTOML(string(out), &tree); err != nil {
		return false
	}
	return sameProfileTree(tree, entries, tables)
}

// sameProfileTree is sameProfileFile on a decoded file.
func sameProfileTree(tree map[string]any, entries []entry, tables []string) bool {
	want := map[string]*entry{}
	for i := range entries {
		en := &entries[i]
		want[en.path()] = en
		got := lookup(tree, en.path())
		if got == nil && en.def != nil && sameValue(en.def, en.val) {
			continue
		}
		if !sameValue(got, en.val) {
			return false
		}
	}
	wantTable := map[string]bool{}
	for _, t := range tables {
		for t != "" {
			wantTable[t] = true
			t = t[:max(0, strings.LastIndex(t, "."))]
		}
	}
	var walk func(prefix string, m map[string]any) bool
	walk = func(prefix string, m map[string]any) bool {
		for k, v := range m {
			path := joinKey(prefix, k)
			sub, isTable := v.(map[string]any)
			switch {
			case !isTable:
				if want[path] == nil {
					return false
				}
			case !wantTable[path]:
				if len(sub) > 0 || !emptyMeansAbsent[path] {
					return false
				}
			default:
				if !walk(path, sub) {
					return false
				}
			}
		}
		return true
	}
	return walk("", tree)
}
