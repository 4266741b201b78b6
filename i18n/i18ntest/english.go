// Package i18ntest holds what tests of French output share: a finder of English words, so a test
// that walks a screen or a command in French fails when English reaches it.
package i18ntest

import (
	"regexp"
	"strings"
)

// englishWords are words of English that are not words of French (nor codes, acronyms or names
// the French text keeps: IELTS, CELPIP, PTE Core, TEF, TCF, NOC codes). Words French shares
// ("points", "total", "note", "date", "invitation", "on", "second", "type", "plan", "test",
// "provincial", "nomination", "occupation", "qualification", "met", "file", "gain") are not here.
var englishWords = wordSet(`
the and of with without for from into is are was were be been not no yes you your this that
these those which when where what who if or in at by than then there their they it its can
cannot could will would should must may has have had does do done more less each every any all
none only also after before until since about above below under over between year years month
months week weeks day days age education language languages work worked working job jobs offer
study studies spouse partner children child brother sister sibling eligible ineligible needs
need needed apply applied decline declined accept invited round rounds draw draws cut-off score
scored scores profile profiles files save saved quit help back next previous edit change
changes changed keep kept drop undo checklist fees fee report steps step keys key scroll choose
cancel warning warnings programs program category categories federal skilled worker workers
trades experience class canadian foreign french english first level levels result results
listening reading writing speaking funds settlement family certificate arranged employment
unknown missing invalid expected want wants give given gives shows show open opened press typed
enter again new old other same still here now today timeline`)

// word is a word in any script: letters, digits and _ (a key: "hours_per_week"), with inner
// hyphens ("cut-off"). Go's \b knows ASCII letters only, so "baccalauréat" would hold "at" for it.
var word = regexp.MustCompile(`[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*`)

func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// English lists the English words in s, after removing the allowed strings (a file name, a
// person's name, a test's name as its maker writes it: "IELTS General Training").
func English(s string, allow ...string) []string {
	for _, a := range allow {
		if a != "" {
			s = strings.ReplaceAll(s, a, " ")
		}
	}
	var out []string
	for _, w := range word.FindAllString(s, -1) {
		if englishWords[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}
