#include "aws/secretmasker.h"

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// The text between the quotes of the value as a JSON string.
QString jsonEscaped(const QString &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4)); // ["…"]
}

// Every form in which `secret` is recognized (see the header).
QStringList formsOf(const QString &secret)
{
    QStringList forms{secret, secret.trimmed()};
    if (secret.contains(u'\n') || secret.contains(u'\r')) {
        for (const QString &line : secret.split(u'\n'))
            forms << line.trimmed();
    }
    const qsizetype plain = forms.size();
    for (qsizetype i = 0; i < plain; ++i)
        forms << jsonEscaped(forms.at(i));
    forms.removeIf([](const QString &f) { return f.size() < SecretMasker::MinimumLength; });
    return forms;
}

} // namespace

void SecretMasker::add(const QString &secret)
{
    if (secret.trimmed().size() < MinimumLength)
        return;
    const std::lock_guard lock(m_mutex);
    if (m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    for (const QString &form : formsOf(secret)) {
        if (!m_patterns.contains(form))
            m_patterns.append(form);
    }
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool SecretMasker::isEmpty() const
{
    const std::lock_guard lock(m_mutex);
    return m_secrets.isEmpty();
}

QStringList SecretMasker::secrets() const
{
    const std::lock_guard lock(m_mutex);
    return m_secrets;
}

QStringList SecretMasker::patterns() const
{
    const std::lock_guard lock(m_mutex);
    return m_patterns; // a shared copy: masking runs without the lock
}

bool SecretMasker::appearsIn(const QString &text) const
{
    const QStringList all = patterns();
    return std::any_of(all.begin(), all.end(), [&](const QString &p) { return text.contains(p); });
}

QString SecretMasker::mask(QString text) const
{
    for (const QString &pattern : patterns())
        text.replace(pattern, Mask);
    return text;
}

QJsonValue SecretMasker::mask(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return mask(value.toString());
    case QJsonValue::Array:
        return mask(value.toArray());
    case QJsonValue::Object:
        return mask(value.toObject());
    default:
        return value;
    }
}

QJsonArray SecretMasker::mask(const QJsonArray &array) const
{
    if (isEmpty())
        return array;
    QJsonArray out;
    for (const QJsonValue &v : array)
        out.append(mask(v));
    return out;
}

QJsonObject SecretMasker::mask(const QJsonObject &object) const
{
    if (isEmpty())
        return object;
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), mask(it.value()));
    return out;
}

} // namespace Kiln
