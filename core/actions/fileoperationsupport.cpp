#include "actions/fileoperationsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <system_error>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

// ---- Operation ---------------------------------------------------------------------------

Operation::Operation(QStringView action, const QJsonObject &entry, const FileOperationContext &ctx,
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

void Operation::setInputError(const QString &message)
{
    if (m_inputError.isEmpty())
        m_inputError = message;
}

QString Operation::rawText(QStringView key) const
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

QString Operation::string(QStringView key, bool required, const QString &defaultValue)
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

QString Operation::path(QStringView key)
{
    const QString raw = string(key, true);
    if (raw.isEmpty()) {
        if (m_entry.contains(key))
            setInputError(u"input '%1' must not be empty"_s.arg(key));
        return {};
    }
    return resolve(raw);
}

bool Operation::boolean(QStringView key, bool defaultValue)
{
    const QJsonValue v = m_entry.value(key);
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (v.isBool())
        return v.toBool();
    // The executor passes YAML booleans as JSON bools; quoted "true"/"false" are accepted too
    // because AWSTOE documents list them as accepted spellings for several modules.
    const QString text = rawText(key);
    if (text.compare("true"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare("false"_L1, Qt::CaseInsensitive) == 0)
        return false;
    setInputError(u"input '%1' must be true or false, not '%2'"_s.arg(key, text));
    return defaultValue;
}

std::optional<QStringConverter::Encoding> Operation::encoding()
{
    const QString name = string(u"encoding", false, u"utf8"_s);
    const auto encoding = parseEncoding(name);
    if (!encoding)
        setInputError(u"input 'encoding' must be one of %1 (any letter case), not '%2'"_s.arg(
            encodingNames(), name));
    return encoding;
}

std::optional<mode_t> Operation::permissions(bool required)
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

QString Operation::resolve(const QString &path) const
{
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    const QString base = m_ctx.workingDirectory.isEmpty()
                             ? QDir::currentPath()
                             : QDir(m_ctx.workingDirectory).absolutePath();
    return QDir::cleanPath(base + u'/' + path);
}

FileOperationResult Operation::fail(const QString &message) const
{
    FileOperationResult result = m_result;
    result.ok = false;
    result.error = m_action + u": "_s + message;
    return result;
}

FileOperationResult Operation::finish(const Status &status) const
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

// ---- paths -------------------------------------------------------------------------------

bool endsWithSeparator(QStringView rawPath)
{
    return rawPath.endsWith(u'/');
}

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

QString joinPath(const QString &folder, const QString &name)
{
    return folder.endsWith(u'/') ? folder + name : folder + u'/' + name;
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

QString errnoText(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

static PathInfo infoFrom(int rc, const struct stat &st)
{
    PathInfo info;
    if (rc != 0)
        return info;
    info.exists = true;
    info.isLink = S_ISLNK(st.st_mode);
    info.isDir = S_ISDIR(st.st_mode);
    info.isFile = S_ISREG(st.st_mode);
    info.st = st;
    return info;
}

PathInfo lstatPath(const QString &path)
{
    struct stat st = {};
    const int rc = ::lstat(nativePath(path).constData(), &st);
    return infoFrom(rc, st);
}

PathInfo statPath(const QString &path)
{
    struct stat st = {};
    const int rc = ::stat(nativePath(path).constData(), &st);
    return infoFrom(rc, st);
}

bool hasWildcard(QStringView rawPath)
{
    return rawPath.contains(u'*');
}

bool wildcardMatch(QStringView pattern, QStringView name)
{
    qsizetype p = 0, n = 0, star = -1, resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = n;
        } else if (p < pattern.size() && pattern[p] == name[n]) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

Status select(const Operation &op, const QString &rawPath,
              const std::function<bool(const QString &path)> &keep, Selection *selection)
{
    const QString resolved = op.resolve(rawPath);
    selection->paths.clear();
    selection->wildcard = hasWildcard(rawPath);
    if (!selection->wildcard) {
        selection->paths.append(resolved);
        return Status::ok();
    }
    const QString folder = parentOf(resolved);
    if (hasWildcard(folder))
        return Status::failed(
            u"a '*' wildcard is allowed only in the last path component, not in '%1'"_s.arg(
                rawPath));
    if (!statPath(folder).isDir)
        return Status::failed(u"folder '%1' does not exist"_s.arg(folder));
    QStringList names;
    if (Status s = listChildren(folder, &names); !s.isOk())
        return s;
    const QString pattern = fileNameOf(resolved);
    for (const QString &name : std::as_const(names)) {
        const QString path = joinPath(folder, name);
        if (wildcardMatch(pattern, name) && keep(path))
            selection->paths.append(path);
    }
    return Status::ok();
}

QString targetFor(const QString &rawDestination, const QString &resolvedDestination,
                  const QString &source)
{
    return endsWithSeparator(rawDestination) ? joinPath(resolvedDestination, fileNameOf(source))
                                             : resolvedDestination;
}

// ---- text --------------------------------------------------------------------------------

std::optional<QStringConverter::Encoding> parseEncoding(QStringView name)
{
    using E = QStringConverter::Encoding;
    const QString n = name.toString().toLower();
    if (n == "utf8"_L1 || n == "utf-8"_L1)
        return E::Utf8;
    // Without a suffix AWSTOE means little-endian (spec 5.3), not Qt's host order + BOM.
    if (n == "utf16"_L1 || n == "utf-16"_L1 || n == "utf16-le"_L1 || n == "utf-16-le"_L1)
        return E::Utf16LE;
    if (n == "utf16-be"_L1 || n == "utf-16-be"_L1)
        return E::Utf16BE;
    if (n == "utf32"_L1 || n == "utf-32"_L1 || n == "utf32-le"_L1 || n == "utf-32-le"_L1)
        return E::Utf32LE;
    if (n == "utf32-be"_L1 || n == "utf-32-be"_L1)
        return E::Utf32BE;
    return std::nullopt;
}

QString encodingNames()
{
    return u"utf8, utf-8, utf16, utf-16, utf16-LE, utf-16-LE, utf16-BE, utf-16-BE, utf32, "
           u"utf-32, utf32-LE, utf-32-LE, utf32-BE, utf-32-BE"_s;
}

QByteArray encodeText(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

QString decodeText(const QByteArray &bytes, QStringConverter::Encoding encoding, bool *valid)
{
    // Stateless so a truncated last sequence counts as an error instead of being held back.
    // Qt's decoder drops a leading byte-order mark of the decoded encoding itself. It does not
    // flag a UTF-32 tail of 1-3 bytes, hence the size check.
    using E = QStringConverter::Encoding;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    const qsizetype unit = (encoding == E::Utf32LE || encoding == E::Utf32BE)   ? 4
                           : (encoding == E::Utf16LE || encoding == E::Utf16BE) ? 2
                                                                                : 1;
    *valid = !decoder.hasError() && bytes.size() % unit == 0;
    return text;
}

// ---- permissions and ownership -----------------------------------------------------------

std::optional<mode_t> parsePermissions(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 4)
        return std::nullopt;
    mode_t mode = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'7')
            return std::nullopt;
        mode = mode * 8 + mode_t(c.unicode() - u'0');
    }
    return mode;
}

QString modeText(mode_t mode)
{
    return u"%1"_s.arg(uint(mode & 07777), 4, 8, QChar(u'0'));
}

mode_t currentUmask()
{
    // umask() can only be read by setting it, which races with other threads creating files;
    // Linux publishes it in /proc/self/status, so read it there when possible.
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

static bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

static std::vector<char> lookupBuffer()
{
    return std::vector<char>(64 * 1024);
}

Status resolveOwnership(const QString &owner, const QString &group, bool groupDefaultsToOwners,
                        uid_t *uid, gid_t *gid)
{
    *uid = uid_t(-1);
    *gid = gid_t(-1);
    gid_t ownersGroup = gid_t(-1);
    std::vector<char> buffer = lookupBuffer();
    if (!owner.isEmpty()) {
        struct passwd pw = {};
        struct passwd *found = nullptr;
        // A name first, then a numeric id, like chown(1).
        ::getpwnam_r(owner.toLocal8Bit().constData(), &pw, buffer.data(), buffer.size(), &found);
        if (!found && allDigits(owner))
            ::getpwuid_r(uid_t(owner.toULong()), &pw, buffer.data(), buffer.size(), &found);
        if (found) {
            *uid = found->pw_uid;
            ownersGroup = found->pw_gid;
        } else if (allDigits(owner)) {
            *uid = uid_t(owner.toULong());
        } else {
            return Status::failed(u"unknown user '%1'"_s.arg(owner));
        }
    }
    if (!group.isEmpty()) {
        struct group gr = {};
        struct group *found = nullptr;
        ::getgrnam_r(group.toLocal8Bit().constData(), &gr, buffer.data(), buffer.size(), &found);
        if (found)
            *gid = found->gr_gid;
        else if (allDigits(group))
            *gid = gid_t(group.toULong());
        else
            return Status::failed(u"unknown group '%1'"_s.arg(group));
    } else if (groupDefaultsToOwners) {
        *gid = ownersGroup;
    }
    return Status::ok();
}

// ---- file-system primitives --------------------------------------------------------------

Status makeFolders(const QString &folder)
{
    const PathInfo info = statPath(folder);
    if (info.isDir)
        return Status::ok();
    if (info.exists || lstatPath(folder).exists)
        return Status::failed(u"'%1' exists and is not a folder"_s.arg(folder));
    if (folder != u"/"_s) {
        if (Status s = makeFolders(parentOf(folder)); !s.isOk())
            return s;
    }
    if (::mkdir(nativePath(folder).constData(), 0777) != 0 && errno != EEXIST)
        return Status::failed(u"cannot create folder '%1': %2"_s.arg(folder, errnoText(errno)));
    return Status::ok();
}

Status readWholeFile(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failed(u"cannot read '%1': %2"_s.arg(path, file.errorString()));
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Status::failed(u"cannot read '%1': %2"_s.arg(path, file.errorString()));
    return Status::ok();
}

namespace {

// A temporary file next to its final name; unlinked unless commit() renamed it into place.
class StagedFile
{
public:
    explicit StagedFile(const QString &target) : m_target(target)
    {
        m_path =
            nativePath(joinPath(parentOf(target), u"."_s + fileNameOf(target))) + ".kiln-XXXXXX";
        m_fd = ::mkstemp(m_path.data());
        if (m_fd < 0)
            m_error = errno;
    }
    ~StagedFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_committed && m_error == 0)
            ::unlink(m_path.constData());
    }
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    Status openStatus() const
    {
        if (m_fd >= 0)
            return Status::ok();
        return Status::failed(
            u"cannot create a file in '%1': %2"_s.arg(parentOf(m_target), errnoText(m_error)));
    }
    Status write(const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return Status::failed(u"cannot write '%1': %2"_s.arg(m_target, errnoText(errno)));
            data += n;
            size -= n;
        }
        return Status::ok();
    }
    Status commit(mode_t mode, uid_t uid, gid_t gid)
    {
        if (::fchmod(m_fd, mode & 07777) != 0)
            return Status::failed(
                u"cannot set permissions on '%1': %2"_s.arg(m_target, errnoText(errno)));
        if ((uid != uid_t(-1) || gid != gid_t(-1)) && ::fchown(m_fd, uid, gid) != 0)
            return Status::failed(
                u"cannot set the owner of '%1': %2"_s.arg(m_target, errnoText(errno)));
        if (::close(m_fd) != 0) {
            m_fd = -1;
            return Status::failed(u"cannot write '%1': %2"_s.arg(m_target, errnoText(errno)));
        }
        m_fd = -1;
        if (::rename(m_path.constData(), nativePath(m_target).constData()) != 0)
            return Status::failed(u"cannot write '%1': %2"_s.arg(m_target, errnoText(errno)));
        m_committed = true;
        return Status::ok();
    }

private:
    QString m_target;
    QByteArray m_path;
    int m_fd = -1;
    int m_error = 0;
    bool m_committed = false;
};

} // namespace

