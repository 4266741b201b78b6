package scoring

import (
	"math"
	"sort"
	"strings"
	"testing"
	"time"
)

// leafPath is the path of one value in a decoded TOML tree: map keys and array indexes.
type leafPath []any

// leaves lists the paths of every value in v that is not a table or an array of tables, in a fixed
// order; arrays of values are listed both whole and by element.
func leaves(v any, at leafPath, out []leafPath) []leafPath {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out = leaves(x[k], append(at[:len(at):len(at)], k), out)
		}
		return out
	case []map[string]any:
		for i, e := range x {
			out = leaves(e, append(at[:len(at):len(at)], i), out)
		}
		return out
	case []any:
		out = append(out, at)
		for i, e := range x {
			out = leaves(e, append(at[:len(at):len(at)], i), out)
		}
		return out
	}
	return append(out, at)
}

// copyTree copies the tables and arrays of a decoded TOML tree (values are shared).
func copyTree(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = copyTree(e)
		}
		return m
	case []map[string]any:
		a := make([]map[string]any, len(x))
		for i, e := range x {
			a[i] = copyTree(e).(map[string]any)
		}
		return a
	case []any:
		a := make([]any, len(x))
		for i, e := range x {
			a[i] = copyTree(e)
		}
		return a
	}
	return v
}

// setLeaf replaces the value at path p of tree; nil deletes a key (and leaves an array element).
func setLeaf(tree map[string]any, p leafPath, v any) {
	var cur any = tree
	for i, step := range p {
		last := i == len(p)-1
		switch c := cur.(type) {
		case map[string]any:
			k := step.(string)
			if !last {
				cur = c[k]
			} else if v == nil {
				delete(c, k)
			} else {
				c[k] = v
			}
		case []map[string]any:
			if !last {
				cur = c[step.(int)]
			}
		case []any:
			if !last {
				cur = c[step.(int)]
			} else if v != nil {
				c[step.(int)] = v
			}
		}
	}
}

// fuzzValue is the value the fuzzer puts in: kind chooses a whole number, a number, a string, a
// date, a time of day, a date-time, a boolean, an array of two numbers, or nothing (a deleted key).
func fuzzValue(kind uint8, n int64, x float64, s string) any {
	switch kind % 9 {
	case 0:
		return n
	case 1:
		return x
	case 2:
		return s
	case 3:
		return time.Date(int(n%3000), time.Month(1+n%12), 1+int(n%28), 0, 0, 0, 0, time.FixedZone("date-local", 0))
	case 4:
		return time.Date(0, 1, 1, int(n%24), 0, 0, 0, time.FixedZone("time-local", 0))
	case 5:
		return time.Unix(n%(1<<40), 0).UTC()
	case 6:
		return n%2 == 0
	case 7:
		return []any{n, x}
	}
	return nil
}

// fuzzProfiles are fixed profiles scored on every day the fuzzed rules change: one with the most
// of everything, the same with an accompanying spouse, and one with no language result and no
// money.
func fuzzProfiles() []Profile {
	clb10 := Language{Test: "clb", Scores: [NumAbilities]float64{10, 10, 10, 10}}
	nclc10 := Language{Test: "nclc", Scores: [NumAbilities]float64{10, 10, 10, 10}}
	most := NewProfile()
	a := &most.Applicant
	a.Age, a.Education, a.CanadianEducation = 29, Doctoral, CanadianThreeYearOrMore
	a.CanadianWorkYears, a.ForeignWorkYears, a.CanadianWorkYearsLast3 = 5, 3, 3
	a.TEER, a.Certificate, a.JobOffer, a.Nomination, a.SiblingInCanada = 0, true, JobOfferMajorGroup00, true, true
	a.FirstLanguage, a.SecondLanguage = clb10, nclc10
	couple := most
	couple.Applicant.MaritalStatus = Married
	couple.Spouse = Spouse{Education: Doctoral, CanadianWorkYears: 5, Language: clb10}
	none := NewProfile()
	none.Applicant.Age, none.Applicant.Education = 30, Masters
	none.Applicant.ForeignWorkYears, none.Applicant.CanadianWorkYears = 3, 2
	return []Profile{most, couple, none}
}

// checkScores scores ps with r on every day its rules change and fails when a score is out of its
// caps, a line is negative, someone without a language result gets language points, or no money
// is enough where settlement funds are known.
func checkScores(t *testing.T, r *Rules, ps []Profile) {
	days := append(r.ChangeDays(), r.InForce)
	for _, day := range days {
		rr, err := r.At(day)
		if err != nil {
			t.Fatalf("LoadRules accepted rules that At refuses on %s: %v", day.Format(time.DateOnly), err)
		}
		for i := range ps {
			a := Assess(rr, &ps[i], day)
			checkAssessment(t, rr, &ps[i], &a)
		}
	}
}

