// Package consult stores consultations: the answers and recommendation a
// client chose to save at the end of the quiz, under a short code that shop
// staff type at the desk to bring them back.
//
// Each consultation is two files in one directory: CODE.json, the Record
// (written by JSON, its answers as an answers file holds them), and CODE.md,
// the same consultation as Markdown. Files are written
// atomically and never overwritten: a consultation exists once its .json
// file does, and is complete when it does. Deleting is as careful: the
// .json file is first renamed to CODE.deleting, which ends the
// consultation, then the Markdown copy and the marker are removed; Open
// finishes a deletion a crash interrupted.
package consult
