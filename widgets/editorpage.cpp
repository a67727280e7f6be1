// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editorpage.h"

#include "document/document.h"
#include "document/incrementalparse.h"
#include "editor/codeeditor.h"
#include "editor/completionpopup.h"
#include "editor/findbar.h"
#include "model/diagnosticsmodel.h"
#include "model/documentplatform.h"
#include "model/steptreemodel.h"
#include "validate/scriptlint.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Kiln {

namespace {

// Where the first non-blank character of `line` is, or -1 for a blank line.
qsizetype indentation(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!line.at(i).isSpace())
            return i;
    }
    return -1;
}

// The text of the lines `anchor` selects, whole: an edit at the start of its
// first line (a `#` that comments the step out) is outside the selection itself.
QString wholeLines(const QTextCursor &anchor)
{
    QTextCursor lines = anchor;
    lines.setPosition(anchor.selectionStart());
    lines.movePosition(QTextCursor::StartOfBlock);
    lines.setPosition(anchor.selectionEnd(), QTextCursor::KeepAnchor);
    lines.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    return lines.selectedText();
}

} // namespace

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent), m_editor(new CodeEditor(this)), m_findBar(new FindBar(m_editor, this)),
      m_diagnostics(new DiagnosticsModel(this)), m_steps(new StepTreeModel(this)),
      m_validationTimer(new QTimer(this)), m_lintTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    m_editor->completionPopup()->setDocumentSource([this] { return m_document; });

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(ValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, &EditorPage::validateNow);
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_validationTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &EditorPage::modificationChanged);
    // ShellCheck starts in an event loop turn of its own, after the validation
    // has been shown and only if no newer one is due.
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(0);
    connect(m_lintTimer, &QTimer::timeout, this, &EditorPage::startScriptLint);
}

EditorPage::~EditorPage()
{
    // A ShellCheck still running is killed: nothing outlives the page.
    if (m_lintThread) {
        *m_lintCancel = true;
        m_lintThread->wait();
    }
}

void EditorPage::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
    m_validationTimer->start(); // diagnostics carry the file name
}

QString EditorPage::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool EditorPage::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The validator reports invalid UTF-8 (K1002); the editor shows what it can.
    const QByteArray bytes = file.readAll();
    m_crlf = bytes.contains("\r\n");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    m_undecodable = decoder.hasError() ? bytes : QByteArray();
    m_editor->setReadOnly(!m_undecodable.isEmpty());
    setText(text); // QPlainTextEdit turns CRLF into LF
    setFilePath(QFileInfo(path).absoluteFilePath());
    validateNow();
    return true;
}

