// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The values of the {{ }} references in a step's text, and the record of where
// each came from (chaining.json): parameters and constants, loop variables,
// earlier steps' inputs and outputs, environment variables, context values,
// and the SSM parameters and instance-metadata values fetched before the step
// starts (AwsLookups: resolving is then a lookup, never a wait). A value marked
// secret joins the run's masker as it arrives.
#pragma once

#include "aws/awslookups.h"
#include "exec/executoroptions.h"
#include "exec/runrecord.h"
#include "exec/stepaddress.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace Kiln {

struct Reference;
struct Step;
struct LoopSpec;
struct LoopIteration;

// A JSON value as a reference substitutes it: text as is, numbers without a
// needless fraction, lists and mappings as compact JSON.
QString jsonToText(const QJsonValue &value);

class ReferenceResolver
{
public:
    // Where the text being substituted is.
    struct Scope
    {
        int document = 0;
        const DocumentRecord *record = nullptr; // that document's steps so far (chaining)
        QString phase;
        const Step *step = nullptr;
        const LoopSpec *loop = nullptr; // the step's loop, if it has one
        const LoopIteration *iteration = nullptr;
    };
    // Said once per distinct text (a parameter without a value, an unset variable).
    using Warn = std::function<void(const QString &text)>;

    // `options` must outlive the resolver (the executor owns both).
    ReferenceResolver(const ExecutorOptions &options, Warn warn);

    QString substituteText(const QString &text, const Scope &scope, QStringList *errors);
    QJsonValue substituteJson(const QJsonValue &value, const Scope &scope, QStringList *errors);

    // The SSM and instance-metadata values the text of `step` names that are not
    // known yet (none in a dry run). Starts a new step: the failures kept by
    // store() for the step before no longer apply.
    std::vector<AwsLookups::Lookup> lookupsFor(const Step &step, int document);
    void store(const std::vector<AwsLookups::Answer> &answers);

    QJsonObject chainingJson() const;

private:
    std::optional<QString> resolve(const Reference &ref, const Scope &scope, QStringList *errors);
    std::optional<QString> contextValue(const Reference &ref, const Scope &scope,
                                        QStringList *errors);
    std::optional<QString> chainedValue(const Reference &ref, const Scope &scope,
                                        QStringList *errors) const;
    std::optional<QString> awsValue(const AwsLookups::Lookup &lookup, const QString &expression,
                                    QStringList *errors) const;
    void noteResolved(const Reference &ref, const Scope &scope, const QString &value);
    void warnOnce(const QString &text);

    const ExecutorOptions &m_options;
    Warn m_warn;
    std::vector<QHash<QString, QString>> m_variables; // per document: parameters + constants
    QSet<QString> m_warned;
    QHash<QString, QString> m_awsValues; // AwsLookups::Lookup::key() -> value, once per run
    QHash<QString, QString> m_awsErrors; // the step's lookups that failed -> why
    QJsonArray m_chaining;               // chaining.json entries
    // A reference once per step and loop iteration: (step, (iteration or -1, expression)).
    using SeenReference = std::pair<StepAddress, std::pair<qint64, QString>>;
    QSet<SeenReference> m_chainingSeen;
};

} // namespace Kiln
