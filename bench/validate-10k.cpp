// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Benchmark (not a test): validating a 10,000-step document against parsing
// the same text with bare yaml-cpp (`YAML::Load`), in the same run. Prints the
// median of several repetitions of each and their ratio (goal: <= 2x), and
// "RESULT key value" lines for bench/run-all.sh.
// Usage: validate-10k [repetitions] [steps]   (build with the release preset)
#include "benchdocument.h"
#include "document/document.h"
#include "validate/validator.h"

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>
#include <yaml-cpp/yaml.h>

using namespace Kiln;

namespace {

template <typename F> double medianMs(int repetitions, F &&f)
{
    std::vector<double> ms;
    for (int r = 0; r < repetitions; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const int steps = argc > 2 ? std::max(10, std::atoi(argv[2])) : 10000;
    const QByteArray text = Bench::generateDocument(steps);
    const std::string stdText = text.toStdString();

    // Sanity: the generated document is valid, so the validator does its full work.
    ValidationOptions options;
    options.osPlatform = QStringLiteral("linux");
    const Validator validator(options);
    const Diagnostics check =
        validator.validate(Document::fromText(text, QStringLiteral("b.yaml")));
    int errors = 0;
    for (const Diagnostic &d : check) {
        if (d.isError() && errors++ < 5)
            std::printf("unexpected: %d:%d %s %s\n", d.location.line, d.location.column,
                        qPrintable(d.code), qPrintable(d.message));
    }

    std::size_t sink = 0;
    const double yaml = medianMs(repetitions, [&] { sink += YAML::Load(stdText).size(); });
    const double kiln = medianMs(repetitions, [&] {
        sink += validator.validate(Document::fromText(text, QStringLiteral("b.yaml"))).size();
    });
    std::printf("document: %d steps, %lld bytes, %d errors (expected 0)\n", steps,
                static_cast<long long>(text.size()), errors);
    std::printf("yaml-cpp YAML::Load:                      %8.1f ms (median of %d)\n", yaml,
                repetitions);
    std::printf("Validator::validate(Document::fromText):  %8.1f ms (median of %d)\n", kiln,
                repetitions);
    std::printf("ratio: %.2fx (goal <= 2x)%s\n", kiln / yaml, sink ? "" : " ");
    std::printf("RESULT validate_ms %.2f\nRESULT yamlcpp_ms %.2f\n", kiln, yaml);
    return errors ? 1 : 0;
}
