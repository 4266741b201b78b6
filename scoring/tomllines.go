package scoring

import (
	"fmt"
	"sort"
	"strings"
)

// maxNesting is how deep arrays and inline tables may be inside one another in a profile or rules
// file, and how many parts a dotted key or table name may have. The deepest either format uses is 3
// (rows = [{ ... }] in a table, crs.core.age); beyond this the TOML decoder's time and memory grow
// with the square of the depth (10,000 levels took 30 s and 4 GB, a key 10,000 dots long 15 s).
const maxNesting = 32

// checkNesting refuses TOML text whose arrays and inline tables nest deeper than maxNesting, or
// whose dotted keys or table names have more parts, naming the line where the limit is passed. It
// is one pass over the bytes that counts [ and { and the dots of keys outside strings and comments;
// it checks nothing else, leaving the syntax to the decoder.
func checkNesting(file string, data []byte) error {
	var open []byte // the [ and { of values not yet closed
	keyPos := true  // reading a key or a table header's name, where a dot adds a part
	header := false // reading a table header's name
	parts, line := 1, 1
	refuse := func(what string) error {
		return Problems{{File: file, Line: line, Msg: fmt.Sprintf("%s more than %d deep: a profile or rules file needs at most 3", what, maxNesting)}}
	}
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			line++
			if len(open) == 0 { // a new line of keys
				keyPos, header, parts = true, false, 1
			}
		case '#':
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end, lines := skipString(data, i)
			i, line = end, line+lines
		case '=':
			keyPos = false
		case '.':
			if keyPos {
				if parts++; parts > maxNesting {
					return refuse("a dotted key or table name with parts")
				}
			}
		case '[', '{':
			if len(open) == 0 && keyPos && !header && c == '[' { // a table header [a.b] or [[a.b]]
				header = true
				if i+1 < len(data) && data[i+1] == '[' {
					i++
				}
				continue
			}
			if open = append(open, c); len(open) > maxNesting {
				return refuse("arrays and inline tables nested")
			}
			keyPos, parts = c == '{', 1
		case ',':
			if len(open) > 0 && open[len(open)-1] == '{' {
				keyPos, parts = true, 1
			}
		case ']', '}':
			if header && len(open) == 0 {
				header, keyPos = false, false
				continue
			}
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			keyPos = false
		}
	}
	return nil
}

// skipString returns the index of the last byte of the TOML string that starts at data[i] (basic
// "...", literal '...', or either multi-line form) and the newlines inside it. An unterminated
// single-line string ends at the end of its line, a multi-line one at the end of the data.
func skipString(data []byte, i int) (end, lines int) {
	q := data[i]
	if i+2 < len(data) && data[i+1] == q && data[i+2] == q {
		for j := i + 3; j < len(data); j++ {
			switch {
			case data[j] == '\n':
				lines++
			case data[j] == '\\' && q == '"':
				if j+1 < len(data) && data[j+1] == '\n' {
					lines++
				}
				j++
			case data[j] == q && j+2 < len(data) && data[j+1] == q && data[j+2] == q:
				j += 2
				for j+1 < len(data) && data[j+1] == q { // up to two quotes of content before the end
					j++
				}
				return j, lines
			}
		}
		return len(data) - 1, lines
	}
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\n':
			return j - 1, 0
		case '\\':
			if q == '"' {
				j++
			}
		case q:
			return j, 0
		}
	}
	return len(data) - 1, 0
}

// lineIndex is a file's lines as lineOf reads them, found in one pass: the first line of each
// dotted key and table header (the nth [[name]] table and its keys as name[n] and name[n].key),
// and the count of { on each line for finding rows of an array.
type lineIndex struct {
	keys   map[string]int // dotted key -> 1-based line of its first appearance
	braces []int          // braces[i]: the { before line i (0-based), outside comments
}

func newLineIndex(lines []string) *lineIndex {
	x := &lineIndex{keys: map[string]int{}, braces: make([]int, len(lines)+1)}
	header := ""
	tables := map[string]int{} // [[name]] headers seen so far, by name
	for ln, raw := range lines {
		stripped := stripComment(raw)
		x.braces[ln+1] = x.braces[ln] + strings.Count(stripped, "{")
		l := strings.TrimSpace(stripped)
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "[") {
			header = normKey(strings.Trim(l, "[] "))
			x.add(header, ln+1)
			if strings.HasPrefix(l, "[[") { // an array of tables: its keys are name[n].key
				n := tables[header]
				tables[header]++
				header = fmt.Sprintf("%s[%d]", header, n)
				x.add(header, ln+1)
			}
			continue
		}
		eq := strings.Index(l, "=")
		if eq <= 0 {
			continue
		}
		full := normKey(l[:eq])
		if header != "" {
			full = header + "." + full
		}
		x.add(full, ln+1)
	}
	return x
}

func (x *lineIndex) add(key string, line int) {
	if _, seen := x.keys[key]; !seen {
		x.keys[key] = line
	}
}

// rowLine is the line of row n (0-based) of the array whose key is on line start: the line of the
// array's (n+1)th {, counting from after the = on the key's line.
func (x *lineIndex) rowLine(lines []string, start, n int) int {
	first := lines[start-1]
	if j := strings.Index(first, "="); j >= 0 {
		first = first[j+1:]
	}
	onFirst := strings.Count(stripComment(first), "{")
	// rows(ln) is the number of { from the array's start up to the end of line ln (0-based).
	rows := func(ln int) int { return onFirst + x.braces[ln+1] - x.braces[start] }
	ln := start - 1 + sort.Search(len(lines)-(start-1), func(k int) bool { return rows(start-1+k) > n })
	if ln >= len(lines) {
		return 0
	}
	return ln + 1
}
