// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A studio main window on one document in a temporary folder, with its run
// logs there too, for widget tests that run documents through the Run pane.
// Header-only, shared by tests/widgets.
#pragma once

#include "editorpage.h"
#include "exec/runrecord.h"
#include "mainwindow.h"
#include "model/steptreemodel.h"
#include "runpanel.h"
#include "studiosettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <functional>

namespace KilnTest {

// Three steps: Hello prints, Broken fails (exit 3, a line on stderr), NeverRuns does not run.
inline const QByteArray failingDoc = R"(name: Failing
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Hello
        action: ExecuteBash
        inputs:
          commands:
            - echo "hello from stdout"
      - name: Broken
        action: ExecuteBash
        inputs:
          commands:
            - echo "about to fail" >&2
            - exit 3
      - name: NeverRuns
        action: ExecuteBash
        inputs:
          commands:
            - echo never
)";

struct Studio
{
    QTemporaryDir dir;
    Kiln::MainWindow window;
    Kiln::EditorPage *page = nullptr;

    explicit Studio(const QByteArray &yaml)
    {
        Kiln::StudioSettings settings = window.settings();
        settings.runFolders = Kiln::StudioSettings::RunFolders::Custom;
        settings.logDirectory = dir.filePath(QStringLiteral("logs"));
        window.applySettings(settings);
        const QString path = dir.filePath(QStringLiteral("doc.yaml"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(yaml);
        f.close();
        page = window.openFile(path);
    }

    // Starts a run (the Run button, or `start`) and waits for its end.
    bool runAndWait(std::function<bool()> start = {})
    {
        QSignalSpy finished(window.runPanel(), &Kiln::RunPanel::runFinished);
        const bool started = start ? start() : window.runPanel()->run();
        return started && finished.wait(60000);
    }

    Kiln::RunStatus stepStatus(const QString &phase, const QString &step) const
    {
        return Kiln::RunStatus(page->stepTreeModel()
                                   ->stepIndex(0, phase, step)
                                   .data(Kiln::StepTreeModel::RunStatusRole)
                                   .toInt());
    }
};

// The 1-based line of the first occurrence of `text` in `yaml`.
inline int lineOf(const QByteArray &yaml, const QByteArray &text)
{
    return int(yaml.left(yaml.indexOf(text)).count('\n')) + 1;
}

} // namespace KilnTest
