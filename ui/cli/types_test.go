package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// TestTypesJSONMatchesRulebook checks `types --format json` against the
// rulebook it came from, type by type and field by field.
func TestTypesJSONMatchesRulebook(t *testing.T) {
	var out bytes.Buffer
	if err := Types(context.Background(), []string{"--format", "json"}, IO{Out: &out, Err: &out}); err != nil {
		t.Fatal(err)
	}
	var got []jsonType
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(rb.Types) {
		t.Fatalf("%d types, the rulebook has %d", len(got), len(rb.Types))
	}
	for i, want := range rb.Types {
		g := got[i]
		if g.ID != want.ID || g.Name != want.Name || g.Summary != want.Summary || g.Description != want.Description {
			t.Fatalf("type %d: %+v differs from the rulebook's %s", i, g, want.ID)
		}
		if len(want.Metals) > 0 && !reflect.DeepEqual(g.Metals, want.Metals) {
			t.Fatalf("%s metals %v, rulebook %v", want.ID, g.Metals, want.Metals)
		}
		for _, id := range g.Metals {
			if _, ok := rb.Metal(id); !ok {
				t.Fatalf("%s: unknown metal %q", want.ID, id)
			}
		}
		c, w := g.Catalog, want.Catalog
		if c.Made != w.Made || c.Upkeep != w.Upkeep || c.Removal != w.Removal || c.Healing != w.Healing ||
			len(c.Suits) != len(w.Suits) || len(c.NotFor) != len(w.NotFor) || len(c.Pros) != len(w.Pros) || len(c.Cons) != len(w.Cons) {
			t.Fatalf("%s: catalog differs from the rulebook", want.ID)
		}
	}
}

func TestTypesFormats(t *testing.T) {
	rb, _ := rules.Default()
	for _, format := range []string{"text", "markdown"} {
		var out bytes.Buffer
		if err := Types(context.Background(), []string{"--format", format}, IO{Out: &out, Err: &out}); err != nil {
			t.Fatal(err)
		}
		for _, typ := range rb.Types {
			if !strings.Contains(out.String(), typ.Name) || !strings.Contains(out.String(), typ.Catalog.Suits[0]) {
				t.Fatalf("%s output lacks %s's page", format, typ.ID)
			}
		}
		if strings.Contains(out.String(), "\x1b[") {
			t.Fatalf("%s output to a non-terminal has escape codes", format)
		}
	}
	var errOut bytes.Buffer
	err := Types(context.Background(), []string{"--format", "pdf"}, IO{Out: &errOut, Err: &errOut})
	var ie *InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "pdf") {
		t.Fatalf("unknown format: err = %v, want an InputError naming it", err)
	}
}