bool EditorPage::save(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString text = m_editor->toPlainText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text.append(u'\n'); // POSIX text files end with a newline
    if (m_crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_editor->document()->setModified(false);
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

void EditorPage::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_validationTimer->start();
}

bool EditorPage::isModified() const
{
    return m_editor->document()->isModified();
}

void EditorPage::setPlatformOverride(const QString &platform)
{
    m_platformOverride = platform;
    validateNow();
}

void EditorPage::validateNow()
{
    m_validationTimer->stop();
    const QString label = m_filePath.isEmpty() ? displayName() : m_filePath;
    const QByteArray source =
        m_undecodable.isEmpty() ? m_editor->toPlainText().toUtf8() : m_undecodable;
    // Typing inside one step re-parses only that step (issue #6); the previous
    // Document and the new text are compared, so any number of edits since the
    // last validation is fine, and anything unusual falls back to the full parse.
    std::optional<Document> incremental;
    if (m_document && m_undecodable.isEmpty() && m_document->filePath() == label)
        incremental = reparseIncrementally(*m_document, source);
    m_document = std::make_shared<const Document>(incremental ? std::move(*incremental)
                                                              : Document::fromText(source, label));
    const Document &document = *m_document;
    ValidationOptions options;
    options.osPlatform = m_platformOverride.isEmpty()
                             ? guessDocumentPlatform(document, ValidationOptions::hostPlatform())
                             : m_platformOverride;
    m_platform = options.osPlatform;
    m_validatorDiagnostics = Validator(options).validate(document);
    if (m_lintScripts)
        m_lintTimer->start();
    publishDiagnostics();
    // While the text is not YAML (mid-edit), keep the last good outline
    // instead of collapsing the tree to nothing.
    if (document.root() || m_steps->rowCount() == 0)
        m_steps->setDocument(document);
    Q_EMIT validated();
}

void EditorPage::publishDiagnostics()
{
    m_runDiagnostics = stillValid(m_runProblems);
    Diagnostics diagnostics = m_validatorDiagnostics;
    diagnostics.insert(diagnostics.end(), m_runDiagnostics.begin(), m_runDiagnostics.end());
    const Diagnostics lint = stillValid(m_lintProblems);
    diagnostics.insert(diagnostics.end(), lint.begin(), lint.end());
    sortDiagnostics(diagnostics);
    m_editor->setDiagnostics(diagnostics);
    m_diagnostics->setDiagnostics(std::move(diagnostics));
}

void EditorPage::setRunDiagnostics(Diagnostics diagnostics)
{
    m_runProblems.clear();
    for (Diagnostic &d : diagnostics)
        m_runProblems.push_back(anchored(std::move(d), true));
    validateNow();
}

void EditorPage::setScriptLinting(bool on, const QString &program)
{
    if (m_lintScripts == on && m_shellcheck == program)
        return;
    m_lintScripts = on;
    m_shellcheck = program;
    m_lintProblems.clear();
    if (m_document)
        validateNow();
}

bool EditorPage::isLintingScripts() const
{
    return m_lintTimer->isActive() || m_lintThread != nullptr;
}

void EditorPage::startScriptLint()
{
    if (!m_lintScripts || !m_document || m_validationTimer->isActive())
        return; // a newer validation follows and starts its own
    if (m_lintThread) {
        m_lintAgain = true; // one ShellCheck at a time: the newest text's follows
        return;
    }
    ValidationOptions options;
    options.osPlatform = m_platform;
    options.shellcheckProgram = m_shellcheck.isEmpty() ? findShellcheck() : m_shellcheck;
    if (options.shellcheckProgram.isEmpty()) {
        m_lintProblems.clear();
        return; // not installed: like `kiln validate`, which then skips it
    }
    // Writing a script per step and starting the process took a second of the
    // GUI thread on 2,000 steps: all of it runs on a thread of its own.
    auto found = std::make_shared<Diagnostics>();
    const std::shared_ptr<const Document> document = m_document;
    m_lintCancel = std::make_shared<std::atomic<bool>>(false);
    m_lintThread = QThread::create([document, options, found, cancel = m_lintCancel] {
        *found = lintScripts(*document, options, cancel.get());
    });
    // A page closed meanwhile leaves the thread to end on its own.
    connect(m_lintThread, &QThread::finished, m_lintThread, &QObject::deleteLater);
    connect(m_lintThread, &QThread::finished, this, [this, document, found] {
        m_lintThread = nullptr;
        if (m_lintScripts && document == m_document) { // still on, and still this text
            m_lintProblems.clear();
            for (const Diagnostic &d : *found)
                m_lintProblems.push_back(anchored(d, false));
            publishDiagnostics();
            Q_EMIT scriptsLinted();
        }
        if (std::exchange(m_lintAgain, false) || document != m_document)
            startScriptLint();
    });
    m_lintThread->start(QThread::LowPriority);
}

EditorPage::AnchoredProblem EditorPage::anchored(Diagnostic diagnostic, bool wholeItem) const
{
    QTextDocument *text = m_editor->document();
    const QTextBlock first = text->findBlockByNumber(diagnostic.location.line - 1);
    if (diagnostic.location.line <= 0 || !first.isValid())
        return {std::move(diagnostic), {}, {}}; // about the whole file: kept as it is
    QTextBlock last = first;
    // A list item (`- name: …`) runs until a line indented no deeper than its dash.
    const qsizetype dash = indentation(first.text());
    if (wholeItem && dash >= 0 && QStringView(first.text()).mid(dash).startsWith(u"- ")) {
        for (QTextBlock b = first.next(); b.isValid(); b = b.next()) {
            const qsizetype indent = indentation(b.text());
            if (indent < 0 || b.text().at(indent) == u'#')
                continue; // blank lines and comments belong to no item
            if (indent <= dash)
                break;
            last = b;
        }
    }
    QTextCursor anchor(text);
    anchor.setPosition(first.position());
    anchor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    return {std::move(diagnostic), anchor, wholeLines(anchor)};
}

Diagnostics EditorPage::stillValid(std::vector<AnchoredProblem> &problems)
{
    std::erase_if(problems, [](const AnchoredProblem &p) {
        return !p.anchor.isNull() && wholeLines(p.anchor) != p.text;
    });
    Diagnostics out;
    for (AnchoredProblem &p : problems) {
        if (!p.anchor.isNull())
            p.diagnostic.location.line =
                p.anchor.document()->findBlock(p.anchor.selectionStart()).blockNumber() + 1;
        out.push_back(p.diagnostic);
    }
    return out;
}

} // namespace Kiln
