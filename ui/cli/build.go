//go:build !headless

package cli

// Headless reports whether this is the headless build (go build -tags
// headless), which leaves out the quiz and the SSH server: false here.
const Headless = false
