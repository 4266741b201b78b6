package rounds

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eewizard/eewizard/i18n"
	"github.com/eewizard/eewizard/i18n/i18ntest"
	"github.com/eewizard/eewizard/scoring"
)

var fr = i18n.For(i18n.Fr)

// noEnglish fails when English reaches s, a text of rounds in French.
func noEnglish(t *testing.T, what, s string, allow ...string) {
	t.Helper()
	if en := i18ntest.English(s, allow...); len(en) > 0 {
		t.Errorf("%s: English in %q: %q", what, s, en)
	}
}

// Every kind of round has its title in both languages: the English as it always was, the French
// as IRCC's French feed names the rounds.
func TestKindTitlesInBothLanguages(t *testing.T) {
	for _, c := range []struct {
		c      Category
		en, fr string
	}{
		{All, "All rounds", "Toutes les rondes"},
		{General, "General (no program specified)", "Générale (aucun programme spécifié)"},
		{CEC, "Canadian Experience Class", "Catégorie de l’expérience canadienne"},
		{PNP, "Provincial Nominee Program", "Programme des candidats des provinces"},
		{FSW, "Federal Skilled Worker Program", "Programme des travailleurs qualifiés (fédéral)"},
		{FST, "Federal Skilled Trades Program", "Programme des travailleurs de métiers spécialisés (fédéral)"},
		{French, "French-language proficiency", "Compétence linguistique en français"},
		{Healthcare, "Healthcare and social services occupations", "Professions de la santé et des services sociaux"},
		{STEM, "STEM occupations", "Professions des STIM"},
		{Trades, "Trade occupations", "Métiers spécialisés"},
		{Transport, "Transport occupations", "Métiers des transports"},
		{Agriculture, "Agriculture and agri-food occupations", "Métiers de l’agriculture et de l’agroalimentaire"},
		{Education, "Education occupations", "Professions de l’éducation"},
		{Physicians, "Physicians with Canadian work experience", "Médecins ayant de l’expérience de travail au Canada"},
		{SeniorManagers, "Senior managers with Canadian work experience", "Cadres supérieurs/cadres supérieures ayant de l’expérience de travail au Canada"},
		{Researchers, "Researchers with Canadian work experience", "Chercheurs ayant de l’expérience de travail au Canada"},
		{Military, "Skilled military recruits", "Recrues militaires qualifiées"},
		{Other, "Other round type", "Autre type de ronde"},
	} {
		if got := c.c.Title(); got != c.en || c.c.TitleIn(i18n.For(i18n.En)) != got {
			t.Errorf("%s: Title %q, want %q", c.c, got, c.en)
		}
		if got := c.c.TitleIn(fr); got != c.fr {
			t.Errorf("%s: TitleIn(fr) %q, want %q", c.c, got, c.fr)
		}
	}
	if n := len(Categories()) + 1; n != 18 {
		t.Errorf("%d categories: the table above lists 18", n)
	}
}

// Every judgement and mark, in both languages.
func TestJudgementsInBothLanguages(t *testing.T) {
	for _, c := range []struct {
		j            Judged
		mark, en, fr string
	}{
		{Entered, "✓", "met", "critères remplis"},
		{OffList, "○", "not in this list version", "hors de cette version de la liste"},
		{RuleNotMet, "○", "not met under this list version", "critères non remplis selon cette version de la liste"},
		{Unassessed, "?", "not assessed", "non évaluée"},
	} {
		v := Verdict{Judged: c.j, Reached: true}
		if c.j.String() != c.en || c.j.StringIn(fr) != c.fr || v.Mark() != c.mark {
			t.Errorf("%d: %q %q %q, want %q %q %q", c.j, c.j.String(), c.j.StringIn(fr), v.Mark(), c.en, c.fr, c.mark)
		}
	}
	if NotAssessedIn(i18n.For(i18n.En)) != NotAssessed || NotAssessedIn(fr) != "catégorie inconnue de ces règles"+i18n.NBSP+": non évaluée" {
		t.Errorf("NotAssessed: %q, %q", NotAssessedIn(i18n.For(i18n.En)), NotAssessedIn(fr))
	}
}

