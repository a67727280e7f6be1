// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SIGPIPE, raised by a write to a pipe that has no reader, kills a process by
// default. Kiln's stdout may be such a pipe (`kiln run ... | head -1`), and
// dying there would leave the running step's processes behind and lose the
// reports. So Kiln ignores the signal: the write fails with EPIPE instead,
// and the writer copes (ConsoleReporter stops writing to stdout; console.log
// still gets everything). The steps' processes are not affected: QProcess
// resets SIGPIPE to its default in the child before exec, so a pipeline in a
// step (`yes | head -1`) ends the way it does in a shell (tst_fault_processes).
#pragma once

namespace Kiln {

// Once, at the start of main() (kiln and kiln-studio).
void ignoreBrokenPipe();

} // namespace Kiln
