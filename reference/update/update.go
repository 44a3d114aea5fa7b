// Package update fetches the series a curator follows from the official sources — the
// World Bank Indicators API, FRED/ALFRED and SDMX REST endpoints (Eurostat, OECD, ECB, BIS,
// IMF) — and turns each response, through the curator's mapping, into reference release
// batches. Requests time out, are retried with exponential backoff (a 429 or 503 waits as
// long as its Retry-After says), and a response that is not what the source documents is
// an error of its series: nothing of it is stored. Storing is the caller's business
// (reference.Store.ApplyReleases), in one transaction for every series of an update.
package update

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/reference"
	"github.com/factcheck/factcheck/reference/importfmt"
)

// Providers are the names a series may be fetched from, as "provider:query".
var Providers = []string{"worldbank", "fred", "eurostat", "oecd", "ecb", "bis", "imf"}

// DefaultURLs are the documented base URLs of the providers.
var DefaultURLs = map[string]string{
	"worldbank": "https://api.worldbank.org/v2",
	"fred":      "https://api.stlouisfed.org/fred",
	"eurostat":  "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1",
	"oecd":      "https://sdmx.oecd.org/public/rest",
	"ecb":       "https://data-api.ecb.europa.eu/service",
	"bis":       "https://stats.bis.org/api/v1",
	"imf":       "https://api.imf.org/external/sdmx/2.1",
}

// provider says how the table names a provider's releases.
type provider struct {
	source, sourceURL, licence string
	// format is the query that asks the provider for SDMX-CSV where the Accept header is not
	// enough (OECD's CSV also wants the flat AllDimensions layout).
	format string
}

var providers = map[string]provider{
	"worldbank": {"World Bank WDI", "https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators", "CC-BY-4.0", ""},
	"fred":      {"FRED", "https://fred.stlouisfed.org/", "FRED terms of use (https://fred.stlouisfed.org/legal/)", ""},
	"eurostat":  {"Eurostat", "https://ec.europa.eu/eurostat", "Commission reuse policy (Decision 2011/833/EU), acknowledge the source", "SDMX-CSV"},
	"oecd":      {"OECD", "https://data-explorer.oecd.org/", "OECD terms and conditions", "csvfile&dimensionAtObservation=AllDimensions"},
	"ecb":       {"ECB", "https://data.ecb.europa.eu/", "ECB terms of use", "csvdata"},
	"bis":       {"BIS", "https://data.bis.org/", "BIS terms of use (https://data.bis.org/help/legal)", ""},
	"imf":       {"IMF", "https://data.imf.org/", "IMF terms of use (https://www.imf.org/external/terms.htm)", ""},
}

// sdmxCSVAccept asks an SDMX REST service for SDMX-CSV 1.0, which every provider serves.
const sdmxCSVAccept = "application/vnd.sdmx.data+csv;version=1.0.0"

// Series is one series a curator follows: "fred:GDPC1", "worldbank:NY.GDP.MKTP.KD.ZG"
// (all countries) or "worldbank:USA;RUS/NY.GDP.MKTP.KD.ZG", "ecb:ICP/M.U2.N.000000.4.ANR"
// (an SDMX flow and key).
type Series struct {
	Spec, Provider, Query string
}

// ParseSeries reads a series as config.yaml names it.
func ParseSeries(spec string) (Series, error) {
	spec = strings.TrimSpace(spec)
	name, query, found := strings.Cut(spec, ":")
	name = strings.ToLower(strings.TrimSpace(name))
	query = strings.TrimSpace(query)
	if !found || query == "" || !slices.Contains(Providers, name) {
		return Series{}, fmt.Errorf("series %q is not PROVIDER:QUERY with a provider of %s", spec, strings.Join(Providers, ", "))
	}
	if name != "worldbank" && name != "fred" && !strings.Contains(query, "/") {
		return Series{}, fmt.Errorf("series %q: an SDMX series is FLOW/KEY (e.g. ecb:EXR/D.USD.EUR.SP00.A)", spec)
	}
	if strings.ContainsAny(query, " ?#&") {
		return Series{}, fmt.Errorf("series %q: the query holds a space, ?, # or &", spec)
	}
	return Series{Spec: spec, Provider: name, Query: query}, nil
}

