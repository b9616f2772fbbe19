package cli

import (
	"encoding/json"
	"sync"
	"sync/atomic"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// batchSize is the most answer sets a batch holds: enough that handing
// batches between goroutines costs little next to answering them, few
// enough that memory stays small.
const batchSize = 64

// item is one answer set read from the input and, once answered, where
// its output ends in its batch's out.
type item struct {
	raw  json.RawMessage
	line int
	err  error // a problem reading or checking the set
	end  int
}

// batch is answer sets in input order, answered together by one worker
// (the first by the reading goroutine, see pipeline).
type batch struct {
	items []item
	out   []byte // the output of every item, one after another
	flush bool   // the input may wait after this batch: write it out at once
	fatal error  // a failure that ends the command
	ready chan struct{}
}

// pipeline checks and answers batches of answer sets on several
// goroutines and hands them to write one by one in input order, so the
// output is the same as answering them one at a time. Its add, flush and
// close are called from one goroutine, the one reading the input.
//
// The first batch is answered and written on that goroutine, and the
// others start with the second: most calls answer one set, and starting
// goroutines (and the threads they wake) was a good part of such a call.
type pipeline struct {
	bank    []quiz.Question
	answer  func(dst []byte, a quiz.Answers) ([]byte, error)
	write   func(*batch) error
	n       int  // workers to start
	sentAny bool // a batch has been sent
	started bool // the workers and the writer are running

	cur   *batch // the batch being filled
	dirty bool   // a batch has been sent since the last flush
	work  chan *batch
	queue chan *batch // every batch sent, in order, for the writer
	free  chan *batch // written batches, to reuse
	done  chan struct{}
	halt  atomic.Bool // write failed: stop reading
	err   error       // write's failure: once started, read after done is closed
	wg    sync.WaitGroup
}

// newPipeline returns a pipeline whose n workers answer each valid set
// with answer, and whose writer calls write.
func newPipeline(n int, bank []quiz.Question, answer func([]byte, quiz.Answers) ([]byte, error), write func(*batch) error) *pipeline {
	n = max(n, 1)
	return &pipeline{
		bank: bank, answer: answer, write: write, n: n,
		work:  make(chan *batch, n),
		queue: make(chan *batch, 2*n+2),
		// Room for every batch there can be at once (queued, with the
		// workers, being filled and being written), so none is dropped
		// and made again, growing its buffers from nothing.
		free: make(chan *batch, 4*n+8),
		done: make(chan struct{}),
	}
}

// start starts the workers and the writer.
func (p *pipeline) start() {
	p.started = true
	p.wg.Add(p.n)
	for range p.n {
		go p.worker()
	}
	go p.writer()
}

func (p *pipeline) worker() {
	defer p.wg.Done()
	for b := range p.work {
		p.answerAll(b)
		close(b.ready)
	}
}

// answerAll checks and answers every set of a batch, in order.
func (p *pipeline) answerAll(b *batch) {
	for i := range b.items {
		it := &b.items[i]
		if it.err == nil && b.fatal == nil {
			a, err := quiz.Decode(it.raw, p.bank)
			if err != nil {
				it.err = &quiz.LineError{Line: it.line, Err: err}
			} else if b.out, err = p.answer(b.out, a); err != nil {
				b.fatal = err
			}
		}
		it.end = len(b.out)
	}
}

func (p *pipeline) writer() {
	defer close(p.done)
	for b := range p.queue {
		<-b.ready
		p.writeOut(b)
	}
}

// writeOut writes an answered batch, unless writing has failed, and keeps
// it for reuse.
func (p *pipeline) writeOut(b *batch) {
	if p.err == nil {
		if p.err = p.write(b); p.err != nil {
			p.halt.Store(true)
		}
	}
	clear(b.items) // let the answer sets go
	b.items, b.out, b.flush, b.fatal = b.items[:0], b.out[:0], false, nil
	select {
	case p.free <- b:
	default:
	}
}

// add appends an answer set, or the problem reading it, to the batch being
// filled, and sends the batch when it is full.
func (p *pipeline) add(raw json.RawMessage, line int, err error) {
	if p.cur == nil {
		select {
		case p.cur = <-p.free:
		default:
			p.cur = &batch{items: make([]item, 0, batchSize)}
		}
	}
	p.cur.items = append(p.cur.items, item{raw: raw, line: line, err: err})
	if len(p.cur.items) == batchSize {
		p.send(false)
	}
}

// send hands on the batch being filled, even an empty one: the first, and
// an empty one that only flushes before the workers start, are answered
// and written here; the rest go to the workers and the writer.
func (p *pipeline) send(flush bool) {
	b := p.cur
	if b == nil {
		b = &batch{}
	}
	p.cur = nil
	b.flush = flush
	p.dirty = !flush
	// The first batch, and an empty one sent only to flush the output
	// while nothing else runs, are answered and written here: see pipeline.
	first := !p.sentAny
	p.sentAny = true
	if first || !p.started && len(b.items) == 0 {
		p.answerAll(b)
		p.writeOut(b)
		return
	}
	if !p.started {
		p.start()
	}
	b.ready = make(chan struct{})
	p.queue <- b
	p.work <- b
}

// flush sends what has been read so far to be answered and written out
// without waiting for more: the input is about to be read, which may wait.
func (p *pipeline) flush() {
	if p.cur != nil || p.dirty {
		p.send(true)
	}
}

// stopped reports whether writing failed, so that reading should stop.
func (p *pipeline) stopped() bool { return p.halt.Load() }

// close writes out what is left, waits for the goroutines to end and
// returns the failure that ended the command, if any.
func (p *pipeline) close() error {
	p.flush()
	if !p.started {
		return p.err // every batch was answered and written by send
	}
	close(p.queue)
	close(p.work)
	<-p.done
	p.wg.Wait()
	return p.err
}
