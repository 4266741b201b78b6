package noc

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// Every unit group of the English table has its CNP 2021 title, and the French file names no other
// code: 516 titles, none empty, none equal to the English one for every code (the French file is
// not a copy of the English titles).
func TestEveryUnitGroupHasItsFrenchTitle(t *testing.T) {
	tb := table(t)
	same := 0
	for _, u := range tb.All() {
		fr := tb.TitleFR(u.Code)
		if fr == "" || strings.TrimSpace(fr) != fr {
			t.Errorf("%s: French title %q", u, fr)
		}
		if got := tb.TitleIn(u.Code, French); got != fr {
			t.Errorf("TitleIn(%s, French) = %q, TitleFR %q", u.Code, got, fr)
		}
		if got := tb.TitleIn(u.Code, English); got != u.Title {
			t.Errorf("TitleIn(%s, English) = %q, want %q", u.Code, got, u.Title)
		}
		if fr == u.Title {
			same++
		}
	}
	// A handful of titles could be the same in both languages; most cannot.
	if same > 10 {
		t.Errorf("%d of %d French titles are the English ones", same, tb.Len())
	}
	if len(tb.unitFR) != 516 {
		t.Errorf("%d French unit titles, want 516", len(tb.unitFR))
	}
}

// Every group above a unit group has a French title: the broad, major and minor groups the English
// table names, and the sub-major groups (three digits) it does not. CNP 2021 V1.0 counts 10 broad
// categories, 45 major, 89 sub-major and 162 minor groups (cnp2021-fr-groups.csv: 306 rows).
func TestEveryGroupHasItsFrenchTitle(t *testing.T) {
	tb := table(t)
	seen := map[int]map[string]bool{1: {}, 2: {}, 3: {}, 4: {}}
	for _, u := range tb.All() {
		for _, g := range []Group{u.Broad, u.Major, {Code: u.Code[:3]}, u.Minor} {
			seen[len(g.Code)][g.Code] = true
			if tb.TitleFR(g.Code) == "" {
				t.Errorf("group %s (above %s) has no French title", g.Code, u.Code)
			}
			if g.Title != "" && tb.TitleIn(g.Code, English) != g.Title {
				t.Errorf("TitleIn(%s, English) = %q, want %q", g.Code, tb.TitleIn(g.Code, English), g.Title)
			}
		}
	}
	for digits, n := range map[int]int{1: 10, 2: 45, 3: 89, 4: 162} {
		if len(seen[digits]) != n {
			t.Errorf("%d groups of %d digits, want %d", len(seen[digits]), digits, n)
		}
	}
	if len(tb.groupFR) != 306 {
		t.Errorf("%d French group titles, want 306", len(tb.groupFR))
	}
	if got := tb.TitleIn("313", English); got != "" {
		t.Errorf("TitleIn(313, English) = %q: the English table has no sub-major titles", got)
	}
	for _, code := range []string{"", "x", "99999", "99", "313010"} {
		if got := tb.TitleFR(code); got != "" {
			t.Errorf("TitleFR(%q) = %q, want none", code, got)
		}
	}
	var none *Table
	if none.TitleFR("31301") != "" || none.TitleIn("31301", French) != "" {
		t.Error("a nil table gave a title")
	}
}

// Titles copied by hand from cnp2021-fr.csv and cnp2021-fr-groups.csv (Statistics Canada's CNP
// 2021 V1.0): accents, slashes, the ASCII apostrophe and "oe" as StatCan writes them.
func TestFrenchTitlesSpotChecks(t *testing.T) {
	tb := table(t)
	for code, want := range map[string]string{
		"00010": "Membres des corps législatifs",
		"21211": "Scientifiques des données",
		"21220": "Spécialistes de la cybersécurité",
		"21232": "Développeurs/développeuses et programmeurs/programmeuses de logiciels",
		"31301": "Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées",
		"32101": "Infirmiers auxiliaires/infirmières auxiliaires",
		"64409": "Autres préposés/préposées aux services d'information et aux services à la clientèle",
		"72200": "Électriciens/électriciennes (sauf électriciens industriels/électriciennes industrielles et de réseaux électriques)",
		"85100": "Manoeuvres aux soins du bétail",
		"94123": "Classeurs/classeuses de bois d'oeuvre et autres vérificateurs/vérificatrices et classeurs/classeuses dans la transformation du bois",
		// Groups: broad, major (as oddly worded as StatCan has it), sub-major, minor (quoted in the
		// file for its comma).
		"3":    "Secteur de la santé",
		"14":   "Personnel de soutien administratif et finance et en logistiques de chaîne d'approvisionnement",
		"313":  "Professionnels des soins infirmiers et paramédicaux",
		"2123": "Concepteurs/conceptrices et développeurs/développeuses en informatique, logiciel et Web",
	} {
		if got := tb.TitleFR(code); got != want {
			t.Errorf("TitleFR(%s) = %q, want %q", code, got, want)
		}
		if got := tb.TitleIn(" "+code+" ", French); got != want {
			t.Errorf("TitleIn(%s, French) = %q, want %q", code, got, want)
		}
	}
}

