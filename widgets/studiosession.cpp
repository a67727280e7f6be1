// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "studiosession.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Kiln {

StudioSession StudioSession::load()
{
    QSettings settings;
    StudioSession session;
    session.files = settings.value(u"session/files"_s).toStringList();
    session.current = settings.value(u"session/current"_s, 0).toInt();
    return session;
}

void StudioSession::save() const
{
    QSettings settings;
    settings.setValue(u"session/files"_s, files);
    settings.setValue(u"session/current"_s, current);
}

} // namespace Kiln
