// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: the 14 encoding names of AppendFile, CreateFile, ReadFile and SetFileEncoding and
// the conversions between them and QString.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <optional>

namespace Kiln::FileOps {

std::optional<QStringConverter::Encoding> parseEncoding(QStringView name);
QString encodingNames();
// No byte-order mark is written for any encoding: the spec leaves it open ([REC]: only if tests
// require one), and BOM-less output keeps AppendFile after CreateFile byte-exact and composable.
QByteArray encodeText(const QString &text, QStringConverter::Encoding encoding);
// A leading byte-order mark for `encoding` is dropped; invalid sequences become U+FFFD and
// clear *valid.
QString decodeText(const QByteArray &bytes, QStringConverter::Encoding encoding, bool *valid);

} // namespace Kiln::FileOps
