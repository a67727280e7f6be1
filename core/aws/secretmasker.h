// Redacts known secret values (resolved SecureString parameters, AWS secret keys,
// session tokens) from text before it reaches a log, the console or a report.
// AWSTOE redacts SecureString values the same way; a command that prints the
// value in another form (base64, split) still leaks it — we cannot know that.
#pragma once

#include <QString>
#include <QStringList>

namespace Kiln {

class SecretMasker
{
public:
    static inline const QString Mask = QStringLiteral("****");

    // Values shorter than 4 characters are ignored: masking "a" or "1" everywhere
    // would destroy the log without protecting anything.
    void add(const QString &secret);
    bool isEmpty() const { return m_secrets.isEmpty(); }
    QString mask(QString text) const;

private:
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
};

} // namespace Kiln
