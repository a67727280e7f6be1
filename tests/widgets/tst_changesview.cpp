// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The Changes pane (a sandboxed run's changes per step, diffs of text files)
// and the Run pane's "Run on" choice, offscreen.
#include "changesview.h"
#include "runtargetpicker.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Kiln;

namespace {

Sandbox::ChangeReport sampleReport()
{
    using Kind = Sandbox::FileChange::Kind;
    Sandbox::ChangeReport report;
    report.target = u"a sandbox of this machine"_s;
    report.complete = true;
    Sandbox::StepChanges config{
        u"doc.yaml"_s, u"build"_s, u"WriteConfig"_s, {}, {}, {}, {}, {}, {}, {}, {}};
    config.files.push_back({Kind::Added,
                            u"/etc/app.conf"_s,
                            u"file"_s,
                            {},
                            {},
                            {},
                            u"--- /dev/null\n+++ b/etc/app.conf\n@@ -0,0 +1 @@\n+port=8080\n"_s});
    config.files.push_back({Kind::Deleted, u"/etc/motd"_s, u"file"_s, {}, {}, {}, {}});
    Sandbox::StepChanges install{
        u"doc.yaml"_s, u"build"_s, u"Install"_s, {}, {}, {}, {}, {}, {}, {}, {}};
    install.packages.push_back({u"hello"_s, {}, u"2.10-3"_s});
    install.usersAdded << u"app"_s;
    report.steps = {config, install};
    report.idempotence = std::vector<Sandbox::IdempotenceFinding>{
        {u"doc.yaml"_s, u"build"_s, u"Install"_s, {u"fails when run again: exit 1"_s}}};
    return report;
}

} // namespace

class TestChangesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void stepsFilesPackagesAndFindings()
    {
        ChangesView view;
        view.showReport(sampleReport());
        auto *tree = view.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 3); // two steps and the idempotence check
        QTreeWidgetItem *config = tree->topLevelItem(0);
        QCOMPARE(config->text(0), u"build/WriteConfig"_s);
        QCOMPARE(config->text(1), u"1 added, 1 deleted"_s);
        QCOMPARE(config->child(1)->text(0), u"/etc/motd"_s);
        QCOMPARE(config->child(1)->text(1), u"deleted"_s);
        QTreeWidgetItem *install = tree->topLevelItem(1);
        QCOMPARE(install->child(0)->text(0), u"package hello"_s);
        QCOMPARE(install->child(0)->text(1), u"2.10-3 installed"_s);
        QCOMPARE(install->child(1)->text(1), u"app"_s);
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(1), u"fails when run again: exit 1"_s);
        // A text file shows its diff; a deleted one has none.
        auto *diff = view.findChild<QPlainTextEdit *>();
        tree->setCurrentItem(config->child(0));
        QVERIFY(diff->toPlainText().contains(u"+port=8080"_s));
        tree->setCurrentItem(config->child(1));
        QVERIFY(diff->toPlainText().isEmpty());
        QVERIFY(view.findChild<QLabel *>()->text().contains(u"a sandbox of this machine"_s));
    }

    void runFolderOfAPastRun()
    {
        QTemporaryDir run;
        ChangesView view;
        QVERIFY(!view.showRunFolder(run.path())); // a run on this machine: no report
        QVERIFY(view.findChild<QLabel *>()->text().contains(u"did not run in a sandbox"_s));
        QFile file(run.filePath(u"changes.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(sampleReport().toJson()).toJson());
        file.close();
        QVERIFY(view.showRunFolder(run.path()));
        QCOMPARE(view.findChild<QTreeWidget *>()->topLevelItemCount(), 3);
    }

    // This test process is not in a private mount namespace: the sandbox
    // choices are there, disabled, and say how to get them.
    void runOnWithoutSandboxes()
    {
        RunTargetPicker picker;
        QCOMPARE(picker.choice(), RunTargetPicker::ThisMachine);
        auto *combo = picker.findChild<QComboBox *>();
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model->item(RunTargetPicker::ThisMachine)->isEnabled());
        for (int i = RunTargetPicker::SandboxOfThisMachine; i <= RunTargetPicker::Image; ++i) {
            QVERIFY(!model->item(i)->isEnabled());
            QVERIFY(combo->itemData(i, Qt::ToolTipRole).toString().contains(u"as root"_s));
        }
        std::optional<Sandbox::SandboxRequest> request;
        QString error;
        QVERIFY(picker.request(&request, &error));
        QVERIFY(!request);
    }

    void runOnRootFolderNeedsARoot()
    {
        RunTargetPicker picker;
        QTemporaryDir notARoot;
        picker.setChoice(RunTargetPicker::RootFolder, notARoot.path());
        std::optional<Sandbox::SandboxRequest> request;
        QString error;
        QVERIFY(!picker.request(&request, &error));
        QVERIFY(error.contains(u"not a root file system"_s));
        QDir(notARoot.path()).mkdir(u"bin"_s);
        QVERIFY(picker.request(&request, &error));
        QCOMPARE(request->kind, Sandbox::SandboxRequest::Kind::Root);
        QCOMPARE(request->root, notARoot.path());
        picker.setChoice(RunTargetPicker::Image, {});
        QLineEdit *value = picker.findChild<QLineEdit *>();
        value->clear();
        QVERIFY(!picker.request(&request, &error));
        QVERIFY(error.contains(u"Name the container image"_s));
    }
};

QTEST_MAIN(TestChangesView)
#include "tst_changesview.moc"
