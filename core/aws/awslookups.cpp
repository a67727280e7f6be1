// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/awslookups.h"

#include "aws/credentials.h"
#include "aws/imdsclient.h"
#include "aws/ssmclient.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {

QString AwsLookups::Lookup::key() const
{
    return kind == Kind::Imds ? u"imds:"_s + name : name;
}

AwsLookups::AwsLookups(QProcessEnvironment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment)),
      m_network(new QNetworkAccessManager(this))
{
}

AwsLookups::~AwsLookups() = default;

void AwsLookups::fetch(std::vector<Lookup> lookups, Done done)
{
    m_done = std::move(done);
    m_answers.clear();
    for (Lookup &lookup : lookups)
        m_answers.push_back(Answer{std::move(lookup), std::nullopt, {}, false, {}});
    m_pending = m_answers.size();
    fetchImds();
    fetchSsm();
    if (m_pending == 0)
        QTimer::singleShot(0, this, [this] { finishIfComplete(); });
}

bool AwsLookups::wants(Lookup::Kind kind) const
{
    return std::any_of(m_answers.begin(), m_answers.end(),
                       [kind](const Answer &answer) { return answer.lookup.kind == kind; });
}

void AwsLookups::fetchImds()
{
    if (!wants(Lookup::Kind::Imds))
        return;
    QString whyNot;
    const bool enabled = ImdsClient::isEnabled(m_environment, &whyNot);
    // No network manager of ours: the client's own never goes through a proxy.
    auto *client = enabled ? new ImdsClient(m_environment, nullptr, this) : nullptr;
    if (client)
        client->setTimeoutMs(ImdsTimeoutMs);
    for (size_t i = 0; i < m_answers.size(); ++i) {
        if (m_answers[i].lookup.kind != Lookup::Kind::Imds)
            continue;
        if (!client) {
            const QString error = u"instance metadata (IMDS) is not available: %1"_s.arg(whyNot);
            QTimer::singleShot(0, this, [this, i, error] { answered(i, std::nullopt, error); });
            continue;
        }
        client->get(m_answers[i].lookup.name,
                    [this, i](const std::optional<QString> &value, const QString &error) {
                        answered(i, value, error);
                    });
    }
}

void AwsLookups::fetchSsm()
{
    if (!wants(Lookup::Kind::Ssm))
        return;
    // On EC2 the instance role fills in missing credentials; elsewhere IMDS is not probed.
    ImdsClient::completeConfig(
        AwsConfig::resolve(m_environment), m_environment, m_network, this,
        [this](const AwsConfig &config) {
            auto *client = new SsmClient(config, m_network, this);
            client->setTimeoutMs(SsmTimeoutMs);
            for (size_t i = 0; i < m_answers.size(); ++i) {
                if (m_answers[i].lookup.kind != Lookup::Kind::Ssm)
                    continue;
                client->getParameter(
                    m_answers[i].lookup.name, true,
                    [this, i](const std::optional<SsmParameter> &parameter, const QString &error) {
                        if (parameter) {
                            m_answers[i].secret = parameter->isSecret();
                            m_answers[i].type = parameter->type;
                        }
                        answered(i, parameter ? std::optional(parameter->value) : std::nullopt,
                                 error);
                    });
            }
        });
}

void AwsLookups::answered(size_t index, std::optional<QString> value, const QString &error)
{
    Answer &answer = m_answers.at(index);
    answer.value = std::move(value);
    answer.error = error;
    --m_pending;
    finishIfComplete();
}

void AwsLookups::finishIfComplete()
{
    if (m_pending != 0 || !m_done)
        return;
    // `done` may destroy this object: nothing of it is used after the call.
    const Done done = std::exchange(m_done, {});
    const std::vector<Answer> answers = m_answers;
    done(answers);
}

} // namespace Kiln
