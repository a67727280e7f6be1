// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/runsandbox.h"

#include "aws/secretmasker.h"
#include "exec/runstate.h"
#include "i18n/tr.h"
#include "process/privatefiles.h"
#include "sandbox/changescanner.h"
#include "sandbox/containedlaunch.h"
#include "sandbox/namespaces.h"
#include "sandbox/overlayroot.h"
#include "sandbox/roottarget.h"
#include "sandbox/systemstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

QString ownerLine()
{
    return u"%1 %2\n"_s.arg(bootId()).arg(::getpid());
}

// A sandbox folder whose kiln is gone: another boot, or a pid that is not alive.
bool isStale(const QString &sandboxFolder)
{
    QFile owner(QDir(sandboxFolder).filePath(u"owner"_s));
    if (!owner.open(QIODevice::ReadOnly))
        return false; // not ours, or being made right now
    const QStringList fields = QString::fromUtf8(owner.readAll()).split(u' ');
    if (fields.size() != 2)
        return false;
    const pid_t pid = pid_t(fields[1].trimmed().toInt());
    return fields[0] != bootId() || pid <= 0 || (::kill(pid, 0) != 0 && errno == ESRCH);
}

} // namespace

QString SandboxRequest::description() const
{
    switch (kind) {
    case Kind::Host:
        return ConsoleTr::tr("a sandbox of this machine");
    case Kind::Root:
        return ConsoleTr::tr("a sandbox of the root %1").arg(root);
    case Kind::Image:
        return ConsoleTr::tr("a sandbox of the image %1").arg(image);
    }
    return {};
}

