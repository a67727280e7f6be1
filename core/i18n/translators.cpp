// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// gettext's rule: LANGUAGE is a list of preferences for a real locale, and is
// ignored when the messages locale is C/POSIX. Qt honours LANGUAGE even then, so
// `LC_ALL=C kiln validate` in a CI script would print German on a desktop whose
// session sets LANGUAGE=de; scripts that parse the output rely on the C locale.
bool messagesLocaleIsC()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty())
            continue;
        return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return false;
}

} // namespace

bool installTranslators(QCoreApplication &app)
{
    if (messagesLocaleIsC())
        return false;
    // QLocale::system() honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG (in
    // uiLanguages()), so `LANGUAGE=de kiln-studio` works as users expect.
    const QLocale locale = QLocale::system();
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"kiln"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace Kiln