// Options say where and how to fetch.
type Options struct {
	URLs       map[string]string // base URL by provider; missing ones are DefaultURLs
	FREDAPIKey string
	Timeout    time.Duration // per request; default 60s
	Retries    int           // further attempts after the first; default 0
	Backoff    time.Duration // first wait between attempts, doubled each time; default 2s
	MaxWait    time.Duration // longest wait honoured from a Retry-After; default 5 minutes
	Client     *http.Client
	// Sleep waits between attempts; tests replace it to record the waits.
	Sleep func(ctx context.Context, d time.Duration) error
	// Today dates a snapshot whose response carries no date (tests fix it).
	Today   func() time.Time
	Mapping *importfmt.Mapping
}

// Result is what fetching one series gave.
type Result struct {
	Series   Series
	Batches  []reference.ReleaseBatch
	Summary  importfmt.MapSummary
	Attempts int
	Err      error // one line, naming the series
}

// Fetcher fetches series with one set of Options.
type Fetcher struct{ opts Options }

// New returns a Fetcher, with the defaults filled in.
func New(opts Options) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = 60 * time.Second
	}
	if opts.Backoff <= 0 {
		opts.Backoff = 2 * time.Second
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = 5 * time.Minute
	}
	if opts.Client == nil {
		opts.Client = &http.Client{}
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	if opts.Today == nil {
		opts.Today = time.Now
	}
	return &Fetcher{opts: opts}
}

func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (f *Fetcher) baseURL(provider string) string {
	if u := f.opts.URLs[provider]; u != "" {
		return strings.TrimRight(u, "/")
	}
	return DefaultURLs[provider]
}

// Fetch fetches one series and maps it; any failure is the Result's Err.
func (f *Fetcher) Fetch(ctx context.Context, s Series) Result {
	result := Result{Series: s}
	var ds importfmt.Dataset
	var releaseURL string
	var err error
	switch s.Provider {
	case "worldbank":
		ds, releaseURL, err = f.worldBank(ctx, s, &result)
	case "fred":
		ds, releaseURL, err = f.fred(ctx, s, &result)
	default:
		ds, releaseURL, err = f.sdmx(ctx, s, &result)
	}
	if err != nil {
		result.Err = fmt.Errorf("%s: %w", s.Spec, err)
		return result
	}
	p := providers[s.Provider]
	info := importfmt.ReleaseInfo{Source: p.source, SourceURL: p.sourceURL, Licence: p.licence, URL: releaseURL,
		Released: f.opts.Today().UTC().Format(time.DateOnly)}
	if f.opts.Mapping == nil {
		result.Err = fmt.Errorf("%s: no mapping says what the series is", s.Spec)
		return result
	}
	result.Batches, result.Summary, err = f.opts.Mapping.Batches(ds, info)
	if err != nil {
		result.Err = fmt.Errorf("%s: %w", s.Spec, err)
	}
	return result
}

// worldBank fetches every page of an indicator; every page must carry the same lastupdated.
func (f *Fetcher) worldBank(ctx context.Context, s Series, result *Result) (importfmt.Dataset, string, error) {
	countries, indicator, found := strings.Cut(s.Query, "/")
	if !found {
		countries, indicator = "all", s.Query
	}
	base := fmt.Sprintf("%s/country/%s/indicator/%s", f.baseURL("worldbank"), url.PathEscape(countries), url.PathEscape(indicator))
	var all importfmt.Dataset
	for page := 1; ; page++ {
		u := fmt.Sprintf("%s?format=json&per_page=20000&source=2&page=%d", base, page)
		body, _, err := f.get(ctx, u, "application/json", result)
		if err != nil {
			return all, "", err
		}
		header, ds, err := importfmt.ParseWorldBankPage(fmt.Sprintf("page %d", page), body)
		if err != nil {
			return all, "", err
		}
		if page == 1 {
			all = ds
		} else {
			if ds.Vintages[0].Released != all.Vintages[0].Released {
				return all, "", fmt.Errorf("page %d was updated %s, page 1 %s: the source changed while it was read", page, ds.Vintages[0].Released, all.Vintages[0].Released)
			}
			all.Missing += ds.Missing
			all.Vintages[0].Observations = append(all.Vintages[0].Observations, ds.Vintages[0].Observations...)
		}
		if page >= header.PageCount() {
			break
		}
		if page >= 1000 {
			return all, "", errors.New("more than 1000 pages: not a series")
		}
	}
	return all, base + "?format=json&source=2", nil
}

