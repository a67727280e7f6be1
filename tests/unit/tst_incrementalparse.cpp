// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Property test for the incremental re-parse: for every corpus document and the
// bench's generated document, chains of random edits (seeded and printed on
// failure) are applied, and whenever reparseIncrementally() returns a Document,
// its tree (every kind, text, style and mark), its step outline and the
// validator's diagnostics must equal those of a full parse of the same text.
// The next edit starts from whatever the editor would hold (the incremental
// Document when there was one), so spliced trees are themselves re-spliced.
#include "benchdocument.h"
#include "document/document.h"
#include "document/incrementalparse.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(KILN_TEST_DATA_DIR "/");

// Empty when equal, else where the trees first differ.
QString treeDifference(const YamlNode &a, const YamlNode &b, const QString &path)
{
    if (a.kind != b.kind || a.mark.line != b.mark.line || a.mark.column != b.mark.column ||
        a.text != b.text || a.plain != b.plain || a.flow != b.flow ||
        a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
        return u"%1: kind %2/%3 mark %4:%5/%6:%7 text '%8'/'%9'"_s.arg(path)
            .arg(int(a.kind))
            .arg(int(b.kind))
            .arg(a.mark.line)
            .arg(a.mark.column)
            .arg(b.mark.line)
            .arg(b.mark.column)
            .arg(a.text, b.text);
    for (size_t i = 0; i < a.items.size(); ++i) {
        QString d = treeDifference(a.items[i], b.items[i], path + u'[' + QString::number(i) + u']');
        if (!d.isEmpty())
            return d;
    }
    for (size_t i = 0; i < a.entries.size(); ++i) {
        const QString p = path + u'.' + a.entries[i].key.text;
        QString d = treeDifference(a.entries[i].key, b.entries[i].key, p + u"(key)"_s);
        if (d.isEmpty())
            d = treeDifference(a.entries[i].value, b.entries[i].value, p);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QStringList outline(const Document &d)
{
    QStringList lines;
    for (const Phase &p : d.phases) {
        lines << u"phase %1"_s.arg(p.name);
        for (const Step &s : p.steps)
            lines << u"  %1 %2 %3:%4"_s.arg(s.name, s.action)
                         .arg(s.node->mark.line)
                         .arg(s.node->mark.column);
    }
    return lines;
}

QStringList diagnosticsOf(const Document &d)
{
    ValidationOptions options;
    options.osPlatform = u"linux"_s;
    QStringList lines;
    for (const Diagnostic &x : Validator(options).validate(d))
        lines << u"%1 %2:%3 %4"_s.arg(x.code)
                     .arg(x.location.line)
                     .arg(x.location.column)
                     .arg(x.message);
    return lines;
}

// One random edit of the kinds typing produces: a character in or out, a line
// in or out. Characters include YAML syntax so edits also break and repair it.
QByteArray randomEdit(const QByteArray &text, QRandomGenerator &rng, QString &what)
{
    static const QByteArray chars = "ax Z09:-#\"'|>{}[],&*!\n\t%"_ba;
    const qsizetype pos = text.isEmpty() ? 0 : rng.bounded(int(text.size()));
    QByteArray out = text;
    switch (rng.bounded(5)) {
    case 0:
    case 1: {
        const char c = chars[rng.bounded(int(chars.size()))];
        out.insert(pos, c);
        what = u"insert 0x%1 at %2"_s.arg(int(c), 0, 16).arg(pos);
        break;
    }
    case 2:
        out.remove(pos, 1);
        what = u"delete 1 at %1"_s.arg(pos);
        break;
    case 3: {
        // Copy another line (same indentation styles as the document) here.
        const qsizetype from = text.lastIndexOf('\n', rng.bounded(int(text.size()) + 1) - 1) + 1;
        qsizetype end = text.indexOf('\n', from);
        end = end < 0 ? text.size() : end + 1;
        const qsizetype at = text.lastIndexOf('\n', pos - 1) + 1;
        out.insert(at, text.mid(from, end - from));
        what = u"copy line at %1 to %2"_s.arg(from).arg(at);
        break;
    }
    default: {
        const qsizetype at = text.lastIndexOf('\n', pos - 1) + 1;
        qsizetype end = text.indexOf('\n', at);
        end = end < 0 ? text.size() : end + 1;
        out.remove(at, end - at);
        what = u"delete line at %1"_s.arg(at);
        break;
    }
    }
    return out;
}

} // namespace

class TestIncrementalParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesFullParse_data();
    void matchesFullParse();
    void takenForEditInsideStep();
    void fallsBackOnUnusualEdits_data();
    void fallsBackOnUnusualEdits();
};

void TestIncrementalParse::matchesFullParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("edits");
    const QDir dir(kData + u"corpus/docs"_s);
    const QStringList files = dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 50);
    for (const QString &f : files) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(f)) << file.readAll() << 300;
    }
    QTest::newRow("generated-300") << Bench::generateDocument(300) << 600;
}

