// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The live output of a run: per-step output with stdout and stderr told apart
// by colour, a filter box, and "only the selected step". Lines are buffered and
// painted every FlushIntervalMs (like Kate's build output), so a step printing
// a flood keeps the window responsive; memory is bounded by RunOutputLog (the
// last lines of each step) and by the view's block limit. The full output is
// always in the run folder's console.log.
#pragma once

#include "exec/runrecord.h"
#include "model/runoutputlog.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace Kiln {

class Executor;

class OutputPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 100;
    // At most this many buffered lines are painted per FlushIntervalMs tick, so
    // one tick stays short (~10 ms) however fast a step prints; the rest wait
    // for the next ticks (20,000 lines a second is more than anyone reads).
    static constexpr int MaxLinesPerFlush = 2000;

    explicit OutputPane(QWidget *parent = nullptr,
                        int maxLinesPerStep = RunOutputLog::DefaultMaxLinesPerStep);

    // Clears the pane and follows `executor`'s signals until it is destroyed.
    void attach(Executor *executor);
    void clear();
    // A note that belongs to no step (run started, run folder, stopped by the user).
    void addNote(const QString &text);

    // The step selected in the step tree; shown alone when "Only selected step" is on.
    void setSelectedStep(int document, const QString &phase, const QString &step);
    void setOnlySelectedStep(bool only);
    void setFilterText(const QString &text);

    // Paints everything buffered now (tests; the timer does it otherwise, a
    // slice of MaxLinesPerFlush at a time).
    void flush();
    QPlainTextEdit *view() const { return m_view; }
    const RunOutputLog &log() const { return m_log; }

protected:
    // A theme change repaints the output in the new palette's colours: lines
    // painted before it would keep the old ones (black on dark grey).
    void changeEvent(QEvent *event) override;

private:
    enum class ItemKind { Header, Line, Footer, Note };
    struct Pending
    {
        ItemKind kind;
        int step; // index into m_log, -1 for notes
        OutputChannel channel;
        QString text;
    };
    struct StepDecor
    {
        QString header;
        QString footer;
        RunStatus status = RunStatus::Running;
    };

    void queue(Pending item);
    void paintPending(size_t maxItems);
    bool visible(const Pending &item) const;
    void rebuild();
    void paint(const std::vector<Pending> &items, bool keepBottom);

    QPlainTextEdit *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_onlyStep;
    QLabel *m_info;
    QTimer *m_timer;
    RunOutputLog m_log;
    std::vector<StepDecor> m_decor; // parallel to m_log.steps()
    std::vector<Pending> m_pending;
    std::vector<Pending> m_notes;             // with step == -1, kept for rebuilds
    std::vector<std::pair<int, int>> m_order; // paint order for rebuilds: (step or -1, note index)
    qint64 m_pendingDropped = 0;
    int m_selectedDocument = -1;
    QString m_selectedPhase;
    QString m_selectedStep;
};

} // namespace Kiln
