package noc

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Match is one unit group found by Search, with how well it matched (higher is better) and the
// language whose title or words matched: the one asked for, or the other one when only it has every
// word of the query; such a match has its score less otherLanguage, so that it ranks below every
// match in the language asked for.
type Match struct {
	Unit  Unit
	Score int
	Lang  Lang
}

// otherLanguage is taken off the score of a match found only in the language not asked for: more
// than any query's score in the language asked for (a word scores at most 45, so it would take a
// query of 23 million words; a code scores 10000).
const otherLanguage = 1 << 30

// index is every word of the titles and descriptions, English and French, folded for matching,
// with, in each language, the unit groups (by index in the table) that have it in the title and in
// the description; built once, at the first Search of words.
type index struct {
	words  []string       // sorted, distinct, of both languages
	ids    map[string]int // word -> position in words
	en, fr view
}

// view is the index in one language.
type view struct {
	title  [][]int  // per word: the unit groups with it in the title, ascending
	desc   [][]int  // per word: the unit groups with it in the description, ascending (none in French: CNP's descriptions are not embedded)
	first  []string // per unit group: the first word of its title
	length []int    // per unit group: its title's length, for ranking: in bytes in English (the ranking Search always had: "Maîtres d'hôtel" counts î and ô twice), in characters in French
	plural []string // the endings that make a word of the query its plural
}

// The endings of plurals: English "nurses", "boxes"; French "infirmières", "employées" (folded:
// "employees"), "bateaux".
var (
	pluralEN = []string{"s", "es"}
	pluralFR = []string{"s", "es", "x"}
)

func newIndex(units []Unit, titlesFR []string) index {
	set := map[string]bool{}
	tw := make([][]string, len(units))
	dw := make([][]string, len(units))
	fw := make([][]string, len(units))
	for i, u := range units {
		tw[i], dw[i] = words(u.Title), words(u.Description)
		if titlesFR != nil {
			fw[i] = words(titlesFR[i])
		}
		for _, ws := range [][]string{tw[i], dw[i], fw[i]} {
			for _, w := range ws {
				set[w] = true
			}
		}
	}
	ix := index{ids: map[string]int{}}
	for w := range set {
		ix.words = append(ix.words, w)
	}
	sort.Strings(ix.words)
	for i, w := range ix.words {
		ix.ids[w] = i
	}
	ix.en = ix.newView(tw, dw, pluralEN)
	ix.fr = ix.newView(fw, nil, pluralFR)
	for i, u := range units {
		ix.en.length[i] = len(u.Title)
		ix.fr.length[i] = ix.en.length[i]
		if titlesFR != nil {
			ix.fr.length[i] = utf8.RuneCountInString(titlesFR[i])
		}
	}
	return ix
}

// newView posts each unit group's title words tw[i] and description words dw[i] (if any).
func (ix *index) newView(tw, dw [][]string, plural []string) view {
	v := view{
		title: make([][]int, len(ix.words)), desc: make([][]int, len(ix.words)),
		first: make([]string, len(tw)), length: make([]int, len(tw)), plural: plural,
	}
	for i := range tw {
		if len(tw[i]) > 0 {
			v.first[i] = tw[i][0]
		}
		post(v.title, ix.ids, tw[i], i)
		if dw != nil {
			post(v.desc, ix.ids, dw[i], i)
		}
	}
	return v
}

// post adds unit group u to the lists of its words, once each (units come in ascending order).
func post(lists [][]int, ids map[string]int, ws []string, u int) {
	for _, w := range ws {
		id := ids[w]
		if l := lists[id]; len(l) == 0 || l[len(l)-1] != u {
			lists[id] = append(l, u)
		}
	}
}

// view is the index in a language.
func (ix *index) view(l Lang) *view {
	if l == French {
		return &ix.fr
	}
	return &ix.en
}

// How a word of the query counts, by where it is found; a unit group must match every word.
const (
	scoreCodeExact   = 10000
	scoreCodePrefix  = 5000
	scoreTitleWord   = 40 // the word itself, or its plural
	scoreTitlePrefix = 25 // the start of a word of the title: "nur" in "nurses"
	scoreDescWord    = 6
	scoreDescPrefix  = 3
	scoreTitleStart  = 5 // the title begins with the query's first word
)

// Search finds the unit groups that match a query typed as a person would: a code or the start of
// one ("313", "31301": the code itself, then the codes under it in order), or words of a title or
// description in any order and case, accents ignored ("registered nurse", "électricien"). Every word
// of the query must match; titles rank above descriptions, whole words above starts of words, then
// shorter titles, then codes. At most limit matches are returned (all of them when limit <= 0).
// It is SearchIn in English: the English matches, ranked as they always were, then those only
// CNP's French titles have ("infirmière").
func (t *Table) Search(query string, limit int) []Match {
	return t.SearchIn(query, limit, English)
}

// SearchIn is Search with the language the person reads: the unit groups whose titles (and, in
// English, descriptions) in that language have every word of the query come first, ranked as
// Search ranks; then those that have them only in the other language, ranked the same way among
// themselves. Apostrophes, typed ' or ’, part words as spaces do ("d'oeuvre" is "d oeuvre"), and
// "œ" is "oe" as StatCan writes it.
func (t *Table) SearchIn(query string, limit int, lang Lang) []Match {
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	lang = lang.known()
	digits := strings.Trim(q, "0123456789") == ""
	var hits []hit
	if digits {
		hits = t.codeHits(q)
	} else {
		hits = t.wordHits(q, lang)
	}
	in := func(h hit) Lang {
		if h.other {
			return lang.other()
		}
		return lang
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		if !digits {
			la, lb := t.index.view(in(a)).length[a.unit], t.index.view(in(b)).length[b.unit]
			if la != lb {
				return la - lb
			}
		}
		return a.unit - b.unit // units are in code order
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Match, len(hits))
	for i, h := range hits {
		out[i] = Match{t.units[h.unit], h.score, in(h)}
	}
	return out
}

