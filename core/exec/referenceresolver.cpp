// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/referenceresolver.h"

#include "aws/credentials.h"
#include "aws/imdsclient.h"
#include "document/document.h"
#include "expr/loop.h"
#include "expr/reference.h"
#include "expr/referencewalk.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QUuid>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// Where IMDS keeps the instance's region: {{ context:region }} on EC2.
const QString RegionPath = u"placement/region"_s;

// Whether {{ context:region }} is the instance's (from IMDS), for the fetch before
// a step and the lookup during it alike.
bool regionFromImds()
{
    return ImdsClient::isEnabled(QProcessEnvironment::systemEnvironment());
}

QString osRelease(const QString &key)
{
    QFile f(u"/etc/os-release"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(key + u'=')) {
            QString v = line.mid(key.size() + 1).trimmed();
            if (v.size() >= 2 && (v.startsWith(u'"') || v.startsWith(u'\'')))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

// Per document: the parameters' run-time values (else their defaults) and the constants.
std::vector<QHash<QString, QString>> documentVariables(const std::vector<RunDocument> &documents)
{
    std::vector<QHash<QString, QString>> out;
    for (const RunDocument &rd : documents) {
        QHash<QString, QString> vars;
        if (rd.document) {
            for (const Variable &p : rd.document->parameters) {
                if (rd.parameters.contains(p.name))
                    vars.insert(p.name, rd.parameters.value(p.name));
                else if (p.value && p.value->isScalar())
                    vars.insert(p.name, p.value->text);
                // else: no value at all; resolve() substitutes "" with a warning
            }
            for (const Variable &c : rd.document->constants) {
                if (c.value && c.value->isScalar())
                    vars.insert(c.name, c.value->text);
            }
        }
        out.push_back(std::move(vars));
    }
    return out;
}

} // namespace

QString jsonToText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

ReferenceResolver::ReferenceResolver(const ExecutorOptions &options, Warn warn)
    : m_options(options), m_warn(std::move(warn)), m_variables(documentVariables(options.documents))
{
}

void ReferenceResolver::warnOnce(const QString &text)
{
    if (m_warned.contains(text))
        return;
    m_warned.insert(text);
    m_warn(text);
}

QString ReferenceResolver::substituteText(const QString &text, const Scope &scope,
                                          QStringList *errors)
{
    if (!text.contains(u"{{"))
        return text;
    return substitute(text, [&](const Reference &ref) {
        std::optional<QString> value = resolve(ref, scope, errors);
        if (value)
            noteResolved(ref, scope, *value);
        return value;
    });
}

QJsonValue ReferenceResolver::substituteJson(const QJsonValue &value, const Scope &scope,
                                             QStringList *errors)
{
    switch (value.type()) {
    case QJsonValue::String:
        return substituteText(value.toString(), scope, errors);
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(substituteJson(v, scope, errors));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substituteJson(it.value(), scope, errors));
        return out;
    }
    default:
        return value;
    }
}

std::optional<QString> ReferenceResolver::resolve(const Reference &ref, const Scope &scope,
                                                  QStringList *errors)
{
    const QHash<QString, QString> &vars = m_variables.at(size_t(scope.document));
    switch (ref.kind) {
    case Reference::Kind::Variable: {
        if (vars.contains(ref.name))
            return vars.value(ref.name);
        for (const Variable &p :
             m_options.documents.at(size_t(scope.document)).document->parameters) {
            if (p.name == ref.name) {
                warnOnce(ExecutorTr::tr(
                             "parameter %1 has no value and no default; using an empty string")
                             .arg(ref.name));
                return QString();
            }
        }
        return std::nullopt;
    }
    case Reference::Kind::Loop:
        if (!scope.iteration || !scope.loop)
            return std::nullopt;
        if (!ref.isGenericLoop() && ref.name != scope.loop->name)
            return std::nullopt;
        return ref.loopField == Reference::LoopField::Index
                   ? QString::number(scope.iteration->index)
                   : scope.iteration->value;
    case Reference::Kind::Chaining:
        return chainedValue(ref, scope, errors);
    case Reference::Kind::Env:
        if (!qEnvironmentVariableIsSet(ref.name.toLocal8Bit().constData())) {
            warnOnce(ExecutorTr::tr("environment variable %1 is not set; using an empty string")
                         .arg(ref.name));
            return QString();
        }
        return qEnvironmentVariable(ref.name.toLocal8Bit().constData());
    case Reference::Kind::Context:
        return contextValue(ref, scope, errors);
    case Reference::Kind::Ssm:
        return awsValue({AwsLookups::Lookup::Kind::Ssm, ref.name}, ref.expression, errors);
    case Reference::Kind::SsmResolve:
        // resolve(X): X names a parameter or constant whose value is the SSM name.
        if (!vars.contains(ref.name)) {
            errors->append(u"{{ %1 }}: resolve() needs the name of a parameter or constant with a "
                           "value"_s.arg(ref.expression));
            return std::nullopt;
        }
        return awsValue({AwsLookups::Lookup::Kind::Ssm, vars.value(ref.name)}, ref.expression,
                        errors);
    case Reference::Kind::Imds:
        return awsValue({AwsLookups::Lookup::Kind::Imds, ref.name}, ref.expression, errors);
    default:
        return std::nullopt;
    }
}

