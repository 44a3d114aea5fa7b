package reference

// checks.Reference, restated here rather than imported so that this package's tests do not
// depend on checks and extract compiling: the store must keep these two methods.
var _ interface {
	Observations(entity, indicator, period string) ([]Observation, error)
	Events(target, eventType string) ([]Event, error)
} = (*Store)(nil)
