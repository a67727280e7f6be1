// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "pathchecks.h"

#include "actions/pathresolution.h"
#include "actions/protectedfolders.h"
#include "diagnostics/codes.h"
#include "document/document.h"
#include "i18n/tr.h"
#include "validate/reporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// The inputs whose path a module deletes, moves away, replaces or changes recursively, and
// what it would do (%1: the path), as the modules guard them at run time.
struct GuardedInput
{
    QStringView action;
    QStringView input;
    const char *what;
};

const GuardedInput kGuardedInputs[] = {
    {u"DeleteFolder", u"path", QT_TRANSLATE_NOOP("Kiln::Validator", "delete %1")},
    {u"DeleteFile", u"path", QT_TRANSLATE_NOOP("Kiln::Validator", "delete %1")},
    {u"MoveFile", u"source", QT_TRANSLATE_NOOP("Kiln::Validator", "move %1 away")},
    {u"MoveFolder", u"source", QT_TRANSLATE_NOOP("Kiln::Validator", "move %1 away")},
    // The target of a copy or move is replaced when it exists.
    {u"CopyFile", u"destination", QT_TRANSLATE_NOOP("Kiln::Validator", "replace %1")},
    {u"CopyFolder", u"destination", QT_TRANSLATE_NOOP("Kiln::Validator", "replace %1")},
    {u"MoveFile", u"destination", QT_TRANSLATE_NOOP("Kiln::Validator", "replace %1")},
    {u"MoveFolder", u"destination", QT_TRANSLATE_NOOP("Kiln::Validator", "replace %1")},
    {u"CreateSymlink", u"path", QT_TRANSLATE_NOOP("Kiln::Validator", "put a link at %1")},
    {u"SetFolderOwner", u"path",
     QT_TRANSLATE_NOOP("Kiln::Validator", "change the owner of everything in %1")},
    {u"SetFolderPermissions", u"path",
     QT_TRANSLATE_NOOP("Kiln::Validator", "change the permissions of everything in %1")},
};

// The text of a literal absolute path, or a null string when it cannot be judged statically.
QString literalAbsolutePath(const YamlNode *node)
{
    if (!node || !node->isScalar() || node->text.contains(u"{{") || !node->text.startsWith(u'/'))
        return {};
    return node->text;
}

bool isLiteralFalse(const YamlNode *node)
{
    return node && node->isScalar() && node->text.compare(u"false"_s, Qt::CaseInsensitive) == 0;
}

void checkEntry(const ActionSpec &action, const GuardedInput &guarded, const YamlNode &entry,
                Reporter &reporter)
{
    const YamlNode *node = entry.value(guarded.input);
    QString written = literalAbsolutePath(node);
    if (written.isNull())
        return;
    // The recursive modules change the tree only with `recursive` (true by default).
    if (guarded.action.startsWith(u"SetFolder") && isLiteralFalse(entry.value(u"recursive")))
        return;
    if (guarded.input == u"destination" && written.endsWith(u'/')) {
        // A folder the source goes into: the target is the source's name inside it.
        const QString source = literalAbsolutePath(entry.value(u"source"));
        const QString sourceName =
            source.isNull() ? QString() : FileOps::resolveLexically(source).section(u'/', -1);
        if (sourceName.isEmpty() || sourceName.contains(u'*'))
            return;
        written += sourceName;
    }
    const QString path = FileOps::resolveLexically(written);
    const FileOps::ProtectedMatch match = FileOps::protectedFolderNamed(path);
    if (!match)
        return;
    const QString shown = FileOps::isAsWritten(written, path)
                              ? ValidatorTr::tr("'%1'").arg(path)
                              : ValidatorTr::tr("'%1' (resolves to '%2')").arg(written, path);
    const QString what = ValidatorTr::tr(guarded.what).arg(shown);
    const QString why =
        match.kind == FileOps::ProtectedMatch::Pattern
            ? ValidatorTr::tr("as a '*' pattern it can select the protected system folder '%1'")
                  .arg(match.folder)
            : ValidatorTr::tr("it is a protected system folder");
    reporter.error(Codes::ProtectedFolderPath, *node,
                   ValidatorTr::tr("%1 refuses to %2: %3").arg(action.name, what, why));
}

} // namespace

void checkProtectedPaths(const Step &step, const ActionSpec &action, Platforms platform,
                         Reporter &reporter)
{
    if (platform == platformBit(Platform::Windows) || !step.inputs || !step.inputs->isSequence())
        return;
    for (const YamlNode &entry : step.inputs->items) {
        for (const GuardedInput &guarded : kGuardedInputs) {
            if (entry.isMap() && guarded.action == action.name)
                checkEntry(action, guarded, entry, reporter);
        }
    }
}

} // namespace Kiln
