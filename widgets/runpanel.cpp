// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "runpanel.h"

#include "diagnostics/diagnosticformat.h"
#include "document/document.h"
#include "document/yamlnode.h"
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "exec/executor.h"
#include "model/diagnosticsmodel.h"
#include "model/steptreemodel.h"
#include "net/waitfortransfer.h"
#include "process/failuretext.h"
#include "report/consolereporter.h"
#include "report/runlogs.h"
#include "run/replayplan.h"
#include "run/runinvocation.h"
#include "runtargetpicker.h"
#include "sandbox/imageroot.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// How long stopAndWait() waits beyond the grace period for the run to end
// (the step's processes are SIGKILLed when the grace period is over).
constexpr std::chrono::seconds StopWaitMargin{5};

// A run that is abandoned while it still runs (the panel is destroyed, or it
// did not stop in time), as its report records it: cancelled, with what was
// running then cancelled too.
ExecutionRecord abandonedAsCancelled(ExecutionRecord record)
{
    const QDateTime now = QDateTime::currentDateTime();
    const auto cancel = [&now](RunStatus &status, QDateTime &end) {
        if (status == RunStatus::Running || status == RunStatus::Pending) {
            status = RunStatus::Cancelled;
            end = now;
        }
    };
    cancel(record.status, record.endTime);
    if (record.failureMessage.isEmpty())
        record.failureMessage = FailureText::english(FailureText::RunCancelled);
    for (DocumentRecord &d : record.documents) {
        cancel(d.status, d.endTime);
        for (PhaseRecord &p : d.phases) {
            cancel(p.status, p.endTime);
            for (StepRecord &s : p.steps)
                cancel(s.status, s.endTime);
        }
    }
    return record;
}

QString scalarText(const YamlNode *node)
{
    return node && node->isScalar() ? node->text : QString();
}

} // namespace

QString runOutcomeText(RunStatus status)
{
    switch (status) {
    case RunStatus::Success:
    case RunStatus::Skipped:
        return RunPanel::tr("Run succeeded");
    case RunStatus::SuccessWithIgnoredFailure:
        return RunPanel::tr("Run succeeded (a failure was ignored)");
    case RunStatus::Failed:
    case RunStatus::IgnoredFailure:
        return RunPanel::tr("Run failed");
    case RunStatus::Cancelled:
        return RunPanel::tr("Run stopped");
    case RunStatus::Pending:
    case RunStatus::RebootPending:
        return RunPanel::tr("Run paused for a reboot");
    case RunStatus::NotRun:
        return RunPanel::tr("Run stopped");
    case RunStatus::Running:
        break;
    }
    return RunPanel::tr("Running");
}

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_phases(new QListWidget(this)), m_parameterBox(new QWidget(this)),
      m_parameterForm(new QFormLayout(m_parameterBox)),
      m_noParameters(new QLabel(tr("This document has no parameters."), this)),
      m_runButton(new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("&Run"), this)),
      m_stopButton(new QPushButton(QIcon::fromTheme(u"media-playback-stop"_s), tr("&Stop"), this)),
      m_status(new QLabel(this)), m_runFolders(new QLabel(this)),
      m_transfer(new QProgressBar(this)), m_target(new RunTargetPicker(this))
{
    auto *phasesBox = new QGroupBox(tr("Phases"), this);
    auto *phasesLayout = new QVBoxLayout(phasesBox);
    phasesLayout->addWidget(m_phases);
    m_phases->setToolTip(tr("Checked phases run, in document order."));

    auto *parametersBox = new QGroupBox(tr("Parameters"), this);
    auto *parametersLayout = new QVBoxLayout(parametersBox);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);
    parametersLayout->addWidget(m_parameterBox);
    parametersLayout->addWidget(m_noParameters);
    m_noParameters->setEnabled(false);
    m_noParameters->setWordWrap(true); // a label that does not wrap sets the pane's minimum width

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runButton->setToolTip(tr("Run the checked phases of the current document (F5)"));
    m_stopButton->setToolTip(tr("Stop the running step and its child processes (Shift+F5)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(phasesBox);
    layout->addWidget(parametersBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_transfer);
    layout->addWidget(m_runFolders);
    m_runFolders->setObjectName(u"runFolders"_s);
    m_runFolders->setWordWrap(true);
    m_runFolders->setOpenExternalLinks(true);
    m_runFolders->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addStretch(1);
    m_transfer->setObjectName(u"transferProgress"_s);
    m_transfer->setTextVisible(true);
    m_transfer->hide();

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopButton, &QPushButton::clicked, this, &RunPanel::stop);
    connect(m_phases, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->checkState() == Qt::Checked)
            m_unchecked.remove(item->text());
        else
            m_unchecked.insert(item->text());
    });
    updateButtons();
}

