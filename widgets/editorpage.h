// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// One open document in the studio: the editor, its find bar, the file it
// belongs to, and the models derived from its text (problems, steps), which
// are refreshed ValidationDelayMs after typing stops rather than per keystroke.
// ShellCheck findings (the same ScriptLintRun as `kiln validate`) arrive later
// from a thread of their own and are merged when they do, so the studio and
// the CLI give the same verdict without a keystroke ever waiting for them.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QTextCursor>
#include <QWidget>
#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace Kiln {

class CodeEditor;
class Document;
class DiagnosticsModel;
class FindBar;
class StepTreeModel;

class EditorPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ValidationDelayMs = 300;

    explicit EditorPage(QWidget *parent = nullptr);
    ~EditorPage() override;

    CodeEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    StepTreeModel *stepTreeModel() const { return m_steps; }

    // Empty for a document that was never saved.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // The file name, or "Untitled N" for a new document.
    QString displayName() const;
    void setUntitledName(const QString &name) { m_untitledName = name; }

    // Reads `path` into the editor (unmodified, undo history cleared).
    bool load(const QString &path, QString *error);
    // Writes the text to `path` atomically and makes it this page's file.
    bool save(const QString &path, QString *error);
    // Replaces the whole text as an unmodified document (templates, reload).
    void setText(const QString &text);
    bool isModified() const;

    // Validates now instead of waiting for the debounce timer.
    void validateNow();
    // The document the last validation parsed (null before the first one), for
    // views that need the structure without parsing the text again.
    std::shared_ptr<const Document> document() const { return m_document; }
    // The platform of the last validation ("linux", "windows", "darwin"): the
    // host's unless the document's actions only run elsewhere.
    QString validationPlatform() const { return m_platform; }
    // "linux", "windows" or "darwin" to validate for that platform whatever the
    // actions suggest; empty: detect it (the default). Validates again.
    void setPlatformOverride(const QString &platform);
    QString platformOverride() const { return m_platformOverride; }
    // Problems that come from a run (a failed step, a document the run refused),
    // shown with the validator's until the next run replaces them, or until the
    // text they point at (the step's lines) is edited: the failure belonged to
    // that text, and a commented-out step no longer failed.
    void setRunDiagnostics(Diagnostics diagnostics);
    const Diagnostics &runDiagnostics() const { return m_runDiagnostics; }

    // ShellCheck on ExecuteBash commands (K8001), as `kiln validate` does when
    // shellcheck is installed; `program` empty: shellcheck from PATH.
    void setScriptLinting(bool on, const QString &program = {});
    // A ShellCheck process is running for the current text.
    bool isLintingScripts() const;

Q_SIGNALS:
    void validated();
    // ShellCheck's findings for the validated text were merged (after validated()).
    void scriptsLinted();
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);

private:
    // A problem found on an earlier text (a run's, ShellCheck's) and the text it
    // points at, followed through edits: moved with its lines, dropped once
    // they are edited.
    struct AnchoredProblem
    {
        Diagnostic diagnostic;
        QTextCursor anchor; // selects the lines it is about
        QString text;       // what `anchor` selected when it was reported
    };
    // `wholeItem`: from the diagnostic's line to the end of the YAML list item
    // starting there (a step), else that line alone.
    AnchoredProblem anchored(Diagnostic diagnostic, bool wholeItem) const;
    // The problems whose text is unchanged, at their current lines.
    static Diagnostics stillValid(std::vector<AnchoredProblem> &problems);

    void publishDiagnostics();
    void startScriptLint();

    CodeEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;
    StepTreeModel *m_steps = nullptr;
    QTimer *m_validationTimer = nullptr;
    std::shared_ptr<const Document> m_document;
    QString m_filePath;
    QString m_untitledName;
    QString m_platform;
    QString m_platformOverride;
    bool m_crlf = false; // the file used CRLF line ends: saving keeps them
    // A file that is not UTF-8 is shown read-only (saving the decoded text
    // would replace its bytes) and validated from its original bytes, so the
    // problems pane says where the bad bytes are (K1002).
    QByteArray m_undecodable;
    Diagnostics m_validatorDiagnostics; // of the last validation
    std::vector<AnchoredProblem> m_runProblems;
    Diagnostics m_runDiagnostics; // m_runProblems' diagnostics, at their current lines
    // ShellCheck: the findings of the last finished job stay shown on lines not
    // edited since, until the job for the newer text replaces them.
    bool m_lintScripts = false;
    QString m_shellcheck;
    QThread *m_lintThread = nullptr; // deletes itself when done
    std::shared_ptr<std::atomic<bool>> m_lintCancel;
    bool m_lintAgain = false; // the text changed while it ran
    std::vector<AnchoredProblem> m_lintProblems;
    QTimer *m_lintTimer = nullptr;
};

} // namespace Kiln
