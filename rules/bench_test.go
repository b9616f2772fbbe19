package rules_test

import (
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

func BenchmarkRecommend(b *testing.B) {
	rb := defaultRulebook(b)
	a := quiz.Answers{
		"lifestyle": "busy", "dress_code": "none", "machinery": "daily", "machine_kind": "moving-parts", "allergy": "nickel",
		"health": "keloids", "age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid",
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

// BenchmarkAnswerSpace recommends for all 645,120 answer sets per op, as
// they are enumerated (keeping them all would take hundreds of megabytes).
func BenchmarkAnswerSpace(b *testing.B) {
	rb := defaultRulebook(b)
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		for a := range quiz.Space(rb.Bank()) {
			if _, err := rb.Recommend(a); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n), "sets/op")
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
