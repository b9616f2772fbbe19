// Package quiz owns the questions jewelquiz asks and the vocabulary of their
// answers: question ids, answer values, the wording shown to people, and the
// strict decoding of a set of answers.
package quiz

// Question is one question of the quiz, with the options a person picks from.
type Question struct {
	// ID is the stable key used in answers files and in the rulebook.
	ID string `json:"id"`
	// Title is the question as shown to the person.
	Title string `json:"title"`
	// Short names the question in a list of answers ("Dress code").
	Short string `json:"short"`
	// Why says in one line why we ask.
	Why string `json:"why"`
	// Options are the possible answers, in display order.
	Options []Option `json:"options"`
}

// Option is one possible answer to a question.
type Option struct {
	// Value is the stable answer value used in answers files and the rulebook.
	Value string `json:"value"`
	// Label is the short wording shown to the person.
	Label string `json:"label"`
	// Description is a one-line explanation shown under the label.
	Description string `json:"description"`
}

// Values lists the question's answer values in display order.
func (q Question) Values() []string {
	vs := make([]string, len(q.Options))
	for i, o := range q.Options {
		vs[i] = o.Value
	}
	return vs
}

// Option returns the option with the given value and whether it exists.
func (q Question) Option(value string) (Option, bool) {
	for _, o := range q.Options {
		if o.Value == value {
			return o, true
		}
	}
	return Option{}, false
}

// Bank returns the eight questions in the order they are asked. Each call
// returns a fresh copy, so callers may not change the bank for others.
func Bank() []Question {
	return []Question{
		{
			ID:    "lifestyle",
			Title: "What are your days usually like?",
			Short: "Your days",
			Why:   "Some pieces need weeks of aftercare; others you can forget about.",
			Options: []Option{
				{"active", "Active", "Sports, gym, swimming or time outdoors most weeks."},
				{"busy", "Busy", "Always on the go, with no time for upkeep."},
				{"relaxed", "Relaxed", "A calm routine with time to look after a new piece."},
			},
		},
		{
			ID:    "dress_code",
			Title: "Does your work have a dress code?",
			Short: "Dress code",
			Why:   "Some workplaces ask you to cover body art or take jewelry off.",
			Options: []Option{
				{"none", "No dress code", "I can wear what I like at work."},
				{"no-visible-body-art", "No visible body art", "Tattoos and visible piercings must be covered."},
				{"no-jewelry", "No visible jewelry at all", "Uniforms, food service, healthcare and the like."},
			},
		},
		{
			ID:    "machinery",
			Title: "Do you work near tools or machines with moving parts?",
			Short: "Machinery",
			Why:   "A chain near moving parts can get caught.",
			Options: []Option{
				{"never", "Never", "No machines or power tools in my day."},
				{"sometimes", "Sometimes", "Now and then: a workshop, a kitchen mixer, a garden tool."},
				{"daily", "Every day", "Machines or power tools are part of my job."},
			},
		},
		{
			ID:    "allergy",
			Title: "Has your skin ever reacted to metal?",
			Short: "Metal allergy",
			Why:   "A piece you wear for good has to be made of a metal your skin accepts.",
			Options: []Option{
				{"none", "No, never", "Any metal has been fine on my skin."},
				{"nickel", "Yes, to nickel", "Cheap earrings, belt buckles or jeans studs make me itch."},
				{"sensitive", "Yes, to many metals", "My skin reacts to most jewelry."},
				{"unsure", "I'm not sure", "I have never noticed, or I rarely wear metal."},
			},
		},
		{
			ID:    "sleep",
			Title: "How do you sleep?",
			Short: "Sleep",
			Why:   "You will sleep in it every night, so it has to be comfortable in bed.",
			Options: []Option{
				{"back", "On my back", "I rarely roll onto my side."},
				{"side-or-stomach", "On my side or stomach", "My ears, neck or chest press into the pillow."},
				{"light-sleeper", "Lightly", "Anything I can feel wakes me up."},
			},
		},
		{
			ID:    "removal",
			Title: "Might you ever need to take it off?",
			Short: "Taking it off",
			Why:   "Some pieces come off with scissors; others need a professional or never come off.",
			Options: []Option{
				{"never", "Never", "Once it is on, it stays on."},
				{"occasionally", "Now and then", "For scans, surgery, sports events or security checks."},
				{"unsure", "I'm not sure", "I might change my mind one day."},
			},
		},
		{
			ID:    "style",
			Title: "Which look is more you?",
			Short: "Style",
			Why:   "Welded chains are quiet; piercings, tattoos and implants get noticed.",
			Options: []Option{
				{"subtle", "Subtle", "A quiet detail that goes with everything."},
				{"statement", "Statement", "Something people notice and ask about."},
			},
		},
		{
			ID:    "needles",
			Title: "How do you feel about needles?",
			Short: "Needles",
			Why:   "Piercings, tattoos and implants all go through the skin.",
			Options: []Option{
				{"fine", "Needles are fine", "A quick pinch doesn't bother me."},
				{"avoid", "I'd rather avoid them", "No needles or skin procedures, please."},
			},
		},
	}
}

// Find returns the question with the given id from the bank and whether it exists.
func Find(bank []Question, id string) (Question, bool) {
	for _, q := range bank {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// IDs lists the ids of the questions in bank order.
func IDs(bank []Question) []string {
	ids := make([]string, len(bank))
	for i, q := range bank {
		ids[i] = q.ID
	}
	return ids
}
