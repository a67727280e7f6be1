// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Loops: parsing with positioned problems, `for` arithmetic (inclusive,
// negative steps, extremes), forEach substitution and Go-style splitting.
#include "document/document.h"
#include "expr/loop.h"

#include <QTest>
#include <limits>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

// Parses `loop:` from a one-key document.
struct Parsed
{
    Document doc;
    LoopParseResult result;
};

Parsed parse(const QByteArray &loopYaml)
{
    Document doc = Document::fromText("loop:\n" + loopYaml, u"t.yaml"_s);
    const YamlNode *loop = doc.root() ? doc.root()->value(u"loop") : nullptr;
    LoopParseResult r = loop ? parseLoop(*loop) : LoopParseResult{};
    return Parsed{std::move(doc), std::move(r)};
}

QStringList issues(const LoopParseResult &r)
{
    QStringList out;
    for (const ExprIssue &i : r.issues)
        out << u"%1:%2:%3"_s.arg(i.mark.line).arg(i.mark.column).arg(QString::fromLatin1(i.code));
    return out;
}

QStringList values(const LoopIterations &it)
{
    QStringList out;
    for (qint64 k = 0; k < it.count(); ++k) {
        const LoopIteration i = it.at(k);
        out << u"%1=%2"_s.arg(i.index).arg(i.value);
    }
    return out;
}

} // namespace

class TestLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected"); // line:column:code, line 1 is `loop:`

        QTest::newRow("valid for")
            << QByteArray("  for: {start: 1, end: 5, updateBy: 2}\n") << QStringList{};
        QTest::newRow("valid forEach")
            << QByteArray("  name: x\n  forEach: [a, '{{ P }}']\n") << QStringList{};
        QTest::newRow("valid delimited")
            << QByteArray("  forEach:\n    list: '{{ P }}'\n    delimiter: \"\\n\"\n")
            << QStringList{};
        QTest::newRow("both") << QByteArray(
                                     "  for: {start: 1, end: 2, updateBy: 1}\n  forEach: [a]\n")
                              << QStringList{u"3:3:K5001"_s};
        QTest::newRow("neither") << QByteArray("  name: x\n") << QStringList{u"2:3:K5001"_s};
        QTest::newRow("unknown key")
            << QByteArray("  forEach: [a]\n  nmae: x\n") << QStringList{u"3:3:K2005"_s};
        QTest::newRow("not integer")
            << QByteArray("  for:\n    start: 1.5\n    end: 2\n    updateBy: 1\n")
            << QStringList{u"3:12:K5002"_s};
        QTest::newRow("missing end")
            << QByteArray("  for:\n    start: 1\n    updateBy: 1\n") << QStringList{u"3:5:K5002"_s};
        QTest::newRow("reference in bound")
            << QByteArray("  for:\n    start: 1\n    end: '{{ N }}'\n    updateBy: 1\n")
            << QStringList{u"4:10:K4012"_s};
        QTest::newRow("zero step") << QByteArray("  for: {start: 1, end: 5, updateBy: 0}\n")
                                   << QStringList{u"2:37:K5003"_s};
        QTest::newRow("wrong direction up")
            << QByteArray("  for: {start: 5, end: 1, updateBy: 1}\n")
            << QStringList{u"2:37:K5004"_s};
        QTest::newRow("wrong direction down")
            << QByteArray("  for: {start: 1, end: 5, updateBy: -1}\n")
            << QStringList{u"2:37:K5004"_s};
        QTest::newRow("empty list")
            << QByteArray("  forEach: []\n") << QStringList{u"2:12:K5005"_s};
        QTest::newRow("list item map")
            << QByteArray("  forEach:\n    - a\n    - {b: c}\n") << QStringList{u"4:7:K5006"_s};
        QTest::newRow("two-char delimiter")
            << QByteArray("  forEach:\n    list: a,b\n    delimiter: ',,'\n")
            << QStringList{u"4:16:K5007"_s};
        QTest::newRow("plain backslash n")
            << QByteArray("  forEach:\n    list: a\n    delimiter: \\n\n")
            << QStringList{u"4:16:K5007"_s};
        QTest::newRow("delimiter reference")
            << QByteArray("  forEach:\n    list: a\n    delimiter: '{{ D }}'\n")
            << QStringList{u"4:16:K4012"_s};
        QTest::newRow("no list") << QByteArray("  forEach:\n    delimiter: ','\n")
                                 << QStringList{u"3:5:K5005"_s};
        QTest::newRow("loop not a map") << QByteArray("  - a\n") << QStringList{u"2:3:K2006"_s};
    }

    void problems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const Parsed p = parse(yaml);
        QVERIFY2(p.doc.parseDiagnostics().empty(), "test YAML must parse");
        QCOMPARE(issues(p.result), expected);
        QCOMPARE(p.result.spec.has_value(),
                 expected.isEmpty() || expected == QStringList{u"3:3:K2005"_s});
    }

    void forIterations_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("updateBy");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("step 2 stops before end")
            << qint64(1) << qint64(6) << qint64(2) << QStringList{u"0=1"_s, u"1=3"_s, u"2=5"_s};
        QTest::newRow("inclusive end")
            << qint64(1) << qint64(5) << qint64(2) << QStringList{u"0=1"_s, u"1=3"_s, u"2=5"_s};
        QTest::newRow("one iteration")
            << qint64(7) << qint64(7) << qint64(3) << QStringList{u"0=7"_s};
        QTest::newRow("counting down")
            << qint64(2) << qint64(-2) << qint64(-2) << QStringList{u"0=2"_s, u"1=0"_s, u"2=-2"_s};
        QTest::newRow("wrong direction is empty")
            << qint64(5) << qint64(1) << qint64(1) << QStringList{};
    }

    void forIterations()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(qint64, updateBy);
        QFETCH(QStringList, expected);
        LoopSpec spec;
        spec.kind = LoopSpec::Kind::For;
        spec.start = start;
        spec.end = end;
        spec.updateBy = updateBy;
        QCOMPARE(values(expandLoop(spec, {})), expected);
    }

    void guideExample()
    {
        // §3.1: start 100000, end 1000000, updateBy 100000 → 10 iterations.
        const Parsed p = parse("  for: {start: 100000, end: 1000000, updateBy: 100000}\n");
        QVERIFY(p.result.spec);
        const LoopIterations it = expandLoop(*p.result.spec, {});
        QCOMPARE(it.count(), qint64(10));
        QCOMPARE(it.at(9).value, u"1000000"_s);
        QCOMPARE(it.at(0).value, u"100000"_s);
    }

    void extremesDoNotOverflow()
    {
        LoopSpec spec;
        spec.start = std::numeric_limits<qint64>::min();
        spec.end = std::numeric_limits<qint64>::max();
        spec.updateBy = std::numeric_limits<qint64>::max();
        const LoopIterations it = expandLoop(spec, {});
        QCOMPARE(it.count(), qint64(3));
        QCOMPARE(it.at(2).value, QString::number(std::numeric_limits<qint64>::max() - 1));
        spec.updateBy = 1; // 2^64 iterations: the count saturates instead of wrapping to 0
        QCOMPARE(expandLoop(spec, {}).count(), std::numeric_limits<qint64>::max());
    }

    void forEachSubstitutes()
    {
        const Parsed p = parse("  name: pkgs\n  forEach:\n    - curl\n    - '{{ Pkg }}'\n");
        QVERIFY(p.result.spec);
        QCOMPARE(p.result.spec->name, u"pkgs"_s);
        int calls = 0;
        const LoopIterations it = expandLoop(*p.result.spec, [&](const QString &s) {
            ++calls;
            return QString(s).replace(u"{{ Pkg }}"_s, u"jq"_s);
        });
        QCOMPARE(values(it), (QStringList{u"0=curl"_s, u"1=jq"_s}));
        QCOMPARE(calls, 2); // once per item, before the loop runs
    }

    void delimitedSplit()
    {
        const Parsed p = parse("  forEach:\n    list: '{{ Hosts }}'\n    delimiter: ';'\n");
        QVERIFY(p.result.spec);
        QCOMPARE(p.result.spec->delimiter, QChar(u';'));
        const auto sub = [](const QString &) { return u"a;;b;"_s; };
        QCOMPARE(values(expandLoop(*p.result.spec, sub)),
                 (QStringList{u"0=a"_s, u"1="_s, u"2=b"_s, u"3="_s}));
        QCOMPARE(values(expandLoop(*p.result.spec, sub, LoopSplit::DropEmpty)),
                 (QStringList{u"0=a"_s, u"1=b"_s}));
    }

    void goSplit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << u"a,b,c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("no trim") << u" a , b"_s << QStringList{u" a "_s, u" b"_s};
        QTest::newRow("empty string") << QString() << QStringList{QString()};
        QTest::newRow("only delimiter") << u","_s << QStringList{QString(), QString()};
        QTest::newRow("trailing") << u"a,"_s << QStringList{u"a"_s, QString()};
    }

    void goSplit()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const std::vector<QString> parts = Kiln::goSplit(text, u',');
        QCOMPARE(QStringList(parts.begin(), parts.end()), expected);
    }
};

QTEST_GUILESS_MAIN(TestLoop)
#include "tst_loop.moc"
