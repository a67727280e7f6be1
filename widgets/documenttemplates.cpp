// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "documenttemplates.h"

#include <QCoreApplication>
#include <QFile>

namespace Kiln {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::DocumentTemplates)
};
} // namespace

QList<DocumentTemplate> documentTemplates()
{
    return {
        {Tr::tr("Hello World"), QStringLiteral(":/templates/hello-world.yaml")},
        {Tr::tr("Parameters and Loops"), QStringLiteral(":/templates/parameters-loop.yaml")},
        {Tr::tr("File Operations"), QStringLiteral(":/templates/file-operations.yaml")},
        {Tr::tr("Condition and Assert"), QStringLiteral(":/templates/assert-condition.yaml")},
    };
}

QString templateText(const DocumentTemplate &documentTemplate)
{
    QFile file(documentTemplate.resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace Kiln
