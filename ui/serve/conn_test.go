package serve

import (
	"net"
	"testing"
)

func TestHostOf(t *testing.T) {
	for _, c := range []struct{ addr, want string }{
		{"127.0.0.1:2222", "127.0.0.1"},
		{"[::ffff:10.1.2.3]:22", "10.1.2.3"},
		{"[2001:db8:1:2:aaaa::1]:22", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:bbbb:cccc:dddd:eeee]:22", "2001:db8:1:2::/64"},
		{"[2001:db8:1:3::1]:22", "2001:db8:1:3::/64"},
	} {
		addr, err := net.ResolveTCPAddr("tcp", c.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := hostOf(addr); got != c.want {
			t.Errorf("hostOf(%s) = %s, want %s", c.addr, got, c.want)
		}
	}
}
