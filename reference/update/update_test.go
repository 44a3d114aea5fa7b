package update

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/reference/importfmt"
)

const testMapping = `series,entity,indicator,period,basis,unit,scale,derive
# World Bank: the entity comes from countryiso3code
NY.GDP.MKTP.KD.ZG,,gdp_growth,year,annual,percent,,
# ALFRED: FRED dates a quarter by its first day
GDPC1,USA,gdp_growth,quarter,annualised,percent,,
EXR:D.USD.EUR.SP00.A,EMU,exchange_rate,day,,,,
T2020_20:A.PC_GDP.AT,AUT,investment_gdp,year,,percent,,
`

// server serves canned responses by path, counting requests; a handler may be a sequence,
// one per attempt.
type server struct {
	mu       sync.Mutex
	handlers map[string][]http.HandlerFunc
	hits     map[string]int
	release  chan struct{}
}

func newServer(t *testing.T) (*server, *httptest.Server) {
	s := &server{handlers: map[string][]http.HandlerFunc{}, hits: map[string]int{}, release: make(chan struct{})}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		key := r.URL.Path
		n := s.hits[key]
		s.hits[key]++
		list := s.handlers[key]
		s.mu.Unlock()
		if len(list) == 0 {
			http.NotFound(w, r)
			return
		}
		list[min(n, len(list)-1)](w, r)
	}))
	t.Cleanup(func() { close(s.release); ts.Close() })
	return s, ts
}

func (s *server) on(path string, handlers ...http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[path] = handlers
}

func body(status int, text string, headers ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.WriteHeader(status)
		fmt.Fprint(w, text)
	}
}

// truncated promises more bytes than it sends.
func truncated(text string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(len(text)+100))
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, text)
	}
}

// hang answers only when the client gives up (or the test ends).
func (s *server) hang(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-s.release:
	}
}

type recorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (r *recorder) sleep(_ context.Context, d time.Duration) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.waits = append(r.waits, d)
	return nil
}

func fetcher(t *testing.T, ts *httptest.Server, rec *recorder) *Fetcher {
	m, err := importfmt.ReadMapping("mapping.csv", strings.NewReader(testMapping))
	if err != nil {
		t.Fatal(err)
	}
	urls := map[string]string{}
	for _, p := range Providers {
		urls[p] = ts.URL + "/" + p
	}
	return New(Options{
		URLs: urls, FREDAPIKey: "abcdefghijklmnopqrstuvwxyz123456", Timeout: 2 * time.Second, Retries: 2,
		Backoff: time.Second, Sleep: rec.sleep, Mapping: m,
		Today: func() time.Time { return time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC) },
	})
}

const wbPage1 = `[{"page":1,"pages":2,"per_page":2,"total":3,"sourceid":"2","lastupdated":"2026-11-20"},[
{"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"US","value":"United States"},"countryiso3code":"USA","date":"2023","value":2.9,"unit":"","obs_status":"","decimal":1},
{"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"1A","value":"Arab World"},"countryiso3code":"ARB","date":"2023","value":null,"unit":"","obs_status":"","decimal":1}]]`
const wbPage2 = `[{"page":2,"pages":2,"per_page":2,"total":3,"sourceid":"2","lastupdated":"2026-11-20"},[
{"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"RU","value":"Russian Federation"},"countryiso3code":"RUS","date":"2023","value":"3.6","unit":"","obs_status":"","decimal":1}]]`

const alfredPage = `{"realtime_start":"1776-07-04","realtime_end":"9999-12-31","count":%d,"offset":%d,"limit":100000,"observations":[%s]}`

const ecbCSV = "KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_CONF,TITLE_COMPL,UNIT_MULT\n" +
	"EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2024-01-02,1.0956,A,F,\"ECB reference exchange rate, US dollar/Euro, 2:15 pm (C.E.T.)\",0\n" +
	"EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2024-01-03,1.0919,A,F,\"ECB reference exchange rate, US dollar/Euro, 2:15 pm (C.E.T.)\",0\n"

const eurostatCSV = "DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n" +
	"ESTAT:T2020_20(1.0),14/12/21 23:00:00,A,PC_GDP,AT,2016,23.12,p\n"

