// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// QCommandLineParser's help names the executable as it was typed
// ("Usage: build/bin/kiln [options]"); a sub-command's help must say
// "kiln run [options]" or a newcomer copies a command line that does not work.
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.isEmpty() ? QString() : arguments.constFirst();
    const qsizetype lineEnd = text.indexOf(u'\n');
    // The first line is "<Usage:> <program> [options] ..." in any language.
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), u"kiln "_s + command);
    return text;
}

} // namespace Kiln::Cli
