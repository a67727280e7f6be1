// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/steptreemodel.h"

#include "document/document.h"
#include "exec/runplan.h"
#include "process/failuretext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace Kiln {

namespace {

// internalId layout: the parent's path, each part its row + 1 (0 = none):
// document row, phase row, step row. Documents have id 0, phases only the
// document part, steps document and phase, iterations all three. 64-bit ids
// allow 65535 documents, 1M phases and 268M steps (a document has at most
// 20,000 steps); 32-bit ids less, still beyond a document one edits.
constexpr bool WideIds = sizeof(quintptr) >= 8;
constexpr int DocumentBits = WideIds ? 16 : 6;
constexpr int PhaseBits = WideIds ? 20 : 10;
constexpr int PhaseShift = DocumentBits;
constexpr int StepShift = DocumentBits + PhaseBits;
constexpr quintptr DocumentMask = (quintptr(1) << DocumentBits) - 1;
constexpr quintptr PhaseMask = (quintptr(1) << PhaseBits) - 1;

} // namespace

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    if (bytes == 1)
        return QCoreApplication::translate("Kiln::StepTreeModel", "1 byte");
    if (bytes < 1000)
        return QCoreApplication::translate("Kiln::StepTreeModel", "%1 bytes").arg(bytes);
    const double kb = double(bytes) / 1000.0;
    if (kb < 1000.0)
        return QCoreApplication::translate("Kiln::StepTreeModel", "%1 KB").arg(kb, 0, 'f', 1);
    const double mb = kb / 1000.0;
    if (mb < 1000.0)
        return QCoreApplication::translate("Kiln::StepTreeModel", "%1 MB").arg(mb, 0, 'f', 1);
    return QCoreApplication::translate("Kiln::StepTreeModel", "%1 GB").arg(mb / 1000.0, 0, 'f', 2);
}

QString runStatusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Pending:
        return QCoreApplication::translate("Kiln::StepTreeModel", "pending");
    case RunStatus::Running:
        return QCoreApplication::translate("Kiln::StepTreeModel", "running");
    case RunStatus::Success:
        return QCoreApplication::translate("Kiln::StepTreeModel", "success");
    case RunStatus::Failed:
        return QCoreApplication::translate("Kiln::StepTreeModel", "failed");
    case RunStatus::IgnoredFailure:
        return QCoreApplication::translate("Kiln::StepTreeModel", "failed (ignored)");
    case RunStatus::SuccessWithIgnoredFailure:
        return QCoreApplication::translate("Kiln::StepTreeModel", "success, ignored failure");
    case RunStatus::Skipped:
        return QCoreApplication::translate("Kiln::StepTreeModel", "skipped");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("Kiln::StepTreeModel", "stopped");
    case RunStatus::NotRun:
        return QCoreApplication::translate("Kiln::StepTreeModel", "not run");
    case RunStatus::RebootPending:
        return QCoreApplication::translate("Kiln::StepTreeModel", "waiting for reboot");
    }
    return {};
}

namespace {

bool sameShape(const std::vector<DocumentOutline> &a, const std::vector<DocumentOutline> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t d = 0; d < a.size(); ++d) {
        if (a[d].phases.size() != b[d].phases.size())
            return false;
        for (size_t p = 0; p < a[d].phases.size(); ++p) {
            if (a[d].phases[p].steps.size() != b[d].phases[p].steps.size())
                return false;
        }
    }
    return true;
}

// Content only: two steps that differ in position alone hash the same. The
// child counts keep the walk unambiguous: [[a], b] and [[a, b]] differ.
size_t contentHash(const YamlNode &node, size_t seed = 0)
{
    seed = qHashMulti(seed, int(node.kind), node.text, node.plain, node.flow, node.items.size(),
                      node.entries.size());
    for (const YamlNode &item : node.items)
        seed = contentHash(item, seed);
    for (const YamlEntry &entry : node.entries)
        seed = contentHash(entry.value, contentHash(entry.key, seed));
    return seed;
}

} // namespace

