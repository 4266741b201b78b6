package scoring

import (
	"strings"

	"github.com/BurntSushi/toml"
)

// setJobRow sets a whole job of a --set key "applicant.jobs.N" (parts) in the decoded table cur
// (the person's): value is the job as a TOML inline table ({noc = "31301", country = "canada",
// start = 2024-01-01}); N is a job's number, or one more than the last to add a job; an empty
// value removes job N (the jobs after it move up). The profile read back checks the job's keys.
func setJobRow(cur map[string]any, label string, parts []string, value string) error {
	rows, _ := cur["jobs"].([]map[string]any)
	if _, ok := cur["jobs"]; ok && rows == nil {
		return Problems{Problem{File: label, Key: strings.Join(parts[:len(parts)-1], ".")}.says("err_set_not_jobs")}
	}
	row, err := jobRow(label, parts, rows)
	if err != nil {
		return err
	}
	key := strings.Join(parts, ".")
	if value == "" {
		if row == len(rows) {
			return Problems{Problem{File: label, Key: key}.says("err_set_no_job_to_remove", row+1, len(rows))}
		}
		rows = append(rows[:row], rows[row+1:]...)
		if len(rows) == 0 {
			delete(cur, "jobs")
		} else {
			cur["jobs"] = rows
		}
		return nil
	}
	var v map[string]any
	_, err = toml.Decode("v = "+value, &v)
	job, isTable := v["v"].(map[string]any)
	if err != nil || !isTable {
		return Problems{Problem{File: label, Key: key}.says("err_set_job_inline", strings.Join(jobKeys, ", "))}
	}
	if row == len(rows) {
		rows = append(rows, job)
	} else {
		rows[row] = job
	}
	cur["jobs"] = rows
	return nil
}
