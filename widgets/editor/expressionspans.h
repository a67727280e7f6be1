// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Finds `{{ ... }}` expression spans in one line of text, for the highlighters
// that overlay them on top of their lexical colours (built-in and KF6 alike).
#pragma once

#include <QList>
#include <QString>

namespace Kiln {

struct TextSpan
{
    int start = 0;
    int length = 0;
};

// Closed `{{ ... }}` spans in `text`, braces included; an unclosed `{{` yields nothing.
QList<TextSpan> expressionSpans(const QString &text);

} // namespace Kiln
