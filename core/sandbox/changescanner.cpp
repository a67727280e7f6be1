// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/changescanner.h"

#include "fix/unifieddiff.h"
#include "process/target.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <algorithm>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

bool isOpaque(const QByteArray &path)
{
    char value[2] = {};
    for (const char *name : {"trusted.overlay.opaque", "user.overlay.opaque"}) {
        if (::lgetxattr(path.constData(), name, value, sizeof value) > 0 && value[0] == 'y')
            return true;
    }
    return false;
}

QString typeName(char type)
{
    switch (type) {
    case 'f':
        return u"file"_s;
    case 'd':
        return u"folder"_s;
    case 'l':
        return u"link"_s;
    default:
        return u"other"_s;
    }
}

// Text files up to this size get a diff in the report; larger ones are rarely
// configuration, and the report must stay small.
constexpr qint64 DiffableSize = 64 * 1024;

// The content of `hostPath` when it is a small UTF-8 text file.
std::optional<QString> readText(const QString &hostPath)
{
    QFile file(hostPath);
    if (file.size() > DiffableSize || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return std::nullopt;
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    return text;
}

QString modeAndOwner(const EntryState &s)
{
    return u"%1 %2:%3"_s.arg(s.mode & 07777, 4, 8, QLatin1Char('0')).arg(s.uid).arg(s.gid);
}

} // namespace

QByteArray contentDigest(const QString &hostPath)
{
    QFile file(hostPath);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
        return hash.result();
    return {};
}

EntryState entryState(const QString &hostPath)
{
    EntryState state;
    const QByteArray native = QFile::encodeName(hostPath);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0) {
        state.type = 'w';
        return state;
    }
    state.mode = st.st_mode;
    state.uid = st.st_uid;
    state.gid = st.st_gid;
    state.size = st.st_size;
    state.changeTime = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    if (S_ISREG(st.st_mode)) {
        state.type = 'f';
    } else if (S_ISDIR(st.st_mode)) {
        state.type = 'd';
        state.opaque = isOpaque(native);
    } else if (S_ISLNK(st.st_mode)) {
        state.type = 'l';
        char target[4096];
        const ssize_t n = ::readlink(native.constData(), target, sizeof target);
        if (n >= 0)
            state.digest = QByteArray(target, n);
    } else if (S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0)) {
        state.type = 'w'; // a whiteout: deleted in this layer
    }
    return state;
}

ChangeScanner::ChangeScanner(QString upper, QString lower, QSet<QString> ignored)
    : m_upper(std::move(upper)), m_lower(std::move(lower)), m_ignored(std::move(ignored))
{
}

QHash<QString, EntryState> ChangeScanner::walkUpper() const
{
    QHash<QString, EntryState> now;
    QDirIterator it(m_upper, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString host = it.next();
        const QString inside = host.mid(m_upper.size());
        if (m_ignored.contains(inside))
            continue;
        EntryState state = entryState(host);
        const auto previous = m_previous.constFind(inside);
        // Unchanged since the last scan: keep its digest rather than read it again.
        if (previous != m_previous.cend() && previous->changeTime == state.changeTime &&
            previous->size == state.size)
            state.digest = previous->digest;
        else if (state.type == 'f')
            state.digest = contentDigest(host); // stat once, read only what changed
        now.insert(inside, state);
    }
    return now;
}

EntryState ChangeScanner::before(const QString &path) const
{
    const auto previous = m_previous.constFind(path);
    if (previous != m_previous.cend())
        return *previous;
    return entryState(hostPathUnder(m_lower, path));
}

