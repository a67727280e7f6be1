// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The module registry the executor dispatches through: every module of the action catalogue
// that runs here is registered (or fails saying why it cannot), unknown ones fail naming the
// module, a step's limits come from the catalogue, and the executor's orchestration (retries,
// onFailure, chaining) runs on fake modules with no process at all.
#include "documentrun.h"
#include "exec/stepseed.h"
#include "fakeactions.h"
#include "process/actionregistry.h"
#include "process/failuretext.h"
#include "schema/actioncatalogue.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

ActionResult runToEnd(ActionRun &run)
{
    ActionResult result;
    bool done = false;
    QObject::connect(&run, &ActionRun::finished, [&](const ActionResult &r) {
        result = r;
        done = true;
    });
    run.start();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        result = ActionResult::failure(u"timed out"_s);
    return result;
}

} // namespace

class TestActionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogueModuleIsRegistered()
    {
        const std::shared_ptr<const ActionRegistry> registry = standardActions();
        for (const ActionSpec &spec : ActionCatalogue::instance().actions()) {
            // ExecuteDocument is the executor's own (it adds it to its copy of the registry).
            if (spec.name == u"ExecuteDocument")
                QVERIFY(!registry->contains(spec.name));
            else
                QVERIFY2(registry->contains(spec.name), qPrintable(spec.name));
            QVERIFY2(!spec.icon.isEmpty(), qPrintable(spec.name + u" has no icon"_s));
        }
        QCOMPARE(registry->modules().size(),
                 qsizetype(ActionCatalogue::instance().actions().size() - 1));
    }

    void windowsOnlyModulesSayWhy()
    {
        ActionContext context;
        context.action = u"SetRegistry"_s;
        std::unique_ptr<ActionRun> run = standardActions()->create(context);
        const ActionResult result = runToEnd(*run);
        QCOMPARE(result.kind, ActionResult::Kind::Failure);
        QCOMPARE(result.failureMessage,
                 FailureText::english(FailureText::WindowsOnly).arg(u"SetRegistry"_s));
    }

    void unknownModuleFailsNamingIt()
    {
        ActionRegistry empty;
        ActionContext context;
        context.action = u"ExecuteBash"_s;
        std::unique_ptr<ActionRun> run = empty.create(context);
        const ActionResult result = runToEnd(*run);
        QCOMPARE(result.kind, ActionResult::Kind::Failure);
        QVERIFY(result.failureMessage.contains(u"'ExecuteBash'"_s));
    }

    void dryRunNotesComeFromTheModule()
    {
        const QStringList notes =
            standardActions()->dryRunNotes(u"DeleteFolder"_s, {{u"path"_s, u"/usr/.."_s}}, u"/"_s);
        QCOMPARE(notes, QStringList{u"path '/usr/..' resolves to '/'"_s});
        QVERIFY(standardActions()->dryRunNotes(u"ExecuteBash"_s, {}, u"/"_s).isEmpty());
    }

    void stepLimitsComeFromTheCatalogue()
    {
        const Document doc = Document::fromText(R"(name: t
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Plain
        action: ExecuteBash
        inputs:
          commands: [ "true" ]
      - name: Limited
        action: ExecuteBash
        timeoutSeconds: 60
        maxAttempts: 3
        onFailure: Continue
        inputs:
          commands: [ "true" ]
      - name: Nested
        action: ExecuteDocument
        inputs:
          document: other.yaml
)",
                                                u"t.yaml"_s);
        const std::vector<Step> &steps = doc.phases.at(0).steps;
        const StepRecord plain = seedStepRecord(steps.at(0));
        QCOMPARE(plain.timeoutSeconds, DefaultTimeoutSeconds);
        QCOMPARE(plain.maxAttempts, 1);
        const StepRecord limited = seedStepRecord(steps.at(1));
        QCOMPARE(limited.timeoutSeconds, 60);
        QCOMPARE(limited.maxAttempts, 3);
        QCOMPARE(limited.onFailure, u"Continue"_s);
        const StepRecord nested = seedStepRecord(steps.at(2));
        QCOMPARE(nested.timeoutSeconds, -1); // runs once: no timeout of its own
        QCOMPARE(nested.maxAttempts, 1);
    }

    // Orchestration without processes: the executor knows modules only through the registry.
    void orchestrationRunsOnFakeModules()
    {
        int calls = 0;
        QTemporaryDir dir;
        ExecutorOptions options = KilnTest::documentRun(dir, R"(name: fake
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Hello
        action: ExecuteBash
        inputs:
          commands: [ "hello" ]
      - name: Retried
        action: ExecuteBash
        maxAttempts: 3
        onFailure: Continue
        inputs:
          commands: [ "fail" ]
      - name: Chained
        action: ExecuteBash
        inputs:
          commands: [ "{{ build.Hello.outputs.stdout }}" ]
)");
        options.actions = KilnTest::fakeActions(&calls);
        Executor executor(options);
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(calls, 1 + 3 + 1); // three attempts of the failing step
        const StepRecord *retried = KilnTest::findStep(executor.record(), u"Retried"_s);
        QVERIFY(retried);
        QCOMPARE(retried->status, RunStatus::Failed);
        const StepRecord *chained = KilnTest::findStep(executor.record(), u"Chained"_s);
        QVERIFY(chained);
        QCOMPARE(chained->status, RunStatus::Success);
        QCOMPARE(chained->outputs.at(0).toObject().value(u"stdout"_s).toString(), u"hello"_s);
    }
};

QTEST_GUILESS_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
