// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The spdlog sink that application.log and --trace write through: every
// message is masked with the run's secrets before any sink below it sees it,
// so no log call (a failure message, an Assert's operands, a module's debug
// line) needs to remember to mask. Internal to kiln_core (spdlog is private).
#pragma once

#include <memory>
#include <mutex>
#include <spdlog/sinks/dist_sink.h>

namespace Kiln {

class SecretMasker;

class MaskingSink final : public spdlog::sinks::dist_sink<std::mutex>
{
public:
    MaskingSink(std::shared_ptr<const SecretMasker> secrets,
                std::vector<std::shared_ptr<spdlog::sinks::sink>> sinks);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;

private:
    std::shared_ptr<const SecretMasker> m_secrets;
};

} // namespace Kiln