func TestFetchEachSource(t *testing.T) {
	srv, ts := newServer(t)
	srv.on("/worldbank/country/all/indicator/NY.GDP.MKTP.KD.ZG", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("format") != "json" || r.URL.Query().Get("source") != "2" {
			http.Error(w, "bad query", http.StatusBadRequest)
			return
		}
		fmt.Fprint(w, map[string]string{"1": wbPage1, "2": wbPage2}[r.URL.Query().Get("page")])
	})
	srv.on("/fred/series/observations", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("api_key") == "" || q.Get("realtime_start") != "1776-07-04" || q.Get("realtime_end") != "9999-12-31" || q.Get("series_id") != "GDPC1" {
			http.Error(w, `{"error_code":400,"error_message":"Bad Request."}`, http.StatusBadRequest)
			return
		}
		// Two pages: FRED pages by offset until count.
		if q.Get("offset") == "0" {
			fmt.Fprintf(w, alfredPage, 3, 0, `{"realtime_start":"2023-07-27","realtime_end":"2023-08-29","date":"2023-04-01","value":"2.4"},
				{"realtime_start":"2023-08-30","realtime_end":"9999-12-31","date":"2023-04-01","value":"2.1"}`)
			return
		}
		fmt.Fprintf(w, alfredPage, 3, 2, `{"realtime_start":"2023-10-26","realtime_end":"9999-12-31","date":"2023-07-01","value":"4.9"}`)
	})
	srv.on("/ecb/data/EXR/D.USD.EUR.SP00.A", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept"), "application/vnd.sdmx.data+csv") {
			http.Error(w, "not acceptable", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Last-Modified", "Wed, 03 Jan 2024 15:00:00 GMT")
		fmt.Fprint(w, ecbCSV)
	})
	srv.on("/eurostat/data/T2020_20/A.PC_GDP.AT", body(200, eurostatCSV))
	rec := &recorder{}
	f := fetcher(t, ts, rec)

	tests := []struct {
		spec     string
		releases []string // release dates of the batches
		figures  int      // over all batches
		first    string   // "entity indicator period value note" of the first figure
	}{
		{"worldbank:NY.GDP.MKTP.KD.ZG", []string{"2026-11-20"}, 2, "USA gdp_growth 2023 2.9 "},
		{"fred:GDPC1", []string{"2023-07-27", "2023-08-30", "2023-10-26"}, 4, "USA gdp_growth 2023-Q2 2.4 "},
		{"ecb:EXR/D.USD.EUR.SP00.A", []string{"2024-01-03"}, 2, "EMU exchange_rate 2024-01-02 1.0956 status A (normal value)"},
		{"eurostat:T2020_20/A.PC_GDP.AT", []string{"2021-12-14"}, 1, "AUT investment_gdp 2016 23.12 status p (provisional)"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			s, err := ParseSeries(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			result := f.Fetch(context.Background(), s)
			if result.Err != nil {
				t.Fatal(result.Err)
			}
			var dates []string
			n := 0
			for _, b := range result.Batches {
				dates = append(dates, b.Released)
				n += len(b.Figures)
				if strings.Contains(b.URL, "api_key") {
					t.Errorf("the release URL %s keeps the API key", b.URL)
				}
			}
			if strings.Join(dates, " ") != strings.Join(tt.releases, " ") || n != tt.figures {
				t.Fatalf("releases %v with %d figures, want %v with %d", dates, n, tt.releases, tt.figures)
			}
			fig := result.Batches[0].Figures[0]
			if got := fmt.Sprintf("%s %s %s %v %s", fig.Entity, fig.Indicator, fig.Period, fig.Value, fig.Note); got != tt.first {
				t.Errorf("first figure %q, want %q", got, tt.first)
			}
		})
	}
	if len(rec.waits) != 0 {
		t.Errorf("waited %v without a failure", rec.waits)
	}
}

