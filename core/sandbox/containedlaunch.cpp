// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/containedlaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {

QString containHelper()
{
    const QStringList candidates = {
        QDir(QCoreApplication::applicationDirPath()).filePath(u"kiln-contain"_s),
        QStringLiteral(KILN_CONTAIN_INSTALLED)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

ProcessLaunch containedLaunch(ProcessLaunch launch, const QString &root)
{
    const QString folder = launch.workingDirectory.isEmpty() ? u"/"_s : launch.workingDirectory;
    launch.arguments = QStringList{root, folder, launch.program} + launch.arguments;
    launch.program = containHelper();
    launch.workingDirectory.clear();
    launch.inChild = nullptr;
    return launch;
}

} // namespace Kiln::Sandbox
