#include "aws/secretmasker.h"

#include <algorithm>

namespace Kiln {

void SecretMasker::add(const QString &secret)
{
    if (secret.size() < 4 || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretMasker::mask(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, Mask);
    return text;
}

} // namespace Kiln
