// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln actions` and `kiln schema` run as users run them: the reference card
// lists every catalogue module, a module page has its inputs, defaults,
// outputs and example, and the schema is draft-07 JSON covering every action.
#include "schema/actioncatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "kilnrun.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Kiln;

namespace {

using KilnTest::Result;

Result kiln(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return KilnTest::kilnCommand(args, env);
}

} // namespace

class TestCliActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The checks read kiln's English texts: a developer's LANG=de_DE (or LANGUAGE=de)
    // must not turn them German. Children inherit this environment.
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void listsEveryModuleOnOneLine()
    {
        const Result r = kiln({u"actions"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        for (const ActionSpec &a : ActionCatalogue::instance().actions()) {
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.startsWith(u"  "_s + a.name + u' ');
            });
            QVERIFY2(line != lines.end(), qPrintable(a.name));
            QVERIFY2(line->size() <= 80, qPrintable(*line));
        }
    }

    void platformFilter()
    {
        const Result r = kiln({u"actions"_s, u"--os-platforms"_s, u"windows"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"  ExecutePowerShell "_s));
        QVERIFY(!r.out.contains(u"  ExecuteBash "_s));
        QCOMPARE(kiln({u"actions"_s, u"--os-platforms"_s, u"beos"_s}).exitCode, 2);
    }

    void modulePage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("ExecuteBash")
            << u"ExecuteBash"_s
            << QStringList{u"Platforms: Linux, macOS"_s, u"commands"_s, u"list of strings"_s,
                           u"Outputs (use as {{ <phase>.<step>.outputs.stdout }})"_s,
                           u"action: ExecuteBash"_s};
        QTest::newRow("WebDownload defaults and allowed values")
            << u"WebDownload"_s
            << QStringList{u"a list of mappings"_s, u"overwrite"_s, u"Allowed: MD5, SHA1,"_s};
        QTest::newRow("case-insensitive name")
            << u"createfile"_s
            << QStringList{u"CreateFile (File system)"_s, u"Only on Linux, macOS."_s, u"0666"_s};
        QTest::newRow("rules") << u"ExecuteDocument"_s
                               << QStringList{u"timeoutSeconds may only be -1"_s, u"executionId"_s};
        QTest::newRow("one of") << u"ExecutePowerShell"_s
                                << QStringList{u"Give exactly one of: commands, file"_s};
    }

    void modulePage()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, fragments);
        const Result r = kiln({u"actions"_s, name});
        QCOMPARE(r.exitCode, 0);
        for (const QString &f : fragments)
            QVERIFY2(r.out.contains(f), qPrintable(f + u"\n---\n"_s + r.out));
    }

    void unknownModuleSuggests()
    {
        const Result r = kiln({u"actions"_s, u"S3Dwonload"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"did you mean 'S3Download'?"_s), qPrintable(r.err));
    }

    void schemaCoversEveryAction()
    {
        const Result r = kiln({u"schema"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject schema = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(schema.value(u"$schema"_s).toString(),
                 u"http://json-schema.org/draft-07/schema#"_s);
        const QJsonObject step =
            schema.value(u"definitions"_s).toObject().value(u"step"_s).toObject();
        const QJsonArray rules = step.value(u"allOf"_s).toArray();
        QCOMPARE(rules.size(), qsizetype(ActionCatalogue::instance().actions().size()));
        QStringList covered;
        for (const QJsonValue &rule : rules) {
            covered << rule[u"if"_s][u"properties"_s][u"action"_s][u"const"_s].toString();
            QVERIFY(!rule[u"then"_s][u"properties"_s][u"inputs"_s][u"description"_s]
                         .toString()
                         .isEmpty());
        }
        for (const ActionSpec &a : ActionCatalogue::instance().actions())
            QVERIFY2(covered.contains(a.name), qPrintable(a.name));
        QCOMPARE(step[u"properties"_s][u"onFailure"_s][u"enum"_s].toArray().size(), 3);
    }

    void schemaToFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        const Result r = kiln({u"schema"_s, u"-o"_s, path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(f.readAll()).isObject());
        QCOMPARE(kiln({u"schema"_s, u"-o"_s, dir.filePath(u"missing/dir/s.json"_s)}).exitCode, 1);
        QCOMPARE(kiln({u"schema"_s, u"extra"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cli_actions.moc"
