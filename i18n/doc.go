// Package i18n gives eewizard's text in English and French: the language to use (Detect), a
// Printer per language that gives messages by id with named arguments and plural counts, and
// numbers, money and dates written as each language writes them.
//
// # The library: go-i18n
//
// Messages come from github.com/nicksnyder/go-i18n/v2, chosen over golang.org/x/text/message
// because:
//   - its catalogues are plain TOML files, one per language (en.toml, fr.toml, embedded here), that
//     a translator reads and edits without Go; x/text/message's catalogues are Go code made by the
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
// Put the English in en.toml and the French in fr.toml under the same id, with the same
// {{.Placeholders}}; TestCataloguesMatch fails until both are there, and TestFrenchIsNotEnglish
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
// # Still in English
//
// Only the text of the score and whatif commands speaks French so far (whatif: report/whatif_lang.go,
// from what scoring's what-if told of each reason and warning, scoring.Told, and of each
// scenario, Change.Told; the planner's change titles are not told yet). The rest, by package:
// report/ (improve, compare, draws, standing), checklist/, clientreport/, rounds/ (verdicts), tui/ (the
// wizard, its questions and help, every screen), scoring/'s errors of profiles and rules files,
// main's usage and errors; occupation titles stay NOC 2021's English until the noc package has
// CNP 2021's French titles.
package i18n
