// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "validate/locationchecks.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "expr/reference.h"
#include "expr/scalarlocator.h"
#include "i18n/tr.h"
#include "validate/reporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// Why `bucket` cannot be an S3 bucket name, or empty when it can be (the rules of
// the S3 user guide, "Bucket naming rules", for general purpose buckets).
QString bucketNameProblem(const QString &bucket)
{
    if (bucket.isEmpty())
        return ValidatorTr::tr("the URI has no bucket name");
    if (bucket.contains(u'<') || bucket.contains(u'>'))
        return ValidatorTr::tr("it is a placeholder that was never replaced");
    if (bucket.size() < 3 || bucket.size() > 63)
        return ValidatorTr::tr("a bucket name has 3 to 63 characters");
    static const QRegularExpression allowed(u"^[a-z0-9.-]+$"_s);
    if (!allowed.match(bucket).hasMatch())
        return ValidatorTr::tr("a bucket name has only lowercase letters, digits, '.' and '-'");
    if (!bucket.front().isLetterOrNumber() || !bucket.back().isLetterOrNumber())
        return ValidatorTr::tr("a bucket name starts and ends with a letter or digit");
    if (bucket.contains(u".."))
        return ValidatorTr::tr("a bucket name has no two adjacent periods");
    static const QRegularExpression ipAddress(u"^\\d+\\.\\d+\\.\\d+\\.\\d+$"_s);
    if (ipAddress.match(bucket).hasMatch())
        return ValidatorTr::tr("a bucket name is not shaped like an IP address");
    if (bucket.startsWith(u"xn--") || bucket.startsWith(u"sthree-"))
        return ValidatorTr::tr("the prefixes 'xn--' and 'sthree-' are reserved");
    return {};
}

// `text` with the references to constants replaced by their values (others
// stay as written); `via` receives the name of the last constant used.
QString withConstants(const QString &text, const Document &doc, QString *via)
{
    if (!text.contains(u"{{"))
        return text;
    return substitute(text, [&](const Reference &ref) -> std::optional<QString> {
        for (const Variable &c : doc.constants) {
            if (ref.kind == Reference::Kind::Variable && c.name == ref.name && c.value &&
                c.value->isScalar()) {
                *via = c.name;
                return c.value->text;
            }
        }
        return std::nullopt;
    });
}

class BucketChecker
{
public:
    BucketChecker(const Document &doc, Reporter &reporter) : m_doc(doc), m_reporter(reporter)
    {
        for (const Variable &c : doc.constants) {
            if (c.value && c.value->isScalar() && c.value->text.contains(u"s3://"))
                m_uriConstants << c.name;
        }
    }

    void checkAll(const YamlNode &node)
    {
        check(node);
        for (const YamlNode &item : node.items)
            checkAll(item);
        for (const YamlEntry &e : node.entries)
            checkAll(e.value);
    }

private:
    bool mentionsUriConstant(const QString &text) const
    {
        return text.contains(u"{{") &&
               std::any_of(m_uriConstants.begin(), m_uriConstants.end(),
                           [&](const QString &name) { return text.contains(name); });
    }

    void check(const YamlNode &scalar)
    {
        static const QString scheme = u"s3://"_s;
        // A URI is written here (its bucket perhaps from a constant), or a constant
        // holding a whole URI may be referenced (most scalars: neither).
        if (!scalar.isScalar() ||
            !(scalar.text.contains(scheme) || mentionsUriConstant(scalar.text)))
            return;
        QString via;
        const QString uri = withConstants(scalar.text, m_doc, &via);
        if (!uri.startsWith(scheme))
            return;
        const qsizetype slash = uri.indexOf(u'/', scheme.size());
        const QString bucket = uri.mid(scheme.size(), slash < 0 ? -1 : slash - scheme.size());
        // A parameter, a chaining reference or a template placeholder (${...} of
        // CloudFormation or Terraform) decides the bucket later.
        if (bucket.contains(u"{{") || bucket.contains(u"${"))
            return;
        const QString why = bucketNameProblem(bucket);
        if (why.isEmpty())
            return;
        if (!via.isEmpty()) {
            // Once per constant: every use of it says the same.
            if (m_constantsReported.contains(via))
                return;
            m_constantsReported << via;
        }
        const QString message =
            via.isEmpty()
                ? ValidatorTr::tr("'%1' is not a valid S3 bucket name: %2").arg(bucket, why)
                : ValidatorTr::tr("'%1' (from constant '%2') is not a valid S3 bucket name: %3")
                      .arg(bucket, via, why);
        // The bucket as written when it is, else the whole value.
        if (!m_locator)
            m_locator.emplace(m_doc.source()); // only problems need it
        if (scalar.text.startsWith(scheme + bucket))
            m_reporter.reportAt(Severity::Error, Codes::BadS3Bucket,
                                m_locator->markAt(scalar, scheme.size()), message,
                                std::max(1, ScalarLocator::codePoints(bucket)));
        else
            m_reporter.error(Codes::BadS3Bucket, scalar, message);
    }

    const Document &m_doc;
    Reporter &m_reporter;
    std::optional<ScalarLocator> m_locator;
    QStringList m_constantsReported;
    QStringList m_uriConstants; // constants whose value is an s3:// URI
};

