package rules_test

import (
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

func BenchmarkRecommend(b *testing.B) {
	rb := defaultRulebook(b)
	a := quiz.Answers{
		"lifestyle": "busy", "dress_code": "none", "machinery": "daily", "allergy": "nickel",
		"sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid",
	}
	if err := a.Validate(rb.Bank()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rb.Recommend(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnswerSpace recommends for all 3,888 answer sets per op.
func BenchmarkAnswerSpace(b *testing.B) {
	rb := defaultRulebook(b)
	var all []quiz.Answers
	for a := range quiz.Space(rb.Bank()) {
		all = append(all, a)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range all {
			if _, err := rb.Recommend(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(all)), "sets/op")
}

func BenchmarkLoad(b *testing.B) {
	src := rules.DefaultSource()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Load(rules.DefaultName, src); err != nil {
			b.Fatal(err)
		}
	}
}
