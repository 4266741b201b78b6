package noc

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// The French edition of the classification: CNP 2021 version 1.0 (Classification nationale des
// professions), Statistics Canada's "cnp_2021_version_1.0_-_structure_de_la_classification.csv",
// column "Titres de classes", copied character for character (ASCII apostrophes, "oe" not "œ", as
// StatCan writes them). Source: Statistique Canada, Classification nationale des professions (CNP)
// 2021 version 1.0, under the Statistics Canada Open Licence (the licence the dataset's record on
// open.canada.ca names). README.md beside this file says where the copy came from, how it was
// checked, and why this licence and not the Open Government Licence - Canada.
const (
	// FrenchFileName holds the French title of each of the 516 unit groups: code,title_fr.
	FrenchFileName = "cnp2021-fr.csv"
	// FrenchGroupsFileName holds the French titles of the groups above them:
	// code,level,title_fr, level being broad, major, sub_major or minor.
	FrenchGroupsFileName = "cnp2021-fr-groups.csv"
)

//go:embed cnp2021-fr.csv
var embeddedFrenchCSV string

//go:embed cnp2021-fr-groups.csv
var embeddedFrenchGroupsCSV string

// Lang is a language the classification is published in: English (NOC) or French (CNP). Any other
// value is taken as English.
type Lang string

// The two editions of the classification.
const (
	English Lang = "en"
	French  Lang = "fr"
)

// known is English for every value but French.
func (l Lang) known() Lang {
	if l == French {
		return French
	}
	return English
}

// other is the other language.
func (l Lang) other() Lang {
	if l.known() == French {
		return English
	}
	return French
}

// groupDigits is the length of a group code at each level named in the groups file.
var groupDigits = map[string]int{"broad": 1, "major": 2, "sub_major": 3, "minor": 4}

// TitleFR is the CNP 2021 French title of a unit group (five digits) or of a group (one to four
// digits: broad category, major, sub-major or minor group), or "" when there is none: a code not
// in the classification, or a table read without its French edition.
func (t *Table) TitleFR(code string) string {
	if t == nil {
		return ""
	}
	code = strings.TrimSpace(code)
	if i, ok := t.byCode[code]; ok && t.unitFR != nil {
		return t.unitFR[i]
	}
	return t.groupFR[code]
}

// TitleIn is the title of a unit group or group in a language. In French it is the CNP title, or
// the English one where the table has no French title for the code. In English a group's title
// is the one the unit groups carry (broad, major and minor groups: NOC 2021 gives its unit groups
// no sub-major title, so a three-digit code has none in English). "" when the code is unknown.
func (t *Table) TitleIn(code string, lang Lang) string {
	if t == nil {
		return ""
	}
	if lang.known() == French {
		if fr := t.TitleFR(code); fr != "" {
			return fr
		}
	}
	code = strings.TrimSpace(code)
	if len(code) == 5 {
		return t.Title(code)
	}
	if us := t.InGroup(code); len(us) > 0 {
		for _, g := range []Group{us[0].Broad, us[0].Major, us[0].Minor} {
			if g.Code == code {
				return g.Title
			}
		}
	}
	return ""
}

// addFrench reads the French titles of the unit groups and of the groups into t, and checks them
// against it: every unit group has one, and so has every group above a unit group; no code is
// unknown or given twice. Errors name the file and the line.
func (t *Table) addFrench(file string, units io.Reader, groupsFile string, groups io.Reader) error {
	fr := make([]string, len(t.units))
	err := readRows(file, units, []string{"code", "title_fr"}, func(line int, rec []string) error {
		i, ok := t.byCode[rec[0]]
		switch {
		case !IsCode(rec[0]):
			return fmt.Errorf("code %q: want five digits", rec[0])
		case !ok:
			return fmt.Errorf("unit group %s is not in %s", rec[0], FileName)
		case fr[i] != "":
			return fmt.Errorf("unit group %s is listed twice", rec[0])
		}
		fr[i] = rec[1]
		return nil
	})
	if err != nil {
		return err
	}
	for i, u := range t.units {
		if fr[i] == "" {
			return fmt.Errorf("%s: unit group %s (%s) has no French title", file, u.Code, u.Title)
		}
	}
	gfr := map[string]string{}
	err = readRows(groupsFile, groups, []string{"code", "level", "title_fr"}, func(line int, rec []string) error {
		code, level := rec[0], rec[1]
		n, ok := groupDigits[level]
		switch {
		case !ok:
			return fmt.Errorf("level %q: want broad, major, sub_major or minor", level)
		case len(code) != n || strings.Trim(code, "0123456789") != "":
			return fmt.Errorf("%s group %q: want %d digits", level, code, n)
		case gfr[code] != "":
			return fmt.Errorf("group %s is listed twice", code)
		}
		gfr[code] = rec[2]
		return nil
	})
	if err != nil {
		return err
	}
	for _, u := range t.units {
		for _, code := range []string{u.Code[:1], u.Code[:2], u.Code[:3], u.Code[:4]} {
			if gfr[code] == "" {
				return fmt.Errorf("%s: group %s (above unit group %s) has no French title", groupsFile, code, u.Code)
			}
		}
	}
	t.unitFR, t.groupFR = fr, gfr
	return nil
}

// readRows reads a CSV whose first row is head, and gives each following row, its fields trimmed
// and in NFC, to row; a row of the wrong width or with an empty last field (the title) is refused.
// Errors name the file and the line.
func readRows(file string, r io.Reader, head []string, row func(line int, rec []string) error) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	got, err := cr.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	if strings.Join(got, ",") != strings.Join(head, ",") {
		return fmt.Errorf("%s: line 1: columns %q, want %q", file, strings.Join(got, ","), strings.Join(head, ","))
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return fmt.Errorf("%s: line %d: %d fields, want %d (%s)", file, line, len(rec), len(head), strings.Join(head, ","))
		}
		for i := range rec {
			rec[i] = norm.NFC.String(strings.TrimSpace(rec[i]))
		}
		if rec[len(rec)-1] == "" {
			return fmt.Errorf("%s: line %d: %s has no title", file, line, rec[0])
		}
		if err := row(line, rec); err != nil {
			return fmt.Errorf("%s: line %d: %w", file, line, err)
		}
	}
}
