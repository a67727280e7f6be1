// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: one call of a file-system module. ModuleCall reads and checks the inputs entry
// (the first problem wins), collects log lines and outputs, and turns the Status the helpers
// return into a FileOperationResult with the module name in front of the message.
#pragma once

#include "actions/fileoperations.h"
#include "actions/filestatus.h"
#include "actions/pathresolution.h"

#include <QStringConverter>
#include <initializer_list>
#include <optional>
#include <sys/types.h>

namespace Kiln::FileOps {

// One module call: reads the entry's inputs (the first problem wins), collects log lines and
// outputs, and turns a Status into a FileOperationResult with the module name in front.
class ModuleCall
{
public:
    ModuleCall(QStringView action, const QJsonObject &entry, const FileOperationContext &ctx,
               std::initializer_list<QStringView> knownInputs);

    QString string(QStringView key, bool required, const QString &defaultValue = {});
    // Required and non-empty, resolved with resolve() to the entry itself (FinalLink::Keep).
    QString path(QStringView key);
    QString rawText(QStringView key) const; // as written (to see a trailing separator)
    bool boolean(QStringView key, bool defaultValue);
    std::optional<QStringConverter::Encoding> encoding(); // input `encoding`, default utf8
    std::optional<mode_t> permissions(bool required);     // input `permissions`
    bool has(QStringView key) const { return m_entry.contains(key); }

    bool inputsOk() const { return m_inputError.isEmpty(); }
    FileOperationResult inputError() const { return fail(m_inputError); }

    // `written` as the kernel will reach it (pathresolution.h): relative to the working
    // directory, '..' never above '/', links followed; fails only on a loop of links.
    Status resolve(const QString &written, FinalLink finalLink, QString *resolved) const;
    void log(const QString &line) { m_result.log.append(line); }
    void output(const QString &key, const QString &value) { m_result.outputs.insert(key, value); }

    FileOperationResult fail(const QString &message) const;
    FileOperationResult finish(const Status &status) const; // ok → done(), else fail/cancel
    FileOperationResult done() const { return m_result; }

private:
    void setInputError(const QString &message);

    QString m_action;
    QJsonObject m_entry;
    const FileOperationContext &m_ctx;
    QString m_inputError;
    FileOperationResult m_result;
};

} // namespace Kiln::FileOps