func TestFetchFailures(t *testing.T) {
	tests := []struct {
		name     string
		handlers []http.HandlerFunc
		noKey    bool
		want     string
		attempts int
		waits    string
	}{
		{"server errors are retried with backoff", []http.HandlerFunc{body(500, "oops"), body(502, "<html>bad gateway</html>"), body(200, eurostatCSV)},
			false, "", 3, "[1s 2s]"},
		{"a rate limit waits what Retry-After says", []http.HandlerFunc{body(429, "slow down", "Retry-After", "7"), body(200, eurostatCSV)},
			false, "", 2, "[7s]"},
		{"server errors until the retries run out", []http.HandlerFunc{body(503, "down for maintenance")},
			false, "eurostat:T2020_20/A.PC_GDP.AT: HTTP 503: down for maintenance (3 attempts)", 3, "[1s 2s]"},
		{"a truncated body is retried, then an error", []http.HandlerFunc{truncated(eurostatCSV[:40])},
			false, "the response was cut short: unexpected EOF (3 attempts)", 3, "[1s 2s]"},
		{"no such series is not retried", []http.HandlerFunc{body(404, "<mes:Error>No results found</mes:Error>")},
			false, "HTTP 404: no such series or no data: <mes:Error>No results found</mes:Error>", 1, "[]"},
		{"a client error is not retried", []http.HandlerFunc{body(400, "syntax error")},
			false, "HTTP 400: syntax error", 1, "[]"},
		{"a response that is not SDMX-CSV", []http.HandlerFunc{body(200, "<html><body>Service page</body></html>")},
			false, "the response is not SDMX-CSV (it begins \"<html><body>Service page</body></html>\")", 1, "[]"},
		{"a malformed SDMX-CSV row", []http.HandlerFunc{body(200, eurostatCSV+"ESTAT:T2020_20(1.0),14/12/21 23:00:00,A,PC_GDP,AT,2017,2x,\n")},
			false, "response: line 3: OBS_VALUE: value \"2x\" is not a number", 1, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, ts := newServer(t)
			srv.on("/eurostat/data/T2020_20/A.PC_GDP.AT", tt.handlers...)
			rec := &recorder{}
			result := fetcher(t, ts, rec).Fetch(context.Background(), Series{"eurostat:T2020_20/A.PC_GDP.AT", "eurostat", "T2020_20/A.PC_GDP.AT"})
			if tt.want == "" && result.Err != nil || tt.want != "" && (result.Err == nil || !strings.Contains(result.Err.Error(), tt.want)) {
				t.Fatalf("error %v, want %q", result.Err, tt.want)
			}
			if tt.want != "" && result.Batches != nil {
				t.Error("a failed series has batches to store")
			}
			if result.Attempts != tt.attempts || fmt.Sprint(rec.waits) != tt.waits {
				t.Errorf("%d attempts, waits %v; want %d, %s", result.Attempts, rec.waits, tt.attempts, tt.waits)
			}
		})
	}
}

func TestFetchTimesOut(t *testing.T) {
	srv, ts := newServer(t)
	srv.on("/worldbank/country/all/indicator/NY.GDP.MKTP.KD.ZG", srv.hang)
	rec := &recorder{}
	f := fetcher(t, ts, rec)
	f.opts.Timeout = 20 * time.Millisecond
	f.opts.Retries = 1
	result := f.Fetch(context.Background(), Series{"worldbank:NY.GDP.MKTP.KD.ZG", "worldbank", "NY.GDP.MKTP.KD.ZG"})
	if result.Err == nil || !strings.Contains(result.Err.Error(), "no answer within 20ms (2 attempts)") {
		t.Fatalf("error %v", result.Err)
	}
}

