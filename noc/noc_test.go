package noc

import (
	"strings"
	"testing"
)

func table(t testing.TB) *Table {
	t.Helper()
	tb, err := Embedded()
	if err != nil {
		t.Fatalf("embedded NOC 2021: %v", err)
	}
	return tb
}

// Statistics Canada's NOC 2021 Version 1.0 has 516 unit groups; by TEER, counted in noc2021.csv:
// 48 in TEER 0, 97 in 1, 162 in 2, 69 in 3, 95 in 4 and 45 in 5.
func TestEmbeddedTableHasAll516UnitGroupsByTEER(t *testing.T) {
	tb := table(t)
	if tb.Len() != 516 {
		t.Fatalf("%d unit groups, want 516", tb.Len())
	}
	want := map[int]int{0: 48, 1: 97, 2: 162, 3: 69, 4: 95, 5: 45}
	for teer, n := range want {
		us := tb.ByTEER(teer)
		if len(us) != n {
			t.Errorf("TEER %d: %d unit groups, want %d", teer, len(us), n)
		}
		for _, u := range us {
			if u.TEER != teer || int(u.Code[1]-'0') != teer {
				t.Errorf("%s in TEER %d", u, teer)
			}
		}
	}
	if us := tb.ByTEER(6); len(us) != 0 {
		t.Errorf("TEER 6: %d unit groups, want none", len(us))
	}
}

func TestLookupGivesTheUnitGroupWithItsGroups(t *testing.T) {
	tb := table(t)
	u, ok := tb.Lookup("31301")
	if !ok {
		t.Fatal("31301 not found")
	}
	want := Unit{
		Code: "31301", TEER: 1, Title: "Registered nurses and registered psychiatric nurses",
		Broad: Group{"3", "Health occupations"},
		Major: Group{"31", "Professional occupations in health"},
		Minor: Group{"3130", "Nursing and allied health professionals"},
	}
	u.Description = ""
	if u != want {
		t.Errorf("Lookup(31301):\n got %+v\nwant %+v", u, want)
	}
	if u, ok := tb.Lookup("00010"); !ok || u.Title != "Legislators" || u.TEER != 0 {
		t.Errorf("Lookup(00010) = %+v, %v: the leading zeros are part of the code", u, ok)
	}
	for _, code := range []string{"", "3130", "313010", "31399", "abcde", "10"} {
		if u, ok := tb.Lookup(code); ok {
			t.Errorf("Lookup(%q) = %v, want none", code, u)
		}
	}
}

