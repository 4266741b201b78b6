package scoring

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/safetext"
)

// Every error of a profile file or a rules file that the package's tests provoke (the tests of
// files_test.go, input_test.go, residences_test.go, rulescheck_test.go, rulescategories_test.go,
// the fuzz seeds...) is seen here in French: TestMain collects each Problem and *Error made while
// the tests run (observed), and checks that its French names the same file, line and key, holds
// no English word beyond the file's own words (keys, codes, values in quotes, the names of
// allowed values), and that its English is Error() byte for byte. When the whole package runs,
// every message of errors.toml must have been made at least once, but those listed in notProvoked.

var (
	seenMu sync.Mutex
	seen   []error
	seenN  = map[string]int{} // errors seen by message id: the first maxSeen of each are kept
)

// maxSeen is how many errors of one message are checked: the fuzz seeds make thousands.
const maxSeen = 50

func TestMain(m *testing.M) {
	observed = func(err error) {
		id := ""
		switch x := err.(type) {
		case Problem:
			id = x.Told.ID
		case *Error:
			id = x.ID
		}
		seenMu.Lock()
		if seenN[id]++; seenN[id] <= maxSeen {
			seen = append(seen, err)
		}
		seenMu.Unlock()
	}
	code := m.Run()
	observed = nil
	if code == 0 {
		if msgs := checkSeenInFrench(); len(msgs) > 0 {
			fmt.Fprintln(os.Stderr, "--- FAIL: the errors seen in French (errors_lang_test.go)")
			for _, s := range msgs {
				fmt.Fprintln(os.Stderr, "    "+s)
			}
			code = 1
		}
	}
	os.Exit(code)
}

// notProvoked are messages of errors.toml no test of the package provokes yet: a fault of the
// embedded NOC table, checks of rules.toml that no test breaks, values of a type no test gives.
// Each is still written in both languages (TestCataloguesMatch); a test that provokes one takes it
// off the list.
var notProvoked = map[string]bool{
	"err_cannot_check_noc_code": true, "err_cannot_check_noc_codes": true, "err_cannot_check_codes": true,
	"err_1_but_spouse_partner": true, "err_amounts_from_1_rising": true,
	"err_at_least_one_level": true, "err_before_from2": true,
	"err_empty_condition_what_category": true, "err_empty_list_at_least": true,
	"err_empty_round_name_drawname": true, "err_ends_on_after_today": true,
	"err_french_category_has_no": true, "err_funds_1_2_3": true,
	"err_given_without_first_language": true, "err_grid_column_at_columns": true,
	"err_highest_level_clb_crs": true, "err_how_core_without": true,
	"err_language_differs_from_other": true, "err_level_appears_twice": true,
	"err_missing_category_needs_experience": true, "err_missing_chart_needed_levels": true,
	"err_missing_lowest_highest": true, "err_more_than_4_x2": true, "err_more_than_4_x": true,
	"err_more_than_all_additional": true, "err_more_than_grid": true,
	"err_more_than_three_group": true, "err_not_before_meta_force": true,
	"err_not_before_table_above": true, "err_number": true, "err_numbers": true,
	"err_out_range_amount_from": true, "err_out_range_whole_number2": true,
	"err_points_points_from_0": true, "err_row": true, "err_rows_with_points_thresholds": true,
	"err_set_not_jobs": true, "err_starts_on_after_today": true, "err_table_got": true,
	"err_test_one": true, "err_thresholds_points_row_each": true,
	"err_thresholds_rows_points_one": true, "err_unknown_key": true, "err_value_array": true,
	"err_value_datetime": true, "err_what_certificate_group": true, "err_what_foreign_group": true,
	"err_why_offer": true, "err_why_study": true,
}