// A path as compared here: '/' separators, no trailing one, lowercase on Windows
// (drive-letter paths or backslashes), where names are case-insensitive.
QString normalPath(QString path)
{
    const bool windows = path.contains(u'\\') || (path.size() >= 2 && path.at(1) == u':');
    path.replace(u'\\', u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return windows ? path.toLower() : path;
}

bool isAbsolute(const QString &normal)
{
    return normal.startsWith(u'/') || (normal.size() >= 2 && normal.at(1) == u':');
}

// The folder part of `path` as written ("/a/b" of "/a/b/c.zip"), or empty.
QString folderOf(QString path)
{
    while (path.size() > 1 && (path.endsWith(u'/') || path.endsWith(u'\\')))
        path.chop(1);
    const qsizetype cut = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    if (cut < 0)
        return {};
    return cut == 0 ? u"/"_s : path.left(cut);
}

// Folders every Linux or Windows image of Image Builder has, normalised.
bool isStandardFolder(const QString &normal)
{
    static const QStringList folders = {
        u"/"_s,
        u"/tmp"_s,
        u"/var/tmp"_s,
        u"/opt"_s,
        u"/etc"_s,
        u"/root"_s,
        u"/home"_s,
        u"/home/ec2-user"_s,
        u"/home/ubuntu"_s,
        u"/srv"_s,
        u"/mnt"_s,
        u"/usr"_s,
        u"/usr/bin"_s,
        u"/usr/sbin"_s,
        u"/usr/lib"_s,
        u"/usr/share"_s,
        u"/usr/local"_s,
        u"/usr/local/bin"_s,
        u"/usr/local/sbin"_s,
        u"/usr/local/lib"_s,
        u"/usr/local/share"_s,
        u"/usr/local/etc"_s,
        u"/var"_s,
        u"/var/lib"_s,
        u"/var/log"_s,
        u"/var/opt"_s,
        u"/etc/systemd/system"_s,
        u"/etc/profile.d"_s,
        u"/etc/sysctl.d"_s,
        u"/etc/ssh"_s,
        u"/etc/yum.repos.d"_s,
        u"/etc/cron.d"_s,
        u"/etc/sudoers.d"_s,
        u"c:"_s,
        u"c:/windows"_s,
        u"c:/windows/temp"_s,
        u"c:/windows/system32"_s,
        u"c:/program files"_s,
        u"c:/program files (x86)"_s,
        u"c:/programdata"_s,
        u"c:/users"_s,
        u"c:/users/public"_s,
        u"c:/users/administrator"_s,
    };
    return folders.contains(normal);
}

// Whether `text` names `folder` or something inside it (`mkdir -p /a/b/c` makes /a/b).
bool mentionsFolder(const QString &text, const QString &folder)
{
    const QString normal = normalPath(text);
    qsizetype at = normal.indexOf(folder);
    while (at >= 0) {
        const qsizetype end = at + folder.size();
        if (end == normal.size() || !(normal.at(end).isLetterOrNumber() || normal.at(end) == u'_' ||
                                      normal.at(end) == u'-' || normal.at(end) == u'.'))
            return true;
        at = normal.indexOf(folder, at + 1);
    }
    return false;
}

bool anyScalarMentions(const YamlNode &node, const QString &folder)
{
    if (node.isScalar() && mentionsFolder(node.text, folder))
        return true;
    for (const YamlNode &item : node.items) {
        if (anyScalarMentions(item, folder))
            return true;
    }
    for (const YamlEntry &e : node.entries) {
        if (anyScalarMentions(e.value, folder))
            return true;
    }
    return false;
}

} // namespace

void checkS3Buckets(const Document &doc, Reporter &reporter)
{
    BucketChecker checker(doc, reporter);
    for (const Phase &phase : doc.phases) {
        for (const Step &step : phase.steps) {
            if (step.inputs)
                checker.checkAll(*step.inputs);
        }
    }
}

void checkDownloadFolders(const Document &doc, Reporter &reporter)
{
    // Steps in run order: every phase's steps, phases in document order.
    std::vector<const Step *> steps;
    for (const Phase &phase : doc.phases) {
        for (const Step &step : phase.steps)
            steps.push_back(&step);
    }
    struct Download
    {
        size_t step;
        const YamlNode *destination;
        QString written; // the folder as written
    };
    std::vector<Download> downloads;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Step &step = *steps[i];
        if (step.action != u"S3Download" || !step.inputs || !step.inputs->isSequence())
            continue;
        for (const YamlNode &entry : step.inputs->items) {
            const YamlNode *destination = entry.isMap() ? entry.value(u"destination") : nullptr;
            // A reference decides the path later; `<...>` is a placeholder (K3027's business).
            if (!destination || !destination->isScalar() || destination->text.contains(u"{{") ||
                destination->text.contains(u'<'))
                continue;
            const QString written = folderOf(destination->text);
            const QString folder = normalPath(written);
            if (!written.isEmpty() && isAbsolute(folder) && !isStandardFolder(folder))
                downloads.push_back({i, destination, written});
        }
    }
    // The first step that names each folder: one pass over the steps per distinct
    // folder (a document downloads into a few), not one per download.
    QHash<QString, size_t> firstMention;
    for (const Download &d : downloads) {
        const QString folder = normalPath(d.written);
        if (firstMention.contains(folder))
            continue;
        size_t first = steps.size();
        for (size_t i = 0; i < steps.size() && first == steps.size(); ++i) {
            if (steps[i]->inputs && anyScalarMentions(*steps[i]->inputs, folder))
                first = i;
        }
        firstMention.insert(folder, first);
    }
    for (const Download &d : downloads) {
        if (firstMention.value(normalPath(d.written)) < d.step)
            continue; // an earlier step creates it
        reporter.hint(
            Codes::DownloadFolderMissing, *d.destination,
            ValidatorTr::tr("no earlier step creates the folder '%1', and S3Download fails "
                            "when it does not exist; add a CreateFolder step before this one "
                            "unless the image has it")
                .arg(d.written));
    }
}

} // namespace Kiln
