package scoring

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzProfileRoundTrip: any profile written, afresh or over any file (a profile file with any
// bytes put in at any place), reads back as the same profile; a file that already reads as the
// profile is kept byte for byte; a comment put in a file is kept.
func FuzzProfileRoundTrip(f *testing.F) {
	r := rulesOn(f, "2026-08-20")
	withJobs, err := os.ReadFile("../testdata/jobs/example2.toml")
	if err != nil {
		f.Fatal(err)
	}
	samples := append(sampleProfiles(f, r, 40), mustProfile(f, r, withRows), mustProfile(f, r, string(withJobs)), mustProfile(f, r, client))
	files := make([][]byte, len(samples)) // the files written over: as encoded, and client and the jobs example as a person wrote them
	for i := range samples {
		files[i] = EncodeProfile(&samples[i])
	}
	files[len(files)-2] = withJobs
	files[len(files)-1] = []byte(client)
	f.Add("Ada Lovelace", uint8(0), uint8(1), "# a note", uint16(0))
	f.Add("bell\a tab\v", uint8(3), uint8(3), "", uint16(5))
	f.Add("", uint8(7), uint8(2), "\n[applicant]\n", uint16(30))
	f.Add("é\x00\"\\", uint8(9), uint8(12), "x = 1\n", uint16(200))
	f.Add("\x1b[2J", uint8(11), uint8(0), "first_language = { test = \"ielts\" }\n", uint16(60))
	f.Add("Ada", uint8(40), uint8(40), "# another note", uint16(12))
	f.Add("Ada", uint8(2), uint8(40), "  teer = 3", uint16(9))
	f.Fuzz(func(t *testing.T, name string, pick, from uint8, junk string, at uint16) {
		p := samples[int(pick)%len(samples)]
		p.Name = strings.ToValidUTF8(name, string(utf8.RuneError))
		fresh := EncodeProfile(&p)
		if back, err := ReadProfile(r, "fresh.toml", fresh); err != nil || back != p {
			t.Fatalf("fresh: %v\n%s", err, fresh)
		}
		// Over another profile's file with junk put in at a line start.
		base := files[int(from)%len(files)]
		orig := insertAtLine(base, int(at), junk)
		out := EditProfile(orig, &p)
		back, err := ReadProfile(r, "edited.toml", out)
		if err != nil || back != p {
			t.Fatalf("edited: %v\norig:\n%s\nout:\n%s", err, orig, out)
		}
		if q, err := ReadProfile(r, "orig.toml", orig); err == nil && q == p && !bytes.Equal(out, orig) {
			t.Fatalf("a file that reads as the profile was changed:\n%s\nout:\n%s", orig, out)
		}
		if isPlainComment(junk) && !bytes.Equal(out, fresh) && !bytes.Contains(out, []byte(junk)) {
			t.Fatalf("the comment %q was lost:\n%s", junk, out)
		}
		// And over its own file with the junk: nothing is lost when nothing changed.
		own := insertAtLine(fresh, int(at), junk)
		if q, err := ReadProfile(r, "own.toml", own); err == nil && q == p {
			if got := EditProfile(own, &p); !bytes.Equal(got, own) {
				t.Fatalf("unchanged, yet rewritten:\n%s\nout:\n%s", own, got)
			}
		}
	})
}

// insertAtLine puts s (and a newline) before line n of data, or at the end.
func insertAtLine(data []byte, n int, s string) []byte {
	lines := strings.SplitAfter(string(data), "\n")
	n %= len(lines) + 1
	if n == len(lines) {
		return []byte(string(data) + s + "\n")
	}
	return []byte(strings.Join(lines[:n], "") + s + "\n" + strings.Join(lines[n:], ""))
}

// isPlainComment reports whether s is a whole comment line TOML reads as one.
func isPlainComment(s string) bool {
	if !strings.HasPrefix(s, "#") || !utf8.ValidString(s) {
		return false
	}
	for _, c := range s {
		if c < 0x20 && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}