RunPanel::~RunPanel()
{
    if (isRunning()) {
        // Destroyed with a run in progress (the window normally stops it
        // first, see stopAndWait()): kill the step's processes now rather
        // than leave them behind, and still leave a report.
        Executor &executor = m_session->executor();
        executor.disconnect(this);
        executor.cancel();
        executor.cancel();
        writeReport(abandonedAsCancelled(executor.record()));
    }
}

void RunPanel::setPage(EditorPage *page)
{
    if (m_page == page)
        return;
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    if (m_page) {
        connect(m_page, &EditorPage::validated, this, qOverload<>(&RunPanel::refreshForm));
        connect(m_page, &EditorPage::filePathChanged, this, &RunPanel::showRunFolders);
    }
    refreshForm();
    updateButtons();
    showRunFolders();
    m_status->setText(m_statusTexts.value(m_page));
}

void RunPanel::setSettings(const StudioSettings &settings)
{
    m_settings = settings;
    showRunFolders();
}

void RunPanel::showRunFolders()
{
    const QString folder = logDirectoryFor(m_page);
    const QString shown = QDir::toNativeSeparators(folder);
    m_runFolders->setText(tr("Run folders go to <a href=\"%1\">%2</a> (Settings).")
                              .arg(QUrl::fromLocalFile(folder).toString(), shown.toHtmlEscaped()));
    m_runFolders->setToolTip(shown);
}

void RunPanel::refreshForm()
{
    // The page's last validation already parsed the text: parsing it again here
    // doubled the work of every validation (a 2,000-step document is ~100 ms).
    // Right after a page change or an edit it may be a little older than the
    // text; the next validated() brings the form up to date, and run() passes
    // the text it runs.
    std::shared_ptr<const Document> document;
    if (m_page) {
        document = m_page->document();
        if (!document)
            document = std::make_shared<const Document>(
                Document::fromText(m_page->editor()->toPlainText().toUtf8(), m_page->filePath()));
    }
    refreshForm(document.get());
}