func TestInGroupByBroadMajorSubMajorAndMinorCodes(t *testing.T) {
	tb := table(t)
	for _, c := range []struct {
		code string
		n    int
	}{
		{"3", 0}, {"31", 0}, {"313", 0}, {"3130", 0}, {"31301", 1}, {"9", 0},
		{"", -1}, {"x", -1}, {"313010", -1},
	} {
		got := tb.InGroup(c.code)
		if c.n < 0 {
			if len(got) != 0 {
				t.Errorf("InGroup(%q) = %d unit groups, want none", c.code, len(got))
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("InGroup(%q) is empty", c.code)
		}
		for _, u := range got {
			if !strings.HasPrefix(u.Code, c.code) {
				t.Errorf("InGroup(%q) has %s", c.code, u)
			}
		}
		// Every unit group under the code is there: count them the slow way.
		n := 0
		for _, u := range tb.All() {
			if strings.HasPrefix(u.Code, c.code) {
				n++
			}
		}
		if len(got) != n {
			t.Errorf("InGroup(%q) = %d, want %d", c.code, len(got), n)
		}
	}
}

func TestEveryUnitGroupsGroupsAreItsCodesLeadingDigits(t *testing.T) {
	for _, u := range table(t).All() {
		if u.Broad.Code != u.Code[:1] || u.Major.Code != u.Code[:2] || u.Minor.Code != u.Code[:4] {
			t.Errorf("%s: groups %s, %s, %s", u, u.Broad.Code, u.Major.Code, u.Minor.Code)
		}
		if u.Description == "" || u.Broad.Title == "" || u.Major.Title == "" || u.Minor.Title == "" {
			t.Errorf("%s: a title or the description is empty", u)
		}
	}
}

func TestReadRefusesBrokenRowsNamingTheLine(t *testing.T) {
	head := strings.Join(header, ",") + "\n"
	row := func(code, teer string) string {
		return code + "," + teer + ",Title,3 Health,31 Professional,3130 Nursing,Desc\n"
	}
	for _, c := range []struct{ name, body, want string }{
		{"columns", "code,title\n", "line 1: columns"},
		{"short code", head + row("3130", "1"), "line 2: code \"3130\": want five digits"},
		{"teer", head + row("31301", "2"), "line 2: unit group 31301: TEER \"2\""},
		{"twice", head + row("31301", "1") + row("31301", "1"), "line 3: unit group 31301 is listed twice"},
		{"group", head + "31301,1,T,3 H,32 P,3130 N,D\n", "group \"32 P\", want its code 31"},
		{"empty", head, "no unit groups"},
	} {
		_, err := Read("noc.csv", strings.NewReader(c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "noc.csv: ") {
			t.Errorf("%s: error %v, want one naming noc.csv and %q", c.name, err, c.want)
		}
	}
}

func TestSearchRanksTitlesAboveDescriptionsAndWholeWordsAboveStarts(t *testing.T) {
	tb := table(t)
	for _, c := range []struct {
		query string
		first string
	}{
		{"registered nurse", "31301"},
		{"Registered  NURSES", "31301"},
		{"nurse practitioner", "31302"},
		{"31301", "31301"},
		{"legislators", "00010"},
		{"software engineer", "21231"},
		{"electricians", "72200"},
	} {
		got := tb.Search(c.query, 5)
		if len(got) == 0 || got[0].Unit.Code != c.first {
			t.Errorf("Search(%q): first %v, want %s", c.query, codes(got), c.first)
		}
	}
	// "nurse" matches nurses' titles as a whole word (plural) before "Nursery ... labourers", where
	// it only starts a word.
	got := tb.Search("nurse", 0)
	pos := map[string]int{}
	for i, m := range got {
		pos[m.Unit.Code] = i
	}
	nursery, ok := pos["85103"]
	if !ok {
		t.Fatalf("Search(nurse) = %v: no nursery labourers (85103)", codes(got))
	}
	for _, code := range []string{"31301", "31302", "32101"} {
		if p, ok := pos[code]; !ok || p > nursery {
			t.Errorf("Search(nurse): %s at %d, nursery labourers at %d", code, p, nursery)
		}
	}
}

func TestSearchByCodePrefixListsTheGroupInCodeOrder(t *testing.T) {
	got := table(t).Search("3130", 0)
	if len(got) == 0 {
		t.Fatal("no match for 3130")
	}
	for i, m := range got {
		if !strings.HasPrefix(m.Unit.Code, "3130") || (i > 0 && got[i-1].Unit.Code > m.Unit.Code) {
			t.Errorf("Search(3130) = %v", codes(got))
			break
		}
	}
}

func TestSearchNeedsEveryWordIgnoresAccentsAndLimits(t *testing.T) {
	tb := table(t)
	if got := tb.Search("nurse legislators", 0); len(got) != 0 {
		t.Errorf("two words no title or description has together matched %v", codes(got))
	}
	if got, plain := tb.Search("Électricians", 3), tb.Search("electricians", 3); len(got) == 0 || codes(got) != codes(plain) {
		t.Errorf("accents: %v, without: %v", codes(got), codes(plain))
	}
	if got := tb.Search("manager", 3); len(got) != 3 {
		t.Errorf("limit 3 gave %d", len(got))
	}
	for _, q := range []string{"", "   ", "!!!", "\x1b[2J"} {
		if got := tb.Search(q, 0); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want none", q, codes(got))
		}
	}
}

func TestNearestNamesCodesSharingTheLongestPrefix(t *testing.T) {
	tb := table(t)
	got := tb.Nearest("31399", 3)
	if len(got) != 3 {
		t.Fatalf("Nearest(31399) = %v", got)
	}
	for _, u := range got {
		if !strings.HasPrefix(u.Code, "313") {
			t.Errorf("Nearest(31399) has %s, want codes under 313", u)
		}
	}
	if got := tb.Nearest("zzz", 3); len(got) != 0 {
		t.Errorf("Nearest(zzz) = %v, want none", got)
	}
}

func codes(ms []Match) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(m.Unit.Code)
	}
	return b.String()
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"nurse", "3130", "Électricien", "a b c", "\x00", "99999"} {
		f.Add(s)
	}
	tb := table(f)
	f.Fuzz(func(t *testing.T, q string) {
		got := tb.Search(q, 10)
		if len(got) > 10 {
			t.Fatalf("limit 10 gave %d", len(got))
		}
		for i := 1; i < len(got); i++ {
			if got[i].Score > got[i-1].Score {
				t.Fatalf("Search(%q) not ranked: %v", q, got)
			}
		}
		tb.Nearest(q, 3)
		tb.InGroup(q)
	})
}

func BenchmarkSearchOneKeystroke(b *testing.B) {
	tb := table(b)
	for _, q := range []string{"r", "registered nur", "31", "software engineer"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tb.Search(q, 20)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	tb := table(b)
	b.ReportAllocs()
	for b.Loop() {
		tb.Lookup("31301")
	}
}
