package ledgertest

import "syscall"

// sysProcAttr has the kernel kill the server when the test binary exits.
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} }
