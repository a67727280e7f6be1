// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The built-in YAML highlighter (used without KSyntaxHighlighting): each token
// kind gets its format, and `{{ expressions }}` are overlaid on top.
#include "editor/expressionspans.h"
#include "editor/yamlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Kiln;
using namespace Qt::StringLiterals;
using Kind = YamlHighlighter::Kind;

Q_DECLARE_METATYPE(Kiln::YamlHighlighter::Kind)

class TestYamlHighlighter : public QObject
{
    Q_OBJECT

    // The format applied at `column` of `line` (0-based) after highlighting.
    static QTextCharFormat formatAt(QTextDocument &doc, int line, int column)
    {
        const QTextBlock block = doc.findBlockByNumber(line);
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (column >= r.start && column < r.start + r.length)
                return r.format;
        }
        return {};
    }

private Q_SLOTS:
    void expressionSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QList<int>>("lengths");
        QTest::newRow("none") << u"echo hi"_s << QList<int>{} << QList<int>{};
        QTest::newRow("one") << u"- echo {{ x }}"_s << QList<int>{7} << QList<int>{7};
        QTest::newRow("two") << u"{{a}}-{{ b.c }}"_s << QList<int>{0, 6} << QList<int>{5, 9};
        QTest::newRow("unclosed") << u"echo {{ x"_s << QList<int>{} << QList<int>{};
    }

    void expressionSpans()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, starts);
        QFETCH(QList<int>, lengths);
        const QList<TextSpan> spans = Kiln::expressionSpans(text);
        QCOMPARE(spans.size(), starts.size());
        for (int i = 0; i < spans.size(); ++i) {
            QCOMPARE(spans.at(i).start, starts.at(i));
            QCOMPARE(spans.at(i).length, lengths.at(i));
        }
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("expression in a list item")
            << u"commands:\n  - echo {{ x }}\n"_s << 1 << 10 << Kind::Expression;
        QTest::newRow("expression opening braces")
            << u"commands:\n  - echo {{ x }}\n"_s << 1 << 9 << Kind::Expression;
        QTest::newRow("expression in a quoted value")
            << u"path: \"{{ build.Out.outputs.stdout }}/x\"\n"_s << 0 << 8 << Kind::Expression;
        QTest::newRow("string around an expression")
            << u"path: \"{{ a }}/x\"\n"_s << 0 << 15 << Kind::String;
        QTest::newRow("key") << u"name: Hello\n"_s << 0 << 1 << Kind::Key;
        QTest::newRow("key after dash") << u"- name: Hello\n"_s << 0 << 3 << Kind::Key;
        QTest::newRow("dash") << u"  - name: Hello\n"_s << 0 << 2 << Kind::Dash;
        QTest::newRow("comment") << u"# hello {{ x }}\n"_s << 0 << 10 << Kind::Comment;
        QTest::newRow("trailing comment") << u"a: b # note\n"_s << 0 << 7 << Kind::Comment;
        QTest::newRow("number") << u"timeoutSeconds: 60\n"_s << 0 << 17 << Kind::Literal;
        QTest::newRow("boolean") << u"x: true\n"_s << 0 << 4 << Kind::Literal;
        QTest::newRow("single quoted") << u"x: 'it''s'\n"_s << 0 << 8 << Kind::String;
        QTest::newRow("block indicator")
            << u"run: |-\n  echo a\n"_s << 0 << 5 << Kind::BlockIndicator;
        QTest::newRow("block scalar body") << u"run: |\n  echo a: b\n"_s << 1 << 8 << Kind::String;
        QTest::newRow("anchor") << u"a: &base x\n"_s << 0 << 4 << Kind::Anchor;
        QTest::newRow("alias") << u"b: *base\n"_s << 0 << 5 << Kind::Anchor;
        QTest::newRow("document marker") << u"---\na: 1\n"_s << 0 << 1 << Kind::DocumentMarker;
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(Kind, kind);
        for (const bool dark : {false, true}) {
            QTextDocument doc;
            doc.setPlainText(text);
            YamlHighlighter highlighter(&doc);
            highlighter.setDarkTheme(dark);
            const QTextCharFormat actual = formatAt(doc, line, column);
            QCOMPARE(actual.foreground().color(), highlighter.formatFor(kind).foreground().color());
        }
    }

    void blockScalarEndsAtDedent()
    {
        QTextDocument doc(u"run: |\n  echo a\nname: x\n"_s);
        YamlHighlighter highlighter(&doc);
        QCOMPARE(formatAt(doc, 2, 0).foreground().color(),
                 highlighter.formatFor(Kind::Key).foreground().color());
    }

    void expressionFormatIsDistinct()
    {
        QTextDocument doc;
        YamlHighlighter highlighter(&doc);
        const QColor expression = highlighter.formatFor(Kind::Expression).foreground().color();
        for (int k = 0; k < int(Kind::KindCount); ++k) {
            if (Kind(k) != Kind::Expression)
                QVERIFY(highlighter.formatFor(Kind(k)).foreground().color() != expression);
        }
    }
};

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