// alfredStart and alfredEnd ask FRED for every real-time period: the whole history of
// revisions, each realtime_start a release.
const alfredStart, alfredEnd = "1776-07-04", "9999-12-31"

// fredPageLimit is FRED's largest page.
const fredPageLimit = 100000

func (f *Fetcher) fred(ctx context.Context, s Series, result *Result) (importfmt.Dataset, string, error) {
	if f.opts.FREDAPIKey == "" {
		return importfmt.Dataset{}, "", errors.New("no FRED API key: set it in the environment (FRED_API_KEY, or the variable update.fred_api_key_env names)")
	}
	base := f.baseURL("fred") + "/series/observations"
	query := url.Values{
		"series_id": {s.Query}, "file_type": {"json"}, "realtime_start": {alfredStart}, "realtime_end": {alfredEnd},
		"limit": {strconv.Itoa(fredPageLimit)},
	}
	var observations []importfmt.FREDObservation
	for offset := 0; ; {
		query.Set("offset", strconv.Itoa(offset))
		query.Set("api_key", f.opts.FREDAPIKey)
		body, _, err := f.get(ctx, base+"?"+query.Encode(), "application/json", result)
		if err != nil {
			return importfmt.Dataset{}, "", err
		}
		page, err := importfmt.DecodeFREDPage(body)
		if err != nil {
			return importfmt.Dataset{}, "", err
		}
		observations = append(observations, page.Observations...)
		offset += len(page.Observations)
		if len(page.Observations) == 0 || offset >= page.Count {
			if offset < page.Count {
				return importfmt.Dataset{}, "", fmt.Errorf("FRED said %d observations but sent %d", page.Count, offset)
			}
			break
		}
	}
	ds, err := importfmt.FREDVintages("response", s.Query, observations)
	query.Del("api_key")
	query.Del("offset")
	return ds, base + "?" + query.Encode(), err
}

func (f *Fetcher) sdmx(ctx context.Context, s Series, result *Result) (importfmt.Dataset, string, error) {
	flow, key, _ := strings.Cut(s.Query, "/")
	u := fmt.Sprintf("%s/data/%s/%s", f.baseURL(s.Provider), url.PathEscape(flow), url.PathEscape(key))
	if format := providers[s.Provider].format; format != "" {
		u += "?format=" + format
	}
	body, header, err := f.get(ctx, u, sdmxCSVAccept, result)
	if err != nil {
		return importfmt.Dataset{}, "", err
	}
	if importfmt.Detect(body) != importfmt.SDMXCSV {
		return importfmt.Dataset{}, "", fmt.Errorf("the response is not SDMX-CSV (it begins %q)", snippet(body))
	}
	ds, err := importfmt.ParseSDMXCSV("response", strings.NewReader(string(body)))
	if err != nil {
		return ds, "", err
	}
	// A snapshot is dated by the provider's own stamp (Eurostat's LAST UPDATE), else by
	// Last-Modified, else by the day it was fetched.
	if ds.Vintages[0].Released == "" {
		if modified, err := http.ParseTime(header.Get("Last-Modified")); err == nil {
			ds.Vintages[0].Released = modified.UTC().Format(time.DateOnly)
		}
	}
	return ds, u, nil
}