std::optional<FileChange> ChangeScanner::compare(const QString &path, const EntryState &now,
                                                 const EntryState &was) const
{
    using Kind = FileChange::Kind;
    if (now.type == 'w')
        return was.type == 'w' ? std::nullopt
                               : std::optional(FileChange{
                                     Kind::Deleted, path, typeName(was.type), {}, {}, {}, {}});
    if (was.type == 'w') // a link's target says where it leads
        return FileChange{
            Kind::Added, path, typeName(now.type),
            {},          {},   now.type == 'l' ? QString::fromUtf8(now.digest) : QString(),
            {}};
    if (now.type == 'd' && now.opaque && !was.opaque)
        return FileChange{Kind::Replaced, path, typeName(now.type), {}, {}, {}, {}};
    QStringList aspects;
    if (now.type != was.type)
        aspects << u"type"_s;
    else if (now.type == 'l' && now.digest != was.digest)
        aspects << u"content"_s;
    else if (now.type == 'f') {
        // The lower layer's digest is read only when the sizes cannot tell.
        const bool sameSize = now.size == was.size;
        const QByteArray before = was.digest.isEmpty() && sameSize
                                      ? contentDigest(hostPathUnder(m_lower, path))
                                      : was.digest;
        if (!sameSize || now.digest != before)
            aspects << u"content"_s;
    }
    if ((now.mode & 07777) != (was.mode & 07777) && now.type != 'l')
        aspects << u"mode"_s;
    if (now.uid != was.uid || now.gid != was.gid)
        aspects << u"owner"_s;
    if (aspects.isEmpty())
        return std::nullopt; // a folder copied up because something in it changed
    const bool link = now.type == 'l' && was.type == 'l';
    return FileChange{Kind::Modified,
                      path,
                      typeName(now.type),
                      aspects,
                      link ? QString::fromUtf8(was.digest) : modeAndOwner(was),
                      link ? QString::fromUtf8(now.digest) : modeAndOwner(now),
                      {}};
}

std::vector<FileChange> ChangeScanner::scan()
{
    QHash<QString, EntryState> now = walkUpper();
    std::vector<FileChange> changes;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const auto previous = m_previous.constFind(it.key());
        if (previous != m_previous.cend() && previous->changeTime == it->changeTime &&
            previous->size == it->size && previous->type == it->type)
            continue;
        if (auto change = compare(it.key(), *it, before(it.key())))
            changes.push_back(std::move(*change));
    }
    // Gone from the upper layer without a whiteout: made by an earlier step and
    // deleted again (a whiteout would say the lower layer had it). Only the
    // topmost of a deleted tree is named.
    QStringList gone;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        if (!now.contains(it.key()) && it->type != 'w')
            gone << it.key();
    }
    std::sort(gone.begin(), gone.end());
    QString lastTop;
    for (const QString &path : std::as_const(gone)) {
        if (!lastTop.isEmpty() && path.startsWith(lastTop + u'/'))
            continue;
        lastTop = path;
        changes.push_back({FileChange::Kind::Deleted,
                           path,
                           typeName(m_previous.value(path).type),
                           {},
                           {},
                           {},
                           {}});
    }
    std::sort(changes.begin(), changes.end(),
              [](const FileChange &a, const FileChange &b) { return a.path < b.path; });
    addDiffs(changes);
    m_previous = std::move(now);
    return changes;
}

std::optional<QString> ChangeScanner::textBefore(const QString &path) const
{
    const auto known = m_texts.constFind(path);
    if (known != m_texts.cend())
        return *known;
    if (m_previous.contains(path)) // made by an earlier step, but not as small text
        return std::nullopt;
    return readText(hostPathUnder(m_lower, path));
}

void ChangeScanner::addDiffs(std::vector<FileChange> &changes)
{
    for (FileChange &c : changes) {
        if (c.type != u"file" || c.kind == FileChange::Kind::Replaced)
            continue;
        if (c.kind == FileChange::Kind::Deleted) {
            m_texts.remove(c.path);
            continue;
        }
        const bool added = c.kind == FileChange::Kind::Added;
        if (!added && !c.aspects.contains(u"content"_s))
            continue;
        const std::optional<QString> before = added ? std::optional(QString()) : textBefore(c.path);
        const std::optional<QString> after = readText(m_upper + c.path);
        if (after)
            m_texts.insert(c.path, *after);
        else
            m_texts.remove(c.path);
        if (before && after)
            c.diff = unifiedDiff(*before, *after, added ? u"/dev/null"_s : u"a"_s + c.path,
                                 u"b"_s + c.path);
    }
}

} // namespace Kiln::Sandbox