// checkSeenInFrench checks every error seen, and that every message was seen when the whole
// package ran. It returns what is wrong, once per message id.
func checkSeenInFrench() []string {
	seenMu.Lock()
	defer seenMu.Unlock()
	fr := i18n.For(i18n.Fr)
	var out []string
	done := map[string]bool{}
	ids := map[string]bool{}
	for _, err := range seen {
		id, why := checkOneInFrench(fr, err)
		for _, n := range toldIDs(err) {
			ids[n] = true
		}
		ids[id] = true
		if why != "" && !done[id] {
			done[id] = true
			out = append(out, why)
		}
	}
	if f := flag.Lookup("test.run"); f != nil && f.Value.String() == "" && !testing.Short() {
		for _, id := range catalogueIDs("errors") {
			if !ids[id] && !notProvoked[id] && !partOnly[id] {
				out = append(out, id+": no test provokes it (add one, or list it in notProvoked)")
			}
		}
	}
	sort.Strings(out)
	return out
}

// partOnly are messages that are parts of others (the line, the separator, names, values), seen
// through the messages that hold them.
var partOnly = map[string]bool{
	"err_at_line": true, "err_sep": true, "err_or": true, "err_and": true, "err_now": true,
}

// checkOneInFrench checks one error seen: its message id, and what is wrong ("" when nothing).
func checkOneInFrench(fr *i18n.Printer, err error) (string, string) {
	var t Told
	var where Problem
	switch x := err.(type) {
	case Problem:
		t, where = x.Told, x
	case *Error:
		t = x.Told
	}
	en := ErrorIn(i18n.For(i18n.En), err)
	if en != err.Error() {
		return t.ID, fmt.Sprintf("%s: the English is not Error():\n%q\n%q", t.ID, en, err.Error())
	}
	s := ErrorIn(fr, err)
	if where.File != "" && !strings.HasPrefix(s, safetext.Clean(where.File)) {
		return t.ID, fmt.Sprintf("%s: %q does not start with the file %q", t.ID, s, where.File)
	}
	if where.Line > 0 && !strings.Contains(s, "ligne "+fr.Count(where.Line)) {
		return t.ID, fmt.Sprintf("%s: %q does not name line %d", t.ID, s, where.Line)
	}
	if where.Key != "" && !strings.Contains(s, safetext.Clean(where.Key)) {
		return t.ID, fmt.Sprintf("%s: %q does not name the key %q", t.ID, s, where.Key)
	}
	allow := append([]string{safetext.Clean(where.File), safetext.Clean(where.Key)}, fileWords(t)...)
	allow = append(allow, othersEnglish...)
	sort.Slice(allow, func(i, j int) bool { return len(allow[i]) > len(allow[j]) })
	text := tomlDecoderWords.ReplaceAllString(s, "syntaxe TOML")
	for _, a := range allow {
		if a != "" {
			text = strings.ReplaceAll(text, a, " ")
		}
	}
	if words := i18ntest.English(keyWords(quotedText.ReplaceAllString(text, " "))); len(words) > 0 {
		return t.ID, fmt.Sprintf("%s: English %q in %q", t.ID, words, s)
	}
	return t.ID, ""
}

// othersEnglish is English that other parts of the program give the readers here, to be
// translated by their owners: the spouse's birth date of scoring/spouseprincipal.go (what it passes
// to dateIn). Empty it when they are.
var othersEnglish = []string{"a spouse's birth date (16 or older)"}

// tomlDecoderWords is the TOML decoder's own words after "syntaxe TOML : ", in English: they are
// the decoder's (BurntSushi/toml), not the catalogue's.
var tomlDecoderWords = regexp.MustCompile(`syntaxe TOML\x{a0}: .*`)

// quotedText is text in double quotes: a value of the file, or an example of one.
var quotedText = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// keyText is a key as a file writes it: a dotted path, a [table], a name with an underscore, an
// inline table { ... }.
var keyText = regexp.MustCompile(`\{[^}]*\}|\[\[?[\w.]+\]\]?|\b\w+(?:[._]\w+)+\b|--set \S+`)

