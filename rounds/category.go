package rounds

import (
	"fmt"
	"strconv"
	"strings"
)

// Category is the type of a round of invitations, as IRCC names it in the drawName field, reduced
// to a small set with stable short names for the command line and for JSON. The zero value, All,
// stands for every category where a query takes one.
type Category uint8

// The categories of rounds. New IRCC round types that match none of these are Other; the round
// keeps IRCC's own words in Round.Name.
const (
	All            Category = iota // every category (a filter that matches every round)
	General                        // "No Program Specified" or "General": all Express Entry programs
	CEC                            // Canadian Experience Class
	PNP                            // Provincial Nominee Program
	FSW                            // Federal Skilled Worker Program
	FST                            // Federal Skilled Trades Program
	French                         // French-language proficiency
	Healthcare                     // healthcare and social services occupations
	STEM                           // science, technology, engineering and math occupations
	Trades                         // trade occupations (a category-based round, not the FST program)
	Transport                      // transport occupations
	Agriculture                    // agriculture and agri-food occupations
	Education                      // education occupations
	Physicians                     // physicians with Canadian work experience
	SeniorManagers                 // senior managers with Canadian work experience
	Researchers                    // researchers with Canadian work experience
	Military                       // skilled military recruits
	Other                          // a round type this version does not know
	numCategories
)

var categoryNames = [numCategories]string{
	All:            "all",
	General:        "general",
	CEC:            "cec",
	PNP:            "pnp",
	FSW:            "fsw",
	FST:            "fst",
	French:         "french",
	Healthcare:     "healthcare",
	STEM:           "stem",
	Trades:         "trades",
	Transport:      "transport",
	Agriculture:    "agriculture",
	Education:      "education",
	Physicians:     "physicians",
	SeniorManagers: "senior-managers",
	Researchers:    "researchers",
	Military:       "military",
	Other:          "other",
}

// String returns the category's short name, as accepted by ParseCategory ("cec", "senior-managers").
func (c Category) String() string {
	if c < numCategories {
		return categoryNames[c]
	}
	return fmt.Sprintf("Category(%d)", uint8(c))
}

// Title returns the category in plain words ("Canadian Experience Class"), for people.
func (c Category) Title() string { return c.TitleIn(en) }

// MarshalText encodes the category as its short name, so JSON shows "cec" rather than a number.
func (c Category) MarshalText() ([]byte, error) {
	if c >= numCategories {
		return nil, fmt.Errorf("category %d: no such category", uint8(c))
	}
	return []byte(categoryNames[c]), nil
}

// UnmarshalText reads a short name, as ParseCategory does.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Categories returns every category a round can have (All excluded), in the order of the
// ParseCategory help text.
func Categories() []Category {
	cs := make([]Category, 0, numCategories-1)
	for c := General; c < numCategories; c++ {
		cs = append(cs, c)
	}
	return cs
}

// ParseCategory reads a short name such as the --category flag's value ("cec", "french"), ignoring
// case and surrounding spaces. "all" and the empty string give All. An unknown name is an error
// that lists the allowed ones.
func ParseCategory(s string) (Category, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return All, nil
	}
	for c := All; c < numCategories; c++ {
		if strings.EqualFold(t, categoryNames[c]) {
			return c, nil
		}
	}
	return All, tellErr("rnd_err_category", map[string]any{"Value": strconv.Quote(s), "Names": strings.Join(categoryNames[:], ", ")})
}

// categoryRules maps the words of a drawName to a category. The first rule whose words all appear,
// in order and next to each other, wins, so the programs (Federal Skilled Trades) come before the
// occupation categories (Trade occupations).
var categoryRules = [...]struct {
	words []string
	cat   Category
}{
	{[]string{"no", "program", "specified"}, General},
	{[]string{"general"}, General},
	{[]string{"canadian", "experience", "class"}, CEC},
	{[]string{"provincial", "nominee"}, PNP},
	{[]string{"federal", "skilled", "worker"}, FSW},
	{[]string{"federal", "skilled", "trades"}, FST},
	{[]string{"federal", "skilled", "trade"}, FST},
	{[]string{"french"}, French},
	{[]string{"francophone"}, French},
	{[]string{"healthcare"}, Healthcare},
	{[]string{"health"}, Healthcare},
	{[]string{"stem"}, STEM},
	{[]string{"physicians"}, Physicians},
	{[]string{"physician"}, Physicians},
	{[]string{"senior", "managers"}, SeniorManagers},
	{[]string{"senior", "manager"}, SeniorManagers},
	{[]string{"researchers"}, Researchers},
	{[]string{"researcher"}, Researchers},
	{[]string{"military"}, Military},
	{[]string{"transport"}, Transport},
	{[]string{"agriculture"}, Agriculture},
	{[]string{"education"}, Education},
	{[]string{"trades"}, Trades},
	{[]string{"trade"}, Trades},
}

// maxNameWords bounds the words of a drawName that classification looks at; IRCC's longest name has 9.
const maxNameWords = 24

// Classify returns the category of an IRCC drawName ("Canadian Experience Class" is CEC,
// "French-Language proficiency 2026-Version 2" is French). A name it does not recognise is Other;
// it never fails.
func Classify(drawName string) Category {
	var buf [maxNameWords]string
	words := splitWords(drawName, buf[:0])
	for _, r := range categoryRules {
		if containsWords(words, r.words) {
			return r.cat
		}
	}
	return Other
}

// splitWords appends the runs of letters and digits in s to dst, without allocating.
func splitWords(s string, dst []string) []string {
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && isWordByte(s[i])
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if len(dst) == cap(dst) {
				return dst
			}
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	return dst
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80
}

// containsWords reports whether want appears as a run of consecutive words in words, ignoring case.
func containsWords(words, want []string) bool {
	for i := 0; i+len(want) <= len(words); i++ {
		match := true
		for j, w := range want {
			if !strings.EqualFold(words[i+j], w) {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