DocumentOutline DocumentOutline::fromDocument(const Document &document)
{
    DocumentOutline outline;
    outline.filePath = document.filePath();
    outline.name =
        document.name.isEmpty() ? QFileInfo(document.filePath()).fileName() : document.name;
    for (const Phase &phase : document.phases) {
        PhaseOutline p;
        p.name = phase.name;
        if (phase.node) {
            p.line = phase.node->mark.line;
            p.column = phase.node->mark.column;
        }
        for (const Step &step : phase.steps) {
            StepOutline s;
            s.name = step.name;
            s.action = step.action;
            if (step.node) {
                s.line = step.node->mark.line;
                s.column = step.node->mark.column;
                s.signature = contentHash(*step.node);
            }
            p.steps.push_back(std::move(s));
        }
        outline.phases.push_back(std::move(p));
    }
    return outline;
}

StepTreeModel::StepTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void StepTreeModel::setDocument(const Document &document)
{
    std::vector<DocumentOutline> outlines;
    outlines.push_back(DocumentOutline::fromDocument(document));
    setOutlines(std::move(outlines));
}

void StepTreeModel::setOutlines(std::vector<DocumentOutline> outlines)
{
    if (!sameShape(outlines, m_outlines) || !keepIterationsConsistent(outlines)) {
        beginResetModel();
        pruneIterations(outlines);
        m_outlines = std::move(outlines);
        endResetModel();
        return;
    }
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, SourceLineRole, SourceColumnRole,
                              ActionRole};
    auto changed = [&](const QModelIndex &parent, int row) {
        Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent), roles);
    };
    std::vector<DocumentOutline> old = std::exchange(m_outlines, std::move(outlines));
    for (int d = 0; d < int(m_outlines.size()); ++d) {
        const DocumentOutline &nd = m_outlines[size_t(d)];
        const DocumentOutline &od = old[size_t(d)];
        if (nd.name != od.name || nd.filePath != od.filePath)
            changed({}, d);
        const QModelIndex docIndex = index(d, 0);
        for (int p = 0; p < int(nd.phases.size()); ++p) {
            const PhaseOutline &np = nd.phases[size_t(p)];
            const PhaseOutline &op = od.phases[size_t(p)];
            if (np.name != op.name || np.line != op.line || np.column != op.column)
                changed(docIndex, p);
            const QModelIndex phaseIndex = index(p, 0, docIndex);
            for (int s = 0; s < int(np.steps.size()); ++s) {
                const StepOutline &ns = np.steps[size_t(s)];
                const StepOutline &os = op.steps[size_t(s)];
                if (ns.name != os.name || ns.action != os.action || ns.line != os.line ||
                    ns.column != os.column)
                    changed(phaseIndex, s);
            }
        }
    }
}

QModelIndex StepTreeModel::indexForLine(int line, int documentRow) const
{
    if (documentRow < 0 || documentRow >= int(m_outlines.size()) || line <= 0)
        return {};
    const QModelIndex docIndex = index(documentRow, 0);
    QModelIndex best = docIndex; // above the first phase: the document itself
    int bestLine = 0;
    const DocumentOutline &doc = m_outlines[size_t(documentRow)];
    for (int p = 0; p < int(doc.phases.size()); ++p) {
        const PhaseOutline &phase = doc.phases[size_t(p)];
        if (phase.line > 0 && phase.line <= line && phase.line >= bestLine) {
            best = index(p, 0, docIndex);
            bestLine = phase.line;
        }
        for (int s = 0; s < int(phase.steps.size()); ++s) {
            const int stepLine = phase.steps[size_t(s)].line;
            // `>=`: a step on its phase's line (flow style) is the more specific item.
            if (stepLine > 0 && stepLine <= line && stepLine >= bestLine) {
                best = index(s, 0, index(p, 0, docIndex));
                bestLine = stepLine;
            }
        }
    }
    return best;
}

