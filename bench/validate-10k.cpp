// Benchmark (not a test): validating a 10,000-step document against parsing
// the same text with bare yaml-cpp (`YAML::Load`), in the same run. Prints the
// median of several repetitions of each and their ratio (goal: <= 2x).
// Usage: validate-10k [repetitions] [steps]   (build with the release preset)
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

// Varied actions, parameters, chaining, loops, conditions and block scalars,
// in the proportions of the corpus (ExecuteBash first).
QByteArray generate(int steps)
{
    QByteArray y = "name: bench\ndescription: 10k steps\nschemaVersion: 1.0\n"
                   "parameters:\n  - Greeting:\n      type: string\n      default: hello\n"
                   "constants:\n  - Folder:\n      type: string\n      value: /tmp/kiln-bench\n"
                   "phases:\n  - name: build\n    steps:\n";
    for (int i = 0; i < steps; ++i) {
        const QByteArray n = QByteArray::number(i);
        y += "      - name: Step" + n + "\n";
        switch (i % 6) {
        case 0:
            y += "        action: ExecuteBash\n        inputs:\n          commands:\n"
                 "            - echo \"{{ Greeting }} " +
                 n +
                 "\"\n"
                 "            - |\n              mkdir -p {{ Folder }}/" +
                 n + "\n              ls {{ Folder }}\n";
            break;
        case 1:
            y += "        action: ExecuteBash\n        loop:\n          name: loop" + n +
                 "\n          forEach:\n            - a\n            - b\n"
                 "        inputs:\n          commands:\n"
                 "            - echo {{ loop" +
                 n + ".value }} {{ loop" + n + ".index }}\n";
            break;
        case 2:
            y += "        action: CreateFile\n        inputs:\n"
                 "          - path: '{{ Folder }}/f" +
                 n +
                 ".txt'\n"
                 "            content: '{{ build.Step" +
                 QByteArray::number(i - 2) + ".outputs.stdout }}'\n            overwrite: true\n";
            break;
        case 3:
            y += "        action: ExecuteBash\n        timeoutSeconds: 60\n"
                 "        onFailure: Continue\n        maxAttempts: 2\n"
                 "        loop:\n          for:\n            start: 1\n            end: 3\n"
                 "            updateBy: 1\n"
                 "        inputs:\n          commands: ['echo {{ loop.value }}']\n";
            break;
        case 4:
            y += "        action: ExecuteBash\n        if:\n          and:\n"
                 "            - stringEquals: '{{ Greeting }}'\n              value: hello\n"
                 "            - not:\n                fileExists: /etc/nothing" +
                 n +
                 "\n"
                 "        inputs:\n          commands:\n            - 'true'\n";
            break;
        default:
            y += "        action: DeleteFile\n        inputs:\n"
                 "          - path: '{{ Folder }}/f" +
                 QByteArray::number(i - 3) + ".txt'\n";
            break;
        }
    }
    return y;
}

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
    const QByteArray text = generate(steps);
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
    return errors ? 1 : 0;
}
