package i18n

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The catalogues: messages/<lang>/*.toml, one file per part of the program (core.toml: the
// engine's words, the score and whatif commands; tui.toml: the screens; ...), each file holding
// the same ids in both languages.
//
//go:embed messages
var messagesFS embed.FS

// Args are a message's named arguments: {{.Name}} in the catalogue is Args{"Name": value}.
type Args = map[string]any

// Printer gives the messages of one language.
type Printer struct {
	lang Lang
	loc  *goi18n.Localizer
	// fast holds the language's own messages compiled (fast.go), which T writes without
	// go-i18n's text/template: the TUI writes the engine's labels through T on every layout.
	fast map[string]compiled
	// years caches N's results without arguments ("3 years"), which YearsIn asks for in most
	// labels and reasons.
	years nCache
}

var printers [NumLangs]*Printer

func init() {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for l := Lang(0); l < NumLangs; l++ {
		fast := map[string]compiled{}
		seen := map[string]string{}
		for _, f := range CatalogueFiles(l) {
			mf, err := bundle.ParseMessageFileBytes(f.Data, f.Name)
			if err != nil {
				panic(fmt.Sprintf("i18n: the embedded %s: %v", f.Path, err)) // a build fault: the catalogue tests catch it
			}
			for _, m := range mf.Messages {
				if other, dup := seen[m.ID]; dup {
					panic(fmt.Sprintf("i18n: the embedded %s: %s is in %s too", f.Path, m.ID, other))
				}
				seen[m.ID] = f.Path
			}
			for id, c := range compileAll(mf) {
				fast[id] = c
			}
		}
		printers[l] = &Printer{lang: l, loc: goi18n.NewLocalizer(bundle, l.Code()), fast: fast}
	}
}

// A CatalogueFile is one embedded file of a language's catalogue.
type CatalogueFile struct {
	Path string // "messages/fr/tui.toml"
	Name string // "tui.fr.toml", the name go-i18n reads the language from
	Data []byte // French after Typography
}

// CatalogueFiles lists l's catalogue files in name order.
func CatalogueFiles(l Lang) []CatalogueFile {
	dir := "messages/" + l.Code()
	entries, err := messagesFS.ReadDir(dir)
	if err != nil {
		panic(fmt.Sprintf("i18n: %s: %v", dir, err))
	}
	var out []CatalogueFile
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".toml" {
			continue
		}
		p := dir + "/" + e.Name()
		data, err := messagesFS.ReadFile(p)
		if err != nil {
			panic(fmt.Sprintf("i18n: %s: %v", p, err))
		}
		if l == Fr {
			data = Typography(data)
		}
		out = append(out, CatalogueFile{Path: p, Name: strings.TrimSuffix(e.Name(), ".toml") + "." + l.Code() + ".toml", Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// Typography puts French no-break spaces where the catalogue has ordinary ones: before ":"
// (U+00A0) and before ";", "!", "?" (U+202F), inside « » (U+00A0).
func Typography(b []byte) []byte {
	r := strings.NewReplacer(" :", NBSP+":", " ;", NarrowNBSP+";", " !", NarrowNBSP+"!", " ?", NarrowNBSP+"?",
		"« ", "«"+NBSP, " »", NBSP+"»")
	return []byte(r.Replace(string(b)))
}

// For gives the Printer of l.
func For(l Lang) *Printer { return printers[l] }

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// T gives message id with its arguments. A missing message gives "[id]", which the catalogue
// tests and the French golden files would show.
func (p *Printer) T(id string, args Args) string {
	if c, ok := p.fast[id]; ok {
		if s, ok := c.render(args); ok {
			return s
		}
	}
	return p.slowT(id, args)
}

// slowT is T through go-i18n, for what the fast path does not take (a message of the other
// language, an argument missing).
func (p *Printer) slowT(id string, args Args) string {
	s, err := p.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: args})
	if err != nil {
		return "[" + id + "]"
	}
	return s
}

// N gives message id in the plural form for n (CLDR's rules for the printer's language), with
// {{.Count}} set to n as Count writes it, besides args.
func (p *Printer) N(id string, n int, args Args) string {
	if args == nil {
		return p.years.get(id, n, func() string { return p.slowN(id, n, nil) })
	}
	return p.slowN(id, n, args)
}

// slowN is N through go-i18n.
func (p *Printer) slowN(id string, n int, args Args) string {
	data := Args{"Count": p.Count(n)}
	for k, v := range args {
		data[k] = v
	}
	s, err := p.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: n})
	if err != nil {
		return "[" + id + "]"
	}
	return s
}

// Has reports whether the catalogue of the printer's language has message id.
func (p *Printer) Has(id string) bool {
	_, err := p.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, PluralCount: 2, TemplateData: Args{}})
	return err == nil
}

// Fields splits s into words at spaces, as strings.Fields does, except in French, where a no-break
// space (U+00A0, U+202F, U+2007) joins its neighbours: "15 263 $" stays one word when wrapped.
func (p *Printer) Fields(s string) []string {
	if p.lang != Fr {
		return strings.Fields(s)
	}
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
	})
}