func checkAssessment(t *testing.T, r *Rules, p *Profile, a *Assessment) {
	t.Helper()
	c, rc := &a.CRS, &r.CRS
	core := rc.CoreCapWithout
	if c.WithSpouse {
		core = rc.CoreCapWith
	}
	for _, s := range []struct {
		name   string
		got    int
		maxCap int
	}{
		{"core", c.Core, core}, {"spouse", c.Spouse, rc.SpouseCap}, {"transferability", c.Transferability, rc.TransferCap},
		{"additional", c.Additional, rc.AdditionalCap}, {"total", c.Total, rc.Total},
	} {
		if s.got < 0 || s.got > s.maxCap {
			t.Fatalf("on %s %s is %d, want 0 to %d (profile %+v)", a.Day.Format(time.DateOnly), s.name, s.got, s.maxCap, p.Applicant)
		}
	}
	if c.Total != c.Core+c.Spouse+c.Transferability+c.Additional {
		t.Fatalf("total %d is not the sum of the sections", c.Total)
	}
	for _, l := range c.Lines() {
		if !l.IsCap() && l.Points < 0 {
			t.Fatalf("on %s a line has %d points: %+v", a.Day.Format(time.DateOnly), l.Points, l)
		}
		if !a.First.Given && l.Points != 0 && (l.Factor == FactorFirstLanguage || l.Factor == FactorEducationLanguage ||
			l.Factor == FactorForeignLanguage || l.Factor == FactorCertificate) {
			t.Fatalf("on %s %d points for a language line without a language result: %+v", a.Day.Format(time.DateOnly), l.Points, l)
		}
	}
	if fsw := a.Programs[FSW]; fsw.Points < 0 || fsw.Points > fswGrid {
		t.Fatalf("FSW grid %d, want 0 to %d", fsw.Points, fswGrid)
	}
	if r.FSW.FundsKnown && p.Applicant.SettlementFunds == 0 && !p.Applicant.WorkAuthorized && a.Programs[FSW].Eligible {
		t.Fatalf("on %s FSW eligible with no settlement funds", a.Day.Format(time.DateOnly))
	}
}

// FuzzLoadRules changes one value of the real rules.toml, as decoded: at picks the value (any
// number, date, string or array of the file, its rows' too), and kind, n, x and s what to put there
// (see fuzzValue). The file is decoded once, so each run reads, checks and scores without decoding.
// LoadRules must never panic, its errors name the file, and rules it accepts score fixed profiles
// within every cap on every day the rules change.
func FuzzLoadRules(f *testing.F) {
	defaultRules(f)
	d, m, err := parseDoc("fuzz.toml", rulesData)
	if err != nil {
		f.Fatal(err)
	}
	paths := leaves(m, nil, nil)
	profiles := fuzzProfiles()
	for i := 0; i < len(paths); i += 17 {
		f.Add(uint16(i), uint8(0), int64(-1), 0.0, "")
		f.Add(uint16(i+5), uint8(1), int64(0), math.NaN(), "")
	}
	for _, n := range []int64{0, 1, 12, 600, 1200, 1201, 1 << 40} {
		f.Add(uint16(n%int64(len(paths))), uint8(0), n, float64(n)+0.25, "x")
	}
	f.Add(uint16(3), uint8(3), int64(1), 0.0, "")
	f.Add(uint16(7), uint8(4), int64(7), 0.0, "")
	f.Add(uint16(len(paths)-1), uint8(8), int64(0), 0.0, "")
	f.Fuzz(func(t *testing.T, at uint16, kind uint8, n int64, x float64, s string) {
		tree := copyTree(m).(map[string]any)
		setLeaf(tree, paths[int(at)%len(paths)], fuzzValue(kind, n, x, s))
		dd := *d
		dd.probs = nil
		r, err := loadTree(&dd, tree)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.toml") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		checkScores(t, r, profiles)
	})
}

// FuzzLoadRulesFragment reads small rules files made of anything: LoadRules must never panic, and
// its errors name the file.
func FuzzLoadRulesFragment(f *testing.F) {
	for _, s := range []string{
		"[meta]\ntitle = 1\n",
		"[crs.core.age]\nrows = [{ age = -1 }]\n",
		"[meta]\nin_force = 2025-03-25\nearliest = 07:32:00\n",
		"[language.x]\nstep = nan\nscale = { listening = [0, inf] }\nlevels = [{ clb = 10 }]\n",
		"[[history]]\nfrom = 2020-01-01\nset = { \"crs.additional.cap\" = 1200 }\n",
		"[fsw.settlement_funds]\ntables = [{ from = 2025-07-07, by_family_size = [-1], each_additional = 0 }]\n",
		"[crs.transferability.certificate_language]\nclb = [0]\npoints = [25, 50, 75]\n",
		"[categories]\n[[categories.version]]\nid = \"stem\"\nrounds = [\"a\", 1]\nnoc = [\"1\", 2, \"99999\"]\nexperience = { months = -1 }\n",
		"[categories]\nversion = [{ id = \"french\", from = 2026-01-01, until = 2025-01-01, noc = [] }, 3]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := LoadRules("fuzz.toml", data); err != nil && !strings.HasPrefix(err.Error(), "fuzz.toml") {
			t.Fatalf("error without the file name: %v", err)
		}
	})
}

// The real rules score the fuzz profiles within every cap on every day they change.
func TestRealRulesScoreWithinTheirCapsOnEveryChangeDay(t *testing.T) {
	r := defaultRules(t)
	checkScores(t, r, fuzzProfiles())
	// The funds check is not empty: the first profile meets FSW with the funds, and not without.
	rr := rulesOn(t, "2026-08-20")
	p := fuzzProfiles()[0]
	if a := Assess(rr, &p, day("2026-08-20")); a.Programs[FSW].Eligible {
		t.Error("FSW eligible with no settlement funds")
	}
	p.Applicant.SettlementFunds = 100_000
	if a := Assess(rr, &p, day("2026-08-20")); !a.Programs[FSW].Eligible {
		t.Errorf("FSW not eligible with the funds: %v", a.Programs[FSW].Reasons())
	}
	if days := r.ChangeDays(); len(days) < 5 || !days[0].Equal(r.Earliest) {
		t.Errorf("change days %v: want meta.earliest and each day a period starts or ends", days)
	}
}

// At is called for every day a plan or a what-if scores on: with its check of the day's rules it
// must stay cheap.
func BenchmarkRulesAt(b *testing.B) {
	r := defaultRules(b)
	days := []time.Time{day("2017-01-01"), day("2020-06-01"), day("2026-08-20")}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := r.At(days[i%len(days)]); err != nil {
			b.Fatal(err)
		}
	}
}
