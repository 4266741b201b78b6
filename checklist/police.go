package checklist

import (
	"strings"
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// policeCountry is one country other than Canada of a residence history, for police: the days
// lived there, whether it is lived in now, and the last day of the last stay there that ended.
type policeCountry struct {
	name    string
	days    int
	current bool
	left    time.Time
}

// policeCountries is the countries of stays other than Canada, in the order first lived in
// (the same country however written: "india", " India"), each with its days from from (zero:
// every day) to applyOn.
func policeCountries(stays []scoring.Residence, from, applyOn time.Time) []*policeCountry {
	var order []*policeCountry
	byName := map[string]*policeCountry{}
	for i := range stays {
		s := &stays[i]
		if s.InCanada() {
			continue
		}
		start, end := s.Start, s.EndOr(applyOn)
		if start.Before(from) {
			start = from
		}
		if end.After(applyOn) {
			end = applyOn
		}
		key := strings.ToLower(strings.TrimSpace(s.Country))
		c := byName[key]
		if c == nil {
			c = &policeCountry{name: s.Country}
			byName[key] = c
			order = append(order, c)
		}
		if !end.Before(start) {
			c.days += int(end.Sub(start).Hours()/24) + 1
		}
		if s.End.IsZero() {
			c.current = true
		} else if s.End.After(c.left) {
			c.left = s.End
		}
	}
	return order
}
