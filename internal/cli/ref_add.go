package cli

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/reference"
)

// refAddOptions are the flags of `ref add`: one figure, or one event when the indicator is
// an event type.
type refAddOptions struct {
	Entity, Indicator, Period, Basis, Kind, Value string
	Source, Release, Label, URL, ReleaseURL       string
	Licence, Note                                 string

	// events
	Jurisdiction, Date, Precision, Instrument, Summary string
}

// namedFlag is a flag's value with its name, for messages.
type namedFlag struct{ name, value string }

var eventTypes = []string{reference.EventImposed, reference.EventExtendedUntil, reference.EventLifted}

func newRefAddCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refAddOptions{}
	cmd := &cobra.Command{
		Use:   "add [flags]",
		Short: "Add one figure, or one sanctions event, with its source and release",
		Long: `Add records one official figure with its source and release date. A figure that the same
source already gave for the same release date is refused: releases are never overwritten, so a
revision is a new figure with its own --release date.

With --indicator sanctions_imposed, sanctions_extended_until or sanctions_lifted it records an
event instead: --entity is the target, --jurisdiction who imposes, --date the day (for an
extension, the day it runs to) and --release the day it was announced (default: --date).

Entities may be given by code (RUS) or by any name the table knows (Russia).`,
		Example: `  factcheck ref add --db my.db --entity RUS --indicator gdp_growth --period 2024 --value 4.3 \
      --source Rosstat --release 2025-04-11 --label "Rosstat revision" --url https://...
  factcheck ref add --db my.db --indicator sanctions_extended_until --jurisdiction USA --entity RUS \
      --date 2027-03-06 --release 2026-02-19 --instrument "EO 13660" --source "Federal Register"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRefAdd(cmd, global, opts, streams)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Entity, "entity", "", "country or aggregate: code or name (the target of an event)")
	f.StringVar(&opts.Indicator, "indicator", "", "indicator (gdp_growth, inflation, ...) or event type")
	f.StringVar(&opts.Period, "period", "", "period of the figure: 2023, 2023-Q3, 2023-H1, 2023-07, FY2023")
	f.StringVar(&opts.Value, "value", "", "the figure, in the indicator's unit (percent as 3.6, money in units: 2.1e12)")
	f.StringVar(&opts.Basis, "basis", "annual", "basis: annual, yoy, qoq, annualised, mom, or level for an index, an exchange rate or a policy rate")
	f.StringVar(&opts.Kind, "kind", "actual", "actual or projection")
	f.StringVar(&opts.Source, "source", "", "source name")
	f.StringVar(&opts.Release, "release", "", "release date YYYY-MM-DD (for an event: the day it was announced)")
	f.StringVar(&opts.Label, "label", "", `release label (default "SOURCE RELEASE")`)
	f.StringVar(&opts.URL, "url", "", "where this figure or event can be read")
	f.StringVar(&opts.ReleaseURL, "release-url", "", "where the release can be read")
	f.StringVar(&opts.Licence, "licence", "", "licence or terms of the source")
	f.StringVar(&opts.Note, "note", "", "a note for curators (a quote of the source)")
	f.StringVar(&opts.Jurisdiction, "jurisdiction", "", "event: who imposes the sanctions (USA, EUU, GBR, ...)")
	f.StringVar(&opts.Date, "date", "", "event: its date YYYY-MM-DD")
	f.StringVar(&opts.Precision, "precision", "day", "event: precision of --date: day, month or year")
	f.StringVar(&opts.Instrument, "instrument", "", `event: the legal instrument ("EO 13660")`)
	f.StringVar(&opts.Summary, "summary", "", "event: one sentence on what it does")
	return cmd
}

func runRefAdd(cmd *cobra.Command, global *globalOptions, opts *refAddOptions, streams Streams) error {
	isEvent := slices.Contains(eventTypes, opts.Indicator)
	required := []namedFlag{{"--entity", opts.Entity}, {"--indicator", opts.Indicator}, {"--source", opts.Source}}
	if isEvent {
		required = append(required, namedFlag{"--jurisdiction", opts.Jurisdiction}, namedFlag{"--date", opts.Date})
	} else {
		required = append(required, namedFlag{"--period", opts.Period}, namedFlag{"--value", opts.Value},
			namedFlag{"--release", opts.Release})
	}
	var missing []string
	for _, f := range required {
		if strings.TrimSpace(f.value) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return usagef("add: missing %s", strings.Join(missing, ", "))
	}
	for _, f := range []namedFlag{{"--release", opts.Release}, {"--date", opts.Date}} {
		if err := checkDateFlag(f.name, f.value); err != nil {
			return err
		}
	}
	var value float64
	if !isEvent {
		var err error
		if value, err = strconv.ParseFloat(strings.TrimSpace(opts.Value), 64); err != nil {
			return usagef("--value %q is not a number", opts.Value)
		}
	}

	store, err := openRefStoreToWrite(cmd, global, streams.Err)
	if err != nil {
		return err
	}
	defer store.Close()
	entity, err := store.ResolveEntity(opts.Entity)
	if err != nil {
		return usageError{fmt.Errorf("--entity: %w", err)}
	}
	ctx := context.Background()
	if isEvent {
		jurisdiction, err := store.ResolveEntity(opts.Jurisdiction)
		if err != nil {
			return usageError{fmt.Errorf("--jurisdiction: %w", err)}
		}
		event := reference.Event{
			Jurisdiction: jurisdiction, Target: entity, Type: opts.Indicator, Date: opts.Date,
			Precision: opts.Precision, Announced: opts.Release, Instrument: opts.Instrument,
			Summary: opts.Summary, Source: opts.Source, SourceURL: opts.URL,
		}
		if err := store.AddEvent(ctx, event); err != nil {
			return writeError(err, store)
		}
		fmt.Fprintf(streams.Out, "added %s event: %s against %s on %s (%s), source %s\n",
			event.Type, jurisdiction, entity, event.Date, event.Instrument, event.Source)
	} else {
		figure := reference.Figure{
			Observation: reference.Observation{
				Entity: entity, Indicator: opts.Indicator, Period: opts.Period, Basis: opts.Basis, Value: value,
				Kind: opts.Kind, Source: opts.Source, SourceURL: opts.URL, Licence: opts.Licence,
				Release: opts.Release, Label: opts.Label,
			},
			ReleaseURL: opts.ReleaseURL,
			Note:       opts.Note,
		}
		if err := store.AddFigure(ctx, figure); err != nil {
			if strings.Contains(err.Error(), "use --replace") {
				return hinted{err, "a revision is a new release: give it its own --release date"}
			}
			return writeError(err, store)
		}
		fmt.Fprintf(streams.Out, "added %s %s %s = %s (%s), %s release %s\n", entity, opts.Indicator, opts.Period,
			strconv.FormatFloat(value, 'f', -1, 64), opts.Kind, opts.Source, opts.Release)
	}
	if global.DB == "" {
		warnDefaultDB(streams.Err, store.Path())
	}
	return nil
}
