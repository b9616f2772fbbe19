package rules

// compile builds the lookup table the engine scores with: for each type,
// question and option, the points it adds, whether it rules the type out,
// and which effects say so.
func (rb *Rulebook) compile() { rb.compileWith(nil) }

// compileWith is compile, taking each type's effects' sentences from said
// where said has them (the generated ones, see generatedSaid) and
// composing the rest.
func (rb *Rulebook) compileWith(said [][]string) {
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
	rb.sentences = map[sentenceKey]string{}
	rb.table = make([][][]cell, len(rb.Types))
	rb.said = make([][]string, len(rb.Types))
	for ti, t := range rb.Types {
		rb.said[ti] = make([]string, len(t.Effects))
		rb.table[ti] = make([][]cell, len(bank))
		for qi, q := range bank {
			rb.table[ti][qi] = make([]cell, len(q.Options))
		}
		for ei, e := range t.Effects {
			qid, val := e.condition()
			qi := qIdx[qid]
			s := Step{Question: qid, Answer: val, Because: e.Because}
			if ti < len(said) && ei < len(said[ti]) && len(said[ti]) == len(t.Effects) {
				rb.said[ti][ei] = said[ti][ei]
			} else {
				rb.said[ti][ei] = rb.compose(s)
			}
			rb.sentences[sentenceKey{qid, val, e.Because}] = rb.said[ti][ei]
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
