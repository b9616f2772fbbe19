package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/quiz/events"
	"github.com/jewelquiz/jewelquiz/rules"
)

// Stats runs `jewelquiz stats`: the shop's numbers from the anonymous
// event log in the data directory.
func Stats(ctx context.Context, args []string, std IO) error {
	fs := newFlags("stats", std)
	sinceFlag := fs.String("since", "", "only sessions that began within this long, such as 30d, 36h or 30m (default: all in the log)")
	format := fs.String("format", "text", "output format: text or json")
	dir := fs.String("data-dir", consult.DefaultDir(), "the data directory the quiz logs to")
	rulesPath := fs.String("rules", "", "name the questions and types with this rulebook instead of the embedded one")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("stats: unexpected argument %s", quiz.Quote(fs.Arg(0)))
	}
	if *format != "text" && *format != "json" {
		return inputf("stats: unknown format %s (use text or json)", quiz.Quote(*format))
	}
	var since time.Time
	if *sinceFlag != "" {
		age, err := parseAge(*sinceFlag)
		if err != nil {
			return inputf("stats: --since: %v", err)
		}
		since = time.Now().Add(-age)
	}
	rb, err := LoadRulebook(ctx, *rulesPath, nil)
	if err != nil {
		return err
	}
	st, err := events.Read(*dir, since)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if *format == "json" {
		data, err := json.MarshalIndent(st, "", "  ")
		if err != nil {
			return fmt.Errorf("stats: %w", err)
		}
		_, err = fmt.Fprintf(std.Out, "%s\n", data)
		return err
	}
	period := "all sessions logged"
	if *sinceFlag != "" {
		period = fmt.Sprintf("sessions since %s (%s)", since.Local().Format(consultTime), strings.TrimSpace(*sinceFlag))
	}
	_, err = io.WriteString(std.Out, statsText(st, rb, period, *dir))
	return err
}

// barWidth is the longest bar; with its label and count a line fits 80
// columns.
const barWidth = 30

// statsText is the stats as plain text, for period, from dir.
func statsText(st events.Stats, rb *rules.Rulebook, period, dir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "The shop's numbers: %s\nLogged in %s\n\n", period, dir)
	if st.Started+st.Resumed == 0 {
		b.WriteString("No sessions yet.\n")
		writeSkipped(&b, st.SkippedLines)
		return b.String()
	}
	withResults := st.Finished + st.Resumed
	fmt.Fprintf(&b, "Started        %d\n", st.Started)
	fmt.Fprintf(&b, "Finished       %d (%s of those started)\n", st.Finished, percent(st.Finished, st.Started))
	fmt.Fprintf(&b, "Resumed        %d (results opened from an answer code)\n", st.Resumed)
	fmt.Fprintf(&b, "Saved          %d (%s of the %d who saw results)\n", st.Saved, percent(st.Saved, withResults), withResults)
	if st.Finished > 0 {
		fmt.Fprintf(&b, "Median time    %s from the first question to the results\n", (time.Duration(st.MedianSeconds) * time.Second).String())
	}
	var questions, types []string
	names := map[string]string{}
	for _, q := range rb.Bank() {
		questions = append(questions, q.ID)
	}
	for _, t := range rb.Types {
		types = append(types, t.ID)
		names[t.ID] = t.Name
	}
	dropped := 0
	for _, n := range st.DroppedAt {
		dropped += n
	}
	writeBars(&b, fmt.Sprintf("Where the %d who left before their results stopped", dropped), st.DroppedAt, questions, nil, dropped)
	writeBars(&b, fmt.Sprintf("Picks (of %d finished)", st.Finished), st.Picks, types, names, st.Finished)
	writeBars(&b, "How sure the picks were", st.Confidence, events.Confidences, nil, st.Finished)
	writeSkipped(&b, st.SkippedLines)
	return b.String()
}

// writeBars writes a titled bar per key of counts, known keys in order
// first, then any others sorted; total is what the percentages are of.
func writeBars(b *strings.Builder, title string, counts map[string]int, order []string, names map[string]string, total int) {
	if len(counts) == 0 {
		return
	}
	keys := slices.DeleteFunc(slices.Clone(order), func(k string) bool { return counts[k] == 0 })
	var others []string
	for k := range counts {
		if !slices.Contains(order, k) {
			others = append(others, k)
		}
	}
	slices.Sort(others)
	keys = append(keys, others...)
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	fmt.Fprintf(b, "\n%s\n", title)
	for _, k := range keys {
		label := k
		if n := names[k]; n != "" {
			label = n
		}
		n := counts[k]
		bar := strings.Repeat("█", max(1, n*barWidth/max(most, 1)))
		fmt.Fprintf(b, "  %-20s %-*s %5d %5s\n", quiz.Cut(oneLine(label), 20), barWidth, bar, n, percent(n, total))
	}
}

func writeSkipped(b *strings.Builder, n int) {
	if n > 0 {
		fmt.Fprintf(b, "\n%d line(s) of the log could not be read and were skipped.\n", n)
	}
}

// percent is n of total as a whole percentage, "-" of none.
func percent(n, total int) string {
	if total == 0 {
		return "-"
	}
	return fmt.Sprintf("%d%%", (n*100+total/2)/total)
}

// openEvents opens the event log in dir for the quiz, and the function
// that appends to it. A write that fails is dropped, never the
// customer's problem; warn (when not nil) hears when writing starts
// failing and when it works again.
func openEvents(dir string, warn func(msg string, err error)) (*events.Log, func(events.Event), error) {
	lg, err := events.Open(dir)
	if err != nil {
		return nil, nil, &InputError{Err: fmt.Errorf("data directory: %w", err)}
	}
	var failing atomic.Bool
	return lg, func(e events.Event) {
		err := lg.Append(e)
		if warn == nil || failing.Swap(err != nil) == (err != nil) {
			return
		}
		if err != nil {
			warn("the shop's numbers cannot be logged; the quiz goes on", err)
		} else {
			warn("the shop's numbers are logged again", nil)
		}
	}, nil
}
