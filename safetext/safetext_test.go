package safetext

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanMakesControlsVisible(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Priya Sharma", "Priya Sharma"},
		{"José Núñez 李", "José Núñez 李"},
		{`C:\Users\priya`, `C:\Users\priya`},
		{"\x1b[2J\x1b[31mred", `\x1b[2J\x1b[31mred`},
		{"a\nb\tc\rd", `a\x0ab\x09c\x0dd`},
		{"bell\a nul\x00 del\x7f", `bell\x07 nul\x00 del\x7f`},
		{"csi\u009b31m nel\u0085", `csi\u009b31m nel\u0085`},
		{"abc\u202edcba", `abc\u202edcba`},
		{"\u2066iso\u2069 \u200f \u061c", `\u2066iso\u2069 \u200f \u061c`},
		{"line\u2028sep", `line\u2028sep`},
		{"bad \xff\xfe utf8", "bad \ufffd\ufffd utf8"},
		{"cut \xe2\x80", "cut \ufffd\ufffd"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanLinesKeepsNewlinesAndTabs(t *testing.T) {
	if got, want := CleanLines("a\n\tb\x1b[0m\r\n"), "a\n\tb\\x1b[0m\\x0d\n"; got != want {
		t.Errorf("CleanLines = %q, want %q", got, want)
	}
}

func TestWriterHoldsACharacterSplitAcrossWrites(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	rlo := []byte("x\u202ey é\n")
	for i := range rlo { // one byte at a time: every multi-byte character is split
		if n, err := w.Write(rlo[i : i+1]); n != 1 || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "x\\u202ey é\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	out.Reset()
	w.Write([]byte("end \xe2\x80"))
	w.Flush()
	if got, want := out.String(), "end \ufffd"; got != want {
		t.Errorf("an unfinished character at the end: got %q, want %q", got, want)
	}
}

func TestJSONKeepsTheValue(t *testing.T) {
	for _, s := range []string{"plain", "\x1b[2J", "del\x7f", "csi\u009b", "rlo\u202e", "\u2069", "ok é"} {
		enc, err := json.Marshal(map[string]string{"name": s})
		if err != nil {
			t.Fatal(err)
		}
		safe := JSON(enc)
		if i := strings.IndexFunc(string(safe), Unsafe); i >= 0 {
			t.Errorf("%q: %q still holds %q", s, safe, string(safe)[i:])
		}
		var back map[string]string
		if err := json.Unmarshal(safe, &back); err != nil || back["name"] != s {
			t.Errorf("%q: %s decodes to %q, %v", s, safe, back["name"], err)
		}
	}
}

// FuzzClean: whatever goes in, what comes out is valid UTF-8 with no character a terminal acts on,
// and text with none is left exactly as it was.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "Priya", "\x1b[2J\x1b[31m", "a\u202eb", "\xff", "\u009b", "é\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, got := range []string{Clean(s), CleanLines(s)} {
			if !utf8.ValidString(got) {
				t.Fatalf("%q: not UTF-8: %q", s, got)
			}
		}
		if i := strings.IndexFunc(Clean(s), Unsafe); i >= 0 {
			t.Fatalf("Clean(%q) = %q holds an unsafe character", s, Clean(s))
		}
		if i := strings.IndexFunc(CleanLines(s), func(r rune) bool { return Unsafe(r) && r != '\n' && r != '\t' }); i >= 0 {
			t.Fatalf("CleanLines(%q) holds an unsafe character", s)
		}
		if utf8.ValidString(s) && strings.IndexFunc(s, Unsafe) < 0 && Clean(s) != s {
			t.Fatalf("Clean(%q) = %q changed safe text", s, Clean(s))
		}
		var out bytes.Buffer
		w := NewWriter(&out)
		half := len(s) / 2
		w.Write([]byte(s[:half]))
		w.Write([]byte(s[half:]))
		w.Flush()
		if utf8.ValidString(s) && out.String() != CleanLines(s) {
			t.Fatalf("Writer in two writes = %q, CleanLines = %q", out.String(), CleanLines(s))
		}
	})
}

// BenchmarkCleanSafeText is the common case: a name with nothing to change, returned without copying.
func BenchmarkCleanSafeText(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Clean("French-Language proficiency 2026-Version 2 · José Núñez")
	}
}

// BenchmarkWriterReport is a score report's worth of lines through the command line's Writer.
func BenchmarkWriterReport(b *testing.B) {
	line := []byte("    Speaking CLB 9 ..................................................... 31\n")
	w := NewWriter(io.Discard)
	b.ReportAllocs()
	b.SetBytes(int64(len(line)) * 60)
	for b.Loop() {
		for range 60 {
			w.Write(line)
		}
	}
}
