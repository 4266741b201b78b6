// Package noc is the National Occupational Classification (NOC) 2021 Version 1.0 of Statistics
// Canada and ESDC: its 516 unit groups with their TEER category and groups, embedded in the
// program with their French titles (CNP 2021, the French edition), looked up by code, TEER or
// group, and searched by code or by words of a title or description, in English or in French. It
// knows occupations only; which lists an occupation is on is the rules' business.
package noc

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// FileName is the embedded copy of the classification: NOC 2021 Version 1.0, all 516 unit groups
// (Statistics Canada, under the Statistics Canada Open Licence: see README.md).
const FileName = "noc2021.csv"

//go:embed noc2021.csv
var embeddedCSV []byte

// Group is one level above the unit group: a broad occupational category (one digit), a major group
// (two digits) or a minor group (four digits).
type Group struct {
	Code  string
	Title string
}

// Unit is one NOC 2021 unit group: a five-digit code, its TEER category (Training, Education,
// Experience and Responsibilities, 0 to 5: the code's second digit), title, groups and lead statement.
type Unit struct {
	Code        string
	TEER        int
	Title       string
	Broad       Group
	Major       Group
	Minor       Group
	Description string
}

// String is the code and the title, as IRCC lists occupations: "31301 Registered nurses and ...".
func (u Unit) String() string { return u.Code + " " + u.Title }

// Table is the classification, read once; it is never changed after it is built, and is safe
// for use by several goroutines.
type Table struct {
	units  []Unit         // in code order
	byCode map[string]int // code -> index in units
	// The French edition (CNP 2021): unitFR[i] is the title of units[i], groupFR the titles of the
	// groups by code; both nil in a table read without it.
	unitFR  []string
	groupFR map[string]string

	// The words searched, built at the first Search: the rules read the table at every start to
	// check their codes, and need no search.
	indexOnce sync.Once
	index     index
}

var (
	embeddedOnce  sync.Once
	embeddedTable *Table
	embeddedErr   error
)

// Embedded returns the classification built into the program, parsed at first use and shared by
// every caller, with its French titles. The error is never nil-with-a-broken-table: a test holds
// the embedded copies sound.
func Embedded() (*Table, error) {
	embeddedOnce.Do(func() {
		t, err := Read(FileName, strings.NewReader(string(embeddedCSV)))
		if err == nil {
			err = t.addFrench(FrenchFileName, strings.NewReader(embeddedFrenchCSV),
				FrenchGroupsFileName, strings.NewReader(embeddedFrenchGroupsCSV))
		}
		if err != nil {
			t = nil
		}
		embeddedTable, embeddedErr = t, err
	})
	return embeddedTable, embeddedErr
}

// header is the CSV's first row, as Statistics Canada's columns are transcribed.
var header = []string{"code", "teer", "title", "broad_group", "major_group", "minor_group", "description"}

// Read parses a classification in the CSV form of noc2021.csv and checks every row: a five-digit
// code given once, a TEER equal to the code's second digit, and groups whose codes are the code's
// first one, two and four digits. Errors name the file and the line. The table has no French
// titles (TitleFR gives "", TitleIn and search fall back to English).
func Read(file string, r io.Reader) (*Table, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // counted here, so that the error names the line and the columns
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if strings.Join(head, ",") != strings.Join(header, ",") {
		return nil, fmt.Errorf("%s: line 1: columns %q, want %q", file, strings.Join(head, ","), strings.Join(header, ","))
	}
	t := &Table{byCode: map[string]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			return nil, fmt.Errorf("%s: line %d: %d fields, want %d (%s)", file, line, len(rec), len(header), strings.Join(header, ","))
		}
		u, err := readUnit(rec)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", file, line, err)
		}
		if _, dup := t.byCode[u.Code]; dup {
			return nil, fmt.Errorf("%s: line %d: unit group %s is listed twice", file, line, u.Code)
		}
		t.byCode[u.Code] = len(t.units)
		t.units = append(t.units, u)
	}
	if len(t.units) == 0 {
		return nil, fmt.Errorf("%s: no unit groups", file)
	}
	sort.Slice(t.units, func(i, j int) bool { return t.units[i].Code < t.units[j].Code })
	for i, u := range t.units {
		t.byCode[u.Code] = i
	}
	return t, nil
}

