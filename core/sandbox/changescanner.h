// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What changed in an overlay, read from its upper layer alone: a file there
// was added (the lower layer has none) or modified (it has one), a whiteout (a
// 0/0 character device) is a deletion, an opaque folder one that was replaced.
// Called after every step, it reports what changed since the previous call,
// and its cost grows with the changes, not with the root: only the upper layer
// is walked, and a file is hashed only when it is new or changed since then.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <sys/types.h>
#include <vector>

namespace Kiln::Sandbox {

struct FileChange
{
    enum class Kind { Added, Modified, Deleted, Replaced };
    Kind kind;
    QString path; // inside the root
    QString type; // file, folder, link or other
    // Modified: what changed, of content, mode, owner and type.
    QStringList aspects;
    QString before; // Modified: "0644 0:0" (mode and owner), a link's target
    QString after;  // the same; Added: a link's target
    // A text file added or whose content changed: a unified diff (from
    // /dev/null when added). Empty for binary and large files.
    QString diff;
};

// The state of one entry of the upper layer, as the scanner remembers it.
struct EntryState
{
    char type = 'o'; // f file, d folder, l link, w whiteout, o other
    mode_t mode = 0;
    uid_t uid = 0;
    gid_t gid = 0;
    qint64 size = 0;
    qint64 changeTime = 0; // ctime in ns: any write, chmod or chown moves it
    bool opaque = false;
    QByteArray digest; // files: of the content; links: the target
};

class ChangeScanner
{
public:
    // `ignored`: paths inside the root that are the sandbox's own (mount points).
    ChangeScanner(QString upper, QString lower, QSet<QString> ignored);

    // The changes since the previous call (the first: since the mount), sorted by path.
    std::vector<FileChange> scan();

private:
    QHash<QString, EntryState> walkUpper() const;
    // The state `path` had before: the previous scan's, else the lower layer's
    // (type 'w' when there was none).
    EntryState before(const QString &path) const;
    std::optional<FileChange> compare(const QString &path, const EntryState &now,
                                      const EntryState &was) const;

    // Adds the diffs of `changes`, and remembers the text of small text files
    // for the next step's diffs.
    void addDiffs(std::vector<FileChange> &changes);
    // The text of `path` before this scan, if it is a small text file.
    std::optional<QString> textBefore(const QString &path) const;

    QString m_upper;
    QString m_lower;
    QSet<QString> m_ignored;
    QHash<QString, EntryState> m_previous;
    QHash<QString, QString> m_texts; // small text files of the upper layer, as last scanned
};

// The state of the entry at host path `hostPath` (no link followed, no
// content read: a link's target is its digest); type 'w' when there is none.
EntryState entryState(const QString &hostPath);
// The digest of a file's content (empty when it cannot be read).
QByteArray contentDigest(const QString &hostPath);

} // namespace Kiln::Sandbox
