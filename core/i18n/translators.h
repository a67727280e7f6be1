// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Loads the user-interface translation for the system locale: Kiln's own
// messages (kiln_<lang>.qm, embedded by translations/CMakeLists.txt under
// :/i18n in both `kiln` and `kiln-studio`) and Qt's standard qtbase_<lang>.qm
// when the system has it. English needs nothing, so a missing file is not an error.
// A C/POSIX messages locale (LC_ALL, else LC_MESSAGES, else LANG) means English
// even when LANGUAGE is set, as with gettext: `LC_ALL=C kiln ...` is stable output.
#pragma once

class QCoreApplication;

namespace Kiln {

// Installs the translators on the application; returns whether Kiln's own
// translation was found for the locale. Call after the application object exists.
bool installTranslators(QCoreApplication &app);

} // namespace Kiln
