// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's user settings (editor font, theme, log directory, reboot mode,
// recent files) as a plain struct, read from and written to QSettings in one
// place so the dialog, the main window and the tests agree on keys and defaults.
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QSettings;

namespace Kiln {

struct StudioSettings
{
    enum class Theme { System, Light, Dark };
    // What a local run does when a step asks for a reboot (exit code 194 or
    // the Reboot module): Kiln never reboots the workstation itself.
    enum class RebootMode {
        Simulate, // resume with the next step in the same run
        Stop,     // stop the run and keep its state, to resume it later
    };

    // Where a document's TOE_* run folders go. Not next to the document by
    // default: a component's folder is often a git repository, and runs there
    // filled it with TOE_* folders.
    enum class RunFolders {
        DataFolder,     // Kiln's data folder, one folder per document (the default)
        NextToDocument, // beside the document, as `awstoe run` does
        Custom,         // logDirectory, for every document
    };

    static constexpr int MaxRecentFiles = 10;

    QFont editorFont;
    Theme theme = Theme::System;
    RunFolders runFolders = RunFolders::DataFolder;
    QString logDirectory;    // for RunFolders::Custom
    bool lintScripts = true; // ShellCheck on ExecuteBash commands, when installed
    RebootMode rebootMode = RebootMode::Simulate;
    QStringList recentFiles; // most recent first

    static StudioSettings load();
    void save() const;
    // Puts `path` first in the recent files list, without duplicates.
    void addRecentFile(const QString &path);
    // Where Save As offers to put a document that has no file yet, called
    // `fileName`: in the folder of the recent file used last (which still
    // exists), as people keep their components together; else `fileName` alone.
    QString untitledSavePath(const QString &fileName) const;
    static QFont defaultEditorFont();
    // The folder the run folders of the document at `documentPath` go to (an
    // untitled document: empty path).
    QString runFolderParent(const QString &documentPath) const;
};

} // namespace Kiln
