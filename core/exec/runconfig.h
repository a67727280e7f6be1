// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The `kiln run --config` file (the awstoe --config JSON format, behaviour-reference
// §2.1) read into plain data: documents with their per-document parameters,
// global parameters, the string settings, the S3 log/document settings and the
// CloudWatch Logs settings.
// Reading is separate from the CLI so it can be unit-tested and fuzzed; the
// file is user input, so every shape error becomes a message naming the key,
// never an assertion.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Kiln {

struct RunConfigDocument
{
    QString path;
    QHash<QString, QString> parameters;
};

struct RunConfig
{
    QList<RunConfigDocument> documents; // never empty
    QHash<QString, QString> parameters; // global, below each document's own
    QString phases;                     // comma-separated, as on the command line
    QString executionId;                // `executionId`, else the misspelt `executonId`
    QString logDirectory;
    QString stateDirectory;
    QString logS3BucketName; // upload the log folder here at the end (empty: no upload)
    QString logS3KeyPrefix;
    QString logS3BucketOwner;      // expected owner (account id) of the log bucket
    QString documentS3BucketOwner; // expected owner of the buckets of s3:// documents
    bool trace = false;
    QString cwLogGroup; // stream console.log to CloudWatch Logs (empty: no streaming)
    QString cwLogStream;
    QString cwLogRegion;
    bool cwIgnoreFailures = false;
};

// Parses and checks the file's bytes. On error returns nullopt and sets `error`
// to a one-line reason (without the file name, which the caller prepends).
std::optional<RunConfig> parseRunConfig(const QByteArray &bytes, QString *error);

} // namespace Kiln