StepTreeModel::Path StepTreeModel::pathOf(const QModelIndex &index) const
{
    Path path;
    const quintptr id = index.internalId();
    const int docPart = int(id & DocumentMask);
    const int phasePart = int((id >> PhaseShift) & PhaseMask);
    const int stepPart = int(id >> StepShift);
    if (docPart == 0) {
        path.document = index.row();
    } else if (phasePart == 0) {
        path.document = docPart - 1;
        path.phase = index.row();
    } else if (stepPart == 0) {
        path.document = docPart - 1;
        path.phase = phasePart - 1;
        path.step = index.row();
    } else {
        path.document = docPart - 1;
        path.phase = phasePart - 1;
        path.step = stepPart - 1;
        path.iteration = index.row();
    }
    return path;
}

quintptr StepTreeModel::idOf(const Path &parent)
{
    quintptr id = quintptr(parent.document + 1);
    if (parent.phase >= 0)
        id |= quintptr(parent.phase + 1) << PhaseShift;
    if (parent.step >= 0)
        id |= quintptr(parent.step + 1) << StepShift;
    return id;
}

QModelIndex StepTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, idOf(pathOf(parent)));
}

QModelIndex StepTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Path p = pathOf(child);
    if (p.phase < 0)
        return {};
    if (p.step < 0)
        return createIndex(p.document, 0, quintptr(0));
    if (p.iteration < 0)
        return createIndex(p.phase, 0, idOf(Path{p.document, -1, -1, -1}));
    return createIndex(p.step, 0, idOf(Path{p.document, p.phase, -1, -1}));
}

int StepTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_outlines.size());
    if (parent.column() != 0)
        return 0;
    const Path p = pathOf(parent);
    if (p.document < 0 || p.document >= int(m_outlines.size()))
        return 0;
    const DocumentOutline &doc = m_outlines[size_t(p.document)];
    if (p.phase < 0)
        return int(doc.phases.size());
    if (p.phase >= int(doc.phases.size()))
        return 0;
    if (p.step < 0)
        return int(doc.phases[size_t(p.phase)].steps.size());
    if (p.iteration < 0) {
        const std::vector<IterationState> *rows = iterations(p);
        return rows ? int(rows->size()) : 0;
    }
    return 0;
}

int StepTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StepTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Path p = pathOf(index);
    const DocumentOutline &doc = m_outlines[size_t(p.document)];
    if (p.phase < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? doc.name : QVariant();
        case Qt::ToolTipRole:
            return doc.filePath;
        case KindRole:
            return QVariant::fromValue(Kind::Document);
        case SourceLineRole:
            return 1;
        case SourceColumnRole:
            return 1;
        default:
            return {};
        }
    }
    if (p.iteration >= 0)
        return iterationData(index, p, role);
    const PhaseOutline &phase = doc.phases[size_t(p.phase)];
    const RunState *run = runState(p);
    // A running transfer step: its bytes instead of a duration.
    const Progress *progress = nullptr;
    if (p.step >= 0 && run && run->status == RunStatus::Running && !m_progress.isEmpty()) {
        const auto it = m_progress.constFind(stepAddress(p));
        progress = it == m_progress.constEnd() ? nullptr : &it.value();
    }
    switch (role) {
    case ProgressDoneRole:
        return progress ? progress->done : qint64(-1);
    case ProgressTotalRole:
        return progress ? progress->total : qint64(-1);
    case RunStatusRole:
        return int(run ? run->status : RunStatus::Pending);
    case DurationRole:
        return run ? run->durationMs : qint64(-1);
    case FailureMessageRole:
        return run ? FailureText::localized(run->failureMessage) : QString();
    default:
        break;
    }
    if (index.column() == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        if (!run && p.step >= 0 && p.iteration < 0 && m_notSelected.contains(stepAddress(p)))
            return role == Qt::DisplayRole ? tr("not selected")
                                           : tr("not selected: outside the steps this run ran");
        if (!run)
            return {};
        // The column stays narrow (the icon says the status); the tooltip says it all.
        const QString name = runStatusText(run->status);
        if (progress) {
            const QString bytes =
                progress->total >= 0
                    ? tr("%1 of %2").arg(formatBytes(progress->done), formatBytes(progress->total))
                    : formatBytes(progress->done);
            return role == Qt::DisplayRole ? bytes : tr("%1 · %2").arg(name, bytes);
        }
        if (role == Qt::DisplayRole)
            return run->durationMs >= 0 ? formatDuration(run->durationMs) : name;
        QString tip =
            run->durationMs >= 0 ? tr("%1 · %2").arg(name, formatDuration(run->durationMs)) : name;
        if (!run->failureMessage.isEmpty())
            tip += u'\n' + FailureText::localized(run->failureMessage);
        return tip;
    }
    if (p.step < 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != NameColumn)
                return {};
            return phase.name.isEmpty() ? tr("(unnamed phase)") : phase.name;
        case Qt::ToolTipRole:
            return tr("Phase %1, line %2").arg(phase.name).arg(phase.line);
        case KindRole:
            return QVariant::fromValue(Kind::Phase);
        case SourceLineRole:
            return phase.line;
        case SourceColumnRole:
            return phase.column;
        default:
            return {};
        }
    }
    const StepOutline &step = phase.steps[size_t(p.step)];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ActionColumn)
            return step.action;
        return step.name.isEmpty() ? tr("(unnamed step)") : step.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2), line %3").arg(step.name, step.action).arg(step.line);
    case KindRole:
        return QVariant::fromValue(Kind::Step);
    case SourceLineRole:
        return step.line;
    case SourceColumnRole:
        return step.column;
    case ActionRole:
        return step.action;
    default:
        return {};
    }
}

