// Package safetext makes text that comes from outside the program (a profile file, a rules file,
// IRCC's rounds feed, a file name on the command line) safe to show on a terminal: control
// characters and bidirectional overrides are made visible instead of being obeyed.
//
// A terminal obeys what it is sent: ESC [ 2 J clears the screen, ESC [ 31 m paints text red, a C1
// CSI (U+009B) does the same in one character on some terminals, and U+202E (right-to-left
// override) shows the rest of a line backwards. A profile's name or a round's name must be shown as
// what it is, so each such character is written as the escape a programmer would type for it:
// `\x1b` for a C0 control or DEL, `\u009b` for a C1 control, `\u202e` for a bidirectional control.
//
// Why escapes rather than the Unicode control pictures (U+241B ␛): an escape names the exact
// character, so it can be searched for and fixed in the file; it needs no special font; and the
// same text is a valid escape inside a JSON string (see JSON), so a JSON value stays the same value.
// A literal backslash is left as it is (a Windows path must read as one), so the escapes are for
// reading, not for decoding back. Bytes that are not UTF-8 become U+FFFD, as encoding/json does.
package safetext

import "unicode/utf8"

// Unsafe reports whether a terminal could act on r instead of showing it: a C0 control (including
// newline and tab), DEL, a C1 control, the line and paragraph separators, or a bidirectional
// formatting character (embeddings, overrides, isolates and marks).
func Unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f:
		return true
	case 0x80 <= r && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f: // ALM, LRM, RLM
		return true
	case 0x2028 <= r && r <= 0x202e: // LS, PS, LRE, RLE, PDF, LRO, RLO
		return true
	case 0x2066 <= r && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	}
	return false
}

const hexDigits = "0123456789abcdef"

// appendEscape appends the visible form of r: \xHH below U+0080, \uHHHH from there.
func appendEscape(b []byte, r rune) []byte {
	if r < 0x80 {
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xf])
	}
	return append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// Clean returns s for showing on one line: every unsafe character (see Unsafe), newline and tab
// included, made visible as an escape, and bytes that are not UTF-8 replaced by U+FFFD. Text that
// needs no change is returned as it is, without copying.
func Clean(s string) string {
	return clean(s, false)
}

// CleanLines is Clean for text of several lines: newlines and tabs are kept, everything else
// unsafe is made visible.
func CleanLines(s string) string {
	return clean(s, true)
}

func clean(s string, keepLines bool) string {
	i := firstUnsafe(s, keepLines)
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+16)
	b = append(b, s[:i]...)
	return string(appendClean(b, s[i:], keepLines))
}

// text is what the cleaning functions read: a string, or bytes read in place (the Writer's).
type text interface{ ~string | ~[]byte }

// decode returns the first rune of s and its length, as utf8.DecodeRune does.
func decode[T text](s T) (rune, int) {
	switch v := any(s).(type) {
	case string:
		return utf8.DecodeRuneInString(v)
	case []byte:
		return utf8.DecodeRune(v)
	}
	return utf8.DecodeRuneInString(string(s))
}

// firstUnsafe returns the index of the first byte of s that needs changing, or len(s).
func firstUnsafe[T text](s T, keepLines bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, n := decode(s[i:])
		if r == utf8.RuneError && n == 1 || Unsafe(r) && !(keepLines && (r == '\n' || r == '\t')) {
			return i
		}
		i += n
	}
	return len(s)
}

// appendClean appends s to b with every unsafe character escaped and invalid bytes replaced.
func appendClean[T text](b []byte, s T, keepLines bool) []byte {
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = utf8.AppendRune(b, utf8.RuneError)
		case keepLines && (r == '\n' || r == '\t'):
			b = append(b, byte(r))
		case Unsafe(r):
			b = appendEscape(b, r)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// JSON makes encoded JSON safe for a terminal without changing what it means: encoding/json
// already escapes C0 controls and U+2028/U+2029 and replaces invalid UTF-8, but writes DEL, C1
// controls and bidirectional characters as they are; JSON writes each of those as \u00XX or
// \uXXXX, which is a valid JSON escape for the same character. (Outside strings, encoded JSON holds
// none of them.)
func JSON(b []byte) []byte {
	i := firstUnsafe(b, true)
	if i == len(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	out = append(out, b[:i]...)
	for s := b[i:]; len(s) > 0; {
		r, n := utf8.DecodeRune(s)
		switch {
		case r == utf8.RuneError && n == 1:
			out = utf8.AppendRune(out, utf8.RuneError)
		case r != '\n' && r != '\t' && Unsafe(r):
			out = append(out, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
		default:
			out = append(out, s[:n]...)
		}
		s = s[n:]
	}
	return out
}
