// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Document-level rules (K1006, K2xxx): one minimal document per rule and the
// exact line:col:code the validator must report for it, and nothing else.
#include "document/document.h"
#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kiln;

class TestStructureChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");
        const QByteArray step = "    steps:\n      - name: A\n        action: UpdateOS\n";
        QTest::newRow("valid") << "schemaVersion: 1.0\nphases:\n  - name: build\n" + step
                               << QStringList{};
        QTest::newRow("schemaVersion 1 accepted")
            << "schemaVersion: 1\nphases:\n  - name: build\n" + step << QStringList{};
        QTest::newRow("missing schemaVersion")
            << "phases:\n  - name: build\n" + step << QStringList{u"1:1:K2002"_s};
        QTest::newRow("bad schemaVersion")
            << "schemaVersion: 2.0\nphases:\n  - name: build\n" + step
            << QStringList{u"1:16:K2003"_s};
        QTest::newRow("missing phases")
            << QByteArray("schemaVersion: 1.0\nname: x\n") << QStringList{u"1:1:K2004"_s};
        QTest::newRow("phases not a list")
            << QByteArray("schemaVersion: 1.0\nphases: build\n") << QStringList{u"2:9:K2006"_s};
        QTest::newRow("empty phases")
            << QByteArray("schemaVersion: 1.0\nphases: []\n") << QStringList{u"2:1:K2010"_s};
        QTest::newRow("unknown top-level key")
            << "schemaVersion: 1.0\nphase:\n  - x\nphases:\n  - name: build\n" + step
            << QStringList{u"2:1:K2005"_s};
        QTest::newRow("unknown phase key")
            << "schemaVersion: 1.0\nphases:\n  - name: build\n    stepz: []\n" + step
            << QStringList{u"4:5:K2005"_s};
        QTest::newRow("phase without steps")
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: build\n")
            << QStringList{u"3:11:K2007"_s};
        QTest::newRow("duplicate phase")
            << "schemaVersion: 1.0\nphases:\n  - name: build\n" + step + "  - name: build\n" + step
            << QStringList{u"7:11:K2008"_s};
        QTest::newRow("no standard phase warns")
            << "schemaVersion: 1.0\nphases:\n  - name: verify\n" + step
            << QStringList{u"2:1:K2009"_s};
        QTest::newRow("duplicate key")
            << "schemaVersion: 1.0\nschemaVersion: 1.0\nphases:\n  - name: build\n" + step
            << QStringList{u"2:1:K1006"_s};
    }

    void rules()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const Document doc = Document::fromText(yaml, u"t.yaml"_s);
        QStringList got;
        for (const Diagnostic &d : Validator().validate(doc))
            got << u"%1:%2:%3"_s.arg(d.location.line).arg(d.location.column).arg(d.code);
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestStructureChecks)
#include "tst_structurechecks.moc"
