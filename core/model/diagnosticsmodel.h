// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The problems of one document as a flat table model for the studio's problems
// pane. It lives in core (QtCore only) so it is tested headless; the severity
// icon is added in widgets by ProblemsView from SeverityRole.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QAbstractTableModel>

namespace Kiln {

class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, CodeColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Kiln::Severity)
        LineRole,                        // 1-based, 0 = whole file
        ColumnRole,                      // 1-based, 0 = whole line
        LengthRole,
        CodeRole,
    };
    Q_ENUM(Role)

    explicit DiagnosticsModel(QObject *parent = nullptr);

    // Replaces the list. An identical list is a no-op, so re-validating an
    // unchanged document keeps the view's selection and scroll position.
    void setDiagnostics(Diagnostics diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countsChanged(int errors, int warnings);

private:
    Diagnostics m_diagnostics;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace Kiln
