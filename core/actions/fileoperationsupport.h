// Internal: what the file-system modules share — reading and checking one inputs entry,
// resolving paths, wildcard selection (`*` in the last component only), the destination naming
// rule, text encodings, octal permissions, user/group lookup and the small POSIX primitives
// (lstat, atomic replace, recursive walk/removal with the cancel flag) the modules are built on.
#pragma once

#include "actions/fileoperations.h"

#include <QStringConverter>
#include <functional>
#include <initializer_list>
#include <optional>
#include <sys/stat.h>
#include <sys/types.h>

namespace Kiln::FileOps {

// The outcome of a helper: ok, failed with a message (without the module prefix), or cancelled.
struct Status
{
    enum Kind { Ok, Failed, Cancelled };
    Kind kind = Ok;
    QString message;

    static Status ok() { return {}; }
    static Status failed(const QString &message) { return {Failed, message}; }
    static Status cancelled() { return {Cancelled, {}}; }
    bool isOk() const { return kind == Ok; }
};

// One module call: reads the entry's inputs (the first problem wins), collects log lines and
// outputs, and turns a Status into a FileOperationResult with the module name in front.
class Operation
{
public:
    Operation(QStringView action, const QJsonObject &entry, const FileOperationContext &ctx,
              std::initializer_list<QStringView> knownInputs);

    QString string(QStringView key, bool required, const QString &defaultValue = {});
    QString path(QStringView key); // required, non-empty, resolved to an absolute clean path
    QString rawText(QStringView key) const; // as written (to see a trailing separator)
    bool boolean(QStringView key, bool defaultValue);
    std::optional<QStringConverter::Encoding> encoding(); // input `encoding`, default utf8
    std::optional<mode_t> permissions(bool required);     // input `permissions`
    bool has(QStringView key) const { return m_entry.contains(key); }

    bool inputsOk() const { return m_inputError.isEmpty(); }
    FileOperationResult inputError() const { return fail(m_inputError); }

    const FileOperationContext &context() const { return m_ctx; }
    QString resolve(const QString &path) const;
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

// ---- paths -------------------------------------------------------------------------------

// On Linux and macOS only '/' separates components ('\' is a legal file-name character).
bool endsWithSeparator(QStringView rawPath);
QString fileNameOf(const QString &path);
QString parentOf(const QString &path);
QString joinPath(const QString &folder, const QString &name);
QByteArray nativePath(const QString &path);
QString errnoText(int error);
bool isInside(const QString &path, const QString &folder); // path == folder or below it

struct PathInfo
{
    bool exists = false; // the entry itself exists (a dangling link exists)
    bool isLink = false;
    bool isDir = false;  // a real folder, not a link to one
    bool isFile = false; // a regular file, not a link to one
    struct stat st = {};
};
PathInfo lstatPath(const QString &path);
PathInfo statPath(const QString &path); // follows links; exists is false for a dangling link

// Wildcards: `*` (any run of characters, dot files included) in the last component only.
bool hasWildcard(QStringView rawPath);
bool wildcardMatch(QStringView pattern, QStringView name);
struct Selection
{
    QStringList paths; // sorted; the path itself when there is no wildcard
    bool wildcard = false;
};
// `keep` filters wildcard matches by kind (files or folders); it is not applied to a plain path,
// whose existence and kind the module checks itself to give a precise error.
Status select(const Operation &op, const QString &rawPath,
              const std::function<bool(const QString &path)> &keep, Selection *selection);

// Destination naming rule: a destination ending in a separator is a folder that receives the
// source under its own name; otherwise the destination is the target's full path.
QString targetFor(const QString &rawDestination, const QString &resolvedDestination,
                  const QString &source);

// ---- text --------------------------------------------------------------------------------

std::optional<QStringConverter::Encoding> parseEncoding(QStringView name);
QString encodingNames();
// No byte-order mark is written for any encoding: the spec leaves it open ([REC]: only if tests
// require one), and BOM-less output keeps AppendFile after CreateFile byte-exact and composable.
QByteArray encodeText(const QString &text, QStringConverter::Encoding encoding);
// A leading byte-order mark for `encoding` is dropped; invalid sequences become U+FFFD and
// clear *valid.
QString decodeText(const QByteArray &bytes, QStringConverter::Encoding encoding, bool *valid);

// ---- permissions and ownership -----------------------------------------------------------

std::optional<mode_t> parsePermissions(QStringView text); // 1–4 octal digits
QString modeText(mode_t mode);                            // "0755"
mode_t currentUmask();
// owner may be empty (unchanged); group empty = the owner's primary group when
// `groupDefaultsToOwners`, else unchanged. (uid_t)-1 / (gid_t)-1 mean "leave as is".
Status resolveOwnership(const QString &owner, const QString &group, bool groupDefaultsToOwners,
                        uid_t *uid, gid_t *gid);

// ---- file-system primitives --------------------------------------------------------------

Status makeFolders(const QString &folder);                    // mkdir -p, 0777 & ~umask
Status readWholeFile(const QString &path, QByteArray *bytes); // follows links
// Writes `bytes` to a temporary file next to `target` and renames it over `target`, so a
// failure never leaves a half-written target. `mode`/`uid`/`gid` are applied to the new file.
Status writeFileAtomically(const QString &target, const QByteArray &bytes, mode_t mode,
                           uid_t uid = uid_t(-1), gid_t gid = gid_t(-1));
// Copies a file's bytes and permission bits to `target` (atomically, as above); checks the
// cancel flag between chunks.
Status copyFileTo(const QString &source, const QString &target, const FileOperationContext &ctx);
// Copies a folder tree to `target` (which must not exist); links are recreated as links,
// never followed. Checks the cancel flag before each entry.
Status copyTree(const QString &source, const QString &target, const FileOperationContext &ctx);
// Copies one entry of any kind: a link as a link, a folder as a tree, a file with copyFileTo().
Status copyEntry(const QString &source, const QString &target, const FileOperationContext &ctx);
// rm -rf without following links; checks the cancel flag before each entry.
Status removeTree(const QString &path, const FileOperationContext &ctx);
// Pre-order walk of `root` and everything below it (links are visited, never followed).
Status walkTree(const QString &root, const FileOperationContext &ctx,
                const std::function<Status(const QString &path, const PathInfo &info)> &visit);
Status listChildren(const QString &folder, QStringList *names); // sorted, hidden ones included
// Renames `from` to `target`; when `target` exists it is moved aside first and restored if the
// rename fails, then removed. Returns EXDEV in *crossDevice (without failing) so the caller can
// fall back to copying.
Status renameReplacing(const QString &from, const QString &target, bool *crossDevice);
// A unique sibling name for staging next to `path` (not created).
QString stagingPathFor(const QString &path);

} // namespace Kiln::FileOps