Status writeFileAtomically(const QString &target, const QByteArray &bytes, mode_t mode, uid_t uid,
                           gid_t gid)
{
    StagedFile staged(target);
    if (Status s = staged.openStatus(); !s.isOk())
        return s;
    if (Status s = staged.write(bytes.constData(), bytes.size()); !s.isOk())
        return s;
    return staged.commit(mode, uid, gid);
}

Status copyFileTo(const QString &source, const QString &target, const FileOperationContext &ctx)
{
    const int in = ::open(nativePath(source).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return Status::failed(u"cannot read '%1': %2"_s.arg(source, errnoText(errno)));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{in};
    struct stat st = {};
    if (::fstat(in, &st) != 0 || !S_ISREG(st.st_mode))
        return Status::failed(u"'%1' is not a regular file"_s.arg(source));

    StagedFile staged(target);
    if (Status s = staged.openStatus(); !s.isOk())
        return s;
    std::vector<char> buffer(1 << 20);
    for (;;) {
        if (ctx.isCancelled())
            return Status::cancelled();
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Status::failed(u"cannot read '%1': %2"_s.arg(source, errnoText(errno)));
        if (n == 0)
            break;
        if (Status s = staged.write(buffer.data(), n); !s.isOk())
            return s;
    }
    // The copy keeps the source's permission bits (like QFile::copy), not its owner.
    return staged.commit(st.st_mode, uid_t(-1), gid_t(-1));
}

Status listChildren(const QString &folder, QStringList *names)
{
    names->clear();
    DIR *dir = ::opendir(nativePath(folder).constData());
    if (!dir)
        return Status::failed(u"cannot list folder '%1': %2"_s.arg(folder, errnoText(errno)));
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name != "." && name != "..")
            names->append(QFile::decodeName(name));
    }
    ::closedir(dir);
    names->sort();
    return Status::ok();
}

