package scoring

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// client is a profile file as a consultant keeps it: notes everywhere, keys in their own order,
// defaults left out, a dotted key, odd spacing.
const client = `# Client: Ada Lovelace — first meeting 2026-05-02
# Keep this file private.

name = "Ada Lovelace"   # as on the passport

[applicant]
# born in London
birth_date = 1990-12-10
marital_status = "married"
spouse_accompanying = true # she is coming
education   =   "masters"  # ECA pending
canadian_work_years = 2
  foreign_work_years = 3   # indented on purpose
teer = 1
first_language.test = "ielts" # the only test so far
first_language.date = 2026-03-01
first_language.listening = 8.5
first_language.reading = 7
first_language.writing = 7.0
first_language.speaking = 7.5

# The spouse, Charles.
[spouse]
education = "bachelors" # BSc
canadian_work_years = 1

# end of file
`

func editRules(t testing.TB) *Rules { return rulesOn(t, "2026-08-20") }

func TestEditProfileUnchangedGivesTheFileByteForByte(t *testing.T) {
	r := editRules(t)
	files, _ := filepath.Glob("../testdata/examples/example*.toml")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	srcs := map[string]string{"client": client, "crlf": strings.ReplaceAll(client, "\n", "\r\n"),
		"no final newline": strings.TrimSuffix(client, "\n"), "byte order mark": "\ufeff" + client}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[filepath.Base(f)] = string(b)
	}
	for name, src := range srcs {
		p := mustProfile(t, r, src)
		if got := string(EditProfile([]byte(src), &p)); got != src {
			t.Errorf("%s: an unchanged profile changed the file:\n%s", name, lineDiff(src, got))
		}
	}
}

func TestEditProfileChangesOnlyTheLineOfAChangedValue(t *testing.T) {
	r := editRules(t)
	for _, c := range []struct {
		set, line, want string
	}{
		{"applicant.canadian_work_years=3", "canadian_work_years = 2", "canadian_work_years = 3"},
		{"applicant.education=doctoral", `education   =   "masters"  # ECA pending`, `education   =   "doctoral"  # ECA pending`},
		{"applicant.foreign_work_years=1", "  foreign_work_years = 3   # indented on purpose", "  foreign_work_years = 1   # indented on purpose"},
		{"applicant.first_language.reading=8", "first_language.reading = 7", "first_language.reading = 8"},
		{"name=Ada King", `name = "Ada Lovelace"   # as on the passport`, `name = "Ada King"   # as on the passport`},
		{"spouse.education=masters", `education = "bachelors" # BSc`, `education = "masters" # BSc`},
	} {
		p := mustProfile(t, r, client)
		q, err := Set(r, p, c.set)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Replace(client, c.line+"\n", c.want+"\n", 1)
		if got := string(EditProfile([]byte(client), &q)); got != want {
			t.Errorf("%s:\n%s", c.set, lineDiff(want, got))
		}
		back := mustProfile(t, r, want)
		if back != q {
			t.Errorf("%s: reads back as another profile", c.set)
		}
	}
}

