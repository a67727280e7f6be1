// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "studiosettings.h"

#include <QFontDatabase>
#include <QSettings>

namespace Kiln {

namespace {

// Keys are part of the user's configuration: never rename them.
const QString FontKey = QStringLiteral("editor/font");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString LogDirectoryKey = QStringLiteral("run/logDirectory");
const QString RebootModeKey = QStringLiteral("run/rebootMode");
const QString RecentFilesKey = QStringLiteral("files/recent");

QString themeName(StudioSettings::Theme theme)
{
    switch (theme) {
    case StudioSettings::Theme::Light:
        return QStringLiteral("light");
    case StudioSettings::Theme::Dark:
        return QStringLiteral("dark");
    case StudioSettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

QFont StudioSettings::defaultEditorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    return font;
}

StudioSettings StudioSettings::load()
{
    QSettings s;
    StudioSettings settings;
    settings.editorFont = defaultEditorFont();
    if (const QString font = s.value(FontKey).toString(); !font.isEmpty())
        settings.editorFont.fromString(font);
    const QString theme = s.value(ThemeKey).toString();
    settings.theme = theme == u"dark"    ? Theme::Dark
                     : theme == u"light" ? Theme::Light
                                         : Theme::System;
    settings.logDirectory = s.value(LogDirectoryKey).toString();
    settings.rebootMode =
        s.value(RebootModeKey).toString() == u"stop" ? RebootMode::Stop : RebootMode::Simulate;
    settings.recentFiles = s.value(RecentFilesKey).toStringList();
    return settings;
}

void StudioSettings::save() const
{
    QSettings s;
    s.setValue(FontKey, editorFont.toString());
    s.setValue(ThemeKey, themeName(theme));
    s.setValue(LogDirectoryKey, logDirectory);
    s.setValue(RebootModeKey, rebootMode == RebootMode::Stop ? QStringLiteral("stop")
                                                             : QStringLiteral("simulate"));
    s.setValue(RecentFilesKey, recentFiles);
}

void StudioSettings::addRecentFile(const QString &path)
{
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > MaxRecentFiles)
        recentFiles.removeLast();
}

} // namespace Kiln
