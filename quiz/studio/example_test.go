package studio

import (
	"reflect"
	"testing"
)

// TestExampleIsComplete checks the example studio file reads as it is,
// sets every setting, and prices every type of the built-in rulebook.
func TestExampleIsComplete(t *testing.T) {
	s, err := Parse("example.yaml", Example(), testVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	v := reflect.ValueOf(s)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Errorf("the example leaves %s unset", v.Type().Field(i).Name)
		}
	}
	for _, id := range testVocabulary.Types {
		if _, ok := s.Prices.For(id); !ok {
			t.Errorf("the example has no price for %s", id)
		}
	}
}
