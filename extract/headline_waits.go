package extract

// headlineWaits holds a headline's figures that wait for their like in the body
// (reconcileHeadline), grouped by what a like must share, so that each body claim meets only
// the figures it can give its period to. Comparing every body claim with every waiting figure
// cost headline figures × body claims: a text whose first line was 256 KB of figures with no
// period took a second, 1 MB twenty.
type headlineWaits struct {
	groups  map[figureKey]*waitGroup
	waiting int
}

// figureKey is what a headline's figure and its like in the body share.
type figureKey struct {
	indicator, entity string
	value             float64
}

// waitGroup is the waiting figures of one key. Until a body claim first meets the group, all
// are in pending; then they are split by their period: one the headline names itself (own)
// is given only by a like of that period, any other (free) by any like with a period.
type waitGroup struct {
	pending []openClaim
	split   bool
	free    []openClaim
	own     map[string][]openClaim
}

func (w *headlineWaits) add(o openClaim) {
	if w.groups == nil {
		w.groups = map[figureKey]*waitGroup{}
	}
	key := figureKey{o.c.Indicator, o.c.Entity, o.c.Value}
	g := w.groups[key]
	if g == nil {
		g = &waitGroup{}
		w.groups[key] = g
	}
	g.pending = append(g.pending, o)
	w.waiting++
}

// match calls give for each waiting figure whose like b is, and stops it waiting. All the
// figures are added before the first match: a headline comes before its body. ownPeriod
// reports a period the headline names itself; it is asked only once a figure meets its like,
// as most headlines' figures never do.
func (w *headlineWaits) match(b *Claim, ownPeriod func(string) bool, give func(openClaim)) {
	if w.waiting == 0 || b.Period == "" {
		return
	}
	g := w.groups[figureKey{b.Indicator, b.Entity, b.Value}]
	if g == nil {
		return
	}
	if !g.split {
		g.split = true
		for _, o := range g.pending {
			if o.c.Period != b.Period && ownPeriod(o.c.Period) {
				if g.own == nil {
					g.own = map[string][]openClaim{}
				}
				g.own[o.c.Period] = append(g.own[o.c.Period], o)
				continue
			}
			// (a figure of b's period goes to free too: b gives it its period at once)
			g.free = append(g.free, o)
		}
		g.pending = nil
	}
	for _, o := range g.free {
		give(o)
	}
	w.waiting -= len(g.free)
	g.free = nil
	if l, ok := g.own[b.Period]; ok {
		for _, o := range l {
			give(o)
		}
		w.waiting -= len(l)
		delete(g.own, b.Period)
	}
}

// takeReading gives a headline's figure h the period, kind and basis of its like b.
func takeReading(h, b *Claim) {
	h.Period, h.Kind = b.Period, b.Kind
	if b.Basis != BasisUnknown {
		h.Basis = b.Basis
	}
}
