package scoring

import (
	"strings"
	"testing"
)

// withRows is a profile with residences for both people and two children.
const withRows = `name = "Rows"

[applicant]
birth_date = 1990-05-10
marital_status = "married"
education = "masters"
canadian_work_years = 1
teer = 1

[spouse]
education = "bachelors"

[[applicant.residences]]
country = "India"
start = 1990-05-10
end = 2016-08-31

[[applicant.residences]]
country = "United Kingdom"
start = 2016-09-01

[[spouse.residences]]
country = "Brazil"
start = 1992-01-01

[[children]]
name = "Maya"
birth_date = 2019-04-02

[[children]]
birth_date = 2022-11-30
`

// Residences and children read, write and read back as the same profile; EditProfile keeps them
// when another answer changes.
func TestResidencesAndChildrenRoundTrip(t *testing.T) {
	r := editRules(t)
	p, err := ReadProfile(r, "rows.toml", []byte(withRows))
	if err != nil {
		t.Fatal(err)
	}
	if p.Applicant.Residences.Len() != 2 || p.Spouse.Residences.Len() != 1 || p.Children.Len() != 2 {
		t.Fatalf("read %d, %d residences and %d children; want 2, 1, 2",
			p.Applicant.Residences.Len(), p.Spouse.Residences.Len(), p.Children.Len())
	}
	if got := p.Applicant.Residences.All()[1]; got.Country != "United Kingdom" || !got.End.IsZero() {
		t.Errorf("residence 2 %+v, want the United Kingdom with no end", got)
	}
	// Family size from the people listed: applicant, spouse, 2 children.
	if n := p.FamilySize(); n != 4 {
		t.Errorf("family size %d, want 4", n)
	}
	q, err := ReadProfile(r, "encoded.toml", EncodeProfile(&p))
	if err != nil {
		t.Fatalf("encoded profile does not read: %v\n%s", err, EncodeProfile(&p))
	}
	if q != p {
		t.Errorf("encoded and read back: %+v\nwant %+v", q, p)
	}
	if got := EditProfile([]byte(withRows), &p); string(got) != withRows {
		t.Errorf("unchanged profile rewritten:\n%s", got)
	}
	p.Applicant.Education = Doctoral
	edited := EditProfile([]byte(withRows), &p)
	q, err = ReadProfile(r, "edited.toml", edited)
	if err != nil || q != p {
		t.Errorf("edited profile reads %v, %+v; want %+v\n%s", err, q, p, edited)
	}
	// A profile file without rows gains them when the profile has them.
	plain := EncodeProfile(&Profile{Applicant: p.Applicant})
	p2 := p
	q, err = ReadProfile(r, "plain.toml", EditProfile(plain, &p2))
	if err != nil || q != p2 {
		t.Errorf("rows added to a plain file: %v, %+v", err, q)
	}
}

// Bad residences and children are refused with the key, the residence's number and what is
// allowed.
func TestBadResidencesAreRefusedByNumber(t *testing.T) {
	r := editRules(t)
	cases := []struct {
		name, old, new string
		want           []string
	}{
		{"end before start", "end = 2016-08-31", "end = 1989-01-01",
			[]string{"applicant.residences[0].end", "residence 1 (India)", "before it starts"}},
		{"start before birth", "start = 1990-05-10\nend", "start = 1980-05-10\nend",
			[]string{"applicant.residences[0].start", "before the birth date"}},
		{"overlap", "country = \"United Kingdom\"\nstart = 2016-09-01", "country = \"United Kingdom\"\nstart = 2016-01-01",
			[]string{"applicant.residences", "residence 1 (India)", "residence 2 (United Kingdom)", "overlap"}},
		{"two current", "end = 2016-08-31\n", "",
			[]string{"applicant.residences", "both have no end"}},
		{"no country", "country = \"Brazil\"\n", "",
			[]string{"spouse.residences[0].country", "missing"}},
		{"empty country", "country = \"Brazil\"", "country = \" \"",
			[]string{"spouse.residences[0].country", "empty"}},
		{"unknown key", "country = \"Brazil\"", "country = \"Brazil\"\ncity = \"Rio\"",
			[]string{"spouse.residences[0].city"}},
		{"end in the future", "end = 2016-08-31", "end = 2999-01-01",
			[]string{"applicant.residences[0].end"}},
		{"child without a birth date", "birth_date = 2022-11-30", "name = \"Leo\"",
			[]string{"children[1].birth_date", "missing"}},
		{"family size below the people listed", "teer = 1", "teer = 1\nfamily_size = 3",
			[]string{"applicant.family_size", "lists 4 people"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(withRows, c.old, c.new, 1)
			if text == withRows {
				t.Fatalf("edit %q not found", c.old)
			}
			_, err := ReadProfile(r, "rows.toml", []byte(text))
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	// A move day may end one stay and start the next.
	text := strings.Replace(withRows, "start = 2016-09-01", "start = 2016-08-31", 1)
	if _, err := ReadProfile(r, "rows.toml", []byte(text)); err != nil {
		t.Errorf("a shared move day refused: %v", err)
	}
}

// A profile's arrays of tables are bounded (MaxJobs 16, MaxResidences 16, MaxChildren 12): one row
// more is an error at the array's key saying how many there are and the bound.
func TestTooManyRowsAreOneErrorNamingTheBound(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	for _, tc := range []struct {
		row  string
		n    int
		want string
	}{
		{"[[applicant.jobs]]\nnoc = \"31301\"\nstart = 2020-01-01\nend = 2020-01-31\nhours_per_week = 40\n", 17, "applicant.jobs: 17 jobs: at most 16"},
		{"[[applicant.residences]]\ncountry = \"India\"\nstart = 2000-01-01\nend = 2000-01-01\n", 17, "applicant.residences: 17 residences: at most 16"},
		{"[[children]]\nbirth_date = 2019-04-02\n", 13, "children: 13 children: at most 12"},
	} {
		src := "[applicant]\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n"
		for range tc.n {
			src += tc.row
		}
		_, err := ReadProfile(r, "many.toml", []byte(src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%d rows of %q: error %v, want one saying %q", tc.n, tc.row, err, tc.want)
		}
	}
}
