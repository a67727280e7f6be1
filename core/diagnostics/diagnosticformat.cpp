#include "diagnosticformat.h"

#include <QJsonObject>

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

} // namespace

QString formatDiagnostic(const Diagnostic &d, const QByteArray *source)
{
    QString out = d.location.file;
    if (d.location.line > 0) {
        out += u':' + QString::number(d.location.line);
        if (d.location.column > 0)
            out += u':' + QString::number(d.location.column);
    }
    out += QStringLiteral(": %1[%2]: %3").arg(severityName(d.severity), d.code, d.message);
    if (source && d.location.line > 0 && d.location.column > 0) {
        const QString line = sourceLine(*source, d.location.line);
        if (!line.isEmpty()) {
            // Tabs keep their width in the caret line so the caret stays aligned.
            QString pad;
            const QList<uint> cps = line.toUcs4();
            for (int i = 0; i < d.location.column - 1 && i < cps.size(); ++i)
                pad += cps[i] == '\t' ? u'\t' : u' ';
            out += QStringLiteral("\n    ") + line + QStringLiteral("\n    ") + pad + u'^' +
                   QString(std::max(0, d.length - 1), u'~');
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

} // namespace Kiln
