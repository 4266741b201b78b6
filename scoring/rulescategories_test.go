package scoring

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// listKeys maps each list of categories.json (the reference's machine-readable lists, copied into
// testdata) to the version of rules.toml that holds it.
var listKeys = map[string]struct {
	id      string
	version int
}{
	"healthcare_v1": {"healthcare", 1}, "stem_v1": {"stem", 1}, "trades_v1": {"trades", 1},
	"transport_v1": {"transport", 1}, "agriculture_v1": {"agriculture", 1},
	"healthcare_v2": {"healthcare", 2}, "stem_v2": {"stem", 2}, "trades_v2": {"trades", 2},
	"education_v1": {"education", 1}, "agriculture_v2": {"agriculture", 2},
	"healthcare_v3": {"healthcare", 3}, "stem_2026": {"stem", 3}, "trades_v3": {"trades", 3},
	"education_2026": {"education", 2}, "transport_v2": {"transport", 2}, "physicians_v1": {"physicians", 1},
	"senior_managers_v1": {"senior-managers", 1}, "researchers_v1": {"researchers", 1}, "military_v1": {"military", 1},
}

func version(t *testing.T, r *Rules, id string, n int) *CategoryVersion {
	t.Helper()
	for i := range r.Categories {
		if v := &r.Categories[i]; v.ID == id && v.Version == n {
			return v
		}
	}
	t.Fatalf("rules.toml has no %s version %d", id, n)
	return nil
}

// Every code of every list version is the reference's, code for code, and every version with a
// list is one of the reference's lists.
func TestCategoryListsAreTheReferencesCodeForCode(t *testing.T) {
	r := defaultRules(t)
	data, err := os.ReadFile("testdata/categories.json")
	if err != nil {
		t.Fatal(err)
	}
	var lists map[string][]string
	if err := json.Unmarshal(data, &lists); err != nil {
		t.Fatal(err)
	}
	if len(lists) != len(listKeys) {
		t.Errorf("categories.json has %d lists, this test maps %d", len(lists), len(listKeys))
	}
	used := map[*CategoryVersion]string{}
	for key, want := range lists {
		k, ok := listKeys[key]
		if !ok {
			t.Errorf("list %s of categories.json: no version of rules.toml is mapped to it", key)
			continue
		}
		v := version(t, r, k.id, k.version)
		if !slices.Equal(v.NOC, want) {
			t.Errorf("%s: codes\n  %v\nwant %s of categories.json\n  %v", v, v.NOC, key, want)
		}
		used[v] = key
	}
	for i := range r.Categories {
		v := &r.Categories[i]
		if _, ok := used[v]; !ok && len(v.NOC) > 0 {
			t.Errorf("%s has %d codes but is none of categories.json's lists", v, len(v.NOC))
		}
	}
}