// profiles to judge every round of the feed for: with jobs (a social worker, on the healthcare
// list of versions 2 and 3, not 1), of year counts with French, and eligible for no program.
var langProfiles = map[string]string{
	"social worker": "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
		"[applicant.first_language]\ntest = \"clb\"\nlistening = 9\nreading = 9\nwriting = 9\nspeaking = 9\n" +
		"[[applicant.jobs]]\nnoc = \"41300\"\ncountry = \"canada\"\nstart = 2023-03-01\n",
	"years, French": "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\nteer = 1\n" +
		"canadian_work_years = 1\ncanadian_work_years_last_3 = 1\nprovincial_nomination = true\n" +
		"[applicant.first_language]\ntest = \"tef\"\nlistening = 450\nreading = 450\nwriting = 450\nspeaking = 460\n",
	"no program": "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"bachelors\"\n" +
		"[[applicant.jobs]]\nnoc = \"31301\"\ncountry = \"abroad\"\nstart = 2024-03-01\n",
}

// Every verdict of every round of the feed, for each profile, in French: each reason (ReasonIn)
// without English, the English one Why byte for byte; every kind's why and every group of
// excluded rounds too.
func TestEveryVerdictReasonInFrench(t *testing.T) {
	r, read := entryRules(t)
	day, _ := scoring.ParseDay("2026-08-20")
	feed := Embedded()
	for name, text := range langProfiles {
		p := read(text)
		a := scoring.Assess(r, &p, day)
		reasons := 0
		for _, c := range Categories() {
			s := feed.Judge(r, &a, c, len(feed.Rounds))
			for i := range s.Rounds {
				v := &s.Rounds[i]
				if v.ReasonIn(i18n.For(i18n.En)) != v.Why {
					t.Fatalf("%s: round %s: ReasonIn(en) %q, Why %q", name, v.Round.Number, v.ReasonIn(i18n.For(i18n.En)), v.Why)
				}
				if v.Why == "" {
					continue
				}
				reasons++
				if got := v.ReasonIn(fr); got == v.Why || got == "" {
					t.Errorf("%s: round %s: no French for %q", name, v.Round.Number, v.Why)
				} else {
					noEnglish(t, name+" round "+v.Round.Number, got)
				}
			}
			for _, e := range s.Excluded() {
				if e.StringIn(i18n.For(i18n.En)) != e.String() {
					t.Errorf("%s: StringIn(en) is not String", name)
				}
				noEnglish(t, name+" excluded", e.StringIn(fr))
			}
		}
		if reasons == 0 {
			t.Errorf("%s: no round of the feed is excluded: the profile tests nothing", name)
		}
		met, unmet := CategoryKinds(r, &a)
		for _, k := range append(append(KindsFor(r, &a, &p), met...), unmet...) {
			if k.WhyIn(i18n.For(i18n.En)) != k.Why {
				t.Errorf("%s: %s: WhyIn(en) %q, Why %q", name, k.Category, k.WhyIn(i18n.For(i18n.En)), k.Why)
			}
			noEnglish(t, name+" kind "+k.Category.String(), k.WhyIn(fr))
		}
		for _, n := range CategoryNotesIn(fr, r, &a) {
			noEnglish(t, name+" note", n)
		}
		if strings.Join(CategoryNotesIn(i18n.For(i18n.En), r, &a), "\n") != strings.Join(CategoryNotes(r, &a), "\n") {
			t.Errorf("%s: CategoryNotesIn(en) is not CategoryNotes", name)
		}
	}
}

