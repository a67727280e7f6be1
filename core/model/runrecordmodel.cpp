// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/runrecordmodel.h"

#include "model/steptreemodel.h"
#include "model/timelinemodel.h"
#include "process/failuretext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

qint64 durationOf(const QDateTime &start, const QDateTime &end)
{
    return start.isValid() && end.isValid() ? start.msecsTo(end) : -1;
}

} // namespace

RunRecordModel::RunRecordModel(QObject *parent) : QAbstractItemModel(parent) {}

void RunRecordModel::setRecord(ExecutionRecord record, const TimelineModel *timeline)
{
    beginResetModel();
    m_record = std::move(record);
    m_stepMs.clear();
    for (int d = 0; timeline && d < int(m_record.documents.size()); ++d) {
        for (const PhaseRecord &phase : m_record.documents[size_t(d)].phases) {
            for (const StepRecord &step : phase.steps) {
                if (const qint64 ms = timeline->stepDurationMs(d, phase.name, step.name); ms >= 0)
                    m_stepMs.insert({d, phase.name, step.name}, ms);
            }
        }
    }
    m_nodes.clear();
    m_roots.clear();
    for (int d = 0; d < int(m_record.documents.size()); ++d) {
        const int docNode = int(m_nodes.size());
        m_nodes.push_back(Node{-1, d, d, -1, -1, {}});
        m_roots.push_back(docNode);
        const DocumentRecord &doc = m_record.documents[size_t(d)];
        for (int p = 0; p < int(doc.phases.size()); ++p) {
            const int phaseNode = int(m_nodes.size());
            m_nodes.push_back(Node{docNode, p, d, p, -1, {}});
            m_nodes[size_t(docNode)].children.push_back(phaseNode);
            for (int s = 0; s < int(doc.phases[size_t(p)].steps.size()); ++s) {
                const int stepNode = int(m_nodes.size());
                m_nodes.push_back(Node{phaseNode, s, d, p, s, {}});
                m_nodes[size_t(phaseNode)].children.push_back(stepNode);
            }
        }
    }
    endResetModel();
}

QModelIndex RunRecordModel::firstFailedStep() const
{
    for (int n = 0; n < int(m_nodes.size()); ++n) {
        const Node &node = m_nodes[size_t(n)];
        if (node.step < 0)
            continue;
        const StepRecord &s = m_record.documents[size_t(node.document)]
                                  .phases[size_t(node.phase)]
                                  .steps[size_t(node.step)];
        if (s.status == RunStatus::Failed || s.status == RunStatus::Cancelled)
            return createIndex(node.row, 0, quintptr(n + 1));
    }
    return {};
}

const RunRecordModel::Node *RunRecordModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.internalId() > m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId() - 1)];
}

QModelIndex RunRecordModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> *children = &m_roots;
    if (parent.isValid()) {
        const Node *p = nodeOf(parent);
        if (!p || parent.column() != 0)
            return {};
        children = &p->children;
    }
    if (row >= int(children->size()))
        return {};
    return createIndex(row, column, quintptr(children->at(size_t(row)) + 1));
}

QModelIndex RunRecordModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent + 1));
}

int RunRecordModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *n = nodeOf(parent);
    return n && parent.column() == 0 ? int(n->children.size()) : 0;
}

int RunRecordModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    const DocumentRecord &doc = m_record.documents[size_t(n->document)];
    QString name;
    RunStatus status = doc.status;
    QString failure = doc.failureMessage;
    qint64 duration = durationOf(doc.startTime, doc.endTime);
    const StepRecord *step = nullptr;
    int kind = 0;
    if (n->phase < 0) {
        name = doc.name.isEmpty() ? doc.filePath : doc.name;
    } else {
        const PhaseRecord &phase = doc.phases[size_t(n->phase)];
        name = phase.name;
        status = phase.status;
        failure = phase.failureMessage;
        duration = durationOf(phase.startTime, phase.endTime);
        kind = 1;
        if (n->step >= 0) {
            step = &phase.steps[size_t(n->step)];
            name = step->name;
            status = step->status;
            failure = step->failureMessage;
            const auto precise = m_stepMs.constFind({n->document, phase.name, step->name});
            duration = precise != m_stepMs.constEnd() ? *precise
                                                      : durationOf(step->startTime, step->endTime);
            kind = 2;
        }
    }
    failure = FailureText::localized(failure); // the record keeps English (failuretext.h)
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return step ? tr("%1 (%2)").arg(name, step->action) : name;
        case StatusColumn:
            return runStatusText(status);
        case DurationColumn:
            // Report times have whole seconds, so 0 means "under a second";
            // a timeline's milliseconds are shown as the run showed them.
            if (step &&
                m_stepMs.contains({n->document, doc.phases[size_t(n->phase)].name, step->name}))
                return formatDuration(duration);
            return duration >= 0 && duration < 1000 ? tr("< 1 s") : formatDuration(duration);
        case MessageColumn:
            return failure.section(u'\n', 0, 0);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return failure.isEmpty() ? QVariant() : failure;
    case RunStatusRole:
        return int(status);
    case DurationRole:
        return duration;
    case FailureMessageRole:
        return failure;
    case OutputsRole:
        return step ? stepOutputsText(step->outputs) : QString();
    case InputsRole:
        return step && !step->inputs.isEmpty()
                   ? QString::fromUtf8(QJsonDocument(step->inputs).toJson(QJsonDocument::Indented))
                   : QString();
    case KindRole:
        return kind;
    default:
        return {};
    }
}

QVariant RunRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Kiln
