package rounds

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// testFile returns the path of a file in rounds/testdata: copies of the project's shared data
// (draws.csv), kept in the repository so that a clone alone runs every test.
func testFile(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join("testdata", name)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("test data missing from the repository: %v", err)
	}
	return path
}

// kv is one key and value of a feed entry.
type kv struct{ key, value string }

// entry is one round of a feed as IRCC writes it: string values, keys in IRCC's order (drawNumber
// first), so that tests can build small feeds and break them one field at a time.
type entry []kv

// dist437 is the distribution IRCC published with round 437 (as on August 16, 2026).
var dist437 = entry{
	{"drawDistributionAsOn", "August 16, 2026"},
	{"dd1", "439"}, {"dd2", "18,657"}, {"dd3", "73,554"},
	{"dd4", "12,915"}, {"dd5", "13,066"}, {"dd6", "16,626"}, {"dd7", "16,133"}, {"dd8", "14,814"},
	{"dd9", "60,631"},
	{"dd10", "13,555"}, {"dd11", "13,229"}, {"dd12", "11,890"}, {"dd13", "11,269"}, {"dd14", "10,688"},
	{"dd15", "48,600"}, {"dd16", "17,269"}, {"dd17", "7,709"}, {"dd18", "226,859"},
}

// newEntry returns a well-formed round with round 437's distribution.
func newEntry(number, date, name, size, crs string) entry {
	e := entry{
		{"drawNumber", number},
		{"drawDate", date},
		{"drawName", name},
		{"drawSize", size},
		{"drawCRS", crs},
		{"drawText2", "Canadian Experience Class"},
		{"drawCutOff", "March 1, 2026 at 18:34:05 UTC"},
	}
	return append(e, dist437...)
}

// with returns a copy of e with key set to value (appended if absent).
func (e entry) with(key, value string) entry {
	out := append(entry(nil), e...)
	for i := range out {
		if out[i].key == key {
			out[i].value = value
			return out
		}
	}
	return append(out, kv{key, value})
}

// without returns a copy of e without key.
func (e entry) without(key string) entry {
	var out entry
	for _, f := range e {
		if f.key != key {
			out = append(out, f)
		}
	}
	return out
}

// feedJSON renders entries as an IRCC feed.
func feedJSON(entries ...entry) []byte {
	var b bytes.Buffer
	b.WriteString("{\n    \"classes\": \"wb-tables\",\n    \"rounds\": [\n")
	for i, e := range entries {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("        {")
		for j, f := range e {
			if j > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(f.key)
			v, _ := json.Marshal(f.value)
			b.Write(k)
			b.WriteByte(':')
			b.Write(v)
		}
		b.WriteByte('}')
	}
	b.WriteString("\n    ]\n}\n")
	return b.Bytes()
}

// threeRounds is a small valid feed, oldest first to exercise sorting.
func threeRounds() []entry {
	return []entry{
		newEntry("410", "2026-04-20", "Provincial Nominee Program", "500", "790"),
		newEntry("411", "2026-04-22", "Canadian Experience Class", "2,500", "515"),
		newEntry("412", "2026-04-27", "French-Language proficiency 2026-Version 2", "5,000", "412"),
	}
}

// embeddedPlus returns the embedded feed re-encoded with extra rounds (IRCC's format, any key
// order) placed first, and without the rounds numbered in drop: a way to make feeds newer or older
// than the embedded one.
func embeddedPlus(t testing.TB, extra []entry, drop ...string) []byte {
	t.Helper()
	var doc struct {
		Classes string              `json:"classes"`
		Rounds  []map[string]string `json:"rounds"`
	}
	if err := json.Unmarshal(embeddedJSON, &doc); err != nil {
		t.Fatal(err)
	}
	var rounds []map[string]string
	for _, e := range extra {
		m := map[string]string{}
		for _, f := range e {
			m[f.key] = f.value
		}
		rounds = append(rounds, m)
	}
	for _, r := range doc.Rounds {
		keep := true
		for _, d := range drop {
			keep = keep && r["drawNumber"] != d
		}
		if keep {
			rounds = append(rounds, r)
		}
	}
	doc.Rounds = rounds
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
