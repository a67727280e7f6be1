// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The secrets of one run (resolved SecureString parameters, AWS secret keys,
// session tokens) and their masking in what leaves the process: log lines, the
// console, reports, the masked copies of scripts. One instance is shared by
// everything that writes or shows text of a run; the executor adds values as it
// resolves them, from any thread.
//
// Values are masked as values: text as text, JSON by masking each string in it
// (never its serialized form, where a `"` or `\` of the secret would be escaped
// and not found). A secret is also recognized
//   - trimmed (a value stored with a trailing newline, printed without it),
//   - line by line when it has several lines: output arrives one line at a
//     time, so a PEM key printed by `cat` is masked line by line; lines shorter
//     than MinimumLength are left alone (see below),
//   - JSON-escaped, as a program prints it inside JSON (`aws ssm get-parameter`).
// Values (and lines) shorter than MinimumLength are not masked: masking "a" or
// "1" or "==" everywhere would destroy the log without protecting anything.
// A command that prints the value in another form (base64, split, reversed)
// still leaks it: that cannot be known. AWSTOE masks SecureString values too.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringMatcher>
#include <memory>
#include <mutex>
#include <vector>

namespace Kiln {

class SecretMasker
{
public:
    static inline const QString Mask = QStringLiteral("****");
    static constexpr qsizetype MinimumLength = 4;

    void add(const QString &secret);
    bool isEmpty() const;
    // The secrets as added (the state file keeps them for a resumed run).
    QStringList secrets() const;
    // Whether `text` holds a secret (then a script must not go on a command line).
    bool appearsIn(const QString &text) const;

    QString mask(QString text) const;
    QJsonValue mask(const QJsonValue &value) const;
    QJsonArray mask(const QJsonArray &array) const;
    QJsonObject mask(const QJsonObject &object) const;

private:
    // Every form of every secret, longest first (so one containing another is
    // masked whole), with its search table built once: masking runs for every
    // output line, usually finding nothing.
    struct Pattern
    {
        QString text;
        QStringMatcher matcher;
    };
    using Patterns = std::vector<Pattern>;
    std::shared_ptr<const Patterns> patterns() const;

    mutable std::mutex m_mutex;
    QStringList m_secrets;
    std::shared_ptr<const Patterns> m_patterns = std::make_shared<Patterns>();
};

} // namespace Kiln
