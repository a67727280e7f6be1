// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/failuretext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Kiln::FailureText {
namespace {

struct Entry
{
    Id id;
    const char *text;
    bool detail; // ": <more>" may follow the template (kept as it is)
};

// Most specific first: localized() takes the first template that matches.
constexpr std::array entries{
    Entry{ExitCode, QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 failed with exit code %2"), true},
    Entry{RebootRequested,
          QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 requested a reboot (exit code %2)"), false},
    Entry{LoopTimedOut,
          QT_TRANSLATE_NOOP("Kiln::FailureText", "the loop timed out after %1 s (in iteration %2)"),
          false},
    Entry{LoopIterationsFailed,
          QT_TRANSLATE_NOOP("Kiln::FailureText", "loop iteration(s) %1 failed"), false},
    Entry{NotRunAfterAbort,
          QT_TRANSLATE_NOOP("Kiln::FailureText",
                            "not run: step %1.%2 failed and its onFailure is Abort"),
          false},
    Entry{NotRunRunCancelled,
          QT_TRANSLATE_NOOP("Kiln::FailureText", "not run: the run was cancelled"), false},
    Entry{RunCancelled, QT_TRANSLATE_NOOP("Kiln::FailureText", "the run was cancelled"), false},
    Entry{CancelledBeforeStart,
          QT_TRANSLATE_NOOP("Kiln::FailureText", "cancelled before it started"), false},
    Entry{Cancelled, QT_TRANSLATE_NOOP("Kiln::FailureText", "cancelled"), false},
    Entry{
        NeedsPowerShell,
        QT_TRANSLATE_NOOP("Kiln::FailureText",
                          "ExecutePowerShell needs PowerShell (`pwsh`), which is not installed on "
                          "this machine; install PowerShell 7 or run this document on Windows"),
        false},
    Entry{WindowsOnly,
          QT_TRANSLATE_NOOP("Kiln::FailureText",
                            "%1 is a Windows-only module and cannot run on this machine; run the "
                            "document on Windows"),
          false},
    Entry{FailedToStart, QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 failed to start: %2"), false},
    Entry{CrashedBecause, QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 crashed: %2"), false},
    Entry{Crashed, QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 crashed"), false},
    Entry{TimedOut, QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 timed out"), false},
    Entry{WasCancelled, QT_TRANSLATE_NOOP("Kiln::FailureText", "%1 was cancelled"), false},
};

// The template as a whole-text pattern: each %N captures its argument (every
// template uses %1, %2 in order).
QRegularExpression patternOf(const Entry &entry)
{
    static const QRegularExpression placeholder(u"%\\d"_s);
    const QStringList literals = QString::fromUtf8(entry.text).split(placeholder);
    QStringList escaped;
    for (const QString &literal : literals)
        escaped << QRegularExpression::escape(literal);
    return QRegularExpression(u"\\A"_s + escaped.join(u"(.+?)"_s) +
                              (entry.detail ? u"(: [\\s\\S]*)?\\z"_s : u"\\z"_s));
}

} // namespace

QString english(Id id)
{
    for (const Entry &entry : entries) {
        if (entry.id == id)
            return QString::fromUtf8(entry.text);
    }
    return {};
}

QString localized(const QString &message)
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> list;
        for (const Entry &entry : entries)
            list.push_back(patternOf(entry));
        return list;
    }();
    for (size_t i = 0; i < entries.size(); ++i) {
        const QRegularExpressionMatch m = patterns[i].match(message);
        if (!m.hasMatch())
            continue;
        const QString source = QString::fromUtf8(entries[i].text);
        QString text = QCoreApplication::translate("Kiln::FailureText", entries[i].text);
        if (text == source)
            return message; // no translation installed: keep the text byte for byte
        // One multi-argument arg(): a '%1' inside a value is not replaced again.
        const int arguments = int(source.count(u'%'));
        if (arguments == 1)
            text = text.arg(m.captured(1));
        else if (arguments == 2)
            text = text.arg(m.captured(1), m.captured(2));
        if (entries[i].detail)
            text += m.captured(arguments + 1);
        return text;
    }
    // A phase's and a document's message name the failed step first
    // ("Step: ..." and "phase/Step: ..."; step names hold no blank or ':').
    static const QRegularExpression stepPrefix(u"\\A([^\\s:]+: )([\\s\\S]+)\\z"_s);
    const QRegularExpressionMatch m = stepPrefix.match(message);
    if (m.hasMatch()) {
        const QString rest = m.captured(2);
        if (!stepPrefix.match(rest).hasMatch()) { // one prefix, no deeper
            const QString translated = localized(rest);
            if (translated != rest)
                return m.captured(1) + translated;
        }
    }
    return message;
}

} // namespace Kiln::FailureText