func TestSearchFindsFrenchWordsWithoutAccentsOrCase(t *testing.T) {
	tb := table(t)
	for _, c := range []struct{ query, code string }{
		{"infirmiere", "31301"}, {"Infirmière", "31301"}, {"INFIRMIÈRES", "31301"},
		{"développeur", "21232"}, {"developpeur", "21232"}, {"DÉVELOPPEUSE", "21232"},
		{"programmeuses de logiciels", "21232"}, {"législatifs", "00010"}, {"cybersecurite", "21220"},
	} {
		for _, lang := range []Lang{French, English, "de"} {
			got := tb.SearchIn(c.query, 0, lang)
			if !has(got, c.code) {
				t.Errorf("SearchIn(%q, %s) = %v, no %s", c.query, lang, codes(got), c.code)
			}
		}
		if got := tb.Search(c.query, 0); !has(got, c.code) {
			t.Errorf("Search(%q) = %v, no %s", c.query, codes(got), c.code)
		}
	}
	if a, b := tb.SearchIn("développeur", 0, French), tb.SearchIn("DEVELOPPEUR", 0, French); codes(a) != codes(b) || len(a) != 4 {
		t.Errorf("développeur %v, DEVELOPPEUR %v: want the same 4", codes(a), codes(b))
	}
}

// French titles rank as English ones: a whole word (or its plural) 40, the start of a word 25, 5
// more when the title begins with the query's first word; then the shorter title, then the code.
func TestSearchInFrenchRanksAsEnglish(t *testing.T) {
	tb := table(t)
	for _, c := range []struct {
		query string
		want  string // the French matches, in order
		score []int
	}{
		// "Infirmiers praticiens/infirmières praticiennes" (46 characters) and "Infirmiers
		// auxiliaires/infirmières auxiliaires" (46) begin with "infirmiers": 40+5, by code; then
		// 31301, longer; "Coordonnateurs ... soins infirmiers" and "Aides-infirmiers/..." have the
		// word later: 40, shorter first.
		{"infirmier", "31302 32101 31301 31300 33102", []int{45, 45, 45, 40, 40}},
		// "infirmières" 40 and "autorisées" 40; the title begins "Infirmiers", not "infirmiere".
		{"infirmière autorisée", "31301", []int{80}},
		// "médecins" (plural) and "médecin" are whole words, 40; "médecine" only starts with it, 25.
		{"médecin", "32209 31303 31102 31100 32200", []int{40, 40, 40, 25, 25}},
		// "Ingénieurs" 40+5 and "logiciel" 40 in both; 21231's title is the shorter.
		{"ingénieur logiciel", "21231 21311", []int{85, 85}},
		// "Cuisiniers" begins with "cuisin": 25+5; "cuisine" in 65201, later in its title: 25.
		{"cuisin", "63200 65201", []int{30, 25}},
	} {
		var got []Match
		for _, m := range tb.SearchIn(c.query, 0, French) {
			if m.Lang == French {
				got = append(got, m)
			}
		}
		var scores []int
		for _, m := range got {
			scores = append(scores, m.Score)
		}
		if codes(got) != c.want || !equal(scores, c.score) {
			t.Errorf("SearchIn(%q, French) = %v %v, want %s %v", c.query, codes(got), scores, c.want, c.score)
		}
	}
}

