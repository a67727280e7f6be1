// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editor/codeeditor.h"

#include "editor/completionpopup.h"
#include "editor/syntaxsupport.h"
#include "model/yamlassist.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>

namespace Kiln {

namespace {

constexpr int MarkerWidth = 14;
constexpr int FoldWidth = 14;

class Gutter : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor) : QWidget(editor), m_editor(editor)
    {
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_editor->gutterClicked(event->position().toPoint());
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (!m_editor->gutterToolTip(help->pos(), help->globalPos()))
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor *m_editor;
};

int indentationOf(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == u' ')
        ++n;
    return n;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Comment-only lines neither start nor end a fold: they are attached to what follows.
bool isBlankOrComment(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.startsWith(u'#');
}

// Converts a 1-based code-point column to a UTF-16 offset within `text`.
int utf16Offset(const QString &text, int column)
{
    int offset = 0;
    for (int cp = 1; cp < column && offset < text.size(); ++cp)
        offset += (text.at(offset).isHighSurrogate() && offset + 1 < text.size()) ? 2 : 1;
    return std::min(offset, int(text.size()));
}

QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xe0, 0x1b, 0x24);
    case Severity::Warning:
        return QColor(0xe5, 0xa5, 0x0a);
    case Severity::Info:
        return QColor(0x35, 0x84, 0xe4);
    case Severity::Hint:
        return QColor(0x9a, 0x99, 0x96);
    }
    return Qt::red;
}

// Rich text, so that Qt word-wraps long catalogue docs instead of showing one
// screen-wide line; each message is a paragraph.
QString toolTipHtml(const QStringList &messages)
{
    // Short lines must not wrap (Qt narrows rich-text tooltips towards a
    // golden-ratio box, which breaks a one-line message into four).
    QStringList paragraphs;
    for (const QString &m : messages) {
        QStringList lines;
        for (const QString &line : m.split(u'\n')) {
            const QString html = line.toHtmlEscaped();
            lines << (line.size() <= 100
                          ? QStringLiteral("<nobr>") + html + QStringLiteral("</nobr>")
                          : html);
        }
        paragraphs << lines.join(QStringLiteral("<br>"));
    }
    return QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) +
           QStringLiteral("</p>");
}

int severityRank(Severity severity)
{
    return severity == Severity::Error     ? 3
           : severity == Severity::Warning ? 2
           : severity == Severity::Info    ? 1
                                           : 0;
}

// A small yellow light bulb: a glass and its base, centred in `cell`.
void paintLightBulb(QPainter &painter, const QRectF &cell)
{
    const qreal d = std::min(cell.width(), cell.height()) - 4;
    const QPointF c(cell.center().x(), cell.top() + 2 + d * 0.4);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x9a, 0x6b, 0x00), 1));
    painter.setBrush(QColor(0xf5, 0xc2, 0x11));
    painter.drawEllipse(c, d * 0.36, d * 0.36);
    painter.setBrush(QColor(0x80, 0x80, 0x80));
    painter.setPen(Qt::NoPen);
    painter.drawRect(QRectF(c.x() - d * 0.17, c.y() + d * 0.32, d * 0.34, d * 0.28));
    painter.restore();
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * IndentWidth);
    setMouseTracking(true);
    m_highlighter = SyntaxSupport::createYamlHighlighter(document(), palette());

    m_completion = new CompletionPopup(this);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        revealCursorBlock();
        updateExtraSelections();
    });
    updateGutterWidth();
    updateExtraSelections();
}

void CodeEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    m_ranges.clear();
    for (const Diagnostic &d : diagnostics) {
        if (d.location.line <= 0 || d.location.line > document()->blockCount())
            continue;
        const QTextBlock block = document()->findBlockByNumber(d.location.line - 1);
        const QString text = block.text();
        int start = 0;
        int end = int(text.size());
        if (d.location.column > 0) {
            start = utf16Offset(text, d.location.column);
            end = d.length > 0 ? utf16Offset(text, d.location.column + d.length) : start;
            // A one-character squiggle under `:` is easy to miss: widen short
            // ranges to the token around them.
            if (end - start <= 1) {
                while (start > 0 && !text.at(start - 1).isSpace())
                    --start;
                end = std::max(end, start);
                while (end < text.size() && !text.at(end).isSpace())
                    ++end;
            }
        }
        if (end <= start) {
            // At or past the end of the line: underline the last character instead.
            if (text.isEmpty()) {
                start = end = 0;
            } else {
                start = std::max(0, int(text.size()) - 1);
                end = int(text.size());
            }
        }
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        m_ranges.append({cursor, d.severity, QStringLiteral("%1 [%2]").arg(d.message, d.code)});
    }
    updateExtraSelections();
    m_gutter->update();
}

QStringList CodeEditor::diagnosticMessagesAt(int position) const
{
    QStringList messages;
    for (const Range &r : m_ranges) {
        const int start = r.cursor.selectionStart();
        const int end = r.cursor.selectionEnd();
        // An empty range (empty line) still answers for its own position.
        if ((position >= start && position < end) || (start == end && position == start))
            messages.append(r.text);
    }
    return messages;
}

void CodeEditor::goToLine(int line, int column)
{
    moveCursorTo(line, column);
    setFocus();
}

void CodeEditor::moveCursorTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    if (column > 1)
        cursor.setPosition(block.position() + utf16Offset(block.text(), column));
    setTextCursor(cursor);
    centerCursor();
}

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::currentColumn() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    return int(before.toUcs4().size()) + 1;
}

void CodeEditor::toggleComment()
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection ending at the start of a line does not include that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();

    bool allCommented = true;
    int minIndent = INT_MAX;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!isBlank(text)) {
            minIndent = std::min(minIndent, indentationOf(text));
            if (!text.trimmed().startsWith(u'#'))
                allCommented = false;
        }
        if (b == last)
            break;
    }
    if (minIndent == INT_MAX)
        return; // only blank lines

    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!isBlank(text)) {
            if (allCommented) {
                const int hash = int(text.indexOf(u'#'));
                const int count = (hash + 1 < text.size() && text.at(hash + 1) == u' ') ? 2 : 1;
                edit.setPosition(b.position() + hash);
                edit.setPosition(b.position() + hash + count, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            } else {
                edit.setPosition(b.position() + minIndent);
                edit.insertText(QStringLiteral("# "));
            }
        }
        if (b == last)
            break;
    }
    edit.endEditBlock();
}

bool CodeEditor::isFoldable(const QTextBlock &block) const
{
    if (!block.isValid() || isBlankOrComment(block.text()))
        return false;
    const int indent = indentationOf(block.text());
    for (QTextBlock b = block.next(); b.isValid(); b = b.next()) {
        if (isBlankOrComment(b.text()))
            continue;
        return indentationOf(b.text()) > indent
               // `key:` followed by `- item` at the same indentation is a child too.
               || (indentationOf(b.text()) == indent && block.text().trimmed().endsWith(u':') &&
                   b.text().trimmed().startsWith(QLatin1String("- ")));
    }
    return false;
}

bool CodeEditor::isFolded(const QTextBlock &block) const
{
    return isFoldable(block) && block.next().isValid() && !block.next().isVisible();
}

