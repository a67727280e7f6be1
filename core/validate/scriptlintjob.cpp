// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "validate/scriptlintjob.h"

#include "document/document.h"
#include "validate/scriptlint.h"

#include <QProcess>
#include <QTimer>

namespace Kiln {

ScriptLintJob::ScriptLintJob(std::shared_ptr<const Document> document, ValidationOptions options,
                             QObject *parent)
    : QObject(parent), m_document(std::move(document)), m_options(std::move(options)),
      m_run(std::make_unique<ScriptLintRun>(*m_document, m_options))
{
}

ScriptLintJob::~ScriptLintJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void ScriptLintJob::start()
{
    if (!m_run->needed()) {
        QTimer::singleShot(0, this, &ScriptLintJob::done);
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this] {
        m_run->finish(*m_process);
        done();
    });
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        m_run->timedOut();
        done();
    });
    // start() waits only until the process has started (or failed to).
    if (!m_run->start(*m_process)) {
        m_process->disconnect(this);
        QTimer::singleShot(0, this, &ScriptLintJob::done);
        return;
    }
    m_timeout->start(m_options.scriptLintTimeoutMs);
}

void ScriptLintJob::done()
{
    if (m_done)
        return;
    m_done = true;
    if (m_timeout)
        m_timeout->stop();
    Q_EMIT finished(m_run->takeDiagnostics());
}

} // namespace Kiln