// The language asked for comes first; the other language's matches follow, only for unit groups
// the first has not matched, scoring below every match in the first.
func TestSearchInPutsTheOtherLanguageAfter(t *testing.T) {
	tb := table(t)
	// "police": in English, 42100 "Police officers (except commissioned)" and more; in French,
	// 41310 and 40040 have "police" in their titles, 42100 ("Policiers/policières ...") has not.
	for _, c := range []struct {
		lang  Lang
		first string
	}{{English, "42100"}, {French, "41310"}} {
		got := tb.SearchIn("police", 0, c.lang)
		if len(got) == 0 || got[0].Unit.Code != c.first || got[0].Lang != c.lang {
			t.Fatalf("SearchIn(police, %s) = %v, want %s first, in %s", c.lang, codes(got), c.first, c.lang)
		}
		seen, other := map[string]bool{}, false
		for _, m := range got {
			if seen[m.Unit.Code] {
				t.Errorf("SearchIn(police, %s): %s twice", c.lang, m.Unit.Code)
			}
			seen[m.Unit.Code] = true
			switch {
			case m.Lang != c.lang:
				other = true
				if m.Score >= 0 {
					t.Errorf("SearchIn(police, %s): %s in %s scores %d, want below every match in %s", c.lang, m.Unit.Code, m.Lang, m.Score, c.lang)
				}
			case other:
				t.Errorf("SearchIn(police, %s): %s in %s after a match in the other language", c.lang, m.Unit.Code, m.Lang)
			}
		}
	}
	// English words in the French program still find the English titles, after the French ones.
	got := tb.SearchIn("registered nurse", 3, French)
	if len(got) == 0 || got[0].Unit.Code != "31301" || got[0].Lang != English {
		t.Errorf("SearchIn(registered nurse, French) = %v, want 31301 in English", codes(got))
	}
	// The English program lists the French-only matches after the English ones (none here).
	got = tb.Search("infirmière", 0)
	for _, m := range got {
		if m.Lang != French || m.Score >= 0 {
			t.Errorf("Search(infirmière): %s in %s scores %d, want French below zero", m.Unit.Code, m.Lang, m.Score)
		}
	}
	if got := tb.SearchIn("31301", 0, French); len(got) != 1 || got[0].Lang != French || got[0].Score != scoreCodeExact {
		t.Errorf("SearchIn(31301, French) = %+v", got)
	}
}

// StatCan writes the ASCII apostrophe; a query with the typographic one (or with none, or with the
// article elided before it) finds the same, and "œ" is StatCan's "oe".
func TestSearchFrenchApostrophesAndLigatures(t *testing.T) {
	tb := table(t)
	for _, c := range []struct{ plain, typed string }{
		{"bois d'oeuvre", "bois d’oeuvre"},
		{"bois d'oeuvre", "bois d‘oeuvre"},
		{"bois d'oeuvre", "bois oeuvre"},
		{"maîtres d'hôtel", "maîtres d’hôtel"},
		{"services d'information", "services d’information"},
		{"infirmière", "l’infirmière"},
		{"infirmière", "l'infirmière"},
		{"manoeuvres", "manœuvres"},
		{"manoeuvres", "MANŒUVRES"},
	} {
		want, got := tb.SearchIn(c.plain, 0, French), tb.SearchIn(c.typed, 0, French)
		if len(want) == 0 || codes(got) != codes(want) || got[0].Score != want[0].Score {
			t.Errorf("SearchIn(%q) = %v, SearchIn(%q) = %v: want the same, not none", c.typed, codes(got), c.plain, codes(want))
		}
	}
	if got := tb.SearchIn("bois d’oeuvre", 0, French); len(got) != 1 || got[0].Unit.Code != "94123" {
		t.Errorf("SearchIn(bois d’oeuvre) = %v, want 94123 alone", codes(got))
	}
	// An apostrophe just typed keeps the letter before it as the start of a word: "bois d’" still
	// finds "bois d'oeuvre", as "bois d" does.
	if a, b := tb.SearchIn("bois d’", 0, French), tb.SearchIn("bois d", 0, French); !has(a, "94123") || codes(a) != codes(b) {
		t.Errorf("SearchIn(bois d’) = %v, SearchIn(bois d) = %v", codes(a), codes(b))
	}
}

