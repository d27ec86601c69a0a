//go:build !linux

package ledgertest

import "syscall"

func sysProcAttr() *syscall.SysProcAttr { return nil }