void CodeEditor::setFolded(const QTextBlock &block, bool folded)
{
    if (!isFoldable(block) || isFolded(block) == folded)
        return;
    const int indent = indentationOf(block.text());
    const bool keyWithSameIndentList = block.text().trimmed().endsWith(u':');
    QTextBlock end = block;
    for (QTextBlock b = block.next(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!isBlankOrComment(text)) {
            const int i = indentationOf(text);
            const bool child = i > indent || (keyWithSameIndentList && i == indent &&
                                              text.trimmed().startsWith(QLatin1String("- ")));
            if (!child)
                break;
        }
        end = b;
    }
    // Trailing blank lines stay visible: they separate the fold from what follows.
    while (end != block && isBlank(end.text()))
        end = end.previous();
    if (end == block)
        return;

    // Unfolding opens nested folds too: simpler than remembering them, and
    // what the user usually wants after asking to see the block.
    for (QTextBlock b = block.next(); b.isValid(); b = b.next()) {
        b.setVisible(!folded);
        b.setLineCount(folded ? 0 : std::max(1, b.layout() ? b.layout()->lineCount() : 1));
        if (b == end)
            break;
    }
    document()->markContentsDirty(block.position(),
                                  end.position() + end.length() - block.position());
    // Hidden text must not keep the cursor.
    if (folded && textCursor().block().blockNumber() > block.blockNumber() &&
        textCursor().block().blockNumber() <= end.blockNumber()) {
        QTextCursor c(block);
        c.movePosition(QTextCursor::EndOfBlock);
        setTextCursor(c);
    }
    viewport()->update();
    m_gutter->update();
    ensureCursorVisible();
}

void CodeEditor::toggleFold(const QTextBlock &block)
{
    setFolded(block, !isFolded(block));
}

void CodeEditor::unfoldAll()
{
    for (QTextBlock b = document()->firstBlock(); b.isValid(); b = b.next()) {
        if (!b.isVisible()) {
            b.setVisible(true);
            b.setLineCount(std::max(1, b.layout() ? b.layout()->lineCount() : 1));
        }
    }
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    m_gutter->update();
}

void CodeEditor::foldCurrent()
{
    QTextBlock block = textCursor().block();
    if (isFoldable(block) && !isFolded(block)) {
        setFolded(block, true);
        return;
    }
    int indent = isBlankOrComment(block.text()) ? INT_MAX : indentationOf(block.text());
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        if (isBlankOrComment(b.text()) || indentationOf(b.text()) >= indent)
            continue;
        indent = indentationOf(b.text());
        if (isFoldable(b)) {
            setFolded(b, true);
            return;
        }
    }
}

void CodeEditor::revealCursorBlock()
{
    // The cursor landed in folded text (search, go to line, a problem): open
    // the folds above it so what it points at is visible.
    QTextBlock block = textCursor().block();
    if (block.isVisible())
        return;
    int indent = isBlankOrComment(block.text()) ? INT_MAX : indentationOf(block.text());
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        if (isBlankOrComment(b.text()))
            continue;
        const int i = indentationOf(b.text());
        if (i < indent) {
            indent = i;
            // The visible folded ancestor is the fold the user sees; opening
            // it opens everything beneath it.
            if (b.isVisible() && isFolded(b)) {
                setFolded(b, false);
                break;
            }
        }
    }
    if (!textCursor().block().isVisible())
        unfoldAll();
}

