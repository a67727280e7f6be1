// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "quotedscalars.h"

#include <cctype>
#include <cstring>

namespace Kiln {

bool quotedScalarIsClosed(const QByteArray &utf8, qsizetype start)
{
    if (start < 0 || start >= utf8.size())
        return true;
    const char quote = utf8[start];
    if (quote != '\'' && quote != '"')
        return true;
    for (qsizetype i = start + 1; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (quote == '"' && c == '\\') {
            ++i; // skip the escaped character
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < utf8.size() && utf8[i + 1] == '\'')
                ++i; // '' is an escaped single quote
            else
                return true;
        }
    }
    return false;
}

namespace {

// Length of the hex digits an escape needs, 0 for single-character escapes, -1 if invalid.
int escapeArgumentLength(char c)
{
    switch (c) {
    case 'x':
        return 2;
    case 'u':
        return 4;
    case 'U':
        return 8;
    default:
        return std::strchr("0abt\tnvfre \"/\\N_LP\n", c) && c ? 0 : -1;
    }
}

// Offset of the '"' that opens the last double-quoted string starting before `offset`.
qsizetype openingQuoteBefore(const QByteArray &utf8, qsizetype offset)
{
    // Walk forward from the start, tracking quoting state; remember the last opening.
    qsizetype open = -1;
    char state = 0; // 0 outside, '\'' or '"' inside
    bool comment = false;
    for (qsizetype i = 0; i < offset && i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (comment) {
            comment = c != '\n';
            continue;
        }
        if (state == '"') {
            if (c == '\\')
                ++i;
            else if (c == '"')
                state = 0;
        } else if (state == '\'') {
            if (c == '\'' && i + 1 < utf8.size() && utf8[i + 1] == '\'')
                ++i;
            else if (c == '\'')
                state = 0;
        } else if (c == '#' && (i == 0 || std::isspace(static_cast<unsigned char>(utf8[i - 1])))) {
            comment = true;
        } else if (c == '"' || c == '\'') {
            // A quote opens a scalar only where a scalar can start.
            qsizetype p = i - 1;
            while (p >= 0 && utf8[p] == ' ')
                --p;
            if (p < 0 || std::strchr(":-[{,\n?", utf8[p])) {
                state = c;
                if (c == '"')
                    open = i;
            }
        }
    }
    return open; // the string the scan was in, or the last one before it
}

} // namespace

qsizetype findInvalidEscape(const QByteArray &utf8, qsizetype errorOffset)
{
    const qsizetype open = openingQuoteBefore(utf8, errorOffset);
    if (open < 0)
        return -1;
    for (qsizetype i = open + 1; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '"')
            return -1;
        if (c != '\\')
            continue;
        if (i + 1 >= utf8.size())
            return i;
        const int hex = escapeArgumentLength(utf8[i + 1]);
        if (hex < 0)
            return i;
        for (int k = 0; k < hex; ++k) {
            if (i + 2 + k >= utf8.size() || !std::isxdigit(static_cast<unsigned char>(utf8[i + 2 + k])))
                return i;
        }
        i += 1 + hex;
    }
    return -1;
}

} // namespace Kiln
