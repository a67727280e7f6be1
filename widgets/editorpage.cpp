// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editorpage.h"

#include "document/document.h"
#include "document/incrementalparse.h"
#include "editor/codeeditor.h"
#include "editor/findbar.h"
#include "model/diagnosticsmodel.h"
#include "model/documentplatform.h"
#include "model/steptreemodel.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTimer>
#include <QVBoxLayout>

namespace Kiln {

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent), m_editor(new CodeEditor(this)), m_findBar(new FindBar(m_editor, this)),
      m_diagnostics(new DiagnosticsModel(this)), m_steps(new StepTreeModel(this)),
      m_validationTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(ValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, &EditorPage::validateNow);
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_validationTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &EditorPage::modificationChanged);
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
    options.osPlatform = guessDocumentPlatform(document, ValidationOptions::hostPlatform());
    m_platform = options.osPlatform;
    Diagnostics diagnostics = Validator(options).validate(document);
    diagnostics.insert(diagnostics.end(), m_runDiagnostics.begin(), m_runDiagnostics.end());
    m_editor->setDiagnostics(diagnostics);
    m_diagnostics->setDiagnostics(std::move(diagnostics));
    // While the text is not YAML (mid-edit), keep the last good outline
    // instead of collapsing the tree to nothing.
    if (document.root() || m_steps->rowCount() == 0)
        m_steps->setDocument(document);
    Q_EMIT validated();
}

void EditorPage::setRunDiagnostics(Diagnostics diagnostics)
{
    m_runDiagnostics = std::move(diagnostics);
    validateNow();
}

} // namespace Kiln
