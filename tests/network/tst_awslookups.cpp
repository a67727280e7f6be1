// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The AWS values a step refers to ({{ aws:ssm:… }}, {{ aws:imds:… }}) are fetched
// before the step starts without a nested event loop: the run's own loop keeps
// turning, a stop while SSM is slow to answer ends the step at once, and a value
// is fetched once per run. SSM is a local fake that answers slowly on purpose.
#include "documentrun.h"
#include "fakeactions.h"
#include "fakessm.h"
#include "process/failuretext.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Kiln;

namespace {

const QByteArray TwoSteps = R"(name: aws values
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: First
        action: ExecuteBash
        inputs:
          commands: ['value={{ aws:ssm:/kiln/slow }}']
      - name: Second
        action: ExecuteBash
        inputs:
          commands: ['again={{ aws:ssm:/kiln/slow }}']
)";

} // namespace

class TestAwsLookups : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_ssm;
    int m_requests = 0;
    int m_trickleBytes = 64; // the answer arrives in slices, one every 20 ms

    struct Run
    {
        QTemporaryDir dir;
        std::unique_ptr<Executor> executor;
    };

    std::unique_ptr<Run> makeRun(const QByteArray &yaml)
    {
        auto run = std::make_unique<Run>();
        ExecutorOptions options = KilnTest::documentRun(run->dir, yaml);
        options.actions = KilnTest::fakeActions();
        run->executor = std::make_unique<Executor>(std::move(options));
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ssm.listen());
        m_ssm.route("/", [this](const TestHttpRequest &request, int) {
            ++m_requests;
            // Padded so that the trickle takes a while: 1 KiB in 64-byte slices is
            // about 0.3 s, in 1-byte slices about 20 s.
            QByteArray body = KilnTest::ssmParameterAnswer(request, u"String"_s, u"from-ssm"_s);
            body.append(QByteArray(1024 - body.size(), ' '));
            return TestHttpResponse{200, body, {}, -1, m_trickleBytes};
        });
        qputenv("AWS_ACCESS_KEY_ID", "AKIDAWSLOOKUPS");
        qputenv("AWS_SECRET_ACCESS_KEY", "aws-lookups/Key");
        qputenv("AWS_REGION", "eu-central-1");
        qputenv("AWS_ENDPOINT_URL_SSM", m_ssm.baseUrl().toUtf8());
        qputenv("AWS_EC2_METADATA_DISABLED", "true");
        qputenv("AWS_CONFIG_FILE", "/nonexistent/kiln-test");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/kiln-test");
    }

    void init()
    {
        m_requests = 0;
        m_trickleBytes = 64;
    }

    // While SSM answers, the only event loop running is the one waiting for the
    // run (a nested one would show as a deeper loop level in a timer's slot).
    void runEntersNoNestedEventLoop()
    {
        auto run = makeRun(TwoSteps);
        QSignalSpy finished(run->executor.get(), &Executor::runFinished);
        int deepest = 0;
        int ticks = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] {
            ++ticks;
            deepest = std::max(deepest, QThread::currentThread()->loopLevel());
        });
        probe.start(5);
        run->executor->start();
        QVERIFY(finished.wait(20000));
        const int waiting = 1; // QSignalSpy::wait's loop
        QVERIFY2(ticks > 10, "the probe timer did not run while SSM answered");
        QCOMPARE(deepest, waiting);
        QCOMPARE(run->executor->record().status, RunStatus::Success);
        const StepRecord *first = KilnTest::findStep(run->executor->record(), u"First"_s);
        const StepRecord *second = KilnTest::findStep(run->executor->record(), u"Second"_s);
        QVERIFY(first && second);
        QCOMPARE(first->outputs.at(0).toObject().value(u"stdout"_s).toString(),
                 u"value=from-ssm"_s);
        QCOMPARE(second->outputs.at(0).toObject().value(u"stdout"_s).toString(),
                 u"again=from-ssm"_s);
        QCOMPARE(m_requests, 1); // once per run
    }

    // A stop while the value is on its way ends the step at once, cancelled,
    // not after SSM's 15 s timeout.
    void stopWhileFetchingIsPrompt()
    {
        m_trickleBytes = 1;
        auto run = makeRun(TwoSteps);
        QSignalSpy finished(run->executor.get(), &Executor::runFinished);
        QSignalSpy started(run->executor.get(), &Executor::stepStarted);
        run->executor->start();
        QVERIFY(started.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_requests, 1, 5000); // SSM is answering
        QElapsedTimer clock;
        clock.start();
        run->executor->cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(run->executor->record().status, RunStatus::Cancelled);
        const StepRecord *first = KilnTest::findStep(run->executor->record(), u"First"_s);
        QVERIFY(first);
        QCOMPARE(first->status, RunStatus::Cancelled);
        QCOMPARE(first->failureMessage, FailureText::english(FailureText::CancelledBeforeStart));
        const StepRecord *second = KilnTest::findStep(run->executor->record(), u"Second"_s);
        QVERIFY(second);
        QCOMPARE(second->status, RunStatus::NotRun);
    }

    // A value that cannot be had fails the step, naming the reference and why.
    void unavailableValueFailsTheStep()
    {
        auto run = makeRun(R"(name: imds
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Meta
        action: ExecuteBash
        inputs:
          commands: ['id={{ aws:imds:instance-id }}']
)");
        QSignalSpy finished(run->executor.get(), &Executor::runFinished);
        run->executor->start();
        QVERIFY(finished.wait(10000));
        const StepRecord *step = KilnTest::findStep(run->executor->record(), u"Meta"_s);
        QVERIFY(step);
        QCOMPARE(step->status, RunStatus::Failed);
        QVERIFY2(step->failureMessage.contains(u"{{ aws:imds:instance-id }}: instance metadata "
                                               "(IMDS) is not available"_s),
                 qPrintable(step->failureMessage));
    }
};

QTEST_GUILESS_MAIN(TestAwsLookups)
#include "tst_awslookups.moc"
