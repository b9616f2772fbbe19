package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
)

// Delete runs `jewelquiz delete CODE`: it deletes one saved consultation,
// both its files, as a client may ask at any time, and says what it
// deleted. A consultation whose record cannot be read is deleted too.
func Delete(ctx context.Context, args []string, std IO) error {
	// Caught, a signal cannot end the command midway through a
	// deletion: the deletion finishes first (see ctxio.Watch).
	ctxio.Watch(ctx)
	flags := newFlags("delete", std)
	dir := flags.String("data-dir", consult.DefaultDir(), "where consultations are kept")
	pos, err := parseInterspersed(flags, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return inputf("delete: give the code of the consultation to delete, such as: jewelquiz delete K7MX-4P")
	case len(pos) > 1:
		return inputf("delete: unexpected argument %s (give one code)", quiz.Quote(pos[1]))
	}
	code, err := consult.ParseCode(pos[0])
	if err != nil {
		return &InputError{Err: fmt.Errorf("delete: %w", err)}
	}
	s, err := openExisting(*dir, nil)
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	if s == nil {
		return inputf("delete: no consultation %s in %s", code, *dir)
	}
	saved := "its record could not be read"
	var corrupt *consult.CorruptError
	switch r, err := s.Load(code); {
	case err == nil:
		saved = "saved " + r.Created.Local().Format(consultTime)
	case errors.Is(err, consult.ErrNotFound):
		return inputf("delete: no consultation %s in %s", code, *dir)
	case !errors.As(err, &corrupt):
		return fmt.Errorf("delete: %w", err)
	}
	err = s.Delete(code)
	switch {
	case errors.Is(err, consult.ErrNotFound):
		return inputf("delete: no consultation %s in %s", code, *dir) // deleted meanwhile
	case err != nil:
		return fmt.Errorf("delete: %w", err)
	}
	_, err = fmt.Fprintf(std.Out, "deleted %s (%s): %s.json, %s.md\n", code, saved, code, code)
	return err
}
