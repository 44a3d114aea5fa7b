package input

import (
	"fmt"
	"strings"
	"testing"
)

func FuzzWriteCollapsed(f *testing.F) {
	for _, s := range []string{"", " a  b\t\nc ", "\u00a0x\u2003y\u3000", "a\xffb \xc2", "\u0085z\u200b", "grew\u00a05.0%", "\u22120.5%\u202f", "\u2028\u2029\u202e3\u200b.6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sb strings.Builder
		writeCollapsed(&sb, s)
		if want := strings.Join(strings.Fields(s), " "); sb.String() != want {
			t.Fatalf("writeCollapsed(%q) = %q, want %q", s, sb.String(), want)
		}
	})
}

// BenchmarkParseHTML measures the text extraction of a news page of about 10 kB.
func BenchmarkParseHTML(b *testing.B) {
	var page strings.Builder
	page.WriteString(`<!doctype html><html><head><title>Economy</title><meta property="article:published_time" content="2025-03-04T10:00:00Z"><script>var x = 1;</script><style>p{}</style></head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav><article>`)
	for i := range 40 {
		fmt.Fprintf(&page, "<p>Paragraph %d: the economy grew 3.6%% in 2023, &amp; inflation eased to 2.3%%\n  in   2024 &mdash; said the <b>statistics office</b>.</p>\n", i)
	}
	page.WriteString(`</article><footer>&copy; 2025</footer></body></html>`)
	data := []byte(page.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := parseHTML(data); err != nil {
			b.Fatal(err)
		}
	}
}
