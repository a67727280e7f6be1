// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "symbolactions.h"

#include "document/document.h"
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "lsp/documentindex.h"
#include "model/diagnosticsmodel.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <algorithm>

namespace Kiln {

namespace {

// The page's last parse if it is of exactly the text on screen, else null.
const Document *parsedScreen(EditorPage *page)
{
    const Document *document = page->document().get();
    return document && page->editor()->toPlainText().toUtf8() == document->source() ? document
                                                                                    : nullptr;
}

// The page's parse of exactly the text on screen (a pending validation runs now).
const Document *currentDocument(EditorPage *page)
{
    if (const Document *document = parsedScreen(page))
        return document;
    page->validateNow();
    return page->document().get();
}

Mark cursorMark(EditorPage *page)
{
    return SourceLines(page->editor()->toPlainText())
        .markOf(page->editor()->textCursor().position());
}

} // namespace

QList<CodeAction> quickFixesAtCursor(EditorPage *page, bool parseIfStale)
{
    const Document *document = parseIfStale ? currentDocument(page) : parsedScreen(page);
    QList<CodeAction> fixes;
    if (!document)
        return fixes;
    const int line = page->editor()->currentLine();
    for (const Diagnostic &d : page->diagnosticsModel()->diagnostics()) {
        if (d.location.line == line)
            fixes += codeActionsFor(*document, d);
    }
    return fixes;
}

void applyTextEdits(EditorPage *page, const std::vector<TextEdit> &edits)
{
    const SourceLines lines(page->editor()->toPlainText());
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    for (const TextEdit &e : edits)
        ranges.emplace_back(lines.offsetOf(e.start), lines.offsetOf(e.end));
    std::vector<size_t> order(edits.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // From the end, so that earlier offsets stay valid.
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return ranges[a].first > ranges[b].first; });
    QTextCursor cursor(page->editor()->document());
    cursor.beginEditBlock();
    for (const size_t i : order) {
        cursor.setPosition(int(ranges[i].first));
        cursor.setPosition(int(ranges[i].second), QTextCursor::KeepAnchor);
        cursor.insertText(edits[i].newText);
    }
    cursor.endEditBlock();
    page->validateNow();
}

bool goToDefinition(EditorPage *page)
{
    const Document *document = currentDocument(page);
    if (!document)
        return false;
    const Lsp::DocumentIndex index(*document);
    const Lsp::Occurrence *at = index.at(cursorMark(page));
    const Lsp::Occurrence *declaration = at ? index.declarationOf(*at) : nullptr;
    if (!declaration)
        return false;
    page->editor()->goToLine(declaration->start.line, declaration->start.column);
    return true;
}

QString symbolAtCursor(EditorPage *page)
{
    const Document *document = currentDocument(page);
    if (!document)
        return {};
    const Lsp::DocumentIndex index(*document);
    const Lsp::Occurrence *at = index.at(cursorMark(page));
    return at && index.declarationOf(*at) ? at->name : QString();
}

QString renameSymbolAtCursor(EditorPage *page, const QString &newName)
{
    const Document *document = currentDocument(page);
    if (!document)
        return {};
    const Lsp::DocumentIndex index(*document);
    Lsp::RenameRefusal refusal;
    const auto edits = Lsp::renameEdits(index, index.at(cursorMark(page)), newName, &refusal);
    if (!edits)
        return refusal.message;
    applyTextEdits(page, *edits);
    return {};
}

bool goToProblem(EditorPage *page, bool forward)
{
    const Diagnostics &all = page->diagnosticsModel()->diagnostics();
    std::vector<std::pair<int, int>> places;
    for (const Diagnostic &d : all) {
        if (d.location.line > 0)
            places.emplace_back(d.location.line, std::max(1, d.location.column));
    }
    if (places.empty())
        return false;
    std::sort(places.begin(), places.end());
    const std::pair<int, int> here{page->editor()->currentLine(), page->editor()->currentColumn()};
    std::pair<int, int> target;
    if (forward) {
        const auto next = std::upper_bound(places.begin(), places.end(), here);
        target = next == places.end() ? places.front() : *next;
    } else {
        const auto previous = std::lower_bound(places.begin(), places.end(), here);
        target = previous == places.begin() ? places.back() : *(previous - 1);
    }
    page->editor()->goToLine(target.first, target.second);
    return true;
}

QList<QTextCursor> symbolOccurrencesAtCursor(EditorPage *page)
{
    const Document *document = parsedScreen(page);
    if (!document)
        return {};
    const Lsp::DocumentIndex index(*document);
    const SourceLines lines(page->editor()->toPlainText());
    const Lsp::Occurrence *at = index.at(lines.markOf(page->editor()->textCursor().position()));
    if (!at || !index.declarationOf(*at))
        return {};
    QList<QTextCursor> ranges;
    for (const Lsp::Occurrence *o : index.occurrencesOf(*at, true)) {
        QTextCursor range(page->editor()->document());
        const qsizetype start = lines.offsetOf(o->start);
        range.setPosition(int(start));
        range.setPosition(int(lines.offsetOf({o->start.line, o->start.column + o->length})),
                          QTextCursor::KeepAnchor);
        ranges.append(range);
    }
    return ranges.size() > 1 ? ranges : QList<QTextCursor>(); // alone: nothing to point out
}

void followSymbolsInEditor(EditorPage *page)
{
    CodeEditor *editor = page->editor();
    auto *rest = new QTimer(page);
    rest->setSingleShot(true);
    rest->setInterval(150);
    QObject::connect(rest, &QTimer::timeout, page, [page] {
        page->editor()->setHighlights(CodeEditor::Highlight::SymbolOccurrence,
                                      symbolOccurrencesAtCursor(page));
        const bool fixes = !quickFixesAtCursor(page, false).isEmpty();
        page->editor()->setQuickFixLine(fixes ? page->editor()->currentLine() : 0);
    });
    QObject::connect(editor, &QPlainTextEdit::cursorPositionChanged, rest,
                     qOverload<>(&QTimer::start));
    QObject::connect(page, &EditorPage::validated, rest, qOverload<>(&QTimer::start));
    QObject::connect(editor, &CodeEditor::ctrlClicked, page, [page] { goToDefinition(page); });
}

} // namespace Kiln
