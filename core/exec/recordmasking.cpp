// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/recordmasking.h"

#include "aws/secretmasker.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// An ExecuteDocument step's detailedOutput holds nested executions in report
// form (toJson), where `inputs` and `outputs` are JSON text: those are decoded,
// masked value by value and encoded again; every other string is masked as is.
QJsonValue maskedReport(const QJsonValue &value, const SecretMasker &secrets)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(maskedReport(v, secrets));
        return out;
    }
    if (!value.isObject())
        return secrets.mask(value);
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool encoded =
            (it.key() == u"inputs" || it.key() == u"outputs") && it.value().isString();
        const QJsonDocument doc =
            encoded ? QJsonDocument::fromJson(it.value().toString().toUtf8()) : QJsonDocument();
        if (doc.isArray())
            out.insert(
                it.key(),
                QString::fromUtf8(
                    QJsonDocument(secrets.mask(doc.array())).toJson(QJsonDocument::Compact)));
        else
            out.insert(it.key(), maskedReport(it.value(), secrets));
    }
    return out;
}

// A phase, document or execution: its failure message and each child record.
template <typename Record, typename Children>
Record withChildrenMasked(Record record, Children Record::*children, const SecretMasker &secrets)
{
    record.failureMessage = secrets.mask(record.failureMessage);
    for (auto &child : record.*children)
        child = masked(child, secrets);
    return record;
}

} // namespace

StepRecord masked(const StepRecord &step, const SecretMasker &secrets)
{
    if (secrets.isEmpty())
        return step;
    StepRecord out = step;
    out.failureMessage = secrets.mask(step.failureMessage);
    out.inputs = secrets.mask(step.inputs);
    out.outputs = secrets.mask(step.outputs);
    out.loop = secrets.mask(step.loop);
    out.detailedOutput = maskedReport(step.detailedOutput, secrets);
    for (IterationRecord &it : out.iterations)
        it.label = secrets.mask(it.label);
    return out;
}

PhaseRecord masked(const PhaseRecord &phase, const SecretMasker &secrets)
{
    return withChildrenMasked(phase, &PhaseRecord::steps, secrets);
}

DocumentRecord masked(const DocumentRecord &document, const SecretMasker &secrets)
{
    return withChildrenMasked(document, &DocumentRecord::phases, secrets);
}

ExecutionRecord masked(const ExecutionRecord &record, const SecretMasker &secrets)
{
    return secrets.isEmpty() ? record
                             : withChildrenMasked(record, &ExecutionRecord::documents, secrets);
}

} // namespace Kiln
