package input

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/extract"
)

// ReadDocument reads the articles of one document that is not a file on disk (an upload, a
// pasted text) as Read reads a file of that name: by the extension of name, a JSONL corpus
// gives one article a line and any other document one article. fn is called for each
// article or failure, as with Read.
func ReadDocument(name string, r io.Reader, opts Options, fn func(Item) error) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".jsonl" {
		return readJSONL(name, decodeUnicode(r), opts, fn)
	}
	return readStream(name, ext, decodeUnicode(r), opts, fn)
}

// Claims finds the claims of the item's article in its prose (see Item.Prose), so that a
// no-break space, a Unicode minus or the digits of another script read as the number they
// are, and maps their offsets back to the article's text as read: reports mark claims in
// that text, and the output's offsets promise it.
func (it Item) Claims(extractor *extract.Extractor, opts extract.Options) []extract.Claim {
	prose := it.Prose()
	if prose.Text == it.Article.Text {
		return extractor.Claims(*it.Article, opts)
	}
	article := *it.Article
	article.Text = prose.Text
	claims := extractor.Claims(article, opts)
	for i := range claims {
		claims[i].Start, claims[i].End = prose.Original(claims[i].Start, claims[i].End)
	}
	return claims
}