func TestAddFrenchRefusesBrokenFilesNamingTheLine(t *testing.T) {
	const english = "code,teer,title,broad_group,major_group,minor_group,description\n" +
		"31301,1,Registered nurses,3 Health,31 Professional,3130 Nursing,Desc\n" +
		"31302,1,Nurse practitioners,3 Health,31 Professional,3130 Nursing,Desc\n"
	units := "code,title_fr\n31301,Infirmiers\n31302,Praticiens\n"
	groups := "code,level,title_fr\n3,broad,Santé\n31,major,Professionnel\n313,sub_major,Soins\n3130,minor,Soins infirmiers\n"
	for _, c := range []struct{ name, units, groups, want string }{
		{"good", units, groups, ""},
		{"columns", "code,title\n", groups, "fr.csv: line 1: columns"},
		{"width", "code,title_fr\n31301,A,B\n", groups, "fr.csv: line 2: 3 fields"},
		{"empty title", "code,title_fr\n31301, \n", groups, "fr.csv: line 2: 31301 has no title"},
		{"short code", "code,title_fr\n3130,A\n", groups, "fr.csv: line 2: code \"3130\""},
		{"unknown", units + "99999,A\n", groups, "fr.csv: line 4: unit group 99999 is not in"},
		{"twice", units + "31301,A\n", groups, "fr.csv: line 4: unit group 31301 is listed twice"},
		{"missing", "code,title_fr\n31301,A\n", groups, "fr.csv: unit group 31302 (Nurse practitioners) has no French title"},
		{"level", units, groups + "3,grand,X\n", "groups.csv: line 6: level \"grand\""},
		{"digits", units, groups + "313,minor,X\n", "groups.csv: line 6: minor group \"313\": want 4 digits"},
		{"group twice", units, groups + "31,major,X\n", "groups.csv: line 6: group 31 is listed twice"},
		{"no sub-major", units, strings.Replace(groups, "313,sub_major,Soins\n", "", 1), "groups.csv: group 313 (above unit group 31301) has no French title"},
	} {
		tb, err := Read("noc.csv", strings.NewReader(english))
		if err != nil {
			t.Fatal(err)
		}
		err = tb.addFrench("fr.csv", strings.NewReader(c.units), "groups.csv", strings.NewReader(c.groups))
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want == "" && (tb.TitleFR("31302") != "Praticiens" || tb.TitleFR("313") != "Soins"):
			t.Errorf("%s: TitleFR(31302) = %q, TitleFR(313) = %q", c.name, tb.TitleFR("31302"), tb.TitleFR("313"))
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.want)
		case c.want != "" && tb.TitleFR("31301") != "":
			t.Errorf("%s: refused, yet TitleFR(31301) = %q", c.name, tb.TitleFR("31301"))
		}
	}
}

// A table read without its French edition has no French titles: TitleIn falls back to English and
// a French search finds the English words.
func TestTableWithoutFrenchFallsBackToEnglish(t *testing.T) {
	tb, err := Read("noc.csv", strings.NewReader(string(embeddedCSV)))
	if err != nil {
		t.Fatal(err)
	}
	if got := tb.TitleFR("31301"); got != "" {
		t.Errorf("TitleFR(31301) = %q, want none", got)
	}
	if got := tb.TitleIn("31301", French); got != "Registered nurses and registered psychiatric nurses" {
		t.Errorf("TitleIn(31301, French) = %q, want the English title", got)
	}
	if got := tb.SearchIn("registered nurse", 1, French); len(got) != 1 || got[0].Unit.Code != "31301" || got[0].Lang != English {
		t.Errorf("SearchIn(registered nurse, French) = %+v", got)
	}
	if got := tb.SearchIn("infirmière", 0, French); len(got) != 0 {
		t.Errorf("SearchIn(infirmière) = %v without French titles", codes(got))
	}
}

func has(ms []Match, code string) bool {
	for _, m := range ms {
		if m.Unit.Code == code {
			return true
		}
	}
	return false
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// One keystroke in French over the 516 unit groups, both languages searched.
func BenchmarkSearchFrenchOneKeystroke(b *testing.B) {
	tb := table(b)
	for _, q := range []string{"i", "infirmière auto", "développeur", "bois d’oeu"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tb.SearchIn(q, 20, French)
			}
		})
	}
}

// The English search is what it was before the French titles: testdata/english-search.golden holds
// Search(query, 10) for 4,000-odd queries as commit 270194e gave them; the English matches now are
// the same, in the same order, with the same scores (French-only matches may follow them).
func TestEnglishSearchUnchangedByFrench(t *testing.T) {
	data, err := os.ReadFile("testdata/english-search.golden")
	if err != nil {
		t.Fatal(err)
	}
	tb := table(t)
	n := 0
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		q, want, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("english-search.golden: line %d: no colon", i+1)
		}
		var b strings.Builder
		for _, m := range tb.Search(q, 10) {
			if m.Lang == English {
				fmt.Fprintf(&b, " %s/%d", m.Unit.Code, m.Score)
			}
		}
		if b.String() != want {
			t.Errorf("Search(%q, 10):\n got%s\nwant%s", q, b.String(), want)
		}
		n++
	}
	if n < 4000 {
		t.Errorf("%d queries in english-search.golden, want over 4000", n)
	}
}

func FuzzSearchInFrench(f *testing.F) {
	for _, s := range []string{"infirmière", "l’", "d'", "qu’a", "bois d’o", "œ", "'’‘ʼ", "Æ", "31301", "l'l'l'x"} {
		f.Add(s)
	}
	tb := table(f)
	f.Fuzz(func(t *testing.T, q string) {
		got := tb.SearchIn(q, 10, French)
		if len(got) > 10 {
			t.Fatalf("limit 10 gave %d", len(got))
		}
		for i := 1; i < len(got); i++ {
			if got[i].Score > got[i-1].Score || (got[i-1].Lang == English && got[i].Lang == French) {
				t.Fatalf("SearchIn(%q, French) not ranked: %+v", q, got)
			}
		}
	})
}
