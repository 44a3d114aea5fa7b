package serve

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// theBrowser is one headless Chromium for the package's browser tests, started by the first
// that asks and stopped by TestMain: each test drives a tab of its own, which costs far less
// than a browser's start.
var theBrowser struct {
	once    sync.Once
	bin     string
	ctx     context.Context
	stop    func()
	profile string
	err     error
}

// browser returns a new tab of a headless Chromium driven over the DevTools protocol, or
// skips the test when none is installed (.ci/run installs Debian's chromium). Nothing it
// does reaches the network: the flags turn off its background traffic, and pages come from a
// loopback server. The deadline only stops a hung browser; no result depends on how long a
// step takes.
func browser(t *testing.T) context.Context {
	t.Helper()
	theBrowser.once.Do(startBrowser)
	if theBrowser.bin == "" {
		t.Skip("no chromium on PATH: the browser test needs Debian's chromium (.ci/run installs it)")
	}
	if theBrowser.err != nil {
		t.Fatalf("start %s: %v", theBrowser.bin, theBrowser.err)
	}
	deadline, cancelDeadline := context.WithTimeout(theBrowser.ctx, 3*time.Minute)
	tab, cancelTab := chromedp.NewContext(deadline)
	t.Cleanup(func() {
		cancelTab()
		cancelDeadline()
	})
	return tab
}

func startBrowser() {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			theBrowser.bin = path
			break
		}
	}
	if theBrowser.bin == "" {
		return
	}
	if theBrowser.profile, theBrowser.err = os.MkdirTemp("", "serve-browser-test-"); theBrowser.err != nil {
		return
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(theBrowser.bin),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(theBrowser.profile),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(1280, 1000),
	}
	// The browser lives as long as the context of its first run: its deadline stops a
	// browser that hangs, each tab has one of its own.
	deadline, cancelDeadline := context.WithTimeout(context.Background(), 10*time.Minute)
	allocator, cancelAllocator := chromedp.NewExecAllocator(deadline, opts...)
	ctx, cancelBrowser := chromedp.NewContext(allocator)
	theBrowser.ctx = ctx
	theBrowser.stop = func() {
		cancelBrowser()
		cancelAllocator()
		cancelDeadline()
		os.RemoveAll(theBrowser.profile)
	}
	theBrowser.err = chromedp.Do(ctx)
}

// stopBrowser ends the browser of the tests, if one was started.
func stopBrowser() {
	if theBrowser.stop != nil {
		theBrowser.stop()
	}
}

// waitForReport waits until the desk's frame holds a whole report, and returns the option
// that makes a query look inside it.
func waitForReport(t *testing.T, ctx context.Context) chromedp.QueryOption {
	t.Helper()
	loaded := `(function () { var d = document.getElementById("report").contentDocument; return d !== null && d.readyState === "complete" && d.querySelector("footer") !== null; })()`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](loaded, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		t.Fatalf("wait for the report: %v", err)
	}
	frames, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS("#report")))
	if err != nil {
		t.Fatal(err)
	}
	return chromedp.FromNode(frames[0])
}

// The draft has one consistent claim and one inconsistent (German inflation in 2024 was
// about 2.3%, not 7.5%).
const browserDraft = "Germany's economy shrank 0.5% in 2024, while consumer price inflation in Germany was 7.5% in 2024, the statistics office said."

