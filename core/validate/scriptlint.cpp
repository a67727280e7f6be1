// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "scriptlint.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "expr/reference.h"
#include "expr/scalarlocator.h"
#include "i18n/tr.h"
#include "validate/reporter.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// One ExecuteBash step's commands, joined the way the executor joins them.
struct Script
{
    const YamlNode *commands = nullptr;  // the list, for problems with the whole script
    std::vector<const YamlNode *> items; // each list item (a scalar or null)
    std::vector<qsizetype> itemStarts;   // offset of each item in `text`
    std::vector<qsizetype> lineStarts;   // offset of each line in `text`
    QString text;
    QString masked;                                    // what ShellCheck reads
    std::vector<std::pair<qsizetype, qsizetype>> refs; // masked references (start, length)
};

// ShellCheck codes that only say "this word is a constant" or "this is not a
// number": true of the placeholder, unknown for the value substituted at run time.
bool isPlaceholderArtifact(int code)
{
    switch (code) {
    case 2043: // this loop will only ever run once
    case 2050: // this expression is constant
    case 2078: // this expression is constant ([ "x" ])
    case 2152: // can only return 0-255
    case 2157: // argument to -z/-n is always false/true
    case 2170: // invalid number for -gt
    case 2193: // the arguments to this comparison can never be equal
    case 2194: // this word is constant (case)
    case 2242: // can only exit with status 0-255
        return true;
    default:
        return false;
    }
}

std::vector<Script> collectScripts(const Document &doc)
{
    std::vector<Script> scripts;
    for (const Phase &phase : doc.phases) {
        for (const Step &step : phase.steps) {
            if (step.action != u"ExecuteBash" || !step.inputs || !step.inputs->isMap())
                continue;
            const YamlNode *commands = step.inputs->value(u"commands");
            // Other shapes are the input checks' business (K3018); nothing to lint.
            if (!commands || !commands->isSequence() || commands->items.empty())
                continue;
            Script s;
            s.commands = commands;
            bool scalars = true;
            for (const YamlNode &item : commands->items) {
                if (!item.isScalar() && !item.isNull()) {
                    scalars = false;
                    break;
                }
                if (!s.items.empty())
                    s.text += u'\n';
                s.itemStarts.push_back(s.text.size());
                s.items.push_back(&item);
                if (item.isScalar())
                    s.text += item.text;
            }
            if (!scalars)
                continue;
            s.text += u'\n'; // the executor ends the script with a line break too
            s.masked = maskReferences(s.text, &s.refs);
            s.lineStarts.push_back(0);
            for (qsizetype i = 0; i < s.text.size(); ++i) {
                if (s.text.at(i) == u'\n')
                    s.lineStarts.push_back(i + 1);
            }
            scripts.push_back(std::move(s));
        }
    }
    return scripts;
}

// UTF-16 offset of 1-based code-point `column` on the line starting at `lineStart`.
qsizetype offsetOfColumn(const QString &text, qsizetype lineStart, int column)
{
    qsizetype i = lineStart;
    for (int c = 1; c < column && i < text.size() && text.at(i) != u'\n'; ++c)
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
}

// ShellCheck's level as a Kiln severity: never an error (see scriptlint.h).
Severity severityOfLevel(QStringView level)
{
    if (level == u"info")
        return Severity::Info;
    if (level == u"style")
        return Severity::Hint;
    return Severity::Warning;
}

// `message` with every placeholder it quotes replaced by the reference it masks,
// preferring the references in the finding's own span [from, to) of the script.
QString unmaskMessage(const Script &script, QString message, qsizetype from, qsizetype to)
{
    if (!message.contains(u"KILN_"))
        return message;
    std::vector<std::pair<qsizetype, qsizetype>> refs = script.refs;
    // Near ones first, then longer before shorter so a short placeholder never
    // replaces the start of a longer one.
    std::stable_sort(refs.begin(), refs.end(), [&](const auto &a, const auto &b) {
        const bool nearA = a.first < to && a.first + a.second > from;
        const bool nearB = b.first < to && b.first + b.second > from;
        return nearA != nearB ? nearA : a.second > b.second;
    });
    for (const auto &[start, length] : refs) {
        const QString masked = script.masked.mid(start, length);
        const qsizetype at = message.indexOf(masked);
        if (at >= 0)
            message.replace(at, masked.size(), script.text.mid(start, length));
    }
    return message;
}

} // namespace

