// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "studiosettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>

namespace Kiln {

namespace {

// Keys are part of the user's configuration: never rename them.
const QString FontKey = QStringLiteral("editor/font");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString LogDirectoryKey = QStringLiteral("run/logDirectory");
const QString RunFoldersKey = QStringLiteral("run/folders");
const QString LintScriptsKey = QStringLiteral("editor/shellcheck");
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
    // Before the choice existed, a log directory set meant "always there".
    const QString folders = s.value(RunFoldersKey).toString();
    settings.runFolders =
        folders == u"document" ? RunFolders::NextToDocument
        : folders == u"custom" || (folders.isEmpty() && !settings.logDirectory.isEmpty())
            ? RunFolders::Custom
            : RunFolders::DataFolder;
    settings.lintScripts = s.value(LintScriptsKey, true).toBool();
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
    s.setValue(RunFoldersKey, runFolders == RunFolders::NextToDocument ? QStringLiteral("document")
                              : runFolders == RunFolders::Custom       ? QStringLiteral("custom")
                                                                       : QStringLiteral("data"));
    s.setValue(LintScriptsKey, lintScripts);
    s.setValue(RebootModeKey, rebootMode == RebootMode::Stop ? QStringLiteral("stop")
                                                             : QStringLiteral("simulate"));
    s.setValue(RecentFilesKey, recentFiles);
}

QString StudioSettings::runFolderParent(const QString &documentPath) const
{
    if (runFolders == RunFolders::Custom && !logDirectory.isEmpty())
        return logDirectory;
    if (runFolders == RunFolders::NextToDocument && !documentPath.isEmpty())
        return QFileInfo(documentPath).absolutePath();
    const QDir runs(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                        .filePath(QStringLiteral("runs")));
    if (documentPath.isEmpty())
        return runs.filePath(QStringLiteral("untitled"));
    // One folder per document: its name to be found by eye, a hash of the
    // whole path so that two build.yaml of different components stay apart.
    const QString path = QFileInfo(documentPath).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return runs.filePath(QFileInfo(path).completeBaseName() + u'-' + QString::fromLatin1(hash));
}

void StudioSettings::addRecentFile(const QString &path)
{
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > MaxRecentFiles)
        recentFiles.removeLast();
}

QString StudioSettings::untitledSavePath(const QString &fileName) const
{
    for (const QString &recent : recentFiles) {
        const QFileInfo folder(QFileInfo(recent).absolutePath());
        if (folder.isDir())
            return QDir(folder.absoluteFilePath()).filePath(fileName);
    }
    return fileName;
}

} // namespace Kiln
