package tui

import (
	"io"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Colours are the 16 ANSI colours, so they follow the terminal's own theme (light or dark) and need
// no background query. Nothing is said by colour alone: every state also has a glyph or a word
// ("✓ eligible", "✗ not eligible", "▼ capped"), so NO_COLOR and dumb terminals lose nothing.
var (
	colorAccent = lipgloss.Color("6") // cyan
	colorGood   = lipgloss.Color("2") // green
	colorBad    = lipgloss.Color("1") // red
	colorWarn   = lipgloss.Color("3") // yellow
	colorMuted  = lipgloss.Color("8") // bright black
)

// Styles are every style of the program, built once from one renderer.
type Styles struct {
	Title    lipgloss.Style // program name in the header
	Muted    lipgloss.Style // secondary text
	Bold     lipgloss.Style
	Accent   lipgloss.Style
	Good     lipgloss.Style // ✓ eligible
	Bad      lipgloss.Style // ✗ not eligible, errors
	Warn     lipgloss.Style // warnings and caps
	Total    lipgloss.Style // the big CRS total
	Section  lipgloss.Style // section headings of the result
	Rule     lipgloss.Style // horizontal rules
	Panel    lipgloss.Style // the side panel of the wizard
	Dialog   lipgloss.Style // boxes of the dialogs
	Selected lipgloss.Style // the chosen line of a menu
	Done     lipgloss.Style // the done part of the progress bar
	Todo     lipgloss.Style // the rest of the progress bar
	Help     help.Styles
	Form     *huh.Theme
}

// NewStyles builds the styles with a renderer (its colour profile decides whether colours show).
func NewStyles(r *lipgloss.Renderer) *Styles { return newStyles(r, nil) }

// newStyles builds the styles; attrs, when not nil, draws the text cursor. NO_COLOR asks for no
// colour, and termenv then drops every attribute, reverse video included, which leaves a text
// field's cursor invisible: the cursor is drawn by a renderer that keeps attributes (the
// cursor has no colour of its own then).
func newStyles(r, attrs *lipgloss.Renderer) *Styles {
	s := &Styles{
		Title:    r.NewStyle().Bold(true).Foreground(colorAccent),
		Muted:    r.NewStyle().Foreground(colorMuted),
		Bold:     r.NewStyle().Bold(true),
		Accent:   r.NewStyle().Foreground(colorAccent),
		Good:     r.NewStyle().Foreground(colorGood),
		Bad:      r.NewStyle().Foreground(colorBad),
		Warn:     r.NewStyle().Foreground(colorWarn),
		Total:    r.NewStyle().Bold(true).Foreground(colorAccent),
		Section:  r.NewStyle().Bold(true),
		Rule:     r.NewStyle().Foreground(colorMuted),
		Panel:    r.NewStyle().Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(colorMuted).PaddingLeft(1),
		Dialog:   r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(colorAccent).Padding(0, 1),
		Selected: r.NewStyle().Bold(true).Foreground(colorAccent),
		Done:     r.NewStyle().Foreground(colorAccent),
		Todo:     r.NewStyle().Foreground(colorMuted),
	}
	s.Help = help.Styles{
		ShortKey:       r.NewStyle().Bold(true),
		ShortDesc:      r.NewStyle().Foreground(colorMuted),
		ShortSeparator: r.NewStyle().Foreground(colorMuted),
		Ellipsis:       r.NewStyle().Foreground(colorMuted),
		FullKey:        r.NewStyle().Bold(true),
		FullDesc:       r.NewStyle().Foreground(colorMuted),
		FullSeparator:  r.NewStyle().Foreground(colorMuted),
	}
	s.Form = formTheme(s)
	if attrs != nil {
		s.Form.Focused.TextInput.Cursor = attrs.NewStyle()
	}
	return s
}

// attributesRenderer is a renderer that draws attributes (reverse video, bold) but no colour, for
// a terminal where NO_COLOR (or CLICOLOR=0) is set; nil elsewhere, where the colour profile is
// the terminal's own (a pipe or a file gets no escape codes at all).
func attributesRenderer(out io.Writer, tty bool) *lipgloss.Renderer {
	if !tty || !termenv.NewOutput(out).EnvNoColor() {
		return nil
	}
	r := lipgloss.NewRenderer(out)
	r.SetColorProfile(termenv.ANSI)
	r.SetHasDarkBackground(true)
	return r
}

// formTheme is huh's base16 theme (ANSI colours) with yes/no buttons that read without colour:
// the chosen one is "(•) Yes", the other "( ) No".
func formTheme(s *Styles) *huh.Theme {
	t := huh.ThemeBase16()
	chosen := func(v string) string { return "(•) " + v }
	other := func(v string) string { return "( ) " + v }
	for _, f := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
		f.FocusedButton = f.FocusedButton.Transform(chosen)
		f.BlurredButton = f.BlurredButton.Transform(other)
		f.ErrorIndicator = f.ErrorIndicator.SetString(" ✗")
	}
	t.Help = s.Help
	return t
}

// plainTheme is the theme of accessible mode: no colour, no decoration, only words.
func plainTheme() *huh.Theme {
	t := huh.ThemeBase()
	plain := lipgloss.NewStyle()
	for _, f := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
		f.Title, f.Description, f.Base = plain, plain, plain
	}
	return t
}
