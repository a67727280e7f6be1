// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The completion popup of the code editor: the items of YamlAssist::completionsAt()
// in a QCompleter list, the documentation of the current item in a panel beside
// it, and the insertion of the chosen item (a key, a value, a `{{ }}` reference or a
// whole step, whose name is then selected for typing over).
#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QAbstractItemView;
class QCompleter;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;

namespace Kiln {

class Document;

class CompletionPopup : public QObject
{
    Q_OBJECT
public:
    using DocumentSource = std::function<std::shared_ptr<const Document>()>;

    explicit CompletionPopup(QPlainTextEdit *editor);

    // Where `{{ }}` completion finds the names: the editor's last parse.
    void setDocumentSource(DocumentSource source) { m_documentSource = std::move(source); }

    // Opens the popup for the cursor if there is anything to offer. While typing
    // (`explicitRequest` false) only after a character of the word, right after
    // `action: ` or right after `{{`.
    bool show(bool explicitRequest);
    void hide();
    bool isVisible() const;
    QAbstractItemView *view() const;
    QString currentDetail() const; // the text of the panel beside the list

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insert(const QModelIndex &index);
    void showDetail();

    QPlainTextEdit *m_editor;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QLabel *m_detail;
    int m_replaceFrom = 0; // offset in the line where the inserted text starts
    DocumentSource m_documentSource;
};

} // namespace Kiln