struct ScriptLintRun::Private
{
    Private(const Document &doc, const ValidationOptions &runOptions)
        : options(runOptions), reporter(doc.filePath()), locator(doc.source()),
          scripts(collectScripts(doc)),
          program(runOptions.shellcheckProgram.isEmpty() ? findShellcheck()
                                                         : runOptions.shellcheckProgram)
    {
    }

    void report(const Script &script, const QJsonObject &comment);
    void failed(const QString &why);

    const ValidationOptions &options;
    Reporter reporter;
    ScalarLocator locator;
    std::vector<Script> scripts;
    QString program;
    std::unique_ptr<QTemporaryDir> dir;
};

ScriptLintRun::ScriptLintRun(const Document &doc, const ValidationOptions &options)
    : d(std::make_unique<Private>(doc, options))
{
}

ScriptLintRun::~ScriptLintRun() = default;

bool ScriptLintRun::needed() const
{
    // No shellcheck installed: linting is a bonus, never a failure.
    return !d->scripts.empty() && !d->program.isEmpty();
}

bool ScriptLintRun::start(QProcess &process)
{
    d->dir = std::make_unique<QTemporaryDir>();
    if (!d->dir->isValid()) {
        d->failed(ValidatorTr::tr("cannot create a temporary folder for the scripts: %1")
                      .arg(d->dir->errorString()));
        return false;
    }
    // One process for all steps: ShellCheck's start-up dominates its run time.
    QStringList arguments{u"--format=json1"_s, u"--shell=bash"_s,
                          // The same findings on every machine: a user's ~/.shellcheckrc
                          // does not apply; disable comments in the commands do.
                          u"--norc"_s};
    if (!d->options.shellcheckExclude.isEmpty())
        arguments << u"--exclude="_s + d->options.shellcheckExclude.join(u',');
    for (size_t i = 0; i < d->scripts.size(); ++i) {
        const QString name = u"step-%1.sh"_s.arg(i);
        QFile f(d->dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(d->scripts[i].masked.toUtf8()) < 0) {
            d->failed(ValidatorTr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
            return false;
        }
        arguments << name;
    }
    process.setWorkingDirectory(d->dir->path());
    process.start(d->program, arguments);
    if (!process.waitForStarted(d->options.scriptLintTimeoutMs)) {
        d->failed(ValidatorTr::tr("cannot start %1: %2").arg(d->program, process.errorString()));
        return false;
    }
    process.closeWriteChannel();
    return true;
}

void ScriptLintRun::timedOut()
{
    d->failed(ValidatorTr::tr("shellcheck did not finish within %1 s; the scripts were not linted")
                  .arg(d->options.scriptLintTimeoutMs / 1000.0));
}

void ScriptLintRun::finish(QProcess &process)
{
    // Exit status: 0 = clean, 1 = findings; anything else is a failure.
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1) {
        d->failed(ValidatorTr::tr("shellcheck failed (exit status %1): %2")
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
        return;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        d->failed(ValidatorTr::tr("cannot read shellcheck's output: %1").arg(error.errorString()));
        return;
    }
    for (const QJsonValue &c : json.object().value(u"comments"_s).toArray()) {
        const QJsonObject comment = c.toObject();
        const QString file = comment.value(u"file"_s).toString();
        bool ok = false;
        const qsizetype index = file.mid(5, file.size() - 8).toLongLong(&ok);
        if (!ok || !file.startsWith(u"step-") || index < 0 || size_t(index) >= d->scripts.size())
            continue;
        d->report(d->scripts[size_t(index)], comment);
    }
}

Diagnostics ScriptLintRun::takeDiagnostics()
{
    return d->reporter.take();
}

void ScriptLintRun::Private::report(const Script &script, const QJsonObject &comment)
{
    const int line = comment.value(u"line"_s).toInt();
    const int column = std::max(1, comment.value(u"column"_s).toInt());
    const int endLine = comment.value(u"endLine"_s).toInt();
    const int endColumn = comment.value(u"endColumn"_s).toInt();
    if (line < 1 || size_t(line) > script.lineStarts.size())
        return;
    const qsizetype lineStart = script.lineStarts[size_t(line - 1)];
    const qsizetype offset = offsetOfColumn(script.text, lineStart, column);
    qsizetype end = endLine == line ? offsetOfColumn(script.text, lineStart, endColumn)
                                    : script.text.indexOf(u'\n', offset);
    if (end < offset)
        end = offset;
    // Lines of the finding, from the start of the first to the end of the last.
    const size_t last = size_t(std::clamp(endLine, line, int(script.lineStarts.size())));
    const qsizetype linesEnd =
        last < script.lineStarts.size() ? script.lineStarts[last] : script.text.size();
    if (isPlaceholderArtifact(comment.value(u"code"_s).toInt())) {
        for (const auto &[start, length] : script.refs) {
            if (start < linesEnd && start + length > lineStart)
                return;
        }
    }

    // Which list item holds the offset, and where inside it.
    const auto it = std::upper_bound(script.itemStarts.begin(), script.itemStarts.end(), offset);
    const size_t item = size_t(std::max<ptrdiff_t>(0, it - script.itemStarts.begin() - 1));
    const YamlNode &node = *script.items[item];
    const qsizetype inner = std::min(offset - script.itemStarts[item], qsizetype(node.text.size()));
    const Mark mark = locator.markAt(node, inner);
    const int length =
        std::max(1, ScalarLocator::codePoints(QStringView(script.text).mid(offset, end - offset)));

    const QString level = comment.value(u"level"_s).toString();
    const QString message =
        unmaskMessage(script, comment.value(u"message"_s).toString(), lineStart, linesEnd);
    reporter.reportAt(severityOfLevel(level), Codes::ShellcheckFinding, mark,
                      ValidatorTr::tr("SC%1: %2 (shellcheck %3)")
                          .arg(comment.value(u"code"_s).toInt())
                          .arg(message, level),
                      length);
}

void ScriptLintRun::Private::failed(const QString &why)
{
    reporter.report(Severity::Warning, Codes::ScriptLintFailed, *scripts.front().commands,
                    ValidatorTr::tr("the ExecuteBash scripts were not linted: %1").arg(why));
}

QString findShellcheck()
{
    return QStandardPaths::findExecutable(u"shellcheck"_s);
}

QString maskReferences(const QString &script, std::vector<std::pair<qsizetype, qsizetype>> *spans)
{
    static const QString placeholder = u"KILN_REF"_s;
    QString out = script;
    for (const Reference &ref : parseReferences(script)) {
        if (ref.kind == Reference::Kind::Unterminated)
            continue; // no closing braces: leave the text as the shell will see it
        if (spans)
            spans->emplace_back(ref.start, ref.length);
        for (qsizetype i = 0; i < ref.length; ++i) {
            QChar &c = out[ref.start + i];
            if (c != u'\n')
                c = i < placeholder.size() ? placeholder.at(i) : u'_';
        }
    }
    return out;
}

Diagnostics lintScripts(const Document &doc, const ValidationOptions &options,
                        const std::atomic<bool> *cancel)
{
    ScriptLintRun run(doc, options);
    if (!run.needed())
        return {};
    QProcess process;
    if (run.start(process)) {
        const QDeadlineTimer deadline(options.scriptLintTimeoutMs);
        // Waits in slices only to hear a cancel; without one, one wait.
        const int slice = cancel ? 100 : options.scriptLintTimeoutMs;
        while (!process.waitForFinished(int(std::min<qint64>(slice, deadline.remainingTime()))) &&
               process.state() != QProcess::NotRunning) {
            if (deadline.hasExpired() || (cancel && *cancel))
                break;
        }
        if (process.state() == QProcess::NotRunning) {
            run.finish(process);
        } else {
            process.kill();
            process.waitForFinished(1000);
            if (!cancel || !*cancel)
                run.timedOut();
        }
    }
    return run.takeDiagnostics();
}

void checkScripts(const Document &doc, const ValidationOptions &options, Reporter &reporter)
{
    for (Diagnostic &d : lintScripts(doc, options))
        reporter.add(std::move(d));
}

} // namespace Kiln