// Each kind's why, each excluded group, row by row, in French.
func TestKindsAndExcludedInFrench(t *testing.T) {
	for _, c := range []struct {
		c  Category
		fr string
	}{
		{General, "admissible à un programme"},
		{CEC, "admissible à la Catégorie de l’expérience canadienne"},
		{FSW, "admissible au Programme des travailleurs qualifiés (fédéral)"},
		{FST, "admissible au Programme des travailleurs de métiers spécialisés (fédéral)"},
		{PNP, "désignation provinciale"},
	} {
		k := openKind(c.c)
		if got := k.WhyIn(fr); got != c.fr {
			t.Errorf("%s: %q, want %q", c.c, got, c.fr)
		}
	}
	v1 := &scoring.CategoryVersion{ID: "healthcare", Version: 1, Title: "Healthcare occupations"}
	v2 := &scoring.CategoryVersion{ID: "healthcare", Version: 2}
	said := &told{version: v1, said: []scoring.Said{{Format: "no job's occupation is on the %s list", Args: []any{"Healthcare occupations"}}}}
	for _, c := range []struct {
		e      Excluded
		en, fr string
	}{
		{Excluded{Judged: Unassessed, Why: NotAssessed, Rounds: 1, told: notAssessedTold},
			"1 round: category not known to these rules: not assessed", "1 ronde : catégorie inconnue de ces règles : non évaluée"},
		{Excluded{Judged: OffList, Versions: []*scoring.CategoryVersion{v1}, Why: "no job's occupation is on the Healthcare occupations list", Rounds: 6, told: said},
			"6 rounds under healthcare version 1: not in this list version (no job's occupation is on the Healthcare occupations list)",
			"6 rondes sous la liste santé, version 1 : hors de cette version de la liste (aucune profession des emplois n’est sur la liste « Professions de la santé »)"},
		{Excluded{Judged: RuleNotMet, Versions: []*scoring.CategoryVersion{v2, v1}, Why: "x", Rounds: 13, told: &told{notInPool: true}},
			"13 rounds under healthcare versions 2 and 1: not met under this list version (x)",
			"13 rondes sous la liste santé, versions 2 et 1 : critères non remplis selon cette version de la liste (admissible à aucun programme)"},
	} {
		want := string(i18n.Typography([]byte(c.fr)))
		if got := c.e.String(); got != c.en {
			t.Errorf("String %q, want %q", got, c.en)
		}
		if got := c.e.StringIn(fr); got != want {
			t.Errorf("StringIn(fr) %q, want %q", got, want)
		}
	}
}

// Staleness, what an update changed, progress and the source, in both languages.
func TestTimesAndUpdatesInBothLanguages(t *testing.T) {
	f := Embedded()
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	fewer := &Feed{Rounds: f.Rounds[1:]}
	for _, c := range []struct{ en, fr, wantEn, wantFr string }{
		{Staleness(f, today), StalenessIn(fr, f, today),
			"rounds data ends 2026-08-19 (104 days ago): eewizard draws update",
			"les données des rondes s’arrêtent au 19 août 2026 (il y a 104 jours) : eewizard draws update"},
		{Updated{Before: f, After: f}.String(), Updated{Before: f, After: f}.StringIn(fr),
			"no new rounds: 438 rounds, newest 437 on 2026-08-19 (French-Language proficiency 2026-Version 2, cut-off 382)",
			"aucune nouvelle ronde : 438 rondes, la plus récente : ronde 437 du 19 août 2026 (Compétence linguistique en français 2026-Version\u00a02, note limite 382)"},
		{Updated{Before: fewer, After: f}.String(), Updated{Before: fewer, After: f}.StringIn(fr),
			"rounds 437 -> 438, newest 437 on 2026-08-19 (French-Language proficiency 2026-Version 2, cut-off 382)",
			"rondes : 437 -> 438, la plus récente : ronde 437 du 19 août 2026 (Compétence linguistique en français 2026-Version\u00a02, note limite 382)"},
		{ProgressWords(120<<10, 1200<<10), ProgressWordsIn(fr, 120<<10, 1200<<10), "120 of 1200 KiB", "120 Kio sur 1\u202f200"},
		{ProgressWords(120<<10, -1), ProgressWordsIn(fr, 120<<10, -1), "120 KiB", "120 Kio"},
		{embeddedSource(f), SourceIn(fr, embeddedSource(f)), "embedded (IRCC feed, newest round 437 on 2026-08-19)",
			"intégré (flux d’IRCC, ronde la plus récente : 437 du 19 août 2026)"},
		{embeddedSource(f) + ", newer than /d/x.json", SourceIn(fr, embeddedSource(f)+", newer than /d/x.json"), embeddedSource(f) + ", newer than /d/x.json",
			"intégré (flux d’IRCC, ronde la plus récente : 437 du 19 août 2026), plus récent que /d/x.json"},
		{"/d/x.json", SourceIn(fr, "/d/x.json"), "/d/x.json", "/d/x.json"},
	} {
		if c.en != c.wantEn {
			t.Errorf("English %q, want %q", c.en, c.wantEn)
		}
		if want := string(i18n.Typography([]byte(c.wantFr))); c.fr != want {
			t.Errorf("French %q, want %q", c.fr, want)
		}
	}
}