// readUnit reads one row and checks it against the shape of NOC 2021 codes.
func readUnit(rec []string) (Unit, error) {
	u := Unit{Code: rec[0], Title: strings.TrimSpace(rec[2]), Description: strings.TrimSpace(rec[6])}
	if !IsCode(u.Code) {
		return u, fmt.Errorf("code %q: want five digits", u.Code)
	}
	teer, err := strconv.Atoi(rec[1])
	if err != nil || teer != int(u.Code[1]-'0') || teer > 5 {
		return u, fmt.Errorf("unit group %s: TEER %q, want %c (the code's second digit, 0 to 5)", u.Code, rec[1], u.Code[1])
	}
	u.TEER = teer
	if u.Title == "" {
		return u, fmt.Errorf("unit group %s: no title", u.Code)
	}
	for _, g := range []struct {
		into   *Group
		field  string
		digits int
	}{{&u.Broad, rec[3], 1}, {&u.Major, rec[4], 2}, {&u.Minor, rec[5], 4}} {
		code, title, ok := strings.Cut(strings.TrimSpace(g.field), " ")
		if !ok || code != u.Code[:g.digits] || strings.TrimSpace(title) == "" {
			return u, fmt.Errorf("unit group %s: group %q, want its code %s and a title", u.Code, g.field, u.Code[:g.digits])
		}
		*g.into = Group{Code: code, Title: strings.TrimSpace(title)}
	}
	return u, nil
}

// IsCode reports whether s has the shape of a NOC 2021 unit group code: five digits.
func IsCode(s string) bool {
	if len(s) != 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Len is the number of unit groups (516 in NOC 2021 Version 1.0).
func (t *Table) Len() int { return len(t.units) }

// All returns every unit group in code order. The slice is the caller's own.
func (t *Table) All() []Unit { return append([]Unit(nil), t.units...) }

// Lookup returns the unit group with this five-digit code.
func (t *Table) Lookup(code string) (Unit, bool) {
	i, ok := t.byCode[strings.TrimSpace(code)]
	if !ok {
		return Unit{}, false
	}
	return t.units[i], true
}

// Title is the title of the unit group with this code, or "" when there is none (or no table).
func (t *Table) Title(code string) string {
	if t == nil {
		return ""
	}
	if u, ok := t.Lookup(code); ok {
		return u.Title
	}
	return ""
}

// ByTEER returns the unit groups of one TEER category, in code order.
func (t *Table) ByTEER(teer int) []Unit {
	return t.filter(func(u Unit) bool { return u.TEER == teer })
}

// InGroup returns the unit groups under a group code: a broad category (one digit), a major group
// (two), a sub-major group (three) or a minor group (four), in code order. A five-digit code gives
// that unit group alone; anything else gives none.
func (t *Table) InGroup(code string) []Unit {
	if code == "" || len(code) > 5 || strings.Trim(code, "0123456789") != "" {
		return nil
	}
	return t.filter(func(u Unit) bool { return strings.HasPrefix(u.Code, code) })
}

func (t *Table) filter(keep func(Unit) bool) []Unit {
	var out []Unit
	for _, u := range t.units {
		if keep(u) {
			out = append(out, u)
		}
	}
	return out
}

// Nearest returns up to n unit groups whose codes are closest to a code that is not in the table:
// those sharing the longest leading digits with it, nearest in number first. It is for errors that
// name what the person may have meant ("31399 is not a NOC 2021 unit group; near it: ...").
func (t *Table) Nearest(code string, n int) []Unit {
	code = strings.TrimSpace(code)
	for p := min(len(code), 4); p >= 1; p-- {
		cands := t.InGroup(code[:p])
		if len(cands) == 0 {
			continue
		}
		target, _ := strconv.Atoi(code)
		sort.SliceStable(cands, func(i, j int) bool {
			return distance(cands[i].Code, target) < distance(cands[j].Code, target)
		})
		return cands[:min(n, len(cands))]
	}
	return nil
}

func distance(code string, target int) int {
	v, _ := strconv.Atoi(code)
	if v > target {
		return v - target
	}
	return target - v
}
