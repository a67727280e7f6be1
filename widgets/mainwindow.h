// The studio's main window: documents in tabs (EditorPage), the problems pane
// for the current document, menus and the status bar (problem counts, cursor
// position). It wires widgets together; the features live in the widgets.
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace Kiln {

class EditorPage;
class ProblemsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in a new tab, or switches to it if already open. Returns
    // the page, or nullptr (after telling the user) when it cannot be read.
    EditorPage *openFile(const QString &path);
    // A new untitled document with `text`.
    EditorPage *newDocument(const QString &text = {});

    EditorPage *currentPage() const;
    EditorPage *page(int index) const;
    int pageCount() const;
    ProblemsView *problemsView() const { return m_problems; }

    // Saves the current document; asks for a name when it has none.
    bool save();
    bool saveAs();
    // Closes the tab at `index`, asking first when it has unsaved changes.
    bool closePage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void currentPageChanged();
    void updateStatus();
    void updateTabTitle(EditorPage *page);
    void goToLine();
    bool savePage(EditorPage *page, bool askForName);
    bool maybeSave(EditorPage *page);
    EditorPage *addPage(EditorPage *page);

    QTabWidget *m_tabs = nullptr;
    ProblemsView *m_problems = nullptr;
    QLabel *m_problemCounts = nullptr;
    QLabel *m_cursorPosition = nullptr;
    int m_untitledCounter = 0;
};

} // namespace Kiln
