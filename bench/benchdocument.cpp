// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "benchdocument.h"

namespace Kiln::Bench {

// Varied actions, parameters, chaining, loops, conditions and block scalars,
// in the proportions of the corpus (ExecuteBash first).
QByteArray generateDocument(int steps)
{
    QByteArray y = "name: bench\ndescription: generated for the benchmarks\nschemaVersion: 1.0\n"
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

} // namespace Kiln::Bench
