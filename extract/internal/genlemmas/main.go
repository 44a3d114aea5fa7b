// Command genlemmas writes the English word forms that extract's lemma table is read from
// (lemmas.txt beside lemma.go): golem's English language pack (github.com/aaaton/golem, MIT;
// the list itself is michmech/lemmatization-lists, ODbL), as the pack holds it but
// uncompressed. Every run of the tool read the pack at start-up, and inflating it took as long
// as building the table from it.
//
// Run it with go generate in extract.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/aaaton/golem/v4/dicts/en"
)

func main() {
	out := flag.String("out", "lemmas.txt", "file to write")
	flag.Parse()
	raw, err := en.New().GetResource()
	if err != nil {
		log.Fatalf("genlemmas: %v", err)
	}
	if err := os.WriteFile(*out, raw, 0o644); err != nil {
		log.Fatalf("genlemmas: %v", err)
	}
}