// keyWords is s without its keys: those keyText finds, and the profile's and the rules' keys
// and category IDs, which a message names as words ("give birth_date or age", "the french
// category").
func keyWords(s string) string {
	return fileKeys().ReplaceAllString(keyText.ReplaceAllString(s, " "), " ")
}

// fileKeys finds the keys keyWords takes out as words.
var fileKeys = sync.OnceValue(func() *regexp.Regexp {
	words := append([]string{"from", "until", "language", "children", "jobs", "education", "age", "rounds", "level",
		"years", "spouse", "name", "applicant"}, CategoryIDs...)
	for _, k := range Keys() {
		parts := strings.Split(k, ".")
		words = append(words, regexp.QuoteMeta(parts[len(parts)-1]))
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(words, "|") + `)\b`)
})

// toldIDs are the ids of the messages inside err's (its arguments' own messages).
func toldIDs(err error) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case Told:
			out = append(out, x.ID)
			for _, a := range x.Args {
				walk(a)
			}
		case []Told:
			for _, a := range x {
				walk(a)
			}
		case Problem:
			walk(x.Told)
		case *Error:
			walk(x.Told)
		case fileValue:
			out = append(out, x.id())
		}
	}
	walk(err)
	return out
}

// fileWords are the arguments of t, and of the messages and errors in it, that are the file's
// own words: keys, codes, lists of allowed values, and the errors of other packages (not this
// test's to judge), longest first.
func fileWords(t Told) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			out = append(out, x)
		case Told:
			for _, a := range x.Args {
				walk(a)
			}
		case []Told:
			for _, a := range x {
				walk(a)
			}
		case Problem:
			walk(x.Told)
			out = append(out, x.File, x.Key)
		case Problems:
			for _, p := range x {
				walk(p)
			}
		case *Error:
			walk(x.Told)
		case error:
			out = append(out, x.Error())
		}
	}
	walk(t)
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// catalogueIDs are the ids of messages/en/NAME.toml.
func catalogueIDs(name string) []string {
	for _, f := range i18n.CatalogueFiles(i18n.En) {
		if f.Path != "messages/en/"+name+".toml" {
			continue
		}
		var m map[string]any
		if _, err := toml.Decode(string(f.Data), &m); err != nil {
			panic(err)
		}
		var ids []string
		for id := range m {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		return ids
	}
	return nil
}

// A problem of a profile file, in French: the file, the line and the key as in English, the
// message in French words, the value and the allowed values as the file writes them.
func TestProfileErrorsInFrench(t *testing.T) {
	r := rulesOn(t, "2025-06-01")
	fr := i18n.For(i18n.Fr)
	cases := []struct {
		name, profile, want string
	}{
		{"unknown key", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\nfoo = 1\n",
			"client.toml\u00a0: ligne 5\u00a0: applicant.foo\u00a0: clé inconnue foo\u202f; permises ici\u00a0: "},
		{"out of range", "[applicant]\nage = 200\nmarital_status = \"single\"\neducation = \"bachelors\"\n",
			"client.toml\u00a0: ligne 2\u00a0: applicant.age\u00a0: 200 est hors limites\u00a0: attendu un nombre entier de 0 à 120"},
		{"enum", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelor\"\n",
			"client.toml\u00a0: ligne 4\u00a0: applicant.education\u00a0: \"bachelor\"\u00a0: attendu l’une de ces valeurs\u00a0: none, secondary, one-year, two-year, bachelors, two-or-more, masters, doctoral\u202f; vouliez-vous dire bachelors\u202f?"},
		{"syntax", "[applicant\n", "client.toml\u00a0: ligne 2\u00a0: syntaxe TOML\u00a0: "}, // the decoder's own words follow, in English
		{"score off the scale", "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n[applicant.first_language]\ntest = \"ielts\"\nlistening = 9.7\nreading = 7\nwriting = 7\nspeaking = 7\n",
			"client.toml\u00a0: ligne 7\u00a0: applicant.first_language.listening\u00a0: 9.7 est hors limites\u00a0: les résultats IELTS General Training en compréhension de l’oral vont de 0 à 9 par pas de 0.5"},
	}
	for _, c := range cases {
		_, err := ReadProfile(r, "client.toml", []byte(c.profile))
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		got := ErrorIn(fr, err)
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		if en := ErrorIn(i18n.For(i18n.En), err); en != err.Error() {
			t.Errorf("%s: English %q, Error() %q", c.name, en, err.Error())
		}
	}
}

// An error wrapped or joined is written in French through the wrapping: the prefix as it is,
// the problems in French; errors.Is still finds what an *Error wraps.
func TestErrorInUnwrapsJoinedAndWrappedErrors(t *testing.T) {
	r := rulesOn(t, "2025-06-01")
	_, err := ReadProfile(r, "a.toml", []byte("[applicant]\nage = 200\nmarital_status = \"single\"\neducation = \"bachelors\"\n"))
	if err == nil {
		t.Fatal("no error")
	}
	fr := i18n.For(i18n.Fr)
	wrapped := fmt.Errorf("reading: %w", err)
	if got := ErrorIn(fr, wrapped); got != "reading: "+ErrorIn(fr, err) {
		t.Errorf("wrapped: %q", got)
	}
	joined := errors.Join(err, errors.New("other"))
	if got := ErrorIn(fr, joined); got != ErrorIn(fr, err)+"\nother" {
		t.Errorf("joined: %q", got)
	}
	sentinel := errors.New("sentinel")
	if e := errorf("err_key_pass", "x", sentinel); !errors.Is(e, sentinel) || e.Error() != "x: sentinel" {
		t.Errorf("errors.Is through an *Error: %v", e)
	}
	if _, err := ParseDay("2024-02-30"); ErrorIn(fr, err) != "la date \"2024-02-30\" n’existe pas au calendrier\u00a0: attendu\u00a0: une date AAAA-MM-JJ du 1900-01-01 au 2099-12-31" {
		t.Errorf("ParseDay: %q", ErrorIn(fr, err))
	}
}

// The French of a problem keeps the numbers the English has (the same line, the same bounds).
func TestFrenchErrorsKeepTheNumbers(t *testing.T) {
	r := rulesOn(t, "2025-06-01")
	_, err := ReadProfile(r, "n.toml", []byte("[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\nsettlement_funds = -5\n"))
	if err == nil {
		t.Fatal("no error")
	}
	digits := regexp.MustCompile(`\d+`)
	en := digits.FindAllString(err.Error(), -1)
	frText := strings.NewReplacer(i18n.NarrowNBSP, "").Replace(ErrorIn(i18n.For(i18n.Fr), err))
	fr := digits.FindAllString(frText, -1)
	if strconv.Quote(strings.Join(en, " ")) != strconv.Quote(strings.Join(fr, " ")) {
		t.Errorf("numbers %v in English, %v in French", en, fr)
	}
}

// A problem's message alone, for the wizard's fields: Msg in English, French in French.
func TestProblemMsgIn(t *testing.T) {
	a := &Applicant{CanadianWorkYears: 6, ForeignWorkYears: 6}
	ps := WorkYearsProblems(a)
	if len(ps) != 1 {
		t.Fatalf("%d problems", len(ps))
	}
	if got := ps[0].MsgIn(i18n.For(i18n.En)); got != ps[0].Msg {
		t.Errorf("English %q, Msg %q", got, ps[0].Msg)
	}
	want := "6 ans au Canada et 6 hors du Canada font 12\u00a0: les deux comptent le travail à temps plein des mêmes 10 dernières années, donc ensemble au plus 10"
	if got := ps[0].MsgIn(i18n.For(i18n.Fr)); got != want {
		t.Errorf("French %q", got)
	}
}
