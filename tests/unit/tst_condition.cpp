// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Conditions: parsing (every published form, positioned problems), the
// comparison semantics of §4.2 with the published examples, exact number
// comparison, short-circuiting, then/else, and the real file-system answers.
#include "document/document.h"
#include "expr/condition.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    Document doc;
    ConditionParseResult result;
};

Parsed parse(const QByteArray &yaml, ConditionContext context = ConditionContext::StepIf)
{
    Document doc = Document::fromText("if:\n" + yaml, u"t.yaml"_s);
    const YamlNode *node = doc.root() ? doc.root()->value(u"if") : nullptr;
    ConditionParseResult r = node ? parseCondition(*node, context) : ConditionParseResult{};
    return Parsed{std::move(doc), std::move(r)};
}

QStringList issues(const ConditionParseResult &r)
{
    QStringList out;
    for (const ExprIssue &i : r.issues)
        out << u"%1:%2:%3"_s.arg(i.mark.line).arg(i.mark.column).arg(QString::fromLatin1(i.code));
    return out;
}

// Answers from tables; records what was asked, to check short-circuiting.
class FakeEnvironment : public ConditionEnvironment
{
public:
    QString substitute(const QString &text) override
    {
        QString out = text;
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            out.replace(u"{{ "_s + it.key() + u" }}"_s, it.value());
        return out;
    }
    bool fileExists(const QString &path) override
    {
        asked << path;
        return files.contains(path);
    }
    bool folderExists(const QString &path) override
    {
        asked << path;
        return folders.contains(path);
    }
    bool binaryExists(const QString &name) override
    {
        asked << name;
        return binaries.contains(name);
    }
    std::optional<QString> fileHash(const QString &path, QCryptographicHash::Algorithm) override
    {
        asked << path;
        if (!hashes.contains(path))
            return std::nullopt;
        return hashes.value(path);
    }