// Every error of rounds a person reads, in French: the English as it always was, the French
// without English.
func TestErrorsInFrench(t *testing.T) {
	dir := t.TempDir()
	future := feedJSON(newEntry("500", "2099-01-01", "Canadian Experience Class", "1,000", "500"))
	_, importNoDir := Import("x.json", "", time.Time{})
	_, importMissing := Import(dir+"/missing.json", dir, time.Time{})
	_, categoryErr := ParseCategory("nurses")
	_, noRounds := parse([]byte(`{"classes": []}`), "f.json")
	_, empty := parse([]byte(`{"rounds": []}`), "f.json")
	_, after := ImportData(future, "f.json", dir, time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC))
	_, notURL := Download(t.Context(), "::", DownloadOptions{})
	_, plain := Download(t.Context(), "http://example.invalid/x.json", DownloadOptions{})
	older := embeddedPlus(t, nil, "437")
	if err := os.WriteFile(dir+"/"+FileName, embeddedJSON, 0o600); err != nil {
		t.Fatal(err)
	}
	_, olderErr := ImportData(older, "old.json", dir, time.Time{})
	for _, c := range []struct {
		err    error
		en     string
		allow  []string
		isFile bool
	}{
		{ErrOffline, "EEWIZARD_OFFLINE=1: eewizard does not use the network; unset it to download the rounds, or import a copy with `eewizard draws import FILE`",
			[]string{"EEWIZARD_OFFLINE", "`eewizard draws import FICHIER`"}, false},
		{importNoDir, "import: no data directory", nil, false},
		{importMissing, "", []string{dir + "/missing.json"}, true},
		{categoryErr, `category "nurses": want one of all, general, cec, pnp, fsw, fst, french, healthcare, stem, trades, transport, agriculture, education, physicians, senior-managers, researchers, military, other`,
			[]string{"nurses", "all, general, cec, pnp, fsw, fst, french, healthcare, stem, trades, transport, agriculture, education, physicians, senior-managers, researchers, military, other"}, false},
		{noRounds, `feed f.json: no "rounds" array: not an IRCC rounds feed`, []string{"f.json", "«\u00a0rounds\u00a0»"}, false},
		{empty, `feed f.json: the "rounds" array is empty`, []string{"f.json", "«\u00a0rounds\u00a0»"}, false},
		{after, "import refused, the feed in force is unchanged: feed f.json: round 500 is dated 2099-01-01, after today (2026-08-20): a feed cannot hold a round that has not happened",
			[]string{"f.json"}, false},
		{notURL, `"::" is not an address: want https://host/path`, []string{"https://hôte/chemin"}, false},
		{plain, "http://example.invalid/x.json: only https addresses are used (the feed must come over a secure connection)", []string{"http://example.invalid/x.json"}, false},
		{olderErr, "import refused, the feed in force is unchanged: feed old.json has 437 rounds up to round 436 on 2026-08-18, older than " + dir + "/" + FileName + " with 438 rounds up to round 437 on 2026-08-19",
			[]string{"old.json", dir + "/" + FileName}, false},
	} {
		if c.err == nil {
			t.Errorf("no error, want %q", c.en)
			continue
		}
		if c.en != "" && c.err.Error() != c.en {
			t.Errorf("English %q, want %q", c.err.Error(), c.en)
		}
		got := ErrorIn(fr, c.err)
		if got == c.err.Error() {
			t.Errorf("no French for %q", got)
		}
		if !c.isFile {
			noEnglish(t, c.err.Error(), got, c.allow...)
		}
	}
	if !errors.Is(importMissing, os.ErrNotExist) || !errors.Is(tellErr("rnd_err_update_refused", map[string]any{"Cause": ErrOffline}), ErrOffline) {
		t.Error("a told error hides its cause from errors.Is")
	}
}