int CodeEditor::gutterWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return MarkerWidth + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits) + 6 +
           FoldWidth;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        SyntaxSupport::applyPalette(m_highlighter, palette());
        updateExtraSelections();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * IndentWidth);
        updateGutterWidth();
    }
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    // A hairline keeps the gutter apart from the text when AlternateBase ≈ Base.
    QColor edge = pal.color(QPalette::Text);
    edge.setAlpha(30);
    painter.setPen(edge);
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1,
                     event->rect().bottom());

    // Worst severity per line for the markers.
    QHash<int, Severity> worst;
    for (const Range &r : m_ranges) {
        const int line = r.cursor.block().blockNumber();
        auto it = worst.find(line);
        if (it == worst.end() || severityRank(r.severity) > severityRank(*it))
            worst.insert(line, r.severity);
    }

    const int numbersRight = m_gutter->width() - FoldWidth - 2;
    const int current = textCursor().blockNumber();
    QColor numberColour = pal.color(QPalette::Text);
    numberColour.setAlpha(110);
    const int lineHeight = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            painter.setPen(number == current ? pal.color(QPalette::Text) : numberColour);
            QFont f = font();
            f.setBold(number == current);
            painter.setFont(f);
            painter.drawText(MarkerWidth, top, numbersRight - MarkerWidth, lineHeight,
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(number + 1));

            if (number + 1 == m_quickFixLine) {
                paintLightBulb(painter, QRectF(0, top, MarkerWidth, lineHeight));
            } else if (auto it = worst.constFind(number); it != worst.constEnd()) {
                const int d = std::min(MarkerWidth - 4, lineHeight - 4);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColour(*it));
                painter.drawEllipse(QRectF(2, top + (lineHeight - d) / 2.0, d, d));
            }
            if (isFoldable(block)) {
                const bool folded = isFolded(block);
                const qreal cx = m_gutter->width() - FoldWidth / 2.0;
                const qreal cy = top + lineHeight / 2.0;
                QPolygonF arrow;
                if (folded)
                    arrow << QPointF(cx - 2, cy - 4) << QPointF(cx + 3, cy)
                          << QPointF(cx - 2, cy + 4);
                else
                    arrow << QPointF(cx - 4, cy - 2) << QPointF(cx + 4, cy - 2)
                          << QPointF(cx, cy + 3);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(folded ? pal.color(QPalette::Highlight) : numberColour);
                painter.drawPolygon(arrow);
            }
        }
        block = block.next();
        top = bottom;
    }
}

QTextBlock CodeEditor::blockAtGutterY(int y) const
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && y >= top && y < bottom)
            return block;
        if (top > y)
            break;
        block = block.next();
        top = bottom;
    }
    return {};
}

void CodeEditor::setQuickFixLine(int line)
{
    if (line == m_quickFixLine)
        return;
    m_quickFixLine = line;
    m_gutter->update();
}

void CodeEditor::gutterClicked(const QPoint &pos)
{
    const QTextBlock block = blockAtGutterY(pos.y());
    if (!block.isValid())
        return;
    if (pos.x() < MarkerWidth && block.blockNumber() + 1 == m_quickFixLine) {
        if (textCursor().blockNumber() != block.blockNumber())
            setTextCursor(QTextCursor(block));
        Q_EMIT quickFixRequested();
        return;
    }
    if (pos.x() >= m_gutter->width() - FoldWidth && isFoldable(block)) {
        toggleFold(block);
        return;
    }
    setTextCursor(QTextCursor(block));
    setFocus();
}

bool CodeEditor::gutterToolTip(const QPoint &pos, QPoint globalPos)
{
    const QTextBlock block = blockAtGutterY(pos.y());
    if (!block.isValid())
        return false;
    if (pos.x() < MarkerWidth && block.blockNumber() + 1 == m_quickFixLine) {
        QToolTip::showText(globalPos, tr("Quick fixes (Ctrl+.)"), m_gutter);
        return true;
    }
    QStringList messages;
    for (const Range &r : m_ranges) {
        if (r.cursor.block() == block)
            messages.append(r.text);
    }
    if (messages.isEmpty())
        return false;
    QToolTip::showText(globalPos, toolTipHtml(messages), m_gutter);
    return true;
}

bool CodeEditor::canInsertFromMimeData(const QMimeData *source) const
{
    // Dropped files are for the main window to open, not text to paste.
    return !source->hasUrls() && QPlainTextEdit::canInsertFromMimeData(source);
}

