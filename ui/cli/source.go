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

// readSource reads a rulebook from path, or from in when path is "-", and
// returns it with the name to report it under. It reads no more than one
// byte past rules.MaxSource, so a huge file or an endless device (such as
// /dev/zero) ends with errRulebookTooLarge. A FIFO is opened without
// blocking, and every wait for input ends when ctx does.
func readSource(ctx context.Context, path string, in io.Reader) ([]byte, string, error) {
	name := path
	if path == "-" {
		name = "(standard input)"
		if in == nil {
			return nil, name, errors.New("standard input is already in use")
		}
	} else {
		f, err := ctxio.Open(path)
		if err != nil {
			return nil, name, err
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(ctxio.Reader(ctx, in), rules.MaxSource+1))
	if err != nil {
		return nil, name, err
	}
	if len(data) > rules.MaxSource {
		return nil, name, errRulebookTooLarge
	}
	return data, name, nil
}
