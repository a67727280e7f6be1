// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// ShellCheck without blocking: the language server validates on every edit
// and cannot wait for a process, so it starts a ScriptLintJob after publishing
// the other diagnostics and merges the findings when finished() arrives. Same
// ScriptLintRun (scripts, arguments, mapping back) as `kiln validate`.
#pragma once

#include "diagnostics/diagnostic.h"
#include "validate/validator.h"

#include <QObject>
#include <memory>

class QProcess;
class QTimer;

namespace Kiln {

class Document;
class ScriptLintRun;

class ScriptLintJob : public QObject
{
    Q_OBJECT
public:
    // Keeps `document` alive while shellcheck runs.
    ScriptLintJob(std::shared_ptr<const Document> document, ValidationOptions options,
                  QObject *parent = nullptr);
    ~ScriptLintJob() override; // kills a shellcheck still running

    // Starts shellcheck; finished() follows exactly once, from the event loop
    // (also when there is nothing to lint or shellcheck cannot start).
    void start();

Q_SIGNALS:
    void finished(const Kiln::Diagnostics &diagnostics);

private:
    void done();

    std::shared_ptr<const Document> m_document;
    ValidationOptions m_options;
    std::unique_ptr<ScriptLintRun> m_run;
    QProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    bool m_done = false;
};

} // namespace Kiln
