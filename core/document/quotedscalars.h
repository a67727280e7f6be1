// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Source scans that make up for two leniencies of yaml-cpp: it accepts a quoted
// scalar left open at the end of the file, and it reports a bad escape in a
// double-quoted string where the scan stopped (often the next line) instead of
// at the backslash. Both work on the UTF-8 text with byte offsets.
#pragma once

#include <QByteArray>

namespace Kiln {

// `start` is the offset of a quote character that opens a scalar. Returns true
// when the matching closing quote exists (YAML rules: '' inside single quotes,
// backslash escapes inside double quotes).
bool quotedScalarIsClosed(const QByteArray &utf8, qsizetype start);

// Finds the invalid escape sequence of the double-quoted string that encloses or
// precedes `errorOffset`; returns the offset of its backslash, or -1.
qsizetype findInvalidEscape(const QByteArray &utf8, qsizetype errorOffset);

} // namespace Kiln