func TestEditProfileAddsAndRemovesKeysInTheirTables(t *testing.T) {
	r := editRules(t)
	cases := []struct {
		name string
		sets []string
		want func(string) string
	}{
		{"a new key after the one before it", []string{"applicant.job_offer=teer-0-to-3"}, func(s string) string {
			return strings.Replace(s, "teer = 1\n", "teer = 1\njob_offer = \"teer-0-to-3\"\n", 1)
		}},
		{"a new key before the first one in the file", []string{"applicant.age=35"}, func(s string) string {
			return strings.Replace(s, "birth_date = 1990-12-10\n", "age = 35\n", 1)
		}},
		{"a new dotted key beside its kind", []string{"applicant.canadian_education=one-or-two-year"}, func(s string) string {
			return strings.Replace(s, "education   =   \"masters\"  # ECA pending\n", "education   =   \"masters\"  # ECA pending\ncanadian_education = \"one-or-two-year\"\n", 1)
		}},
		{"a key removed", []string{"applicant.teer="}, func(s string) string {
			return strings.Replace(s, "teer = 1\n", "", 1)
		}},
		{"a date removed", []string{"applicant.first_language.date="}, func(s string) string {
			return strings.Replace(s, "first_language.date = 2026-03-01\n", "", 1)
		}},
		{"a new spouse key", []string{"spouse.studied_in_canada=true"}, func(s string) string {
			return strings.Replace(s, "canadian_work_years = 1\n", "canadian_work_years = 1\nstudied_in_canada = true\n", 1)
		}},
		{"a default written keeps its line", []string{"applicant.spouse_accompanying=false", "applicant.spouse_accompanying=true"}, func(s string) string { return s }},
		{"a new table before the one after it", []string{"applicant.second_language={ test = \"tef\", listening = 393, reading = 248, writing = 428, speaking = 428 }"},
			func(s string) string {
				return strings.Replace(s, "\n# The spouse, Charles.\n", "\n[applicant.second_language]\ntest = \"tef\"\nlistening = 393\nreading = 248\nwriting = 428\nspeaking = 428\n\n# The spouse, Charles.\n", 1)
			}},
		{"a new table at the end", []string{"spouse.language={ test = \"clb\", listening = 7, reading = 7, writing = 7, speaking = 7 }"}, func(s string) string {
			return s + "\n[spouse.language]\ntest = \"clb\"\nlistening = 7\nreading = 7\nwriting = 7\nspeaking = 7\n"
		}},
		{"a table removed with its header", []string{"applicant.marital_status=single"}, func(s string) string {
			s = strings.Replace(s, "marital_status = \"married\"\nspouse_accompanying = true # she is coming\n", "marital_status = \"single\"\n", 1)
			s = strings.Replace(s, "[spouse]\neducation = \"bachelors\" # BSc\ncanadian_work_years = 1\n", "", 1)
			return s
		}},
	}
	for _, c := range cases {
		p := mustProfile(t, r, client)
		for _, s := range c.sets {
			var err error
			if p, err = Set(r, p, s); err != nil {
				t.Fatalf("%s: %s: %v", c.name, s, err)
			}
		}
		want := c.want(client)
		if c.name == "a table removed with its header" {
			p.Spouse = Spouse{} // as the wizard leaves a single person's spouse
		}
		got := string(EditProfile([]byte(client), &p))
		if got != want {
			t.Errorf("%s:\n%s", c.name, lineDiff(want, got))
		}
		if back, err := ReadProfile(r, "edited.toml", []byte(got)); err != nil || back != p {
			t.Errorf("%s: reads back as another profile: %v", c.name, err)
		}
	}
}

func TestEditProfileAddsTheNameAtTheTop(t *testing.T) {
	r := editRules(t)
	src := "# notes\n\n[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n"
	p := mustProfile(t, r, src)
	p.Name = "Ada"
	want := "# notes\n\nname = \"Ada\"\n\n[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n"
	if got := string(EditProfile([]byte(src), &p)); got != want {
		t.Errorf("%s", lineDiff(want, got))
	}
}

// A file the editor cannot edit in place (an inline table, an array) is written afresh: the save
// works and reads back as the profile.
func TestEditProfileFallsBackToAFreshFileItCannotEdit(t *testing.T) {
	r := editRules(t)
	for _, src := range []string{
		"[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\nfirst_language = { test = \"ielts\", listening = 8, reading = 7, writing = 7, speaking = 7 }\n",
		"name = \"\"\"Ada\"\"\"\n[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n",
		"not toml at all = = =",
		"",
	} {
		p := mustProfile(t, r, "[applicant]\nage = 31\nmarital_status = \"single\"\neducation = \"masters\"\n")
		got := EditProfile([]byte(src), &p)
		if string(got) != string(EncodeProfile(&p)) {
			t.Errorf("%.30q: not written afresh:\n%s", src, got)
		}
	}
}

