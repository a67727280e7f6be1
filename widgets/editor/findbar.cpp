// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editor/findbar.h"

#include "editor/codeeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Kiln {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_codeEditor(qobject_cast<CodeEditor *>(editor)),
      m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_matchCase(new QCheckBox(tr("Match case"), this)),
      m_wholeWord(new QCheckBox(tr("Whole word"), this)),
      m_regex(new QCheckBox(tr("Regular expression"), this)), m_status(new QLabel(this)),
      m_replaceRow(new QWidget(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with (\\1 for a group of the expression)"));
    m_regex->setToolTip(tr("Perl-compatible regular expression (QRegularExpression)"));

    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *closeButton = new QToolButton(this);
    closeButton->setAutoRaise(true);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setToolTip(tr("Close (Esc)"));
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace All"), m_replaceRow);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(u"9999 of 9999"_s));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    auto *options = new QHBoxLayout;
    options->addWidget(m_matchCase);
    options->addWidget(m_wholeWord);
    options->addWidget(m_regex);
    options->addWidget(m_status, 1);
    layout->addLayout(options, 0, 3);
    layout->addWidget(closeButton, 0, 4);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceAllButton);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Incremental: search again from where the current match starts.
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        refreshMatches();
        if (!m_find->text().isEmpty() && isVisible())
            findNext();
    });
    for (QCheckBox *option : {m_matchCase, m_wholeWord, m_regex})
        connect(option, &QCheckBox::toggled, this, &FindBar::refreshMatches);
    // Edits move the matches: count again once typing pauses.
    auto *recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(150);
    connect(recount, &QTimer::timeout, this, &FindBar::refreshMatches);
    connect(m_editor->document(), &QTextDocument::contentsChanged, recount, [this, recount] {
        if (isVisible())
            recount->start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &FindBar::updateCount);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceNext);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceNext);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    m_replaceRow->hide();
    show();
    refreshMatches();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    if (m_codeEditor)
        m_codeEditor->setHighlights(CodeEditor::Highlight::SearchMatch, {});
    m_editor->setFocus();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindBar::setWholeWord(bool on)
{
    m_wholeWord->setChecked(on);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

// QTextDocument::find() sets the expression's case option from this flag.
QTextDocument::FindFlags FindBar::caseFlag() const
{
    return m_matchCase->isChecked() ? QTextDocument::FindCaseSensitively
                                    : QTextDocument::FindFlags();
}

QRegularExpression FindBar::pattern() const
{
    QString text =
        m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWord->isChecked())
        text = u"\\b(?:"_s + text + u")\\b"_s;
    QRegularExpression re(text, m_matchCase->isChecked()
                                    ? QRegularExpression::NoPatternOption
                                    : QRegularExpression::CaseInsensitiveOption);
    return re;
}

void FindBar::refreshMatches()
{
    m_matches.clear();
    m_moreMatches = false;
    const QRegularExpression re = pattern();
    if (!m_find->text().isEmpty() && re.isValid()) {
        QTextDocument *doc = m_editor->document();
        QTextCursor found = doc->find(re, 0, caseFlag());
        while (!found.isNull()) {
            if (m_matches.size() == MaxHighlighted) {
                m_moreMatches = true;
                break;
            }
            // An empty match (`^`, `x*`) would find itself forever: step past it.
            const bool empty = !found.hasSelection();
            if (!empty)
                m_matches.append(found);
            found = doc->find(re, found.selectionEnd() + (empty ? 1 : 0), caseFlag());
            if (empty && found.isNull())
                break;
        }
    }
    if (m_codeEditor)
        m_codeEditor->setHighlights(CodeEditor::Highlight::SearchMatch,
                                    isVisible() ? m_matches : QList<QTextCursor>());
    updateCount();
}

void FindBar::updateCount()
{
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return;
    }
    const QRegularExpression re = pattern();
    if (!re.isValid()) {
        m_status->setText(tr("Invalid regular expression: %1").arg(re.errorString()));
        return;
    }
    if (m_matches.isEmpty()) {
        m_status->setText(tr("Not found"));
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    qsizetype current = -1;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches[i].selectionStart() == cursor.selectionStart() &&
            m_matches[i].selectionEnd() == cursor.selectionEnd()) {
            current = i;
            break;
        }
    }
    const QString total =
        m_moreMatches ? tr("more than %1").arg(MaxHighlighted) : QString::number(m_matches.size());
    m_status->setText(current < 0 ? tr("%1 matches").arg(total)
                                  : tr("%1 of %2").arg(current + 1).arg(total));
}

bool FindBar::find(bool backward)
{
    const QRegularExpression re = pattern();
    if (m_find->text().isEmpty() || !re.isValid()) {
        updateCount();
        return false;
    }
    QTextDocument *doc = m_editor->document();
    const QTextDocument::FindFlags flags =
        caseFlag() | (backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    QTextCursor found = doc->find(re, m_editor->textCursor(), flags);
    if (found.isNull() || !found.hasSelection()) {
        // Wrap around, like every editor does.
        QTextCursor from(doc);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = doc->find(re, from, flags);
    }
    if (found.isNull() || !found.hasSelection()) {
        updateCount();
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    updateCount();
    return true;
}

QString FindBar::replacementFor(const QString &matched) const
{
    if (!m_regex->isChecked())
        return m_replace->text();
    // \1 ... in the replacement refer to the expression's groups.
    QString text = matched;
    return text.replace(pattern(), m_replace->text());
}

bool FindBar::replaceNext()
{
    QTextCursor c = m_editor->textCursor();
    const QRegularExpression re = pattern();
    if (m_find->text().isEmpty() || !re.isValid())
        return false;
    const QString selected = c.selectedText();
    const QRegularExpressionMatch m = re.match(selected);
    if (c.hasSelection() && m.hasMatch() && m.capturedLength() == selected.size()) {
        c.insertText(replacementFor(selected));
        m_editor->setTextCursor(c);
    }
    refreshMatches();
    return findNext();
}

int FindBar::replaceAll()
{
    refreshMatches();
    if (m_matches.isEmpty())
        return 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    // The cursors follow the edits, so earlier replacements do not shift later ones.
    const QList<QTextCursor> targets = m_matches;
    for (QTextCursor target : targets)
        target.insertText(replacementFor(target.selectedText()));
    edit.endEditBlock();
    const int count = int(targets.size());
    refreshMatches();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_Return && (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Kiln
