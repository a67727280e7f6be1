// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Checks a Document against the component schema and AWSTOE's rules and says
// what is wrong, where, with a stable code. Used by `kiln validate`, by
// `kiln run` before anything executes, and by the studio on every edit.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace Kiln {

class Document;

struct ValidationOptions
{
    QString osPlatform = hostPlatform(); // "linux", "windows" or "darwin"
    // Run-time choices (`--parameters`, `--phases`); checked only when set, since
    // a document linted on its own gets its values later (e.g. from a recipe).
    std::optional<std::vector<std::pair<QString, QString>>> runParameters;
    std::optional<QStringList> selectedPhases;
    // Lint ExecuteBash commands with ShellCheck (K8xxx, see scriptlint.h). Off by
    // default: it starts a process per document, too slow for the studio's
    // validation on every edit; `kiln validate` turns it on.
    bool lintScripts = false;
    int scriptLintTimeoutMs = 30000;
    QString shellcheckProgram; // empty: `shellcheck` from PATH
    // ShellCheck codes left out (--exclude). SC1090/SC1091 only say that a sourced
    // file was not followed: it lives on the image, never next to the document.
    QStringList shellcheckExclude = {QStringLiteral("SC1090"), QStringLiteral("SC1091")};

    static QString hostPlatform();
};

// Steps per document, all phases together (K2011). Real components have tens; the
// bound leaves room for generated documents (bench/ validates 10,000 steps) while the
// 16 MiB size limit keeps the model small anyway.
inline constexpr std::size_t MaxStepsPerDocument = 20'000;

class Validator
{
public:
    explicit Validator(ValidationOptions options = {});

    // All problems of `document`, parse problems included, sorted by position.
    Diagnostics validate(const Document &document) const;

private:
    ValidationOptions m_options;
};

} // namespace Kiln
