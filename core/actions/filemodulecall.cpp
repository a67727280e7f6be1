// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/filemodulecall.h"

#include "actions/fileaccess.h"
#include "actions/pathbasics.h"
#include "actions/textencoding.h"
#include "process/target.h"

#include <QDir>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

ModuleCall::ModuleCall(QStringView action, const QJsonObject &entry,
                       const FileOperationContext &ctx,
                       std::initializer_list<QStringView> knownInputs)
    : m_action(action.toString()), m_entry(entry), m_ctx(ctx)
{
    QStringList known;
    for (QStringView k : knownInputs)
        known.append(k.toString());
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!known.contains(it.key())) {
            setInputError(
                u"unknown input '%1' (this module takes: %2)"_s.arg(it.key(), known.join(u", "_s)));
            break;
        }
    }
}

void ModuleCall::setInputError(const QString &message)
{
    if (m_inputError.isEmpty())
        m_inputError = message;
}

QString ModuleCall::rawText(QStringView key) const
{
    const QJsonValue v = m_entry.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString ModuleCall::string(QStringView key, bool required, const QString &defaultValue)
{
    const QJsonValue v = m_entry.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            setInputError(u"input '%1' is required"_s.arg(key));
        return defaultValue;
    }
    if (v.isArray() || v.isObject()) {
        setInputError(u"input '%1' must be a single value, not a list or mapping"_s.arg(key));
        return defaultValue;
    }
    return rawText(key);
}

QString ModuleCall::path(QStringView key)
{
    const QString raw = string(key, true);
    if (raw.isEmpty()) {
        if (m_entry.contains(key))
            setInputError(u"input '%1' must not be empty"_s.arg(key));
        return {};
    }
    QString resolved;
    if (Status s = resolve(raw, FinalLink::Keep, &resolved); !s.isOk())
        setInputError(u"input '%1': %2"_s.arg(key, s.message));
    return resolved;
}

bool ModuleCall::boolean(QStringView key, bool defaultValue)
{
    const QJsonValue v = m_entry.value(key);
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (v.isBool())
        return v.toBool();
    // The executor passes YAML booleans as JSON bools; text "true"/"false" is accepted too, since
    // a boolean fed from a parameter (`force: '{{ Force }}'`) arrives as a string.
    const QString text = rawText(key);
    if (text.compare("true"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare("false"_L1, Qt::CaseInsensitive) == 0)
        return false;
    setInputError(u"input '%1' must be true or false, not '%2'"_s.arg(key, text));
    return defaultValue;
}

std::optional<QStringConverter::Encoding> ModuleCall::encoding()
{
    const QString name = string(u"encoding", false, u"utf8"_s);
    const auto encoding = parseEncoding(name);
    if (!encoding)
        setInputError(u"input 'encoding' must be one of %1 (any letter case), not '%2'"_s.arg(
            encodingNames(), name));
    return encoding;
}

std::optional<mode_t> ModuleCall::permissions(bool required)
{
    if (!has(u"permissions")) {
        if (required)
            setInputError(u"input 'permissions' is required"_s);
        return std::nullopt;
    }
    const QString text = string(u"permissions", required);
    const auto mode = parsePermissions(text);
    if (!mode)
        setInputError(u"input 'permissions' must be 1 to 4 octal digits (0-7) such as '0755' or "
                      u"'644', not '%1'"_s.arg(text));
    return mode;
}

Status ModuleCall::resolve(const QString &written, FinalLink finalLink, QString *resolved) const
{
    const QString base = m_ctx.workingDirectory.isEmpty()
                             ? QDir::currentPath()
                             : QDir(m_ctx.workingDirectory).absolutePath();
    const ResolvedPath result = resolvePath(written, base, finalLink, fileTarget().root());
    *resolved = result.path;
    return result.ok() ? Status::ok() : Status::failed(result.error);
}

FileOperationResult ModuleCall::fail(const QString &message) const
{
    FileOperationResult result = m_result;
    result.ok = false;
    result.error = m_action + u": "_s + message;
    return result;
}

FileOperationResult ModuleCall::finish(const Status &status) const
{
    switch (status.kind) {
    case Status::Ok:
        return m_result;
    case Status::Failed:
        return fail(status.message);
    case Status::Cancelled:
        break;
    }
    FileOperationResult result = FileOperationResult::cancellation(m_action);
    result.log = m_result.log + result.log;
    return result;
}

} // namespace Kiln::FileOps
