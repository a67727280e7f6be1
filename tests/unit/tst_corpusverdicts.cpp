// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The whole compatibility corpus through the full Validator: every document
// gets the verdict and exactly the errors tests/data/corpus-verdicts.tsv
// expects (warnings are allowed and only counted). The table printed with
// qInfo is meant to be read in a CI log: one line per document, MISMATCH rows
// say what differs.
#include "document/document.h"
#include "validate/validator.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(KILN_TEST_DATA_DIR "/");

struct Expectation
{
    QString file;
    QString platform;
    QString verdict;
    QStringList errors; // "line:col:code" or a bare "code"
    QString reason;
};

QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        rows << line.split(u'\t');
    }
    return rows;
}

// An expected error matches a diagnostic with the same code, and with the same
// position when the expectation has one.
bool matches(const QString &expected, const Diagnostic &d)
{
    const QString full = u"%1:%2:%3"_s.arg(d.location.line).arg(d.location.column).arg(d.code);
    return expected.contains(u':') ? expected == full : expected == d.code;
}

} // namespace

class TestCorpusVerdicts : public QObject
{
    Q_OBJECT

private:
    QList<Expectation> m_expected;
    QStringList m_manifestFiles;
    QStringList m_manifestPlatforms;

private Q_SLOTS:
    void initTestCase()
    {
        const QList<QStringList> manifest = readTsv(kData + u"corpus/MANIFEST.tsv"_s);
        QVERIFY(!manifest.isEmpty());
        for (const QStringList &cols : manifest.mid(1)) { // skip the header
            QVERIFY(cols.size() >= 6);
            m_manifestFiles << cols.at(0);
            m_manifestPlatforms << cols.at(5);
        }
        const QList<QStringList> verdicts = readTsv(kData + u"corpus-verdicts.tsv"_s);
        QVERIFY2(!verdicts.isEmpty(), "tests/data/corpus-verdicts.tsv is missing or empty");
        QCOMPARE(verdicts.first().first(), u"file"_s); // header row
        for (const QStringList &cols : verdicts.mid(1)) {
            QVERIFY2(cols.size() == 5, qPrintable(u"bad row: "_s + cols.join(u"|")));
            Expectation e{cols[0], cols[1], cols[2], {}, cols[4]};
            if (cols[3] != u"-")
                e.errors = cols[3].split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(e.verdict == u"valid" || e.verdict == u"invalid", qPrintable(e.file));
            // A valid document cannot expect errors, an invalid one must name them.
            QVERIFY2((e.verdict == u"valid") == e.errors.isEmpty(), qPrintable(e.file));
            QVERIFY2(!e.reason.trimmed().isEmpty(), qPrintable(e.file));
            m_expected << e;
        }
    }

    void everyManifestDocumentHasAVerdict()
    {
        QCOMPARE(m_manifestFiles.size(), 80);
        QStringList listed;
        for (const Expectation &e : std::as_const(m_expected))
            listed << e.file;
        QCOMPARE(listed, m_manifestFiles); // same documents, same order, no duplicates
    }

    void platformFollowsTheManifest()
    {
        for (qsizetype i = 0; i < m_expected.size() && i < m_manifestPlatforms.size(); ++i) {
            const QString want = m_manifestPlatforms[i] == u"windows" ? u"windows"_s : u"linux"_s;
            QVERIFY2(m_expected[i].platform == want, qPrintable(m_expected[i].file));
        }
    }

    void verdictsMatch()
    {
        QStringList table;
        table << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"file"_s, -46)
                     .arg(u"platform"_s, -8)
                     .arg(u"expected"_s, -8)
                     .arg(u"got"_s, -8)
                     .arg(u"errors"_s, -6)
                     .arg(u"warnings"_s, -8)
                     .arg(u"result"_s);
        QStringList mismatches;
        for (const Expectation &e : std::as_const(m_expected)) {
            ValidationOptions options;
            options.osPlatform = e.platform;
            const Document doc = Document::fromFile(kData + u"corpus/docs/"_s + e.file);
            const Diagnostics diagnostics = Validator(options).validate(doc);

            Diagnostics errors;
            int warnings = 0;
            for (const Diagnostic &d : diagnostics) {
                if (d.isError())
                    errors.push_back(d);
                else
                    ++warnings;
            }
            // Pair each expected error with one diagnostic; what is left on either side differs.
            QStringList missing;
            std::vector<bool> used(errors.size(), false);
            for (const QString &want : e.errors) {
                bool found = false;
                for (size_t i = 0; i < errors.size() && !found; ++i) {
                    if (!used[i] && matches(want, errors[i]))
                        used[i] = found = true;
                }
                if (!found)
                    missing << want;
            }
            QStringList unexpected;
            for (size_t i = 0; i < errors.size(); ++i) {
                if (!used[i]) {
                    const Diagnostic &d = errors[i];
                    unexpected << u"%1:%2:%3 %4"_s.arg(d.location.line)
                                      .arg(d.location.column)
                                      .arg(d.code, d.message);
                }
            }
            const QString got = errors.empty() ? u"valid"_s : u"invalid"_s;
            const bool ok = got == e.verdict && missing.isEmpty() && unexpected.isEmpty();
            QStringList codes;
            for (const Diagnostic &d : errors)
                codes << d.code;
            table << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(e.file, -46)
                             .arg(e.platform, -8)
                             .arg(e.verdict, -8)
                             .arg(got, -8)
                             .arg(errors.size(), -6)
                             .arg(warnings, -8)
                             .arg(ok ? u"OK"_s : u"MISMATCH"_s) +
                         (codes.isEmpty() ? QString() : u"  "_s + codes.join(u','));
            if (!ok) {
                mismatches << u"%1: expected %2 [%3], got %4; missing: %5; unexpected: %6"_s.arg(
                    e.file, e.verdict, e.errors.join(u' '), got,
                    missing.isEmpty() ? u"-"_s : missing.join(u' '),
                    unexpected.isEmpty() ? u"-"_s : unexpected.join(u"; "));
            }
        }
        for (const QString &line : std::as_const(table))
            qInfo().noquote() << line;
        QVERIFY2(mismatches.isEmpty(), qPrintable(u"\n"_s + mismatches.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCorpusVerdicts)
#include "tst_corpusverdicts.moc"