// Every round name of the embedded feed has IRCC's French name, and it is not the English.
func TestEveryRoundNameOfTheFeedHasItsFrench(t *testing.T) {
	seen := map[string]bool{}
	for i := range Embedded().Rounds {
		r := &Embedded().Rounds[i]
		if seen[r.Name] {
			continue
		}
		seen[r.Name] = true
		got := r.NameIn(fr)
		if _, ok := roundNames[r.Name]; !ok || got == r.Name || r.NameIn(i18n.For(i18n.En)) != r.Name {
			t.Errorf("%q: no French name (%q)", r.Name, got)
		}
		noEnglish(t, r.Name, got)
	}
	if len(seen) != len(roundNames) {
		t.Errorf("%d names in the feed, %d in roundNames", len(seen), len(roundNames))
	}
	if got := (&Round{Name: "Brand new round type"}).NameIn(fr); got != "Brand new round type" {
		t.Errorf("a name IRCC's French is not known for: %q", got)
	}
}

// What it takes to enter each kind of round, and what each profile misses, in French.
func TestEntryAndMissingInFrench(t *testing.T) {
	r, read := entryRules(t)
	day, _ := scoring.ParseDay("2026-08-20")
	for name, text := range langProfiles {
		p := read(text)
		a := scoring.Assess(r, &p, day)
		for _, c := range append(Categories(), All) {
			e, ef := Entry(r, c, day), EntryIn(fr, r, c, day)
			if e.Key != ef.Key || e.Name == ef.Name || e.Need == ef.Need {
				t.Errorf("%s: entry %q %q / %q %q", c, e.Name, e.Need, ef.Name, ef.Need)
			}
			noEnglish(t, c.String()+" entry", ef.Name+" "+ef.Need)
			if m := Missing(r, c, &a, &p); m != MissingIn(i18n.For(i18n.En), r, c, &a, &p) || m != e.Missing(&a, &p) {
				t.Errorf("%s: %s: MissingIn(en) is not Missing", name, c)
			}
			noEnglish(t, name+" "+c.String()+" missing", ef.Missing(&a, &p))
		}
	}
}

// Every refusal of a broken feed, in French, row by row: the English as it always was.
func TestParseErrorsInFrench(t *testing.T) {
	ok := newEntry("411", "2026-04-22", "Canadian Experience Class", "2,500", "515")
	for _, c := range []struct {
		data  []byte
		en    string
		allow []string
	}{
		{feedJSON(ok.with("drawNumber", "x1")), `feed f.json: rounds[0]: drawNumber "x1": want a round number like 437 or 91a`, []string{"rounds[0]", "drawNumber"}},
		{feedJSON(ok, ok), `feed f.json: round 411: drawNumber "411": round 411 appears twice (rounds[0] and rounds[1])`, []string{"rounds[0]", "rounds[1]", "drawNumber"}},
		{feedJSON(ok.with("drawDate", "soon")), `feed f.json: round 411: drawDate "soon": want a date like 2026-08-19`, []string{"drawDate", `"soon"`}},
		{feedJSON(ok.with("drawSize", "many")), `feed f.json: round 411: drawSize "many": want a whole number`, []string{"drawSize", `"many"`}},
		{feedJSON(ok.with("drawCRS", "x")), `feed f.json: round 411: drawCRS "x": want a whole number`, []string{"drawCRS"}},
		{feedJSON(ok.with("drawCRS", "1500")), `feed f.json: round 411: drawCRS "1500": want a CRS score from 0 to 1200`, []string{"drawCRS"}},
		{feedJSON(ok.with("dd3", "lots")), `feed f.json: round 411: dd3 "lots": want a whole number`, []string{`"lots"`}},
		{feedJSON(ok.with("drawDistributionAsOn", "someday")), "", []string{"drawDistributionAsOn", `"someday"`, "August 16, 2026", "no month", "no day", "no year", "unexpected word"}},
		{feedJSON(ok.with("dd18", "5")), "", nil},
		{[]byte(`[1, 2]`), `feed f.json: the feed is a JSON array: want an object with a "rounds" array`, []string{"«\u00a0rounds\u00a0»"}},
		{[]byte(`{"rounds": 3}`), `feed f.json: "rounds" is a JSON number: want an array of rounds`, []string{"«\u00a0rounds\u00a0»"}},
		{[]byte(`{"rounds": [3]}`), `feed f.json: rounds[0]: a JSON number: want an object`, []string{"rounds[0]"}},
		{[]byte(`{"rounds": [{"drawNumber": "5", "drawCRS": 5}]}`), `feed f.json: round 5: drawCRS: a JSON number: want a string`, []string{"drawCRS"}},
	} {
		_, err := parse(c.data, "f.json")
		if err == nil {
			t.Errorf("%s: no error", c.data)
			continue
		}
		if c.en != "" && err.Error() != c.en {
			t.Errorf("English %q, want %q", err.Error(), c.en)
		}
		got := ErrorIn(fr, err)
		if got == err.Error() {
			t.Errorf("no French for %q", got)
		}
		noEnglish(t, err.Error(), got, append(c.allow, "f.json")...)
	}
}

