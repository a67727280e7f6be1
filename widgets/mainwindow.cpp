// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "actionreference.h"
#include "changesview.h"
#include "commandpalette.h"
#include "documenttemplates.h"
#include "editor/codeeditor.h"
#include "editor/findbar.h"
#include "editorpage.h"
#include "exec/executor.h"
#include "historyview.h"
#include "model/diagnosticsmodel.h"
#include "model/runhistorymodel.h"
#include "model/runrecordmodel.h"
#include "model/steptreemodel.h"
#include "opencomponentdialog.h"
#include "outputpane.h"
#include "problemsview.h"
#include "run/runinvocation.h"
#include "runpanel.h"
#include "runtargetpicker.h"
#include "settingsdialog.h"
#include "steptreeview.h"
#include "studioreplay.h"
#include "studiosession.h"
#include "symbolactions.h"
#include "timelineview.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_problems(new ProblemsView(this)),
      m_steps(new StepTreeView(this)), m_problemCounts(new QLabel(this)),
      m_cursorPosition(new QLabel(this)), m_platform(new QToolButton(this)),
      m_watcher(new QFileSystemWatcher(this)), m_settings(StudioSettings::load()),
      m_systemPalette(QApplication::palette())
{
    setWindowTitle(tr("Kiln Studio"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_welcome = new WelcomePage(this);
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_welcome);
    m_center->addWidget(m_tabs);
    setCentralWidget(m_center);
    connect(m_welcome, &WelcomePage::newDocumentRequested, this, [this] { newDocument(); });
    connect(m_welcome, &WelcomePage::templateRequested, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems->createPane(problemsDock));
    problemsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({problemsDock}, {160}, Qt::Vertical);

    auto *stepsDock = new QDockWidget(tr("Steps"), this);
    stepsDock->setObjectName(QStringLiteral("stepsDock"));
    stepsDock->setWidget(m_steps);
    stepsDock->setFeatures(problemsDock->features());
    addDockWidget(Qt::LeftDockWidgetArea, stepsDock);
    resizeDocks({stepsDock}, {340}, Qt::Horizontal);
    connect(m_steps, &StepTreeView::itemSelected, this, [this](int line, int column) {
        if (EditorPage *page = currentPage(); page && line > 0)
            page->editor()->moveCursorTo(line, column);
    });
    connect(m_steps, &StepTreeView::itemActivated, this, [this](int line, int column) {
        if (EditorPage *page = currentPage(); page && line > 0)
            page->editor()->goToLine(line, column);
    });

    m_problemCounts->setContentsMargins(8, 0, 8, 0);
    m_cursorPosition->setContentsMargins(8, 0, 8, 0);
    createPlatformPicker();
    statusBar()->addPermanentWidget(m_platform);
    statusBar()->addPermanentWidget(m_problemCounts);
    statusBar()->addPermanentWidget(m_cursorPosition);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentPageChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closePage);
    connect(m_problems, &ProblemsView::problemSelected, this, [this](int line, int column) {
        if (EditorPage *page = currentPage(); page && line > 0)
            page->editor()->moveCursorTo(line, column);
    });
    m_problems->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_problems, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_problems->indexAt(pos);
        EditorPage *page = currentPage();
        if (!index.isValid() || !page)
            return;
        page->editor()->moveCursorTo(index.data(DiagnosticsModel::LineRole).toInt(),
                                     index.data(DiagnosticsModel::ColumnRole).toInt());
        QMenu menu(this);
        if (!addQuickFixes(menu, page))
            menu.addAction(tr("No quick fix"))->setEnabled(false);
        menu.exec(m_problems->viewport()->mapToGlobal(pos));
    });
    connect(m_problems, &ProblemsView::problemActivated, this, [this](int line, int column) {
        if (EditorPage *page = currentPage(); page && line > 0)
            page->editor()->goToLine(line, column);
    });

    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);

    createRunDocks();
    createActions();
    applyTheme();
    setAcceptDrops(true);
    resize(1100, 720);
    // Window layout is not a user setting worth a dialog: just restore it.
    QSettings layout;
    restoreGeometry(layout.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(layout.value(QStringLiteral("window/state")).toByteArray());
    updateWelcome();
}

