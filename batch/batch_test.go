package batch

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestRunKeepsInputOrderWhateverTheWorkerCount(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			var got []int
			err := Run(workers,
				func(emit func(int) error) error {
					for i := range 1000 {
						if err := emit(i); err != nil {
							return err
						}
					}
					return nil
				},
				func(i int) int { return i * i },
				func(v int) error { got = append(got, v); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1000 {
				t.Fatalf("got %d results, want 1000", len(got))
			}
			for i, v := range got {
				if v != i*i {
					t.Fatalf("result %d is %d, want %d", i, v, i*i)
				}
			}
		})
	}
}

func TestRunStopsOnConsumerError(t *testing.T) {
	boom := errors.New("disk full")
	for _, workers := range []int{1, 4} {
		seen := 0
		err := Run(workers,
			func(emit func(int) error) error {
				for i := range 100000 {
					if err := emit(i); err != nil {
						return err
					}
				}
				return nil
			},
			func(i int) int { return i },
			func(v int) error {
				seen++
				if v == 10 {
					return boom
				}
				return nil
			})
		if !errors.Is(err, boom) {
			t.Fatalf("%d workers: err = %v, want %v", workers, err, boom)
		}
		if seen != 11 {
			t.Fatalf("%d workers: consumer saw %d results after the error, want it to stop at 11", workers, seen)
		}
	}
}

// An error of the producer is returned once the items it produced before it are consumed.
func TestRunReturnsProducerError(t *testing.T) {
	bad := errors.New("cannot read")
	for _, workers := range []int{1, 2} {
		var got []int
		err := Run(workers, func(emit func(int) error) error {
			for i := range chunkItems + 3 {
				if err := emit(i); err != nil {
					return err
				}
			}
			return bad
		}, func(i int) int { return i }, func(v int) error { got = append(got, v); return nil })
		if !errors.Is(err, bad) || len(got) != chunkItems+3 {
			t.Errorf("%d workers: err = %v after %d results, want %v after %d", workers, err, len(got), bad, chunkItems+3)
		}
	}
}

