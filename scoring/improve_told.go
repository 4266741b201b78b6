package scoring

// What the planner tells of its changes and of the days of its timeline, for other languages:
// each Change.Title and each part of a TimelineEvent.What is said as a message of the catalogues
// ("imp_*", i18n/messages/*/improve.toml) with typed arguments (Told), beside the English, which is
// built as it always was. The arguments are of the types report.ToldIn writes in any language:
// int (Years, Window: a number of years; others a count), time.Time, Education, JobName, *Chart,
// ProgramID, Reason, *CategoryVersion, CategoryReasons, string (names and codes, as they are) and
// Told, for the parts a sentence is made of (a language slot, an ability, a list).

// args is a Told's arguments, from key, value pairs.
func args(kv ...any) map[string]any {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

// say is message id told with the arguments of key, value pairs.
func say(id string, kv ...any) Told { return Told{id, args(kv...)} }

// abilityTold is an ability in lower case ("speaking"), core.toml's ability_lower_*.
func abilityTold(a Ability) Told { return Told{ID: "ability_lower_" + a.String()} }

// levelTold is "CLB 8", or "below CLB 4" for a level below the chart's lowest.
func levelTold(c *Chart, n int) Told {
	if n < c.Lowest() {
		return say("imp_level_below", "Name", levelNameTold(c), "N", c.Lowest())
	}
	return say("level", "Name", levelNameTold(c), "N", n)
}

// levelNameTold is the name of a chart's levels, CLB or NCLC (core.toml's level_name_*: French
// says NCLC of both).
func levelNameTold(c *Chart) Told {
	if c.French() {
		return Told{ID: "level_name_french"}
	}
	return Told{ID: "level_name_english"}
}

// moreYearsTold is moreYears told.
func moreYearsTold(n int) Told {
	if n == 1 {
		return Told{ID: "imp_more_one_year"}
	}
	return say("imp_more_years", "N", n)
}

// moreDaysTold is "1 more day", "120 more days": one day is singular in both languages (and a
// job is never held 0 days longer).
func moreDaysTold(n int) Told {
	if n == 1 {
		return Told{ID: "imp_more_one_day"}
	}
	return say("imp_more_days", "N", n)
}

// listTold is parts joined with ", " (as strings.Join(words, ", ")), from 1 to NumAbilities
// parts (French ends its lists with "et").
func listTold(parts []Told) Told {
	if len(parts) == 1 {
		return parts[0]
	}
	keys := [...]string{"A", "B", "C", "D"}
	m := make(map[string]any, len(parts))
	for i, t := range parts {
		m[keys[i]] = t
	}
	return Told{[...]string{"", "", "imp_list_2", "imp_list_3", "imp_list_4"}[len(parts)], m}
}

// scoreTold is an ability's score, "listening 6.5" (core.toml's line_language).
func scoreTold(a Ability, score float64) Told {
	return say("line_language", "Ability", abilityTold(a), "Level", fmtScore(score))
}

// andTold is names joined with " and " (JobName or Told each), as strings.Join(names, " and ").
func andTold(names []any) any {
	if len(names) == 1 {
		return names[0]
	}
	return say("imp_and", "A", andTold(names[:len(names)-1]), "B", names[len(names)-1])
}

// told is a language slot's title ("First language").
func (s languageSlot) told() Told { return Told{ID: "imp_slot_" + s.key} }