// hit is a unit group (by index in the table) found by a search, unsorted.
type hit struct {
	unit, score int
	other       bool // found in the language not asked for only
}

// codeHits are the unit groups whose code is q or starts with it.
func (t *Table) codeHits(q string) []hit {
	var hits []hit
	for i, u := range t.units {
		switch {
		case u.Code == q:
			hits = append(hits, hit{i, scoreCodeExact, false})
		case strings.HasPrefix(u.Code, q):
			hits = append(hits, hit{i, scoreCodePrefix, false})
		}
	}
	return hits
}

// wordHits are the unit groups that have every word of q in the language asked for, with their
// scores, and those that have them only in the other language, scored below otherLanguage.
func (t *Table) wordHits(q string, lang Lang) []hit {
	t.indexOnce.Do(func() { t.index = newIndex(t.units, t.unitFR) })
	n := len(t.units)
	buf := make([]int, 3*n) // the scores in each language, and one word's
	asked, other, word := buf[:n], buf[n:2*n], buf[2*n:]
	folded := fold(q)
	t.index.score(t.index.view(lang), queryWords(folded, lang), asked, word)
	t.index.score(t.index.view(lang.other()), queryWords(folded, lang.other()), other, word)
	found := 0
	for i := range asked {
		if asked[i] > 0 || other[i] > 0 {
			found++
		}
	}
	hits := make([]hit, 0, found)
	for i, sc := range asked {
		switch {
		case sc > 0:
			hits = append(hits, hit{i, sc, false})
		case other[i] > 0:
			hits = append(hits, hit{i, other[i] - otherLanguage, true})
		}
	}
	return hits
}

// score sets total, for each unit group, to how well it matches every word of the query in one
// language's view (0 if a word is missing): each word counts where it is found best. word is
// scratch space, as long as total.
func (ix *index) score(v *view, query []string, total, word []int) {
	key := make([]byte, 0, 64) // the word and a plural ending, looked up without a new string
	for qi, q := range query {
		clear(word)
		if id, ok := ix.ids[q]; ok {
			raise(word, v.title[id], scoreTitleWord)
			raise(word, v.desc[id], scoreDescWord)
		}
		for _, end := range v.plural {
			key = append(append(key[:0], q...), end...)
			if id, ok := ix.ids[string(key)]; ok {
				raise(word, v.title[id], scoreTitleWord)
				raise(word, v.desc[id], scoreDescWord)
			}
		}
		for id := sort.SearchStrings(ix.words, q); id < len(ix.words) && strings.HasPrefix(ix.words[id], q); id++ {
			raise(word, v.title[id], scoreTitlePrefix)
			raise(word, v.desc[id], scoreDescPrefix)
		}
		for u, s := range word {
			switch {
			case s == 0 || (qi > 0 && total[u] == 0): // this word, or an earlier one, is missing
				total[u] = 0
				continue
			case qi == 0 && strings.HasPrefix(v.first[u], q):
				s += scoreTitleStart
			}
			total[u] += s
		}
	}
}

// raise sets each listed unit group's score for the word to s, where that is better.
func raise(word []int, units []int, s int) {
	for _, u := range units {
		word[u] = max(word[u], s)
	}
}

// words splits text into lower-case words without accents ("Infirmières" -> "infirmieres"), at
// anything that is not a letter or a digit.
func words(s string) []string {
	return split(fold(s))
}

// split cuts folded text into words at anything that is not a letter or a digit.
func split(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return !isWordRune(r) })
}

// queryWords are the words of a folded query as a language's titles are searched: in French without the
// elided articles and prepositions before an apostrophe, ' or ’ ("l'infirmière" is "infirmière",
// "bois d’oeuvre" is "bois oeuvre"); one still being typed ("bois d'") is kept, as the start of a
// word.
func queryWords(folded string, l Lang) []string {
	if l != French {
		return split(folded)
	}
	var out []string
	for _, f := range strings.Fields(folded) {
		for {
			i := strings.IndexFunc(f, isApostrophe)
			if i <= 0 || !elided[f[:i]] {
				break
			}
			_, size := utf8.DecodeRuneInString(f[i:])
			if rest := f[i+size:]; strings.IndexFunc(rest, isWordRune) >= 0 {
				f = rest
				continue
			}
			break
		}
		out = append(out, split(f)...)
	}
	return out
}

// elided are the French words written before an apostrophe in place of their last vowel.
var elided = map[string]bool{"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true}

// isApostrophe is the ASCII apostrophe and the typographic ones people and web pages type for it.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// fold lowers the case and removes accents: the decomposed form without its combining marks, and
// the ligatures œ and æ written out ("manœuvre" is "manoeuvre", as Statistics Canada spells it).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch r = unicode.ToLower(r); {
		case unicode.Is(unicode.Mn, r):
		case r == 'œ':
			b.WriteString("oe")
		case r == 'æ':
			b.WriteString("ae")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