bool CodeEditor::showCompletions(bool explicitRequest)
{
    return m_completion->show(explicitRequest);
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    // Hover events arrive at the viewport, not at the editor itself.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        QStringList messages = diagnosticMessagesAt(at.position());
        // cursorForPosition rounds to the nearest gap: use the character under the mouse.
        const int offset = at.positionInBlock() - (help->pos().x() < cursorRect(at).x() ? 1 : 0);
        const QString doc =
            YamlAssist::hoverText(toPlainText().split(u'\n'), at.blockNumber(), offset);
        if (!doc.isEmpty())
            messages.append(doc);
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipHtml(messages), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::setHighlights(Highlight kind, const QList<QTextCursor> &ranges)
{
    if (ranges.isEmpty() && !m_highlights.contains(kind))
        return;
    if (ranges.isEmpty())
        m_highlights.remove(kind);
    else
        m_highlights.insert(kind, ranges);
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection line;
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(SyntaxSupport::isDark(palette()) ? 45 : 25);
        line.format.setBackground(colour);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    for (auto it = m_highlights.cbegin(); it != m_highlights.cend(); ++it) {
        QColor colour = it.key() == Highlight::SearchMatch ? QColor(0xf2, 0xc0, 0x3c)
                                                           : palette().color(QPalette::Highlight);
        colour.setAlpha(SyntaxSupport::isDark(palette()) ? 90 : 70);
        for (const QTextCursor &range : it.value()) {
            QTextEdit::ExtraSelection s;
            s.cursor = range;
            s.format.setBackground(colour);
            selections.append(s);
        }
    }
    for (const Range &r : m_ranges) {
        QTextEdit::ExtraSelection s;
        s.cursor = r.cursor;
        // Hints are advice: a quiet dotted line, not a squiggle.
        s.format.setUnderlineStyle(r.severity == Severity::Hint ? QTextCharFormat::DotLine
                                                                : QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColour(r.severity));
        selections.append(s);
    }
    setExtraSelections(selections);
}

void CodeEditor::setWordWrap(bool on)
{
    setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void CodeEditor::setShowWhitespace(bool on)
{
    QTextOption option = document()->defaultTextOption();
    option.setFlags(on ? option.flags() | QTextOption::ShowTabsAndSpaces
                       : option.flags() & ~QTextOption::ShowTabsAndSpaces);
    document()->setDefaultTextOption(option);
}

bool CodeEditor::showWhitespace() const
{
    return document()->defaultTextOption().flags() & QTextOption::ShowTabsAndSpaces;
}

void CodeEditor::setIndentGuides(bool on)
{
    m_indentGuides = on;
    viewport()->update();
}

// Over the text: indent guides (a line at each indentation level the line's
// own indentation passes, so a block's extent is visible) and the "…" after a
// folded line.
void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    QColor faint = palette().color(QPalette::Text);
    faint.setAlpha(45);
    const qreal space = fontMetrics().horizontalAdvance(u' ');
    const qreal left = contentOffset().x() + document()->documentMargin();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > event->rect().bottom())
            break;
        if (m_indentGuides) {
            const QString text = block.text();
            int indent = 0;
            while (indent < text.size() && text.at(indent) == u' ')
                ++indent;
            painter.setPen(faint);
            for (int column = IndentWidth; column < indent; column += IndentWidth)
                painter.drawLine(QPointF(left + column * space, rect.top()),
                                 QPointF(left + column * space, rect.bottom()));
        }
        if (isFolded(block)) {
            const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
            const QRectF marker(left + last.naturalTextWidth() + space, rect.top() + last.y() + 2,
                                fontMetrics().horizontalAdvance(QStringLiteral("…")) + space,
                                last.height() - 4);
            painter.setPen(faint.darker(150));
            painter.drawRoundedRect(marker, 3, 3);
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(marker, Qt::AlignCenter, QStringLiteral("…"));
        }
    }
}

void CodeEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::ControlModifier) {
        setTextCursor(cursorForPosition(event->position().toPoint()));
        Q_EMIT ctrlClicked();
        event->accept();
        return;
    }
    QPlainTextEdit::mousePressEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completion->isVisible()) {
        // The popup handles choosing; these keys belong to it.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletions(true);
        return;
    }
    const bool typesText = !event->text().isEmpty() && event->text().at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool erases = event->key() == Qt::Key_Backspace;
    // A modifier on its own (Shift for ':' or a capital, a remapped key's
    // modifier on X11) changes nothing: the list stays as it is.
    static const QSet<int> modifierKeys = {
        Qt::Key_Shift,    Qt::Key_Control, Qt::Key_Alt,     Qt::Key_AltGr,   Qt::Key_Meta,
        Qt::Key_CapsLock, Qt::Key_NumLock, Qt::Key_Super_L, Qt::Key_Super_R, Qt::Key_unknown};
    if (modifierKeys.contains(event->key())) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    handleKey(event);
    if (typesText || (erases && m_completion->isVisible()))
        showCompletions(false);
    else if (m_completion->isVisible() && !erases)
        m_completion->hide();
}

