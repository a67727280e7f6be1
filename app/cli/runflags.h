// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// kiln run's flags (the same as `awstoe run`, plus Kiln's own) and the run
// request they ask for, merged with a --config file.
#pragma once

#include "clitr.h"
#include "run/replayplan.h"
#include "run/runrequest.h"
#include "validate/validator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QTextStream>
#include <optional>

namespace Kiln::Cli {

struct RunFlags
{
    const QCommandLineOption documents{
        {QStringLiteral("d"), QStringLiteral("documents")},
        CliTr::tr("Comma-separated documents to run, in order: paths, s3://bucket/key or Image "
                  "Builder component ARNs."),
        QStringLiteral("paths")};
    const QCommandLineOption config{{QStringLiteral("c"), QStringLiteral("config")},
                                    CliTr::tr("JSON run configuration (awstoe --config format)."),
                                    QStringLiteral("file")};
    const QCommandLineOption replay{
        QStringLiteral("replay"),
        CliTr::tr("Run again what a report describes: a detailedoutput.json, a run folder, or "
                  "an s3:// prefix as for kiln logs. Same documents, phases and (from "
                  "kiln-run.json) parameters, stopping after the step that failed; then the "
                  "original and the replay are compared. Exit status 0 when every step ends "
                  "as in the report, 1 when not."),
        QStringLiteral("report")};
    const QCommandLineOption phases{{QStringLiteral("p"), QStringLiteral("phases")},
                                    CliTr::tr("Comma-separated phases to run (default: all)."),
                                    QStringLiteral("phases")};
    const QCommandLineOption parameters{
        QStringLiteral("parameters"),
        CliTr::tr("Values of the documents' parameters: name=value,name2=value2."),
        QStringLiteral("list")};
    const QCommandLineOption executionId{
        {QStringLiteral("i"), QStringLiteral("execution-id")},
        CliTr::tr("Execution id, used in the log folder's name: letters, digits, '.', '_' and "
                  "'-', at most 128 (default: a new UUID)."),
        QStringLiteral("id")};
    const QCommandLineOption logDirectory{
        {QStringLiteral("l"), QStringLiteral("log-directory")},
        CliTr::tr("Parent folder of the run's TOE_* log folder (default .)."),
        QStringLiteral("dir")};
    const QCommandLineOption stateDirectory{
        {QStringLiteral("s"), QStringLiteral("state-directory")},
        CliTr::tr("Folder for the state file; a run left there (reboot, crash) is resumed."),
        QStringLiteral("dir")};
    const QCommandLineOption trace{{QStringLiteral("t"), QStringLiteral("trace")},
                                   CliTr::tr("Copy the application log to stderr.")};
    const QCommandLineOption blocked{QStringLiteral("blocked-action-modules"),
                                     CliTr::tr("Comma-separated action modules that must not run."),
                                     QStringLiteral("modules")};
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                                     CliTr::tr("Print the version and exit.")};
    const QCommandLineOption dryRun{
        QStringLiteral("dry-run"),
        CliTr::tr("Print each step that would run with its resolved inputs; run nothing.")};
    const QCommandLineOption junit{
        QStringLiteral("junit"),
        CliTr::tr("Also write a JUnit XML report (one test case per step) to <file>."),
        QStringLiteral("file")};
    const QCommandLineOption html{
        QStringLiteral("html"),
        CliTr::tr("Also write the run's HTML report (as kiln report does) to <file>, at the end "
                  "of every run."),
        QStringLiteral("file")};
    const QCommandLineOption reboot{
        QStringLiteral("reboot"),
        CliTr::tr(
            "What a reboot request does: simulate (default: resume at once), handoff (save state, "
            "exit 194), fail (the step fails)."),
        QStringLiteral("mode")};
    const QCommandLineOption platform{
        QStringLiteral("os-platforms"),
        CliTr::tr("Validate and run for linux, windows or darwin (default: the host)."),
        QStringLiteral("platform"), ValidationOptions::hostPlatform()};
    const QCommandLineOption grace{
        QStringLiteral("grace-period"),
        CliTr::tr("Seconds between SIGTERM and SIGKILL when a step is stopped (default 5)."),
        QStringLiteral("seconds"), QStringLiteral("5")};
    const QCommandLineOption logBucket{
        {QStringLiteral("b"), QStringLiteral("log-s3-bucket-name")},
        CliTr::tr("Upload the run's log folder to this S3 bucket at the end."),
        QStringLiteral("bucket")};
    const QCommandLineOption logPrefix{{QStringLiteral("k"), QStringLiteral("log-s3-key-prefix")},
                                       CliTr::tr("Key prefix for the uploaded log folder."),
                                       QStringLiteral("prefix")};
    const QCommandLineOption logOwner{QStringLiteral("log-s3-bucket-owner"),
                                      CliTr::tr("Expected owner (account id) of the log bucket."),
                                      QStringLiteral("account")};
    const QCommandLineOption documentOwner{
        QStringLiteral("document-s3-bucket-owner"),
        CliTr::tr("Expected owner (account id) of the buckets holding s3:// documents."),
        QStringLiteral("account")};
    const QCommandLineOption maxLoopIterations{
        QStringLiteral("max-loop-iterations"),
        CliTr::tr("Fail a step whose loop has more iterations than this (default %1).")
            .arg(DefaultMaxLoopIterations),
        QStringLiteral("n"), QString::number(DefaultMaxLoopIterations)};
    // Sandboxed runs (sandbox/runsandbox.h).
    const QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        CliTr::tr("Run in a sandbox of this machine: an overlay of its root in a private mount "
                  "namespace; the machine is left as it was, changes.json says what changed.")};
    const QCommandLineOption root{
        QStringLiteral("root"),
        CliTr::tr("Run in a sandbox of another root file system: a folder such as debootstrap's "
                  "output or an exported container."),
        QStringLiteral("dir")};
    const QCommandLineOption image{
        QStringLiteral("image"),
        CliTr::tr("Run in a sandbox of a container image's root (podman or docker; nothing is "
                  "pulled)."),
        QStringLiteral("name")};
    const QCommandLineOption keepSandbox{
        QStringLiteral("keep-sandbox"),
        CliTr::tr("Keep the sandbox's changed files (its overlay upper layer) in <dir>."),
        QStringLiteral("dir")};
    const QCommandLineOption exportChanges{
        QStringLiteral("export-changes"),
        CliTr::tr("Write the files the sandboxed run added or modified to a tar <file>."),
        QStringLiteral("file")};
    const QCommandLineOption checkIdempotence{
        QStringLiteral("check-idempotence"),
        CliTr::tr("After a successful sandboxed run, run every step again and report each one "
                  "that fails, changes files again or prints another output (exit status 1).")};
    const QCommandLineOption ignoreChanges{
        QStringLiteral("ignore-changes"),
        CliTr::tr("Paths (globs, * also matches /) the idempotence check lets a step change "
                  "again, besides logs, caches and temporary folders; repeatable."),
        QStringLiteral("glob")};
    const QCommandLineOption onHost{
        QStringLiteral("on-host"),
        CliTr::tr("With --replay: run on this machine, changing it. Without it a replay runs in "
                  "a sandbox of this machine when it can have one (as root, outside a chroot).")};
    // CloudWatch Logs streaming of console.log (awstoe's flags).
    const QCommandLineOption cwLogGroup{
        QStringLiteral("cw-log-group"),
        CliTr::tr("Stream console.log to this CloudWatch Logs group while the run goes."),
        QStringLiteral("group")};
    const QCommandLineOption cwLogStream{
        QStringLiteral("cw-log-stream"),
        CliTr::tr("Log stream in --cw-log-group (default: the run folder's name, "
                  "TOE_<date>_<time>_UTC-0_<execution id>)."),
        QStringLiteral("stream")};
    const QCommandLineOption cwLogRegion{
        QStringLiteral("cw-log-region"),
        CliTr::tr("Region of --cw-log-group (default: the AWS region)."), QStringLiteral("region")};
    const QCommandLineOption cwIgnoreFailures{
        QStringLiteral("cw-ignore-failures"),
        CliTr::tr("A failure to log to CloudWatch is a warning, not a failed run.")};

    // Adds every flag to `parser`, in the order --help lists them.
    explicit RunFlags(QCommandLineParser &parser);
    // --sandbox, --root or --image: the run needs kiln's private mount namespace.
    bool wantsSandbox(const QCommandLineParser &parser) const;
    // The sandbox flags given together wrongly (a message for stderr), or empty.
    QString sandboxFlagsProblem(const QCommandLineParser &parser) const;
};

// The run the flags ask for, with --config's values where a flag is not given
// (precedence: command line > the document's config entry > global config), or
// with `replay`'s documents, parameters, phases and stop point (--parameters and
// --phases still win). A config in S3 is fetched first. Nothing, and a message on
// `err`, when they are wrong. Its documents may be empty: a run saved in
// --state-directory brings its own.
std::optional<RunRequest> readRunRequest(const QCommandLineParser &parser, const RunFlags &flags,
                                         QTextStream &err, const ReplayPlan *replay = nullptr);

} // namespace Kiln::Cli
