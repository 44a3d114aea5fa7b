package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFollowsSymbolicLinksToFolders(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	write(t, corpus, "a.txt", "Growth was 2%.")
	write(t, corpus, "sub/b.txt", "Growth was 3%.")
	other := filepath.Join(dir, "other")
	write(t, other, "c.txt", "Growth was 4%.")

	t.Run("a link to a folder named on the command line", func(t *testing.T) {
		link := symlink(t, corpus, filepath.Join(t.TempDir(), "link"))
		ids, _, errs := collect(t, []string{link}, Options{})
		want := []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub/b.txt")}
		if strings.Join(ids, ",") != strings.Join(want, ",") || len(errs) > 0 {
			t.Errorf("articles %q, errors %q; want %q", ids, errs, want)
		}
	})
	t.Run("a linked subfolder", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		symlink(t, other, filepath.Join(root, "linked"))
		ids, _, errs := collect(t, []string{root}, Options{})
		want := []string{filepath.Join(root, "a.txt"), filepath.Join(root, "linked/c.txt")}
		if strings.Join(ids, ",") != strings.Join(want, ",") || len(errs) > 0 {
			t.Errorf("articles %q, errors %q; want %q", ids, errs, want)
		}
	})
	t.Run("a loop of links reads each folder once and ends", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		write(t, root, "sub/b.txt", "Growth was 3%.")
		symlink(t, root, filepath.Join(root, "sub/up"))
		symlink(t, filepath.Join(root, "sub"), filepath.Join(root, "sub/self"))
		symlink(t, filepath.Join(root, "sub"), filepath.Join(root, "again"))
		ids, _, errs := collect(t, []string{root}, Options{})
		want := []string{filepath.Join(root, "a.txt"), filepath.Join(root, "sub/b.txt")}
		if strings.Join(ids, ",") != strings.Join(want, ",") || len(errs) > 0 {
			t.Errorf("articles %q, errors %q; want %q", ids, errs, want)
		}
	})
	t.Run("a broken link of no article's name is no input", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		symlink(t, filepath.Join(root, "gone"), filepath.Join(root, "lock"))
		ids, _, errs := collect(t, []string{root}, Options{})
		if len(ids) != 1 || len(errs) > 0 {
			t.Errorf("articles %q, errors %q", ids, errs)
		}
	})
}

func TestReadReportsAFolderWithNoArticles(t *testing.T) {
	tests := []struct {
		name        string
		files       map[string]string // name → content; a name ending in / is an empty folder
		wantErr     string            // "" for no error
		wantSkipped []string
	}{
		{"an empty folder", map[string]string{"sub/": ""}, "no articles in it: the folder holds no file", nil},
		{"a folder of images", map[string]string{"a.png": "\x89PNG", "b.png": "\x89PNG"},
			"no articles in it (looked for .txt, .md, .html, .jsonl, .docx; 2 other files passed over)", []string{"a.png", "b.png"}},
		{"files of no article's name, one deep", map[string]string{"b.text": "x", "sub/c.rtf": "x", "noext": "x"},
			"no articles in it (looked for .txt, .md, .html, .jsonl, .docx; 3 other files passed over)", []string{"b.text", "noext", "sub/c.rtf"}},
		{"an article deep down is enough", map[string]string{"a/b/c.md": "Growth was 2%.", "x.rtf": "x"}, "", []string{"x.rtf"}},
		{"a folder whose only article cannot be read is reported once", map[string]string{"empty.txt": " "}, "empty.txt: empty file", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for name, content := range tt.files {
				if strings.HasSuffix(name, "/") {
					if err := os.MkdirAll(filepath.Join(root, name), 0o755); err != nil {
						t.Fatal(err)
					}
					continue
				}
				write(t, root, name, content)
			}
			var errs, skipped []string
			err := Read([]string{root}, Options{ReportSkipped: true}, func(it Item) error {
				if it.Err != nil {
					errs = append(errs, it.Err.Error())
				}
				if it.Skipped != "" {
					rel, _ := filepath.Rel(root, it.Skipped)
					skipped = append(skipped, rel)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.wantErr == "" && len(errs) > 0:
				t.Errorf("errors %q, want none", errs)
			case tt.wantErr != "" && (len(errs) != 1 || !strings.Contains(errs[0], tt.wantErr) || !strings.HasPrefix(errs[0], root)):
				t.Errorf("errors %q, want one naming %s: ...%s", errs, root, tt.wantErr)
			}
			if strings.Join(skipped, ",") != strings.Join(tt.wantSkipped, ",") {
				t.Errorf("skipped %q, want %q", skipped, tt.wantSkipped)
			}
		})
	}
	t.Run("files passed over are not items unless asked for", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		write(t, root, "b.rtf", "x")
		n := 0
		if err := Read([]string{root}, Options{}, func(Item) error { n++; return nil }); err != nil || n != 1 {
			t.Errorf("%d items (err %v), want the article alone", n, err)
		}
	})
}
