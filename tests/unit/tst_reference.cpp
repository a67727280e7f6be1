// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The `{{ }}` language: classification of every reference form, offsets,
// unterminated and malformed text, and substitution without re-scanning.
#include "expr/reference.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kiln::Reference::Kind)

class TestReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Reference::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("detail"); // chaining: phase/step/section/index/key; loop: field

        using K = Reference::Kind;
        QTest::newRow("variable") << u"{{ InstallDir }}"_s << K::Variable << u"InstallDir"_s
                                  << QString();
        QTest::newRow("no spaces") << u"{{x-1_y}}"_s << K::Variable << u"x-1_y"_s << QString();
        QTest::newRow("one space") << u"{{ x}}"_s << K::Variable << u"x"_s << QString();
        QTest::newRow("loop value") << u"{{ loop.value }}"_s << K::Loop << u"loop"_s << u"value"_s;
        QTest::newRow("named loop index")
            << u"{{myLoop.index}}"_s << K::Loop << u"myLoop"_s << u"index"_s;
        QTest::newRow("chaining outputs") << u"{{ build.Get.outputs.stdout }}"_s << K::Chaining
                                          << QString() << u"build/Get/outputs/-1/stdout"_s;
        QTest::newRow("chaining inputs index")
            << u"{{ build.Download.inputs[1].destination }}"_s << K::Chaining << QString()
            << u"build/Download/inputs/1/destination"_s;
        QTest::newRow("env") << u"{{ env:ProgramFiles(x86) }}"_s << K::Env << u"ProgramFiles(x86)"_s
                             << QString();
        QTest::newRow("context") << u"{{ context:region }}"_s << K::Context << u"region"_s
                                 << QString();
        QTest::newRow("ssm") << u"{{ aws:ssm:/my/param }}"_s << K::Ssm << u"/my/param"_s
                             << QString();
        QTest::newRow("ssm resolve") << u"{{ aws:ssm:resolve( SecretPath ) }}"_s << K::SsmResolve
                                     << u"SecretPath"_s << QString();
        QTest::newRow("imds") << u"{{ aws:imds:placement/region }}"_s << K::Imds
                              << u"placement/region"_s << QString();
        QTest::newRow("empty") << u"{{ }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("space in name")
            << u"{{ Install Dir }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("three parts")
            << u"{{ build.step.stdout }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("bad loop field")
            << u"{{ loop.item }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("bad section")
            << u"{{ build.s.output.stdout }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("go template")
            << u"{{.State.Running}}"_s << K::Malformed << QString() << QString();
        QTest::newRow("unknown namespace")
            << u"{{ aws:secrets:x }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("resolve unclosed")
            << u"{{ aws:ssm:resolve(x }}"_s << K::Malformed << QString() << QString();
        QTest::newRow("unterminated")
            << u"echo {{ x"_s << K::Unterminated << QString() << QString();
    }

    void classify()
    {
        QFETCH(QString, text);
        QFETCH(Reference::Kind, kind);
        QFETCH(QString, name);
        QFETCH(QString, detail);
        const std::vector<Reference> refs = parseReferences(text);
        QCOMPARE(refs.size(), size_t(1));
        const Reference &r = refs.front();
        QCOMPARE(r.kind, kind);
        if (kind == Reference::Kind::Malformed || kind == Reference::Kind::Unterminated) {
            QVERIFY(!r.error.isEmpty());
            return;
        }
        QCOMPARE(r.name, name);
        if (kind == Reference::Kind::Chaining) {
            const QString got = u"%1/%2/%3/%4/%5"_s.arg(
                r.phase, r.step,
                r.section == Reference::Section::Inputs ? u"inputs"_s : u"outputs"_s,
                QString::number(r.index), r.key);
            QCOMPARE(got, detail);
        }
        if (kind == Reference::Kind::Loop)
            QCOMPARE(r.loopField == Reference::LoopField::Index ? u"index"_s : u"value"_s, detail);
    }

    void offsets()
    {
        const QString text = u"a {{ x }} b {{y}}{{ loop.value }} {{ open"_s;
        const std::vector<Reference> refs = parseReferences(text);
        QCOMPARE(refs.size(), size_t(4));
        QCOMPARE(refs[0].start, qsizetype(2));
        QCOMPARE(refs[0].length, qsizetype(7));
        QCOMPARE(text.mid(refs[1].start, refs[1].length), u"{{y}}"_s);
        QCOMPARE(text.mid(refs[2].start, refs[2].length), u"{{ loop.value }}"_s);
        QCOMPARE(refs[3].kind, Reference::Kind::Unterminated);
        QCOMPARE(refs[3].start + refs[3].length, text.size());
    }

    void openBeforeClose()
    {
        // The first `{{` has no `}}` before the next one: it is unterminated,
        // and the second is still a reference.
        const std::vector<Reference> refs = parseReferences(u"{{ a {{ b }}"_s);
        QCOMPARE(refs.size(), size_t(2));
        QCOMPARE(refs[0].kind, Reference::Kind::Unterminated);
        QCOMPARE(refs[1].kind, Reference::Kind::Variable);
        QCOMPARE(refs[1].name, u"b"_s);
    }

    // Random brace soup: references are ordered, disjoint and inside the text,
    // and a resolver that knows nothing gives the text back unchanged.
    void randomTextInvariants()
    {
        QRandomGenerator rng(20261124);
        const QString alphabet = u"{{}} .:ab[]()0\n"_s;
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = int(rng.bounded(40));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            const std::vector<Reference> refs = parseReferences(text);
            qsizetype end = 0;
            for (const Reference &r : refs) {
                QVERIFY(r.start >= end);
                QVERIFY(r.length >= 2);
                QVERIFY(r.start + r.length <= text.size());
                QCOMPARE(text.mid(r.start, 2), u"{{"_s);
                end = r.start + r.length;
            }
            QCOMPARE(substitute(text, [](const Reference &) { return std::nullopt; }), text);
        }
    }

    void substituteKnownOnly()
    {
        const ReferenceLookup resolve = [](const Reference &r) -> std::optional<QString> {
            if (r.kind == Reference::Kind::Variable && r.name == u"Name")
                return u"World"_s;
            if (r.kind == Reference::Kind::Chaining)
                return u"{{ Name }}"_s; // command output that looks like a reference
            return std::nullopt;
        };
        QCOMPARE(substitute(u"Hello {{ Name }}!"_s, resolve), u"Hello World!"_s);
        QCOMPARE(substitute(u"{{ Other }} {{Name}}"_s, resolve), u"{{ Other }} World"_s);
        // Substituted values are not scanned again.
        QCOMPARE(substitute(u"x={{ build.a.outputs.stdout }}"_s, resolve), u"x={{ Name }}"_s);
        QCOMPARE(substitute(u"{{ bad name }} {{ Name"_s, resolve), u"{{ bad name }} {{ Name"_s);
        QCOMPARE(substitute(u"no refs"_s, resolve), u"no refs"_s);
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
