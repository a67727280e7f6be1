// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "threadedhttpsource.h"

#include <QByteArray>
#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Waits up to 100 ms for `events` on `fd`: the thread checks m_stop in between.
bool ready(int fd, short events)
{
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, 100) > 0;
}

} // namespace

ThreadedHttpSource::ThreadedHttpSource(qint64 size) : m_size(size)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    auto *generic = reinterpret_cast<sockaddr *>(&address);
    if (m_listener < 0 || ::bind(m_listener, generic, length) != 0 ||
        ::listen(m_listener, 1) != 0 || ::getsockname(m_listener, generic, &length) != 0) {
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

ThreadedHttpSource::~ThreadedHttpSource()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

QString ThreadedHttpSource::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/big.bin").arg(m_port);
}

void ThreadedHttpSource::serve()
{
    while (!m_stop && !ready(m_listener, POLLIN)) {
    }
    if (m_stop)
        return;
    const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0)
        return;
    QByteArray request;
    char buffer[4096];
    while (!m_stop && !request.contains("\r\n\r\n")) {
        if (!ready(client, POLLIN))
            continue;
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0)
            break;
        request.append(buffer, n);
    }
    const QByteArray header = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(m_size) +
                              "\r\nConnection: close\r\n\r\n";
    const QByteArray chunk(64 * 1024, 'k');
    bool headerSent = false;
    while (!m_stop && m_sent < m_size) {
        if (m_sent >= chunk.size() && !m_released) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            continue;
        }
        if (!ready(client, POLLOUT))
            continue;
        const QByteArray &data = headerSent ? chunk : header;
        const qsizetype length =
            headerSent ? qsizetype(std::min<qint64>(chunk.size(), m_size - m_sent)) : data.size();
        // The header is small enough to go in one piece into an empty socket buffer.
        const ssize_t n = ::send(client, data.constData(), size_t(length), MSG_NOSIGNAL);
        if (n <= 0)
            break; // the client went away
        if (headerSent)
            m_sent += n;
        headerSent = true;
    }
    ::close(client);
}
