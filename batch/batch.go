// Package batch runs work over a stream of items on several goroutines and hands the results
// back in input order, so that a report is byte-for-byte the same whatever the worker count.
package batch

import (
	"runtime"
	"sync"
	"time"
)

// Limits of a chunk, the run of consecutive items one worker takes at a time. Handing items
// over one by one costs a few channel operations and goroutine wake-ups each, which is as
// much as the work on a short article; chunks make that cost small while staying small
// enough for the load to spread and for memory to stay bounded.
const (
	chunkItems  = 16
	chunkWeight = 256 << 10 // e.g. bytes of article text
	// grownChunkItems is the most items of a chunk once each worker has had a couple of
	// chunks: a stream of short articles is then handed over in a quarter of the wake-ups
	// (three or so a chunk: a worker's, the consumer's and the producer's), while a short
	// stream (a folder of a few dozen articles) is still spread over the workers in small
	// chunks. The weight stays: chunks of long articles close on it as before.
	grownChunkItems = 4 * chunkItems
	// chunkWait is the longest an item waits for its chunk to fill: a file fills one in
	// microseconds, but a feed that sends an article now and then (a pipeline into `check
	// -`) must see each one's results soon after it arrives, not sixteen articles later.
	chunkWait = 10 * time.Millisecond
)

// Run reads items with produce, transforms each with work on up to workers goroutines, and
// passes the results to consume one at a time, in the order produce emitted them.
//
// An error from produce or consume stops the run and is returned; work does not fail: it
// folds its errors into its result.
func Run[In, Out any](workers int, produce func(emit func(In) error) error, work func(In) Out, consume func(Out) error) error {
	return RunWeighed(workers, nil, produce, work, consume)
}

// RunWeighed is Run where weigh tells how large an item is (the bytes of an article), so
// that a chunk closes early on large items. At most a few chunks per worker are in flight,
// so memory stays flat however long the stream is. A nil weigh counts items only. An item
// waits at most chunkWait for its chunk to fill, so that results of a slow stream come as
// its items do.
//
// workers <= 0 means one per CPU. Items are produced on a goroutine of their own, beside
// the work; with one worker, work and consume run on the caller's goroutine, item by item.
func RunWeighed[In, Out any](workers int, weigh func(In) int, produce func(emit func(In) error) error, work func(In) Out, consume func(Out) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if workers == 1 {
		return runOne(weigh, produce, work, consume)
	}

	type job struct {
		in  []In
		out chan []Out // buffered, one result per chunk
	}
	jobs := make(chan job, workers)
	// pending keeps result slots in input order; its capacity bounds the chunks in flight.
	pending := make(chan chan []Out, workers*2)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out := make([]Out, len(j.in))
				for i, in := range j.in {
					out[i] = work(in)
				}
				j.out <- out
				// Sending the results readies the consumer, and taking the job readied
				// the producer, on this worker's processor, where they would wait for
				// the worker to block or be preempted (10 ms) while the other workers
				// run out of chunks: yielding runs them now, for a few microseconds.
				runtime.Gosched()
			}
		}()
	}

	produceErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		limits := chunkLimits{items: chunkItems, weight: chunkWeight, grownItems: grownChunkItems, grownAfter: 2 * workers}
		produceErr <- produceChunks(limits, weigh, produce, func(chunk []In) error {
			slot := make(chan []Out, 1)
			select {
			case pending <- slot:
			case <-stop:
				return errStopped
			}
			select {
			case jobs <- job{in: chunk, out: slot}:
			case <-stop:
				close(slot) // no worker will fill it; the consumer skips it
				return errStopped
			}
			return nil
		})
	}()

	var consumeErr error
	for slot := range pending {
		outs, ok := <-slot
		if !ok || consumeErr != nil {
			continue // drain so that producer and workers can finish
		}
		for _, out := range outs {
			if err := consume(out); err != nil {
				consumeErr = err
				halt()
				break
			}
		}
	}
	wg.Wait()
	if err := <-produceErr; err != nil && err != errStopped {
		return err
	}
	return consumeErr
}

