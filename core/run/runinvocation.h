// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// kiln-run.json in a run folder: what the run was asked to do (the documents
// as given, their parameter values, the phases and the studio's step
// selection), so a past run can be run again the same way. Values pass
// through the run's secret masker first, like everything else the run writes.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Kiln {

class SecretMasker;
struct RunRequest;

struct RunInvocation
{
    struct Document
    {
        QString path; // as given: a file, an s3:// URI, an untitled tab's name
        QHash<QString, QString> parameters;
    };
    std::vector<Document> documents;
    QStringList phases; // empty: every phase
    QString selectionPhase, selectionStep;
    bool selectionOnly = false;

    static RunInvocation fromRequest(const RunRequest &request, const SecretMasker *masker);
    bool write(const QString &runFolder, QString *error) const;
    // nullopt when the folder has no readable kiln-run.json (AWSTOE's folders,
    // runs from before it existed).
    static std::optional<RunInvocation> read(const QString &runFolder);
};

inline constexpr auto RunInvocationFileName = "kiln-run.json";

} // namespace Kiln
