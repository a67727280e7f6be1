// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/changereport.h"

#include "i18n/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

const char *kindName(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added:
        return "added";
    case FileChange::Kind::Modified:
        return "modified";
    case FileChange::Kind::Deleted:
        return "deleted";
    case FileChange::Kind::Replaced:
        return "replaced";
    }
    return "modified";
}

std::optional<FileChange::Kind> kindFromName(const QString &name)
{
    for (auto kind : {FileChange::Kind::Added, FileChange::Kind::Modified,
                      FileChange::Kind::Deleted, FileChange::Kind::Replaced}) {
        if (name == QLatin1StringView(kindName(kind)))
            return kind;
    }
    return std::nullopt;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QJsonObject stepJson(const StepChanges &step)
{
    QJsonArray files;
    for (const FileChange &c : step.files) {
        QJsonObject file{{u"path"_s, c.path},
                         {u"change"_s, QString::fromLatin1(kindName(c.kind))},
                         {u"type"_s, c.type}};
        if (!c.aspects.isEmpty()) {
            file.insert(u"aspects"_s, strings(c.aspects));
            file.insert(u"before"_s, c.before);
        }
        if (!c.after.isEmpty())
            file.insert(u"after"_s, c.after);
        if (!c.diff.isEmpty())
            file.insert(u"diff"_s, c.diff);
        files.append(file);
    }
    QJsonArray packages;
    for (const PackageChange &p : step.packages)
        packages.append(
            QJsonObject{{u"name"_s, p.name}, {u"before"_s, p.before}, {u"after"_s, p.after}});
    return {{u"document"_s, step.document},
            {u"phase"_s, step.phase},
            {u"step"_s, step.step},
            {u"files"_s, files},
            {u"packages"_s, packages},
            {u"users"_s, QJsonObject{{u"added"_s, strings(step.usersAdded)},
                                     {u"removed"_s, strings(step.usersRemoved)}}},
            {u"groups"_s, QJsonObject{{u"added"_s, strings(step.groupsAdded)},
                                      {u"removed"_s, strings(step.groupsRemoved)}}},
            {u"units"_s, QJsonObject{{u"enabled"_s, strings(step.unitsEnabled)},
                                     {u"disabled"_s, strings(step.unitsDisabled)}}}};
}

std::optional<StepChanges> stepFromJson(const QJsonObject &json)
{
    StepChanges step;
    step.document = json.value(u"document"_s).toString();
    step.phase = json.value(u"phase"_s).toString();
    step.step = json.value(u"step"_s).toString();
    for (const QJsonValue &v : json.value(u"files"_s).toArray()) {
        const QJsonObject f = v.toObject();
        const auto kind = kindFromName(f.value(u"change"_s).toString());
        if (!kind)
            return std::nullopt;
        step.files.push_back({*kind, f.value(u"path"_s).toString(), f.value(u"type"_s).toString(),
                              stringList(f.value(u"aspects"_s)), f.value(u"before"_s).toString(),
                              f.value(u"after"_s).toString(), f.value(u"diff"_s).toString()});
    }
    for (const QJsonValue &v : json.value(u"packages"_s).toArray()) {
        const QJsonObject p = v.toObject();
        step.packages.push_back({p.value(u"name"_s).toString(), p.value(u"before"_s).toString(),
                                 p.value(u"after"_s).toString()});
    }
    const QJsonObject users = json.value(u"users"_s).toObject();
    const QJsonObject groups = json.value(u"groups"_s).toObject();
    const QJsonObject units = json.value(u"units"_s).toObject();
    step.usersAdded = stringList(users.value(u"added"_s));
    step.usersRemoved = stringList(users.value(u"removed"_s));
    step.groupsAdded = stringList(groups.value(u"added"_s));
    step.groupsRemoved = stringList(groups.value(u"removed"_s));
    step.unitsEnabled = stringList(units.value(u"enabled"_s));
    step.unitsDisabled = stringList(units.value(u"disabled"_s));
    return step;
}

QChar fileMark(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added:
        return u'+';
    case FileChange::Kind::Deleted:
        return u'-';
    case FileChange::Kind::Replaced:
        return u'!';
    case FileChange::Kind::Modified:
        break;
    }
    return u'~';
}

QString fileLine(const FileChange &c)
{
    QString line = u"    %1 %2"_s.arg(fileMark(c.kind)).arg(c.path);
    if (c.type == u"folder")
        line += u'/';
    if (c.kind == FileChange::Kind::Added && c.type == u"link")
        line += u" → "_s + c.after;
    if (c.kind == FileChange::Kind::Replaced)
        line += ConsoleTr::tr(" (folder replaced: its old content is gone)");
    // Before and after say something only when more than the content changed
    // (or for a link, whose content is its target).
    if (c.aspects == QStringList{u"content"_s} && c.type != u"link")
        line += ConsoleTr::tr(" (content)");
    else if (!c.aspects.isEmpty())
        line += u" (%1: %2 → %3)"_s.arg(c.aspects.join(u", "_s), c.before, c.after);
    return line;
}

struct Totals
{
    int files[4] = {};
    int installed = 0, removed = 0, upgraded = 0, users = 0, groups = 0, units = 0;
};

