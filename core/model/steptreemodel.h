// The outline of component documents as a tree for the studio's step tree:
// documents → phases → steps, each with its source position so the editor and
// the tree can follow each other. QtCore only (tested headless); icons come
// from widgets. The model keeps plain copies of names and positions (hotspot
// style), never pointers into a Document, so a Document can be dropped after
// setOutlines().
#pragma once

#include "exec/runrecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace Kiln {

class Document;

struct StepOutline
{
    QString name;
    QString action;
    int line = 0; // 1-based source position of the step mapping
    int column = 0;
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
    };
    Q_ENUM(Role)
    enum class Kind { Document, Phase, Step };
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
    // Forgets every status (before a new run); dataChanged for the rows that had one.
    void clearRunStatuses();
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
    };
    Path pathOf(const QModelIndex &index) const;

    struct RunState
    {
        RunStatus status = RunStatus::Pending;
        qint64 durationMs = -1;
        QString failureMessage;
    };
    static QString runKey(int documentRow, const QString &phase, const QString &step);
    const RunState *runState(const Path &path) const;
    void emitRowChanged(const QModelIndex &index);

    std::vector<DocumentOutline> m_outlines;
    QHash<QString, RunState> m_runStates; // runKey -> state
};

// "1.2 s", "2 min 5 s", "850 ms": durations as the step tree and history show them.
QString formatDuration(qint64 ms);
// "success", "failed (ignored)", "stopped"…: statuses as the studio shows them (translated).
QString runStatusText(RunStatus status);

} // namespace Kiln
