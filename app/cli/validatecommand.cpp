// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln validate`: the CI entry point. Same flags as `awstoe validate`
// (--documents/-d, --os-platforms), plus --format and --explain.
#include "aws/remotedocuments.h"
#include "clitr.h"
#include "commands.h"
#include "diagnostics/codes.h"
#include "diagnostics/diagnosticformat.h"
#include "document/document.h"
#include "fix/fixdocument.h"
#include "fix/unifieddiff.h"
#include "net/waitfortransfer.h"
#include "validate/runoptions.h"
#include "validate/scriptlint.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

int explain(const QString &code, QTextStream &out, QTextStream &err)
{
    const CodeInfo *info = findCode(code);
    if (!info) {
        err << CliTr::tr("kiln validate: unknown diagnostic code '%1'\n").arg(code);
        return UsageError;
    }
    out << info->code << ": " << codeTitle(*info) << "\n\n" << codeExplanation(*info) << "\n";
    return Success;
}

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

// --fix / --diff: each file's preferred quick fixes, written back or printed as a
// unified diff. With --diff the status says whether errors would remain.
int fixDocuments(const QStringList &paths, ValidationOptions options, bool diffOnly,
                 QTextStream &out, QTextStream &err)
{
    options.lintScripts = false; // ShellCheck findings have no fixes
    const Validator validator(options);
    bool errorsLeft = false;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << CliTr::tr("kiln validate: cannot read %1: %2\n").arg(path, file.errorString());
            return UsageError;
        }
        const QByteArray original = file.readAll();
        file.close();
        const FixOutcome outcome = fixSource(original, path, validator);
        errorsLeft =
            errorsLeft || hasErrors(validator.validate(Document::fromText(outcome.text, path)));
        if (diffOnly) {
            out << unifiedDiff(QString::fromUtf8(original), QString::fromUtf8(outcome.text), path,
                               path);
            continue;
        }
        if (!outcome.applied)
            continue;
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(outcome.text) < 0 || !save.commit()) {
            err << CliTr::tr("kiln validate: cannot write %1: %2\n").arg(path, save.errorString());
            return Failure;
        }
        // One call per English form, as for the summary below.
        err << (outcome.applied == 1
                    ? CliTr::tr("%1: applied %n fix\n", nullptr, outcome.applied)
                    : CliTr::tr("%1: applied %n fixes\n", nullptr, outcome.applied))
                   .arg(path);
    }
    return diffOnly && errorsLeft ? Failure : Success;
}

struct ValidateRequest
{
    QString format; // text, json or sarif
    QString color;  // auto, always or never
    Severity minSeverity = Severity::Warning;
    ValidationOptions options;
    QStringList paths; // local files, s3:// URIs and component ARNs
    QString documentOwner;
    bool fix = false;  // --fix or --diff
    bool diff = false; // --diff: print, do not write
};