void RunPanel::refreshForm(const Document *document)
{

    // Phases: rebuilt when the list of names changes; the unchecked ones stay unchecked.
    QStringList phaseNames;
    if (document) {
        for (const Phase &phase : document->phases)
            if (!phase.name.isEmpty() && !phaseNames.contains(phase.name))
                phaseNames << phase.name;
    }
    if (phaseNames != m_phaseNames) {
        m_phaseNames = phaseNames;
        const QSignalBlocker blocker(m_phases);
        m_phases->clear();
        for (const QString &name : phaseNames) {
            auto *item = new QListWidgetItem(name, m_phases);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_unchecked.contains(name) ? Qt::Unchecked : Qt::Checked);
        }
        // As tall as its phases (up to a few), not a big empty box for one phase.
        const int rows = std::clamp(int(phaseNames.size()), 1, 5);
        m_phases->setFixedHeight(rows * std::max(18, m_phases->sizeHintForRow(0)) +
                                 2 * m_phases->frameWidth() + 4);
    }

    // Parameters: rebuilt when names, types or defaults change; typed values stay.
    std::vector<ParameterField> fields;
    QStringList signature;
    QHash<QString, QString> descriptions, types;
    if (document) {
        for (const Variable &v : document->parameters) {
            ParameterField f;
            f.name = v.name;
            f.defaultValue = scalarText(v.value);
            f.required = !v.value;
            descriptions.insert(v.name, scalarText(v.description));
            types.insert(v.name, scalarText(v.type));
            signature << v.name + u'\n' + f.defaultValue + u'\n' + types.value(v.name) + u'\n' +
                             descriptions.value(v.name);
            fields.push_back(std::move(f));
        }
    }
    if (signature == m_parameterSignature && fields.size() == m_fields.size())
        return;
    m_parameterSignature = signature;
    for (ParameterField &old : m_fields) {
        if (old.edit)
            m_values.insert(old.name, old.edit->text());
    }
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    for (ParameterField &f : fields) {
        f.edit = new QLineEdit(m_parameterBox);
        f.edit->setObjectName(u"parameter-"_s + f.name);
        f.edit->setText(m_values.value(f.name, f.defaultValue));
        f.edit->setPlaceholderText(f.required ? tr("required")
                                              : tr("default: %1").arg(f.defaultValue));
        QString tip = descriptions.value(f.name);
        if (!types.value(f.name).isEmpty())
            tip = tr("Type: %1").arg(types.value(f.name)) +
                  (tip.isEmpty() ? QString() : u"\n"_s + tip);
        f.edit->setToolTip(tip);
        auto *label = new QLabel(f.required ? tr("%1 *").arg(f.name) : f.name, m_parameterBox);
        label->setToolTip(f.required ? tr("Required: the document gives no default") : tip);
        const QString name = f.name;
        connect(f.edit, &QLineEdit::textEdited, this,
                [this, name](const QString &text) { m_values.insert(name, text); });
        connect(f.edit, &QLineEdit::textChanged, f.edit, [edit = f.edit] {
            edit->setStyleSheet(QString()); // clear the "missing" mark once typed into
        });
        m_parameterForm->addRow(label, f.edit);
    }
    m_fields = std::move(fields);
    m_noParameters->setVisible(m_fields.empty());
    m_parameterBox->setVisible(!m_fields.empty());
}

QStringList RunPanel::checkedPhases() const
{
    QStringList out;
    for (int i = 0; i < m_phases->count(); ++i) {
        if (m_phases->item(i)->checkState() == Qt::Checked)
            out << m_phases->item(i)->text();
    }
    return out;
}

QLineEdit *RunPanel::parameterEdit(const QString &name) const
{
    for (const ParameterField &f : m_fields) {
        if (f.name == name)
            return f.edit;
    }
    return nullptr;
}

void RunPanel::setParameterValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    if (QLineEdit *edit = parameterEdit(name))
        edit->setText(value);
}

bool RunPanel::runAgain(const RunInvocation &invocation)
{
    const RunInvocation::Document &document = invocation.documents.front();
    for (auto it = document.parameters.cbegin(); it != document.parameters.cend(); ++it)
        setParameterValue(it.key(), it.value());
    if (!invocation.phases.isEmpty()) {
        for (int i = 0; i < m_phases->count(); ++i)
            m_phases->item(i)->setCheckState(invocation.phases.contains(m_phases->item(i)->text())
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
    }
    return run(invocation.selectionPhase, invocation.selectionStep, invocation.selectionOnly);
}

QString RunPanel::logDirectoryFor(const EditorPage *page) const
{
    return m_settings.runFolderParent(page ? page->filePath() : QString());
}

bool RunPanel::isRunning() const
{
    return m_session && m_session->executor().isRunning();
}

QString RunPanel::statusText() const
{
    return m_status->text();
}

void RunPanel::setStatus(const EditorPage *page, const QString &text)
{
    m_statusTexts.insert(page, text);
    if (page == m_page)
        m_status->setText(text);
}

void RunPanel::refuse(const QString &reason)
{
    setStatus(m_page, reason);
    Q_EMIT runRefused(reason);
}

void RunPanel::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running && m_page);
    m_stopButton->setEnabled(running);
    m_phases->setEnabled(!running);
    m_parameterBox->setEnabled(!running);
}

bool RunPanel::canStart()
{
    if (isRunning()) {
        // One run at a time (one sandbox, one set of processes to stop): say
        // which document holds it instead of ignoring the key.
        const QString running = m_runPage ? m_runPage->displayName() : tr("Another document");
        refuse(m_runPage == m_page
                   ? tr("%1 is already running; Stop (Shift+F5) ends the run.").arg(running)
                   : tr("%1 is running; stop it (Shift+F5) or let it finish, then run %2.")
                         .arg(running, m_page ? m_page->displayName() : tr("this document")));
        return false;
    }
    if (!m_page) {
        refuse(tr("Open a document to run it."));
        return false;
    }
    return true;
}

