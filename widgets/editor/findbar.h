// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The find/replace bar under the editor (Ctrl+F / Ctrl+H): incremental search
// with wrap-around, previous/next, match case, replace and replace all.
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Kiln {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();    // find row only, focused, pre-filled with the selection
    void showReplace(); // find and replace rows

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);

    // Select the next/previous match, wrapping around; false if there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (if it is one) and selects the next.
    bool replaceNext();
    // Replaces every match as one undo step; returns how many.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    QTextDocument::FindFlags flags(bool backward) const;
    void setStatus(const QString &text);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Kiln