// The lists have the sizes categories.md states for each year (sections 1, 2, 4 and 5), and the
// rules of each period: 6 months continuous until 2026-02-17, 12 months not continuous from
// 2026-02-18, in Canada only for physicians, senior managers and researchers, French NCLC 7.
func TestCategoryVersionsHaveTheReferencesCountsAndRules(t *testing.T) {
	r := defaultRules(t)
	type want struct {
		id         string
		version    int
		codes      int
		months     int
		continuous bool
		canadaOnly bool
	}
	for _, w := range []want{
		// 2023 (used unchanged in 2024): 82 occupations.
		{"healthcare", 1, 35, 6, true, false}, {"stem", 1, 24, 6, true, false}, {"trades", 1, 10, 6, true, false},
		{"transport", 1, 10, 6, true, false}, {"agriculture", 1, 3, 6, true, false},
		// 2025: 79.
		{"healthcare", 2, 37, 6, true, false}, {"stem", 2, 11, 6, true, false}, {"trades", 2, 25, 6, true, false},
		{"education", 1, 5, 6, true, false}, {"agriculture", 2, 1, 6, true, false},
		// 2026: 94 entries.
		{"healthcare", 3, 37, 12, false, false}, {"stem", 3, 11, 12, false, false}, {"trades", 3, 25, 12, false, false},
		{"education", 2, 5, 12, false, false}, {"transport", 2, 4, 12, false, false},
		{"physicians", 1, 3, 12, true, true}, // continuity unconfirmed: the stricter reading
		{"senior-managers", 1, 4, 12, false, true}, {"researchers", 1, 2, 12, false, true},
		{"military", 1, 3, 12, false, false},
	} {
		v := version(t, r, w.id, w.version)
		e := v.Experience
		switch {
		case len(v.NOC) != w.codes:
			t.Errorf("%s: %d codes, categories.md says %d", v, len(v.NOC), w.codes)
		case e == nil:
			t.Errorf("%s: no experience rule", v)
		case e.Months != w.months || e.Continuous != w.continuous || e.CanadaOnly != w.canadaOnly || e.WithinYears != 3:
			t.Errorf("%s: experience %+v, want %d months, continuous %v, Canada only %v, in 3 years", v, *e, w.months, w.continuous, w.canadaOnly)
		}
	}
	for n := 1; n <= 2; n++ {
		v := version(t, r, "french", n)
		if v.FrenchNCLC != 7 || v.Experience != nil || len(v.NOC) != 0 {
			t.Errorf("%s: NCLC %d, experience %v, %d codes; want NCLC 7 in all four, no occupation", v, v.FrenchNCLC, v.Experience, len(v.NOC))
		}
	}
	if v := version(t, r, "military", 1); len(v.Conditions) == 0 {
		t.Errorf("%s: no conditions; the reference gives the military category's own", v)
	}
	if len(r.Categories) != 21 {
		t.Errorf("%d versions, want 21 (19 lists and 2 French versions)", len(r.Categories))
	}
}

func TestCategoriesOnADayAreTheVersionsInForce(t *testing.T) {
	r := defaultRules(t)
	for _, c := range []struct {
		day  string
		want string
	}{
		{"2023-05-30", ""},
		{"2023-05-31", "french 1, healthcare 1, stem 1, trades 1, transport 1, agriculture 1"},
		{"2025-02-26", "french 1, healthcare 1, stem 1, trades 1, transport 1, agriculture 1"},
		{"2025-02-27", "french 1, healthcare 2, stem 2, trades 2, education 1, agriculture 2"},
		{"2025-12-08", "french 1, healthcare 2, stem 2, trades 2, education 1, agriculture 2, physicians 1"},
		{"2026-02-06", "french 2, healthcare 2, stem 2, trades 2, education 1, agriculture 2, physicians 1"},
		{"2026-08-20", "french 2, healthcare 3, stem 3, trades 3, education 2, transport 2, physicians 1, senior-managers 1, researchers 1, military 1"},
	} {
		day, _ := time.Parse(time.DateOnly, c.day)
		var got []string
		for _, v := range r.CategoriesOn(day) {
			got = append(got, fmt.Sprintf("%s %d", v.ID, v.Version))
		}
		if s := strings.Join(got, ", "); s != c.want {
			t.Errorf("CategoriesOn(%s) = %s\nwant %s", c.day, s, c.want)
		}
	}
}