// Why a round is not assessed (VersionOf, CheckCategories), in French, row by row.
func TestNotAssessedRoundsInFrench(t *testing.T) {
	r := testRules(t)
	day := func(s string) time.Time { d, _ := scoring.ParseDay(s); return d }
	const v1 = "Healthcare occupations (Version 1)"
	for _, c := range []struct {
		rd Round
		en string
	}{
		{Round{Number: "999", Date: day("2026-08-01"), Name: "Healthcare occupations (Version 9)", Category: Healthcare},
			`round 999 of 2026-08-01, "Healthcare occupations (Version 9)": a healthcare round whose name no category version of the rules claims: category not known to these rules: not assessed`},
		{Round{Number: "998", Date: day("2024-01-10"), Name: v1, Category: STEM}, ""},
		{Round{Number: "997", Date: day("2030-01-01"), Name: v1, Category: Healthcare}, ""},
		{Round{Number: "996", Date: day("2024-01-10"), Name: v1, Category: Other}, ""},
	} {
		_, err := VersionOf(r, &c.rd)
		if c.rd.Category == Other {
			errs := CheckCategories(r, &Feed{Rounds: []Round{c.rd}})
			if len(errs) != 1 {
				t.Fatalf("%s: %d errors", c.rd.Number, len(errs))
			}
			err = errs[0]
		}
		if err == nil {
			t.Errorf("%s: no error", c.rd.Number)
			continue
		}
		if c.en != "" && err.Error() != c.en {
			t.Errorf("English %q, want %q", err.Error(), c.en)
		}
		got := ErrorIn(fr, err)
		if got == err.Error() {
			t.Errorf("no French for %q", got)
		}
		noEnglish(t, err.Error(), got, strconv.Quote(c.rd.Name))
	}
}

// The notes on the occupation lists as a whole are known for what they are in both languages.
func TestIsListNoteIn(t *testing.T) {
	for _, p := range []*i18n.Printer{i18n.For(i18n.En), fr} {
		off := p.T("rnd_note_off_list", i18n.Args{"Lists": "STEM occupations (stem version 3)"})
		if !IsListNoteIn(p, NoJobsNoteIn(p)) || !IsListNoteIn(p, off) || IsListNoteIn(p, p.T("rnd_note_not_met", i18n.Args{"Name": "x", "Why": "y"})) {
			t.Errorf("%s: IsListNoteIn is wrong", p.Lang())
		}
	}
	if !IsListNoteIn(i18n.For(i18n.En), "No job's occupation is on the list of X.") || !IsListNoteIn(i18n.For(i18n.En), NoJobsNote) {
		t.Error("the English notes as clientreport knows them are not list notes")
	}
}
