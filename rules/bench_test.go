package rules_test

import (
	"iter"
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

// BenchmarkAnswerSpace recommends for one answer set per op, walking the
// 645,120 sets in order as they are enumerated (keeping them all would take
// hundreds of megabytes) and starting again at the end, so an op is the
// average over the space rather than one set's cost. Multiply by the size
// of the space for a whole walk.
func BenchmarkAnswerSpace(b *testing.B) {
	rb := defaultRulebook(b)
	next, stop := iter.Pull(quiz.Space(rb.Bank()))
	defer func() { stop() }()
	b.ReportAllocs()
	for b.Loop() {
		a, ok := next()
		if !ok {
			stop()
			next, stop = iter.Pull(quiz.Space(rb.Bank()))
			a, _ = next()
		}
		if _, err := rb.Recommend(a); err != nil {
			b.Fatal(err)
		}
	}
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

// BenchmarkDefault builds the embedded rulebook from its generated Go
// data, as every command does at start-up.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Default(); err != nil {
			b.Fatal(err)
		}
	}
}
