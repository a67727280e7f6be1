// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SecretMasker (the run's secret registry) and masked record copies: every shape
// of secret is masked in text and in JSON values (never by searching serialized
// JSON), multi-line secrets also line by line, short values and lines are left
// alone, and a report's nested executions (inputs/outputs held as JSON text)
// are masked value by value.
#include "aws/secretmasker.h"
#include "exec/recordmasking.h"
#include "kilnrun.h"

#include <QJsonDocument>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString Pem = u"-----BEGIN RSA PRIVATE KEY-----\n"
                    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
                    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onL\n"
                    "ab=\n"
                    "-----END RSA PRIVATE KEY-----\n"_s;

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestSecretMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksText_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"hunter2-secret"_s << u"pw=hunter2-secret!"_s << u"pw=****!"_s;
        QTest::newRow("regex metacharacters")
            << u"a.b*c+d?(e)[f]|h^$\\1"_s << u"x a.b*c+d?(e)[f]|h^$\\1 y aXbbc"_s
            << u"x **** y aXbbc"_s;
        QTest::newRow("unicode") << u"pässwörd-密码-✓🔑"_s << u"[pässwörd-密码-✓🔑]"_s << u"[****]"_s;
        QTest::newRow("quote and backslash")
            << u"pa\"ss\\word"_s << u"echo 'pa\"ss\\word'"_s << u"echo '****'"_s;
        // As a program prints it inside JSON (aws ssm get-parameter).
        QTest::newRow("JSON-escaped in output")
            << u"pa\"ss\\word"_s << u"{\"Value\": \"pa\\\"ss\\\\word\"}"_s
            << u"{\"Value\": \"****\"}"_s;
        QTest::newRow("stored with a newline, printed without")
            << u"s3cr3t-value\n"_s << u"value s3cr3t-value."_s << u"value ****."_s;
        QTest::newRow("PEM whole") << Pem << u"key:\n"_s + Pem + u"end"_s << u"key:\n****end"_s;
        // Output arrives line by line: each line of the key is masked alone.
        QTest::newRow("PEM line") << Pem << u"stdout: 4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onL"_s
                                  << u"stdout: ****"_s;
        QTest::newRow("PEM armour line") << Pem << u"-----END RSA PRIVATE KEY-----"_s << u"****"_s;
        // A line shorter than the minimum would mask "ab=" everywhere.
        QTest::newRow("PEM short line") << Pem << u"ab="_s << u"ab="_s;
        QTest::newRow("too short") << u"abc"_s << u"abc abc"_s << u"abc abc"_s;
        QTest::newRow("blank padded short") << u"  ab  "_s << u"  ab  "_s << u"  ab  "_s;
    }

    void masksText()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        SecretMasker secrets;
        secrets.add(secret);
        QCOMPARE(secrets.mask(text), expected);
        QCOMPARE(secrets.appearsIn(text), expected != text);
    }

    void longestFirst()
    {
        SecretMasker secrets;
        secrets.add(u"hunter2-secret"_s);
        secrets.add(u"hunter2-secret-longer"_s);
        QCOMPARE(secrets.mask(u"pw=hunter2-secret-longer and hunter2-secret"_s),
                 u"pw=**** and ****"_s);
        QCOMPARE(secrets.secrets(), (QStringList{u"hunter2-secret"_s, u"hunter2-secret-longer"_s}));
    }

    // JSON is masked value by value: in its serialized form a `"` or `\` of the
    // secret is escaped, and searching that text finds nothing.
    void masksJsonValues()
    {
        const QString secret = u"pa\"ss\\wo\nrd-line"_s;
        SecretMasker secrets;
        secrets.add(secret);
        const QJsonObject in{{u"commands"_s, QJsonArray{u"echo "_s + secret, 42, true}},
                             {u"nested"_s, QJsonObject{{u"value"_s, secret}}},
                             {u"other"_s, u"kept"_s}};
        const QJsonObject out = secrets.mask(in);
        QCOMPARE(out.value(u"commands"_s).toArray().at(0).toString(), u"echo ****"_s);
        QCOMPARE(out.value(u"commands"_s).toArray().at(1).toInt(), 42);
        QCOMPARE(out.value(u"nested"_s).toObject().value(u"value"_s).toString(), u"****"_s);
        QCOMPARE(out.value(u"other"_s).toString(), u"kept"_s);
        const QString text = compact(out);
        QVERIFY2(!text.contains(u"pa\\\"ss"_s) && !text.contains(u"wo\\nrd"_s), qPrintable(text));
    }

    // detailedoutput.json holds each step's inputs and outputs as JSON text, also
    // in the nested executions of an ExecuteDocument step.
    void maskedRecordsNestedReports()
    {
        const QString secret = u"pa\"ss\\word"_s;
        SecretMasker secrets;
        secrets.add(secret);
        StepRecord inner;
        inner.name = u"Inner"_s;
        inner.inputs = QJsonArray{QJsonObject{{u"commands"_s, QJsonArray{u"echo "_s + secret}}}};
        inner.outputs = QJsonArray{QJsonObject{{u"stdout"_s, secret}}};
        inner.failureMessage = u"bad password "_s + secret;
        PhaseRecord phase;
        phase.steps.push_back(inner);
        DocumentRecord doc;
        doc.phases.push_back(phase);
        ExecutionRecord nested;
        nested.documents.push_back(doc);

        StepRecord outer;
        outer.name = u"Outer"_s;
        outer.outputs = QJsonArray{QJsonObject{{u"stdout"_s, u"x "_s + secret}}};
        outer.detailedOutput = QJsonArray{toJson(nested)};
        outer.iterations.push_back(IterationRecord{0, secret, RunStatus::Success, 1});
        const StepRecord out = masked(outer, secrets);
        QCOMPARE(out.outputs.at(0).toObject().value(u"stdout"_s).toString(), u"x ****"_s);
        QCOMPARE(out.iterations.at(0).label, u"****"_s);
        const QString report = compact(out.detailedOutput);
        QVERIFY2(!report.contains(u"pa\\\\\\\"ss"_s) && !report.contains(u"ss\\\\\\\\word"_s),
                 qPrintable(report));
        QVERIFY2(report.contains(u"bad password ****"_s), qPrintable(report));
        // Still the report's shape: inputs/outputs are JSON text.
        const QJsonObject innerJson =
            KilnTest::stepsByName(out.detailedOutput.toArray().at(0).toObject()).value(u"Inner"_s);
        QCOMPARE(innerJson.value(u"outputs"_s).toString(), u"[{\"stdout\":\"****\"}]"_s);
        QCOMPARE(innerJson.value(u"inputs"_s).toString(), u"[{\"commands\":[\"echo ****\"]}]"_s);
        // The original keeps its real values (chaining reads them).
        QCOMPARE(outer.outputs.at(0).toObject().value(u"stdout"_s).toString(), u"x "_s + secret);
    }
};

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"
