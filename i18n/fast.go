package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// The fast path of Printer.T. go-i18n writes a message through text/template, ~5 µs a message;
// every message of the catalogues is text with {{.Name}} placeholders only, which compiled here
// into pieces are written in a fraction of that. Same text as go-i18n's, byte for byte
// (TestFastIsGoI18n, for every message of both catalogues); a message with any other template
// action, or a call missing an argument, goes through go-i18n.

// piece is a literal text or, when arg is set, the argument of that name.
type piece struct {
	lit, arg string
}

// compiled is a message made of pieces.
type compiled []piece

// compileAll compiles the messages of f that T can write without go-i18n: those with an "other"
// text (the form T writes) made only of text and {{.Name}} placeholders.
func compileAll(f *goi18n.MessageFile) map[string]compiled {
	out := map[string]compiled{}
	for _, m := range f.Messages {
		if m.Other == "" || (m.LeftDelim != "" && m.LeftDelim != "{{") || (m.RightDelim != "" && m.RightDelim != "}}") {
			continue
		}
		if c, ok := compile(m.Other); ok {
			out[m.ID] = c
		}
	}
	return out
}

// compile splits s into pieces, or says it has an action other than {{.Name}}.
func compile(s string) (compiled, bool) {
	var c compiled
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			if s != "" {
				c = append(c, piece{lit: s})
			}
			return c, true
		}
		if i > 0 {
			c = append(c, piece{lit: s[:i]})
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			return nil, false
		}
		name, ok := actionName(s[i+2 : i+j])
		if !ok {
			return nil, false
		}
		c = append(c, piece{arg: name})
		s = s[i+j+2:]
	}
}

// actionName gives Name of ".Name", or false for any other action.
func actionName(action string) (string, bool) {
	name, ok := strings.CutPrefix(action, ".")
	if !ok || name == "" {
		return "", false
	}
	for i, r := range name {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return "", false
		}
	}
	return name, true
}

// render writes the message with args as text/template writes them (fmt.Sprint of each), or
// says an argument is missing (text/template writes "<no value>": go-i18n then says the same).
func (c compiled) render(args Args) (string, bool) {
	if len(c) == 1 && c[0].arg == "" {
		return c[0].lit, true
	}
	var b strings.Builder
	for _, x := range c {
		if x.arg == "" {
			b.WriteString(x.lit)
			continue
		}
		v, ok := args[x.arg]
		if !ok {
			return "", false
		}
		switch v := v.(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			b.WriteString(fmt.Sprint(v))
		}
	}
	return b.String(), true
}

// nCache keeps N's texts without arguments by (id, count), up to nCacheMax of them.
type nCache struct {
	mu sync.Mutex
	m  map[nKey]string
}

type nKey struct {
	id string
	n  int
}

// nCacheMax bounds the cache: the counts asked for are years and people, a few dozen.
const nCacheMax = 4096

// get gives the text of (id, n), from write the first time.
func (c *nCache) get(id string, n int, write func() string) string {
	k := nKey{id, n}
	c.mu.Lock()
	s, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return s
	}
	s = write()
	c.mu.Lock()
	if c.m == nil {
		c.m = map[nKey]string{}
	}
	if len(c.m) < nCacheMax {
		c.m[k] = s
	}
	c.mu.Unlock()
	return s
}
