// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "net/environmentproxy.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

QString firstSet(const QProcessEnvironment &env, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        const QString value = env.value(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QUrl proxyUrl(const QString &value)
{
    if (value.isEmpty())
        return {};
    return QUrl(value.contains(u"://"_s) ? value : u"http://"_s + value);
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &environment)
{
    m_httpProxy = proxyUrl(firstSet(environment, {u"HTTP_PROXY"_s, u"http_proxy"_s}));
    m_httpsProxy = proxyUrl(firstSet(environment, {u"HTTPS_PROXY"_s, u"https_proxy"_s}));
    const QString noProxy = firstSet(environment, {u"NO_PROXY"_s, u"no_proxy"_s});
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        // "host:port" → "host" (an IPv6 literal keeps its colons).
        if (entry.count(u':') == 1)
            entry = entry.section(u':', 0, 0);
        if (!entry.isEmpty())
            m_noProxy.append(entry);
    }
}

bool EnvironmentProxyFactory::bypasses(const QString &host) const
{
    const QString h = host.toLower();
    if (h == u"localhost"_s || h.endsWith(u".localhost"_s))
        return true;
    const QHostAddress address(h);
    if (!address.isNull() && address.isLoopback())
        return true;
    for (const QString &entry : m_noProxy) {
        if (entry == u"*"_s || entry == h)
            return true;
        const QString suffix = entry.startsWith(u'.') ? entry : u"."_s + entry;
        if (h.endsWith(suffix))
            return true;
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QUrl proxy = url.scheme() == u"https"_s ? m_httpsProxy : m_httpProxy;
    if (proxy.isEmpty() || bypasses(url.host()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QNetworkProxy result(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port(8080)),
                         proxy.userName(QUrl::FullyDecoded), proxy.password(QUrl::FullyDecoded));
    return {result};
}

} // namespace Kiln
