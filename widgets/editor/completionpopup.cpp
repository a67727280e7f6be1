// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editor/completionpopup.h"

#include "document/document.h"
#include "model/completionitems.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

constexpr int InsertTextRole = Qt::UserRole;
constexpr int DetailRole = Qt::UserRole + 1;
constexpr int SnippetRole = Qt::UserRole + 2;

} // namespace

CompletionPopup::CompletionPopup(QPlainTextEdit *editor)
    : QObject(editor), m_editor(editor), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this)), m_detail(new QLabel(editor, Qt::ToolTip))
{
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWrapAround(false);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CompletionPopup::insert);
    m_detail->setWordWrap(true);
    m_detail->setMargin(6);
    m_detail->setFrameShape(QFrame::Box);
    m_detail->setAutoFillBackground(true);
    m_completer->popup()->installEventFilter(this);
    connect(m_completer->popup()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompletionPopup::showDetail);
}

bool CompletionPopup::show(bool explicitRequest)
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const QStringList lines = m_editor->toPlainText().split(u'\n');
    const std::shared_ptr<const Document> parsed = m_documentSource ? m_documentSource() : nullptr;
    const CompletionList list = YamlAssist::completionsAt(lines, cursor.blockNumber(),
                                                          cursor.positionInBlock(), parsed.get());
    const AssistContext &context = list.context;
    const bool wanted =
        explicitRequest || !context.prefix.isEmpty() ||
        (context.kind == AssistContext::Kind::ActionValue && before.endsWith(u' ')) ||
        (context.kind == AssistContext::Kind::Reference && before.trimmed().endsWith(u"{{"));
    if (!wanted || list.items.isEmpty()) {
        hide();
        return false;
    }
    m_replaceFrom = context.prefixStart;
    m_model->clear();
    for (const CompletionItem &item : list.items) {
        auto *row = new QStandardItem(item.label);
        row->setData(item.insertText, InsertTextRole);
        row->setData(item.detail, DetailRole);
        row->setData(item.kind == CompletionItem::Kind::Snippet, SnippetRole);
        m_model->appendRow(row);
    }
    m_completer->setCompletionPrefix(QString());
    QAbstractItemView *popup = m_completer->popup();
    QRect rect = m_editor->cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    showDetail();
    return true;
}

void CompletionPopup::hide()
{
    m_completer->popup()->hide();
    m_detail->hide();
}

bool CompletionPopup::isVisible() const
{
    return m_completer->popup()->isVisible();
}

QAbstractItemView *CompletionPopup::view() const
{
    return m_completer->popup();
}

QString CompletionPopup::currentDetail() const
{
    return m_detail->isVisible() ? m_detail->text() : QString();
}

bool CompletionPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::Hide)
        m_detail->hide();
    return QObject::eventFilter(watched, event);
}

// The documentation of the current item, to the right of the list (to its left
// when the screen ends there).
void CompletionPopup::showDetail()
{
    QAbstractItemView *popup = m_completer->popup();
    const QString text = popup->currentIndex().data(DetailRole).toString();
    if (text.isEmpty() || !popup->isVisible()) {
        m_detail->hide();
        return;
    }
    m_detail->setText(text);
    m_detail->setFixedWidth(320);
    m_detail->adjustSize();
    const QRect list = popup->geometry();
    QPoint at = list.topRight() + QPoint(2, 0);
    if (const QScreen *screen = popup->screen();
        screen && at.x() + m_detail->width() > screen->availableGeometry().right())
        at = list.topLeft() - QPoint(m_detail->width() + 2, 0);
    m_detail->move(at);
    m_detail->show();
}

void CompletionPopup::insert(const QModelIndex &index)
{
    QTextCursor c = m_editor->textCursor();
    const int lineStart = c.block().position();
    const QString text = index.data(InsertTextRole).toString();
    c.beginEditBlock();
    c.setPosition(lineStart + m_replaceFrom, QTextCursor::KeepAnchor);
    c.insertText(text);
    c.endEditBlock();
    if (index.data(SnippetRole).toBool()) {
        // A new step: its name is selected, ready to be typed over.
        const qsizetype name = text.indexOf(u"name: "_s);
        const qsizetype end = text.indexOf(u'\n');
        if (name >= 0 && end > name) {
            c.setPosition(lineStart + m_replaceFrom + int(name) + 6);
            c.setPosition(lineStart + m_replaceFrom + int(end), QTextCursor::KeepAnchor);
        }
    }
    m_editor->setTextCursor(c);
    m_detail->hide();
}

} // namespace Kiln