// A run on one worker reads ahead readAhead chunks, each of at most oneWorkerChunkItems
// items and oneWorkerChunkWeight: the worker never waits on a steady stream, and the
// producer, which is quicker, is woken once a large chunk (a goroutine wake-up costs as much
// as reading a few short articles). Chunks of news close on their weight, some 220 articles
// of 2.3 kB: each costs the producer's wake-up and sleep and the reset of its chunk's timer,
// a few futex calls, which at 64 articles a chunk were 1,400-1,550 futex calls over 99 MB of
// the benchmark corpus and are 780-950 (strace -f -c, 2026-12-02), for at most about 2 MB
// more of lines in flight.
const (
	readAhead            = 2
	oneWorkerChunkItems  = 16 * chunkItems
	oneWorkerChunkWeight = 2 * chunkWeight
)

// runOne is RunWeighed on one worker, the caller's goroutine, with items produced beside it:
// reading and working on articles overlap, on a machine with a core to spare, as they do on
// several workers.
func runOne[In, Out any](weigh func(In) int, produce func(emit func(In) error) error, work func(In) Out, consume func(Out) error) error {
	chunks := make(chan []In, readAhead)
	stop := make(chan struct{})
	produceErr := make(chan error, 1)
	go func() {
		defer close(chunks)
		limits := chunkLimits{items: oneWorkerChunkItems, weight: oneWorkerChunkWeight}
		produceErr <- produceChunks(limits, weigh, produce, func(chunk []In) error {
			select {
			case chunks <- chunk:
				return nil
			case <-stop:
				return errStopped
			}
		})
	}()
	var consumeErr error
	for chunk := range chunks {
		for _, in := range chunk {
			if consumeErr != nil {
				break // drain so that the producer can finish
			}
			if err := consume(work(in)); err != nil {
				consumeErr = err
				close(stop)
			}
		}
	}
	if err := <-produceErr; err != nil && err != errStopped {
		return err
	}
	return consumeErr
}

// chunkLimits bound the chunks of a run: at most items items, closed early when their items
// weigh weight; from the grownAfter'th chunk on, grownItems items when that is more.
type chunkLimits struct {
	items, weight          int
	grownItems, grownAfter int
}

// produceChunks runs produce and hands its items to send a chunk at a time, in order, within
// limits. An error from send stops produce and is returned.
func produceChunks[In any](limits chunkLimits, weigh func(In) int, produce func(emit func(In) error) error, send func([]In) error) error {
	// The chunk being filled, shared with the timer that sends it off when it waits too
	// long; closed once the last chunk is sent, after which the timer sends nothing.
	var (
		mu       sync.Mutex
		chunk    []In
		weight   int
		closed   bool
		timedErr error // a stop met by the timer's dispatch, for the next emit
		sent     int   // chunks sent
		maxItems = limits.items
	)
	dispatch := func() error {
		if len(chunk) == 0 {
			return nil
		}
		if err := send(chunk); err != nil {
			return err
		}
		chunk, weight = nil, 0
		if sent++; sent == limits.grownAfter {
			maxItems = max(maxItems, limits.grownItems)
		}
		return nil
	}
	timer := time.AfterFunc(time.Hour, func() {
		mu.Lock()
		defer mu.Unlock()
		if !closed && timedErr == nil {
			timedErr = dispatch()
		}
	})
	timer.Stop()
	err := produce(func(in In) error {
		mu.Lock()
		defer mu.Unlock()
		if timedErr != nil {
			return timedErr
		}
		if len(chunk) == 0 {
			timer.Reset(chunkWait)
			// Made whole at once: a chunk grown by append would be allocated several times.
			chunk = make([]In, 0, maxItems)
		}
		chunk = append(chunk, in)
		if weigh != nil {
			weight += weigh(in)
		}
		if len(chunk) >= maxItems || weight >= limits.weight {
			timer.Stop() // full in time: the next chunk starts its own wait
			return dispatch()
		}
		return nil
	})
	timer.Stop()
	mu.Lock()
	// The items read before an error of produce are worked on as the others were; after a
	// stop nothing is.
	if err == nil {
		err = dispatch()
	} else if err != errStopped && timedErr == nil {
		if stopped := dispatch(); stopped != nil {
			err = stopped
		}
	}
	closed = true
	mu.Unlock()
	return err
}

type stoppedError struct{}

func (stoppedError) Error() string { return "batch stopped" }

var errStopped error = stoppedError{}
