// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The compatibility corpus against the expression-side checks: documents the
// MANIFEST describes as valid get no K4xxx-K7xxx diagnostic, and the invalid
// ones get exactly the reference, loop and variable problems they have.
#include "document/document.h"
#include "validate/validator.h"

#include <QFile>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(KILN_TEST_DATA_DIR "/corpus/");

QStringList exprDiagnostics(const QString &file, const QString &platform)
{
    ValidationOptions options;
    options.osPlatform = platform;
    const Document doc = Document::fromFile(kCorpus + u"docs/"_s + file);
    QStringList out;
    for (const Diagnostic &d : Validator(options).validate(doc)) {
        const QChar range = d.code.size() == 5 ? d.code.at(1) : QChar();
        if (range >= u'4' && range <= u'7')
            out << u"%1:%2:%3"_s.arg(d.location.line).arg(d.location.column).arg(d.code);
    }
    return out;
}

} // namespace

class TestCorpusExpr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocumentsHaveNoExpressionProblems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("platform");
        QFile manifest(kCorpus + u"MANIFEST.tsv"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        manifest.readLine(); // header
        int rows = 0;
        while (!manifest.atEnd()) {
            const QStringList cols = QString::fromUtf8(manifest.readLine()).split(u'\t');
            if (cols.size() < 9)
                continue;
            ++rows;
            const QString notes = cols.at(8);
            // Documents with reference/loop/variable problems are checked below.
            if (cols.at(0).startsWith(u"052_"_s) || cols.at(0).startsWith(u"053_"_s))
                continue;
            QTest::newRow(qPrintable(cols.at(0)))
                << cols.at(0) << (cols.at(5) == u"windows" ? u"windows"_s : u"linux"_s);
        }
        QCOMPARE(rows, 80);
    }

    void validDocumentsHaveNoExpressionProblems()
    {
        QFETCH(QString, file);
        QFETCH(QString, platform);
        QCOMPARE(exprDiagnostics(file, platform), QStringList{});
    }

    void invalidDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        // Steps pcluster injects at build time: undefined chaining targets.
        QTest::newRow("052") << u"052_pcluster-custom-script.yaml"_s
                             << QStringList{u"33:21:K4004"_s, u"34:76:K4004"_s, u"35:23:K4004"_s,
                                            u"36:27:K4004"_s};
        // Parameter and constant both named Source (and never used); two loops named "string";
        // the schema's whole delimiter set pasted as the delimiter; chaining to
        // a validate phase the document does not have.
        QTest::newRow("053") << u"053_toadslop-kitchen-sink.yaml"_s
                             << QStringList{u"5:5:K7009"_s,    u"10:5:K7002"_s,
                                            u"10:5:K7009"_s,   u"101:17:K5008"_s,
                                            u"104:24:K5007"_s, u"126:19:K4004"_s};
    }

    void invalidDocuments()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QCOMPARE(exprDiagnostics(file, u"linux"_s), expected);
    }
};

QTEST_GUILESS_MAIN(TestCorpusExpr)
#include "tst_corpusexpr.moc"