void TestIncrementalParse::matchesFullParse()
{
    QFETCH(QByteArray, text);
    QFETCH(int, edits);
    const quint32 seed = quint32(qHash(QString::fromUtf8(QTest::currentDataTag()))) ^ 0x6b696c6eu;
    QRandomGenerator rng(seed);
    Document current = Document::fromText(text, u"doc.yaml"_s);
    int taken = 0;
    for (int i = 0; i < edits; ++i) {
        // Short chains from the original text: long ones end up in text so
        // broken that no edit could take the fast path any more.
        if (i % 4 == 0)
            current = Document::fromText(text, u"doc.yaml"_s);
        QString what;
        const QByteArray next = randomEdit(current.source(), rng, what);
        std::optional<Document> fast = reparseIncrementally(current, next);
        Document full = Document::fromText(next, u"doc.yaml"_s);
        // The variant that reuses the previous tree (the language server's) agrees.
        Document spare = Document::fromText(current.source(), u"doc.yaml"_s);
        std::optional<Document> moved = reparseIncrementally(std::move(spare), next);
        QCOMPARE(bool(moved), bool(fast));
        if (moved) {
            QCOMPARE(treeDifference(*moved->root(), *full.root(), u"root"_s), QString());
            QCOMPARE(outline(*moved), outline(full));
        }
        if (fast) {
            ++taken;
            const QString context = u"seed %1, edit %2: %3"_s.arg(seed).arg(i).arg(what);
            QVERIFY2(full.root(), qPrintable(context + u": full parse failed"_s));
            QVERIFY2(fast->parseDiagnostics().empty(), qPrintable(context));
            QCOMPARE(fast->source(), next);
            const QString diff = treeDifference(*fast->root(), *full.root(), u"root"_s);
            QVERIFY2(diff.isEmpty(), qPrintable(context + u": "_s + diff));
            QCOMPARE(outline(*fast), outline(full));
            QCOMPARE(diagnosticsOf(*fast), diagnosticsOf(full));
            current = std::move(*fast);
        } else {
            current = std::move(full);
        }
    }
    qDebug("%d of %d edits took the incremental path", taken, edits);
}

// Typing inside a plain step of the big generated document must take the fast
// path, otherwise it could never help the studio.
void TestIncrementalParse::takenForEditInsideStep()
{
    const QByteArray text = Bench::generateDocument(2000);
    const Document before = Document::fromText(text, u"doc.yaml"_s);
    QVERIFY(before.root());
    QVERIFY(!before.phases.empty());
    int tried = 0;
    for (const Phase &phase : before.phases) {
        for (size_t k = 0; k + 1 < phase.steps.size(); k += 97) {
            const Step &step = phase.steps[k];
            if (!step.actionNode || step.actionNode->mark.line == step.node->mark.line)
                continue;
            // Append "x" to the action value, then remove it again.
            QList<QByteArray> lines = text.split('\n');
            QByteArray &line = lines[step.actionNode->mark.line - 1];
            line.append('x');
            const QByteArray edited = lines.join('\n');
            std::optional<Document> fast = reparseIncrementally(before, edited);
            QVERIFY2(fast, qPrintable(u"step %1 line %2"_s.arg(step.name).arg(
                               step.actionNode->mark.line)));
            QCOMPARE(diagnosticsOf(*fast),
                     diagnosticsOf(Document::fromText(edited, u"doc.yaml"_s)));
            QVERIFY(!diagnosticsOf(*fast).isEmpty()); // the unknown action is reported
            std::optional<Document> back = reparseIncrementally(*fast, text);
            QVERIFY(back);
            QCOMPARE(diagnosticsOf(*back), diagnosticsOf(before));
            ++tried;
        }
    }
    QVERIFY(tried >= 10);
}

void TestIncrementalParse::fallsBackOnUnusualEdits_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray head =
        "name: t\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"_ba;
    const QByteArray a =
        "      - name: A\n        action: ExecuteBash\n        inputs:\n          commands: [x]\n"_ba;
    const QByteArray b =
        "      - name: B\n        action: ExecuteBash\n        inputs:\n          commands: [y]\n"_ba;
    QByteArray renamed = a;
    renamed.replace("name: A", "name: Z");
    QTest::newRow("first line of the step") << head + a + b << head + renamed + b;
    QByteArray last = b;
    last.replace("[y]", "[yy]");
    QTest::newRow("last step of the phase") << head + a + b << head + a + last;
    QByteArray anchor = a;
    anchor.replace("[x]", "&x [x]");
    QTest::newRow("anchor") << head + a + b << head + anchor + b;
    QByteArray outdent = a;
    outdent.replace("        inputs", "      inputs");
    QTest::newRow("outdented line") << head + a + b << head + outdent + b;
    QByteArray unclosed = a;
    unclosed.replace("[x]", "[x");
    QTest::newRow("step alone does not parse") << head + a + b << head + unclosed + b;
    QTest::newRow("no change") << head + a + b << head + a + b;
}

void TestIncrementalParse::fallsBackOnUnusualEdits()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const Document previous = Document::fromText(before, u"doc.yaml"_s);
    QVERIFY(previous.root());
    QVERIFY(!reparseIncrementally(previous, after));
}

QTEST_GUILESS_MAIN(TestIncrementalParse)
#include "tst_incrementalparse.moc"
