// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The YAML text editor: a QPlainTextEdit with a gutter (diagnostic markers,
// line numbers, fold markers), current-line highlight, spaces-only indentation
// tuned for YAML, comment toggling, indentation folding, and diagnostics shown
// as wave underlines with tooltips. It knows nothing about files or the
// validator: EditorPage feeds it diagnostics.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QMap>
#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace Kiln {

class CompletionPopup;

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int IndentWidth = 2;

    explicit CodeEditor(QWidget *parent = nullptr);

    // Shows `diagnostics` (1-based positions in this text) as underlines and gutter marks.
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // The messages of the diagnostics whose underline covers document position `position`.
    QStringList diagnosticMessagesAt(int position) const;

    // Moves the cursor to 1-based `line` and `column` (column in code points;
    // 0 = line start), centres it and focuses the editor.
    void goToLine(int line, int column = 0);
    // The same without taking the focus (for panes that follow the cursor).
    void moveCursorTo(int line, int column = 0);
    int currentLine() const;   // 1-based
    int currentColumn() const; // 1-based, in code points

    // Adds or removes `# ` on the selected lines (or the current line).
    void toggleComment();
    // Folding by indentation: a line folds the following lines indented deeper.
    bool isFoldable(const QTextBlock &block) const;
    bool isFolded(const QTextBlock &block) const;
    void setFolded(const QTextBlock &block, bool folded);
    void toggleFold(const QTextBlock &block);
    void unfoldAll();
    // Folds the block the cursor is on, or else the nearest enclosing one.
    void foldCurrent();

    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    // View options (View menu): long lines wrapped at the window's edge, spaces
    // and tabs shown as dots and arrows, and a faint vertical line per
    // indentation level. A folded line always ends in a "…" marker.
    void setWordWrap(bool on);
    bool wordWrap() const { return lineWrapMode() != QPlainTextEdit::NoWrap; }
    void setShowWhitespace(bool on);
    bool showWhitespace() const;
    void setIndentGuides(bool on);
    bool indentGuides() const { return m_indentGuides; }

    // Ranges painted behind the text: every match of the find bar, and the
    // occurrences of the symbol under the cursor. Each kind replaces its own.
    enum class Highlight { SearchMatch, SymbolOccurrence };
    void setHighlights(Highlight kind, const QList<QTextCursor> &ranges);
    QList<QTextCursor> highlights(Highlight kind) const { return m_highlights.value(kind); }

    // Completion of keys, action names, inputs, `{{ }}` references and whole steps
    // (popup while typing, or Ctrl+Space), with their docs beside the list and on hover.
    CompletionPopup *completionPopup() const { return m_completion; }
    // Opens the completion popup for the cursor position if there is anything to offer.
    bool showCompletions(bool explicitRequest = true);

    // The light bulb in the gutter: line `line` (1-based; 0 = none) has quick
    // fixes; clicking the bulb emits quickFixRequested().
    void setQuickFixLine(int line);
    int quickFixLine() const { return m_quickFixLine; }

    // Gutter plumbing, used by the private gutter widget.
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void gutterClicked(const QPoint &pos);
    bool gutterToolTip(const QPoint &pos, QPoint globalPos);

Q_SIGNALS:
    // A Ctrl+click moved the cursor to where it was clicked (go to definition).
    void ctrlClicked();
    // The gutter's light bulb was clicked (the cursor is on its line).
    void quickFixRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    struct Range
    {
        QTextCursor cursor; // a QTextCursor follows edits until the next validation
        Severity severity = Severity::Error;
        QString text;
    };

    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void insertIndentedNewline();
    void indentSelection(bool outdent);
    void revealCursorBlock();
    void handleKey(QKeyEvent *event);
    QTextBlock blockAtGutterY(int y) const;

    QWidget *m_gutter = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    CompletionPopup *m_completion = nullptr;
    bool m_indentGuides = false;
    int m_quickFixLine = 0;
    QMap<Highlight, QList<QTextCursor>> m_highlights;
    Diagnostics m_diagnostics;
    QList<Range> m_ranges;
};

} // namespace Kiln
