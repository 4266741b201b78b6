// Package i18n gives eewizard's text in English and French: the language to use (Detect), a
// Printer per language that gives messages by id with named arguments and plural counts, and
// numbers, money and dates written as each language writes them.
//
// # The library: go-i18n
//
// Messages come from github.com/nicksnyder/go-i18n/v2, chosen over golang.org/x/text/message
// because:
//   - its catalogues are plain TOML files (messages/en/*.toml, messages/fr/*.toml, embedded here),
//     that a translator reads and edits without Go; x/text/message's catalogues are Go code made by the
//     gotext tool, or built in Go with catalog.Builder;
//   - plurals are the library's, by CLDR's rules ("one" is 0 and 1 in French: "0 an", "1 an",
//     "2 ans"; only 1 in English), written in the file as one = "…", other = "…", where x/text
//     asks for plural.Selectf calls in Go;
//   - ParseMessageFileBytes lists every message of a file, so a test can compare the ids and
//     placeholders of the two languages (see catalogue_test.go);
//   - it is small: its only dependencies are golang.org/x/text (already used) and a TOML
//     decoder, for which BurntSushi/toml (already used for rules.toml) is registered.
//
// Numbers, money and dates are formatted here (format.go), not by x/text/number: the two
// languages' conventions are a few lines each, and this way they are exact and tested.
//
// # French typography
//
// The French catalogue is written with ordinary spaces; on loading, a space before ":" becomes a
// no-break space (U+00A0), and a space before ";", "!" or "?" a narrow no-break space (U+202F), as
// the OQLF writes them, so a translator never types invisible characters. Thousands are grouped
// with a narrow no-break space (U+202F, "1 200"), and money is "15 263 $" with a no-break space
// (U+00A0) before the sign. Words are never split at a no-break space (Printer.Fields).
//
// # Adding text
//
// The catalogue of a language is one file per part of the program, the same files in both
// (messages/en/wizard.toml and messages/fr/wizard.toml): core.toml the engine's words and the
// score command, whatif, improve, compare, rounds, checklist, clientreport, wizard, screens, errors
// (profile and rules files), cli (the usage, flags and main's messages). Ids carry their part's
// prefix (wiz_, scr_, rnd_, imp_, cmp_, chk_, crp_, err_, cli_, wi_); an id in two files stops the
// program at start, and TestCatalogueFilesPair holds each id to the same file in both languages.
//
// Put the English in messages/en/PART.toml and the French in messages/fr/PART.toml under the same
// id, with the same {{.Placeholders}}; TestCataloguesMatch fails until both are there, and TestFrenchIsNotEnglish
// when the French is the English (list the id in sameOnPurpose when it is so on purpose: codes,
// frames of placeholders only). Texts of rules.toml (category titles, conditions) are French-only
// messages named rules_*: their English is the rules file's own.
//
// To translate a screen or a command: give its writer a *Printer (i18n.For(lang), lang from
// --lang or the locale: flags.lang in main, Detect elsewhere), write each sentence as p.T(id,
// Args{...}) or p.N(id, count, Args{...}), numbers with p.Count or p.Money, dates with p.Date,
// words for wrapping with p.Fields; keep the English byte for byte (the goldens) and add French
// goldens. scoring's XIn(p) methods (text_lang.go) give the engine's words in any language; its
// English X() methods (text.go) and report.Score are the same code with For(En), so the
// catalogue is the one place a text's words are written, English included.
//
// # Speed
//
// go-i18n writes a message through text/template (~5 µs). Every message here is text with
// {{.Name}} placeholders only, so T writes them from pieces compiled at load (fast.go; the same
// bytes as go-i18n's, TestFastIsGoI18n), and N keeps its texts without arguments ("3 years").
// Anything else (another template action, a missing argument) goes through go-i18n.
//
// # What speaks French
//
// Everything a person reads: every command's text and errors, the usage and each command's -h
// (flag names stay English: they are the interface), the wizard and every screen (ctrl+t switches
// the language there, answers and state kept; accessible mode has a menu choice for it), the
// client report, the checklist. A writer takes a *Printer; the English is the same writer with
// For(En). What the engine says for later writing is told (scoring.Told: a message id and typed
// arguments beside the English): what-if reasons and warnings, the planner's changes and timeline
// days, the swap's notes, the errors of profile and rules files (scoring.ErrorIn). Texts of
// rules.toml are translated by French-only rules_* messages (category titles and conditions, the
// worded test names, the fees' unconfirmed note), never by a second rules file. --json stays
// English: it is data. Occupation titles are CNP 2021's (noc.TitleIn), IRCC's round names its
// French feed's (rounds.Round.NameIn). See TERMS.md for IRCC's terms and what is not confirmed.
//
// i18ntest.English finds English words in a French text; each part's tests walk its outputs in
// French with it (the commands: lang_walk_test.go; the screens: tui/screens_fr_test.go,
// tui/lang_wizard_test.go).
package i18n