bool RunPanel::formParameters(QHash<QString, QString> *parameters)
{
    // Required parameters first: the form can say exactly which are missing.
    QStringList missing;
    for (const ParameterField &f : m_fields) {
        const QString value = f.edit->text();
        if (value.isEmpty() && f.required) {
            missing << f.name;
            f.edit->setStyleSheet(u"border: 1px solid #d02b2b;"_s);
        } else if (!value.isEmpty()) {
            parameters->insert(f.name, value);
        }
    }
    if (!missing.isEmpty()) {
        refuse(tr("Fill in the required parameters: %1.").arg(missing.join(u", "_s)));
        return false;
    }
    return true;
}

bool RunPanel::run(const QString &selectionPhase, const QString &selectionStep, bool only)
{
    if (!canStart())
        return false;
    const QString text = m_page->editor()->toPlainText();
    const QString label = m_page->filePath().isEmpty() ? m_page->displayName() : m_page->filePath();
    const QByteArray bytes = text.toUtf8();
    auto document = std::make_shared<const Document>(Document::fromText(bytes, label));
    refreshForm(document.get()); // the text as it is now, even if typed a moment ago
    QHash<QString, QString> parameters;
    if (!formParameters(&parameters))
        return false;
    QStringList phases = checkedPhases();
    if (selectionStep.isEmpty() && phases.isEmpty()) {
        refuse(tr("Check at least one phase to run."));
        return false;
    }
    RunRequest request;
    request.documents.push_back({label, m_page->filePath(), bytes, parameters, document});
    request.phases = phases;
    request.selectionPhase = selectionPhase;
    request.selectionStep = selectionStep;
    request.selectionOnly = only;
    return start(std::move(request), 0);
}

bool RunPanel::replay(const ReplayPlan &plan, int pageDocument, bool hostSandbox)
{
    if (!canStart())
        return false;
    refreshForm(); // the page's parameters: they apply when the report has none
    QHash<QString, QString> form;
    if (!plan.parametersKnown && !formParameters(&form))
        return false;
    RunRequest request;
    for (size_t i = 0; i < plan.documents.size(); ++i) {
        const ReplayPlan::Document &d = plan.documents[i];
        const bool fromForm = !plan.parametersKnown && int(i) == pageDocument;
        request.documents.push_back(
            {d.path, d.file, std::nullopt, fromForm ? form : d.parameters, {}});
    }
    request.phases = plan.phases;
    request.selectionPhase = plan.selectionPhase;
    request.selectionStep = plan.selectionStep;
    request.selectionOnly = plan.selectionOnly;
    request.stopAfter = plan.stopAfter;
    return start(std::move(request), pageDocument, hostSandbox);
}