// {{ phase.step.inputs|outputs[i].key }}: a step of the same document that ran.
std::optional<QString> ReferenceResolver::chainedValue(const Reference &ref, const Scope &scope,
                                                       QStringList *errors) const
{
    const PhaseRecord *pr = scope.record ? scope.record->phase(ref.phase) : nullptr;
    const StepRecord *sr = pr ? pr->step(ref.step) : nullptr;
    if (m_options.dryRun && ref.section == Reference::Section::Outputs)
        return std::nullopt; // nothing ran: leave the reference as written
    if (!sr || (ref.section == Reference::Section::Outputs &&
                !(sr->status == RunStatus::Success || sr->status == RunStatus::IgnoredFailure ||
                  sr->status == RunStatus::Failed))) {
        errors->append(
            u"{{ %1 }}: step %2.%3 has not run"_s.arg(ref.expression, ref.phase, ref.step));
        return std::nullopt;
    }
    const QJsonArray &array = ref.section == Reference::Section::Inputs ? sr->inputs : sr->outputs;
    const int index = ref.index < 0 ? 0 : ref.index;
    const QJsonObject entry = array.at(index).toObject();
    if (!entry.contains(ref.key)) {
        errors->append(u"{{ %1 }}: step %2.%3 has no %4 `%5`"_s.arg(
            ref.expression, ref.phase, ref.step,
            ref.section == Reference::Section::Inputs ? u"input"_s : u"output"_s, ref.key));
        return std::nullopt;
    }
    return jsonToText(entry.value(ref.key));
}