QVariant StepTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Step");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> StepTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SourceLineRole, "sourceLine");
    names.insert(SourceColumnRole, "sourceColumn");
    names.insert(ActionRole, "action");
    names.insert(RunStatusRole, "runStatus");
    names.insert(DurationRole, "duration");
    names.insert(FailureMessageRole, "failureMessage");
    names.insert(IterationIndexRole, "iterationIndex");
    names.insert(ProgressDoneRole, "progressDone");
    names.insert(ProgressTotalRole, "progressTotal");
    return names;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QCoreApplication::translate("Kiln::StepTreeModel", "%1 ms").arg(ms);
    if (ms < 60000)
        return QCoreApplication::translate("Kiln::StepTreeModel", "%1 s")
            .arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return QCoreApplication::translate("Kiln::StepTreeModel", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    return QCoreApplication::translate("Kiln::StepTreeModel", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

StepAddress StepTreeModel::stepAddress(const Path &path) const
{
    const PhaseOutline &phase = m_outlines[size_t(path.document)].phases[size_t(path.phase)];
    return StepAddress{path.document, phase.name, phase.steps[size_t(path.step)].name};
}

const std::vector<StepTreeModel::IterationState> *
StepTreeModel::iterations(const Path &stepPath) const
{
    if (m_iterations.isEmpty())
        return nullptr;
    const DocumentOutline &doc = m_outlines[size_t(stepPath.document)];
    const PhaseOutline &phase = doc.phases[size_t(stepPath.phase)];
    const QString &stepName = phase.steps[size_t(stepPath.step)].name;
    const auto it = m_iterations.constFind(StepAddress{stepPath.document, phase.name, stepName});
    if (it == m_iterations.constEnd() || it->empty())
        return nullptr;
    // Duplicate names (an error the validator reports): only the item
    // stepIndex() finds has the rows, so every change reaches the view.
    for (int p = 0; p < stepPath.phase; ++p) {
        if (doc.phases[size_t(p)].name == phase.name)
            return nullptr;
    }
    for (int s = 0; s < stepPath.step; ++s) {
        if (phase.steps[size_t(s)].name == stepName)
            return nullptr;
    }
    return &it.value();
}

QVariant StepTreeModel::iterationData(const QModelIndex &index, const Path &path, int role) const
{
    const std::vector<IterationState> *rows = iterations(path);
    if (!rows || path.iteration >= int(rows->size()))
        return {};
    const IterationState &it = (*rows)[size_t(path.iteration)];
    const StepOutline &step =
        m_outlines[size_t(path.document)].phases[size_t(path.phase)].steps[size_t(path.step)];
    const QString label = it.label.isEmpty() ? tr("#%1 (empty value)").arg(it.index)
                                             : tr("#%1 %2").arg(it.index).arg(it.label);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return label;
        if (index.column() == StatusColumn)
            return it.durationMs >= 0 ? formatDuration(it.durationMs) : runStatusText(it.status);
        return {};
    case Qt::ToolTipRole: {
        const QString what = tr("Iteration %1 of step %2, value: %3")
                                 .arg(it.index)
                                 .arg(step.name, it.label.isEmpty() ? tr("(empty)") : it.label);
        const QString status = it.durationMs >= 0 ? tr("%1 · %2").arg(runStatusText(it.status),
                                                                      formatDuration(it.durationMs))
                                                  : runStatusText(it.status);
        return index.column() == StatusColumn ? status : what + u'\n' + status;
    }
    case KindRole:
        return QVariant::fromValue(Kind::Iteration);
    case SourceLineRole:
        return step.line;
    case SourceColumnRole:
        return step.column;
    case RunStatusRole:
        return int(it.status);
    case DurationRole:
        return it.durationMs;
    case IterationIndexRole:
        return it.index;
    case ProgressDoneRole:
    case ProgressTotalRole:
        return qint64(-1);
    default:
        return {};
    }
}

bool StepTreeModel::keepIterationsConsistent(const std::vector<DocumentOutline> &outlines)
{
    if (m_iterations.isEmpty())
        return true;
    // Steps the edit changed (renamed, or their content): their iterations
    // describe a step that is no longer there.
    for (int d = 0; d < int(m_outlines.size()); ++d) {
        const DocumentOutline &od = m_outlines[size_t(d)];
        const DocumentOutline &nd = outlines[size_t(d)];
        for (int p = 0; p < int(od.phases.size()); ++p) {
            const PhaseOutline &op = od.phases[size_t(p)];
            const PhaseOutline &np = nd.phases[size_t(p)];
            for (int s = 0; s < int(op.steps.size()); ++s) {
                const StepOutline &os = op.steps[size_t(s)];
                const StepOutline &ns = np.steps[size_t(s)];
                if (op.name == np.name && os.name == ns.name && os.signature == ns.signature)
                    continue;
                const StepAddress key{d, op.name, os.name};
                if (!m_iterations.contains(key))
                    continue;
                const QModelIndex item = index(s, 0, index(p, 0, index(d, 0)));
                const int rows = rowCount(item);
                if (rows > 0)
                    beginRemoveRows(item, 0, rows - 1);
                m_iterations.remove(key);
                m_progress.remove(key);
                if (rows > 0)
                    endRemoveRows();
            }
        }
    }
    // What is left must show the same rows under the new names; otherwise
    // (a name now shared with another step's) the caller resets.
    StepTreeModel probe;
    probe.m_outlines = outlines;
    probe.m_iterations = m_iterations;
    for (int d = 0; d < int(m_outlines.size()); ++d) {
        const QModelIndex oldDoc = index(d, 0);
        const QModelIndex newDoc = probe.index(d, 0);
        for (int p = 0; p < rowCount(oldDoc); ++p) {
            const QModelIndex oldPhase = index(p, 0, oldDoc);
            const QModelIndex newPhase = probe.index(p, 0, newDoc);
            for (int s = 0; s < rowCount(oldPhase); ++s) {
                if (rowCount(index(s, 0, oldPhase)) != probe.rowCount(probe.index(s, 0, newPhase)))
                    return false;
            }
        }
    }
    return true;
}

void StepTreeModel::pruneIterations(const std::vector<DocumentOutline> &outlines)
{
    if (m_iterations.isEmpty())
        return;
    auto signatures = [](const std::vector<DocumentOutline> &docs) {
        QHash<StepAddress, size_t> out;
        for (int d = 0; d < int(docs.size()); ++d) {
            for (const PhaseOutline &p : docs[size_t(d)].phases) {
                for (const StepOutline &s : p.steps) {
                    const StepAddress key{d, p.name, s.name};
                    if (!out.contains(key))
                        out.insert(key, s.signature);
                }
            }
        }
        return out;
    };
    const QHash<StepAddress, size_t> before = signatures(m_outlines);
    const QHash<StepAddress, size_t> after = signatures(outlines);
    for (auto it = m_iterations.begin(); it != m_iterations.end();) {
        const auto now = after.constFind(it.key());
        if (now == after.constEnd() || *now != before.value(it.key())) {
            m_progress.remove(it.key());
            it = m_iterations.erase(it);
        } else {
            ++it;
        }
    }
}

const StepTreeModel::RunState *StepTreeModel::runState(const Path &path) const
{
    if (m_runStates.isEmpty() || path.phase < 0)
        return nullptr;
    const PhaseOutline &phase = m_outlines[size_t(path.document)].phases[size_t(path.phase)];
    const QString step = path.step < 0 ? QString() : phase.steps[size_t(path.step)].name;
    const auto it = m_runStates.constFind(StepAddress{path.document, phase.name, step});
    return it == m_runStates.constEnd() ? nullptr : &it.value();
}

QModelIndex StepTreeModel::phaseIndex(int documentRow, const QString &phase) const
{
    if (documentRow < 0 || documentRow >= int(m_outlines.size()))
        return {};
    const DocumentOutline &doc = m_outlines[size_t(documentRow)];
    for (int p = 0; p < int(doc.phases.size()); ++p) {
        if (doc.phases[size_t(p)].name == phase)
            return index(p, 0, index(documentRow, 0));
    }
    return {};
}

QModelIndex StepTreeModel::stepIndex(int documentRow, const QString &phase,
                                     const QString &step) const
{
    const QModelIndex phaseItem = phaseIndex(documentRow, phase);
    if (!phaseItem.isValid())
        return {};
    const PhaseOutline &p = m_outlines[size_t(documentRow)].phases[size_t(phaseItem.row())];
    for (int s = 0; s < int(p.steps.size()); ++s) {
        if (p.steps[size_t(s)].name == step)
            return index(s, 0, phaseItem);
    }
    return {};
}

void StepTreeModel::emitRowChanged(const QModelIndex &item)
{
    if (!item.isValid())
        return;
    Q_EMIT dataChanged(item.siblingAtColumn(0), item.siblingAtColumn(ColumnCount - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::ForegroundRole,
                        RunStatusRole, DurationRole, FailureMessageRole});
}

void StepTreeModel::setStepStatus(int documentRow, const QString &phase, const QString &step,
                                  RunStatus status, qint64 durationMs,
                                  const QString &failureMessage)
{
    const StepAddress key{documentRow, phase, step};
    m_runStates.insert(key, RunState{status, durationMs, failureMessage});
    if (status != RunStatus::Running)
        m_progress.remove(key);
    emitRowChanged(stepIndex(documentRow, phase, step));
}

void StepTreeModel::beginIteration(int documentRow, const QString &phase, const QString &step,
                                   qint64 index, const QString &label)
{
    const StepAddress key{documentRow, phase, step};
    const QModelIndex item = stepIndex(documentRow, phase, step);
    std::vector<IterationState> &rows = m_iterations[key];
    // Only the item stepIndex() finds shows them (see iterations()): signal on it.
    const bool shown = item.isValid();
    const auto stale = std::find_if(rows.begin(), rows.end(),
                                    [index](const IterationState &r) { return r.index >= index; });
    if (stale != rows.end()) {
        const int first = int(stale - rows.begin());
        if (shown)
            beginRemoveRows(item, first, int(rows.size()) - 1);
        rows.erase(stale, rows.end());
        if (shown)
            endRemoveRows();
    }
    const int row = int(rows.size());
    if (shown)
        beginInsertRows(item, row, row);
    rows.push_back(IterationState{index, label, RunStatus::Running, -1});
    if (shown)
        endInsertRows();
}

void StepTreeModel::setIterationStatus(int documentRow, const QString &phase, const QString &step,
                                       qint64 index, RunStatus status, qint64 durationMs)
{
    const auto it = m_iterations.find(StepAddress{documentRow, phase, step});
    if (it == m_iterations.end())
        return;
    std::vector<IterationState> &rows = it.value();
    for (int row = 0; row < int(rows.size()); ++row) {
        if (rows[size_t(row)].index != index)
            continue;
        rows[size_t(row)].status = status;
        rows[size_t(row)].durationMs = durationMs;
        const QModelIndex item = stepIndex(documentRow, phase, step);
        if (item.isValid())
            emitRowChanged(this->index(row, 0, item));
        return;
    }
}

int StepTreeModel::iterationCount(int documentRow, const QString &phase, const QString &step) const
{
    const QModelIndex item = stepIndex(documentRow, phase, step);
    return item.isValid() ? rowCount(item) : 0;
}

void StepTreeModel::setStepProgress(int documentRow, const QString &phase, const QString &step,
                                    qint64 done, qint64 total)
{
    m_progress.insert(StepAddress{documentRow, phase, step}, Progress{done, total});
    const QModelIndex item = stepIndex(documentRow, phase, step);
    if (item.isValid())
        Q_EMIT dataChanged(item.siblingAtColumn(StatusColumn), item.siblingAtColumn(StatusColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, ProgressDoneRole, ProgressTotalRole});
}

void StepTreeModel::setPhaseStatus(int documentRow, const QString &phase, RunStatus status,
                                   qint64 durationMs)
{
    m_runStates.insert(StepAddress{documentRow, phase, {}}, RunState{status, durationMs, {}});
    emitRowChanged(phaseIndex(documentRow, phase));
}

void StepTreeModel::clearRunStatuses()
{
    m_progress.clear();
    while (!m_iterations.isEmpty()) {
        const auto it = m_iterations.begin();
        const StepAddress &step = it.key();
        const QModelIndex item = stepIndex(step.document, step.phase, step.step);
        const int rows = item.isValid() ? rowCount(item) : 0;
        if (rows > 0)
            beginRemoveRows(item, 0, rows - 1);
        m_iterations.erase(it);
        if (rows > 0)
            endRemoveRows();
    }
    for (const StepAddress &a : std::exchange(m_notSelected, {}))
        emitRowChanged(stepIndex(a.document, a.phase, a.step));
    const QHash<StepAddress, RunState> old = std::exchange(m_runStates, {});
    for (auto it = old.begin(); it != old.end(); ++it) {
        const StepAddress &a = it.key();
        emitRowChanged(a.step.isEmpty() ? phaseIndex(a.document, a.phase)
                                        : stepIndex(a.document, a.phase, a.step));
    }
}

void StepTreeModel::markNotSelected(int documentRow, const RunPlan &plan, int planDocument)
{
    if (documentRow < 0 || documentRow >= int(m_outlines.size()))
        return;
    const std::vector<PhaseOutline> &phases = m_outlines[size_t(documentRow)].phases;
    for (size_t p = 0; p < phases.size(); ++p) {
        const RunPlan::PhaseSpan &span = plan.phase(planDocument, int(p));
        for (size_t s = 0; s < phases[p].steps.size(); ++s) {
            if (span.runs && int(s) >= span.first && int(s) < span.end)
                continue;
            const StepAddress a{documentRow, phases[p].name, phases[p].steps[s].name};
            m_notSelected.insert(a);
            emitRowChanged(stepIndex(a.document, a.phase, a.step));
        }
    }
}

} // namespace Kiln
