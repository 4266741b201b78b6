package i18n

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// messages lists every message of l's catalogue by id, as go-i18n reads it.
func messages(t *testing.T, l Lang) map[string]*goi18n.Message {
	t.Helper()
	out := map[string]*goi18n.Message{}
	for _, cf := range CatalogueFiles(l) {
		f, err := goi18n.ParseMessageFileBytes(cf.Data, cf.Name, map[string]goi18n.UnmarshalFunc{"toml": toml.Unmarshal})
		if err != nil {
			t.Fatalf("%s: %v", cf.Path, err)
		}
		for _, m := range f.Messages {
			out[m.ID] = m
		}
	}
	if len(out) < 100 {
		t.Fatalf("messages/%s: only %d messages read; the files are not read as catalogues", l.Code(), len(out))
	}
	return out
}

// forms is a message's texts, plural forms included, by form name.
func forms(m *goi18n.Message) map[string]string {
	out := map[string]string{}
	for k, v := range map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other} {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// placeholders is the sorted set of {{.Names}} in every form of m.
func placeholders(m *goi18n.Message) string {
	set := map[string]bool{}
	for _, s := range forms(m) {
		for _, x := range placeholder.FindAllStringSubmatch(s, -1) {
			set[x[1]] = true
		}
	}
	var names []string
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

// frenchOnly are the ids of the French of rules.toml's texts: English has no message for them, its
// words are the rules file's own.
func frenchOnly(id string) bool { return strings.HasPrefix(id, "rules_") }

// Every message has its translation, with the same placeholders and the plural forms its language
// needs; a message missing on either side, or with a {{.Name}} the other lacks, fails.
func TestCataloguesMatch(t *testing.T) {
	en, fr := messages(t, En), messages(t, Fr)
	for id, m := range en {
		f, ok := fr[id]
		if !ok {
			t.Errorf("%s: in the English catalogue, not in the French", id)
			continue
		}
		if a, b := placeholders(m), placeholders(f); a != b {
			t.Errorf("%s: placeholders differ: en {%s}, fr {%s}", id, a, b)
		}
		if (m.One != "") != (f.One != "") {
			t.Errorf("%s: plural in one language only", id)
		}
		if m.One != "" && (m.Other == "" || f.Other == "") {
			t.Errorf("%s: a plural needs one and other in both languages", id)
		}
	}
	for id := range fr {
		if _, ok := en[id]; !ok && !frenchOnly(id) {
			t.Errorf("%s: in the French catalogue, not in the English", id)
		}
	}
	for id, m := range fr {
		for form, s := range forms(m) {
			if strings.Contains(s, "{{") && !placeholder.MatchString(s) {
				t.Errorf("%s (%s): a template other than {{.Name}}: %q", id, form, s)
			}
		}
	}
}

// sameOnPurpose are the messages whose French is the English on purpose: codes, acronyms and
// frames made only of placeholders.
var sameOnPurpose = map[string]bool{
	"level":              true, // "{{.Name}} {{.N}}"
	"level_name_french":  true, // NCLC in both
	"line_language":      true, // "{{.Ability}} {{.Level}}"
	"score_total_points": true, // "{{.Total}} / {{.Max}}"
	"prog_cec":           true, // IRCC's French acronym is CEC too
	"wi_moved_ability":   true, // "{{.Factor}}, {{.Ability}}"
}

// English words that never belong in a French message.
var englishWords = regexp.MustCompile(`\b(the|and|needs|of|with|without|not|is|are|years?|work|points? for|cap|none|language|result)\b`)

// No French message is its English one (but for sameOnPurpose), and none has an English word.
func TestFrenchIsNotEnglish(t *testing.T) {
	en, fr := messages(t, En), messages(t, Fr)
	for id, f := range fr {
		e, ok := en[id]
		if ok && !sameOnPurpose[id] {
			for form, s := range forms(f) {
				if s == forms(e)[form] {
					t.Errorf("%s (%s): the French is the English %q", id, form, s)
				}
			}
		}
		for form, s := range forms(f) {
			text := placeholder.ReplaceAllString(s, "")
			if w := englishWords.FindString(text); w != "" {
				t.Errorf("%s (%s): English word %q in %q", id, form, w, s)
			}
		}
	}
	for id := range sameOnPurpose {
		if _, ok := fr[id]; !ok {
			t.Errorf("sameOnPurpose lists %s, which is no message", id)
		}
	}
}

// The terms of IRCC's French pages, as IRCC writes them (ircc-terms.md of the project, pages A to
// E of canada.ca/fr it cites).
func TestIRCCTerms(t *testing.T) {
	p := For(Fr)
	for id, want := range map[string]string{
		"term_express_entry":      "Entrée express",
		"term_crs":                "Système de classement global (SCG)",
		"term_ita":                "invitation à présenter une demande (IPD)",
		"term_pr_application":     "demande de résidence permanente",
		"term_fsw":                "Programme des travailleurs qualifiés (fédéral)",
		"term_cec":                "Catégorie de l’expérience canadienne",
		"term_fst":                "Programme des travailleurs de métiers spécialisés (fédéral)",
		"term_pnp":                "Programme des candidats des provinces",
		"term_provincial_nominee": "candidat des provinces",
		"term_eca":                "évaluation des diplômes d’études (EDE)",
		"term_settlement_funds":   "fonds d’établissement",
		"term_noc":                "Classification nationale des professions (CNP)",
		"term_teer":               "FÉER",
		"term_round":              "ronde d’invitations",
		"term_category_selection": "sélection axée sur les catégories",
	} {
		if got := p.T(id, nil); got != want {
			t.Errorf("%s = %q, want IRCC's %q", id, got, want)
		}
	}
	if got := p.T("term_clb", nil); !strings.Contains(got, "(NCLC)") {
		t.Errorf("term_clb = %q, want IRCC's NCLC", got)
	}
}

// A missing id shows as [id], never as an empty string.
func TestMissingMessage(t *testing.T) {
	if got := For(Fr).T("no_such_message", nil); got != "[no_such_message]" {
		t.Errorf("missing message gives %q", got)
	}
	if For(En).Has("no_such_message") || !For(Fr).Has("rules_cat_french_v1") || For(En).Has("rules_cat_french_v1") {
		t.Error("Has is wrong")
	}
}

// Both languages have the same files, and every message is in the file of the same name in both
// (messages/en/tui.toml and messages/fr/tui.toml), so a part of the program keeps its text in one
// place; an id in two files of a language stops the program at start (printer.go's init).
func TestCatalogueFilesPair(t *testing.T) {
	where := [NumLangs]map[string]string{}
	for l := Lang(0); l < NumLangs; l++ {
		where[l] = map[string]string{}
		for _, cf := range CatalogueFiles(l) {
			f, err := goi18n.ParseMessageFileBytes(cf.Data, cf.Name, map[string]goi18n.UnmarshalFunc{"toml": toml.Unmarshal})
			if err != nil {
				t.Fatalf("%s: %v", cf.Path, err)
			}
			base := strings.TrimPrefix(cf.Path, "messages/"+l.Code()+"/")
			for _, m := range f.Messages {
				where[l][m.ID] = base
			}
		}
	}
	var names [NumLangs][]string
	for l := Lang(0); l < NumLangs; l++ {
		for _, cf := range CatalogueFiles(l) {
			names[l] = append(names[l], strings.TrimPrefix(cf.Path, "messages/"+l.Code()+"/"))
		}
	}
	if strings.Join(names[En], " ") != strings.Join(names[Fr], " ") {
		t.Errorf("catalogue files differ: English %v, French %v", names[En], names[Fr])
	}
	for id, en := range where[En] {
		if fr, ok := where[Fr][id]; ok && fr != en {
			t.Errorf("%s: in messages/en/%s but messages/fr/%s", id, en, fr)
		}
	}
}
