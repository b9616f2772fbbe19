package rules

// compile builds the lookup table the engine scores with: for each type,
// question and option, the points it adds, whether it rules the type out,
// and which effects say so; and each effect's sentence (see say).
func (rb *Rulebook) compile() {
	rb.compileTables()
	rb.say(nil)
}

// compileTables builds compile's lookup table.
func (rb *Rulebook) compileTables() {
	bank := rb.Questions
	rb.bank = bank
	rb.valueIdx = make([]map[string]int, len(bank))
	qIdx := make(map[string]int, len(bank))
	for qi, q := range bank {
		qIdx[q.ID] = qi
		rb.valueIdx[qi] = make(map[string]int, len(q.Options))
		for oi, o := range q.Options {
			rb.valueIdx[qi][o.Value] = oi
		}
	}
	rb.groupOf = map[string]int{}
	for gi, g := range rb.MetalAdvice.Groups {
		for _, id := range g.Types {
			rb.groupOf[id] = gi
		}
	}
	rb.table = make([][][]cell, len(rb.Types))
	for ti, t := range rb.Types {
		rb.table[ti] = make([][]cell, len(bank))
		for qi, q := range bank {
			rb.table[ti][qi] = make([]cell, len(q.Options))
		}
		for ei, e := range t.Effects {
			qid, val := e.condition()
			qi := qIdx[qid]
			c := &rb.table[ti][qi][rb.valueIdx[qi][val]]
			c.effects = append(c.effects, ei)
			if e.Exclude {
				c.excluded = true
			} else {
				c.points += *e.Points
			}
		}
	}
}

// say sets each effect's sentence, as Sentence says it: said when it is
// given (the generated sentences, generatedSaid or generatedSaidEs, shared
// read-only; tests check they are what Sentence says), and otherwise put
// together by the rulebook's reason template.
func (rb *Rulebook) say(said [][]string) {
	if said != nil {
		rb.said = said
		return
	}
	rb.said = make([][]string, len(rb.Types))
	for ti, t := range rb.Types {
		rb.said[ti] = make([]string, len(t.Effects))
		for ei, e := range t.Effects {
			q, v := e.condition()
			rb.said[ti][ei] = rb.compose(Step{Question: q, Answer: v, Because: e.Because})
		}
	}
}
