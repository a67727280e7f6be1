// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/maskingsink.h"

#include "aws/secretmasker.h"

#include <QString>

namespace Kiln {

MaskingSink::MaskingSink(std::shared_ptr<const SecretMasker> secrets,
                         std::vector<std::shared_ptr<spdlog::sinks::sink>> sinks)
    : dist_sink(std::move(sinks)), m_secrets(std::move(secrets))
{
}

void MaskingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    if (!m_secrets || m_secrets->isEmpty()) {
        dist_sink::sink_it_(msg);
        return;
    }
    const QString text = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
    const std::string masked = m_secrets->mask(text).toStdString();
    spdlog::details::log_msg copy(msg);
    copy.payload = spdlog::string_view_t(masked.data(), masked.size());
    dist_sink::sink_it_(copy);
}

} // namespace Kiln