func TestBrowserEditorChecksAPastedDraft(t *testing.T) {
	ctx := browser(t)
	srv := testServer(t, nil)

	// The editor pastes the draft, sets its date and presses Check.
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#draft")),
		chromedp.SendKeys(chromedp.CSS("#draft"), browserDraft),
		chromedp.SetValue(chromedp.CSS("#published"), "2025-03-01"),
		chromedp.Click(chromedp.CSS("#check")),
	)
	if err != nil {
		t.Fatal(err)
	}
	// The report appears in the desk's frame once it is judged.
	inReport := waitForReport(t, ctx)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("mark.claim.v-inconsistent"), inReport)); err != nil {
		t.Fatal(err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("mark.claim"), inReport))
	if err != nil {
		t.Fatal(err)
	}
	if len(marks) != 2 {
		t.Fatalf("%d marked claims, want 2", len(marks))
	}
	var quotes []string
	for _, m := range marks {
		text, err := chromedp.Run(ctx, chromedp.TextContent([]cdp.NodeID{m.NodeID}))
		if err != nil {
			t.Fatal(err)
		}
		quotes = append(quotes, text)
	}
	if !strings.HasPrefix(quotes[0], "Germany's economy shrank 0.5%") || !strings.HasPrefix(quotes[1], "consumer price inflation in Germany was 7.5%") {
		t.Errorf("the marks read %q", quotes)
	}
	draftLeft, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#draft")))
	if err != nil {
		t.Fatal(err)
	}
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if url != srv.URL+"/" || draftLeft != browserDraft {
		t.Errorf("the editor left the desk (at %s) or lost the draft (%q)", url, draftLeft)
	}

	// Clicking the inconsistent claim opens its details: the verdict, the reference figure
	// and the explanation.
	pop := chromedp.CSS("mark.claim.v-inconsistent > .pop")
	if err := chromedp.Do(ctx, chromedp.WaitNotVisible(pop, inReport)); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("mark.claim.v-inconsistent"), inReport),
		chromedp.WaitVisible(pop, inReport),
	)
	if err != nil {
		t.Fatalf("open the details of a claim: %v", err)
	}
	details, err := chromedp.Run(ctx, chromedp.Text(pop, inReport))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"inconsistent", "Reference", "2.26%", "World Bank WDI", "Germany's inflation (annual average) in 2024 was 2.26%"} {
		if !strings.Contains(details, want) {
			t.Errorf("the details of the claim lack %q: %q", want, details)
		}
	}

	// Unticking "consistent" hides the consistent claim's card and leaves the other.
	err = chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS("li.card.v-consistent"), inReport),
		chromedp.Click(chromedp.CSS("label[for$='-show-consistent']"), inReport),
		chromedp.WaitNotVisible(chromedp.CSS("li.card.v-consistent"), inReport),
		chromedp.WaitVisible(chromedp.CSS("li.card.v-inconsistent"), inReport),
	)
	if err != nil {
		t.Fatalf("filter by verdict: %v", err)
	}

	if *screenshot {
		err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS("label[for$='-show-consistent']"), inReport),
			chromedp.Click(chromedp.CSS("mark.claim.v-inconsistent"), inReport),
		)
		if err == nil {
			_, err = chromedp.Run(ctx, chromedp.Evaluate[any](`window.scrollTo(0, 0); document.getElementById("report").contentWindow.scrollTo(0, 0)`))
		}
		if err != nil {
			t.Fatal(err)
		}
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "docs", "desk.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var screenshot = flag.Bool("screenshot", false, "rewrite docs/desk.png, the desk with a checked draft")

func TestBrowserEditorChecksABatchOfFiles(t *testing.T) {
	ctx := browser(t)
	srv := testServer(t, nil)
	dir := t.TempDir()
	files := map[string]string{
		"germany.md":  "# Germany\n\nGermany's economy shrank 0.5% in 2024.\n",
		"france.html": "<html><head><title>France</title></head><body><p>France's GDP grew 1.1% in 2024.</p></body></html>",
	}
	var paths []string
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#files")),
		chromedp.SetUploadFiles(chromedp.CSS("#files"), paths),
		chromedp.Click(chromedp.CSS("#check")),
	)
	if err != nil {
		t.Fatal(err)
	}
	inReport := waitForReport(t, ctx)
	index, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("nav.index"), inReport))
	if err != nil {
		t.Fatalf("the report of a batch has no index: %v", err)
	}
	for _, want := range []string{"2 articles", "germany.md", "france.html"} {
		if !strings.Contains(index, want) {
			t.Errorf("the index lacks %q: %q", want, index)
		}
	}
	marks, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("mark.claim"), inReport))
	if err != nil || len(marks) != 2 {
		t.Errorf("%d marked claims, %v; want one in each file", len(marks), err)
	}
}
