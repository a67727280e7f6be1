// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Answers one HTTP GET on 127.0.0.1 with `size` bytes from a thread of its own,
// as fast as the socket takes them, so a test can block the client's thread (as a
// disk slower than the network would) while the server keeps sending. sent() is
// what the kernel has accepted so far: how far the client let the server get.
//
// The body's first 64 KiB go out at once, the rest only after release(): the client
// bounds its read buffer only after its request has started (see
// core/net/downloadfile.h), and a server at memory speed can send the whole body in
// that gap on a loaded machine. A test releases from the client's first progress,
// when the bound is surely in place.
#pragma once

#include <QString>
#include <atomic>
#include <thread>

class ThreadedHttpSource
{
public:
    explicit ThreadedHttpSource(qint64 size);
    ~ThreadedHttpSource(); // stops sending and joins the thread
    ThreadedHttpSource(const ThreadedHttpSource &) = delete;
    ThreadedHttpSource &operator=(const ThreadedHttpSource &) = delete;

    bool isListening() const { return m_listener >= 0; }
    QString url() const; // http://127.0.0.1:<port>/big.bin
    qint64 size() const { return m_size; }
    qint64 sent() const { return m_sent.load(); }
    void release() { m_released = true; } // lets the rest of the body go

private:
    void serve();

    qint64 m_size;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<qint64> m_sent = 0;
    std::atomic_bool m_stop = false;
    std::atomic_bool m_released = false;
    std::thread m_thread;
};
