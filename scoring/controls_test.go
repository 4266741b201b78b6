package scoring

import (
	"strings"
	"testing"
)

func TestProfileErrorsShowControlCharactersInKeysAndFileNames(t *testing.T) {
	r := rulesOn(t, "2026-08-20")
	src := "[applicant]\n\"x\\u001b[2J\\u202e\" = 1\nage = 30\nmarital_status = \"single\"\neducation = \"masters\"\n"
	_, err := ReadProfile(r, "client\x1b[31m.toml", []byte(src))
	if err == nil {
		t.Fatal("no error for an unknown key")
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\x1b\u202e") {
		t.Errorf("error %q: control characters kept", msg)
	}
	for _, want := range []string{`client\x1b[31m.toml: `, `x\x1b[2J\u202e`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
}
