#include "model/steptreemodel.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Kiln {

namespace {

// internalId layout: bits 0–23 = parent document row + 1, bits 24+ = parent
// phase row + 1. Documents have id 0, phases only the document part.
constexpr quintptr PhaseShift = 24;
constexpr quintptr DocumentMask = (quintptr(1) << PhaseShift) - 1;

} // namespace

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
    if (!sameShape(outlines, m_outlines)) {
        beginResetModel();
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
    const int phasePart = int(id >> PhaseShift);
    if (docPart == 0) {
        path.document = index.row();
    } else if (phasePart == 0) {
        path.document = docPart - 1;
        path.phase = index.row();
    } else {
        path.document = docPart - 1;
        path.phase = phasePart - 1;
        path.step = index.row();
    }
    return path;
}

QModelIndex StepTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Path p = pathOf(parent);
    if (p.phase < 0)
        return createIndex(row, column, quintptr(p.document + 1));
    return createIndex(row, column,
                       quintptr(p.document + 1) | (quintptr(p.phase + 1) << PhaseShift));
}

QModelIndex StepTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Path p = pathOf(child);
    if (p.phase < 0)
        return {};
    if (p.step < 0)
        return createIndex(p.document, 0, quintptr(0));
    return createIndex(p.phase, 0, quintptr(p.document + 1));
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
    if (p.step < 0 && p.phase < int(doc.phases.size()))
        return int(doc.phases[size_t(p.phase)].steps.size());
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
    const PhaseOutline &phase = doc.phases[size_t(p.phase)];
    const RunState *run = runState(p);
    switch (role) {
    case RunStatusRole:
        return int(run ? run->status : RunStatus::Pending);
    case DurationRole:
        return run ? run->durationMs : qint64(-1);
    case FailureMessageRole:
        return run ? run->failureMessage : QString();
    default:
        break;
    }
    if (index.column() == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        if (!run)
            return {};
        // The column stays narrow (the icon says the status); the tooltip says it all.
        const QString name = runStatusText(run->status);
        if (role == Qt::DisplayRole)
            return run->durationMs >= 0 ? formatDuration(run->durationMs) : name;
        QString tip =
            run->durationMs >= 0 ? tr("%1 · %2").arg(name, formatDuration(run->durationMs)) : name;
        if (!run->failureMessage.isEmpty())
            tip += u'\n' + run->failureMessage;
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

QString StepTreeModel::runKey(int documentRow, const QString &phase, const QString &step)
{
    // Names cannot hold a newline (the validator rejects them), so it separates safely.
    return QString::number(documentRow) + u'\n' + phase + u'\n' + step;
}

const StepTreeModel::RunState *StepTreeModel::runState(const Path &path) const
{
    if (m_runStates.isEmpty() || path.phase < 0)
        return nullptr;
    const PhaseOutline &phase = m_outlines[size_t(path.document)].phases[size_t(path.phase)];
    const QString step = path.step < 0 ? QString() : phase.steps[size_t(path.step)].name;
    const auto it = m_runStates.constFind(runKey(path.document, phase.name, step));
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
    m_runStates.insert(runKey(documentRow, phase, step),
                       RunState{status, durationMs, failureMessage});
    emitRowChanged(stepIndex(documentRow, phase, step));
}

void StepTreeModel::setPhaseStatus(int documentRow, const QString &phase, RunStatus status,
                                   qint64 durationMs)
{
    m_runStates.insert(runKey(documentRow, phase, QString()), RunState{status, durationMs, {}});
    emitRowChanged(phaseIndex(documentRow, phase));
}

void StepTreeModel::clearRunStatuses()
{
    const QHash<QString, RunState> old = std::exchange(m_runStates, {});
    for (auto it = old.begin(); it != old.end(); ++it) {
        const QStringList parts = it.key().split(u'\n');
        const int documentRow = parts.value(0).toInt();
        emitRowChanged(parts.value(2).isEmpty()
                           ? phaseIndex(documentRow, parts.value(1))
                           : stepIndex(documentRow, parts.value(1), parts.value(2)));
    }
}

} // namespace Kiln
