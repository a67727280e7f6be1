// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/textencoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

std::optional<QStringConverter::Encoding> parseEncoding(QStringView name)
{
    using E = QStringConverter::Encoding;
    const QString n = name.toString().toLower();
    if (n == "utf8"_L1 || n == "utf-8"_L1)
        return E::Utf8;
    // Without a suffix AWSTOE means little-endian (spec 5.3), not Qt's host order + BOM.
    if (n == "utf16"_L1 || n == "utf-16"_L1 || n == "utf16-le"_L1 || n == "utf-16-le"_L1)
        return E::Utf16LE;
    if (n == "utf16-be"_L1 || n == "utf-16-be"_L1)
        return E::Utf16BE;
    if (n == "utf32"_L1 || n == "utf-32"_L1 || n == "utf32-le"_L1 || n == "utf-32-le"_L1)
        return E::Utf32LE;
    if (n == "utf32-be"_L1 || n == "utf-32-be"_L1)
        return E::Utf32BE;
    return std::nullopt;
}

QString encodingNames()
{
    return u"utf8, utf-8, utf16, utf-16, utf16-LE, utf-16-LE, utf16-BE, utf-16-BE, utf32, "
           u"utf-32, utf32-LE, utf-32-LE, utf32-BE, utf-32-BE"_s;
}

QByteArray encodeText(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

QString decodeText(const QByteArray &bytes, QStringConverter::Encoding encoding, bool *valid)
{
    // Stateless so a truncated last sequence counts as an error instead of being held back.
    // Qt's decoder drops a leading byte-order mark of the decoded encoding itself. It does not
    // flag a UTF-32 tail of 1-3 bytes, hence the size check.
    using E = QStringConverter::Encoding;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    const qsizetype unit = (encoding == E::Utf32LE || encoding == E::Utf32BE)   ? 4
                           : (encoding == E::Utf16LE || encoding == E::Utf16BE) ? 2
                                                                                : 1;
    *valid = !decoder.hasError() && bytes.size() % unit == 0;
    return text;
}

} // namespace Kiln::FileOps