int removeStaleSandboxes(const QString &logParent)
{
    int removed = 0;
    const QDir parent(logParent);
    for (const QString &run : parent.entryList({u"TOE_*"_s}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = parent.filePath(run + u"/sandbox"_s);
        if (QFileInfo(folder).isDir() && isStale(folder)) {
            removeTree(folder);
            ++removed;
        }
    }
    return removed;
}

RunSandbox::RunSandbox(SandboxRequest request, QString runFolder,
                       std::shared_ptr<const SecretMasker> secrets)
    : m_request(std::move(request)), m_secrets(std::move(secrets)),
      m_runFolder(std::move(runFolder)), m_folder(QDir(m_runFolder).filePath(u"sandbox"_s))
{
}

std::unique_ptr<RunSandbox> RunSandbox::open(const SandboxRequest &request,
                                             const QString &runFolder,
                                             std::shared_ptr<const SecretMasker> secrets,
                                             QString *error)
{
    if (!inPrivateMountNamespace()) {
        *error = ConsoleTr::tr("internal error: a sandbox is mounted only from kiln's private "
                               "mount namespace");
        return nullptr;
    }
    if (containHelper().isEmpty()) {
        *error = ConsoleTr::tr("kiln-contain, which starts the steps in the sandbox, is neither "
                               "beside this program nor in %1")
                     .arg(QFileInfo(QStringLiteral(KILN_CONTAIN_INSTALLED)).path());
        return nullptr;
    }
    std::unique_ptr<RunSandbox> sandbox(new RunSandbox(request, runFolder, std::move(secrets)));
    removeStaleSandboxes(QFileInfo(runFolder).absolutePath());
    QString ownerError;
    if (!QDir().mkpath(sandbox->m_folder) ||
        !PrivateFiles::writeFile(QDir(sandbox->m_folder).filePath(u"owner"_s), ownerLine().toUtf8(),
                                 &ownerError)) {
        *error = ConsoleTr::tr("cannot create %1 %2").arg(sandbox->m_folder, ownerError);
        return nullptr;
    }
    const QString lower = request.kind == SandboxRequest::Kind::Host ? u"/"_s : request.root;
    sandbox->m_overlay = OverlayRoot::mount(lower, sandbox->m_folder, error);
    if (!sandbox->m_overlay)
        return nullptr; // the destructor removes the folder
    sandbox->m_contained = ContainedRoot::start(sandbox->m_overlay->merged(), error);
    if (!sandbox->m_contained)
        return nullptr;
    sandbox->m_target =
        std::make_shared<RootTarget>(sandbox->m_overlay->merged(), sandbox->m_contained);
    const QStringList own = sandbox->m_overlay->ownPaths();
    sandbox->m_scanner =
        std::make_unique<ChangeScanner>(sandbox->m_overlay->upper(), sandbox->m_overlay->lower(),
                                        QSet<QString>(own.begin(), own.end()));
    sandbox->m_scanner->scan(); // the mount points made above are not the run's
    sandbox->m_system = std::make_unique<SystemState>(sandbox->m_target);
    sandbox->m_report.target = request.description();
    sandbox->m_report.lower = lower;
    if (!sandbox->writeReport(error))
        return nullptr;
    return sandbox;
}

RunSandbox::~RunSandbox()
{
    if (m_contained)
        m_contained->stop(); // ends every process left in the sandbox
    m_overlay.reset();       // unmounts
    removeTree(m_folder);
}

void RunSandbox::stepFinished(const QString &document, const QString &phase, const QString &step)
{
    StepChanges changes{document, phase, step, m_scanner->scan(), {}, {}, {}, {}, {}, {}, {}};
    if (m_secrets) {
        for (FileChange &c : changes.files) {
            c.diff = m_secrets->mask(c.diff);
            c.before = m_secrets->mask(c.before);
            c.after = m_secrets->mask(c.after);
        }
    }
    m_system->update(changes);
    if (changes.isEmpty())
        return;
    if (m_secondRun) {
        m_secondRunChanges.push_back(std::move(changes));
        return;
    }
    m_report.steps.push_back(std::move(changes));
    QString ignored; // said at the end, by finish()
    writeReport(&ignored);
}

void RunSandbox::setIdempotence(std::vector<IdempotenceFinding> findings)
{
    m_report.idempotence = std::move(findings);
}

QStringList RunSandbox::finish()
{
    QStringList problems;
    QString error;
    if (!m_request.exportChanges.isEmpty() && !exportChanges(&error))
        problems << ConsoleTr::tr("--export-changes %1: %2").arg(m_request.exportChanges, error);
    if (!m_request.keepUpper.isEmpty()) {
        const QString keep = QFileInfo(m_request.keepUpper).absoluteFilePath();
        if (QFileInfo::exists(keep)) {
            problems << ConsoleTr::tr("--keep-sandbox %1: it exists already; the changed files "
                                      "were not kept")
                            .arg(keep);
        } else if (QProcess::execute(u"cp"_s, {u"-a"_s, m_overlay->upper(), keep}) != 0) {
            problems
                << ConsoleTr::tr("--keep-sandbox %1: cannot copy the upper layer there").arg(keep);
        } else {
            m_report.kept = keep;
        }
    }
    m_report.complete = true;
    if (!writeReport(&error))
        problems << error;
    return problems;
}

bool RunSandbox::writeReport(QString *error) const
{
    const QByteArray json = QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented);
    return PrivateFiles::writeFile(QDir(m_runFolder).filePath(QLatin1StringView(ChangesFileName)),
                                   json, error);
}

// The added and modified files and links, as a tar of the upper layer (no
// whiteouts: a tar has no way to say "deleted"; the report says it).
bool RunSandbox::exportChanges(QString *error) const
{
    QStringList members;
    for (const StepChanges &step : m_report.steps) {
        for (const FileChange &c : step.files) {
            if (c.kind != FileChange::Kind::Deleted && c.type != u"folder")
                members << c.path.mid(1);
        }
    }
    members.removeDuplicates();
    const QString list = QDir(m_folder).filePath(u"export-list"_s);
    if (!PrivateFiles::writeFile(list, (members.join(u'\n') + u'\n').toUtf8(), error))
        return false;
    QProcess tar;
    tar.start(u"tar"_s, {u"-C"_s, m_overlay->upper(), u"--no-recursion"_s, u"-cf"_s,
                         QFileInfo(m_request.exportChanges).absoluteFilePath(), u"-T"_s, list});
    if (!tar.waitForFinished(-1) || tar.exitCode() != 0) {
        *error = QString::fromLocal8Bit(tar.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = tar.errorString();
        return false;
    }
    return true;
}

} // namespace Kiln::Sandbox
