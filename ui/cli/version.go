package cli

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
)

// Version runs `jewelquiz version` (and `jewelquiz --version`): the
// module's version, and the commit it was built from when Go recorded it.
func Version(_ context.Context, args []string, std IO) error {
	rest, err := helpOnly("version", args, std)
	if err != nil {
		return err
	}
	if err := checkNoArgs("version", rest); err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	_, err = fmt.Fprintln(std.Out, versionLine(info))
	return err
}

// versionLine describes a build: "jewelquiz v1.2.0", or for a build from a
// checkout "jewelquiz (devel) commit 1a2b3c4d5e6f, modified, 2025-01-02",
// and the Go version it was built with.
func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "jewelquiz (unknown version: built without module information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	var parts []string
	if rev := settings["vcs.revision"]; rev != "" {
		parts = append(parts, "commit "+rev[:min(12, len(rev))])
	}
	if settings["vcs.modified"] == "true" {
		parts = append(parts, "modified")
	}
	if t := settings["vcs.time"]; t != "" {
		parts = append(parts, t)
	}
	if slices.Contains(strings.Split(settings["-tags"], ","), "headless") {
		parts = append(parts, "headless build")
	}
	line := "jewelquiz " + v
	if len(parts) > 0 {
		line += " " + strings.Join(parts, ", ")
	}
	if info.GoVersion != "" {
		line += " (" + info.GoVersion + ")"
	}
	return line
}