void CodeEditor::handleKey(QKeyEvent *event)
{
    const bool plainKey =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Tab:
        if (plainKey && !(event->modifiers() & Qt::ShiftModifier)) {
            if (textCursor().hasSelection() &&
                textCursor().selectedText().contains(QChar::ParagraphSeparator)) {
                indentSelection(false);
            } else {
                // Spaces only: YAML forbids tabs in indentation. Pad to the next level.
                const int column = textCursor().positionInBlock();
                insertPlainText(QString(IndentWidth - column % IndentWidth, u' '));
            }
            return;
        }
        break;
    case Qt::Key_Backtab:
        indentSelection(true);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (plainKey && !(event->modifiers() & Qt::ShiftModifier)) {
            insertIndentedNewline();
            return;
        }
        break;
    case Qt::Key_Backspace: {
        // In leading whitespace, Backspace removes a whole level.
        QTextCursor c = textCursor();
        const QString before = c.block().text().left(c.positionInBlock());
        if (plainKey && !c.hasSelection() && !before.isEmpty() && isBlank(before)) {
            const int remove = (int(before.size()) - 1) % IndentWidth + 1;
            c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, remove);
            c.removeSelectedText();
            return;
        }
        break;
    }
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::insertIndentedNewline()
{
    QTextCursor c = textCursor();
    const QString line = c.block().text();
    const QString before = line.left(c.positionInBlock());
    int indent = indentationOf(line);
    // `- key: value` continues the mapping inside the list item, aligned with `key`.
    const QString content = before.mid(indent);
    if (content.startsWith(QLatin1String("- "))) {
        int i = indent;
        while (i + 1 < before.size() && before.at(i) == u'-' && before.at(i + 1) == u' ') {
            i += 2;
            while (i < before.size() && before.at(i) == u' ')
                ++i;
        }
        if (before.mid(i).contains(QLatin1String(": ")) || before.trimmed().endsWith(u':'))
            indent = i;
    }
    // Strip a trailing comment before looking for the `:` that opens a block.
    QString code = before;
    if (const qsizetype hash = code.indexOf(QLatin1String(" #")); hash >= 0)
        code.truncate(hash);
    code = code.trimmed();
    if (code.endsWith(u':') || code.endsWith(u'|') || code.endsWith(u'>') ||
        code.endsWith(QLatin1String("|-")) || code.endsWith(QLatin1String(">-")))
        indent += IndentWidth;
    c.beginEditBlock();
    // Trailing spaces before the cursor are noise in YAML.
    while (c.positionInBlock() > 0 && c.block().text().at(c.positionInBlock() - 1) == u' ' &&
           c.positionInBlock() > indentationOf(line))
        c.deletePreviousChar();
    c.insertText(QStringLiteral("\n") + QString(indent, u' '));
    c.endEditBlock();
    setTextCursor(c);
    ensureCursorVisible();
}

void CodeEditor::indentSelection(bool outdent)
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (outdent) {
            const int remove = std::min(IndentWidth, indentationOf(b.text()));
            edit.setPosition(b.position());
            edit.setPosition(b.position() + remove, QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        } else if (!isBlank(b.text())) {
            edit.setPosition(b.position());
            edit.insertText(QString(IndentWidth, u' '));
        }
        if (b == last)
            break;
    }
    edit.endEditBlock();
}

} // namespace Kiln
