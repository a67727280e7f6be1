// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
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
    // A new list: a mask() running on another thread keeps the one it has.
    auto patterns = std::make_shared<Patterns>(*m_patterns);
    for (const QString &form : formsOf(secret)) {
        if (std::none_of(patterns->begin(), patterns->end(),
                         [&](const Pattern &p) { return p.text == form; }))
            patterns->push_back(Pattern{form, QStringMatcher(form)});
    }
    std::stable_sort(patterns->begin(), patterns->end(), [](const Pattern &a, const Pattern &b) {
        return a.text.size() > b.text.size();
    });
    m_patterns = std::move(patterns);
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

std::shared_ptr<const SecretMasker::Patterns> SecretMasker::patterns() const
{
    const std::lock_guard lock(m_mutex);
    return m_patterns;
}

bool SecretMasker::appearsIn(const QString &text) const
{
    const auto all = patterns();
    return std::any_of(all->begin(), all->end(),
                       [&](const Pattern &p) { return p.matcher.indexIn(text) >= 0; });
}

QString SecretMasker::mask(QString text) const
{
    for (const Pattern &p : *patterns()) {
        if (p.matcher.indexIn(text) >= 0)
            text.replace(p.text, Mask);
    }
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