// kiln validate's options, added to `parser` as they are made.
struct ValidateFlags
{
    const QCommandLineOption documents{
        {QStringLiteral("d"), QStringLiteral("documents")},
        CliTr::tr("Comma-separated documents to check: paths, s3://bucket/key or Image Builder "
                  "component ARNs."),
        QStringLiteral("paths")};
    const QCommandLineOption format{
        QStringLiteral("format"),
        CliTr::tr("Output format: text (default), json or sarif (SARIF 2.1.0)."),
        QStringLiteral("format"), QStringLiteral("text")};
    const QCommandLineOption platform{
        QStringLiteral("os-platforms"),
        CliTr::tr("Validate for this platform: linux, windows or darwin (default: host)."),
        QStringLiteral("platform"), ValidationOptions::hostPlatform()};
    const QCommandLineOption explainOption{QStringLiteral("explain"),
                                           CliTr::tr("Explain a diagnostic code and exit."),
                                           QStringLiteral("code")};
    const QCommandLineOption parametersOption{
        QStringLiteral("parameters"),
        CliTr::tr("Parameters the run will pass (name=value,...): warns about names the "
                  "document does not declare and parameters left without a value."),
        QStringLiteral("list")};
    const QCommandLineOption phasesOption{
        QStringLiteral("phases"),
        CliTr::tr("Phases the run will select (comma-separated): warns when none exists."),
        QStringLiteral("list")};
    const QCommandLineOption documentOwner{
        QStringLiteral("document-s3-bucket-owner"),
        CliTr::tr("Expected owner (account id) of the buckets holding s3:// documents."),
        QStringLiteral("account")};
    const QCommandLineOption lintOption{
        QStringLiteral("lint"),
        CliTr::tr("Lint ExecuteBash commands with shellcheck (K8001); the default when "
                  "shellcheck is on PATH. With --lint, a missing shellcheck is an error.")};
    const QCommandLineOption noLintOption{QStringLiteral("no-lint"),
                                          CliTr::tr("Do not lint ExecuteBash commands.")};
    const QCommandLineOption listCodes{
        QStringLiteral("list-codes"),
        CliTr::tr("List the diagnostic codes with their titles and exit.")};
    const QCommandLineOption colorOption{
        QStringLiteral("color"),
        CliTr::tr("Colour the text output: auto (default: on a terminal, unless NO_COLOR "
                  "is set), always or never."),
        QStringLiteral("when"), QStringLiteral("auto")};
    const QCommandLineOption minSeverityOption{
        QStringLiteral("min-severity"),
        CliTr::tr("Report diagnostics of this severity and above: error, warning, info or hint "
                  "(default: warning for text, everything for json and sarif)."),
        QStringLiteral("level")};
    const QCommandLineOption verboseOption{
        {QStringLiteral("verbose")},
        CliTr::tr("Also show info and hints in the text output (--min-severity "
                  "hint).")};
    const QCommandLineOption fixOption{
        QStringLiteral("fix"),
        CliTr::tr("Apply the safe quick fixes (misspelt names, missing required inputs, "
                  "indentation) to the files, then report what is left.")};
    const QCommandLineOption diffOption{QStringLiteral("diff"),
                                        CliTr::tr("Print the quick fixes as a unified diff instead "
                                                  "of applying them; no file is written.")};

    explicit ValidateFlags(QCommandLineParser &parser)
    {
        parser.addOptions({documents, format, platform, explainOption, listCodes, parametersOption,
                           phasesOption, lintOption, noLintOption, colorOption, documentOwner,
                           minSeverityOption, verboseOption, fixOption, diffOption});
        parser.addPositionalArgument(QStringLiteral("files"),
                                     CliTr::tr("Documents to check (same as --documents)."),
                                     QStringLiteral("[files...]"));
    }
};

