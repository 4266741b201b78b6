package noc

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	tb := table(t)
	tb.Search("x", 1)
	qs := map[string]bool{}
	for _, w := range tb.index.words {
		qs[w] = true
		for n := 1; n < len(w) && n < 4; n++ {
			qs[w[:n]] = true
		}
	}
	for _, u := range tb.units {
		ws := words(u.Title)
		if len(ws) > 1 {
			qs[strings.Join(ws[:2], " ")] = true
		}
	}
	var keys []string
	for q := range qs {
		keys = append(keys, q)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, q := range keys {
		fmt.Fprintf(&b, "%s:", q)
		for _, m := range tb.Search(q, 0) {
			if m.Score > 0 {
				fmt.Fprintf(&b, " %s/%d", m.Unit.Code, m.Score)
			}
		}
		b.WriteByte('\n')
	}
	os.WriteFile(os.Getenv("DUMP"), []byte(b.String()), 0o600)
}