    QMap<QString, QString> variables;
    QStringList files, folders, binaries, asked;
    QMap<QString, QString> hashes;
};

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("context"); // 0 if, 1 Assert
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("mapping form")
            << QByteArray("  fileExists: /etc/x\n  then: Skip\n  else: Execute\n") << 0
            << QStringList{};
        QTest::newRow("list form") << QByteArray("  - binaryExists: dnf\n") << 0 << QStringList{};
        QTest::newRow("and with not mapping")
            << QByteArray(
                   "  and:\n    - binaryExists: apt-get\n    - not:\n        binaryExists: unzip\n")
            << 0 << QStringList{};
        QTest::newRow("not as list of one")
            << QByteArray("  not:\n    - fileExists: /x\n") << 0 << QStringList{};
        QTest::newRow("value operand")
            << QByteArray("  stringEquals: s3\n  value: '{{ x }}'\n") << 0 << QStringList{};
        QTest::newRow("hash with path")
            << QByteArray("  fileSHA256Equals: abc\n  path: /bin/sh\n") << 1 << QStringList{};
        QTest::newRow("two operators") << QByteArray("  fileExists: /a\n  folderExists: /b\n") << 0
                                       << QStringList{u"3:3:K6001"_s};
        QTest::newRow("no operator")
            << QByteArray("  then: Skip\n") << 0 << QStringList{u"2:3:K6001"_s};
        QTest::newRow("list of two") << QByteArray("  - fileExists: /a\n  - fileExists: /b\n") << 0
                                     << QStringList{u"2:3:K6001"_s};
        QTest::newRow("typo stringlessThan")
            << QByteArray("  stringlessThan: a\n  value: b\n") << 0 << QStringList{u"2:3:K6002"_s};
        QTest::newRow("bad then") << QByteArray("  fileExists: /a\n  then: skip\n") << 0
                                  << QStringList{u"3:9:K6003"_s};
        QTest::newRow("then in Assert")
            << QByteArray("  fileExists: /a\n  then: Skip\n") << 1 << QStringList{u"3:3:K6008"_s};
        QTest::newRow("then nested") << QByteArray("  not:\n    fileExists: /a\n    then: Skip\n")
                                     << 0 << QStringList{u"4:5:K6008"_s};
        QTest::newRow("missing value")
            << QByteArray("  stringEquals: a\n") << 0 << QStringList{u"2:3:K6005"_s};
        QTest::newRow("missing path")
            << QByteArray("  fileMD5Equals: abc\n") << 0 << QStringList{u"2:3:K6005"_s};
        QTest::newRow("value on single")
            << QByteArray("  fileExists: /a\n  value: x\n") << 0 << QStringList{u"3:3:K6008"_s};
        QTest::newRow("number baseline") << QByteArray("  numberEquals: abc\n  value: '1'\n") << 0
                                         << QStringList{u"2:17:K6006"_s};
        QTest::newRow("literal value not a number")
            << QByteArray("  numberEquals: 1\n  value: a10\n") << 0 << QStringList{u"3:10:K6006"_s};
        QTest::newRow("bad regex") << QByteArray("  patternMatches: '([a-z'\n  value: x\n") << 0
                                   << QStringList{u"2:19:K6007"_s};
        QTest::newRow("lookahead") << QByteArray("  patternMatches: 'a(?=b)'\n  value: x\n") << 0
                                   << QStringList{u"2:19:K6007"_s};
        QTest::newRow("possessive") << QByteArray("  patternMatches: 'a++'\n  value: x\n") << 0
                                    << QStringList{u"2:19:K6007"_s};
        QTest::newRow("escaped plus is fine")
            << QByteArray("  patternMatches: '\\++'\n  value: x\n") << 0 << QStringList{};
        QTest::newRow("RE2-compatible")
            << QByteArray("  patternMatches: '^s3:\\/\\/.*\\/.*$'\n  value: x\n") << 0
            << QStringList{};
        QTest::newRow("empty and") << QByteArray("  and: []\n") << 0 << QStringList{u"2:8:K6009"_s};
        QTest::newRow("not of two")
            << QByteArray("  not:\n    - fileExists: /a\n    - fileExists: /b\n") << 0
            << QStringList{u"2:3:K6009"_s};
        QTest::newRow("depth 4 ok") << QByteArray("  and:\n    - or:\n        - not:\n            "
                                                  "and:\n              - fileExists: /a\n")
                                    << 0 << QStringList{};
        QTest::newRow("depth 5")
            << QByteArray(
                   "  and:\n    - or:\n        - not:\n            and:\n              - not:\n"
                   "                  fileExists: /a\n")
            << 0 << QStringList{u"6:17:K6004"_s};
        QTest::newRow("baseline reference") << QByteArray("  stringEquals: '{{ X }}'\n  value: a\n")
                                            << 0 << QStringList{u"2:17:K4012"_s};
    }

    void problems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, context);
        QFETCH(QStringList, expected);
        const Parsed p = parse(yaml, context ? ConditionContext::Assert : ConditionContext::StepIf);
        QVERIFY2(p.doc.parseDiagnostics().empty(), "test YAML must parse");
        QCOMPARE(issues(p.result), expected);
    }

    void typoSuggestsOperator()
    {
        const Parsed p = parse("  stringlessThan: a\n  value: b\n");
        QCOMPARE(p.result.issues.size(), size_t(1));
        QVERIFY2(p.result.issues.front().message.contains(u"stringLessThan"_s),
                 qPrintable(p.result.issues.front().message));
    }

    void evaluates_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("expected");

        // The published examples of §4.2 (value OP baseline).
        QTest::newRow("stringIsEmpty empty") << QByteArray("  stringIsEmpty: ''\n") << true;
        QTest::newRow("stringIsEmpty space") << QByteArray("  stringIsEmpty: ' '\n") << false;
        QTest::newRow("whitespace spaces") << QByteArray("  stringIsWhitespace: '   '\n") << true;
        QTest::newRow("whitespace empty") << QByteArray("  stringIsWhitespace: ''\n") << false;
        QTest::newRow("whitespace text")
            << QByteArray("  stringIsWhitespace: ' Hello?'\n") << false;
        QTest::newRow("equals ignores case")
            << QByteArray("  stringEquals: 'Hello'\n  value: 'hELLO'\n") << true;
        QTest::newRow("equals no trim")
            << QByteArray("  stringEquals: 'x'\n  value: '  x'\n") << false;
        QTest::newRow("greaterThan")
            << QByteArray("  stringGreaterThan: 'a'\n  value: 'b'\n") << true;
        QTest::newRow("lessThan digits first")
            << QByteArray("  stringLessThan: 'a'\n  value: '0'\n") << true;
        QTest::newRow("lessThan A a disputed")
            << QByteArray("  stringLessThan: 'A'\n  value: 'a'\n") << false;
        QTest::newRow("lessThanEquals A a")
            << QByteArray("  stringLessThanEquals: 'A'\n  value: 'a'\n") << true;
        QTest::newRow("greaterThanEquals")
            << QByteArray("  stringGreaterThanEquals: 'a'\n  value: 'A'\n") << true;
        QTest::newRow("pattern case-insensitive")
            << QByteArray("  patternMatches: '^[a-z]+$'\n  value: 'ThisIsValue'\n") << true;
        QTest::newRow("pattern unanchored")
            << QByteArray("  patternMatches: 'b+'\n  value: 'abbc'\n") << true;
        QTest::newRow("pattern no match")
            << QByteArray("  patternMatches: '^s3://'\n  value: 'https://x'\n") << false;
        QTest::newRow("numberLessThan 1.9")
            << QByteArray("  numberLessThan: 2\n  value: 1.9\n") << true;
        QTest::newRow("numberLessThan '2'")
            << QByteArray("  numberLessThan: 2\n  value: '2'\n") << false;
        QTest::newRow("numberLessThanEquals '2'")
            << QByteArray("  numberLessThanEquals: 2\n  value: '2'\n") << true;
        QTest::newRow("numberGreaterThanEquals 0.8")
            << QByteArray("  numberGreaterThanEquals: 1\n  value: 0.8\n") << false;
        QTest::newRow("numberEquals '1' 1")
            << QByteArray("  numberEquals: '1'\n  value: 1\n") << true;
        QTest::newRow("numberEquals 5.0")
            << QByteArray("  numberEquals: 5.0\n  value: 5.0\n") << true;
        QTest::newRow("numberEquals -1") << QByteArray("  numberEquals: -1\n  value: -1\n") << true;
        QTest::newRow("number string 1.0")
            << QByteArray("  numberEquals: 1\n  value: '1.0'\n") << true;
        QTest::newRow("number not numeric")
            << QByteArray("  numberEquals: 10\n  value: 'a10'\n") << false;
        QTest::newRow("number exact beyond double")
            << QByteArray("  numberLessThan: '9007199254740993'\n  value: '9007199254740992'\n")
            << true;
        QTest::newRow("number exact decimals")
            << QByteArray("  numberLessThan: '0.30000000000000001'\n  value: '0.3'\n") << true;
        QTest::newRow("yaml exponent")
            << QByteArray("  numberEquals: 1e3\n  value: '1000'\n") << true;
        QTest::newRow("quoted exponent is text")
            << QByteArray("  numberEquals: 1000\n  value: '1e3'\n") << false;
        QTest::newRow("substituted value")
            << QByteArray("  stringEquals: s3\n  value: '{{ Kind }}'\n") << true;
        QTest::newRow("binary") << QByteArray("  binaryExists: dnf\n") << true;
        QTest::newRow("file") << QByteArray("  fileExists: /etc/missing\n") << false;
        QTest::newRow("folder substituted") << QByteArray("  folderExists: '{{ Dir }}'\n") << true;
        QTest::newRow("hash case-insensitive")
            << QByteArray("  fileMD5Equals: ABCDEF\n  path: /f\n") << true;
        QTest::newRow("hash missing file")
            << QByteArray("  fileMD5Equals: abcdef\n  path: /nope\n") << false;
        QTest::newRow("and")
            << QByteArray(
                   "  and:\n    - binaryExists: dnf\n    - not:\n        binaryExists: unzip\n")
            << true;
        QTest::newRow("or none") << QByteArray(
                                        "  or:\n    - fileExists: /a\n    - fileExists: /b\n")
                                 << false;
    }

    void evaluates()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, expected);
        const Parsed p = parse(yaml);
        QVERIFY2(p.result.condition, qPrintable(issues(p.result).join(u' ')));
        FakeEnvironment env;
        env.variables = {{u"Kind"_s, u"S3"_s}, {u"Dir"_s, u"/opt"_s}};
        env.binaries = {u"dnf"_s};
        env.folders = {u"/opt"_s};
        env.hashes = {{u"/f"_s, u"abcdef"_s}};
        QCOMPARE(evaluate(p.result.condition->expression, env), expected);
    }

    void shortCircuits()
    {
        const Parsed p = parse("  or:\n    - fileExists: /first\n    - fileExists: /second\n");
        QVERIFY(p.result.condition);
        FakeEnvironment env;
        env.files = {u"/first"_s};
        QVERIFY(evaluate(p.result.condition->expression, env));
        QCOMPARE(env.asked, QStringList{u"/first"_s});

        const Parsed q = parse("  and:\n    - fileExists: /first\n    - fileExists: /second\n");
        FakeEnvironment none;
        QVERIFY(!evaluate(q.result.condition->expression, none));
        QCOMPARE(none.asked, QStringList{u"/first"_s});
    }

    void thenElse()
    {
        const Parsed p = parse("  fileExists: /etc/my_config\n  then: Skip\n  else: Abort\n");
        QVERIFY(p.result.condition);
        FakeEnvironment env;
        QCOMPARE(evaluate(*p.result.condition, env), StepAction::Abort);
        env.files = {u"/etc/my_config"_s};
        QCOMPARE(evaluate(*p.result.condition, env), StepAction::Skip);

        const Parsed d = parse("  fileExists: /x\n");
        FakeEnvironment empty;
        QCOMPARE(evaluate(*d.result.condition, empty), StepAction::Skip); // default: false → skip
    }

    void compareNumbers_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected"); // -1, 0, 1, or 2 for "not numbers"
        QTest::newRow("equal forms") << u"1.50"_s << u"01.5"_s << 0;
        QTest::newRow("zeros") << u"-0"_s << u"+0.000"_s << 0;
        QTest::newRow("negative") << u"-2"_s << u"-10"_s << 1;
        QTest::newRow("magnitude") << u"100"_s << u"99.999"_s << 1;
        QTest::newRow("small fraction") << u"0.001"_s << u"0.01"_s << -1;
        QTest::newRow("no leading dot") << u".5"_s << u"1"_s << 2;
        QTest::newRow("no trailing dot") << u"5."_s << u"1"_s << 2;
        QTest::newRow("no exponent in text") << u"1e3"_s << u"1"_s << 2;
        QTest::newRow("no spaces") << u" 1"_s << u"1"_s << 2;
    }

    void compareNumbers()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const std::optional<int> r = Kiln::compareNumbers(a, false, b, false);
        if (expected == 2) {
            QVERIFY(!r);
            return;
        }
        QVERIFY(r);
        QCOMPARE(*r < 0 ? -1 : *r > 0 ? 1 : 0, expected);
    }

    void realEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"f.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        ConditionEnvironment env;
        QVERIFY(env.fileExists(file));
        QVERIFY(!env.fileExists(dir.path()));
        QVERIFY(env.folderExists(dir.path()));
        QVERIFY(!env.folderExists(file));
        QCOMPARE(env.fileHash(file, QCryptographicHash::Md5),
                 u"b1946ac92492d2347c6235b4d2611184"_s);
        QVERIFY(!env.fileHash(dir.filePath(u"missing"_s), QCryptographicHash::Md5));
        QVERIFY(env.binaryExists(u"sh"_s));
        QVERIFY(!env.binaryExists(u"kiln-no-such-binary-xyz"_s));
        QVERIFY(!env.binaryExists(file)); // not executable
    }
};

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
