// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Positions inside scalars: a character of YamlNode::text maps back to the
// line and column where it was written, for every scalar style.
#include "document/document.h"
#include "expr/scalarlocator.h"

#include <QDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestScalarLocator : public QObject
{
    Q_OBJECT

private:
    static const YamlNode *find(const YamlNode &node, QStringView needle)
    {
        if (node.isScalar() && node.text.contains(needle) && !node.text.startsWith(u"key"))
            return &node;
        for (const YamlNode &i : node.items) {
            if (const YamlNode *n = find(i, needle))
                return n;
        }
        for (const YamlEntry &e : node.entries) {
            if (const YamlNode *n = find(e.value, needle))
                return n;
        }
        return nullptr;
    }

private Q_SLOTS:
    void markOfNeedle_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("plain") << QByteArray("key: echo {{ X }}\n") << u"{{"_s << 1 << 11;
        QTest::newRow("plain multi-line")
            << QByteArray("key: echo a\n  b {{ X }}\n") << u"{{"_s << 2 << 5;
        QTest::newRow("single quoted")
            << QByteArray("key: 'it''s {{ X }}'\n") << u"{{"_s << 1 << 13;
        QTest::newRow("double quoted escapes")
            << QByteArray("key: \"a\\tb\\u00e9 {{ X }}\"\n") << u"{{"_s << 1 << 18;
        QTest::newRow("double quoted folded")
            << QByteArray("key: \"first\n  second {{ X }}\"\n") << u"{{"_s << 2 << 10;
        QTest::newRow("double quoted escaped newline")
            << QByteArray("key: \"ab\\\n   cd {{ X }}\"\n") << u"{{"_s << 2 << 7;
        QTest::newRow("literal block")
            << QByteArray("key:\n  - |\n    set -e\n    if [[ {{ X }} ]]; then\n      echo\n")
            << u"{{"_s << 4 << 11;
        QTest::newRow("literal more indented")
            << QByteArray("key: |-\n  a\n    b {{ X }}\n") << u"{{"_s << 3 << 7;
        QTest::newRow("folded block")
            << QByteArray("key: >\n  one\n  two {{ X }}\n") << u"{{"_s << 3 << 7;
        QTest::newRow("flow sequence")
            << QByteArray("key: [a, 'b {{ X }}']\n") << u"{{"_s << 1 << 13;
        QTest::newRow("non-ascii before")
            << QByteArray("key: \"é€ {{ X }}\"\n") << u"{{"_s << 1 << 10;
        QTest::newRow("crlf") << QByteArray("key: |\r\n  a\r\n  b {{ X }}\r\n") << u"{{"_s << 3
                              << 5;
    }

    void markOfNeedle()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, needle);
        QFETCH(int, line);
        QFETCH(int, column);
        const Document doc = Document::fromText(yaml, u"t.yaml"_s);
        QVERIFY(doc.root());
        const YamlNode *scalar = find(*doc.root(), needle);
        QVERIFY(scalar);
        const ScalarLocator locator(doc.source());
        const Mark m = locator.markAt(*scalar, scalar->text.indexOf(needle));
        QCOMPARE(m.line, line);
        QCOMPARE(m.column, column);
    }

    void startOfTextIsTheScalar()
    {
        const Document doc = Document::fromText("key: 'abc'\n", u"t.yaml"_s);
        const YamlNode *scalar = find(*doc.root(), u"abc");
        const ScalarLocator locator(doc.source());
        const Mark m = locator.markAt(*scalar, 0);
        QCOMPARE(m.line, 1);
        QCOMPARE(m.column, 7); // the 'a' after the quote
    }

    // Every `{{` of every scalar in the corpus maps to a `{{` in the source:
    // real documents mix block scalars, quotes, escapes and CRLF.
    void corpusReferencesPointAtBraces()
    {
        const QDir dir(QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs"));
        int checked = 0;
        for (const QString &f : dir.entryList({u"*.yaml"_s}, QDir::Files)) {
            const Document doc = Document::fromFile(dir.filePath(f));
            if (!doc.root())
                continue;
            const ScalarLocator locator(doc.source());
            const QStringList lines = QString::fromUtf8(doc.source()).split(u'\n');
            std::vector<const YamlNode *> stack{doc.root()};
            while (!stack.empty()) {
                const YamlNode *n = stack.back();
                stack.pop_back();
                for (const YamlNode &i : n->items)
                    stack.push_back(&i);
                for (const YamlEntry &e : n->entries)
                    stack.push_back(&e.value);
                if (!n->isScalar())
                    continue;
                for (qsizetype at = n->text.indexOf(u"{{"); at >= 0;
                     at = n->text.indexOf(u"{{", at + 2)) {
                    const Mark m = locator.markAt(*n, at);
                    QVERIFY(m.line >= 1 && m.line <= lines.size());
                    const QString line = lines.at(m.line - 1);
                    // Columns count code points; these lines are ASCII up to the braces or
                    // the comparison below still holds for BMP text.
                    QVERIFY2(line.mid(m.column - 1, 2) == u"{{",
                             qPrintable(
                                 u"%1:%2:%3 points at '%4'"_s.arg(f).arg(m.line).arg(m.column).arg(
                                     line.mid(m.column - 1, 10))));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100);
    }

    void fallsBackToScalarStart()
    {
        // A synthesised node whose text does not match the source.
        const Document doc = Document::fromText("key: value\n", u"t.yaml"_s);
        YamlNode fake;
        fake.kind = YamlNode::Kind::Scalar;
        fake.text = u"something else {{ X }}"_s;
        fake.mark = Mark{1, 6};
        const ScalarLocator locator(doc.source());
        const Mark m = locator.markAt(fake, fake.text.indexOf(u"{{"));
        QCOMPARE(m.line, 1);
        QCOMPARE(m.column, 6);
        QCOMPARE(locator.markAt(fake, 9999).column, 6);
    }
};

QTEST_GUILESS_MAIN(TestScalarLocator)
#include "tst_scalarlocator.moc"
