// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Where the validator's checks put what they find. Each check file (structure,
// steps, inputs, expressions, loops, conditions) receives a Reporter, so the
// checks stay small functions and all diagnostics share one location logic.
#pragma once

#include "diagnostics/diagnostic.h"
#include "document/yamlnode.h"

namespace Kiln {

class Reporter
{
public:
    explicit Reporter(QString file) : m_file(std::move(file)) {}

    // Reports at `at`'s position; for scalars the whole text is underlined unless
    // `length` says otherwise. A node without position (synthesised) maps to 1:1.
    void report(Severity severity, const char *code, const YamlNode &at, const QString &message,
                int length = 0);
    void error(const char *code, const YamlNode &at, const QString &message, int length = 0)
    {
        report(Severity::Error, code, at, message, length);
    }
    void warning(const char *code, const YamlNode &at, const QString &message, int length = 0)
    {
        report(Severity::Warning, code, at, message, length);
    }
    void info(const char *code, const YamlNode &at, const QString &message, int length = 0)
    {
        report(Severity::Info, code, at, message, length);
    }
    void hint(const char *code, const YamlNode &at, const QString &message, int length = 0)
    {
        report(Severity::Hint, code, at, message, length);
    }
    // For positions inside a scalar (e.g. one `{{ }}` in a command line).
    void reportAt(Severity severity, const char *code, Mark mark, const QString &message,
                  int length);

    void add(Diagnostic d) { m_out.push_back(std::move(d)); }
    const QString &file() const { return m_file; }
    Diagnostics take() { return std::move(m_out); }

private:
    QString m_file;
    Diagnostics m_out;
};

} // namespace Kiln