std::optional<QString> ReferenceResolver::contextValue(const Reference &ref, const Scope &scope,
                                                       QStringList *errors)
{
    const QString &k = ref.name;
    if (k == u"executionId")
        return m_options.executionId;
    if (k == u"osPlatform")
        return m_options.platform;
    if (k == u"osName")
        return osRelease(u"NAME"_s);
    if (k == u"osVersion")
        return osRelease(u"VERSION_ID"_s);
    if (k == u"date")
        return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    if (k == u"dateTime")
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (k == u"uuid")
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (k == u"hostname")
        return QHostInfo::localHostName();
    if (k == u"phase")
        return scope.phase;
    if (k == u"step")
        return scope.step ? scope.step->name : QString();
    if (k == u"region") {
        // On EC2 the instance's region; elsewhere the configured AWS region, if any.
        if (regionFromImds())
            return awsValue({AwsLookups::Lookup::Kind::Imds, RegionPath}, ref.expression, errors);
        const AwsConfig config = AwsConfig::resolve(QProcessEnvironment::systemEnvironment());
        if (!config.regionSource.startsWith(u"default"))
            return config.region;
        errors->append(u"{{ context:region }}: no AWS region is configured here; set AWS_REGION "
                       "(on EC2 the instance's region is used)"_s);
        return std::nullopt;
    }
    if (k == u"accountId") {
        errors->append(u"{{ context:accountId }} needs an EC2 instance and is not available in "
                       "a local run; pass the account id as a parameter instead"_s);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> ReferenceResolver::awsValue(const AwsLookups::Lookup &lookup,
                                                   const QString &expression,
                                                   QStringList *errors) const
{
    const QString key = lookup.key();
    if (const auto it = m_awsValues.constFind(key); it != m_awsValues.cend())
        return *it;
    if (m_options.dryRun)
        return std::nullopt; // no AWS calls in a dry run: the reference stays as written
    // lookupsFor() named every value the step's text holds before it started.
    const QString why = m_awsErrors.value(key);
    errors->append(u"{{ %1 }}: %2"_s.arg(
        expression, why.isEmpty() ? u"the value was not fetched before the step started"_s : why));
    return std::nullopt;
}

std::vector<AwsLookups::Lookup> ReferenceResolver::lookupsFor(const Step &step, int document)
{
    m_awsErrors.clear();
    std::vector<AwsLookups::Lookup> lookups;
    if (m_options.dryRun)
        return lookups;
    const auto want = [&](AwsLookups::Lookup::Kind kind, const QString &name) {
        const AwsLookups::Lookup lookup{kind, name};
        if (!m_awsValues.contains(lookup.key()) &&
            std::find(lookups.begin(), lookups.end(), lookup) == lookups.end())
            lookups.push_back(lookup);
    };
    const QHash<QString, QString> &vars = m_variables.at(size_t(document));
    // Every text of the step: its inputs, `if` and `loop`, and the values of
    // anything else a module might substitute later.
    if (!step.node)
        return lookups;
    forEachReference(*step.node, [&](const YamlNode &, const Reference &ref) {
        using Kind = AwsLookups::Lookup::Kind;
        if (ref.kind == Reference::Kind::Ssm)
            want(Kind::Ssm, ref.name);
        else if (ref.kind == Reference::Kind::SsmResolve && vars.contains(ref.name))
            want(Kind::Ssm, vars.value(ref.name));
        else if (ref.kind == Reference::Kind::Imds)
            want(Kind::Imds, ref.name);
        else if (ref.kind == Reference::Kind::Context && ref.name == u"region" && regionFromImds())
            want(Kind::Imds, RegionPath);
    });
    return lookups;
}

void ReferenceResolver::store(const std::vector<AwsLookups::Answer> &answers)
{
    for (const AwsLookups::Answer &answer : answers) {
        const QString key = answer.lookup.key();
        if (!answer.value) {
            m_awsErrors.insert(key, answer.error);
            continue;
        }
        if (answer.secret)
            m_options.secrets->add(*answer.value);
        if (answer.lookup.kind == AwsLookups::Lookup::Kind::Ssm) {
            if (auto logger = spdlog::get("core.exec"))
                logger->info("SSM parameter {} resolved ({})", answer.lookup.name.toStdString(),
                             answer.type.toStdString());
        }
        m_awsValues.insert(key, *answer.value);
    }
}

// chaining.json (behaviour-reference §6.5 lists the file, its format is undocumented;
// Kiln's own): one entry per distinct reference resolved in a step (and loop
// iteration), with where its value came from and the value (masked when written).
void ReferenceResolver::noteResolved(const Reference &ref, const Scope &scope, const QString &value)
{
    if (!scope.step)
        return;
    const qint64 iteration = scope.iteration ? scope.iteration->index : -1;
    const SeenReference seen{StepAddress{scope.document, scope.phase, scope.step->name},
                             {iteration, ref.expression}};
    if (m_chainingSeen.contains(seen))
        return;
    m_chainingSeen.insert(seen);
    const RunDocument &rd = m_options.documents.at(size_t(scope.document));
    QString kind;
    QString source;
    switch (ref.kind) {
    case Reference::Kind::Variable: {
        kind = u"parameter"_s;
        for (const Variable &c : rd.document->constants) {
            if (c.name == ref.name)
                kind = u"constant"_s;
        }
        if (kind == u"parameter")
            source = rd.parameters.contains(ref.name) ? u"run parameters"_s
                                                      : u"default in the document"_s;
        else
            source = u"document constants"_s;
        break;
    }
    case Reference::Kind::Chaining:
        kind = u"chaining"_s;
        source = u"%1.%2.%3[%4].%5"_s
                     .arg(ref.phase, ref.step,
                          ref.section == Reference::Section::Inputs ? u"inputs"_s : u"outputs"_s)
                     .arg(ref.index < 0 ? 0 : ref.index)
                     .arg(ref.key);
        break;
    case Reference::Kind::Loop:
        kind = u"loop"_s;
        source = ref.loopField == Reference::LoopField::Index ? u"loop index"_s : u"loop value"_s;
        break;
    case Reference::Kind::Env:
        kind = u"env"_s;
        source = u"environment variable "_s + ref.name;
        break;
    case Reference::Kind::Context:
        kind = u"context"_s;
        source = u"context "_s + ref.name;
        break;
    case Reference::Kind::Ssm:
    case Reference::Kind::SsmResolve:
        kind = u"ssm"_s;
        source = u"SSM parameter "_s + ref.name;
        break;
    case Reference::Kind::Imds:
        kind = u"imds"_s;
        source = u"instance metadata "_s + ref.name;
        break;
    default:
        kind = u"other"_s;
        break;
    }
    QJsonObject entry{{u"document"_s, rd.path},
                      {u"phase"_s, scope.phase},
                      {u"step"_s, scope.step->name},
                      {u"expression"_s, u"{{ %1 }}"_s.arg(ref.expression)},
                      {u"kind"_s, kind},
                      {u"source"_s, source},
                      {u"value"_s, value}};
    if (scope.iteration)
        entry.insert(u"iteration"_s, scope.iteration->index);
    if (m_options.dryRun && ref.kind == Reference::Kind::Chaining)
        entry.insert(u"dryRun"_s, true);
    m_chaining.append(entry);
}

QJsonObject ReferenceResolver::chainingJson() const
{
    return QJsonObject{{u"format"_s, u"kiln-chaining/1"_s},
                       {u"executionId"_s, m_options.executionId},
                       {u"references"_s, m_chaining}};
}

} // namespace Kiln
