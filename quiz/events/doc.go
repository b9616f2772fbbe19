// Package events keeps the shop's own numbers without anyone's answers: an
// append-only log of anonymous quiz events in the data directory, and the
// reader that sums it up for `jewelquiz stats`.
//
// Each line is one JSON object with a closed set of fields: "t" (unix
// seconds), "s" (a random session id that only groups one client's
// events), "e" (the kind of event), and by kind "q" (a question id),
// "pick" (a type id), "confidence" and "secs". No answer value, name,
// code or address has a field to go in, and Line refuses an event whose
// fields are not the ones its kind has.
//
// The log is events.log, written with one write per line to a file opened
// for appending (mode 0600), so writers in many goroutines or processes
// never interleave a line. It is bounded: past MaxSize it is renamed to
// events.log.1 (replacing the one before) and a new one is started, so the
// two files never hold much more than twice MaxSize. The reader reads both,
// skipping and counting any line it cannot read.
package events