// emitN is a producer of the integers 0..n-1.
func emitN(n int) func(emit func(int) error) error {
	return func(emit func(int) error) error {
		for i := range n {
			if err := emit(i); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunHandsBackEveryItemWhateverTheChunking(t *testing.T) {
	for _, n := range []int{0, 1, chunkItems - 1, chunkItems, chunkItems + 1, 5*chunkItems + 3} {
		for _, workers := range []int{2, 3} {
			t.Run(fmt.Sprintf("%d items on %d workers", n, workers), func(t *testing.T) {
				var got []int
				err := Run(workers, emitN(n), func(i int) int { return -i }, func(v int) error { got = append(got, v); return nil })
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != n {
					t.Fatalf("got %d results, want %d", len(got), n)
				}
				for i, v := range got {
					if v != -i {
						t.Fatalf("result %d is %d, want %d", i, v, -i)
					}
				}
			})
		}
	}
}

// TestRunKeepsFewItemsInFlight holds the number and the weight of the items produced but not
// yet consumed under a bound that does not grow with the stream: memory stays flat.
func TestRunKeepsFewItemsInFlight(t *testing.T) {
	const items = 20000
	// Items weigh 1 to 100 kB, so that chunks close on weight as well as on count.
	weigh := func(i int) int { return (i%100 + 1) << 10 }
	for _, tt := range []struct {
		workers int
		// chunks is the most chunks in flight: with several workers, the slots of pending,
		// the chunk the consumer holds, the one a worker-bound dispatch holds and the one
		// being filled (of grownChunkItems items once grown); with one, those read ahead,
		// the one worked on, the one being sent and the one being filled, each of
		// oneWorkerChunkItems.
		chunks, items, weight int
	}{
		{1, readAhead + 3, oneWorkerChunkItems, oneWorkerChunkWeight},
		{2, 2*2 + 3, grownChunkItems, chunkWeight},
	} {
		var mu sync.Mutex
		inFlight, weight, maxInFlight, maxWeight := 0, 0, 0, 0
		err := RunWeighed(tt.workers, weigh,
			func(emit func(int) error) error {
				for i := range items {
					mu.Lock()
					inFlight++
					weight += weigh(i)
					maxInFlight = max(maxInFlight, inFlight)
					maxWeight = max(maxWeight, weight)
					mu.Unlock()
					if err := emit(i); err != nil {
						return err
					}
				}
				return nil
			},
			func(i int) int { return i },
			func(i int) error {
				mu.Lock()
				inFlight--
				weight -= weigh(i)
				mu.Unlock()
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		if limit := tt.chunks * tt.items; maxInFlight > limit {
			t.Errorf("%d workers: %d items in flight at most, want no more than %d", tt.workers, maxInFlight, limit)
		}
		if limit := tt.chunks * (tt.weight + 100<<10); maxWeight > limit {
			t.Errorf("%d workers: %d bytes in flight at most, want no more than %d", tt.workers, maxWeight, limit)
		}
	}
}

func TestRunStopsMidChunkOnConsumerError(t *testing.T) {
	boom := errors.New("write failed")
	for _, workers := range []int{1, 3} {
		seen := 0
		err := Run(workers, emitN(10*chunkItems), func(i int) int { return i }, func(v int) error {
			seen++
			if v == chunkItems+2 {
				return boom
			}
			return nil
		})
		if !errors.Is(err, boom) || seen != chunkItems+3 {
			t.Errorf("%d workers: err = %v after %d results; want %v after %d", workers, err, seen, boom, chunkItems+3)
		}
	}
}

// A stream that sends an item and then waits (a pipeline feeding one article at a time)
// gets each item's result before it sends the next: results do not wait for a chunk to
// fill. Without the wait the producer below would block for ever on its first item.
func TestRunHandsBackEachItemOfASlowStreamBeforeTheNext(t *testing.T) {
	for _, workers := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("%d workers", workers), func(t *testing.T) {
			const items = 5
			consumed := make(chan int, items)
			err := Run(workers, func(emit func(int) error) error {
				for i := range items {
					if err := emit(i); err != nil {
						return err
					}
					select {
					case got := <-consumed:
						if got != i {
							return fmt.Errorf("result of item %d came after item %d was sent", got, i)
						}
					case <-time.After(time.Minute): // a bound on a hang, not a measure of speed
						return fmt.Errorf("item %d's result did not come before the next item", i)
					}
				}
				return nil
			}, func(i int) int { return i }, func(v int) error { consumed <- v; return nil })
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

func BenchmarkRun(b *testing.B) {
	// Work of about the cost of extracting a short article, so that the benchmark shows the
	// overhead of handing items over.
	spin := func(i int) int {
		x := i
		for range 20000 {
			x = x*31 + 7
		}
		return x
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprint("workers=", workers), func(b *testing.B) {
			for b.Loop() {
				if err := Run(workers, emitN(2000), spin, func(int) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// produceChunks closes chunks at the item limit, then at the grown one, and early at the
// weight limit; the last chunk holds what is left.
func TestChunksGrowAfterTheFirstOnes(t *testing.T) {
	for _, tt := range []struct {
		name   string
		limits chunkLimits
		items  int
		weigh  func(int) int
		want   []int // chunk sizes
	}{
		{"no growth", chunkLimits{items: 3, weight: 1 << 30}, 8, nil, []int{3, 3, 2}},
		{"grown after two", chunkLimits{items: 2, weight: 1 << 30, grownItems: 5, grownAfter: 2}, 16, nil, []int{2, 2, 5, 5, 2}},
		{"a short stream stays in small chunks", chunkLimits{items: 2, weight: 1 << 30, grownItems: 5, grownAfter: 4}, 7, nil, []int{2, 2, 2, 1}},
		{"weight closes grown chunks", chunkLimits{items: 2, weight: 30, grownItems: 8, grownAfter: 1}, 12, func(int) int { return 10 }, []int{2, 3, 3, 3, 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var sizes []int
			err := produceChunks(tt.limits, tt.weigh, emitN(tt.items), func(chunk []int) error {
				sizes = append(sizes, len(chunk))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(sizes) != fmt.Sprint(tt.want) {
				t.Errorf("chunks of %v items, want %v", sizes, tt.want)
			}
		})
	}
}
