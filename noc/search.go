package noc

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Match is one unit group found by Search, with how well it matched (higher is better).
type Match struct {
	Unit  Unit
	Score int
}

// index is every word of the titles and descriptions, folded for matching, with the unit groups
// (by index in the table) that have it in the title and in the description; built once, at the
// first Search of words.
type index struct {
	words []string       // sorted, distinct
	ids   map[string]int // word -> position in words
	title [][]int        // per word: the unit groups with it in the title, ascending
	desc  [][]int        // per word: the unit groups with it in the description, ascending
	first []string       // per unit group: the first word of its title
}

func newIndex(units []Unit) index {
	set := map[string]bool{}
	tw := make([][]string, len(units))
	dw := make([][]string, len(units))
	for i, u := range units {
		tw[i], dw[i] = words(u.Title), words(u.Description)
		for _, w := range append(append([]string(nil), tw[i]...), dw[i]...) {
			set[w] = true
		}
	}
	ix := index{ids: map[string]int{}, first: make([]string, len(units))}
	for w := range set {
		ix.words = append(ix.words, w)
	}
	sort.Strings(ix.words)
	for i, w := range ix.words {
		ix.ids[w] = i
	}
	ix.title = make([][]int, len(ix.words))
	ix.desc = make([][]int, len(ix.words))
	for i := range units {
		if len(tw[i]) > 0 {
			ix.first[i] = tw[i][0]
		}
		post(ix.title, ix.ids, tw[i], i)
		post(ix.desc, ix.ids, dw[i], i)
	}
	return ix
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
func (t *Table) Search(query string, limit int) []Match {
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	type hit struct{ unit, score int }
	var hits []hit
	digits := strings.Trim(q, "0123456789") == ""
	if digits {
		for i, u := range t.units {
			switch {
			case u.Code == q:
				hits = append(hits, hit{i, scoreCodeExact})
			case strings.HasPrefix(u.Code, q):
				hits = append(hits, hit{i, scoreCodePrefix})
			}
		}
	} else {
		t.indexOnce.Do(func() { t.index = newIndex(t.units) })
		for i, sc := range t.index.score(words(q), len(t.units)) {
			if sc > 0 {
				hits = append(hits, hit{i, sc})
			}
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.score != b.score {
			return b.score - a.score
		}
		if la, lb := len(t.units[a.unit].Title), len(t.units[b.unit].Title); !digits && la != lb {
			return la - lb
		}
		return a.unit - b.unit // units are in code order
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Match, len(hits))
	for i, h := range hits {
		out[i] = Match{t.units[h.unit], h.score}
	}
	return out
}

// score is, for each unit group, how well it matches every word of the query (0 if a word is
// missing): each word counts where it is found best.
func (ix *index) score(query []string, n int) []int {
	total := make([]int, n)
	word := make([]int, n)
	for qi, q := range query {
		clear(word)
		for _, w := range []string{q, q + "s", q + "es"} {
			if id, ok := ix.ids[w]; ok {
				raise(word, ix.title[id], scoreTitleWord)
				raise(word, ix.desc[id], scoreDescWord)
			}
		}
		for id := sort.SearchStrings(ix.words, q); id < len(ix.words) && strings.HasPrefix(ix.words[id], q); id++ {
			raise(word, ix.title[id], scoreTitlePrefix)
			raise(word, ix.desc[id], scoreDescPrefix)
		}
		for u, s := range word {
			switch {
			case s == 0 || (qi > 0 && total[u] == 0): // this word, or an earlier one, is missing
				total[u] = 0
				continue
			case qi == 0 && strings.HasPrefix(ix.first[u], q):
				s += scoreTitleStart
			}
			total[u] += s
		}
	}
	return total
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
	return strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// fold lowers the case and removes accents: the decomposed form without its combining marks.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