// Every string goes back in as it came: control characters (U+0007 and U+000B once wrote \a and
// \v, which TOML does not have), quotes, backslashes, non-ASCII.
func TestNamesWithAnyCharacterRoundTrip(t *testing.T) {
	r := editRules(t)
	for _, name := range []string{"bell\a", "tab\vvertical", "esc\x1b[31mred", "del\x7f", "nul\x00", "quote\" back\\slash",
		"line\nbreak\r\n", "é ü 日本 🙂", "\u0085\u2028\u2029", "'single'", `"""`, "# not a comment"} {
		p := mustProfile(t, r, "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n")
		p.Name = name
		for what, data := range map[string][]byte{"fresh": EncodeProfile(&p), "edited": EditProfile([]byte(client), &p)} {
			back, err := ReadProfile(r, "back.toml", data)
			if err != nil || back.Name != name {
				t.Errorf("%q (%s): read back %q, %v\n%s", name, what, back.Name, err, data)
			}
		}
	}
}

// Every key whose absence EditProfile keeps means to ReadProfile what EditProfile says it means.
func TestEditProfileDefaultsAreWhatAbsenceMeans(t *testing.T) {
	r := editRules(t)
	const base = "[applicant]\nage = 30\nmarital_status = \"married\"\neducation = \"masters\"\n[spouse]\n"
	without := mustProfile(t, r, base)
	withSpouse := without
	withSpouse.Spouse.CanadianWorkYears = 1 // so that the spouse's keys are listed
	entries, _ := profileEntries(&withSpouse)
	n := 0
	for _, e := range entries {
		if e.def == nil {
			continue
		}
		n++
		src := strings.Replace(base, "["+e.table+"]\n", "["+e.table+"]\n"+e.key+" = "+tomlValue(e.def)+"\n", 1)
		if with := mustProfile(t, r, src); with != without {
			t.Errorf("%s = %s reads differently from leaving it out", e.path(), tomlValue(e.def))
		}
	}
	if n < 15 {
		t.Errorf("only %d keys with defaults checked", n)
	}
}

// lineDiff shows the lines that differ, for a failure message.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n  want " + strings.ReplaceAll(wl, "\r", `\r`) + "\n  got  " + strings.ReplaceAll(gl, "\r", `\r`) + "\n")
		}
	}
	if b.Len() == 0 {
		return "(same lines)"
	}
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// BenchmarkEditProfile saves one changed answer over a commented client file.
func BenchmarkEditProfile(b *testing.B) {
	r := editRules(b)
	p := mustProfile(b, r, client)
	p.Applicant.CanadianWorkYears = 3
	b.SetBytes(int64(len(client)))
	for b.Loop() {
		_ = EditProfile([]byte(client), &p)
	}
}

// BenchmarkEncodeProfile writes the same profile afresh.
func BenchmarkEncodeProfile(b *testing.B) {
	p := mustProfile(b, editRules(b), client)
	for b.Loop() {
		_ = EncodeProfile(&p)
	}
}

// A file that starts with a byte order mark (as some Windows editors write) is edited like any
// other: the mark stays, and so does every comment.
func TestEditProfileKeepsAByteOrderMarkAndTheComments(t *testing.T) {
	r := editRules(t)
	src := "\ufeff" + client
	p := mustProfile(t, r, src)
	q, err := Set(r, p, "applicant.canadian_work_years=3")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(src, "canadian_work_years = 2\n", "canadian_work_years = 3\n", 1)
	if got := string(EditProfile([]byte(src), &q)); got != want {
		t.Errorf("with a byte order mark:\n%s", lineDiff(want, got))
	}
}

// A file this cannot edit in place (an inline table, a multi-line string) is still not touched when
// the profile has not changed: saving it unchanged keeps its comments.
func TestEditProfileUnchangedKeepsAFileItCannotEdit(t *testing.T) {
	r := editRules(t)
	for _, src := range []string{
		"# notes\n[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\nfirst_language = { test = \"ielts\", listening = 8, reading = 7, writing = 7, speaking = 7 } # one test\n",
		"# notes\nname = \"\"\"Ada\"\"\"\n[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n",
	} {
		p := mustProfile(t, r, src)
		if got := string(EditProfile([]byte(src), &p)); got != src {
			t.Errorf("an unchanged profile changed the file:\n%s", lineDiff(src, got))
		}
	}
}
