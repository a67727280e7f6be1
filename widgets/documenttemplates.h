// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The starter documents behind File > New from Template, compiled in as Qt
// resources from resources/templates/.
#pragma once

#include <QList>
#include <QString>

namespace Kiln {

struct DocumentTemplate
{
    QString title;    // translated, for the menu
    QString resource; // ":/templates/<name>.yaml"
};

QList<DocumentTemplate> documentTemplates();
// The template's text, or an empty string if the resource is missing.
QString templateText(const DocumentTemplate &documentTemplate);

} // namespace Kiln