bool RunPanel::start(RunRequest request, int pageDocument, bool hostSandbox)
{
    // The run platform is this machine's, whatever the editor guessed for display.
    request.validateParameterValues = true;
    // The folder is named here: a reboot handed off keeps its state inside it.
    request.executionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString parent = logDirectoryFor(m_page);
    QDir().mkpath(parent);
    request.logFolder = QDir(parent).absoluteFilePath(
        RunLogs::folderName(QDateTime::currentDateTimeUtc(), request.executionId));
    if (m_settings.rebootMode == StudioSettings::RebootMode::Stop) {
        request.rebootMode = RebootMode::Handoff;
        request.stateDirectory = QDir(request.logFolder).filePath(u"state"_s);
    }
    if (!chooseSandbox(request, hostSandbox))
        return false;
    const QString pagePath = request.documents[size_t(pageDocument)].path;
    if (!request.wait)
        request.wait = [this](std::unique_ptr<TransferJob> job) {
            return waitForFetch(std::move(job));
        };
    auto session = std::make_unique<RunSession>(std::move(request));
    if (const auto refusal = session->prepare(nullptr)) {
        refuseRun(*refusal, pagePath);
        return false;
    }
    m_page->setRunDiagnostics({});
    // A replayed document that was fetched only now (a component ARN, s3://):
    // the page shows what runs.
    const Document &running =
        *session->executor().options().documents[size_t(pageDocument)].document;
    if (m_page->editor()->document()->isEmpty() && !running.source().isEmpty()) {
        m_page->setText(QString::fromUtf8(running.source()));
        m_page->validateNow();
    }

    m_session = std::move(session);
    m_pageDocument = pageDocument;
    m_document = m_session->executor().options().documents[size_t(pageDocument)].document;
    m_stepsToRun = m_session->plannedStepCount(); // the progress bar counts the executor's plan
    m_runPage = m_page;
    m_runFolder = m_session->folder();
    m_failedPhase.clear();
    m_failedStep.clear();
    m_failedMessage.clear();
    const RunRequest::Document &shown = m_session->request().documents[size_t(pageDocument)];
    if (shown.text && !m_page->filePath().isEmpty() && m_page->isModified())
        m_session->reporter().print(u"Running the unsaved text of %1 (copied to %2)"_s.arg(
            shown.path, m_session->logs().documentCopyPath(shown.path, 0, 1)));

    followInStepTree(m_page->stepTreeModel());
    if (const Sandbox::ChangeReport *changes = m_session->changes()) {
        Q_EMIT changesUpdated(*changes);
        connect(&m_session->executor(), &Executor::stepFinished, this, [this] {
            if (const Sandbox::ChangeReport *now = m_session->changes())
                Q_EMIT changesUpdated(*now);
        });
    }
    connect(&m_session->executor(), &Executor::runFinished, this, &RunPanel::finished,
            Qt::QueuedConnection);

    Q_EMIT runStarting(&m_session->executor(), m_page);
    setStatus(m_page, tr("Running… output in %1").arg(QDir::toNativeSeparators(m_runFolder)));
    QString ignored; // a new run always starts
    m_session->start(&ignored);
    updateButtons();
    Q_EMIT runningChanged(true);
    return true;
}

