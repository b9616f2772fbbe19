package ui

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// TestAccessibleInSpanish runs a whole accessible quiz in Spanish: each
// question read before why it is asked, an option named as the Spanish
// rulebook names it (in capitals, without its accents), numbers, "b" to
// go back, entries that are wrong, the report and the answer code; all in
// the order a screen reader reads them, and none of accessible mode's own
// words in English.
func TestAccessibleInSpanish(t *testing.T) {
	rb := accessibleRulebook(t)
	bank := rb.In("es").Bank()
	lifestyle, _ := quiz.Find(bank, "lifestyle")
	busy := strings.ToUpper(unaccented(lifestyle.Options[1].Label))
	health, _ := quiz.Find(bank, "health")
	lines := append([]string{"b", "9", busy, "1", "b", "1", "1", "2", "ninguna de estas"}, busyLines[5:]...)
	var out bytes.Buffer
	err := RunAccessible(context.Background(), Options{Rulebook: rb, In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out, Config: Config{Lang: locale.Spanish}})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	text := out.String()
	es := rb.In("es")
	rec, err := es.Recommend(busyAnswers)
	if err != nil {
		t.Fatal(err)
	}
	wantReport := accessibleReport(locale.For(locale.Spanish), rec, es, busyAnswers, 80)
	code, err := answercode.New(bank).Encode(busyAnswers)
	if err != nil {
		t.Fatal(err)
	}
	dress, _ := quiz.Find(bank, "dress_code")
	// In the order they are said.
	said := []string{
		"jewelquiz: 10 preguntas sobre tu día a día, tu trabajo, tu salud y tu estilo, y hasta 2 preguntas más si tus respuestas lo piden. Responde a cada una con el número o el nombre de una opción y pulsa enter; b vuelve a la pregunta anterior. No se guarda nada.",
		"Pregunta 1 de 10.\n" + strings.TrimSpace(lifestyle.Title) + "\n" + lifestyle.Why + "\n1. ",
		"Escribe un número del 1 al 3 o el nombre de una opción; b vuelve atrás: ",
		"No hay nada a lo que volver: esta es la primera pregunta.",
		"No válido: no hay ninguna opción 9. Escribe un número del 1 al 3 o el nombre de una opción.",
		"Pregunta 2 de 10.",
		"Volviendo atrás. Tu respuesta era " + answerLabel(dress, "none") + ".",
		"Pregunta 2 de 10.",
		"0. Ninguna de estas\nEscribe los números o nombres de todas las que correspondan, separados por comas (como 1,2), o 0 si no es ninguna; b vuelve atrás: ",
		wantReport,
		"Escribe el número de una pregunta para cambiar esa respuesta, o pulsa enter para terminar.",
	}
	// Compared without white space: the report and the code line wrap.
	flat, at := squash(text), 0
	for _, s := range said {
		i := strings.Index(flat[at:], squash(s))
		if i < 0 {
			t.Fatalf("after %d bytes, the transcript lacks %q:\n%s", at, s, text)
		}
		at += i + len(squash(s))
	}
	for _, s := range []string{"Tus respuestas\n  1. ", "Tu código de respuestas: " + code + ". Contiene tus respuestas, incluidas las de salud: compártelo solo con tu estudio, que lo abre con `jewelquiz show " + code + "`."} {
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("the report lacks %q:\n%s", s, text)
		}
	}
	if !strings.Contains(text, "Pregunta 5 de 10.\n"+strings.TrimSpace(health.Title)) {
		t.Errorf("the health question is not asked in its turn:\n%s", text)
	}
	// Accessible mode's own words are never English.
	english := englishSentences(t)
	for s, id := range english {
		if (strings.HasPrefix(id, "acc.") || strings.HasPrefix(id, "code.")) && strings.Contains(text, s) {
			t.Errorf("%s in English: %q", id, s)
		}
	}
	if strings.Contains(text, "⟦") {
		t.Errorf("a message is missing:\n%s", text)
	}
}

// TestAccessibleSpanishNames: in Spanish an option may be typed by its
// Spanish name with or without accents, by its value, or by number, and
// "none of these" in either language.
func TestAccessibleSpanishNames(t *testing.T) {
	tr := locale.For(locale.Spanish)
	q := quiz.Question{ID: "q", Options: []quiz.Option{{Value: "silver", Label: "Plata de ley"}, {Value: "titanium", Label: "Titanio (grado implante)"}, {Value: "nickel", Label: "Níquel"}}}
	for _, tt := range []struct {
		typed string
		want  int
	}{
		{"plata de ley", 0}, {"TITANIO (GRADO IMPLANTE)", 1}, {"niquel", 2}, {"Níquel", 2}, {"nickel", 2}, {"3", 2},
	} {
		if i, problem := optionIndex(tr, tt.typed, q); i != tt.want {
			t.Errorf("%q: option %d (%s), want %d", tt.typed, i, problem, tt.want)
		}
	}
	many := quiz.Question{ID: "m", Kind: quiz.KindMany, Options: q.Options}
	for _, none := range []string{"ninguna de estas", "Ninguna De Estas", "None of these", "0"} {
		if vs, problem := parseMany(tr, none, many); problem != "" || len(vs) != 0 {
			t.Errorf("%q: %v, %q; want none", none, vs, problem)
		}
	}
	if _, problem := optionIndex(tr, "oro", q); problem != `"oro" no es el número ni el nombre de una opción` {
		t.Errorf("an unknown name: %q", problem)
	}
}
