// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The `kiln` sub-commands. Each takes the arguments after its own name and
// returns the process exit code: 0 success, 1 the input has errors / the run
// failed, 2 usage error (nothing was done).
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Kiln::Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

int validateCommand(const QStringList &arguments);
int runCommand(const QStringList &arguments);
int actionsCommand(const QStringList &arguments);
int schemaCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int changesCommand(const QStringList &arguments);
int diffCommand(const QStringList &arguments);
int pullCommand(const QStringList &arguments);
int publishCommand(const QStringList &arguments);
int logsCommand(const QStringList &arguments);
int lspCommand(const QStringList &arguments);

// The parser's help text with "kiln <command>" as the program name in the
// usage line, whatever path the executable was started from.
QString commandHelpText(const QCommandLineParser &parser, const QString &command);

} // namespace Kiln::Cli
