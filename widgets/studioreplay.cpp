// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "studioreplay.h"

#include "aws/remotedocuments.h"
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/steptreemodel.h"
#include "run/runinvocation.h"
#include "runcompareview.h"
#include "runpanel.h"
#include "runtargetpicker.h"
#include "sandbox/namespaces.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Kiln {

QString replayVerdict(const ReplayOutcome &outcome)
{
    if (outcome.reproduced)
        return StudioReplay::tr("Reproduced: every step the replay ran ended as in the original "
                                "run.");
    if (outcome.comparison.steps.empty())
        return StudioReplay::tr("Not reproduced: the replay ran none of the original run's steps.");
    const auto differing =
        std::count_if(outcome.comparison.steps.begin(), outcome.comparison.steps.end(),
                      [](const StepComparison &s) { return s.statusDiffers(); });
    return StudioReplay::tr("Not reproduced: %n step(s) ended otherwise than in the original run.",
                            nullptr, int(differing));
}

StudioReplay::StudioReplay(MainWindow *window, RunPanel *panel)
    : QObject(window), m_window(window), m_panel(panel)
{
    m_confirm = [window](const QString &plan, bool *sandbox) {
        QMessageBox box(QMessageBox::Question, tr("Replay Run"), plan,
                        QMessageBox::Ok | QMessageBox::Cancel, window);
        box.button(QMessageBox::Ok)->setText(tr("Replay"));
        if (sandbox) {
            auto *check =
                new QCheckBox(tr("Run in a sandbox of this machine, leaving it as it is"));
            check->setChecked(*sandbox);
            box.setCheckBox(check);
        }
        const bool go = box.exec() == QMessageBox::Ok;
        if (sandbox)
            *sandbox = box.checkBox()->isChecked();
        return go;
    };
    connect(panel, &RunPanel::runFinished, this,
            [this](RunStatus status, const QString &folder) { finish(int(status), folder); });
}

bool StudioReplay::start(const QString &report)
{
    if (m_original || m_panel->isRunning()) {
        Q_EMIT message(tr("A run is going on; replay when it has ended."));
        return false;
    }
    QString error;
    std::optional<RunReportSource> original = loadRunReport(report, &error);
    std::optional<ReplayPlan> plan =
        original ? planReplay(*original, RunInvocation::read(original->folder), &error,
                              RelativePaths::Gone)
                 : std::nullopt;
    if (!plan) {
        Q_EMIT message(tr("Cannot replay %1: %2").arg(QDir::toNativeSeparators(report), error));
        return false;
    }
    m_plan = std::move(*plan);
    // The page shows the document the original run failed in.
    const int shown = m_plan.stopAfter.isSet() ? m_plan.stopAfter.document : 0;
    m_original = std::move(original);
    m_planText = describe(report);
    // As `kiln run --replay` as root: in a sandbox when there can be one.
    bool sandbox = true;
    const bool offered = m_panel->targetPicker()->choice() == RunTargetPicker::ThisMachine &&
                         Sandbox::inPrivateMountNamespace();
    EditorPage *page =
        m_confirm(m_planText, offered ? &sandbox : nullptr) ? openDocument(size_t(shown)) : nullptr;
    if (!page || !m_panel->replay(m_plan, shown, offered && sandbox)) {
        if (page)
            Q_EMIT message(m_panel->statusText());
        m_original.reset();
        return false;
    }
    return true;
}

QString StudioReplay::describe(const QString &report) const
{
    QStringList lines{tr("Replay %1").arg(QDir::toNativeSeparators(report)), QString()};
    for (const ReplayPlan::Document &d : m_plan.documents)
        lines << (d.file.isEmpty() ? tr("• %1").arg(d.path)
                                   : tr("• %1 (the run folder's copy of %2)")
                                         .arg(QFileInfo(d.file).fileName(), d.path));
    lines << QString();
    if (!m_plan.phases.isEmpty())
        lines << tr("Phases: %1, as in the original run.").arg(m_plan.phases.join(u", "_s));
    lines << (m_plan.stopAfter.isSet()
                  ? tr("Stops after %1 › %2, where the original run failed.")
                        .arg(m_plan.stopAfter.phase, m_plan.stopAfter.step)
                  : tr("The original run had no failed step: the replay runs every step."));
    lines << (m_plan.parametersKnown
                  ? tr("Parameters: the original run's (from its kiln-run.json).")
                  : tr("Parameters: unknown (AWSTOE's reports have none): the Run pane's values "
                       "apply to the document shown, the defaults to the others."));
    std::optional<Sandbox::SandboxRequest> sandbox;
    QString ignored; // a bad choice is refused when the run starts
    m_panel->targetPicker()->request(&sandbox, &ignored);
    if (sandbox)
        lines << tr("Runs in %1 (Run pane › Run on).").arg(sandbox->description());
    else if (!Sandbox::inPrivateMountNamespace())
        lines << tr("Runs on this machine, changing it: a sandbox needs Kiln Studio started as "
                    "root.");
    return lines.join(u'\n');
}

EditorPage *StudioReplay::openDocument(size_t index)
{
    const ReplayPlan::Document &d = m_plan.documents[index];
    if (d.file.isEmpty() && !isRemoteDocument(d.path))
        return m_window->openFile(d.path);
    // A remote document is fetched by the run, which then fills the page.
    QString text;
    if (!d.file.isEmpty()) {
        QFile copy(d.file);
        if (!copy.open(QIODevice::ReadOnly)) {
            Q_EMIT message(tr("Cannot read %1: %2").arg(d.file, copy.errorString()));
            return nullptr;
        }
        text = QString::fromUtf8(copy.readAll());
    }
    const QString name =
        isRemoteDocument(d.path) ? remoteDocumentFileName(d.path) : QFileInfo(d.path).fileName();
    // Replayed again (after filling in a parameter, say): the same unsaved page.
    for (int i = 0; i < m_window->pageCount(); ++i) {
        EditorPage *page = m_window->page(i);
        if (page->filePath().isEmpty() && page->displayName() == name &&
            page->editor()->toPlainText() == text) {
            m_window->setCurrentPage(page);
            return page;
        }
    }
    return m_window->newDocument(text, name);
}

void StudioReplay::finish(int status, const QString &folder)
{
    if (!m_original)
        return;
    const std::optional<RunReportSource> original = std::exchange(m_original, std::nullopt);
    const auto s = RunStatus(status);
    if (s != RunStatus::Success && s != RunStatus::Failed) {
        Q_EMIT message(
            tr("The replay did not finish (%1): nothing to compare.").arg(runStatusText(s)));
        return;
    }
    QString error;
    const std::optional<RunReportSource> replay = loadRunReport(folder, &error);
    if (!replay) {
        Q_EMIT message(tr("Cannot compare the replay with the original run: %1").arg(error));
        return;
    }
    const ReplayOutcome outcome = compareReplay(*original, *replay, m_plan.stopAfter);
    if (m_view)
        m_view->close();
    m_view = RunCompareView::openWindow(m_window, tr("Replay — Kiln Studio"));
    m_view->setReplayOutcome(outcome, replayVerdict(outcome));
    Q_EMIT message(replayVerdict(outcome));
    Q_EMIT compared(outcome);
}

} // namespace Kiln
