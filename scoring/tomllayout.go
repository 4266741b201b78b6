package scoring

import (
	"strings"
)

// layout is a profile file as written, line by line, for editing values in place: the table
// headers, and every key = value line with where its value is. It understands the layout
// EncodeProfile writes and the ways people write it by hand (comments anywhere, blank lines,
// indentation, quoted and dotted keys, any order); a file it does not understand (arrays, inline
// tables, multi-line strings) is not edited in place.
type layout struct {
	lines   []string // the file split at \n (a \r stays at the end of its line)
	crlf    bool     // the lines end with \r\n
	final   bool     // the file ends with a newline
	headers []header
	keys    []keyLine
}

// header is a table header line [a.b].
type header struct {
	line  int
	table string // normalized dotted name
}

// keyLine is a key = value line.
type keyLine struct {
	line     int
	header   string   // the table of the header above it ("" at the top)
	parts    []string // the key as written, split at dots and unquoted: ["first_language", "test"]
	indent   string
	from, to int // the value's bytes in the line
}

func (k *keyLine) path() string { return joinKey(k.header, strings.Join(k.parts, ".")) }

// readLayout reads the layout of a file; ok is false for a file it does not understand.
func readLayout(data []byte) (l *layout, ok bool) {
	s := string(data)
	l = &layout{final: strings.HasSuffix(s, "\n")}
	l.lines = strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	l.crlf = len(l.lines) > 0 && strings.HasSuffix(l.lines[0], "\r")
	table := ""
	for n, line := range l.lines {
		body := strings.TrimLeft(line, " \t")
		switch {
		case isBlankOrComment(body):
		case strings.HasPrefix(body, "[["):
			return nil, false
		case strings.HasPrefix(body, "["):
			parts, rest, ok := scanKey(body[1:], ']')
			if !ok || !isBlankOrComment(rest) {
				return nil, false
			}
			table = strings.Join(parts, ".")
			l.headers = append(l.headers, header{line: n, table: table})
		default:
			parts, rest, ok := scanKey(body, '=')
			if !ok {
				return nil, false
			}
			from := len(line) - len(rest)
			to, ok := scanValue(line, from)
			if !ok || !isBlankOrComment(line[to:]) {
				return nil, false
			}
			indent := line[:len(line)-len(body)]
			l.keys = append(l.keys, keyLine{line: n, header: table, parts: parts, indent: indent, from: skipSpace(line, from), to: to})
		}
	}
	return l, true
}

func isBlankOrComment(s string) bool {
	s = strings.TrimLeft(s, " \t\r")
	return s == "" || s[0] == '#'
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// scanKey reads a dotted key (bare or quoted parts) up to the byte end and returns its parts and
// what follows end.
func scanKey(s string, end byte) (parts []string, rest string, ok bool) {
	i := 0
	for {
		i = skipSpace(s, i)
		if i >= len(s) {
			return nil, "", false
		}
		var part string
		switch s[i] {
		case '"', '\'':
			j, lines := skipString([]byte(s), i)
			if lines > 0 || j >= len(s) || s[j] != s[i] || j == i {
				return nil, "", false
			}
			raw := s[i : j+1]
			if s[i] == '"' {
				var err error
				if part, err = unquoteBasic(raw); err != nil {
					return nil, "", false
				}
			} else {
				part = raw[1 : len(raw)-1]
			}
			i = j + 1
		default:
			j := i
			for j < len(s) && isBareKeyByte(s[j]) {
				j++
			}
			if j == i {
				return nil, "", false
			}
			part, i = s[i:j], j
		}
		parts = append(parts, part)
		i = skipSpace(s, i)
		switch {
		case i < len(s) && s[i] == '.':
			i++
		case i < len(s) && s[i] == end:
			return parts, s[i+1:], true
		default:
			return nil, "", false
		}
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// scanValue finds the end of the one-line scalar value (string, number, boolean or date) that
// starts at or after line[from]; ok is false for arrays, inline tables and multi-line strings.
func scanValue(line string, from int) (to int, ok bool) {
	i := skipSpace(line, from)
	if i >= len(line) {
		return 0, false
	}
	switch c := line[i]; c {
	case '[', '{':
		return 0, false
	case '"', '\'':
		if strings.HasPrefix(line[i:], strings.Repeat(string(c), 3)) {
			return 0, false
		}
		j, _ := skipString([]byte(line), i)
		if j >= len(line) || j == i || line[j] != c {
			return 0, false
		}
		return j + 1, true
	}
	j := i
	for j < len(line) && line[j] != ' ' && line[j] != '\t' && line[j] != '\r' && line[j] != '#' {
		j++
	}
	return j, true
}

// unquoteBasic reads a TOML basic string "..." (with its quotes) as the decoder does.
func unquoteBasic(raw string) (string, error) {
	var m map[string]string
	if _, err := decodeTOML("v = "+raw, &m); err != nil {
		return "", err
	}
	return m["v"], nil
}
