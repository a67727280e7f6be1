// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Benchmark (not a test): `kiln lsp` on a 10,000-step document. The real
// server process is driven over stdin/stdout like an editor does: after the
// document is open, a character is typed at the end of an `action:` line in
// the middle (alternately "x", which makes the action unknown, and its
// deletion) as an incremental didChange, and the time until the
// publishDiagnostics of that version arrives is measured: the server's
// debounce (25 ms by default), incremental re-parse, validation and the
// conversion to JSON, until its last byte is read (the client's own parsing
// of the message is not counted). Goal: <= 100 ms. Baseline, in the same run: a hover
// request's round trip on the same server and document (the protocol floor).
// ShellCheck is off (--no-lint): its findings come later anyway, and its
// process would compete for the cores between edits.
// Prints "RESULT key value" lines for bench/run-all.sh.
// Usage: lsp-latency KILN [edits] [steps]
#include "benchdocument.h"
#include "lspclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QJsonObject pos(int line, int character)
{
    return {{u"line"_s, line}, {u"character"_s, character}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: lsp-latency KILN [edits] [steps]\n");
        return 2;
    }
    const QString kiln = QString::fromLocal8Bit(argv[1]);
    const int edits = argc > 2 ? std::max(2, std::atoi(argv[2])) : 20;
    const int steps = argc > 3 ? std::max(10, std::atoi(argv[3])) : 10000;
    const QString text = QString::fromUtf8(Kiln::Bench::generateDocument(steps));
    const QStringList lines = text.split(u'\n');
    // An `action:` line in the middle of the document.
    int target = int(lines.size() / 2);
    while (target < lines.size() && !lines[target].trimmed().startsWith(u"action: ExecuteBash"))
        ++target;
    if (target == lines.size()) {
        std::fprintf(stderr, "no ExecuteBash step in the second half of the document\n");
        return 1;
    }
    const int endOfLine = int(lines[target].size());
    const QString uri = u"file:///bench/lsp-latency.yaml"_s;

    KilnTest::LspClient client(kiln, {u"lsp"_s, u"--no-lint"_s});
    client.call(u"initialize"_s, {{u"capabilities"_s, QJsonObject{}}});
    client.notify(u"initialized"_s);
    qint64 arrived = 0; // when the last publishDiagnostics was read, before parsing it
    const auto published = [&](int version) {
        return client.waitFor(
            [&](const QJsonObject &m) {
                return m.value(u"method"_s) == u"textDocument/publishDiagnostics"_s &&
                       m.value(u"params"_s).toObject().value(u"version"_s).toInt() == version;
            },
            60000, &arrived);
    };
    QElapsedTimer timer;
    timer.start();
    client.notify(u"textDocument/didOpen"_s,
                  {{u"textDocument"_s, QJsonObject{{u"uri"_s, uri},
                                                   {u"languageId"_s, u"yaml"_s},
                                                   {u"version"_s, 1},
                                                   {u"text"_s, text}}}});
    const QJsonObject first = published(1);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    if (first.isEmpty()) {
        std::fprintf(stderr, "no diagnostics after opening the document\n");
        return 1;
    }
    const int initialProblems =
        int(first.value(u"params"_s).toObject().value(u"diagnostics"_s).toArray().size());

    std::vector<double> change;
    std::vector<double> hover;
    int wrong = 0;
    for (int i = 0; i < edits; ++i) {
        const int version = i + 2;
        const bool type = i % 2 == 0; // type "x", then delete it
        const QJsonObject range{{u"start"_s, pos(target, endOfLine)},
                                {u"end"_s, pos(target, type ? endOfLine : endOfLine + 1)}};
        const qint64 sent = client.clock();
        client.notify(u"textDocument/didChange"_s,
                      {{u"textDocument"_s, QJsonObject{{u"uri"_s, uri}, {u"version"_s, version}}},
                       {u"contentChanges"_s,
                        QJsonArray{QJsonObject{{u"range"_s, range},
                                               {u"text"_s, type ? u"x"_s : QString()}}}}});
        const QJsonObject got = published(version);
        change.push_back(double(arrived - sent) / 1e6);
        const int problems =
            int(got.value(u"params"_s).toObject().value(u"diagnostics"_s).toArray().size());
        if (problems != initialProblems + (type ? 1 : 0))
            ++wrong; // the edit was not seen as it should be

        timer.restart();
        client.call(u"textDocument/hover"_s, {{u"textDocument"_s, QJsonObject{{u"uri"_s, uri}}},
                                              {u"position"_s, pos(target, 10)}});
        hover.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    client.call(u"shutdown"_s);
    client.notify(u"exit"_s);

    const double latency = median(change);
    const double floor = median(hover);
    std::printf("document: %d steps, %lld lines; edits: %d (%d with unexpected diagnostics)\n",
                steps, static_cast<long long>(lines.size()), edits, wrong);
    std::printf("didOpen -> diagnostics (full parse):        %8.1f ms\n", openMs);
    std::printf("didChange -> diagnostics (median):          %8.1f ms (max %.1f; goal <= 100 ms)\n",
                latency, *std::max_element(change.begin(), change.end()));
    std::printf("hover round trip (median, the floor):       %8.1f ms\n", floor);
    std::printf(
        "RESULT lsp_change_ms %.2f\nRESULT lsp_change_max_ms %.2f\nRESULT lsp_hover_ms %.2f\n"
        "RESULT lsp_open_ms %.2f\n",
        latency, *std::max_element(change.begin(), change.end()), floor, openMs);
    return wrong ? 1 : 0;
}
