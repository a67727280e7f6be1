// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/imageroot.h"

#include "i18n/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

struct Result
{
    bool ok = false;
    QString output; // stdout, trimmed
    QString error;  // stderr, or why it did not run
};

Result runEngine(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Result r;
    if (!process.waitForFinished(-1)) {
        r.error = process.errorString();
        return r;
    }
    r.output = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    r.error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    r.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return r;
}

QString defaultCache()
{
    if (::geteuid() == 0)
        return u"/var/cache/kiln/images"_s;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(u"kiln/images"_s);
}

// Exports a container made from the image (never started) into `folder`.
bool exportImage(const QString &engine, const QString &name, const QString &folder, QString *error)
{
    const Result created = runEngine(engine, {u"create"_s, name, u"/kiln-never-started"_s});
    if (!created.ok) {
        *error = ConsoleTr::tr("%1 create %2: %3").arg(engine, name, created.error);
        return false;
    }
    const QString archive = QDir(folder).filePath(u"image.tar"_s);
    const Result exported = runEngine(engine, {u"export"_s, u"-o"_s, archive, created.output});
    runEngine(engine, {u"rm"_s, created.output});
    if (!exported.ok) {
        *error = ConsoleTr::tr("%1 export: %2").arg(engine, exported.error);
        return false;
    }
    const QString root = QDir(folder).filePath(u"root"_s);
    QDir().mkpath(root);
    const Result unpacked =
        runEngine(u"tar"_s, {u"-x"_s, u"--numeric-owner"_s, u"-C"_s, root, u"-f"_s, archive});
    QFile::remove(archive);
    if (!unpacked.ok) {
        *error = ConsoleTr::tr("unpacking the image: %1").arg(unpacked.error);
        return false;
    }
    return true;
}

} // namespace

std::optional<ImageRoot> unpackImage(const QString &name, const QString &cacheFolder,
                                     QString *error)
{
    ImageRoot image;
    for (const QString &engine : {u"podman"_s, u"docker"_s}) {
        image.engine = QStandardPaths::findExecutable(engine);
        if (!image.engine.isEmpty())
            break;
    }
    if (image.engine.isEmpty()) {
        *error = ConsoleTr::tr("--image needs podman or docker, and neither is installed "
                               "(sudo apt install podman)");
        return std::nullopt;
    }
    const Result id =
        runEngine(image.engine, {u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, name});
    if (!id.ok || id.output.isEmpty()) {
        *error = ConsoleTr::tr("the image %1 is not on this machine (%2); fetch it first with "
                               "`%3 pull %1`")
                     .arg(name, id.error, QFileInfo(image.engine).fileName());
        return std::nullopt;
    }
    image.id = id.output.section(u':', -1); // docker says sha256:…
    const QDir cache(cacheFolder.isEmpty() ? defaultCache() : cacheFolder);
    image.root = cache.filePath(image.id + u"/root"_s);
    if (QFileInfo(image.root).isDir())
        return image;
    // Unpacked next to its final place and renamed: a half-unpacked image is never used.
    QDir().mkpath(cache.path());
    QTemporaryDir unpacking(cache.filePath(image.id + u".unpacking-XXXXXX"_s));
    if (!unpacking.isValid()) {
        *error = ConsoleTr::tr("cannot create a folder in %1: %2")
                     .arg(cache.path(), unpacking.errorString());
        return std::nullopt;
    }
    if (!exportImage(image.engine, name, unpacking.path(), error))
        return std::nullopt;
    if (!QDir().rename(unpacking.path(), cache.filePath(image.id))) {
        *error = ConsoleTr::tr("cannot move the unpacked image into %1").arg(cache.path());
        return std::nullopt;
    }
    unpacking.setAutoRemove(false);
    return image;
}

} // namespace Kiln::Sandbox
