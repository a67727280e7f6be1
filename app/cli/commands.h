// The `kiln` sub-commands. Each takes the arguments after its own name and
// returns the process exit code: 0 success, 1 the input has errors / the run
// failed, 2 usage error (nothing was done).
#pragma once

#include <QStringList>

namespace Kiln::Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

int validateCommand(const QStringList &arguments);
int runCommand(const QStringList &arguments);
int actionsCommand(const QStringList &arguments);
int schemaCommand(const QStringList &arguments);

} // namespace Kiln::Cli
