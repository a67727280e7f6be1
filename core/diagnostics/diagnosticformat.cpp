// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "diagnosticformat.h"

#include "diagnostics/codes.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QString sourceLine(const QByteArray &source, int line)
{
    qsizetype start = 0;
    for (int l = 1; l < line; ++l) {
        start = source.indexOf('\n', start);
        if (start < 0)
            return {};
        ++start;
    }
    qsizetype end = source.indexOf('\n', start);
    if (end < 0)
        end = source.size();
    QString text = QString::fromUtf8(source.mid(start, end - start));
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

// The severity as the text format prints it, in the user's language like GCC's
// "Fehler:"; JSON and SARIF keep severityName() for machines.
QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ValidatorTr::tr("error");
    case Severity::Warning:
        return ValidatorTr::tr("warning");
    case Severity::Info:
        return ValidatorTr::tr("info");
    case Severity::Hint:
        return ValidatorTr::tr("hint");
    }
    return severityName(severity);
}

} // namespace

QString formatDiagnostic(const Diagnostic &d, const QByteArray *source, bool color)
{
    // SGR sequences as GCC and Clang use them: bold location, red errors,
    // magenta warnings, cyan info, plain hints, green caret.
    const auto paint = [color](const QString &text, QStringView sgr) {
        return color ? u"\x1b["_s + sgr.toString() + u'm' + text + u"\x1b[0m"_s : text;
    };
    QString out = d.location.file;
    if (d.location.line > 0) {
        out += u':' + QString::number(d.location.line);
        if (d.location.column > 0)
            out += u':' + QString::number(d.location.column);
    }
    out = paint(out + u':', u"1");
    const QStringView sgr = d.severity == Severity::Error     ? u"1;31"
                            : d.severity == Severity::Warning ? u"1;35"
                            : d.severity == Severity::Info    ? u"1;36"
                                                              : u"1";
    out +=
        u' ' + paint(u"%1[%2]:"_s.arg(severityLabel(d.severity), d.code), sgr) + u' ' + d.message;
    if (source && d.location.line > 0 && d.location.column > 0) {
        const QString line = sourceLine(*source, d.location.line);
        if (!line.isEmpty()) {
            // Tabs keep their width in the caret line so the caret stays aligned.
            QString pad;
            const QList<uint> cps = line.toUcs4();
            for (int i = 0; i < d.location.column - 1 && i < cps.size(); ++i)
                pad += cps[i] == '\t' ? u'\t' : u' ';
            out += QStringLiteral("\n    ") + line + QStringLiteral("\n    ") + pad +
                   paint(u'^' + QString(std::max(0, d.length - 1), u'~'), u"1;32");
        }
    }
    return out;
}

QJsonArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics) {
        array.append(QJsonObject{{QStringLiteral("file"), d.location.file},
                                 {QStringLiteral("line"), d.location.line},
                                 {QStringLiteral("column"), d.location.column},
                                 {QStringLiteral("length"), d.length},
                                 {QStringLiteral("severity"), severityName(d.severity)},
                                 {QStringLiteral("code"), d.code},
                                 {QStringLiteral("message"), d.message}});
    }
    return array;
}

QJsonObject diagnosticsToSarif(const Diagnostics &diagnostics)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    // Rule metadata stays English whatever the locale: code-scanning services
    // show it to everyone who opens the results and index it across runs, and
    // the result messages are what carries the user's language.
    for (const CodeInfo &info : allCodes()) {
        const QString id = QString::fromLatin1(info.code);
        ruleIndex.insert(id, int(rules.size()));
        const QString explanation = QString::fromUtf8(info.explanation);
        rules.append(QJsonObject{
            {u"id"_s, id},
            {u"shortDescription"_s, QJsonObject{{u"text"_s, QString::fromUtf8(info.title)}}},
            {u"fullDescription"_s, QJsonObject{{u"text"_s, explanation}}},
            {u"help"_s, QJsonObject{{u"text"_s, explanation}}}});
    }
    QJsonArray results;
    for (const Diagnostic &d : diagnostics) {
        // Relative paths stay relative (code-scanning services resolve them against the
        // checkout); absolute ones become file: URIs.
        const QString uri = QDir::isAbsolutePath(d.location.file)
                                ? QUrl::fromLocalFile(d.location.file).toString(QUrl::FullyEncoded)
                                : QString::fromUtf8(QUrl::toPercentEncoding(
                                      QDir::fromNativeSeparators(d.location.file), "/"));
        QJsonObject physical{{u"artifactLocation"_s, QJsonObject{{u"uri"_s, uri}}}};
        if (d.location.line > 0) {
            QJsonObject region{{u"startLine"_s, d.location.line}};
            if (d.location.column > 0) {
                region.insert(u"startColumn"_s, d.location.column);
                region.insert(u"endColumn"_s, d.location.column + std::max(1, d.length));
            }
            physical.insert(u"region"_s, region);
        }
        QJsonObject result{
            {u"ruleId"_s, d.code},
            // SARIF has no info or hint level: both are "note".
            {u"level"_s, d.severity == Severity::Error     ? u"error"_s
                         : d.severity == Severity::Warning ? u"warning"_s
                                                           : u"note"_s},
            {u"message"_s, QJsonObject{{u"text"_s, d.message}}},
            {u"locations"_s, QJsonArray{QJsonObject{{u"physicalLocation"_s, physical}}}}};
        if (const auto it = ruleIndex.constFind(d.code); it != ruleIndex.constEnd())
            result.insert(u"ruleIndex"_s, *it);
        results.append(result);
    }
    const QJsonObject driver{
        {u"name"_s, u"kiln"_s}, {u"version"_s, QStringLiteral(KILN_VERSION)}, {u"rules"_s, rules}};
    return QJsonObject{
        {u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
        {u"version"_s, u"2.1.0"_s},
        {u"runs"_s, QJsonArray{QJsonObject{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
                                           // Kiln counts columns in code points.
                                           {u"columnKind"_s, u"unicodeCodePoints"_s},
                                           {u"results"_s, results}}}}};
}

} // namespace Kiln