void stepText(const StepChanges &step, int filesPerStep, bool diffs, Totals &totals, QString &out)
{
    out += u"  %1/%2:\n"_s.arg(step.phase, step.step);
    int shown = 0;
    for (const FileChange &c : step.files) {
        ++totals.files[int(c.kind)];
        if (filesPerStep < 0 || shown < filesPerStep) {
            out += fileLine(c) + u'\n';
            ++shown;
            if (diffs && !c.diff.isEmpty()) {
                for (const QString &line : c.diff.split(u'\n', Qt::SkipEmptyParts))
                    out += u"        "_s + line + u'\n';
            }
        }
    }
    if (qsizetype(shown) < qsizetype(step.files.size()))
        out += ConsoleTr::tr("    … and %n more file(s)", nullptr, int(step.files.size()) - shown) +
               u'\n';
    for (const PackageChange &p : step.packages) {
        if (p.before.isEmpty()) {
            ++totals.installed;
            out += ConsoleTr::tr("    package %1 %2 installed\n").arg(p.name, p.after);
        } else if (p.after.isEmpty()) {
            ++totals.removed;
            out += ConsoleTr::tr("    package %1 %2 removed\n").arg(p.name, p.before);
        } else {
            ++totals.upgraded;
            out += ConsoleTr::tr("    package %1 %2 → %3\n").arg(p.name, p.before, p.after);
        }
    }
    const auto names = [&](const QString &what, const QStringList &list, int *count) {
        if (list.isEmpty())
            return;
        if (count)
            *count += int(list.size());
        out += u"    %1: %2\n"_s.arg(what, list.join(u", "_s));
    };
    names(ConsoleTr::tr("users added"), step.usersAdded, &totals.users);
    names(ConsoleTr::tr("users removed"), step.usersRemoved, nullptr);
    names(ConsoleTr::tr("groups added"), step.groupsAdded, &totals.groups);
    names(ConsoleTr::tr("groups removed"), step.groupsRemoved, nullptr);
    names(ConsoleTr::tr("units enabled"), step.unitsEnabled, &totals.units);
    names(ConsoleTr::tr("units disabled"), step.unitsDisabled, nullptr);
}

} // namespace

QJsonObject ChangeReport::toJson() const
{
    QJsonArray stepArray;
    for (const StepChanges &step : steps)
        stepArray.append(stepJson(step));
    QJsonObject json{{u"target"_s, target},
                     {u"lower"_s, lower},
                     {u"keptUpperLayer"_s, kept},
                     {u"complete"_s, complete},
                     {u"steps"_s, stepArray}};
    if (idempotence)
        json.insert(u"notIdempotent"_s, findingsJson(*idempotence));
    return json;
}

std::optional<ChangeReport> ChangeReport::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(u"steps"_s).isArray()) {
        *error = ConsoleTr::tr("not a change report (no \"steps\" array)");
        return std::nullopt;
    }
    ChangeReport report;
    report.target = json.value(u"target"_s).toString();
    report.lower = json.value(u"lower"_s).toString();
    report.kept = json.value(u"keptUpperLayer"_s).toString();
    report.complete = json.value(u"complete"_s).toBool();
    for (const QJsonValue &v : json.value(u"steps"_s).toArray()) {
        auto step = stepFromJson(v.toObject());
        if (!step) {
            *error = ConsoleTr::tr("a file change of an unknown kind");
            return std::nullopt;
        }
        report.steps.push_back(std::move(*step));
    }
    if (json.contains(u"notIdempotent"_s)) {
        std::vector<IdempotenceFinding> findings;
        for (const QJsonValue &v : json.value(u"notIdempotent"_s).toArray())
            findings.push_back({v[u"document"_s].toString(), v[u"phase"_s].toString(),
                                v[u"step"_s].toString(), stringList(v[u"reasons"_s])});
        report.idempotence = std::move(findings);
    }
    return report;
}

QString ChangeReport::text(int filesPerStep, bool diffs) const
{
    QString out = ConsoleTr::tr("Changes made in %1:\n").arg(target);
    if (!complete)
        out += ConsoleTr::tr("  (the run did not end: these are the changes until it stopped)\n");
    Totals totals;
    for (const StepChanges &step : steps)
        stepText(step, filesPerStep, diffs, totals, out);
    if (steps.empty())
        out += ConsoleTr::tr("  none: no step changed a file\n");
    QStringList parts;
    const auto count = [&](int n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    count(totals.files[0], ConsoleTr::tr("%n file(s) added", nullptr, totals.files[0]));
    count(totals.files[1], ConsoleTr::tr("%n modified", nullptr, totals.files[1]));
    count(totals.files[2], ConsoleTr::tr("%n deleted", nullptr, totals.files[2]));
    count(totals.files[3], ConsoleTr::tr("%n folder(s) replaced", nullptr, totals.files[3]));
    count(totals.installed, ConsoleTr::tr("%n package(s) installed", nullptr, totals.installed));
    count(totals.removed, ConsoleTr::tr("%n package(s) removed", nullptr, totals.removed));
    count(totals.upgraded,
          ConsoleTr::tr("%n package(s) changed version", nullptr, totals.upgraded));
    count(totals.users, ConsoleTr::tr("%n user(s) added", nullptr, totals.users));
    count(totals.groups, ConsoleTr::tr("%n group(s) added", nullptr, totals.groups));
    count(totals.units, ConsoleTr::tr("%n unit(s) enabled", nullptr, totals.units));
    if (!parts.isEmpty())
        out += ConsoleTr::tr("Total: %1.\n").arg(parts.join(u", "_s));
    if (!kept.isEmpty())
        out += ConsoleTr::tr("The changed files are kept in %1.\n").arg(kept);
    if (idempotence && idempotence->empty())
        out += ConsoleTr::tr("Idempotence check: every step ran a second time with the same "
                             "result.\n");
    else if (idempotence) {
        out += ConsoleTr::tr("Idempotence check: %n step(s) are not idempotent:\n", nullptr,
                             int(idempotence->size()));
        for (const IdempotenceFinding &f : *idempotence)
            out += u"  %1/%2: %3\n"_s.arg(f.phase, f.step, f.reasons.join(u"; "_s));
    }
    return out;
}

} // namespace Kiln::Sandbox
