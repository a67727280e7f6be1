// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The SSM parameters and instance-metadata values one step refers to, fetched
// together and asynchronously before the step starts, so that resolving its
// references is a lookup and no nested event loop runs during a run (one spun for
// up to 15 s ran timers, queued signals and a cancel inside a half-started step,
// and froze the studio meanwhile). SSM credentials and region come from the
// environment, completed from IMDS on EC2, once per batch.
#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace Kiln {

class AwsLookups : public QObject
{
    Q_OBJECT
public:
    struct Lookup
    {
        enum class Kind { Ssm, Imds };
        Kind kind = Kind::Ssm;
        QString name; // the parameter name, or the path under latest/meta-data/

        // One spelling per value, for caches: "/my/param", "imds:placement/region".
        QString key() const;
        bool operator==(const Lookup &) const = default;
    };
    struct Answer
    {
        Lookup lookup;
        std::optional<QString> value; // nullopt: `error` says why
        QString error;
        bool secret = false; // a SecureString
        QString type;        // SSM's parameter type, for the log
    };
    using Done = std::function<void(const std::vector<Answer> &answers)>;

    static constexpr int SsmTimeoutMs = 15000;
    static constexpr int ImdsTimeoutMs = 5000;

    explicit AwsLookups(QProcessEnvironment environment, QObject *parent = nullptr);
    ~AwsLookups() override;

    // Starts every lookup at once; `done` gets one answer per lookup, in their order,
    // later (never from inside fetch()). Destroying this object cancels: `done` is
    // not called after that.
    void fetch(std::vector<Lookup> lookups, Done done);

private:
    bool wants(Lookup::Kind kind) const;
    void fetchImds(); // one client for every path
    void fetchSsm();  // one credential resolution and one client for all
    void answered(size_t index, std::optional<QString> value, const QString &error);
    void finishIfComplete();

    QProcessEnvironment m_environment;
    QNetworkAccessManager *m_network = nullptr;
    std::vector<Answer> m_answers;
    size_t m_pending = 0;
    Done m_done;
};

} // namespace Kiln
