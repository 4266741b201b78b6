package checklist

import (
	"time"

	"github.com/eewizard/eewizard/scoring"
)

// The fees of FeeLine.What.
const (
	FeeProcessing = "processing fee"
	FeeRight      = "right of permanent residence fee"
)

// fees are the fees for the family on the day of applying, from the rules' [fees] (dated tables
// of their own, the same in the rules of every day): the applicant's, an accompanying spouse's or
// partner's, and each dependent child's. A fee of 0 (a child's right of permanent residence fee)
// has no line.
func fees(r *scoring.Rules, p *scoring.Profile, applyOn, deadline time.Time) Fees {
	var f Fees
	t, ok := r.FeesAt(applyOn)
	if !ok {
		return f
	}
	f.Known, f.From, f.Unconfirmed = true, t.From, t.Unconfirmed
	f.Lines = feeLines(t, p)
	f.Total = total(f.Lines)
	if next, ok := r.FeesChangeAfter(applyOn, deadline); ok {
		f.ChangesOn = next.From
		f.ChangedTotal = total(feeLines(next, p))
	}
	return f
}

func feeLines(t scoring.FeeTable, p *scoring.Profile) []FeeLine {
	var out []FeeLine
	add := func(who string, k *kid, what string, amount int) {
		if amount > 0 {
			out = append(out, FeeLine{Who: who, What: what, Amount: amount, child: k})
		}
	}
	add(WhoApplicant, nil, FeeProcessing, t.ProcessingPrincipal)
	add(WhoApplicant, nil, FeeRight, t.RightPrincipal)
	if p.AccompanyingSpouse() {
		add(WhoSpouse, nil, FeeProcessing, t.ProcessingSpouse)
		add(WhoSpouse, nil, FeeRight, t.RightSpouse)
	}
	for i, ch := range p.Children.All() {
		k := &kid{n: i + 1, name: ch.Name}
		add(ch.Label(i), k, FeeProcessing, t.ProcessingChild)
		add(ch.Label(i), k, FeeRight, t.RightChild)
	}
	return out
}

func total(ls []FeeLine) int {
	n := 0
	for _, l := range ls {
		n += l.Amount
	}
	return n
}
