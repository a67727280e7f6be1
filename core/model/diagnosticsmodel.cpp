// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/diagnosticsmodel.h"

#include "diagnostics/codes.h"

#include <algorithm>

namespace Kiln {

namespace {

bool sameDiagnostic(const Diagnostic &a, const Diagnostic &b)
{
    return a.severity == b.severity && a.code == b.code && a.message == b.message &&
           a.location.file == b.location.file && a.location.line == b.location.line &&
           a.location.column == b.location.column && a.length == b.length;
}

bool sameList(const Diagnostics &a, const Diagnostics &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameDiagnostic);
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(Diagnostics diagnostics)
{
    if (sameList(diagnostics, m_diagnostics))
        return;
    // A reset is cheap here (a document has tens of problems, not thousands)
    // and simpler than diffing; identical lists were filtered out above.
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();

    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.severity == Severity::Error)
            ++errors;
        else if (d.severity == Severity::Warning)
            ++warnings;
    }
    if (errors != m_errors || warnings != m_warnings) {
        m_errors = errors;
        m_warnings = warnings;
        Q_EMIT countsChanged(m_errors, m_warnings);
    }
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (d.severity) {
            case Severity::Error:
                return tr("Error");
            case Severity::Warning:
                return tr("Warning");
            case Severity::Info:
                return tr("Info");
            case Severity::Hint:
                return tr("Hint");
            }
            return {};
        case LocationColumn:
            if (d.location.line <= 0)
                return QString();
            if (d.location.column <= 0)
                return QString::number(d.location.line);
            return QStringLiteral("%1:%2").arg(d.location.line).arg(d.location.column);
        case CodeColumn:
            return d.code;
        case MessageColumn:
            return d.message;
        }
        return {};
    case Qt::ToolTipRole:
        // Hovering the code explains it, as `kiln validate --explain` does.
        if (index.column() == CodeColumn) {
            if (const CodeInfo *info = findCode(d.code))
                return QStringLiteral("%1: %2\n\n%3")
                    .arg(d.code, codeTitle(*info), codeExplanation(*info));
        }
        return QStringLiteral("%1:%2:%3: %4 [%5]")
            .arg(d.location.file)
            .arg(d.location.line)
            .arg(d.location.column)
            .arg(d.message, d.code);
    case SeverityRole:
        return int(d.severity);
    case LineRole:
        return d.location.line;
    case ColumnRole:
        return d.location.column;
    case LengthRole:
        return d.length;
    case CodeRole:
        return d.code;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Line:Col");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QHash<int, QByteArray> DiagnosticsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(LengthRole, "length");
    names.insert(CodeRole, "code");
    return names;
}

} // namespace Kiln
