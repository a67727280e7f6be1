#include "scriptlint.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "expr/reference.h"
#include "expr/scalarlocator.h"
#include "validate/reporter.h"
#include "validate/validator.h"

#include <QCoreApplication>
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

class ShellcheckRun
{
public:
    ShellcheckRun(const Document &doc, const ValidationOptions &options, Reporter &reporter)
        : m_options(options), m_reporter(reporter), m_locator(doc.source())
    {
    }

    void run(const QString &program, const std::vector<Script> &scripts)
    {
        const YamlNode &first = *scripts.front().commands;
        QTemporaryDir dir;
        if (!dir.isValid()) {
            failed(first,
                   QCoreApplication::translate(
                       "Kiln::Validator", "cannot create a temporary folder for the scripts: %1")
                       .arg(dir.errorString()));
            return;
        }
        // One process for all steps: ShellCheck's start-up dominates its run time.
        QStringList arguments{u"--format=json1"_s, u"--shell=bash"_s,
                              // The same findings on every machine: a user's ~/.shellcheckrc
                              // does not apply; disable comments in the commands do.
                              u"--norc"_s};
        for (size_t i = 0; i < scripts.size(); ++i) {
            const QString name = u"step-%1.sh"_s.arg(i);
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(scripts[i].masked.toUtf8()) < 0) {
                failed(first, QCoreApplication::translate("Kiln::Validator", "cannot write %1: %2")
                                  .arg(f.fileName(), f.errorString()));
                return;
            }
            arguments << name;
        }
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(program, arguments);
        if (!process.waitForStarted(m_options.scriptLintTimeoutMs)) {
            failed(first, QCoreApplication::translate("Kiln::Validator", "cannot start %1: %2")
                              .arg(program, process.errorString()));
            return;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(m_options.scriptLintTimeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            failed(first, QCoreApplication::translate(
                              "Kiln::Validator",
                              "shellcheck did not finish within %1 s; the scripts were not linted")
                              .arg(m_options.scriptLintTimeoutMs / 1000.0));
            return;
        }
        // Exit status: 0 = clean, 1 = findings; anything else is a failure.
        const QByteArray output = process.readAllStandardOutput();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1) {
            failed(first, QCoreApplication::translate("Kiln::Validator",
                                                      "shellcheck failed (exit status %1): %2")
                              .arg(process.exitCode())
                              .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
            return;
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(output, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            failed(first, QCoreApplication::translate("Kiln::Validator",
                                                      "cannot read shellcheck's output: %1")
                              .arg(error.errorString()));
            return;
        }
        for (const QJsonValue &c : json.object().value(u"comments"_s).toArray()) {
            const QJsonObject comment = c.toObject();
            const QString file = comment.value(u"file"_s).toString();
            bool ok = false;
            const qsizetype index = file.mid(5, file.size() - 8).toLongLong(&ok);
            if (!ok || !file.startsWith(u"step-") || index < 0 || size_t(index) >= scripts.size())
                continue;
            report(scripts[size_t(index)], comment);
        }
    }

private:
    void report(const Script &script, const QJsonObject &comment)
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
        if (isPlaceholderArtifact(comment.value(u"code"_s).toInt())) {
            // Lines of the finding, from the start of the first to the end of the last.
            const qsizetype from = lineStart;
            const size_t last = size_t(std::clamp(endLine, line, int(script.lineStarts.size())));
            const qsizetype to =
                last < script.lineStarts.size() ? script.lineStarts[last] : script.text.size();
            for (const auto &[start, length] : script.refs) {
                if (start < to && start + length > from)
                    return;
            }
        }

        // Which list item holds the offset, and where inside it.
        const auto it =
            std::upper_bound(script.itemStarts.begin(), script.itemStarts.end(), offset);
        const size_t item = size_t(std::max<ptrdiff_t>(0, it - script.itemStarts.begin() - 1));
        const YamlNode &node = *script.items[item];
        const qsizetype inner =
            std::min(offset - script.itemStarts[item], qsizetype(node.text.size()));
        const Mark mark = m_locator.markAt(node, inner);
        const int length = std::max(
            1, ScalarLocator::codePoints(QStringView(script.text).mid(offset, end - offset)));

        const QString level = comment.value(u"level"_s).toString();
        // Every finding is a warning, ShellCheck's "error" level included: the script is
        // not part of the document schema, AWSTOE accepts the document either way, and a
        // false positive must not fail a CI job. `--no-lint` turns the whole check off.
        m_reporter.reportAt(
            Severity::Warning, Codes::ShellcheckFinding, mark,
            QCoreApplication::translate("Kiln::Validator", "SC%1: %2 (shellcheck %3)")
                .arg(comment.value(u"code"_s).toInt())
                .arg(comment.value(u"message"_s).toString(), level),
            length);
    }

    void failed(const YamlNode &at, const QString &why)
    {
        m_reporter.report(Severity::Warning, Codes::ScriptLintFailed, at,
                          QCoreApplication::translate("Kiln::Validator",
                                                      "the ExecuteBash scripts were not linted: %1")
                              .arg(why));
    }

    const ValidationOptions &m_options;
    Reporter &m_reporter;
    ScalarLocator m_locator;
};

} // namespace

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

void checkScripts(const Document &doc, const ValidationOptions &options, Reporter &reporter)
{
    const std::vector<Script> scripts = collectScripts(doc);
    if (scripts.empty())
        return;
    const QString program =
        options.shellcheckProgram.isEmpty() ? findShellcheck() : options.shellcheckProgram;
    if (program.isEmpty())
        return; // not installed: linting is a bonus, never a failure
    ShellcheckRun(doc, options, reporter).run(program, scripts);
}

} // namespace Kiln
