// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/systemstate.h"

#include "process/target.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

const QString DpkgStatus = u"/var/lib/dpkg/status"_s;
const QStringList RpmDatabases = {u"/var/lib/rpm"_s, u"/usr/lib/sysimage/rpm"_s};

// dpkg's status file: one paragraph per package, installed ones say so.
QHash<QString, QString> parseDpkgStatus(QFile &file)
{
    QHash<QString, QString> packages;
    QString name, version;
    bool installed = false;
    const auto endParagraph = [&] {
        if (installed && !name.isEmpty())
            packages.insert(name, version);
        name.clear();
        version.clear();
        installed = false;
    };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            endParagraph();
        else if (line.startsWith("Package: "))
            name = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("Version: "))
            version = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("Status: "))
            installed = line.endsWith(" installed");
    }
    endParagraph();
    return packages;
}

// The output of `program` run inside `target` (empty when it cannot run).
QByteArray runInside(const Target &target, const QString &program, const QStringList &arguments)
{
    ProcessLaunch launch{program, arguments, QProcessEnvironment::systemEnvironment(), u"/"_s, {}};
    launch = target.launch(std::move(launch));
    QProcess process;
    process.setProgram(launch.program);
    process.setArguments(launch.arguments);
    process.setWorkingDirectory(launch.workingDirectory);
    process.setChildProcessModifier([inChild = launch.inChild] {
        if (inChild)
            inChild();
    });
    target.spawn([&process] { process.start(); });
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

bool touches(const StepChanges &step, const std::function<bool(const QString &)> &match)
{
    return std::any_of(step.files.begin(), step.files.end(),
                       [&](const FileChange &c) { return match(c.path); });
}

QStringList sortedDifference(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList out = (a - b).values();
    out.sort();
    return out;
}

} // namespace

bool StepChanges::isEmpty() const
{
    return files.empty() && packages.empty() && usersAdded.isEmpty() && usersRemoved.isEmpty() &&
           groupsAdded.isEmpty() && groupsRemoved.isEmpty() && unitsEnabled.isEmpty() &&
           unitsDisabled.isEmpty();
}

SystemState::SystemState(std::shared_ptr<const Target> target)
    : m_target(std::move(target)), m_packages(readPackages()), m_users(readNames(u"/etc/passwd"_s)),
      m_groups(readNames(u"/etc/group"_s))
{
}

QHash<QString, QString> SystemState::readPackages() const
{
    QHash<QString, QString> packages;
    QFile status(m_target->hostPath(DpkgStatus));
    if (status.open(QIODevice::ReadOnly))
        packages = parseDpkgStatus(status);
    const bool hasRpm = std::any_of(RpmDatabases.begin(), RpmDatabases.end(), [&](auto &db) {
        return QFileInfo(m_target->hostPath(db)).isDir();
    });
    const QString rpm = hasRpm ? m_target->findExecutable(u"rpm"_s, {}) : QString();
    if (!rpm.isEmpty()) {
        const QByteArray list = runInside(
            *m_target, rpm, {u"-qa"_s, u"--qf"_s, u"%{NAME}\\t%{VERSION}-%{RELEASE}.%{ARCH}\\n"_s});
        for (const QByteArray &line : list.split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 2)
                packages.insert(QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1]));
        }
    }
    return packages;
}

QSet<QString> SystemState::readNames(const QString &database) const
{
    QSet<QString> names;
    QFile file(m_target->hostPath(database));
    if (!file.open(QIODevice::ReadOnly))
        return names;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            names.insert(QString::fromUtf8(line.left(colon)));
    }
    return names;
}

void SystemState::update(StepChanges &step)
{
    const auto isPackageDatabase = [](const QString &path) {
        return path == DpkgStatus || std::any_of(RpmDatabases.begin(), RpmDatabases.end(),
                                                 [&](auto &db) { return path.startsWith(db); });
    };
    if (touches(step, isPackageDatabase)) {
        const QHash<QString, QString> now = readPackages();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const QString was = m_packages.value(it.key());
            if (was != it.value())
                step.packages.push_back({it.key(), was, it.value()});
        }
        for (auto it = m_packages.cbegin(); it != m_packages.cend(); ++it) {
            if (!now.contains(it.key()))
                step.packages.push_back({it.key(), it.value(), {}});
        }
        std::sort(step.packages.begin(), step.packages.end(),
                  [](const PackageChange &a, const PackageChange &b) { return a.name < b.name; });
        m_packages = now;
    }
    const auto readAgain = [&](const QString &database, QSet<QString> &names, QStringList &added,
                               QStringList &removed) {
        if (!touches(step, [&](const QString &path) { return path == database; }))
            return;
        const QSet<QString> now = readNames(database);
        added = sortedDifference(now, names);
        removed = sortedDifference(names, now);
        names = now;
    };
    readAgain(u"/etc/passwd"_s, m_users, step.usersAdded, step.usersRemoved);
    readAgain(u"/etc/group"_s, m_groups, step.groupsAdded, step.groupsRemoved);
    // `systemctl enable` links the unit into the .wants (or .requires) folder
    // of the targets that want it; disable removes the links.
    static const QRegularExpression unitLink(
        u"^/etc/systemd/system/([^/]+\\.(?:wants|requires))/([^/]+)$"_s);
    for (const FileChange &change : step.files) {
        const QRegularExpressionMatch m = unitLink.match(change.path);
        if (!m.hasMatch() || change.type != u"link")
            continue;
        const QString unit = u"%1 (%2)"_s.arg(m.captured(2), m.captured(1));
        if (change.kind == FileChange::Kind::Added)
            step.unitsEnabled << unit;
        else if (change.kind == FileChange::Kind::Deleted)
            step.unitsDisabled << unit;
    }
}

} // namespace Kiln::Sandbox