// maxBody bounds a response read: a series is a few megabytes at most.
const maxBody = 256 << 20

// errPermanent marks a failure that another attempt would repeat.
type errPermanent struct{ error }

// get fetches u, retrying timeouts, network errors, truncated bodies, 429 and 5xx with
// backoff; a 429 or 503 waits what its Retry-After says (up to MaxWait).
func (f *Fetcher) get(ctx context.Context, u, accept string, result *Result) ([]byte, http.Header, error) {
	wait := f.opts.Backoff
	var last error
	for attempt := 0; attempt <= f.opts.Retries; attempt++ {
		if attempt > 0 {
			if err := f.opts.Sleep(ctx, wait); err != nil {
				return nil, nil, fmt.Errorf("%w (after %v)", err, last)
			}
			wait *= 2
		}
		result.Attempts++
		body, header, retryAfter, err := f.once(ctx, u, accept)
		if err == nil {
			return body, header, nil
		}
		last = err
		var permanent errPermanent
		if errors.As(err, &permanent) || ctx.Err() != nil {
			return nil, nil, err
		}
		if retryAfter > 0 {
			wait = min(retryAfter, f.opts.MaxWait)
		}
	}
	if f.opts.Retries > 0 {
		return nil, nil, fmt.Errorf("%w (%d attempts)", last, f.opts.Retries+1)
	}
	return nil, nil, last
}

func (f *Fetcher) once(ctx context.Context, u, accept string) ([]byte, http.Header, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, 0, errPermanent{err}
	}
	req.Header.Set("Accept", accept)
	req.Header.Set("User-Agent", "factcheck (reference table update)")
	resp, err := f.opts.Client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, nil, 0, fmt.Errorf("no answer within %v", f.opts.Timeout)
		}
		return nil, nil, 0, redact(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, nil, 0, fmt.Errorf("the response did not finish within %v", f.opts.Timeout)
		}
		return nil, nil, 0, fmt.Errorf("the response was cut short: %w", redact(err))
	}
	if len(body) > maxBody {
		return nil, nil, 0, errPermanent{fmt.Errorf("the response is larger than %d MiB", maxBody>>20)}
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		return body, resp.Header, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		return nil, nil, retryAfter(resp.Header.Get("Retry-After")), fmt.Errorf("HTTP %d%s", resp.StatusCode, bodyNote(body))
	case resp.StatusCode >= 500:
		return nil, nil, 0, fmt.Errorf("HTTP %d%s", resp.StatusCode, bodyNote(body))
	case resp.StatusCode == http.StatusNoContent || resp.StatusCode == http.StatusNotFound:
		return nil, nil, 0, errPermanent{fmt.Errorf("HTTP %d: no such series or no data%s", resp.StatusCode, bodyNote(body))}
	}
	return nil, nil, 0, errPermanent{fmt.Errorf("HTTP %d%s", resp.StatusCode, bodyNote(body))}
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(value string) time.Duration {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0
	}
	if seconds, err := strconv.Atoi(value); err == nil && seconds >= 0 {
		return time.Duration(seconds) * time.Second
	}
	if t, err := http.ParseTime(value); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// bodyNote quotes what a failed response said, on one line: FRED's and the World Bank's
// error messages say what is wrong.
func bodyNote(body []byte) string {
	if page, err := importfmt.DecodeFREDPage(body); err != nil && strings.HasPrefix(err.Error(), "FRED error") {
		return ": " + err.Error()
	} else if err == nil && page.ErrorMessage != "" {
		return ": " + page.ErrorMessage
	}
	if s := snippet(body); s != "" {
		return ": " + s
	}
	return ""
}

// snippet is the start of a body, on one line.
func snippet(body []byte) string {
	s := strings.Join(strings.Fields(string(body[:min(len(body), 200)])), " ")
	return s
}

// redact removes the FRED API key from an error that quotes the URL.
func redact(err error) error {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return fmt.Errorf("%s: %w", urlErr.Op, urlErr.Err)
	}
	return err
}
