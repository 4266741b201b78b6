package scoring

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// boundedShapes are files of shapes that once took the TOML decoder or the error reporting time
// that grew faster than the file: nesting, many keys, one long value, many rows.
func boundedShapes() []struct{ name, src string } {
	const app = "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n"
	many := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i))
		}
		return b.String()
	}
	return []struct{ name, src string }{
		{"10,000 nested inline tables", "a = " + strings.Repeat("{b = ", 10_000) + "1" + strings.Repeat("}", 10_000) + "\n"},
		{"10,000 nested arrays", "a = " + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + "\n"},
		{"100,000 nested arrays, unclosed", "a = " + strings.Repeat("[", 100_000) + "\n"},
		{"20,000 unknown keys", app + many(20_000, func(i int) string { return fmt.Sprintf("k%d = %d\n", i, i) })},
		{"20,000 unknown tables", app + many(20_000, func(i int) string { return fmt.Sprintf("[t%d]\nx = 1\n", i) })},
		{"20,000 unknown dotted keys", app + many(20_000, func(i int) string { return fmt.Sprintf("a.b%d.c = 1\n", i) })},
		{"a key 10,000 dots deep", app + strings.Repeat("a.", 10_000) + "b = 1\n"},
		{"1 MB of one long string", "name = \"" + strings.Repeat("x", 1<<20-16) + "\"\n" + app},
		{"1 MB of comments", app + strings.Repeat("# note\n", (1<<20)/7)},
		{"20,000 rows", "x = [" + strings.Repeat("{ a = 1 }, ", 20_000) + "]\n" + app},
		{"20,000 bad rows in rules", "[crs.core.age]\nrows = [" + strings.Repeat("{ age = -1 }, ", 20_000) + "]\n"},
		{"20,000 bad language keys", "[applicant.first_language]\n" + many(20_000, func(i int) string { return fmt.Sprintf("l%d = 1\n", i) })},
	}
}

// A file of any shape is answered in time proportional to its size: here at most 2 ms of
// processor time per KB plus 100 ms (processor time, so that a busy machine does not make the test
// fail; the best of three tries), where the slow shapes took 15 to 30 s for 20 to 300 KB.
// Both readers share parseDoc. BenchmarkReadShapes gives the figures.
func TestAnyShapeIsReadInTimeProportionalToItsSize(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for _, c := range boundedShapes() {
		budget := 100*time.Millisecond + time.Duration(len(c.src)/1024)*2*time.Millisecond
		for _, read := range shapeReaders(r) {
			best := time.Duration(1 << 62)
			for try := 0; try < 3 && (try == 0 || best > budget && best < 10*budget); try++ {
				start := cpuTime()
				read.f([]byte(c.src))
				best = min(best, cpuTime()-start)
			}
			if best > budget {
				t.Errorf("%s as a %s file (%d KB): %v, over the budget of %v", c.name, read.what, len(c.src)/1024, best, budget)
			}
		}
	}
}

type shapeReader struct {
	what string
	f    func([]byte) error
}

func shapeReaders(r *Rules) []shapeReader {
	return []shapeReader{
		{"profile", func(b []byte) error { _, err := ReadProfile(r, "client.toml", b); return err }},
		{"rules", func(b []byte) error { _, err := LoadRules("rules.toml", b); return err }},
	}
}

// Nesting beyond the limit is refused before decoding, naming the line; the files themselves nest
// 3 deep at most, and strings and comments do not count.
func TestNestingIsRefusedBeforeDecodingNamingTheLine(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	deep := strings.Repeat("[", 33) + strings.Repeat("]", 33)
	for _, c := range []struct{ src, want string }{
		{"name = \"x\"\n\n[applicant]\nnotes = " + deep + "\n", "client.toml: line 4: arrays and inline tables nested more than 32 deep"},
		{"a = " + strings.Repeat("{b = ", 40) + "1" + strings.Repeat("}", 40) + "\n", "client.toml: line 1: arrays and inline tables nested more than 32 deep"},
		{"# note\n" + strings.Repeat("a.", 40) + "b = 1\n", "client.toml: line 2: a dotted key or table name with parts more than 32 deep"},
		{"[" + strings.Repeat("a.", 40) + "b]\n", "client.toml: line 1: a dotted key or table name with parts more than 32 deep"},
		{"[[" + strings.Repeat("a.", 40) + "b]]\n", "client.toml: line 1: a dotted key or table name with parts more than 32 deep"},
		{"x = [\n" + strings.Repeat("[\n", 40), "client.toml: line 33: arrays and inline tables nested more than 32 deep"},
	} {
		_, err := ReadProfile(r, "client.toml", []byte(c.src))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%.40q: got %v\nwant %s", c.src, err, c.want)
		}
	}
	// Brackets, braces and dots inside strings and comments are not nesting.
	ok := "name = \"" + deep + strings.Repeat("{.", 40) + "\" # " + deep + "\n" +
		"[applicant] # [[[[\nage = 30\nmarital_status = 'single" + deep + "'\neducation = \"\"\"\n" + deep + "\"\"\"\n"
	if err := checkNesting("client.toml", []byte(ok)); err != nil {
		t.Errorf("strings and comments counted: %v", err)
	}
	if err := checkNesting("rules.toml", rulesData); err != nil {
		t.Errorf("rules.toml refused: %v", err)
	}
}

// Past maxProblems, problems are counted, not listed.
func TestThousandsOfProblemsListTheFirstAndCountTheRest(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	var b strings.Builder
	b.WriteString("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n")
	for i := range 500 {
		fmt.Fprintf(&b, "k%03d = 1\n", i)
	}
	_, err := ReadProfile(r, "client.toml", []byte(b.String()))
	ps, ok := err.(Problems)
	if !ok || len(ps) != maxProblems+1 {
		t.Fatalf("got %d problems, want %d listed and a count: %v", len(ps), maxProblems, err)
	}
	if ps[0].Line != 5 || ps[0].Key != "applicant.k000" || ps[99].Line != 104 {
		t.Errorf("first %+v, 100th %+v: want lines 5 and 104", ps[0], ps[99])
	}
	if last := ps[maxProblems].Error(); last != "client.toml: and 400 more problems (only the first 100 are listed)" {
		t.Errorf("last: %s", last)
	}
}

// BenchmarkReadShapes reads each bounded shape as a profile file (see boundedShapes).
func BenchmarkReadShapes(b *testing.B) {
	r := rulesOn(b, "2026-08-20")
	for _, c := range boundedShapes() {
		data := []byte(c.src)
		b.Run(strings.ReplaceAll(c.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = ReadProfile(r, "client.toml", data)
			}
		})
	}
}

// BenchmarkCheckNesting is the guard alone on rules.toml.
func BenchmarkCheckNesting(b *testing.B) {
	defaultRules(b)
	b.SetBytes(int64(len(rulesData)))
	for b.Loop() {
		_ = checkNesting("rules.toml", rulesData)
	}
}