// What to validate and how to show it, from the options; nullopt after a usage
// error, which is reported on `err`.
std::optional<ValidateRequest> readRequest(const QCommandLineParser &parser, const ValidateFlags &f,
                                           QTextStream &err)
{
    const QString formatName = parser.value(f.format);
    if (formatName != u"text" && formatName != u"json" && formatName != u"sarif") {
        err << CliTr::tr("kiln validate: unknown --format '%1' (text, json or sarif)\n")
                   .arg(formatName);
        return std::nullopt;
    }
    const QString colorName = parser.value(f.colorOption);
    if (colorName != u"auto" && colorName != u"always" && colorName != u"never") {
        err << CliTr::tr("kiln validate: unknown --color '%1' (auto, always or never)\n")
                   .arg(colorName);
        return std::nullopt;
    }
    // Machines get everything (they filter by "severity"); people get errors and
    // warnings unless they ask for more.
    Severity minSeverity = formatName == u"text" ? Severity::Warning : Severity::Hint;
    if (parser.isSet(f.verboseOption))
        minSeverity = Severity::Hint;
    if (parser.isSet(f.minSeverityOption)) {
        const std::optional<Severity> level = severityFromName(parser.value(f.minSeverityOption));
        if (!level) {
            err << CliTr::tr("kiln validate: unknown --min-severity '%1' (error, warning, info "
                             "or hint)\n")
                       .arg(parser.value(f.minSeverityOption));
            return std::nullopt;
        }
        minSeverity = *level;
    }
    ValidationOptions options;
    options.osPlatform = parser.value(f.platform).toLower();
    if (!QStringList{u"linux"_s, u"windows"_s, u"darwin"_s}.contains(options.osPlatform)) {
        err << CliTr::tr("kiln validate: unknown --os-platforms '%1' (linux, windows or darwin)\n")
                   .arg(parser.value(f.platform));
        return std::nullopt;
    }
    if (parser.isSet(f.parametersOption)) {
        QString why;
        options.runParameters = parseRunParameters(parser.value(f.parametersOption), &why);
        if (!options.runParameters) {
            err << CliTr::tr("kiln validate: --parameters: %1\n").arg(why);
            return std::nullopt;
        }
    }
    if (parser.isSet(f.phasesOption))
        options.selectedPhases = parsePhaseList(parser.value(f.phasesOption));
    if (parser.isSet(f.lintOption) && parser.isSet(f.noLintOption)) {
        err << CliTr::tr("kiln validate: --lint and --no-lint contradict each other\n");
        return std::nullopt;
    }
    if (!parser.isSet(f.noLintOption)) {
        options.shellcheckProgram = findShellcheck();
        options.lintScripts = !options.shellcheckProgram.isEmpty();
        if (parser.isSet(f.lintOption) && !options.lintScripts) {
            err << CliTr::tr(
                "kiln validate: --lint needs shellcheck, which is not on PATH (install the "
                "'shellcheck' package, or drop --lint)\n");
            return std::nullopt;
        }
    }
    const QStringList paths = splitList(parser.values(f.documents)) + parser.positionalArguments();
    if (paths.isEmpty()) {
        err << CliTr::tr("kiln validate: no documents given (use --documents a.yaml,b.yaml)\n");
        return std::nullopt;
    }
    const bool fixing = parser.isSet(f.fixOption) || parser.isSet(f.diffOption);
    if (fixing && std::any_of(paths.begin(), paths.end(), isRemoteDocument)) {
        err << CliTr::tr("kiln validate: --fix and --diff work on local files, not s3:// or "
                         "Image Builder documents\n");
        return std::nullopt;
    }
    return ValidateRequest{.format = formatName,
                           .color = colorName,
                           .minSeverity = minSeverity,
                           .options = options,
                           .paths = paths,
                           .documentOwner = parser.value(f.documentOwner),
                           .fix = fixing,
                           .diff = parser.isSet(f.diffOption)};
}

// s3://bucket/key documents and component ARNs are fetched into `fetched`
// (diagnostics name the URI or ARN); local ones must exist. False after a usage
// error, reported on `err`.
bool fetchDocuments(const ValidateRequest &request, const QTemporaryDir &fetched,
                    QHash<QString, QString> *localCopies, QTextStream &err)
{
    for (const QString &path : request.paths) {
        if (isRemoteDocument(path)) {
            if (localCopies->contains(path))
                continue;
            const QString dir = fetched.filePath(QString::number(localCopies->size() + 1));
            QDir().mkpath(dir);
            const QString local = QDir(dir).filePath(remoteDocumentFileName(path));
            const FileTransferResult r =
                waitForTransfer(remoteDocumentDownload(path, request.documentOwner, local));
            if (!r.ok) {
                err << CliTr::tr("kiln validate: cannot download %1: %2\n").arg(path, r.error);
                return false;
            }
            localCopies->insert(path, local);
            continue;
        }
        if (!QFileInfo(path).isFile()) {
            err << CliTr::tr("kiln validate: %1: no such file\n").arg(path);
            return false;
        }
    }
    return true;
}