static Status readLink(const QString &path, QByteArray *text)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n =
        ::readlink(nativePath(path).constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0)
        return Status::failed(u"cannot read link '%1': %2"_s.arg(path, errnoText(errno)));
    *text = buffer.left(n);
    return Status::ok();
}

Status copyEntry(const QString &source, const QString &target, const FileOperationContext &ctx)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = lstatPath(source);
    if (info.isLink) {
        QByteArray linkText;
        if (Status s = readLink(source, &linkText); !s.isOk())
            return s;
        if (::symlink(linkText.constData(), nativePath(target).constData()) != 0)
            return Status::failed(u"cannot create link '%1': %2"_s.arg(target, errnoText(errno)));
        return Status::ok();
    }
    if (info.isDir)
        return copyTree(source, target, ctx);
    if (info.isFile)
        return copyFileTo(source, target, ctx);
    if (!info.exists)
        return Status::failed(u"'%1' does not exist"_s.arg(source));
    return Status::failed(
        u"cannot copy '%1': it is not a regular file, folder or symbolic link"_s.arg(source));
}

Status copyTree(const QString &source, const QString &target, const FileOperationContext &ctx)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = statPath(source);
    // Owner-only while filling it; the source's mode is applied once the contents are in.
    if (::mkdir(nativePath(target).constData(), 0700) != 0)
        return Status::failed(u"cannot create folder '%1': %2"_s.arg(target, errnoText(errno)));
    QStringList names;
    if (Status s = listChildren(source, &names); !s.isOk())
        return s;
    for (const QString &name : std::as_const(names)) {
        if (Status s = copyEntry(joinPath(source, name), joinPath(target, name), ctx); !s.isOk())
            return s;
    }
    if (::chmod(nativePath(target).constData(), info.st.st_mode & 07777) != 0)
        return Status::failed(
            u"cannot set permissions on '%1': %2"_s.arg(target, errnoText(errno)));
    return Status::ok();
}

