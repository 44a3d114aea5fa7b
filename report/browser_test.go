package report

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

var screenshot = flag.Bool("screenshot", false, "rewrite docs/report-seed.png from the seed article (needs chromium and ../shared)")

// chromium finds a headless-capable Chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no chromium on PATH: the browser test needs Debian's chromium (.ci/run installs it)")
	return ""
}

// runChromium runs one headless Chromium with a fresh profile and nothing that reaches the
// network, and returns what it printed on stdout. The deadline only stops a hung browser; no
// result depends on how long it takes.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--no-first-run", "--user-data-dir=" + t.TempDir(), "--disable-component-update",
		"--disable-sync", "--disable-quic", "--hide-scrollbars", "--mute-audio"}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

func writePage(t *testing.T, opts Options, a extract.Article, results []checks.Result) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, []byte(renderHTMLResults(t, opts, []extract.Article{a}, [][]checks.Result{results})), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBrowserShowsEveryClaimAndChart(t *testing.T) {
	bin := chromium(t)
	a, results, opts := loadExample(t)
	url := "file://" + filepath.ToSlash(writePage(t, opts, a, results))

	// One browser run prints the DOM as laid out and takes the screenshot.
	shot := filepath.Join(t.TempDir(), "report.png")
	dom := runChromium(t, bin, "--dump-dom", "--window-size=1280,1100", "--screenshot="+shot, url)
	p := parsePage(t, string(dom))
	marks := p.all(element("mark", "claim"))
	if len(marks) != len(results) {
		t.Errorf("the browser shows %d marked claims, want %d", len(marks), len(results))
	}
	for i, r := range results {
		if i < len(marks) && articleText(marks[i]) != r.Claim.Quote {
			t.Errorf("mark %d reads %q in the browser, want %q", i, articleText(marks[i]), r.Claim.Quote)
		}
	}
	charts := p.all(func(n *html.Node) bool { return n.Data == "svg" && attr(n, "role") == "img" })
	wantCharts := 0
	for _, r := range results {
		if _, ok := buildChart(r, mustHistory(t, opts, r), opts.Judging); ok {
			wantCharts++
		}
	}
	if len(charts) != wantCharts || wantCharts == 0 {
		t.Errorf("the browser shows %d charts, want %d", len(charts), wantCharts)
	}
	for _, c := range charts {
		if len(page{c}.all(element("circle"))) == 0 || len(page{c}.all(element("path", "claim-value"))) != 1 {
			t.Errorf("chart %q lacks its releases or its claim", attr(c, "aria-label"))
		}
	}
	checkScreenshot(t, shot)
}

// TestBrowserScreenshotOfTheSeedArticle rewrites docs/report-seed.png with -screenshot.
func TestBrowserScreenshotOfTheSeedArticle(t *testing.T) {
	if !*screenshot {
		t.Skip("run with -screenshot to rewrite docs/report-seed.png")
	}
	bin := chromium(t)
	seed := filepath.Join(repoRoot(t), "..", "shared", "articles", "000_5237bc893eb576b7.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("the seed article is not at %s: %v", seed, err)
	}
	a := readArticle(t, seed)
	a.ID = "articles/000_5237bc893eb576b7.txt"
	store, results, judging := judgeWithDefaultData(t, a)
	url := "file://" + filepath.ToSlash(writePage(t, Options{History: store, Judging: judging}, a, results))
	out := filepath.Join(repoRoot(t), "docs", "report-seed.png")
	runChromium(t, bin, "--window-size=1280,1100", "--screenshot="+out, url)
	checkScreenshot(t, out)
}

func mustHistory(t *testing.T, opts Options, r checks.Result) []reference.Observation {
	t.Helper()
	if r.Claim.Entity == "" || r.Claim.Indicator == "" {
		return nil
	}
	h, err := opts.History.History(r.Claim.Entity, r.Claim.Indicator)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// checkScreenshot asserts that the file is a PNG of the window with something drawn on it:
// more than a few colours, as the marks, badges and charts bring.
func checkScreenshot(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s is not a PNG: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 1100 {
		t.Errorf("screenshot is %dx%d, want 1280x1100", b.Dx(), b.Dy())
	}
	if n := colours(img); n < 50 {
		t.Errorf("screenshot has %d colours: the page looks blank", n)
	}
}

func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}
