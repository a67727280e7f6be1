// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Which operating system a document is meant for, guessed from its actions,
// so that the studio validates a Windows component as Windows even on Linux
// (the CLI asks for --os-platforms instead; an editor has no flag to pass).
#pragma once

#include <QString>

namespace Kiln {

class Document;

// `preferred` ("linux", "windows" or "darwin") when every action of `document`
// runs there (or nothing is known); otherwise the first platform, in the order
// linux, windows, darwin, on which all of them run; `preferred` if none does.
QString guessDocumentPlatform(const Document &document, const QString &preferred);

} // namespace Kiln
