// Package ui is jewelquiz's interactive quiz: a bubbletea program that only
// displays and collects. The questions and their order come from quiz, the
// scores and explanations from rules.
//
// The quiz is a root Model and a set of screens, one file each: welcome.go,
// question.go (a question of the quiz, or one asked again to change an
// answer or try a what-if), results.go, explore.go (the list of types),
// typepage.go, whatif.go and save.go (consent, saving, the code), and the
// overlays confirm.go ("Leave the quiz?", "Finish?"), pin.go (the staff
// PIN) and stillthere.go (the kiosk's idle countdown). A screen implements
// the small screen interface in screen.go: it owns its header note, body,
// keys and help, buttons and tap areas, and its update returns a move, a
// value naming where to go next and what to keep. The root holds what every
// screen shares (the size, the answers, the one recommendation, the saved
// consultation, styles and drawings), draws the frame around the screen
// (header, buttons, help, the scroll position) and, in Model.apply, is the
// one place the screen changes. An overlay is a screen drawn in place of
// the one beneath, which stays as it was. A quiz ends once, for one reason
// (see Model.Exit). With Config.Events, apply also logs what each move
// means for the shop's anonymous numbers (tally.go), never an answer.
//
// Every screen has the same manners, and a table test walks every screen
// to check them:
//   - ? shows or hides the full help, titled "help"; the short help lists a
//     screen's keys in one order everywhere: what the screen is for, its
//     other actions, back, help, quit; a number range names only the
//     numbers that do something.
//   - esc goes back wherever there is a back, keeping every answer given
//     (on a question shift+tab does too); on the welcome there is none.
//   - q quits, except in kiosk mode and while typing in a text field. On a
//     question before any results it first asks "Leave the quiz? Your
//     answers will be lost" (y/n); ctrl+c does the same.
//   - Every button is a key: its label is that key's help, pressing the
//     button sends the key, tab and shift+tab move the focus across the
//     buttons, and enter presses the focused one. Every button, option and
//     row of answers or types is tappable where it is drawn.
//   - How far a long page is scrolled shows in the frame under it, never
//     in the header. Content sits under the header with the buttons and
//     help right after it, however tall the screen (the text column is
//     centred on wide ones); everything still fits 40×12.
//   - After an answer changes, the results show from the top with one line
//     saying what changed.
package ui
