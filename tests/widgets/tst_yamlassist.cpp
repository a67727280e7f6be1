// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// YamlAssist: cursor contexts on half-typed documents, completions and hover
// docs from the action catalogue.
#include "document/document.h"
#include "model/completionitems.h"
#include "model/documentplatform.h"
#include "model/yamlassist.h"
#include "schema/actioncatalogue.h"

#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;
using Kind = AssistContext::Kind;

Q_DECLARE_METATYPE(Kiln::AssistContext::Kind)

namespace {

// `|` marks the cursor.
struct Cursor
{
    QStringList lines;
    int line = 0;
    int offset = 0;
};

Cursor withCursor(const QString &text)
{
    Cursor c;
    c.lines = text.split(u'\n');
    for (int i = 0; i < c.lines.size(); ++i) {
        const qsizetype bar = c.lines[i].indexOf(u'|');
        if (bar >= 0) {
            c.line = i;
            c.offset = int(bar);
            c.lines[i].remove(bar, 1);
        }
    }
    return c;
}

const QString stepDoc = u"phases:\n"
                        "  - name: build\n"
                        "    steps:\n"
                        "      - name: Write\n"
                        "        action: CreateFile\n"
                        "        inputs:\n"
                        "          - path: /tmp/x\n"
                        "            %1\n"
                        "        %2\n"_s;

} // namespace

