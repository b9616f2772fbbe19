package main

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// ClientResult is what the clients measured, merged over the sessions.
type ClientResult struct {
	Completed int
	// Failures counts the failed sessions by reason (their errors without
	// the numbers and the last output); Examples holds one full error for
	// each reason.
	Failures map[string]int
	Examples map[string]string
	// Keys is every keystroke→frame latency; Connect every dial→welcome;
	// Quit every q→session closed.
	Keys, Connect, Quit []time.Duration
	// First is the latency of each completed session's first key, which
	// every session presses at the same moment; Results of the key that
	// shows the results.
	First, Results []time.Duration
	// QuizKeys is how many keys take the sessions from the welcome to the
	// results, all sessions together.
	QuizKeys int
}

// Phases at which every session waits for a measurement.
const (
	phaseWelcome = "welcome"
	phaseResults = "results"
)

// runClients runs o.N sessions at once against addr; onPhase runs when
// every session still going has reached the welcome, then the results.
func runClients(ctx context.Context, addr string, o Options, onPhase func(string, int)) (ClientResult, error) {
	bank, err := questions()
	if err != nil {
		return ClientResult{}, err
	}
	welcome := newBarrier(phaseWelcome, o.N, onPhase)
	results := newBarrier(phaseResults, o.N, onPhase)
	outs := make([]outcome, o.N)
	var wg sync.WaitGroup
	quizKeys := 0
	for i := range o.N {
		answers := answersFor(i, bank)
		quizKeys += keysFor(answers, o.Arrows)
		wg.Go(func() {
			outs[i] = runSession(ctx, i, addr, o, answers, fmt.Sprintf("%d questions", len(bank)), []*barrier{welcome, results})
		})
	}
	wg.Wait()
	r := merge(outs)
	r.QuizKeys = quizKeys
	return r, nil
}

// questions is the default rulebook's bank, which the sessions answer.
func questions() ([]quiz.Question, error) {
	rb, err := rules.Default()
	if err != nil {
		return nil, fmt.Errorf("rulebook: %w", err)
	}
	return rb.Bank(), nil
}

var digits = regexp.MustCompile(`[0-9]+`)

func merge(outs []outcome) ClientResult {
	r := ClientResult{Failures: map[string]int{}, Examples: map[string]string{}}
	for _, o := range outs {
		r.Keys = append(r.Keys, o.keys...)
		if o.connect > 0 {
			r.Connect = append(r.Connect, o.connect)
		}
		if o.err != nil {
			reason, _, _ := strings.Cut(o.err.Error(), ", last output")
			reason = digits.ReplaceAllString(reason, "N")
			r.Failures[reason]++
			if _, ok := r.Examples[reason]; !ok {
				r.Examples[reason] = o.err.Error()
			}
			continue
		}
		r.Completed++
		r.First = append(r.First, o.first)
		r.Results = append(r.Results, o.results)
		if o.quit > 0 {
			r.Quit = append(r.Quit, o.quit)
		}
	}
	return r
}
