package i18n

import "testing"

func TestPlusAndSignedWriteTheRealMinusAndCountsDigits(t *testing.T) {
	en, fr := For(En), For(Fr)
	for _, c := range []struct {
		p            *Printer
		n            int
		plus, signed string
	}{
		{en, 62, "+62", "62"},
		{en, -5, "−5", "−5"},
		{en, 0, "0", "0"},
		{en, 1200, "+1200", "1200"},
		{fr, 1200, "+1" + NarrowNBSP + "200", "1" + NarrowNBSP + "200"},
		{fr, -1200, "−1" + NarrowNBSP + "200", "−1" + NarrowNBSP + "200"},
	} {
		if got := c.p.Plus(c.n); got != c.plus {
			t.Errorf("%s Plus(%d) = %q, want %q", c.p.Lang(), c.n, got, c.plus)
		}
		if got := c.p.Signed(c.n); got != c.signed {
			t.Errorf("%s Signed(%d) = %q, want %q", c.p.Lang(), c.n, got, c.signed)
		}
	}
}

func TestDecimalWritesACommaInFrench(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		f    float64
		prec int
		want string
	}{
		{En, 8.5, -1, "8.5"}, {Fr, 8.5, -1, "8,5"}, {Fr, 7, -1, "7"},
		{En, 11.84, 1, "11.8"}, {Fr, 11.84, 1, "11,8"}, {Fr, 3, 1, "3,0"},
	} {
		if got := For(c.l).Decimal(c.f, c.prec); got != c.want {
			t.Errorf("%s Decimal(%v, %d) = %q, want %q", c.l, c.f, c.prec, got, c.want)
		}
	}
}

func TestColonAndPercentHaveTheNoBreakSpaceInFrench(t *testing.T) {
	if got := For(En).Colon(); got != ": " {
		t.Errorf("English Colon = %q", got)
	}
	if got := For(Fr).Colon(); got != NBSP+": " {
		t.Errorf("French Colon = %q", got)
	}
	if got := For(En).Percent(3.94, 1); got != "3.9%" {
		t.Errorf("English Percent = %q", got)
	}
	if got := For(Fr).Percent(3.94, 1); got != "3,9"+NBSP+"%" {
		t.Errorf("French Percent = %q", got)
	}
}