func TestFetchSourceErrors(t *testing.T) {
	tests := []struct {
		name, path, spec string
		handler          http.HandlerFunc
		want             string
	}{
		{"World Bank error message in a 200", "/worldbank/country/all/indicator/NY.GDP.MKTP.KD.ZG", "worldbank:NY.GDP.MKTP.KD.ZG",
			body(200, `[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]`),
			"worldbank:NY.GDP.MKTP.KD.ZG: page 1: World Bank API error 120 (Invalid value): The provided parameter value is not valid"},
		{"World Bank truncated JSON", "/worldbank/country/all/indicator/NY.GDP.MKTP.KD.ZG", "worldbank:NY.GDP.MKTP.KD.ZG",
			body(200, wbPage1[:120]), "page 1: not a World Bank API response"},
		{"World Bank pages of two releases", "/worldbank/country/all/indicator/NY.GDP.MKTP.KD.ZG", "worldbank:NY.GDP.MKTP.KD.ZG",
			func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Query().Get("page") == "1" {
					fmt.Fprint(w, wbPage1)
					return
				}
				fmt.Fprint(w, strings.Replace(wbPage2, "2026-11-20", "2026-11-27", 1))
			}, "page 2 was updated 2026-11-27, page 1 2026-11-20"},
		{"FRED's error body", "/fred/series/observations", "fred:GDPC1",
			body(400, `{"error_code":400,"error_message":"Bad Request.  The series does not exist."}`, "Content-Type", "text/xml"),
			"fred:GDPC1: HTTP 400: FRED error 400: Bad Request.  The series does not exist."},
		{"FRED short of its count", "/fred/series/observations", "fred:GDPC1",
			body(200, fmt.Sprintf(alfredPage, 5, 0, `{"realtime_start":"2023-07-27","realtime_end":"9999-12-31","date":"2023-04-01","value":"2.4"}`)),
			""},
		{"FRED malformed value", "/fred/series/observations", "fred:GDPC1",
			body(200, fmt.Sprintf(alfredPage, 1, 0, `{"realtime_start":"2023-07-27","realtime_end":"9999-12-31","date":"2023-04-01","value":"2,4"}`)),
			"response: observation 1 (2023-04-01): value \"2,4\" is not a number"},
		{"a series the mapping lacks", "/fred/series/observations", "fred:UNRATE",
			body(200, fmt.Sprintf(alfredPage, 1, 0, `{"realtime_start":"2023-07-27","realtime_end":"9999-12-31","date":"2023-04-01","value":"3.6"}`)),
			"fred:UNRATE: no series of the file is in mapping mapping.csv (the file has UNRATE)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, ts := newServer(t)
			srv.on(tt.path, tt.handler)
			s, err := ParseSeries(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			result := fetcher(t, ts, &recorder{}).Fetch(context.Background(), s)
			want := tt.want
			if want == "" {
				// A page that is the last (offset+len < count, but no more observations).
				want = "FRED said 5 observations but sent 1"
				srv.on(tt.path, func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Query().Get("offset") == "0" {
						tt.handler(w, r)
						return
					}
					fmt.Fprintf(w, alfredPage, 5, 1, "")
				})
				result = fetcher(t, ts, &recorder{}).Fetch(context.Background(), s)
			}
			if result.Err == nil || !strings.Contains(result.Err.Error(), want) || strings.Contains(result.Err.Error(), "\n") {
				t.Fatalf("error %v, want one line containing %q", result.Err, want)
			}
			if strings.Contains(result.Err.Error(), "abcdefghij") {
				t.Errorf("the error shows the API key: %v", result.Err)
			}
		})
	}
}

func TestFREDWithoutAKey(t *testing.T) {
	_, ts := newServer(t)
	f := fetcher(t, ts, &recorder{})
	f.opts.FREDAPIKey = ""
	result := f.Fetch(context.Background(), Series{"fred:GDPC1", "fred", "GDPC1"})
	if result.Err == nil || !strings.Contains(result.Err.Error(), "no FRED API key") || result.Attempts != 0 {
		t.Fatalf("%+v", result)
	}
}

func TestParseSeries(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"fred:GDPC1", "fred GDPC1"}, {" ECB:EXR/D.USD.EUR.SP00.A ", "ecb EXR/D.USD.EUR.SP00.A"},
		{"worldbank:USA;RUS/NY.GDP.MKTP.KD.ZG", "worldbank USA;RUS/NY.GDP.MKTP.KD.ZG"},
		{"GDPC1", ""}, {"stlouis:GDPC1", ""}, {"ecb:EXR", ""}, {"fred:GDP C1", ""}, {"fred:", ""}, {"fred:X&api_key=1", ""},
	}
	for _, tt := range tests {
		s, err := ParseSeries(tt.spec)
		got := s.Provider + " " + s.Query
		if err != nil {
			got = ""
		}
		if got != tt.want {
			t.Errorf("ParseSeries(%q) = %q, %v; want %q", tt.spec, got, err, tt.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	if d := retryAfter("120"); d != 2*time.Minute {
		t.Errorf("seconds: %v", d)
	}
	if d := retryAfter(time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)); d < 59*time.Minute {
		t.Errorf("date: %v", d)
	}
	if d := retryAfter("soon"); d != 0 {
		t.Errorf("junk: %v", d)
	}
}
