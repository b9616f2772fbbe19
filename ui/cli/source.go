package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
)

// errRulebookTooLarge is a rulebook past rules.MaxSource, found while
// reading it, before it is all in memory.
var errRulebookTooLarge = fmt.Errorf("larger than the %d MiB limit", rules.MaxSource>>20)

// errTooLarge is what readLimited returns for input past its limit.
var errTooLarge = errors.New("input past its limit")

// readSource reads a rulebook from path, or from in when path is "-", and
// returns it with the name to report it under, ending with
// errRulebookTooLarge past rules.MaxSource (see readLimited).
func readSource(ctx context.Context, path string, in io.Reader) ([]byte, string, error) {
	data, name, err := readLimited(ctx, path, in, rules.MaxSource)
	if errors.Is(err, errTooLarge) {
		err = errRulebookTooLarge
	}
	return data, name, err
}

// readLimited reads the file at path, or in when path is "-", and returns
// it with the name to report it under. It reads no more than one byte past
// limit, so a huge file or an endless device (such as /dev/zero) ends with
// errTooLarge. A FIFO is opened without blocking, and every wait for input
// ends when ctx does.
func readLimited(ctx context.Context, path string, in io.Reader, limit int) ([]byte, string, error) {
	name := path
	if path == "-" {
		name = "(standard input)"
		if in == nil {
			return nil, name, errors.New("standard input is already in use")
		}
	} else {
		f, err := ctxio.Open(ctx, path)
		if err != nil {
			return nil, name, err
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(ctxio.Reader(ctx, in), int64(limit)+1))
	if err != nil {
		return nil, name, err
	}
	if len(data) > limit {
		return nil, name, errTooLarge
	}
	return data, name, nil
}
