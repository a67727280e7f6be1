// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "quietlocalewarning.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QtMessageHandler previousHandler = nullptr;

void dropLocaleWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"Detected locale \""_s) &&
        message.contains(u"which is not UTF-8"_s))
        return;
    previousHandler(type, context, message);
}

} // namespace

QuietLocaleWarning::QuietLocaleWarning()
{
    // Returns Qt's default handler when none was installed.
    previousHandler = qInstallMessageHandler(dropLocaleWarning);
}

QuietLocaleWarning::~QuietLocaleWarning()
{
    qInstallMessageHandler(previousHandler);
}

} // namespace Kiln
