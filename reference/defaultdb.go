package reference

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/factcheck/factcheck/data"
)

// The default database reaches a user's disk as an image built at `go generate` time
// (data.DefaultDB), not as a build from the source files: building takes seconds (811,819
// figures inserted and indexed, 40,000 series checksummed), writing out the image a fraction
// of one. An image is a line naming the hash of its inputs (dataHash), then the SQLite file
// compressed with zstd, whose frame checksum catches an image damaged in the binary.

// imagePrefix starts the first line of an image; the hash and a newline follow.
const imagePrefix = "factcheck default reference database "

var imageHash = regexp.MustCompile(`^[0-9a-f]{12}$`)

// parseImage splits an image into the hash of its inputs and its compressed database.
func parseImage(image string) (hash, compressed string, err error) {
	line, compressed, ok := strings.Cut(image, "\n")
	hash, prefixed := strings.CutPrefix(line, imagePrefix)
	if !ok || !prefixed || !imageHash.MatchString(hash) {
		return "", "", errors.New("the embedded default database has no valid header (run go generate ./data)")
	}
	return hash, compressed, nil
}

// imageWindow is the zstd window of an image. A larger one shrinks the image by under 1%
// and makes every first run hold that much more memory while it decompresses.
const imageWindow = 8 << 20

// writeImage decompresses the database of an image into the existing file path.
func writeImage(image, path string) error {
	_, compressed, err := parseImage(image)
	if err != nil {
		return err
	}
	decoder, err := zstd.NewReader(strings.NewReader(compressed), zstd.WithDecoderMaxWindow(imageWindow))
	if err != nil {
		return fmt.Errorf("embedded default database: %w", err)
	}
	defer decoder.Close()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	n, err := decoder.WriteTo(f)
	if err == nil && n == 0 {
		err = errors.New("it is empty")
	}
	if err != nil {
		f.Close()
		return fmt.Errorf("write out the embedded default database: %w", err)
	}
	return f.Close()
}

// EncodeDefaultImage writes the image of the database file dbPath, built from inputs whose
// dataHash is hash, to w: what `go generate ./data` stores as data.DefaultDB. The same
// database gives the same bytes, so that a generator run on unchanged data changes nothing.
func EncodeDefaultImage(w io.Writer, hash, dbPath string) error {
	if !imageHash.MatchString(hash) {
		return fmt.Errorf("encode default database: hash %q is not 12 hex digits", hash)
	}
	db, err := os.Open(dbPath)
	if err != nil {
		return fmt.Errorf("encode default database: %w", err)
	}
	defer db.Close()
	if _, err := io.WriteString(w, imagePrefix+hash+"\n"); err != nil {
		return fmt.Errorf("encode default database: %w", err)
	}
	// One goroutine: the encoder's output then depends on the input alone.
	encoder, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithWindowSize(imageWindow), zstd.WithEncoderConcurrency(1), zstd.WithEncoderCRC(true))
	if err != nil {
		return fmt.Errorf("encode default database: %w", err)
	}
	if _, err := io.Copy(encoder, db); err != nil {
		encoder.Close()
		return fmt.Errorf("encode default database %s: %w", dbPath, err)
	}
	if err := encoder.Close(); err != nil {
		return fmt.Errorf("encode default database: %w", err)
	}
	return nil
}

// SourcesHash is the hash of the embedded source files (data.Sources): the name an image
// built from them records, and that DataHash then returns.
func SourcesHash() (string, error) {
	return dataHash(data.Sources)
}
