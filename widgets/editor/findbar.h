// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The find/replace bar under the editor (Ctrl+F / Ctrl+H): incremental search
// with wrap-around, previous/next, match case, whole word and regular
// expressions; every match highlighted in the editor and "3 of 12" counted;
// replace (with \1 back-references for expressions) and replace all. Escape
// closes it and clears the highlights.
#pragma once

#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kiln {

class CodeEditor;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    // Matches beyond this many are found but not all highlighted and counted.
    static constexpr int MaxHighlighted = 10000;

    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();    // find row only, focused, pre-filled with the selection
    void showReplace(); // find and replace rows
    void close();       // hides the bar and clears the highlights

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWord(bool on);
    void setRegularExpression(bool on);

    // Select the next/previous match, wrapping around; false if there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (if it is one) and selects the next.
    bool replaceNext();
    // Replaces every match as one undo step; returns how many.
    int replaceAll();

    // Every match in the text (at most MaxHighlighted), and the status text
    // ("3 of 12", "Not found", "Invalid regular expression: ...").
    QList<QTextCursor> matches() const { return m_matches; }
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The search as a regular expression; invalid (with the error in the status) for a bad one.
    QRegularExpression pattern() const;
    QTextDocument::FindFlags caseFlag() const;
    bool find(bool backward);
    // Recomputes every match and the highlights (the text or the options changed).
    void refreshMatches();
    void updateCount();
    QString replacementFor(const QString &matched) const;

    QPlainTextEdit *m_editor;
    CodeEditor *m_codeEditor; // null for a plain editor: no highlights
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWord;
    QCheckBox *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QList<QTextCursor> m_matches;
    bool m_moreMatches = false; // more than MaxHighlighted
};

} // namespace Kiln
