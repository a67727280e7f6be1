// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "lsp/lspconvert.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Kiln::Lsp {

QJsonObject position(const SourceLines &lines, Mark mark)
{
    const int line = std::max(1, mark.line);
    return {{u"line"_s, line - 1}, {u"character"_s, lines.utf16OfColumn(line, mark.column)}};
}

QJsonObject range(const SourceLines &lines, Mark start, Mark end)
{
    return {{u"start"_s, position(lines, start)}, {u"end"_s, position(lines, end)}};
}

Span span(const SourceLines &lines, Mark start, int length)
{
    if (start.line < 1)
        start = {1, 1};
    if (start.column < 1)
        start.column = 1;
    const int from = lines.utf16OfColumn(start.line, start.column);
    int to = lines.utf16OfColumn(start.line, start.column + length);
    if (length <= 0) {
        const QStringView text = lines.lineView(start.line);
        to = from;
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        if (to == from)
            to = int(text.size()); // at white space: the rest of the line
    }
    return {start.line - 1, from, start.line - 1, to};
}

QJsonObject range(const SourceLines &lines, Mark start, int length)
{
    const Span s = span(lines, start, length);
    return {{u"start"_s, QJsonObject{{u"line"_s, s.line}, {u"character"_s, s.character}}},
            {u"end"_s, QJsonObject{{u"line"_s, s.endLine}, {u"character"_s, s.endCharacter}}}};
}

Mark markOf(const SourceLines &lines, const QJsonObject &position)
{
    const int line =
        std::clamp(position.value(u"line"_s).toInt() + 1, 1, std::max(1, lines.lineCount()));
    const int character = std::max(0, position.value(u"character"_s).toInt());
    return {line, lines.columnOfUtf16(line, character)};
}

int severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return 1;
    case Severity::Warning:
        return 2;
    case Severity::Info:
        return 3;
    case Severity::Hint:
        return 4;
    }
    return 1;
}

QString codeExplanationUrl(const QString &code)
{
    return QStringLiteral(KILN_REPOSITORY_URL "/blob/main/docs/diagnostic-codes.md#") +
           code.toLower();
}

void appendJsonString(QByteArray &json, QStringView text)
{
    json += '"';
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            // A run of non-ASCII text at once, so surrogate pairs stay together.
            qsizetype j = i;
            while (j < text.size() && text[j].unicode() >= 0x80)
                ++j;
            json += text.mid(i, j - i).toUtf8();
            i = j;
            continue;
        }
        if (u == u'"' || u == u'\\') {
            json += '\\';
            json += char(u);
        } else if (u < 0x20) {
            json += "\\u00";
            json += "0123456789abcdef"[u >> 4];
            json += "0123456789abcdef"[u & 15];
        } else {
            json += char(u);
        }
        ++i;
    }
    json += '"';
}

void appendDiagnostic(QByteArray &json, const SourceLines &lines, const Diagnostic &d)
{
    const Span r = span(lines, Mark{d.location.line, d.location.column}, d.length);
    json += "{\"range\":{\"start\":{\"line\":" + QByteArray::number(r.line) +
            ",\"character\":" + QByteArray::number(r.character) +
            "},\"end\":{\"line\":" + QByteArray::number(r.endLine) +
            ",\"character\":" + QByteArray::number(r.endCharacter) +
            "}},\"severity\":" + QByteArray::number(severity(d.severity)) + ",\"code\":";
    appendJsonString(json, d.code);
    json += ",\"codeDescription\":{\"href\":";
    appendJsonString(json, codeExplanationUrl(d.code));
    json += "},\"source\":\"kiln\",\"message\":";
    appendJsonString(json, d.message);
    json += '}';
}

QJsonObject diagnostic(const SourceLines &lines, const Diagnostic &d)
{
    QByteArray json;
    appendDiagnostic(json, lines, d);
    return QJsonDocument::fromJson(json).object();
}

QJsonObject textEdit(const SourceLines &lines, const TextEdit &edit)
{
    return {{u"range"_s, range(lines, edit.start, edit.end)}, {u"newText"_s, edit.newText}};
}

} // namespace Kiln::Lsp