MainWindow::~MainWindow()
{
    // The pages outlive this object's members (they go with the child
    // widgets): their destroyed() must not reach the hashes any more.
    for (const EditorPage *page : m_outputs.keys())
        disconnect(page, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New"), this, [this] { newDocument(); });
    newAction->setShortcut(QKeySequence::New);
    QMenu *fromTemplate = file->addMenu(tr("New from &Template"));
    for (const DocumentTemplate &t : documentTemplates()) {
        const QString resource = t.resource;
        fromTemplate->addAction(t.title, this, [this, resource] { newFromTemplate(resource); });
    }
    QAction *open = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open..."), this, [this] {
            const QStringList paths =
                QFileDialog::getOpenFileNames(this, tr("Open Component Documents"), QString(),
                                              tr("YAML documents (*.yaml *.yml);;All files (*)"));
            for (const QString &path : paths)
                openFile(path);
        });
    open->setShortcut(QKeySequence::Open);
    connect(m_welcome, &WelcomePage::openRequested, open, &QAction::trigger);
    file->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                    tr("Open Component from &Image Builder..."), this,
                    &MainWindow::showOpenComponentDialog);
    m_recentMenu =
        file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")),
                                          tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                            tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("Save A&ll"), this, &MainWindow::saveAll)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    file->addSeparator();
    QAction *close =
        file->addAction(tr("&Close"), this, [this] { closePage(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto onEditor = [this](auto method) {
        return [this, method] {
            if (EditorPage *page = currentPage())
                (page->editor()->*method)();
        };
    };
    QAction *undo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"),
                                    this, onEditor(&QPlainTextEdit::undo));
    undo->setShortcut(QKeySequence::Undo);
    m_undo = undo;
    QAction *redo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"),
                                    this, onEditor(&QPlainTextEdit::redo));
    redo->setShortcut(QKeySequence::Redo);
    m_redo = redo;
    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-cut")), tr("Cu&t"), this,
                    onEditor(&QPlainTextEdit::cut))
        ->setShortcut(QKeySequence::Cut);
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
                    onEditor(&QPlainTextEdit::copy))
        ->setShortcut(QKeySequence::Copy);
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste"), this,
                    onEditor(&QPlainTextEdit::paste))
        ->setShortcut(QKeySequence::Paste);
    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find..."), this,
                    [this] {
                        if (EditorPage *page = currentPage())
                            page->findBar()->showFind();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find-replace")), tr("&Replace..."), this,
                    [this] {
                        if (EditorPage *page = currentPage())
                            page->findBar()->showReplace();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addAction(tr("&Go to Line..."), this, &MainWindow::goToLine)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    edit->addSeparator();
    edit->addAction(tr("Toggle &Comment"), this, onEditor(&CodeEditor::toggleComment))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    edit->addAction(tr("&Unfold All"), this, onEditor(&CodeEditor::unfoldAll));
    edit->addAction(tr("&Fold Block"), this, onEditor(&CodeEditor::foldCurrent))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft));

    edit->addSeparator();
    edit->addAction(tr("&Quick Fix..."), this, &MainWindow::showQuickFixes)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    edit->addAction(tr("Go to &Definition"), this,
                    [this] {
                        if (EditorPage *page = currentPage(); page && !goToDefinition(page))
                            statusBar()->showMessage(
                                tr("The cursor is not on a step, parameter or constant "
                                   "reference."),
                                5000);
                    })
        ->setShortcut(QKeySequence(Qt::Key_F12));
    edit->addAction(tr("Re&name Symbol..."), this, &MainWindow::renameSymbol)
        ->setShortcut(QKeySequence(Qt::Key_F2));
    edit->addAction(tr("Ne&xt Problem"), this,
                    [this] {
                        if (EditorPage *page = currentPage())
                            goToProblem(page, true);
                    })
        ->setShortcut(QKeySequence(Qt::Key_F8));
    edit->addAction(tr("Pre&vious Problem"), this,
                    [this] {
                        if (EditorPage *page = currentPage())
                            goToProblem(page, false);
                    })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    m_runAction = runMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                     tr("&Run"), this, [this] { m_run->run(); });
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_stopAction = runMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")),
                                      tr("&Stop"), m_run, &RunPanel::stop);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setEnabled(false);
    runMenu->addSeparator();
    runMenu->addAction(tr("Run This S&tep"), this, [this] { runCurrentStep(true); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    runMenu->addAction(tr("Run &From Here"), this, [this] { runCurrentStep(false); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    runMenu->addSeparator();
    runMenu
        ->addAction(tr("Run &History"), this,
                    [this] {
                        raiseDock(QStringLiteral("historyDock"));
                        m_history->refresh();
                        m_history->openNewest();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    runMenu->addAction(tr("C&hanges"), this, [this] { raiseDock(QStringLiteral("changesDock")); });
    runMenu->addAction(tr("&Timeline"), this, [this] { raiseDock(QStringLiteral("timelineDock")); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    runMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                       tr("Open &detailedoutput.json..."), this, [this] {
                           if (auto *dock = findChild<QDockWidget *>(QStringLiteral("historyDock")))
                               dock->raise();
                           m_history->openReportDialog();
                       });
    runMenu->addAction(tr("Re&play Run Report..."), this, [this] {
        const QString report = QFileDialog::getOpenFileName(
            this, tr("Replay Run Report"), m_history->historyModel()->logDirectory(),
            tr("Run reports (detailedoutput.json detailedOutput.json *.json);;All files (*)"));
        if (!report.isEmpty())
            m_replay->start(report);
    });
    runMenu->addAction(tr("&Compare Last Two Runs"), this, [this] {
        const QString newest =
            m_history->historyModel()->index(0, 0).data(RunHistoryModel::FolderRole).toString();
        const QString previous = m_history->previousRun(newest);
        if (previous.isEmpty())
            statusBar()->showMessage(tr("Run the document twice to compare its runs."), 5000);
        else
            m_history->compare(previous, newest);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    addFocusActions(view);
    view->addSeparator();
    addEditorViewOption(view, tr("&Word Wrap"), u"view/wordWrap"_s, &CodeEditor::setWordWrap)
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    addEditorViewOption(view, tr("Show W&hitespace"), u"view/showWhitespace"_s,
                        &CodeEditor::setShowWhitespace);
    addEditorViewOption(view, tr("&Indent Guides"), u"view/indentGuides"_s,
                        &CodeEditor::setIndentGuides);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu
        ->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Configure Kiln Studio..."),
                    this,
                    [this] {
                        SettingsDialog dialog(m_settings, this);
                        if (dialog.exec() == QDialog::Accepted)
                            applySettings(dialog.settings());
                    })
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Action Reference"),
                    this, [this] { showActionReference(); })
        ->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&Command Palette..."), this, &MainWindow::showCommandPalette)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}

ActionReference *MainWindow::showActionReference()
{
    // The module of the step under the cursor, if there is one.
    QString action;
    if (EditorPage *p = currentPage())
        action = p->stepTreeModel()
                     ->indexForLine(p->editor()->currentLine())
                     .data(StepTreeModel::ActionRole)
                     .toString();
    auto *reference = new ActionReference(this);
    reference->setAttribute(Qt::WA_DeleteOnClose);
    reference->showAction(action);
    reference->show();
    return reference;
}

CommandPalette *MainWindow::showCommandPalette()
{
    auto *palette = new CommandPalette(menuBar(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->show();
    return palette;
}

// View › Focus: a key to each place, so the keyboard never has to leave.
void MainWindow::addFocusActions(QMenu *view)
{
    QMenu *focus = view->addMenu(tr("&Focus"));
    focus
        ->addAction(tr("&Editor"), this,
                    [this] {
                        if (EditorPage *p = currentPage())
                            p->editor()->setFocus();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    const std::pair<const char *, QString> docks[] = {
        {"stepsDock", tr("&Steps")},     {"problemsDock", tr("&Problems")},
        {"runDock", tr("&Run")},         {"outputDock", tr("&Output")},
        {"historyDock", tr("&History")}, {"timelineDock", tr("&Timeline")}};
    int key = Qt::Key_2;
    for (const auto &[name, title] : docks) {
        const QString objectName = QLatin1StringView(name);
        QAction *action = focus->addAction(title, this, [this, objectName] {
            if (auto *dock = findChild<QDockWidget *>(objectName))
                focusPane(dock);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
}

void MainWindow::createRunDocks()
{
    m_run = new RunPanel(this);
    m_run->setSettings(m_settings);
    m_outputStack = new QStackedWidget(this);
    m_history = new HistoryView(this);
    m_timeline = new TimelineView(this);
    m_changes = new ChangesView(this);

    auto *problemsDock = findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    const auto features = problemsDock->features();
    auto *runDock = new QDockWidget(tr("Run"), this);
    runDock->setObjectName(QStringLiteral("runDock"));
    // Scrolled rather than squeezed: the form must not take the editor's room.
    auto *runScroll = new QScrollArea(this);
    runScroll->setWidget(m_run);
    runScroll->setWidgetResizable(true);
    runScroll->setFrameShape(QFrame::NoFrame);
    runDock->setWidget(runScroll);
    runDock->setFeatures(features);
    addDockWidget(Qt::RightDockWidgetArea, runDock);
    resizeDocks({runDock}, {230}, Qt::Horizontal);
    auto *outputDock = new QDockWidget(tr("Output"), this);
    outputDock->setObjectName(QStringLiteral("outputDock"));
    outputDock->setWidget(m_outputStack);
    outputDock->setFeatures(features);
    addDockWidget(Qt::BottomDockWidgetArea, outputDock);
    tabifyDockWidget(problemsDock, outputDock);
    auto *historyDock = new QDockWidget(tr("Run History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    historyDock->setFeatures(features);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(outputDock, historyDock);
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timeline);
    timelineDock->setFeatures(features);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    tabifyDockWidget(historyDock, timelineDock);
    auto *changesDock = new QDockWidget(tr("Changes"), this);
    changesDock->setObjectName(QStringLiteral("changesDock"));
    changesDock->setWidget(m_changes);
    changesDock->setFeatures(features);
    addDockWidget(Qt::BottomDockWidgetArea, changesDock);
    tabifyDockWidget(timelineDock, changesDock);
    connect(m_timeline, &TimelineView::stepActivated, this, &MainWindow::selectRunStep);
    connect(m_history, &HistoryView::runAgainRequested, this, &MainWindow::runAgain);
    connect(m_history, &HistoryView::reportOpened, this, [this](const QString &file) {
        m_timeline->showRun(QFileInfo(file).absolutePath(), m_history->recordModel()->record());
        m_changes->showRunFolder(QFileInfo(file).absolutePath());
    });
    connect(m_run, &RunPanel::changesUpdated, m_changes, &ChangesView::showReport);
    problemsDock->raise();
    resizeDocks({problemsDock}, {220}, Qt::Vertical);

    connect(m_run, &RunPanel::runStarting, this, &MainWindow::runStarting);
    connect(m_run, &RunPanel::runFinished, this,
            [this](RunStatus status, const QString &folder) { runFinished(int(status), folder); });
    // After runFinished(): the verdict follows the run's own note.
    m_replay = new StudioReplay(this, m_run);
    connect(m_history, &HistoryView::replayRequested, m_replay, &StudioReplay::start);
    connect(m_replay, &StudioReplay::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_replay, &StudioReplay::compared, this, [this](const ReplayOutcome &outcome) {
        if (EditorPage *page = m_run->runPage())
            outputFor(page)->addNote(replayVerdict(outcome));
    });
    connect(m_run, &RunPanel::stepFailed, this,
            [this](const QString &phase, const QString &step) { stepFailed(phase, step); });
    connect(m_run, &RunPanel::runRefused, this, [this, problemsDock](const QString &reason) {
        statusBar()->showMessage(reason, 8000);
        if (EditorPage *p = currentPage(); p && p->diagnosticsModel()->errorCount() > 0)
            problemsDock->raise();
    });
#ifndef QT_NO_SESSIONMANAGER
    // The desktop session ends: Qt 6 no longer closes the windows then, so the
    // run is cancelled with its report here, as on quit (closeEvent).
    connect(
        qApp, &QGuiApplication::commitDataRequest, this, [this] { m_run->stopAndWait(); },
        Qt::DirectConnection);
#endif
    connect(m_run, &RunPanel::runningChanged, this, [this](bool running) {
        // F5 stays enabled: on another tab it says which run is in the way.
        m_stopAction->setEnabled(running);
        m_steps->setRunActionsEnabled(!running);
    });
    connect(m_steps, &StepTreeView::runStepRequested, this,
            [this](const QString &phase, const QString &step, bool only) {
                m_run->run(phase, step, only);
            });
    connect(m_steps, &StepTreeView::itemSelected, this, [this] {
        QString phase, step;
        if (m_steps->currentStep(&phase, &step))
            if (OutputPane *output = outputPane())
                output->setSelectedStep(runDocumentOf(currentPage()), phase, step);
    });
}

bool MainWindow::runCurrentStep(bool only)
{
    QString phase, step;
    if (!m_steps->currentStep(&phase, &step) || step.isEmpty()) {
        statusBar()->showMessage(tr("Select a step in the step tree (or put the cursor in one) "
                                    "first."),
                                 5000);
        return false;
    }
    return m_run->run(phase, step, only);
}

void MainWindow::runStarting(Executor *executor, EditorPage *page)
{
    if (!m_run->targetPicker() || m_run->targetPicker()->choice() == RunTargetPicker::ThisMachine)
        m_changes->clear(tr("This run changes this machine: only runs in a sandbox record "
                            "their changes."));
    OutputPane *output = outputFor(page);
    output->attach(executor);
    m_timeline->attach(executor);
    output->addNote(tr("Run of %1 in %2")
                        .arg(page->displayName(), QDir::toNativeSeparators(m_run->runFolder())));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("outputDock")))
        dock->raise();
    QProgressBar *progress = progressFor(page);
    progress->setPalette(QPalette());
    progress->setRange(0, std::max(1, m_run->stepsToRun()));
    progress->setValue(0);
    progress->setFormat(tr("Running: %v of %m steps"));
    progress->setProperty("used", true);
    progress->setVisible(page == currentPage());
    connect(executor, &Executor::stepFinished, progress, [progress] {
        progress->setValue(std::min(progress->maximum(), progress->value() + 1));
    });
}

void MainWindow::runFinished(int status, const QString &folder)
{
    const auto s = RunStatus(status);
    if (EditorPage *page = m_run->runPage()) {
        QProgressBar *progress = progressFor(page);
        progress->setValue(progress->maximum());
        progress->setFormat(runOutcomeText(s));
        // A full bar in the selection colour reads as "done well": colour it by outcome.
        QPalette palette = progress->palette();
        palette.setColor(QPalette::Highlight, runStatusColor(s));
        progress->setPalette(palette);
        outputFor(page)->addNote(
            tr("%1. Report: %2")
                .arg(runOutcomeText(s), QDir::toNativeSeparators(QDir(folder).filePath(
                                            QStringLiteral("detailedoutput.json")))));
    }
    // No flush() here: after a flood the pane paints its backlog in slices.
    updateHistoryDirectory();
    // The run's report was just written from this record: the history takes
    // its summary from memory instead of parsing the file back (up to 4 MB).
    if (const Executor *executor = m_run->executor())
        m_history->historyModel()->remember(folder, executor->record());
    m_history->refresh();
    statusBar()->showMessage(runOutcomeText(s), 5000);
}

void MainWindow::stepFailed(const QString &phase, const QString &step)
{
    if (m_run->page() != currentPage() || !currentPage())
        return;
    selectRunStep(m_run->pageDocument(), phase, step);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("outputDock")))
        dock->raise();
}

void MainWindow::raiseDock(const QString &objectName)
{
    if (auto *dock = findChild<QDockWidget *>(objectName)) {
        dock->show();
        dock->raise();
        // A run tree or a timeline needs more room than a problems list.
        if (const int tall = std::min(300, height() * 2 / 5); dock->height() < tall)
            resizeDocks({dock}, {tall}, Qt::Vertical);
    }
}

void MainWindow::selectRunStep(int document, const QString &phase, const QString &step)
{
    // The page shows one document of the run (row 0 of its tree).
    const bool shown = document == runDocumentOf(currentPage());
    m_steps->selectStep(shown ? 0 : -1, phase, step); // the editor follows the selection
    if (OutputPane *output = outputPane())
        output->setSelectedStep(document, phase, step);
}

int MainWindow::runDocumentOf(const EditorPage *page) const
{
    return page && page == m_run->runPage() ? m_run->pageDocument() : 0;
}

void MainWindow::updateHistoryDirectory()
{
    m_history->setLogDirectory(m_run->logDirectoryFor(currentPage()));
}

EditorPage *MainWindow::currentPage() const
{
    return qobject_cast<EditorPage *>(m_tabs->currentWidget());
}

void MainWindow::setCurrentPage(EditorPage *page)
{
    m_tabs->setCurrentWidget(page);
}

EditorPage *MainWindow::page(int index) const
{
    return qobject_cast<EditorPage *>(m_tabs->widget(index));
}

int MainWindow::pageCount() const
{
    return m_tabs->count();
}

EditorPage *MainWindow::addPage(EditorPage *page)
{
    connect(page, &EditorPage::validated, this, [this, page] {
        if (page == currentPage()) {
            updateStatus();
            m_steps->selectLine(page->editor()->currentLine());
        }
    });
    connect(page, &EditorPage::scriptsLinted, this, [this, page] {
        if (page == currentPage())
            updateStatus();
    });
    connect(page, &EditorPage::modificationChanged, this, [this, page] { updateTabTitle(page); });
    connect(page, &EditorPage::filePathChanged, this, [this, page] {
        updateTabTitle(page);
        watch(page);
    });
    connect(page->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this, page] {
        if (page == currentPage()) {
            updateStatus();
            m_steps->selectLine(page->editor()->currentLine());
        }
    });
    page->editor()->setFont(m_settings.editorFont);
    page->setScriptLinting(m_settings.lintScripts);
    followSymbolsInEditor(page);
    connect(page->editor(), &CodeEditor::quickFixRequested, this, &MainWindow::showQuickFixes);
    for (const auto &[action, apply] : std::as_const(m_editorViewOptions))
        (page->editor()->*apply)(action->isChecked());
    addRunViews(page);
    watch(page);
    // A file opened into a window whose only tab is an untouched empty
    // Untitled takes its place.
    EditorPage *untouched = m_tabs->count() == 1 ? this->page(0) : nullptr;
    if (untouched && (page->filePath().isEmpty() || !untouched->filePath().isEmpty() ||
                      untouched->isModified() || !untouched->editor()->document()->isEmpty()))
        untouched = nullptr;
    const int index = m_tabs->addTab(page, page->displayName());
    updateTabTitle(page);
    m_tabs->setCurrentIndex(index);
    if (untouched)
        closePage(m_tabs->indexOf(untouched));
    updateWelcome();
    page->editor()->setFocus();
    return page;
}

void MainWindow::updateWelcome()
{
    const bool welcome = m_tabs->count() == 0;
    if (welcome)
        m_welcome->setRecentFiles(m_settings.recentFiles);
    m_center->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_tabs);
}

int MainWindow::restoreSession()
{
    const StudioSession session = StudioSession::load();
    int opened = 0;
    EditorPage *front = nullptr;
    for (int i = 0; i < session.files.size(); ++i) {
        if (!QFileInfo(session.files.at(i)).isFile())
            continue; // moved or deleted since: not worth an error dialog
        EditorPage *p = openFile(session.files.at(i));
        opened += p ? 1 : 0;
        if (p && i == session.current)
            front = p;
    }
    if (front)
        m_tabs->setCurrentWidget(front);
    updateWelcome();
    return opened;
}

bool MainWindow::saveAll()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (page(i)->isModified() && !savePage(page(i), false))
            return false;
    }
    return true;
}

void MainWindow::addRunViews(EditorPage *page)
{
    auto *output = new OutputPane(m_outputStack);
    m_outputStack->addWidget(output);
    m_outputs.insert(page, output);
    auto *progress = new QProgressBar(this);
    progress->setMaximumWidth(320); // "Run succeeded (a failure was ignored)" fits
    progress->setTextVisible(true);
    progress->hide();
    statusBar()->addPermanentWidget(progress);
    m_progressBars.insert(page, progress);
    connect(page, &QObject::destroyed, this, [this, page] {
        delete m_outputs.take(page);
        delete m_progressBars.take(page);
    });
}

EditorPage *MainWindow::newDocument(const QString &text, const QString &name)
{
    auto *page = new EditorPage;
    page->setUntitledName(name.isEmpty() ? tr("Untitled %1").arg(++m_untitledCounter) : name);
    page->setText(text);
    page->validateNow();
    return addPage(page);
}

EditorPage *MainWindow::newFromTemplate(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return newDocument(QString::fromUtf8(file.readAll()));
}

EditorPage *MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (page(i)->filePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            return page(i);
        }
    }
    auto *p = new EditorPage;
    QString error;
    if (!p->load(absolute, &error)) {
        delete p;
        QMessageBox::warning(this, tr("Open Document"), error);
        return nullptr;
    }
    rememberFile(absolute);
    if (p->editor()->isReadOnly())
        statusBar()->showMessage(
            tr("%1 is not valid UTF-8: opened read-only (see the problems list)")
                .arg(p->displayName()));
    return addPage(p);
}

OpenComponentDialog *MainWindow::showOpenComponentDialog()
{
    auto *dialog = new OpenComponentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        newDocument(dialog->document(), dialog->fileName());
        statusBar()->showMessage(
            tr("Opened %1 from Image Builder (unsaved)").arg(dialog->buildArn()), 10000);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::runAgain(const QString &runFolder)
{
    const std::optional<RunInvocation> invocation = RunInvocation::read(runFolder);
    if (!invocation) {
        statusBar()->showMessage(tr("%1 does not record how it ran (no kiln-run.json): run its "
                                    "document instead.")
                                     .arg(QFileInfo(runFolder).fileName()));
        return false;
    }
    const QString path = invocation->documents.front().path;
    EditorPage *target = nullptr;
    for (int i = 0; i < m_tabs->count() && !target; ++i) {
        const bool same = page(i)->filePath().isEmpty()
                              ? page(i)->displayName() == path
                              : page(i)->filePath() == QFileInfo(path).absoluteFilePath();
        if (same)
            target = page(i);
    }
    if (!target && QFileInfo(path).isFile())
        target = openFile(path);
    if (!target) {
        // An unsaved tab since closed: its text is in the run folder.
        QFile copy(QDir(runFolder).filePath(u"document.yaml"_s));
        if (copy.open(QIODevice::ReadOnly))
            target = newDocument(QString::fromUtf8(copy.readAll()));
    }
    if (!target) {
        statusBar()->showMessage(
            tr("Cannot run %1 again: %2 is gone.").arg(QFileInfo(runFolder).fileName(), path));
        return false;
    }
    m_tabs->setCurrentWidget(target);
    return m_run->runAgain(*invocation);
}

bool MainWindow::save()
{
    return currentPage() && savePage(currentPage(), false);
}

bool MainWindow::saveAs()
{
    return currentPage() && savePage(currentPage(), true);
}

bool MainWindow::savePage(EditorPage *page, bool askForName)
{
    QString path = page->filePath();
    if (askForName || path.isEmpty()) {
        // An unsaved page from a component or a run folder is already called "x.yaml".
        const QString name = page->displayName();
        const bool named = name.endsWith(u".yaml"_s) || name.endsWith(u".yml"_s);
        path = QFileDialog::getSaveFileName(
            this, tr("Save Component Document"),
            path.isEmpty() ? m_settings.untitledSavePath(named ? name : name + u".yaml"_s) : path,
            tr("YAML documents (*.yaml *.yml);;All files (*)"));
        if (path.isEmpty())
            return false;
        // A name typed without an extension is a component document all the same.
        if (QFileInfo(path).suffix().isEmpty())
            path += u".yaml"_s;
    }
    QString error;
    if (!page->save(path, &error)) {
        QMessageBox::warning(this, tr("Save Document"), error);
        return false;
    }
    rememberFile(page->filePath());
    watch(page); // a save replaces the file, which can drop the watch
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool MainWindow::maybeSave(EditorPage *page)
{
    if (!page->isModified())
        return true;
    m_tabs->setCurrentWidget(page);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them before closing?").arg(page->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return savePage(page, false);
    return answer == QMessageBox::Discard;
}

bool MainWindow::closePage(int index)
{
    EditorPage *p = page(index);
    if (!p || !maybeSave(p))
        return false;
    m_tabs->removeTab(m_tabs->indexOf(p));
    if (!p->filePath().isEmpty())
        m_watcher->removePath(p->filePath());
    p->deleteLater();
    updateWelcome();
    return true;
}

void MainWindow::showQuickFixes()
{
    EditorPage *page = currentPage();
    if (!page)
        return;
    QMenu menu(this);
    if (!addQuickFixes(menu, page)) {
        statusBar()->showMessage(tr("No quick fix for this line."), 5000);
        return;
    }
    CodeEditor *editor = page->editor();
    menu.exec(editor->viewport()->mapToGlobal(editor->cursorRect().bottomLeft()));
}

bool MainWindow::addQuickFixes(QMenu &menu, EditorPage *page)
{
    const QList<CodeAction> fixes = quickFixesAtCursor(page);
    for (const CodeAction &fix : fixes) {
        connect(menu.addAction(fix.title), &QAction::triggered, this,
                [page, edits = fix.edits] { applyTextEdits(page, edits); });
    }
    return !fixes.isEmpty();
}

void MainWindow::renameSymbol()
{
    EditorPage *page = currentPage();
    if (!page)
        return;
    const QString old = symbolAtCursor(page);
    if (old.isEmpty()) {
        statusBar()->showMessage(tr("Put the cursor on a step, parameter or constant (its name "
                                    "or a reference to it) to rename it."),
                                 5000);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename"), tr("New name for '%1':").arg(old), QLineEdit::Normal, old, &ok);
    if (!ok || name == old)
        return;
    if (const QString why = renameSymbolAtCursor(page, name); !why.isEmpty())
        QMessageBox::warning(this, tr("Rename"), why);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitDocks();
}

void MainWindow::fitDocks()
{
    QList<QDockWidget *> docks;
    QList<int> sizes;
    QList<QDockWidget *> tallDocks;
    QList<int> heights;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isFloating() || !dock->isVisible())
            continue;
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        // The side docks give up room only once the editor has less than half the width.
        if ((area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) &&
            centralWidget()->width() < width() / 2 && dock->width() > width() / 4) {
            docks << dock;
            sizes << width() / 4;
        } else if (area == Qt::BottomDockWidgetArea && dock->height() > height() / 3) {
            tallDocks << dock;
            heights << height() / 3;
        }
    }
    if (!docks.isEmpty())
        resizeDocks(docks, sizes, Qt::Horizontal);
    if (!tallDocks.isEmpty())
        resizeDocks(tallDocks, heights, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing) { // closed again while the run stops: the first close goes on
        event->ignore();
        return;
    }
    if (m_run->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Run in Progress"),
            tr("A run is in progress. Stop it (its processes are killed) and quit?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!maybeSave(page(i))) {
            event->ignore();
            return;
        }
    }
    if (m_run->isRunning()) {
        // A quit is a cancel: the run stops and writes its reports (status
        // cancelled) before the window closes, so the history has them.
        m_closing = true;
        statusBar()->showMessage(tr("Stopping the run and writing its report..."));
        m_run->stopAndWait();
        m_closing = false;
    }
    StudioSession session;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (page(i)->filePath().isEmpty())
            continue;
        if (i == m_tabs->currentIndex())
            session.current = int(session.files.size());
        session.files << page(i)->filePath();
    }
    session.save();
    QSettings layout;
    layout.setValue(QStringLiteral("window/geometry"), saveGeometry());
    layout.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::currentPageChanged()
{
    EditorPage *p = currentPage();
    m_problems->setDiagnosticsModel(p ? p->diagnosticsModel() : nullptr);
    m_steps->setStepTreeModel(p ? p->stepTreeModel() : nullptr);
    if (m_run) {
        m_run->setPage(p);
        updateHistoryDirectory();
    }
    for (auto it = m_progressBars.cbegin(); it != m_progressBars.cend(); ++it)
        it.value()->setVisible(it.key() == p && it.value()->property("used").toBool());
    if (OutputPane *output = outputFor(p))
        m_outputStack->setCurrentWidget(output);
    // Undo/redo follow the current document only.
    for (const QMetaObject::Connection &c : std::as_const(m_editConnections))
        disconnect(c);
    m_editConnections.clear();
    QTextDocument *doc = p ? p->editor()->document() : nullptr;
    if (!m_undo || !m_redo)
        return; // still constructing
    m_undo->setEnabled(doc && doc->isUndoAvailable());
    m_redo->setEnabled(doc && doc->isRedoAvailable());
    if (doc) {
        m_editConnections << connect(doc, &QTextDocument::undoAvailable, m_undo,
                                     &QAction::setEnabled)
                          << connect(doc, &QTextDocument::redoAvailable, m_redo,
                                     &QAction::setEnabled);
    }
    if (p)
        m_steps->selectLine(p->editor()->currentLine());
    updateStatus();
    if (p)
        setWindowFilePath(p->filePath());
    setWindowTitle(p ? tr("%1[*] — Kiln Studio").arg(p->displayName()) : tr("Kiln Studio"));
    setWindowModified(p && p->isModified());
}

void MainWindow::updateTabTitle(EditorPage *p)
{
    const int index = m_tabs->indexOf(p);
    if (index < 0)
        return;
    m_tabs->setTabText(index, p->isModified() ? p->displayName() + u" •"_s : p->displayName());
    m_tabs->setTabToolTip(index, p->filePath().isEmpty() ? p->displayName()
                                                         : QDir::toNativeSeparators(p->filePath()));
    if (p == currentPage()) {
        setWindowTitle(tr("%1[*] — Kiln Studio").arg(p->displayName()));
        setWindowModified(p->isModified());
    }
}

void MainWindow::updateStatus()
{
    EditorPage *p = currentPage();
    if (!p) {
        m_problemCounts->clear();
        m_cursorPosition->clear();
        m_platform->hide();
        return;
    }
    const int errors = p->diagnosticsModel()->errorCount();
    const int warnings = p->diagnosticsModel()->warningCount();
    if (errors == 0 && warnings == 0)
        m_problemCounts->setText(tr("No problems"));
    else
        m_problemCounts->setText(
            (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors)) + u", "_s +
            (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
    const QString platform = p->validationPlatform();
    const QString name = platform == u"windows"  ? tr("Windows")
                         : platform == u"darwin" ? tr("macOS")
                                                 : tr("Linux");
    m_platform->show();
    m_platform->setText(p->platformOverride().isEmpty() ? tr("%1 (detected)").arg(name) : name);
    for (QAction *a : m_platform->menu()->actions())
        a->setChecked(a->data().toString() == p->platformOverride());
    m_cursorPosition->setText(
        tr("Ln %1, Col %2").arg(p->editor()->currentLine()).arg(p->editor()->currentColumn()));
}

QAction *MainWindow::addEditorViewOption(QMenu *menu, const QString &title, const QString &key,
                                         void (CodeEditor::*apply)(bool))
{
    QAction *action = menu->addAction(title);
    action->setCheckable(true);
    action->setChecked(QSettings().value(key, false).toBool());
    action->setObjectName(key);
    connect(action, &QAction::toggled, this, [this, key, apply](bool on) {
        QSettings().setValue(key, on);
        for (int i = 0; i < m_tabs->count(); ++i)
            (page(i)->editor()->*apply)(on);
    });
    m_editorViewOptions.append({action, apply});
    return action;
}

void MainWindow::focusPane(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    // The pane's focus proxy, else its first widget that takes the keyboard.
    QWidget *w = dock->widget();
    if (w && w->focusProxy()) {
        w = w->focusProxy();
    } else {
        while (w && w->focusPolicy() == Qt::NoFocus)
            w = w->nextInFocusChain() != dock->widget() ? w->nextInFocusChain() : nullptr;
    }
    if (w && dock->isAncestorOf(w))
        w->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::createPlatformPicker()
{
    m_platform->setAutoRaise(true);
    m_platform->setPopupMode(QToolButton::InstantPopup);
    m_platform->setToolTip(tr("Problems are checked for this operating system: by default the "
                              "computer's own, unless the document's actions only run on "
                              "another. Click to choose."));
    auto *menu = new QMenu(m_platform);
    auto *group = new QActionGroup(menu);
    const std::pair<QString, QString> choices[] = {{QString(), tr("Detect from the actions")},
                                                   {u"linux"_s, tr("Linux")},
                                                   {u"windows"_s, tr("Windows")},
                                                   {u"darwin"_s, tr("macOS")}};
    for (const auto &[platform, title] : choices) {
        QAction *a = menu->addAction(title);
        a->setData(platform);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, platform] {
            if (EditorPage *p = currentPage()) {
                p->setPlatformOverride(platform);
                updateStatus();
            }
        });
    }
    m_platform->setMenu(menu);
}

void MainWindow::goToLine()
{
    EditorPage *p = currentPage();
    if (!p)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(
        this, tr("Go to Line"), tr("Line (1–%1):").arg(p->editor()->blockCount()),
        p->editor()->currentLine(), 1, p->editor()->blockCount(), 1, &ok);
    if (ok)
        p->editor()->goToLine(line);
}

void MainWindow::rememberFile(const QString &path)
{
    m_settings.addRecentFile(path);
    m_settings.save();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_settings.recentFiles)) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                             [this, path] { openFile(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (m_settings.recentFiles.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        m_settings.recentFiles.clear();
        m_settings.save();
    });
}

void MainWindow::watch(EditorPage *page)
{
    const QString path = page->filePath();
    if (!path.isEmpty() && QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    EditorPage *changed = nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (page(i)->filePath() == path)
            changed = page(i);
    }
    if (!changed)
        return;
    // Editors that replace files (and our own QSaveFile) drop the inotify watch.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(
            tr("%1 was deleted or cannot be read").arg(QDir::toNativeSeparators(path)), 5000);
        return;
    }
    const QString disk =
        QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QString mine = changed->editor()->toPlainText();
    if (disk == mine || disk == mine + u'\n')
        return; // our own save, or a touch
    if (changed->isModified()) {
        m_tabs->setCurrentWidget(changed);
        const auto answer = QMessageBox::question(
            this, tr("File Changed"),
            tr("%1 was changed outside Kiln Studio, and you have unsaved changes. Reload it and "
               "lose your changes?")
                .arg(changed->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const int line = changed->editor()->currentLine();
    changed->setText(disk);
    changed->editor()->goToLine(line);
    statusBar()->showMessage(tr("Reloaded %1").arg(changed->displayName()), 3000);
}

void MainWindow::applySettings(const StudioSettings &settings)
{
    m_settings = settings;
    m_settings.save();
    m_run->setSettings(m_settings);
    updateHistoryDirectory();
    for (int i = 0; i < m_tabs->count(); ++i) {
        page(i)->editor()->setFont(m_settings.editorFont);
        page(i)->setScriptLinting(m_settings.lintScripts);
    }
    applyTheme();
}

void MainWindow::applyTheme()
{
    switch (m_settings.theme) {
    case StudioSettings::Theme::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case StudioSettings::Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case StudioSettings::Theme::Dark: {
        QPalette dark;
        const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
        dark.setColor(QPalette::Window, window);
        dark.setColor(QPalette::WindowText, text);
        dark.setColor(QPalette::Base, base);
        dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, text);
        dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, text);
        dark.setColor(QPalette::BrightText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::ToolTipBase, window);
        dark.setColor(QPalette::ToolTipText, text);
        dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        dark.setColor(QPalette::Mid, QColor(0x40, 0x45, 0x4a));
        dark.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1a));
        dark.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4a));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x71, 0x75));
        QApplication::setPalette(dark);
        break;
    }
    }
}

} // namespace Kiln
