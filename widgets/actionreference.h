// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Help › Action Reference: every action module of the catalogue (what
// `kiln actions NAME` prints) in a searchable list, with its description,
// platforms, inputs (type, required, default, allowed values), outputs and a
// complete example step. The catalogue is the one source, as for validation,
// completion, hover and the JSON Schema.
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace Kiln {

struct ActionSpec;

class ActionReference : public QDialog
{
    Q_OBJECT
public:
    explicit ActionReference(QWidget *parent = nullptr);

    // Shows `action`; false when the catalogue has no such module.
    bool showAction(const QString &action);
    QTextBrowser *page() const { return m_page; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The reference of one module as HTML.
    static QString html(const ActionSpec &spec);

private:
    QLineEdit *m_filter;
    QListWidget *m_list;
    QTextBrowser *m_page;
};

} // namespace Kiln
