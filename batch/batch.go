// Package batch runs work over a stream of items on several goroutines and hands the results
// back in input order, so that a report is byte-for-byte the same whatever the worker count.
package batch

import (
	"runtime"
	"sync"
)

// Run reads items with produce, transforms each with work on up to workers goroutines, and
// passes the results to consume one at a time, in the order produce emitted them. At most a
// few items per worker are in flight, so memory stays flat however long the stream is.
//
// An error from produce or consume stops the run and is returned; work does not fail: it
// folds its errors into its result.
func Run[In, Out any](workers int, produce func(emit func(In) error) error, work func(In) Out, consume func(Out) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if workers == 1 {
		return produce(func(in In) error { return consume(work(in)) })
	}

	type job struct {
		in  In
		out chan Out // buffered, one result
	}
	jobs := make(chan job, workers*2)
	// pending keeps result slots in input order; its capacity bounds the items in flight.
	pending := make(chan chan Out, workers*4)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- work(j.in)
			}
		}()
	}

	produceErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		produceErr <- produce(func(in In) error {
			slot := make(chan Out, 1)
			select {
			case pending <- slot:
			case <-stop:
				return errStopped
			}
			select {
			case jobs <- job{in: in, out: slot}:
			case <-stop:
				close(slot) // no worker will fill it; the consumer skips it
				return errStopped
			}
			return nil
		})
	}()

	var consumeErr error
	for slot := range pending {
		out, ok := <-slot
		if !ok || consumeErr != nil {
			continue // drain so that producer and workers can finish
		}
		if err := consume(out); err != nil {
			consumeErr = err
			halt()
		}
	}
	wg.Wait()
	if err := <-produceErr; err != nil && err != errStopped {
		return err
	}
	return consumeErr
}

type stoppedError struct{}

func (stoppedError) Error() string { return "batch stopped" }

var errStopped error = stoppedError{}
