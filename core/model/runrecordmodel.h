// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A finished run as a read-only tree for the studio's run history: documents →
// phases → steps with status, duration and failure message; a step's outputs
// (the stdout the module recorded) and inputs come through roles for the
// details view. Built from an ExecutionRecord (read by readDetailedOutput), so
// a report written by `kiln run` and one downloaded from AWSTOE look the same.
#pragma once

#include "exec/runrecord.h"
#include "exec/stepaddress.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace Kiln {

class TimelineModel;

class RunRecordModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, DurationColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RunStatusRole = Qt::UserRole + 1, // int(Kiln::RunStatus)
        DurationRole,                     // milliseconds, -1 when a time is missing
        FailureMessageRole,
        OutputsRole, // steps: the outputs as readable text (stdout first)
        InputsRole,  // steps: the resolved inputs as indented JSON
        KindRole,    // 0 document, 1 phase, 2 step
    };
    Q_ENUM(Role)

    explicit RunRecordModel(QObject *parent = nullptr);

    // With the run's timeline (kiln-timeline.json, milliseconds) the steps'
    // durations come from it and read as they did live; without one (AWSTOE's
    // reports) from the record's whole-second times, where 0 reads "< 1 s".
    void setRecord(ExecutionRecord record, const TimelineModel *timeline = nullptr);
    const ExecutionRecord &record() const { return m_record; }
    // The first failed step (document order), or invalid.
    QModelIndex firstFailedStep() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // One entry per item; internalId() is the entry's position + 1.
    struct Node
    {
        int parent = -1; // node index, -1 for documents
        int row = 0;
        int document = 0;
        int phase = -1;
        int step = -1;
        std::vector<int> children;
    };
    const Node *nodeOf(const QModelIndex &index) const;

    ExecutionRecord m_record;
    QHash<StepAddress, qint64> m_stepMs; // from the timeline
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace Kiln