class TestYamlAssist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void context_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("action");
        QTest::newRow("top level")
            << u"name: x\nsche|"_s << Kind::TopLevelKey << u"sche"_s << QString();
        QTest::newRow("phase key")
            << u"phases:\n  - na|"_s << Kind::PhaseKey << u"na"_s << QString();
        QTest::newRow("new step item") << u"phases:\n  - name: b\n    steps:\n      - |"_s
                                       << Kind::StepKey << QString() << QString();
        QTest::newRow("step key") << stepDoc.arg(QString(), u"time|"_s) << Kind::StepKey
                                  << u"time"_s << QString();
        QTest::newRow("list input key")
            << stepDoc.arg(u"con|"_s, QString()) << Kind::InputKey << u"con"_s << u"CreateFile"_s;
        QTest::newRow("map input key")
            << u"phases:\n  - name: b\n    steps:\n      - name: S\n        inputs:\n"
               "          comm|\n        action: ExecuteBash\n"_s
            << Kind::InputKey << u"comm"_s << u"ExecuteBash"_s;
        QTest::newRow("action value")
            << u"phases:\n  - name: b\n    steps:\n      - name: S\n        action: Exec|"_s
            << Kind::ActionValue << u"Exec"_s << QString();
        QTest::newRow("onFailure value")
            << u"phases:\n  - name: b\n    steps:\n      - name: S\n        onFailure: |"_s
            << Kind::OnFailureValue << QString() << QString();
        QTest::newRow("inside a value") << u"name: Hel|"_s << Kind::None << QString() << QString();
        QTest::newRow("comment") << u"# sche|"_s << Kind::None << QString() << QString();
        QTest::newRow("under commands")
            << u"phases:\n  - name: b\n    steps:\n      - name: S\n        inputs:\n"
               "          commands:\n            - ec|"_s
            << Kind::None << u"ec"_s << QString();
    }

    void context()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, prefix);
        QFETCH(QString, action);
        const Cursor c = withCursor(text);
        const AssistContext context = YamlAssist::contextAt(c.lines, c.line, c.offset);
        QCOMPARE(context.kind, kind);
        if (kind != Kind::None || !prefix.isEmpty())
            QCOMPARE(context.prefix, prefix);
        QCOMPARE(context.action, action);
        if (kind != Kind::None)
            QCOMPARE(c.lines.at(c.line).mid(context.prefixStart, prefix.size()), prefix);
    }

    void completions()
    {
        auto complete = [](const QString &text) {
            const Cursor c = withCursor(text);
            return YamlAssist::completions(YamlAssist::contextAt(c.lines, c.line, c.offset));
        };
        QCOMPARE(complete(u"name: x\nsche|"_s), QStringList{u"schemaVersion"_s});
        QVERIFY(complete(stepDoc.arg(QString(), u"time|"_s)).contains(u"timeoutSeconds"_s));
        const QStringList inputs = complete(stepDoc.arg(u"|"_s, QString()));
        const ActionSpec *createFile = ActionCatalogue::instance().find(u"CreateFile");
        QVERIFY(createFile);
        QCOMPARE(inputs.size(), int(createFile->inputs.size()));
        QVERIFY(inputs.contains(u"content"_s));
        const QStringList actions = complete(
            u"phases:\n  - name: b\n    steps:\n      - name: S\n        action: ExecuteB|"_s);
        QVERIFY(actions.contains(u"ExecuteBash"_s));
        QVERIFY(actions.contains(u"ExecuteBinary"_s));
        QVERIFY(!actions.contains(u"ExecutePowerShell"_s));
        QCOMPARE(
            complete(u"phases:\n  - name: b\n    steps:\n      - name: S\n        onFailure: C|"_s),
            QStringList{u"Continue"_s});
        QVERIFY(complete(u"name: Hel|"_s).isEmpty());
        // A phase's name: the phases Image Builder runs.
        QCOMPARE(complete(u"phases:\n  - name: va|"_s), QStringList{u"validate"_s});
    }

    // Inside `{{ `: the names this document declares, from its last parse, as
    // the cursor's step sees them.
    void referenceCompletions()
    {
        const QString text =
            u"parameters:\n  - Version:\n      type: string\n"
            "      description: The release\n"
            "phases:\n  - name: build\n    steps:\n      - name: Get\n"
            "        action: WebDownload\n        inputs:\n"
            "          - source: https://x/a\n            destination: /tmp/a\n"
            "      - name: Use\n"
            "        action: ExecuteBash\n        loop:\n          name: hosts\n"
            "          forEach: [a, b]\n        inputs:\n"
            "          commands:\n            - echo {{ |\n"
            "      - name: Later\n        action: ExecuteBash\n"
            "        inputs:\n          commands: ['echo {{ aws:ssm:/app/db }}']\n"_s;
        const Cursor c = withCursor(text);
        const Document doc = Document::fromText(QString(text).remove(u'|').toUtf8(), u"t.yaml"_s);
        const CompletionList list = YamlAssist::completionsAt(c.lines, c.line, c.offset, &doc);
        QCOMPARE(list.context.kind, Kind::Reference);
        QVERIFY(YamlAssist::completionsAt(c.lines, c.line, c.offset, nullptr).items.isEmpty());
        QStringList labels;
        for (const CompletionItem &item : list.items)
            labels << item.label;
        for (const QString &name :
             {u"Version"_s, u"build.Get.inputs[0].source"_s, u"build.Get.inputs[0].destination"_s,
              u"build.Get.outputs.destination"_s, u"loop.value"_s, u"hosts.index"_s,
              u"context:executionId"_s, u"env:"_s, u"aws:ssm:"_s, u"aws:ssm:/app/db"_s})
            QVERIFY2(labels.contains(name), qPrintable(name + u" not in "_s + labels.join(u' ')));
        // Not the step itself nor a later one: their values do not exist yet.
        QVERIFY(!labels.contains(u"build.Use.outputs.stdout"_s));
        QVERIFY(!labels.contains(u"build.Later.outputs.stdout"_s));
        const CompletionItem &version = list.items.at(labels.indexOf(u"Version"_s));
        QCOMPARE(version.insertText, u"Version }}"_s); // closes the reference
        QVERIFY(version.detail.contains(u"The release"_s));

        {
            const Cursor dot = withCursor(QString(text).replace(u"{{ |"_s, u"{{ build.|"_s));
            QVERIFY(
                !YamlAssist::completionsAt(dot.lines, dot.line, dot.offset, &doc).items.isEmpty());
            const Document typed = Document::fromText(dot.lines.join(u'\n').toUtf8(), u"t.yaml"_s);
            QVERIFY(!YamlAssist::completionsAt(dot.lines, dot.line, dot.offset, &typed)
                         .items.isEmpty());
        }
        // The prefix filters; loop variables only inside a loop.
        Cursor typed = withCursor(QString(text).replace(u"{{ |"_s, u"{{ build.G|"_s));
        QVERIFY(!YamlAssist::completionsAt(typed.lines, typed.line, typed.offset, &doc)
                     .items.isEmpty());
        for (const CompletionItem &item :
             YamlAssist::completionsAt(typed.lines, typed.line, typed.offset, &doc).items)
            QVERIFY(item.label.startsWith(u"build.Get."_s));
        typed = withCursor(QString(text)
                               .replace(u"{{ |"_s, u"x"_s)
                               .replace(u"{{ aws:ssm:/app/db }}"_s, u"{{ lo| }}"_s));
        const CompletionList later =
            YamlAssist::completionsAt(typed.lines, typed.line, typed.offset, &doc);
        QVERIFY(later.items.isEmpty()); // no loop in Later
        typed = withCursor(QString(text).replace(u"{{ |"_s, u"{{ x }} |"_s));
        QVERIFY(YamlAssist::contextAt(typed.lines, typed.line, typed.offset).kind !=
                Kind::Reference);
    }

    // Keys already in the mapping are not offered again; list-shaped inputs and
    // list inputs are inserted in their list form.
    void completionItemsFollowTheText()
    {
        const auto labelsAt = [](const QString &text) {
            const Cursor c = withCursor(text);
            QStringList labels;
            for (const CompletionItem &item :
                 YamlAssist::completionsAt(c.lines, c.line, c.offset, nullptr).items)
                labels << item.label + u" => "_s + item.insertText;
            return labels;
        };
        const QString step = u"phases:\n  - name: build\n    steps:\n      - name: S\n"
                             "        action: %1\n        %2\n"_s;
        QStringList keys = labelsAt(step.arg(u"ExecuteBash"_s, u"|\n        onFailure: Abort"_s));
        QVERIFY(keys.contains(u"inputs => inputs: "_s));
        QVERIFY(!keys.join(u' ').contains(u"onFailure"_s));
        QVERIFY(!keys.join(u' ').contains(u"action =>"_s));
        QVERIFY(!keys.join(u' ').contains(u"name =>"_s));
        // A list input continues on the next line as a list.
        keys = labelsAt(step.arg(u"ExecuteBash"_s, u"inputs:\n          comm|"_s));
        QCOMPARE(keys, QStringList{u"commands => commands:\n            - "_s});
        // WebDownload's inputs are a list of operations: the first key starts one ...
        keys = labelsAt(step.arg(u"WebDownload"_s, u"inputs:\n          sou|"_s));
        QCOMPARE(keys, QStringList{u"source => - source: "_s});
        // ... the next keys continue it, without what it already has.
        keys = labelsAt(
            step.arg(u"WebDownload"_s, u"inputs:\n          - source: https://x\n            |"_s));
        QVERIFY(keys.contains(u"destination => destination: "_s));
        QVERIFY(!keys.join(u' ').contains(u"source =>"_s));
        // At the entries' dash column again: a new operation.
        keys = labelsAt(step.arg(u"WebDownload"_s,
                                 u"inputs:\n          - source: https://x\n          sou|"_s));
        QCOMPARE(keys, QStringList{u"source => - source: "_s});
    }

    // `- ` in `steps`: a whole step per action, indented for where it goes.
    void stepSnippets()
    {
        const Cursor c = withCursor(
            u"phases:\n  - name: build\n    steps:\n      - name: A\n        action: Reboot\n"
            "      - ExecuteBa|"_s);
        const CompletionList list = YamlAssist::completionsAt(c.lines, c.line, c.offset, nullptr);
        const auto snippet =
            std::find_if(list.items.begin(), list.items.end(), [](const CompletionItem &item) {
                return item.kind == CompletionItem::Kind::Snippet;
            });
        QVERIFY(snippet != list.items.end());
        QCOMPARE(snippet->label, u"ExecuteBash step"_s);
        QCOMPARE(snippet->insertText, YamlAssist::stepTemplate(u"ExecuteBash"_s, 8));
        QVERIFY(snippet->insertText.contains(u"commands:"_s)); // its required input
        QVERIFY(!snippet->detail.isEmpty());
    }

    // A whole step from the catalogue's example, indented for where it goes.
    void stepTemplate()
    {
        QCOMPARE(YamlAssist::stepTemplate(u"ExecuteBash"_s, 8),
                 u"name: SayHello\n        action: ExecuteBash\n        inputs:\n"
                 "          commands:\n            - echo \"hello\""_s);
        QCOMPARE(YamlAssist::stepTemplate(u"Frobnicate"_s, 8), QString());
    }

    void hover()
    {
        const QStringList lines =
            stepDoc.arg(u"content: hi"_s, u"timeoutSeconds: 5"_s).split(u'\n');
        // The action name.
        const QString action = YamlAssist::hoverText(lines, 4, 18);
        QVERIFY2(action.startsWith(u"CreateFile"_s), qPrintable(action));
        QVERIFY(action.contains(u"path"_s));
        // An input key of that action.
        const QString input = YamlAssist::hoverText(lines, 7, 14);
        QVERIFY2(input.startsWith(u"CreateFile.content"_s), qPrintable(input));
        // A step key.
        const QString step = YamlAssist::hoverText(lines, 8, 10);
        QVERIFY2(step.startsWith(u"timeoutSeconds"_s), qPrintable(step));
        // Plain values and spaces have nothing to say.
        QVERIFY(YamlAssist::hoverText(lines, 3, 16).isEmpty());
        QVERIFY(YamlAssist::hoverText(lines, 4, 2).isEmpty());
        QVERIFY(YamlAssist::hoverText(lines, 99, 0).isEmpty());
    }

    void documentPlatform_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("expected");
        QTest::newRow("linux doc on linux")
            << u"011_hello-world-linux.yaml"_s << u"linux"_s << u"linux"_s;
        QTest::newRow("windows doc on linux")
            << u"010_hello-world-windows.yaml"_s << u"linux"_s << u"windows"_s;
        QTest::newRow("windows doc on windows")
            << u"010_hello-world-windows.yaml"_s << u"windows"_s << u"windows"_s;
        QTest::newRow("bash doc on windows")
            << u"011_hello-world-linux.yaml"_s << u"windows"_s << u"linux"_s;
        QTest::newRow("bash doc on macOS")
            << u"011_hello-world-linux.yaml"_s << u"darwin"_s << u"darwin"_s;
        QTest::newRow("not YAML") << u"049_workshop-snippet-bad-indent.yaml"_s << u"darwin"_s
                                  << u"darwin"_s;
    }

    void documentPlatform()
    {
        QFETCH(QString, file);
        QFETCH(QString, preferred);
        QFETCH(QString, expected);
        const Document doc =
            Document::fromFile(QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/") + file);
        QCOMPARE(guessDocumentPlatform(doc, preferred), expected);
    }
};

QTEST_GUILESS_MAIN(TestYamlAssist)
#include "tst_yamlassist.moc"
