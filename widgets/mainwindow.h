// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's main window: documents in tabs (EditorPage), the problems pane
// for the current document, menus and the status bar (problem counts, cursor
// position). It wires widgets together; the features live in the widgets.
#pragma once

#include "studiosettings.h"

#include <QHash>
#include <QMainWindow>
#include <QPalette>

class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Kiln {

class CodeEditor;
class EditorPage;
class Executor;
class HistoryView;
class OpenComponentDialog;
class OutputPane;
class ProblemsView;
class WelcomePage;
class RunPanel;
class StepTreeView;
class StudioReplay;
class ActionReference;
class ChangesView;
class CommandPalette;
class TimelineView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in a new tab, or switches to it if already open. Returns
    // the page, or nullptr (after telling the user) when it cannot be read.
    EditorPage *openFile(const QString &path);
    // File › Open Component from Image Builder: the dialog (open, not modal to
    // the event loop); a component it fetches opens as an unsaved page named
    // after it.
    OpenComponentDialog *showOpenComponentDialog();
    // A new unsaved document with `text`, called `name` (a file name Save As
    // suggests, e.g. a component's) or else "Untitled N".
    EditorPage *newDocument(const QString &text = {}, const QString &name = {});
    // Reopens the saved files that were open when the studio last closed;
    // returns how many. With none open, the welcome page is shown.
    int restoreSession();
    // Saves every modified document (asking for names of untitled ones);
    // false when one was not saved.
    bool saveAll();
    WelcomePage *welcomePage() const { return m_welcome; }
    // Help › Action Reference (F1), opened at the module of the cursor's step.
    ActionReference *showActionReference();
    // Ctrl+Shift+P: every menu action, filtered as you type.
    CommandPalette *showCommandPalette();
    // A new untitled document from a template resource (see documenttemplates.h).
    EditorPage *newFromTemplate(const QString &resource);

    EditorPage *currentPage() const;
    void setCurrentPage(EditorPage *page);
    EditorPage *page(int index) const;
    int pageCount() const;
    ProblemsView *problemsView() const { return m_problems; }
    StepTreeView *stepTreeView() const { return m_steps; }
    RunPanel *runPanel() const { return m_run; }
    // The Output pane and run progress of the current document: each document
    // has its own, so a tab never shows another document's run.
    OutputPane *outputPane() const { return outputFor(currentPage()); }
    HistoryView *historyView() const { return m_history; }
    // History › Replay and Run › Replay Run Report: `kiln run --replay` here.
    StudioReplay *replayer() const { return m_replay; }
    TimelineView *timelineView() const { return m_timeline; }
    QProgressBar *runProgress() const { return progressFor(currentPage()); }
    OutputPane *outputFor(const EditorPage *page) const { return m_outputs.value(page); }
    QProgressBar *progressFor(const EditorPage *page) const { return m_progressBars.value(page); }
    // Run › Run This Step / Run From Here on the step tree's current step.
    bool runCurrentStep(bool only);
    // History › Run Again: the run's document (opened if need be, or its copy in
    // the run folder when it was an unsaved tab) with the run's parameters.
    bool runAgain(const QString &runFolder);

    // Saves the current document; asks for a name when it has none.
    bool save();
    bool saveAs();
    // Closes the tab at `index`, asking first when it has unsaved changes.
    bool closePage(int index);

    const StudioSettings &settings() const { return m_settings; }
    // Stores `settings` and applies font and theme to the open documents.
    void applySettings(const StudioSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void currentPageChanged();
    void updateStatus();
    void updateTabTitle(EditorPage *page);
    void goToLine();
    // Ctrl+.: the quick fixes of the cursor's line in a menu at the cursor.
    void showQuickFixes();
    // Adds the quick fixes of `page`'s cursor line to `menu`; false when there is none.
    bool addQuickFixes(QMenu &menu, EditorPage *page);
    // F2: asks for the new name of the step, parameter or constant at the cursor.
    void renameSymbol();
    bool savePage(EditorPage *page, bool askForName);
    bool maybeSave(EditorPage *page);
    EditorPage *addPage(EditorPage *page);
    void rebuildRecentMenu();
    void rememberFile(const QString &path);
    void fileChangedOnDisk(const QString &path);
    void watch(EditorPage *page);
    void applyTheme();
    void createRunDocks();
    void runStarting(Executor *executor, EditorPage *page);
    void runFinished(int status, const QString &folder);
    void stepFailed(const QString &phase, const QString &step);
    // Selects a step of the run in the step tree (the editor follows) and the output.
    void selectRunStep(int document, const QString &phase, const QString &step);
    // Which document of its run `page` shows (0 unless it holds a replay of several).
    int runDocumentOf(const EditorPage *page) const;
    // Shows a bottom dock in front, at least 300 pixels high.
    void raiseDock(const QString &objectName);
    void updateHistoryDirectory();
    // When the window shrinks, the editor keeps the room (QMainWindow takes it
    // from the central widget first): once the editor has less than half the
    // width, the side docks go down to a quarter each; bottom docks to a third
    // of the height.
    void fitDocks();
    void addRunViews(EditorPage *page);
    // A View menu toggle for every editor (word wrap, whitespace, indent
    // guides), kept in QSettings under `key` and applied to new tabs too.
    QAction *addEditorViewOption(QMenu *menu, const QString &title, const QString &key,
                                 void (CodeEditor::*apply)(bool));
    void addFocusActions(QMenu *view);
    void focusPane(QDockWidget *dock);
    // The status bar's platform picker: Detect, Linux, Windows, macOS.
    void createPlatformPicker();
    // The welcome page when no document is open, else the tabs.
    void updateWelcome();

    QList<std::pair<QAction *, void (CodeEditor::*)(bool)>> m_editorViewOptions;
    QStackedWidget *m_center = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProblemsView *m_problems = nullptr;
    StepTreeView *m_steps = nullptr;
    RunPanel *m_run = nullptr;
    bool m_closing = false; // closeEvent() is waiting for the run to stop
    QStackedWidget *m_outputStack = nullptr;
    QHash<const EditorPage *, OutputPane *> m_outputs;
    QHash<const EditorPage *, QProgressBar *> m_progressBars;
    HistoryView *m_history = nullptr;
    StudioReplay *m_replay = nullptr;
    TimelineView *m_timeline = nullptr;
    ChangesView *m_changes = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QLabel *m_problemCounts = nullptr;
    QLabel *m_cursorPosition = nullptr;
    QToolButton *m_platform = nullptr; // picks the platform problems are checked for
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QMetaObject::Connection> m_editConnections;
    QFileSystemWatcher *m_watcher = nullptr;
    StudioSettings m_settings;
    QPalette m_systemPalette;
    int m_untitledCounter = 0;
};

} // namespace Kiln