func TestCategoryForRoundIsTheExactName(t *testing.T) {
	r := defaultRules(t)
	v, ok := r.CategoryForRound("Healthcare and Social Services Occupations, 2026-Version 3")
	if !ok || v.ID != "healthcare" || v.Version != 3 || !v.Has("31301") || v.Has("31204") {
		t.Errorf("healthcare 2026 round: %v %v", v, ok)
	}
	if v, ok := r.CategoryForRound("Healthcare occupations (2023-1)"); !ok || v.Version != 1 || !v.Has("31204") {
		t.Errorf("the 2023 spelling of a healthcare round: %v %v", v, ok)
	}
	for _, name := range []string{
		"Healthcare and Social Services Occupations, 2027-Version 4", // a newer version: not a guess
		"healthcare and social services occupations, 2026-version 3", // not the feed's spelling
		"Researchers with Canadian Work Experience, 2026-Version 1",  // predicted, not seen
		"Canadian Experience Class",
		"",
	} {
		if v, ok := r.CategoryForRound(name); ok {
			t.Errorf("CategoryForRound(%q) = %s; want none", name, v)
		}
	}
	at, err := r.At(time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := at.CategoryForRound("Trades Occupations, 2026-Version 3"); !ok {
		t.Error("rules of a day lost the categories")
	}
}

// lineWith is the 1-based line of the first line of text holding s.
func lineWith(text, s string) int {
	for i, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	return 0
}

// rules check refuses categories that are wrong, naming the line, the key and what is allowed.
func TestRulesCheckRefusesBadCategories(t *testing.T) {
	const nurse = `  "31301",  # Registered nurses and registered psychiatric nurses`
	checkEdits(t, []ruleEdit{
		{"a code not in NOC 2021", nurse, `  "31399",  # Registered nurses and registered psychiatric nurses`,
			[]string{"categories.version[2].noc[15]", `"31399" is not a NOC 2021 unit group`, "did you mean 31303 Physician assistants",
				"31302 Nurse practitioners"}},
		{"a code of four digits", nurse, `  "3130",  # Registered nurses`,
			[]string{"categories.version[2].noc[15]", "five digits in quotes"}},
		{"a code as a number", nurse, `  31301,  # Registered nurses`,
			[]string{"categories.version[2].noc[15]", "31301: want a string in quotes"}},
		{"codes out of order", `  "31300",  # Nursing coordinators and supervisors` + "\n" + nurse,
			nurse + "\n" + `  "31300",  # Nursing coordinators and supervisors`,
			[]string{"categories.version[2].noc[15]", `"31300" after "31301": list the codes in rising order, each once`}},
		{"a round name claimed by two versions", `rounds = ["Trade occupations (Version 2)"]`, `rounds = ["Trade occupations (Version 1)"]`,
			[]string{"categories.version[9].rounds[0]", `"Trade occupations (Version 1)" is claimed by categories.version[8] (trades version 1) too`}},
		{"a round name as a number", `rounds = ["Trade occupations (Version 2)"]`, `rounds = [2]`,
			[]string{"categories.version[9].rounds[0]", "2: want a string in quotes"}},
		{"a round name twice in one version", `  "STEM occupations (2024-1)",`, `  "STEM occupations (2023-1)",`,
			[]string{"categories.version[5].rounds[2]", `"STEM occupations (2023-1)" is listed twice`}},
		{"overlapping versions", "from = 2025-02-27\nuntil = 2026-02-17\nrounds = [\"Trade", "from = 2025-01-01\nuntil = 2026-02-17\nrounds = [\"Trade",
			[]string{"categories.version[9].from", "trades version 2 (2025-01-01 to 2026-02-17) overlaps trades version 1 (2023-05-31 to 2025-02-26)",
				"may not be in force on the same day"}},
		{"a version still in force when the next starts", "from = 2023-05-31\nuntil = 2025-02-26\nrounds = [\n  \"Transport", "from = 2023-05-31\nrounds = [\n  \"Transport",
			[]string{"categories.version[14].from", "transport version 2 (from 2026-02-18) overlaps transport version 1 (from 2023-05-31)"}},
		{"a version given twice", "id = \"trades\"\nversion = 3", "id = \"trades\"\nversion = 2",
			[]string{"categories.version[10].version", "trades version 2 is given twice"}},
		{"version zero", "id = \"trades\"\nversion = 3", "id = \"trades\"\nversion = 0",
			[]string{"categories.version[10].version", "from 1 to 99"}},
		{"version numbers falling", "id = \"transport\"\nversion = 1", "id = \"transport\"\nversion = 3",
			[]string{"categories.version[14].version", "transport version 2 starts after transport version 3: version numbers must rise with the dates"}},
		{"a version given twice, apart", "id = \"trades\"\nversion = 3", "id = \"trades\"\nversion = 1",
			[]string{"categories.version[10].version", "trades version 1 is given twice"}},
		{"missing id", "id = \"stem\"\nversion = 1\n", "version = 1\n",
			[]string{"categories.version[5].id", "missing; want one of french, healthcare, stem"}},
		{"unknown id", "id = \"stem\"\nversion = 1\n", "id = \"stems\"\nversion = 1\n",
			[]string{"categories.version[5].id", "did you mean stem?"}},
		{"missing date", "id = \"stem\"\nversion = 1\ntitle = \"STEM occupations\"\nfrom = 2023-05-31\n", "id = \"stem\"\nversion = 1\ntitle = \"STEM occupations\"\n",
			[]string{"categories.version[5].from", "missing; want a date"}},
		{"a date in quotes", "id = \"stem\"\nversion = 1\ntitle = \"STEM occupations\"\nfrom = 2023-05-31\n", "id = \"stem\"\nversion = 1\ntitle = \"STEM occupations\"\nfrom = \"2023-05-31\"\n",
			[]string{"categories.version[5].from", "(no quotes)"}},
		{"a date with a time", "id = \"stem\"\nversion = 1\ntitle = \"STEM occupations\"\nfrom = 2023-05-31\n", "id = \"stem\"\nversion = 1\ntitle = \"STEM occupations\"\nfrom = 2023-05-31T10:00:00\n",
			[]string{"categories.version[5].from", "has a time of day"}},
		{"until before from", "from = 2025-02-27\nuntil = 2026-02-17\nrounds = [\"Trade", "from = 2025-02-27\nuntil = 2025-02-17\nrounds = [\"Trade",
			[]string{"categories.version[9].until", "2025-02-17 is before from 2025-02-27"}},
		{"empty title", `title = "Skilled military recruits"`, `title = ""`,
			[]string{"categories.version[20].title", "empty"}},
		{"missing rounds", "from = 2026-02-18\nrounds = []\n# At least 12 months of work in Canada", "from = 2026-02-18\n# At least 12 months of work in Canada",
			[]string{"categories.version[19].rounds", "missing; want an array of strings"}},
		{"months zero", "experience = { months = 6, continuous = true, within_years = 3, canada_only = false }\nnoc = [\n  \"31100\"",
			"experience = { months = 0, continuous = true, within_years = 3, canada_only = false }\nnoc = [\n  \"31100\"",
			[]string{"categories.version[2].experience.months", "0 is out of range: want a whole number from 1 to 120"}},
		{"months negative", "experience = { months = 6, continuous = true, within_years = 3, canada_only = false }\nnoc = [\n  \"31100\"",
			"experience = { months = -6, continuous = true, within_years = 3, canada_only = false }\nnoc = [\n  \"31100\"",
			[]string{"categories.version[2].experience.months", "from 1 to 120"}},
		{"continuity missing", "experience = { months = 6, continuous = true, within_years = 3, canada_only = false }\nnoc = [\n  \"31100\"",
			"experience = { months = 6, within_years = 3, canada_only = false }\nnoc = [\n  \"31100\"",
			[]string{"categories.version[2].experience.continuous", "missing; want true or false"}},
		{"an occupational category without its list", "noc = [\n  \"40042\",  # Commissioned officers of the Canadian Armed Forces\n  \"42102\",  # Specialized members of the Canadian Armed Forces\n  \"43204\",  # Operations members of the Canadian Armed Forces\n]\n", "",
			[]string{"categories.version[20].noc", "missing: the military category needs noc"}},
		{"French without its language rule", "round #394 (S45).\nid = \"french\"\nversion = 2\ntitle = \"French-language proficiency\"\nfrom = 2026-02-06\nrounds = [\"French-Language proficiency 2026-Version 2\"]\n# \"at least NCLC 7 in all four abilities (reading, writing, listening, speaking)\" on TEF Canada or TCF\n# Canada; no occupation or work experience beyond the program's own.\nlanguage = { french_nclc = 7 }",
			"round #394 (S45).\nid = \"french\"\nversion = 2\ntitle = \"French-language proficiency\"\nfrom = 2026-02-06\nrounds = [\"French-Language proficiency 2026-Version 2\"]",
			[]string{"categories.version[1].language", "missing: the french category needs language = { french_nclc = N }"}},
		{"an unknown key", "id = \"stem\"\nversion = 1\n", "id = \"stem\"\nversion = 1\nrond = []\n",
			[]string{"categories.version[5].rond", "did you mean rounds?"}},
	})
}

// The error on a code is on the code's own line, as an editor shows it.
func TestRulesCheckNamesTheLineOfTheBadCode(t *testing.T) {
	defaultRules(t)
	bad := `  "31399",  # was 31301`
	edited := strings.Replace(string(rulesData), `  "31301",  # Registered nurses and registered psychiatric nurses`, bad, 1)
	_, err := LoadRules("edited.toml", []byte(edited))
	want := fmt.Sprintf("edited.toml: line %d: categories.version[2].noc[15]: ", lineWith(edited, bad))
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v\nwant it to start %q", err, want)
	}
	if ps, _ := err.(Problems); len(ps) != 1 {
		t.Errorf("%d problems for one unknown code, want 1 (the next code is in order after 31300):\n%v", len(ps), err)
	}
	// A round name claimed twice: on the second claim's line.
	dup := `rounds = ["Trade occupations (Version 1)"]`
	edited = strings.Replace(string(rulesData), `rounds = ["Trade occupations (Version 2)"]`, dup, 1)
	_, err = LoadRules("edited.toml", []byte(edited))
	want = fmt.Sprintf("edited.toml: line %d: categories.version[9].rounds[0]: ", lineWith(edited, dup))
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v\nwant it to start %q", err, want)
	}
	// A key of the nth [[categories.version]] is on its own line, not the first table's.
	edited = strings.Replace(string(rulesData), "id = \"stem\"\nversion = 1\n", "id = \"stem\"\nversion = 100\n", 1)
	_, err = LoadRules("edited.toml", []byte(edited))
	want = fmt.Sprintf("edited.toml: line %d: categories.version[5].version: ", lineWith(edited, "version = 100"))
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v\nwant it to start %q", err, want)
	}
}

func TestRulesCheckWantsCategoryVersions(t *testing.T) {
	defaultRules(t)
	edited := strings.ReplaceAll(string(rulesData), "[[categories.version]]", "[[categories.versions]]")
	_, err := LoadRules("edited.toml", []byte(edited))
	if err == nil || !strings.Contains(err.Error(), "categories.version: missing: want a [[categories.version]] table") ||
		!strings.Contains(err.Error(), "unknown key versions; did you mean version?") {
		t.Errorf("error %v", err)
	}
}

func TestElemLineCountsValuesNotComments(t *testing.T) {
	lines := strings.Split("noc = [\n  \"1\", # \"x\", \"y\"\n  \"2\", \"3\",\n  'a,b',\n  4,\n]\nnext = 1", "\n")
	for i, want := range []int{2, 3, 3, 4, 5, 1} {
		if got := elemLine(lines, 1, i); got != want {
			t.Errorf("element %d: line %d, want %d", i, got, want)
		}
	}
	if got := elemLine([]string{`rounds = ["a", "b"]`}, 1, 1); got != 1 {
		t.Errorf("one-line array: line %d", got)
	}
}
