// Package soak holds the soak test of factcheck: a hundred thousand articles, with random
// bytes and broken records mixed in, checked by one run of the command, which must neither
// panic nor lose an article. It is built only with the soak tag, so that the unit tests stay
// quick; run it with soak/run.
package soak
