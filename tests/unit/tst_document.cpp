// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The typed document model: every part of a component is found, with the
// source position of the YAML it came from, and broken shapes never crash it.
#include "document/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPart()
    {
        const QByteArray yaml = R"(name: Demo
description: A demo
schemaVersion: 1.0
parameters:
  - Greeting:
      type: string
      default: Hello
      description: What to say
constants:
  - Pkg:
      type: string
      value: jq
phases:
  - name: build
    steps:
      - name: Say
        action: ExecuteBash
        timeoutSeconds: 60
        onFailure: Continue
        maxAttempts: 3
        if:
          binaryExists: bash
        loop:
          forEach: [a, b]
        inputs:
          commands:
            - echo '{{ Greeting }}'
  - name: test
    steps: []
)";
        const Document doc = Document::fromText(yaml, u"demo.yaml"_s);
        QVERIFY(doc.parseDiagnostics().empty());
        QCOMPARE(doc.name, u"Demo"_s);
        QCOMPARE(doc.description, u"A demo"_s);
        QVERIFY(doc.schemaVersion);
        QCOMPARE(doc.schemaVersion->text, u"1.0"_s);

        QCOMPARE(doc.parameters.size(), size_t(1));
        const Variable &p = doc.parameters.front();
        QCOMPARE(p.name, u"Greeting"_s);
        QCOMPARE(p.entry->key.mark.line, 5);
        QCOMPARE(p.type->text, u"string"_s);
        QCOMPARE(p.value->text, u"Hello"_s);
        QCOMPARE(p.description->text, u"What to say"_s);
        QCOMPARE(doc.constants.front().value->text, u"jq"_s);

        QCOMPARE(doc.phases.size(), size_t(2));
        const Phase *build = doc.phase(u"build");
        QVERIFY(build);
        QCOMPARE(build->nameNode->mark.line, 14);
        QCOMPARE(build->steps.size(), size_t(1));
        const Step &s = build->steps.front();
        QCOMPARE(s.name, u"Say"_s);
        QCOMPARE(s.action, u"ExecuteBash"_s);
        QCOMPARE(s.actionNode->mark.line, 17);
        QCOMPARE(s.actionNode->mark.column, 17);
        QCOMPARE(s.timeoutSeconds->text, u"60"_s);
        QCOMPARE(s.onFailure->text, u"Continue"_s);
        QCOMPARE(s.maxAttempts->text, u"3"_s);
        QVERIFY(s.condition && s.condition->isMap());
        QVERIFY(s.loop && s.loop->isMap());
        QVERIFY(s.inputs && s.inputs->isMap());
        QCOMPARE(s.inputs->value(u"commands")->items.front().mark.line, 27);
        QVERIFY(doc.phase(u"test")->steps.empty());
        QVERIFY(!doc.phase(u"validate"));
    }

    void brokenShapesGiveAPartialModel_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("phases");
        QTest::newRow("scalar document") << QByteArray("just text") << 0;
        QTest::newRow("list document") << QByteArray("- a\n- b") << 0;
        QTest::newRow("phases is a map") << QByteArray("phases: {build: 1}") << 0;
        QTest::newRow("phase is a scalar") << QByteArray("phases: [build]") << 1;
        QTest::newRow("steps is a scalar") << QByteArray("phases: [{name: b, steps: x}]") << 1;
        QTest::newRow("step is a list") << QByteArray("phases: [{name: b, steps: [[1]]}]") << 1;
        QTest::newRow("parameter is a scalar") << QByteArray("parameters: [x]") << 0;
    }
    void brokenShapesGiveAPartialModel()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, phases);
        const Document doc = Document::fromText(yaml, u"broken.yaml"_s);
        QVERIFY(doc.root());
        QCOMPARE(int(doc.phases.size()), phases);
    }

    void unparsableTextHasNoRoot()
    {
        const Document doc = Document::fromText("a: 'open", u"x.yaml"_s);
        QVERIFY(!doc.root());
        QVERIFY(doc.phases.empty());
        QCOMPARE(doc.parseDiagnostics().size(), size_t(1));
    }

    void missingFileIsADiagnostic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nope.yaml"_s);
        const Document doc = Document::fromFile(path);
        QVERIFY(!doc.root());
        QCOMPARE(doc.parseDiagnostics().size(), size_t(1));
        QCOMPARE(doc.parseDiagnostics().front().code, u"K1007"_s);
        QCOMPARE(doc.parseDiagnostics().front().location.file, path);
    }

    void movingKeepsTheModelValid()
    {
        Document a = Document::fromText("phases: [{name: build, steps: []}]", u"a.yaml"_s);
        const Document b = std::move(a);
        QCOMPARE(b.phases.front().name, u"build"_s);
        QCOMPARE(b.phases.front().node, &b.root()->value(u"phases")->items.front());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
