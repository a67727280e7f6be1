// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/idempotence.h"

#include "i18n/tr.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

QString stepKey(const QString &document, const QString &phase, const QString &step)
{
    return document + u'\n' + phase + u'\n' + step;
}

// A glob whose * and ? also match '/' (Qt 6.4 has no such wildcard conversion).
QRegularExpression globPattern(const QString &glob)
{
    QString pattern = QRegularExpression::escape(glob);
    pattern.replace(u"\\*"_s, u".*"_s).replace(u"\\?"_s, u"."_s);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

bool ignoredPath(const QString &path, const std::vector<QRegularExpression> &patterns)
{
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const QRegularExpression &p) { return p.match(path).hasMatch(); });
}

} // namespace

QStringList defaultIgnoredChanges()
{
    return {u"/tmp/*"_s,          u"/var/tmp/*"_s,     u"/var/log/*"_s,
            u"/var/cache/*"_s,    u"/root/.cache/*"_s, u"/var/lib/apt/lists/*"_s,
            u"/run/*"_s,          u"/var/lib/dnf/*"_s, u"/var/lib/systemd/*"_s,
            u"/etc/*-"_s, // the backups useradd and friends keep (/etc/passwd-)
            u"/etc/ld.so.cache"_s};
}

std::vector<IdempotenceFinding> findNotIdempotent(const std::vector<StepOutcome> &first,
                                                  const std::vector<StepOutcome> &second,
                                                  const std::vector<StepChanges> &secondChanges,
                                                  const QStringList &ignored)
{
    std::vector<QRegularExpression> patterns;
    for (const QString &glob : ignored)
        patterns.push_back(globPattern(glob));
    QHash<QString, const StepOutcome *> before;
    for (const StepOutcome &o : first)
        before.insert(stepKey(o.document, o.phase, o.step), &o);
    QHash<QString, const StepChanges *> changes;
    for (const StepChanges &c : secondChanges)
        changes.insert(stepKey(c.document, c.phase, c.step), &c);
    std::vector<IdempotenceFinding> findings;
    for (const StepOutcome &again : second) {
        const QString key = stepKey(again.document, again.phase, again.step);
        IdempotenceFinding finding{again.document, again.phase, again.step, {}};
        if (again.failed)
            finding.reasons << ExecutorTr::tr("fails when run again: %1").arg(again.failure);
        if (const StepChanges *c = changes.value(key)) {
            QStringList paths;
            for (const FileChange &f : c->files) {
                if (!ignoredPath(f.path, patterns))
                    paths << f.path;
            }
            if (!paths.isEmpty())
                finding.reasons
                    << ExecutorTr::tr("changes files again: %1").arg(paths.join(u", "_s));
        }
        const StepOutcome *once = before.value(key);
        if (once && !again.failed && once->outputs != again.outputs)
            finding.reasons << ExecutorTr::tr("prints a different output the second time");
        if (!finding.reasons.isEmpty())
            findings.push_back(std::move(finding));
    }
    return findings;
}

QJsonArray findingsJson(const std::vector<IdempotenceFinding> &findings)
{
    QJsonArray out;
    for (const IdempotenceFinding &f : findings)
        out.append(QJsonObject{{u"document"_s, f.document},
                               {u"phase"_s, f.phase},
                               {u"step"_s, f.step},
                               {u"reasons"_s, QJsonArray::fromStringList(f.reasons)}});
    return out;
}

} // namespace Kiln::Sandbox