// Validates every document and prints its diagnostics in the requested format,
// then, for text, a summary on stderr. The status says whether errors were found.
int reportDiagnostics(const ValidateRequest &request, const QHash<QString, QString> &localCopies,
                      QTextStream &out, QTextStream &err)
{
    const QString &formatName = request.format;
    const QString &colorName = request.color;
    const Severity minSeverity = request.minSeverity;
    const QStringList &paths = request.paths;
    const Validator validator(request.options);
    const bool caret = formatName == u"text" && isatty(STDOUT_FILENO);
    const bool color = colorName == u"always" ||
                       (colorName == u"auto" && caret && qEnvironmentVariableIsEmpty("NO_COLOR"));
    QJsonArray json;
    Diagnostics all; // for SARIF: one run over every document
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int hints = 0;
    int hidden = 0; // below --min-severity
    for (const QString &path : paths) {
        const Document doc = [&] {
            if (!localCopies.contains(path))
                return Document::fromFile(path);
            QFile f(localCopies.value(path));
            return f.open(QIODevice::ReadOnly) ? Document::fromText(f.readAll(), path)
                                               : Document::fromFile(localCopies.value(path));
        }();
        Diagnostics diagnostics = validator.validate(doc);
        // The verdict counts errors, whatever is shown.
        const bool valid = !hasErrors(diagnostics);
        hidden += int(std::erase_if(
            diagnostics, [minSeverity](const Diagnostic &d) { return d.severity > minSeverity; }));
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error)
                ++errors;
            else if (d.severity == Severity::Warning)
                ++warnings;
            else
                ++(d.severity == Severity::Info ? infos : hints);
            if (formatName == u"text")
                out << formatDiagnostic(d, caret ? &doc.source() : nullptr, color) << "\n";
        }
        if (formatName == u"sarif")
            all.insert(all.end(), diagnostics.begin(), diagnostics.end());
        if (formatName == u"json") {
            json.append(QJsonObject{{u"file"_s, path},
                                    {u"valid"_s, valid},
                                    {u"diagnostics"_s, diagnosticsToJson(diagnostics)}});
        }
    }
    if (formatName == u"sarif") {
        out << QJsonDocument(diagnosticsToSarif(all)).toJson();
    } else if (formatName == u"json") {
        out << QJsonDocument(QJsonObject{{u"documents"_s, json},
                                         {u"errors"_s, errors},
                                         {u"warnings"_s, warnings},
                                         {u"info"_s, infos},
                                         {u"hints"_s, hints}})
                   .toJson();
    } else if (errors || warnings || hidden) {
        out.flush(); // the summary follows the diagnostics on a terminal
        // One call per English form keeps the C-locale text exact without an English
        // catalogue; German picks its own plural form from the count.
        const int documentCount = int(paths.size());
        const QString documentsText = documentCount == 1
                                          ? CliTr::tr("%n document", nullptr, documentCount)
                                          : CliTr::tr("%n documents", nullptr, documentCount);
        const QString errorsText = errors == 1 ? CliTr::tr("%n error", nullptr, errors)
                                               : CliTr::tr("%n errors", nullptr, errors);
        const QString warningsText = warnings == 1 ? CliTr::tr("%n warning", nullptr, warnings)
                                                   : CliTr::tr("%n warnings", nullptr, warnings);
        err << CliTr::tr("%1: %2, %3").arg(documentsText, errorsText, warningsText);
        if (hidden) {
            err << CliTr::tr(" (%n more below --min-severity; "
                             "--verbose shows them)",
                             nullptr, hidden);
        }
        err << "\n";
    }
    return errors ? Failure : Success;
}

} // namespace

int validateCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Check component documents for YAML, schema and reference errors.\n"
                  "Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage error."));
    parser.addHelpOption();
    const ValidateFlags flags(parser);

    if (!parser.parse(QStringList{QStringLiteral("kiln validate")} + arguments)) {
        err << CliTr::tr("kiln validate: %1\nTry 'kiln validate --help'.\n")
                   .arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelpText(parser, QStringLiteral("validate"));
        return Success;
    }
    if (parser.isSet(flags.explainOption))
        return explain(parser.value(flags.explainOption), out, err);
    if (parser.isSet(flags.listCodes)) {
        // "CODE title" per line: for people, and for shell completion (first column).
        for (const CodeInfo &info : allCodes())
            out << info.code << " " << codeTitle(info) << "\n";
        return Success;
    }

    const std::optional<ValidateRequest> request = readRequest(parser, flags, err);
    if (!request)
        return UsageError;
    if (request->fix) {
        const int status = fixDocuments(request->paths, request->options, request->diff, out, err);
        if (status != Success || request->diff)
            return status;
    }
    QTemporaryDir fetched(QDir::temp().filePath(QStringLiteral("kiln-documents-XXXXXX")));
    QHash<QString, QString> localCopies; // s3:// URI or ARN -> fetched file
    if (!fetchDocuments(*request, fetched, &localCopies, err))
        return UsageError;
    return reportDiagnostics(*request, localCopies, out, err);
}

} // namespace Kiln::Cli
