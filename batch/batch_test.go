package batch

import (
	"errors"
	"fmt"
	"testing"
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

func TestRunReturnsProducerError(t *testing.T) {
	bad := errors.New("cannot read")
	err := Run(2, func(emit func(int) error) error {
		_ = emit(1)
		return bad
	}, func(i int) int { return i }, func(int) error { return nil })
	if !errors.Is(err, bad) {
		t.Fatalf("err = %v, want %v", err, bad)
	}
}
