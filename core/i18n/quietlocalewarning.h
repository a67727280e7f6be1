// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Qt 6.5 and later print a warning on stderr while the application object is
// made when the locale's character set is not UTF-8 ("Detected locale "C" with
// character encoding "ANSI_X3.4-1968"..."), and then switch to C.UTF-8 by
// themselves. Kiln reads and writes UTF-8 whatever the locale, and `LC_ALL=C
// kiln ...` is what CI scripts run (it also means English, see translators.h),
// so for Kiln that warning is noise before every result. Hold a
// QuietLocaleWarning while the application object is constructed; every other
// message passes through unchanged.
#pragma once

#include <QtGlobal>

namespace Kiln {

class QuietLocaleWarning
{
public:
    QuietLocaleWarning();
    ~QuietLocaleWarning();
    QuietLocaleWarning(const QuietLocaleWarning &) = delete;
    QuietLocaleWarning &operator=(const QuietLocaleWarning &) = delete;
};

} // namespace Kiln
