// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// libFuzzer target (a): YAML text -> Document -> Validator, the path every
// keystroke in the studio and every `kiln validate` takes.
#include "document/document.h"
#include "validate/validator.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Kiln::Document document = Kiln::Document::fromText(bytes, u"fuzz.yaml"_s);
    for (const char16_t *platform : {u"linux", u"windows"}) {
        Kiln::ValidationOptions options;
        options.osPlatform = QString::fromUtf16(platform);
        const Kiln::Diagnostics diagnostics = Kiln::Validator(options).validate(document);
        (void)diagnostics;
    }
    return 0;
}
