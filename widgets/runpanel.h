// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's run panel: which phases to run, a form for the document's
// parameters (defaults filled in, required ones marked and checked), Run and
// Stop. It runs the current editor page on the same Executor as `kiln run`,
// writes the same TOE_* run folder (RunLogs, ConsoleReporter, RunJournal, detailedoutput.json)
// and feeds run statuses into the page's step tree model.
//
// What runs is the text in the editor, saved or not: it is written to the run
// folder as document.yaml and run from there, so an unsaved edit can be tried
// without saving and the run folder records exactly what ran. A saved file
// keeps its own path in the reports. A document with errors does not start:
// the problems pane lists them.
#pragma once

#include "exec/runrecord.h"
#include "run/runsession.h"
#include "studiosettings.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Kiln {

struct ReplayPlan;
struct RunInvocation;

class Document;
class EditorPage;
class RunTargetPicker;
class StepTreeModel;

// "Run succeeded", "Run failed", "Run stopped"…: a finished run's outcome as a sentence.
QString runOutcomeText(RunStatus status);

class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // The page Run acts on; the form follows its text (on each validation).
    void setPage(EditorPage *page);
    EditorPage *page() const { return m_page; }
    // The page of the current or last run (null once closed).
    EditorPage *runPage() const { return m_runPage; }
    // What the panel says for the current page (its last run, or why it did not start).
    QString statusText() const;
    void setSettings(const StudioSettings &settings);

    // Starts a run of the page; with `selectionStep`, only that step (`only`)
    // or from it on. Returns false, with runRefused() emitted, when it cannot.
    bool run(const QString &selectionPhase = {}, const QString &selectionStep = {},
             bool only = false);
    // Stops the running step's process group; a second call kills it at once.
    void stop();
    // Quitting with a run in progress is a cancel: stops the run like stop()
    // and waits, in a local event loop, until it has ended and its reports
    // are written (status cancelled; runFinished is emitted as usual). The
    // step gets its grace period before SIGKILL; should the run still not end
    // a few seconds after that, its report is written from what is known.
    void stopAndWait();
    bool isRunning() const;
    Executor *executor() const { return m_session ? &m_session->executor() : nullptr; }
    // The run folder of the current or last run.
    QString runFolder() const { return m_runFolder; }
    // The folder the TOE_* run folders of `page` go to (StudioSettings::runFolderParent).
    QString logDirectoryFor(const EditorPage *page) const;

    QStringList checkedPhases() const;
    void setParameterValue(const QString &name, const QString &value);
    // Runs the current page as a past run ran (its kiln-run.json): the same
    // parameter values, phases and step selection.
    bool runAgain(const RunInvocation &invocation);
    // Runs what `plan` replays (core/run/replayplan.h): its documents as the
    // report names them (or their copies), phases, selection and stop. The page
    // shows document `pageDocument` of the plan; when the report has no
    // parameters, that document takes the page's form.
    // With `hostSandbox` it runs in a sandbox of this machine, whatever "Run on" says.
    bool replay(const ReplayPlan &plan, int pageDocument, bool hostSandbox = false);
    // The document of the current or last run that the run page shows (0 but
    // for a replay of several documents).
    int pageDocument() const { return m_pageDocument; }
    QLineEdit *parameterEdit(const QString &name) const;
    int stepsToRun() const { return m_stepsToRun; }
    RunTargetPicker *targetPicker() const { return m_target; }
    // Bytes of the running transfer step (WebDownload, S3Download, S3Upload):
    // visible while one runs, busy (no range) when the total is unknown.
    QProgressBar *transferProgress() const { return m_transfer; }

Q_SIGNALS:
    // After the executor exists and before it starts: connect to its signals now.
    void runStarting(Kiln::Executor *executor, Kiln::EditorPage *page);
    void runFinished(Kiln::RunStatus status, const QString &runFolder);
    // The first failed step of the run that just finished.
    void stepFailed(const QString &phase, const QString &step, const QString &message);
    void runRefused(const QString &reason);
    // What a sandboxed run changed so far: at its start, after each step, at its end.
    void changesUpdated(const Kiln::Sandbox::ChangeReport &report);
    void runningChanged(bool running);

private:
    struct ParameterField
    {
        QString name;
        QString defaultValue;
        bool required = false;
        QLineEdit *edit = nullptr;
    };

    void refreshForm();
    void refreshForm(const Document *document);
    void refuse(const QString &reason);
    void setStatus(const EditorPage *page, const QString &text);
    // One run at a time, of an open page; else refused.
    bool canStart();
    // The form's values; refused when a required one is empty.
    bool formParameters(QHash<QString, QString> *parameters);
    // Starts `request` on the page, which shows its document `pageDocument`.
    bool start(RunRequest request, int pageDocument, bool hostSandbox = false);
    FileTransferResult waitForFetch(std::unique_ptr<TransferJob> job);
    void refuseRun(const RunSession::Refusal &refusal, const QString &pagePath);
    // The "Run on" choice, or with `hostSandbox` a sandbox of this machine.
    bool chooseSandbox(RunRequest &request, bool hostSandbox);
    void finished();
    void writeReport(const ExecutionRecord &record);
    void updateButtons();
    void showTransfer(const QString &step, qint64 done, qint64 total);
    void followInStepTree(StepTreeModel *steps);
    void showRunFolders();

    QPointer<EditorPage> m_page;
    StudioSettings m_settings;
    QListWidget *m_phases;
    QWidget *m_parameterBox;
    QFormLayout *m_parameterForm;
    QLabel *m_noParameters;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QLabel *m_status;
    QHash<const EditorPage *, QString> m_statusTexts; // each document's own
    QLabel *m_runFolders; // where this document's runs go, a link that opens it
    QProgressBar *m_transfer;
    RunTargetPicker *m_target;
    std::vector<ParameterField> m_fields;
    QHash<QString, QString> m_values; // typed by the user, kept across form rebuilds
    QSet<QString> m_unchecked;        // phases the user unchecked
    QStringList m_phaseNames;
    QStringList m_parameterSignature;

    std::unique_ptr<RunSession> m_session; // the current or last run
    std::shared_ptr<const Document> m_document;
    QPointer<EditorPage> m_runPage;
    QString m_runFolder;
    int m_stepsToRun = 0;
    int m_pageDocument = 0;
    QString m_failedPhase, m_failedStep, m_failedMessage;
};

} // namespace Kiln
