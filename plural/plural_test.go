package plural

import "testing"

func TestCountIsSingularOnlyForOne(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 rounds"}, {1, "1 round"}, {2, "2 rounds"}, {11, "11 rounds"}, {21, "21 rounds"}, {-1, "-1 round"}} {
		if got := Count(c.n, "round", "rounds"); got != c.want {
			t.Errorf("Count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	if Noun(1, "day", "days") != "day" || Noun(60, "day", "days") != "days" {
		t.Error("Noun")
	}
}