Status removeTree(const QString &path, const FileOperationContext &ctx)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = lstatPath(path);
    if (info.isDir) {
        QStringList names;
        if (Status s = listChildren(path, &names); !s.isOk())
            return s;
        for (const QString &name : std::as_const(names)) {
            if (Status s = removeTree(joinPath(path, name), ctx); !s.isOk())
                return s;
        }
        if (::rmdir(nativePath(path).constData()) != 0)
            return Status::failed(u"cannot delete folder '%1': %2"_s.arg(path, errnoText(errno)));
        return Status::ok();
    }
    if (::unlink(nativePath(path).constData()) != 0 && errno != ENOENT)
        return Status::failed(u"cannot delete '%1': %2"_s.arg(path, errnoText(errno)));
    return Status::ok();
}

Status walkTree(const QString &root, const FileOperationContext &ctx,
                const std::function<Status(const QString &path, const PathInfo &info)> &visit)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = lstatPath(root);
    if (Status s = visit(root, info); !s.isOk())
        return s;
    if (!info.isDir)
        return Status::ok();
    QStringList names;
    if (Status s = listChildren(root, &names); !s.isOk())
        return s;
    for (const QString &name : std::as_const(names)) {
        if (Status s = walkTree(joinPath(root, name), ctx, visit); !s.isOk())
            return s;
    }
    return Status::ok();
}

QString stagingPathFor(const QString &path)
{
    for (;;) {
        const QString candidate = joinPath(
            parentOf(path), u".%1.kiln-%2"_s.arg(fileNameOf(path))
                                .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')));
        if (!lstatPath(candidate).exists)
            return candidate;
    }
}

Status renameReplacing(const QString &from, const QString &target, bool *crossDevice)
{
    *crossDevice = false;
    const QByteArray fromName = nativePath(from);
    const QByteArray targetName = nativePath(target);
    if (!lstatPath(target).exists) {
        if (::rename(fromName.constData(), targetName.constData()) == 0)
            return Status::ok();
        if (errno == EXDEV) {
            *crossDevice = true;
            return Status::ok();
        }
        return Status::failed(
            u"cannot move '%1' to '%2': %3"_s.arg(from, target, errnoText(errno)));
    }
    // Move the old target aside first so a failed rename can put it back untouched.
    const QString aside = stagingPathFor(target);
    if (::rename(targetName.constData(), nativePath(aside).constData()) != 0)
        return Status::failed(u"cannot replace '%1': %2"_s.arg(target, errnoText(errno)));
    if (::rename(fromName.constData(), targetName.constData()) != 0) {
        const int error = errno;
        ::rename(nativePath(aside).constData(), targetName.constData());
        if (error == EXDEV) {
            *crossDevice = true;
            return Status::ok();
        }
        return Status::failed(
            u"cannot move '%1' to '%2': %3"_s.arg(from, target, errnoText(error)));
    }
    // The replacement is done; removing the old copy must not be cancelled half-way.
    if (Status s = removeTree(aside, FileOperationContext{}); !s.isOk())
        return Status::failed(u"replaced '%1', but the old version could not be deleted and was "
                              u"kept as '%2': %3"_s.arg(target, aside, s.message));
    return Status::ok();
}

} // namespace Kiln::FileOps
