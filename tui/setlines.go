package tui

import (
	"strconv"
	"strings"

	"github.com/eewizard/eewizard/scoring"
)

// setLines lists the `--set KEY=VALUE` assignments that turn before into after, so a consultant can
// replay a what-if with `eewizard whatif`. It compares the two profiles as profile files
// (scoring.EncodeProfile), so every key is the file's own: a changed answer is "key=value", an
// answer that is gone is "key=" (back to its default), and a language result on another test, or a
// new one, is one inline table (as the engine's own changes give it). The name is left out.
// Answers that are gone come first, as each assignment is checked like a file.
func setLines(before, after *scoring.Profile) []string {
	b, a := fileKeys(before), fileKeys(after)
	var out []string
	// Answers that are gone go first: a profile file refuses an answer that no longer applies
	// (the spouse's, once single), and each --set is checked as it is made.
	removed := map[string]bool{}
	var gone []string // jobs gone, removed last first so that the numbers of the others hold
	for _, k := range b.order {
		if _, ok := a.values[k]; ok {
			continue
		}
		if row := jobRow(k); row != "" && a.values[row+".noc"] == "" {
			if !removed[row] {
				gone = append(gone, row+"=")
			}
			removed[row] = true
			continue
		}
		if table := languageTable(k); table != "" {
			if !removed[table] && a.values[table+".test"] == "" {
				out = append(out, table+"=")
			}
			removed[table] = true
			continue
		}
		out = append(out, k+"=")
	}
	for i := len(gone) - 1; i >= 0; i-- {
		out = append(out, gone[i])
	}
	for _, k := range a.order {
		if row := jobRow(k); row != "" && b.values[row+".noc"] == "" {
			// A new job is one inline table: its keys one at a time would each be refused.
			if k == row+".noc" {
				out = append(out, row+"="+inlineTable(&a, row))
			}
			continue
		}
		if table := languageTable(k); table != "" {
			if strings.HasSuffix(k, ".test") && (b.values[k] != a.values[k] || b.values[table+".date"] != a.values[table+".date"]) {
				out = append(out, table+"="+inlineTable(&a, table))
			}
			continue
		}
		if v := a.values[k]; b.values[k] != v {
			out = append(out, k+"="+plainValue(v))
		}
	}
	// Language results that changed only in their scores: one assignment each, as the engine gives
	// a retest.
	for _, k := range a.order {
		table := languageTable(k)
		if table == "" || strings.HasSuffix(k, ".test") || strings.HasSuffix(k, ".date") {
			continue
		}
		if b.values[table+".test"] == a.values[table+".test"] && b.values[table+".date"] == a.values[table+".date"] && b.values[k] != a.values[k] {
			out = append(out, k+"="+plainValue(a.values[k]))
		}
	}
	return out
}

// keyValues is a profile file as dotted keys and their values (as written), in file order.
type keyValues struct {
	order  []string
	values map[string]string
}

func fileKeys(p *scoring.Profile) keyValues {
	kv := keyValues{values: map[string]string{}}
	table := ""
	rows := map[string]int{} // [[applicant.jobs]]: its jobs are applicant.jobs.1, .2, ... as --set names them
	for _, line := range strings.Split(string(scoring.EncodeProfile(p)), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "[["):
			table = strings.Trim(line, "[]")
			rows[table]++
			table += "." + strconv.Itoa(rows[table])
		case strings.HasPrefix(line, "["):
			table = strings.Trim(line, "[]")
		default:
			k, v, ok := strings.Cut(line, " = ")
			if !ok || (table == "" && k == "name") {
				continue
			}
			if table != "" {
				k = table + "." + k
			}
			kv.order = append(kv.order, k)
			kv.values[k] = v
		}
	}
	return kv
}

// jobRow is the job of a job's key ("applicant.jobs.2" for "applicant.jobs.2.end"), or "".
func jobRow(key string) string {
	for _, person := range []string{"applicant", "spouse"} {
		rest, ok := strings.CutPrefix(key, person+".jobs.")
		if !ok {
			continue
		}
		if n, _, ok := strings.Cut(rest, "."); ok {
			return person + ".jobs." + n
		}
	}
	return ""
}

// languageTable is the table of a language key ("applicant.first_language" for
// "applicant.first_language.speaking"), or "".
func languageTable(key string) string {
	for _, t := range []string{keyFirst, keySecond, keySpouseLanguage} {
		if strings.HasPrefix(key, t+".") {
			return t
		}
	}
	return ""
}

// inlineTable is a language result as a TOML inline table: {test="tef",date=2026-08-20,listening=434,...}.
func inlineTable(kv *keyValues, table string) string {
	var parts []string
	for _, k := range kv.order {
		if strings.HasPrefix(k, table+".") {
			parts = append(parts, strings.TrimPrefix(k, table+".")+"="+kv.values[k])
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// plainValue is a value as `--set` takes it: a quoted string without its quotes.
func plainValue(v string) string {
	if s, err := strconv.Unquote(v); err == nil {
		return s
	}
	return v
}

// replays reports whether the assignments, made one by one with the engine's own Set, give want
// from p.
func replays(r *scoring.Rules, p scoring.Profile, sets []string, want *scoring.Profile) bool {
	var err error
	for _, s := range sets {
		if p, err = scoring.Set(r, p, s); err != nil {
			return false
		}
	}
	p.Name = want.Name
	return p == *want
}

// shellWord quotes a --set assignment for a shell when it holds characters a shell would read.
func shellWord(s string) string {
	if strings.ContainsAny(s, "{}\"' ,$*?[]") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}