// A replay's remote documents (component ARNs, s3://) are fetched before its
// run starts: the window keeps painting meanwhile but takes no input, so that
// nothing starts another run halfway through this one's preparation.
FileTransferResult RunPanel::waitForFetch(std::unique_ptr<TransferJob> job)
{
    setStatus(m_page, tr("Fetching the documents to run…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const FileTransferResult out =
        waitForTransfer(std::move(job), QEventLoop::ExcludeUserInputEvents);
    QGuiApplication::restoreOverrideCursor();
    return out;
}

// "Run on": the sandbox for `request`, an image unpacked first (once per image
// id; the first time takes as long as the engine's export). A sandbox cannot
// hand a reboot off (it ends with the run): its reboots are simulated.
bool RunPanel::chooseSandbox(RunRequest &request, bool hostSandbox)
{
    QString error;
    if (hostSandbox) {
        request.sandbox =
            Sandbox::SandboxRequest{Sandbox::SandboxRequest::Kind::Host, {}, {}, {}, {}};
    } else if (!m_target->request(&request.sandbox, &error)) {
        refuse(error);
        return false;
    }
    if (!request.sandbox)
        return true;
    request.rebootMode = RebootMode::Simulate;
    request.stateDirectory.clear();
    if (request.sandbox->kind == Sandbox::SandboxRequest::Kind::Image) {
        setStatus(m_page, tr("Unpacking the image %1…").arg(request.sandbox->image));
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto image = Sandbox::unpackImage(request.sandbox->image, {}, &error);
        QGuiApplication::restoreOverrideCursor();
        if (!image) {
            refuse(tr("No sandbox: %1").arg(error));
            return false;
        }
        request.sandbox->root = image->root;
    }
    return true;
}

// Nothing ran: say why, the page's errors in Problems at their lines (`pagePath`
// is the page's document as the request names it).
void RunPanel::refuseRun(const RunSession::Refusal &refusal, const QString &pagePath)
{
    using Kind = RunSession::Refusal::Kind;
    switch (refusal.kind) {
    case Kind::Sandbox:
        return refuse(tr("No sandbox: %1").arg(refusal.detail));
    case Kind::NoSuchFile:
        return refuse(tr("Nothing was run: %1 is not there.").arg(refusal.path));
    case Kind::DownloadFailed:
        return refuse(tr("Nothing was run: cannot fetch %1: %2").arg(refusal.path, refusal.detail));
    case Kind::Unreadable:
        return refuse(tr("Nothing was run: cannot read the fetched copy of %1: %2")
                          .arg(refusal.path, refusal.detail));
    case Kind::HandoffWithoutState:
    case Kind::LogFolder:
        return refuse(tr("Cannot create the run folder: %1").arg(refusal.detail));
    case Kind::Invalid:
        break;
    }
    const int count = int(refusal.errors.size());
    if (refusal.path != pagePath) {
        // Another document of a replay: it has no page to show its errors in.
        const QString first = count > 0 ? formatDiagnostic(refusal.errors.front()) : QString();
        return refuse(tr("%1 is not valid; nothing was run. %2").arg(refusal.path, first));
    }
    Diagnostics problems = refusal.errors;
    // The problems pane already lists what the editor's validation found;
    // add only what differs for a run here (platform, parameter values).
    const Diagnostics &shown = m_page->diagnosticsModel()->diagnostics();
    std::erase_if(problems, [&](const Diagnostic &d) {
        return std::any_of(shown.begin(), shown.end(), [&](const Diagnostic &o) {
            return o.code == d.code && o.location.line == d.location.line &&
                   o.location.column == d.location.column;
        });
    });
    for (Diagnostic &d : problems)
        d.message = tr("Cannot run: %1").arg(d.message);
    m_page->setRunDiagnostics(std::move(problems));
    refuse(count == 1
               ? tr("The document has an error; nothing was run (see Problems).")
               : tr("The document has %1 errors; nothing was run (see Problems).").arg(count));
}

// The step tree shows the run as it goes (statuses, iterations, transfers), and the
// first failed step is kept for the summary. The tree may go away
// with its page during the run.
void RunPanel::followInStepTree(StepTreeModel *steps)
{
    steps->clearRunStatuses();
    steps->markNotSelected(0, m_session->executor().plan(), m_pageDocument);
    QPointer<StepTreeModel> model(steps);
    // The page's document is row 0 of its tree; a replay of several documents
    // shows the others in the output and the timeline only.
    const int shown = m_pageDocument;
    const auto tree = [model, shown](int doc) -> StepTreeModel * {
        return doc == shown ? model.data() : nullptr;
    };
    const Executor *executor = &m_session->executor();
    connect(executor, &Executor::phaseStarted, this, [tree](int doc, const QString &phase) {
        if (StepTreeModel *m = tree(doc))
            m->setPhaseStatus(0, phase, RunStatus::Running);
    });
    connect(executor, &Executor::phaseFinished, this, [tree](int doc, const PhaseRecord &r) {
        if (StepTreeModel *m = tree(doc))
            m->setPhaseStatus(0, r.name, r.status, r.startTime.msecsTo(r.endTime));
    });
    connect(executor, &Executor::stepStarted, this,
            [tree](int doc, const QString &phase, const QString &step, const QString &) {
                if (StepTreeModel *m = tree(doc))
                    m->setStepStatus(0, phase, step, RunStatus::Running);
            });
    connect(executor, &Executor::iterationStarted, this,
            [tree](int doc, const QString &phase, const QString &step, qint64 index,
                   const QString &value) {
                if (StepTreeModel *m = tree(doc))
                    m->beginIteration(0, phase, step, index, value);
            });
    connect(executor, &Executor::iterationFinished, this,
            [tree](int doc, const QString &phase, const QString &step, qint64 index,
                   RunStatus status, qint64 ms) {
                if (StepTreeModel *m = tree(doc))
                    m->setIterationStatus(0, phase, step, index, status, ms);
            });
    connect(executor, &Executor::stepProgress, this,
            [this, tree](int doc, const QString &phase, const QString &step, qint64 done,
                         qint64 total) {
                if (StepTreeModel *m = tree(doc))
                    m->setStepProgress(0, phase, step, done, total);
                showTransfer(step, done, total);
            });
    connect(executor, &Executor::stepFinished, this,
            [this, tree, shown](int doc, const QString &phase, const StepRecord &r) {
                m_transfer->hide();
                if (StepTreeModel *m = tree(doc))
                    m->setStepStatus(0, phase, r.name, r.status,
                                     r.startTime.isValid() ? r.startTime.msecsTo(r.endTime) : -1,
                                     r.failureMessage);
                // A step the user stopped (cancelled) is no failure: it gets
                // no error at its line and the studio does not jump to it.
                if (r.status == RunStatus::Failed && m_failedStep.isEmpty() && doc == shown) {
                    m_failedPhase = phase;
                    m_failedStep = r.name;
                    m_failedMessage = r.failureMessage;
                }
            });
}

void RunPanel::showTransfer(const QString &step, qint64 done, qint64 total)
{
    // QProgressBar counts in int: per mille of the total, not bytes.
    if (total > 0) {
        m_transfer->setRange(0, 1000);
        m_transfer->setValue(int(std::clamp(done * 1000 / total, qint64(0), qint64(1000))));
        m_transfer->setFormat(tr("%1: %2 of %3").arg(step, formatBytes(done), formatBytes(total)));
    } else {
        m_transfer->setRange(0, 0); // busy: the size is unknown
        m_transfer->setFormat(tr("%1: %2").arg(step, formatBytes(std::max(done, qint64(0)))));
    }
    m_transfer->setToolTip(m_transfer->format());
    m_transfer->show();
}

void RunPanel::stop()
{
    if (isRunning())
        m_session->executor().cancel();
}

void RunPanel::stopAndWait()
{
    if (!isRunning())
        return;
    QEventLoop loop;
    bool ended = false;
    const auto connection = connect(this, &RunPanel::runFinished, &loop, [&] {
        ended = true;
        loop.quit();
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    giveUp.start(m_session->executor().options().gracePeriod + StopWaitMargin);
    m_session->executor().cancel();
    // No user input meanwhile: the window is closing.
    if (!ended)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    if (!ended && isRunning()) {
        m_session->executor().cancel(); // SIGKILL, no more waiting
        writeReport(abandonedAsCancelled(m_session->executor().record()));
    }
}

void RunPanel::writeReport(const ExecutionRecord &record)
{
    for (const RunSession::UnwrittenReport &u : m_session->writeReports(record))
        m_session->reporter().print(u"cannot write %1: %2"_s.arg(u.file, u.reason));
    m_session->close();
}

void RunPanel::finished()
{
    if (!m_session)
        return;
    m_transfer->hide();
    const Executor &executor = m_session->executor();
    const ExecutionRecord &record = executor.record();
    writeReport(record);
    const RunStatus status = record.status;
    QString summary;
    if (executor.outcome() == Executor::Outcome::RebootHandoff)
        summary = tr("A step asked for a reboot: the run stopped and its state is in %1 "
                     "(resume with kiln run -s).")
                      .arg(QDir::toNativeSeparators(executor.options().stateDirectory));
    else
        summary = runOutcomeText(status) + u'.';
    setStatus(m_runPage, summary);

    // A failed step becomes a problem at its line, next to the validator's.
    if (!m_failedStep.isEmpty() && m_runPage && m_document) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.location.file = m_runPage->filePath();
        for (const Phase &phase : m_document->phases) {
            if (phase.name != m_failedPhase)
                continue;
            for (const Step &step : phase.steps) {
                if (step.name == m_failedStep && step.node) {
                    d.location.line = step.node->mark.line;
                    d.location.column = step.node->mark.column;
                }
            }
        }
        d.message =
            m_failedMessage.isEmpty()
                ? tr("Step %1 (phase %2) %3 in the last run")
                      .arg(m_failedStep, m_failedPhase, runStatusText(RunStatus::Failed))
                : tr("Step %1 (phase %2) failed in the last run: %3")
                      .arg(m_failedStep, m_failedPhase, FailureText::localized(m_failedMessage));
        m_runPage->setRunDiagnostics({d});
    }
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished(status, m_runFolder);
    if (!m_failedStep.isEmpty())
        Q_EMIT stepFailed(m_failedPhase, m_failedStep, m_failedMessage);
}

} // namespace Kiln
