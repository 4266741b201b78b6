package i18n

import (
	"testing"
	"time"
)

// CLDR's plurals, by the library: French "one" is 0 and 1, English "one" is 1 only.
func TestPlurals(t *testing.T) {
	fr, en := For(Fr), For(En)
	for _, c := range []struct {
		p    *Printer
		n    int
		want string
	}{
		{fr, 0, "0 an"}, {fr, 1, "1 an"}, {fr, 2, "2 ans"}, {fr, 10, "10 ans"},
		{en, 0, "0 years"}, {en, 1, "1 year"}, {en, 2, "2 years"},
	} {
		if got := c.p.N("years", c.n, nil); got != c.want {
			t.Errorf("%s years(%d) = %q, want %q", c.p.Lang(), c.n, got, c.want)
		}
	}
	// settlement funds: "1 personne", "2 personnes" (and $ after the amount in French)
	got := fr.N("reason_funds_short", 1, Args{"Have": fr.Money(0), "Need": fr.Money(15263)})
	if want := "fonds d’établissement\u00a0: 0\u00a0$ < 15\u202f263\u00a0$ pour 1 personne"; got != want {
		t.Errorf("funds, 1 person:\n got %q\nwant %q", got, want)
	}
	if got := fr.N("reason_funds_short", 2, Args{"Have": "a", "Need": "b"}); got != "fonds d’établissement\u00a0: a < b pour 2 personnes" {
		t.Errorf("funds, 2 people: %q", got)
	}
}

// Numbers, money and dates as each language writes them.
func TestFormats(t *testing.T) {
	fr, en := For(Fr), For(En)
	for _, c := range []struct{ got, want string }{
		{fr.Number(1200), "1\u202f200"}, // 1 200 points, narrow no-break space
		{fr.Number(999), "999"},
		{fr.Number(1234567), "1\u202f234\u202f567"},
		{fr.Number(-15263), "-15\u202f263"},
		{en.Number(1200), "1,200"},
		{en.Count(1200), "1200"}, // counts in English are plain, as plural.Count writes them
		{fr.Count(1200), "1\u202f200"},
		{fr.Money(15263), "15\u202f263\u00a0$"},
		{fr.Money(0), "0\u00a0$"},
		{en.Money(15263), "$15,263"},
		{en.Money(-1500), "-$1,500"},
		{fr.Date(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)), "1er décembre 2026"},
		{fr.Date(time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)), "2 décembre 2026"},
		{fr.Date(time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)), "20 août 2026"},
		{en.Date(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)), "2026-12-01"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	// French colons get a no-break space from the catalogue's ordinary one.
	if got := fr.T("score_head", Args{"File": "a.toml", "Total": 441}); got != "a.toml\u00a0: SCG 441" {
		t.Errorf("score_head = %q", got)
	}
	// Words are not split at a no-break space in French; English splits as strings.Fields.
	if got := fr.Fields("0 $ < 15\u202f263\u00a0$"); len(got) != 4 || got[3] != "15\u202f263\u00a0$" {
		t.Errorf("French fields: %q", got)
	}
	if got := en.Fields("a\u00a0b c"); len(got) != 3 {
		t.Errorf("English fields: %q", got)
	}
}

// --lang first, then LC_ALL over LC_MESSAGES over LANG, English otherwise.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		flag string
		env  map[string]string
		want Lang
		bad  bool
	}{
		{"", nil, En, false},
		{"fr", nil, Fr, false},
		{"FR", map[string]string{"LANG": "en_CA.UTF-8"}, Fr, false},
		{"en", map[string]string{"LANG": "fr_CA.UTF-8"}, En, false},
		{"", map[string]string{"LANG": "fr_CA.UTF-8"}, Fr, false},
		{"", map[string]string{"LANG": "fr"}, Fr, false},
		{"", map[string]string{"LANG": "en_US.UTF-8"}, En, false},
		{"", map[string]string{"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_CA.UTF-8"}, Fr, false},
		{"", map[string]string{"LC_ALL": "C", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "fr_CA"}, En, false},
		{"", map[string]string{"LC_ALL": "fr_BE.UTF-8", "LANG": "en_CA"}, Fr, false},
		{"", map[string]string{"LC_ALL": "", "LANG": "fr_CA"}, Fr, false}, // empty is unset
		{"", map[string]string{"LANG": "C"}, En, false},
		{"de", map[string]string{"LANG": "fr_CA"}, En, true},
		{"french", nil, En, true},
	} {
		got, err := Detect(c.flag, func(k string) string { return c.env[k] })
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("Detect(%q, %v) = %v, %v; want %v (error: %v)", c.flag, c.env, got, err, c.want, c.bad)
		}
	}
}

// BenchmarkT is one message with arguments, as every line of the French score asks.
func BenchmarkT(b *testing.B) {
	p := For(Fr)
	for b.Loop() {
		p.T("line_foreign_language", Args{"Years": p.N("years", 3, nil), "Level": "NCLC 9"})
	}
}
