package rounds

import (
	"encoding/json"
	"strings"
	"testing"
)

// feedNames is every drawName in IRCC's feed of 2026-08-20, with its category.
var feedNames = []struct {
	name string
	want Category
}{
	{"No Program Specified", General},
	{"General", General},
	{"Canadian Experience Class", CEC},
	{"Provincial Nominee Program", PNP},
	{"Federal Skilled Worker", FSW},
	{"Federal Skilled Trades", FST},
	{"French language proficiency (Version 1)", French},
	{"French-Language proficiency 2026-Version 2", French},
	{"Healthcare occupations (Version 1)", Healthcare},
	{"Healthcare and social services occupations (Version 2)", Healthcare},
	{"Healthcare and Social Services Occupations, 2026-Version 3", Healthcare},
	{"STEM occupations (Version 1)", STEM},
	{"Trade occupations (Version 1)", Trades},
	{"Trade occupations (Version 2)", Trades},
	{"Trades Occupations, 2026-Version 3", Trades},
	{"Transport occupations (Version 1)", Transport},
	{"Transport Occupations, 2026-Version 2", Transport},
	{"Agriculture and agri-food occupations (Version 1)", Agriculture},
	{"Education occupations (Version 1)", Education},
	{"Physicians with Canadian Work Experience, 2026-Version 1", Physicians},
	{"Senior managers with Canadian Work Experience, 2026-Version 1", SeniorManagers},
	{"Skilled Military Recruits, 2026-Version 1", Military},
}

func TestClassifyEveryDrawNameInTheFeed(t *testing.T) {
	for _, tt := range feedNames {
		if got := Classify(tt.name); got != tt.want {
			t.Errorf("Classify(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
	// Every name in the embedded feed is in the table above, so a new round type in a newer
	// embedded copy makes this test fail until someone decides its category.
	known := map[string]bool{}
	for _, tt := range feedNames {
		known[tt.name] = true
	}
	seen := map[string]bool{}
	for _, r := range Embedded().Rounds {
		if !known[r.Name] && !seen[r.Name] {
			t.Errorf("round %s: drawName %q is not in this test's table (classified %s)", r.Number, r.Name, r.Category)
		}
		seen[r.Name] = true
		if r.Category != Classify(r.Name) {
			t.Errorf("round %s: category %s, Classify says %s", r.Number, r.Category, Classify(r.Name))
		}
	}
	if len(seen) != len(feedNames) {
		t.Errorf("the feed has %d distinct drawNames, the table %d", len(seen), len(feedNames))
	}
}

func TestClassifyLikelyFutureNames(t *testing.T) {
	tests := []struct {
		name string
		want Category
	}{
		{"Canadian Experience Class (Version 2)", CEC},
		{"Federal Skilled Worker Program", FSW},
		{"Federal Skilled Trades Program", FST},
		{"Researchers with Canadian Work Experience, 2026-Version 1", Researchers},
		{"Francophone candidates", French},
		{"  healthcare  ", Healthcare},
		{"STEM-occupations", STEM},
		{"Trade", Trades},
		// Words inside words do not count: "system" holds "stem", "Generalist" holds "general".
		{"Express Entry system pilot", Other},
		{"Generalist occupations", Other},
		{"Space occupations (Version 1)", Other},
		{"", Other},
		{"ÉDUCATION", Other},
	}
	for _, tt := range tests {
		if got := Classify(tt.name); got != tt.want {
			t.Errorf("Classify(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestParseCategoryAcceptsEveryShortName(t *testing.T) {
	all := append([]Category{All}, Categories()...)
	if len(all) != int(numCategories) {
		t.Fatalf("Categories() has %d, want %d", len(all)-1, numCategories-1)
	}
	titles := map[string]Category{}
	for _, c := range all {
		for _, s := range []string{c.String(), strings.ToUpper(c.String()), " " + c.String() + " "} {
			got, err := ParseCategory(s)
			if err != nil || got != c {
				t.Errorf("ParseCategory(%q) = %v, %v; want %s", s, got, err, c)
			}
		}
		if prev, dup := titles[c.Title()]; dup || c.Title() == "" {
			t.Errorf("%s: title %q is empty or also %s's", c, c.Title(), prev)
		}
		titles[c.Title()] = c
	}
	if got, err := ParseCategory(""); err != nil || got != All {
		t.Errorf(`ParseCategory("") = %v, %v; want all`, got, err)
	}
	if CEC.Title() != "Canadian Experience Class" || SeniorManagers.String() != "senior-managers" {
		t.Errorf("CEC.Title() = %q, SeniorManagers.String() = %q", CEC.Title(), SeniorManagers.String())
	}
	if s := Category(200).String(); s != "Category(200)" {
		t.Errorf("Category(200).String() = %q", s)
	}
}

func TestParseCategoryErrorListsTheAllowedNames(t *testing.T) {
	_, err := ParseCategory("nurses")
	if err == nil {
		t.Fatal("ParseCategory(nurses): no error")
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, `category "nurses": want one of all, general, cec, pnp,`) {
		t.Errorf("error %q", msg)
	}
	for c := All; c < numCategories; c++ {
		if !strings.Contains(msg, c.String()) {
			t.Errorf("error %q does not list %s", msg, c)
		}
	}
}

func TestCategoryIsItsShortNameInJSON(t *testing.T) {
	b, err := json.Marshal(Round{Number: "436", Category: CEC})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"category":"cec"`) || strings.Contains(string(b), "tie_break") {
		t.Errorf("JSON %s: want \"category\":\"cec\" and no tie_break", b)
	}
	var r Round
	if err := json.Unmarshal(b, &r); err != nil || r.Category != CEC {
		t.Errorf("round trip: %v, %v; want cec", r.Category, err)
	}
	if err := json.Unmarshal([]byte(`{"category":"nurses"}`), &r); err == nil {
		t.Error("unmarshal of category nurses: no error")
	}
	if _, err := json.Marshal(Round{Category: Category(99)}); err == nil {
		t.Error("marshal of Category(99): no error")
	}
}
