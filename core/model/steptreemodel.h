// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The outline of component documents as a tree for the studio's step tree:
// documents → phases → steps (→ loop iterations during and after a run), each
// with its source position so the editor and the tree can follow each other. QtCore only (tested
// headless); icons come from widgets. The model keeps plain copies of names and positions (hotspot
// style), never pointers into a Document, so a Document can be dropped after
// setOutlines().
#pragma once

#include "exec/runrecord.h"
#include "exec/stepaddress.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <vector>

namespace Kiln {

class RunPlan;

class Document;

struct StepOutline
{
    QString name;
    QString action;
    int line = 0; // 1-based source position of the step mapping
    int column = 0;
    // A hash of the step's content (kinds, scalars, keys; not positions): when
    // it changes, the loop iterations of an earlier run no longer describe this
    // step and are dropped. A hash, not the step as JSON text: this is computed
    // for every step on every keystroke (2,000 steps: ~1 ms instead of ~25 ms).
    size_t signature = 0;
};

struct PhaseOutline
{
    QString name;
    int line = 0;
    int column = 0;
    std::vector<StepOutline> steps;
};

struct DocumentOutline
{
    QString name; // the document's `name`, or its file name
    QString filePath;
    std::vector<PhaseOutline> phases;

    static DocumentOutline fromDocument(const Document &document);
};

class StepTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ActionColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        SourceLineRole,              // 1-based, 0 = unknown
        SourceColumnRole,
        ActionRole,         // steps only
        RunStatusRole,      // int(Kiln::RunStatus) of the last/current run; steps and phases
        DurationRole,       // milliseconds (qint64), -1 while unknown
        FailureMessageRole, // the step's failure message, if any
        IterationIndexRole, // iterations only: the 0-based loop index (qint64)
        ProgressDoneRole,   // steps only: bytes transferred by the running step, -1 = none
        ProgressTotalRole,  // steps only: bytes to transfer, -1 = unknown or none
    };
    Q_ENUM(Role)
    enum class Kind { Document, Phase, Step, Iteration };
    Q_ENUM(Kind)

    explicit StepTreeModel(QObject *parent = nullptr);

    // Replaces the outlines. When the shape (counts at every level) is
    // unchanged, only the rows whose text or position changed emit dataChanged,
    // so renaming a step or typing inside one keeps the view's expansion and
    // selection; any structural change resets the model (simple and correct;
    // insert/remove diffs are future work).
    void setOutlines(std::vector<DocumentOutline> outlines);
    void setDocument(const Document &document);
    const std::vector<DocumentOutline> &outlines() const { return m_outlines; }

    // Run statuses, keyed by document row, phase and step name so they survive
    // re-validation while the user types during a run. Each change emits
    // dataChanged for that row only (never a reset). Phases get no status of
    // their own here: the view derives nothing, the executor reports them.
    void setStepStatus(int documentRow, const QString &phase, const QString &step, RunStatus status,
                       qint64 durationMs = -1, const QString &failureMessage = {});
    void setPhaseStatus(int documentRow, const QString &phase, RunStatus status,
                        qint64 durationMs = -1);
    // Loop iterations of a running step, shown as its children (Kind::Iteration,
    // with the step's source position). beginIteration() first drops the rows
    // at `index` and after (a retry or a rerun after a reboot starts again at 0),
    // then appends a running row labelled `label`.
    void beginIteration(int documentRow, const QString &phase, const QString &step, qint64 index,
                        const QString &label);
    void setIterationStatus(int documentRow, const QString &phase, const QString &step,
                            qint64 index, RunStatus status, qint64 durationMs = -1);
    int iterationCount(int documentRow, const QString &phase, const QString &step) const;
    // Bytes a running transfer step has moved (total -1 = unknown): the status
    // column shows "34.2 MB of 120 MB" until the step's status leaves Running.
    void setStepProgress(int documentRow, const QString &phase, const QString &step, qint64 done,
                         qint64 total);
    // Forgets every status, iteration and progress (before a new run).
    void clearRunStatuses();
    // The steps of document `documentRow` that `plan` (for its document
    // `planDocument`) leaves out show "not selected" until the next
    // clearRunStatuses(): Run This Step, Run From Here and unchecked phases.
    void markNotSelected(int documentRow, const RunPlan &plan, int planDocument = 0);
    // The step item for names, or invalid.
    QModelIndex stepIndex(int documentRow, const QString &phase, const QString &step) const;
    QModelIndex phaseIndex(int documentRow, const QString &phase) const;

    // The innermost item of document `documentRow` that starts at or before
    // `line` (1-based): the step or phase the cursor is in, or the document
    // item above the first phase. Invalid for a bad row or line.
    QModelIndex indexForLine(int line, int documentRow = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Item identity, packed in QModelIndex::internalId(): which document and
    // phase the item's parent is (0 = none), see steptreemodel.cpp.
    struct Path
    {
        int document = -1;
        int phase = -1;
        int step = -1;
        int iteration = -1;
    };
    Path pathOf(const QModelIndex &index) const;
    static quintptr idOf(const Path &parent);

    struct RunState
    {
        RunStatus status = RunStatus::Pending;
        qint64 durationMs = -1;
        QString failureMessage;
    };
    struct IterationState
    {
        qint64 index = 0;
        QString label;
        RunStatus status = RunStatus::Running;
        qint64 durationMs = -1;
    };
    struct Progress
    {
        qint64 done = -1;
        qint64 total = -1;
    };
    StepAddress stepAddress(const Path &path) const;
    const RunState *runState(const Path &path) const;
    const std::vector<IterationState> *iterations(const Path &stepPath) const;
    void emitRowChanged(const QModelIndex &index);
    // setOutlines(): drops the iterations of steps the new outlines changed;
    // returns false when rows would still change without signals (reset then).
    bool keepIterationsConsistent(const std::vector<DocumentOutline> &outlines);
    void pruneIterations(const std::vector<DocumentOutline> &outlines);
    QVariant iterationData(const QModelIndex &index, const Path &path, int role) const;

    std::vector<DocumentOutline> m_outlines;
    QHash<StepAddress, RunState> m_runStates; // steps and phases (no step name)
    QHash<StepAddress, std::vector<IterationState>> m_iterations;
    QHash<StepAddress, Progress> m_progress; // bytes of a transfer step
    QSet<StepAddress> m_notSelected;         // outside the run's plan
};

// "34.2 MB", "850 KB", "12 bytes": transfer sizes as the studio shows them (decimal units).
QString formatBytes(qint64 bytes);

// "1.2 s", "2 min 5 s", "850 ms": durations as the step tree and history show them.
QString formatDuration(qint64 ms);
// "success", "failed (ignored)", "stopped"…: statuses as the studio shows them (translated).
QString runStatusText(RunStatus status);

} // namespace Kiln
