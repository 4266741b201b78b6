//go:build devstub

package main

func (e *env) improve(args []string) int       { return 2 }
func (e *env) wizard(args []string, o bool) int { return 2 }
