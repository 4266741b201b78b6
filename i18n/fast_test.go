package i18n

import (
	"testing"
	"time"
)

// T's fast path writes what go-i18n writes, byte for byte, for every message of both catalogues:
// with every placeholder given (a string, an int, a float and a time, each written as
// text/template writes it), and with one missing (go-i18n's "<no value>").
func TestFastIsGoI18n(t *testing.T) {
	for l := Lang(0); l < NumLangs; l++ {
		p := For(l)
		n := 0
		for _, m := range messages(t, l) {
			if _, ok := p.fast[m.ID]; !ok {
				t.Errorf("%s: %s not compiled", l.Code(), m.ID)
				continue
			}
			for _, values := range [][]any{{"a b", 1200, 37.5}, {time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC), -3, "«x»"}} {
				args := Args{}
				for i, name := range placeholder.FindAllStringSubmatch(m.Other, -1) {
					args[name[1]] = values[i%len(values)]
				}
				if got, want := p.T(m.ID, args), p.slowT(m.ID, args); got != want {
					t.Errorf("%s %s: fast %q, go-i18n %q", l.Code(), m.ID, got, want)
				}
				n++
			}
			if x := placeholder.FindStringSubmatch(m.Other); x != nil {
				if got, want := p.T(m.ID, nil), p.slowT(m.ID, nil); got != want {
					t.Errorf("%s %s without arguments: fast %q, go-i18n %q", l.Code(), m.ID, got, want)
				}
			}
		}
		if n < 200 {
			t.Errorf("%s: only %d messages compared", l.Code(), n)
		}
	}
	if _, ok := compile("{{if .X}}x{{end}}"); ok {
		t.Error("an if action compiled")
	}
	if _, ok := compile("{{ .X }}"); ok {
		t.Error("spaces inside an action compiled") // text/template accepts them; the fast path leaves them to it
	}
}

// N's cache gives what go-i18n gives, counts 0 to 3 and a large one.
func TestNCacheIsGoI18n(t *testing.T) {
	for l := Lang(0); l < NumLangs; l++ {
		p := For(l)
		for _, n := range []int{0, 1, 2, 3, 1000000, 1, 0} {
			if got, want := p.N("years", n, nil), p.slowN("years", n, nil); got != want {
				t.Errorf("%s %d: cached %q, go-i18n %q", l.Code(), n, got, want)
			}
		}
	}
}
