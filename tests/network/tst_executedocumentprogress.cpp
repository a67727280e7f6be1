// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// An ExecuteDocument step whose nested document downloads a few MB from a local
// HTTP server (TestHttpServer): the parent executor reports the nested
// transfer's bytes as the ExecuteDocument step's own stepProgress, throttled
// like any transfer step, growing and ending at the total.
#include "actions/standardactions.h"
#include "document/document.h"
#include "exec/executor.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Kiln::RunStatus)

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestExecuteDocumentProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedDownloadProgressIsTheParentStepsProgress()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = server.routeSlowDownload("/big.bin", 4 * 1024 * 1024);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString destination = dir.filePath(u"big.bin"_s);
        const QByteArray child = "name: Child\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                                 "    steps:\n      - name: Fetch\n        action: WebDownload\n"
                                 "        inputs:\n          - source: " +
                                 server.baseUrl().toUtf8() +
                                 "/big.bin\n            destination: " + destination.toUtf8() +
                                 "\n";
        const QByteArray parent = R"(name: Parent
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Before
        action: ExecuteBash
        inputs:
          commands: ['true']
      - name: Nested
        action: ExecuteDocument
        inputs:
          document: child.yaml
)";
        QVERIFY(writeFile(dir.filePath(u"child.yaml"_s), child));
        const QString parentPath = dir.filePath(u"parent.yaml"_s);
        QVERIFY(writeFile(parentPath, parent));

        ExecutorOptions options;
        options.actions = standardActions();
        RunDocument rd;
        rd.path = parentPath;
        rd.document = std::make_shared<Document>(Document::fromFile(parentPath));
        options.documents.push_back(rd);
        options.workDirectory = dir.filePath(u"work"_s);
        options.gracePeriod = 500ms;
        Executor executor(std::move(options));

        struct Update
        {
            QString phase, step;
            qint64 done, total, atMs;
        };
        QList<Update> updates;
        QElapsedTimer clock;
        clock.start();
        connect(&executor, &Executor::stepProgress, this,
                [&](int document, const QString &phase, const QString &step, qint64 done,
                    qint64 total) {
                    QCOMPARE(document, 0);
                    updates << Update{phase, step, done, total, clock.elapsed()};
                });
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(executor.record().status, RunStatus::Success);
        QCOMPARE(QFileInfo(destination).size(), body.size());

        // About 0.64 s of transfer: several updates, all for the parent's step.
        QVERIFY2(updates.size() >= 3, qPrintable(QString::number(updates.size())));
        qint64 previous = -1;
        for (int i = 0; i < updates.size(); ++i) {
            const Update &u = updates.at(i);
            QCOMPARE(u.phase, u"build"_s);
            QCOMPARE(u.step, u"Nested"_s);
            QVERIFY2(u.done >= previous, qPrintable(u"%1 after %2"_s.arg(u.done).arg(previous)));
            previous = u.done;
            QCOMPARE(u.total, qint64(body.size()));
            // The parent's own throttle holds: only the final value may come sooner
            // (spacing that load can only widen).
            if (i > 0 && i < updates.size() - 1)
                QVERIFY2(u.atMs - updates.at(i - 1).atMs >= 90,
                         qPrintable(u"%1 ms apart"_s.arg(u.atMs - updates.at(i - 1).atMs)));
        }
        QVERIFY(updates.first().done < qint64(body.size()));
        QCOMPARE(updates.last().done, qint64(body.size()));
    }
};

QTEST_GUILESS_MAIN(TestExecuteDocumentProgress)
#include "tst_executedocumentprogress.moc"
