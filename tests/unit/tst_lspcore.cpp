// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The transport-independent parts of the language server: JSON-RPC framing
// (split and merged chunks, broken headers, resynchronisation), the symbol
// index behind definition/references/rename, and LSP position conversion.
#include "document/document.h"
#include "lsp/documentindex.h"
#include "lsp/jsonrpc.h"
#include "lsp/lspconvert.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kiln;
using namespace Kiln::Lsp;

namespace {

QByteArray framed(const QByteArray &body)
{
    return "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QStringList bodies(const std::vector<Incoming> &in)
{
    QStringList out;
    for (const Incoming &i : in)
        out << (i.framingError.isEmpty() ? QString::fromUtf8(i.body) : u"ERROR"_s);
    return out;
}

} // namespace

class TestLspCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerSplitsAndJoins()
    {
        MessageReader reader;
        const QByteArray stream = framed("{\"a\":1}") + framed("{\"b\":\"\xc3\xa4\"}");
        // Byte by byte: each message comes out once it is complete.
        QStringList got;
        for (char c : stream)
            got << bodies(reader.feed(QByteArray(1, c)));
        QCOMPARE(got, (QStringList{u"{\"a\":1}"_s, u"{\"b\":\"ä\"}"_s}));
        // All at once, with an extra header.
        const QByteArray typed =
            "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + framed("{}");
        QCOMPARE(bodies(reader.feed(stream + typed)),
                 (QStringList{u"{\"a\":1}"_s, u"{\"b\":\"ä\"}"_s, u"{}"_s}));
    }

    void readerRecoversFromBrokenFraming()
    {
        MessageReader reader;
        QCOMPARE(bodies(reader.feed("Content-Length: x\r\n\r\n{\"lost\":1}" + framed("{}"))),
                 (QStringList{u"ERROR"_s, u"{}"_s}));
        QCOMPARE(bodies(reader.feed("no header at all\r\n\r\ngarbage" + framed("[]"))),
                 (QStringList{u"ERROR"_s, u"[]"_s}));
        // Larger than the limit: refused and skipped without buffering it.
        QCOMPARE(bodies(reader.feed("Content-Length: 99999999999\r\n\r\n")),
                 QStringList{u"ERROR"_s});
    }

    void indexFindsStepsAndVariables()
    {
        const Document doc = Document::fromText(
            "parameters:\n  - Version:\n      type: string\n"
            "phases:\n  - name: build\n    steps:\n      - name: Get\n"
            "        action: ExecuteBash\n        inputs:\n"
            "          commands: ['echo {{ Version }}']\n"
            "      - name: Use\n        action: ExecuteBash\n        inputs:\n"
            "          commands:\n            - \"echo {{ build.Get.outputs.stdout }}\"\n"
            "  - name: test\n    steps:\n      - name: Get\n        action: UpdateOS\n",
            u"t.yaml"_s);
        const DocumentIndex index(doc);
        // The reference's step segment, on line 15: `            - "echo {{ build.Get`.
        const Occurrence *ref = index.at(Mark{15, 30});
        QVERIFY(ref);
        QCOMPARE(ref->kind, Occurrence::Kind::StepReference);
        QCOMPARE(ref->name, u"Get"_s);
        QCOMPARE(ref->start.column, 30);
        // Its declaration is build's Get, not test's.
        const Occurrence *declaration = index.declarationOf(*ref);
        QVERIFY(declaration);
        QCOMPARE(declaration->start.line, 7);
        QCOMPARE(declaration->start.column, 15);
        QCOMPARE(index.occurrencesOf(*ref, true).size(), size_t(2));
        QCOMPARE(index.occurrencesOf(*ref, false).size(), size_t(1));
        // From the phase part of the reference too.
        QCOMPARE(index.at(Mark{15, 25}), ref);
        // A parameter and its use in a quoted scalar.
        const Occurrence *version = index.at(Mark{10, 33});
        QVERIFY(version);
        QCOMPARE(version->kind, Occurrence::Kind::VariableReference);
        QCOMPARE(index.declarationOf(*version)->start.line, 2);
        QVERIFY(!index.at(Mark{1, 1}));
    }

    void rangesAreUtf16()
    {
        const SourceLines lines(u"a\U0001F600bc d\n"_s);
        // Column 3 (b) is UTF-16 character 3; a length-0 range runs to the space.
        QCOMPARE(range(lines, Mark{1, 3}, 0),
                 (QJsonObject{{u"start"_s, QJsonObject{{u"line"_s, 0}, {u"character"_s, 3}}},
                              {u"end"_s, QJsonObject{{u"line"_s, 0}, {u"character"_s, 5}}}}));
        QCOMPARE(markOf(lines, {{u"line"_s, 0}, {u"character"_s, 3}}).column, 3);
        QCOMPARE(severity(Severity::Hint), 4);
    }
};

QTEST_GUILESS_MAIN(TestLspCore)
#include "tst_lspcore.moc"
