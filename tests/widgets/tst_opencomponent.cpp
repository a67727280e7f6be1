// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// File › Open Component from Image Builder, offscreen, against the fake Image
// Builder of tests/network (signatures and bodies checked): Amazon's components
// listed over several pages, filtered, one chosen and opened; NAME/VERSION
// with wildcards resolved; an unknown component and missing credentials said
// in the dialog, which stays open; Cancel during a slow fetch opens nothing;
// through the main window the document opens as an unsaved page named after
// the component (File menu, status bar) and Save suggests its name in the
// last folder used; a replay of a cloud report fetches its document by ARN.
// (ComponentLookup itself: tests/network/tst_componentlookup.)
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "fakeimagebuilder.h"
#include "mainwindow.h"
#include "opencomponentdialog.h"
#include "runpanel.h"
#include "studioreplay.h"
#include "studiosettings.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>

using namespace Kiln;
using namespace Qt::StringLiterals;
using KilnTest::componentDocument;
using KilnTest::FakeImageBuilder;

Q_DECLARE_METATYPE(Kiln::ReplayOutcome)

namespace {

const QString Region = u"eu-central-1"_s;
const AwsCredentials Credentials{u"AKIDOPENCOMPONENT"_s, u"open/Component+Secret"_s, {}, {}};

} // namespace

class TestOpenComponent : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    FakeImageBuilder m_fake{m_server, Credentials, Region};
    QTemporaryDir m_home;

    QProcessEnvironment environment(bool withKeys = true) const
    {
        return m_fake.environment(m_home.path(), withKeys);
    }

    // The studio's runs and the main window's dialog read the process's environment.
    void setProcessEnvironment() const
    {
        const QProcessEnvironment e = environment();
        for (const QString &key : e.keys())
            qputenv(key.toUtf8().constData(), e.value(key).toUtf8());
    }

    static QStringList visibleNames(const QTreeWidget *view)
    {
        QStringList names;
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            if (!view->topLevelItem(i)->isHidden())
                names << view->topLevelItem(i)->text(OpenComponentDialog::NameColumn);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ReplayOutcome>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_opencomponent"_s);
        QSettings().clear();
        QVERIFY(m_server.listen());
        m_fake.setPageSize(1); // every listing takes several pages
        const QString self = QLatin1String(FakeImageBuilder::Account);
        m_fake.addBuild(m_fake.buildArn(u"aws"_s, u"update-linux"_s, u"1.0.1"_s, 1),
                        componentDocument(u"amazon-1.0.1"_s));
        m_fake.addBuild(m_fake.buildArn(u"aws"_s, u"update-linux"_s, u"1.0.2"_s, 4),
                        componentDocument(u"amazon-1.0.2"_s));
        m_fake.addBuild(m_fake.buildArn(u"aws"_s, u"hello-world-linux"_s, u"1.0.0"_s, 1),
                        componentDocument(u"hello"_s));
        m_fake.addBuild(m_fake.buildArn(self, u"mine"_s, u"2.1.0"_s, 3),
                        componentDocument(u"mine"_s));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void init()
    {
        QSettings().clear(); // no owner or region remembered: Amazon's, in AWS_REGION
        m_fake.clearCalls();
        m_fake.throttleNext(0); // what a cancelled test left
    }
    void cleanup()
    {
        QVERIFY2(m_fake.problems().isEmpty(), qPrintable(m_fake.problems().join(u'\n')));
    }

    // Alt+C, Alt+R, Alt+W go to the fields their labels name.
    void labelsLeadToTheirFields()
    {
        OpenComponentDialog dialog(nullptr, environment());
        QMap<QString, QWidget *> buddies;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            buddies.insert(label->text(), label->buddy());
        QCOMPARE(buddies.value(u"&Component:"_s), dialog.componentEdit());
        QCOMPARE(buddies.value(u"&Region:"_s), dialog.regionEdit());
        QCOMPARE(buddies.value(u"O&wner:"_s), dialog.ownerBox());
    }

    void listFilterChooseAndOpen()
    {
        OpenComponentDialog dialog(nullptr, environment());
        QSignalSpy listed(&dialog, &OpenComponentDialog::listed);
        QVERIFY(listed.wait(10000));
        QCOMPARE(dialog.ownerBox()->currentData().toString(), u"Amazon"_s);
        QCOMPARE(visibleNames(dialog.componentsView()),
                 (QStringList{u"hello-world-linux"_s, u"update-linux"_s}));
        QVERIFY2(dialog.statusText().contains(u"Components listed: 2."_s),
                 qPrintable(dialog.statusText()));
        dialog.filterEdit()->setText(u"UPDATE"_s);
        QCOMPARE(visibleNames(dialog.componentsView()), QStringList{u"update-linux"_s});

        // Listed again twice at once (the owner changed, say): one list, no duplicates.
        dialog.listComponents();
        dialog.listComponents();
        QTRY_COMPARE(listed.count(), 2);
        QTest::qWait(200);
        QCOMPARE(listed.count(), 2);
        QCOMPARE(dialog.componentsView()->topLevelItemCount(), 2);
        QCOMPARE(visibleNames(dialog.componentsView()), QStringList{u"update-linux"_s});

        QTreeWidgetItem *item =
            dialog.componentsView()->findItems(u"update-linux"_s, Qt::MatchExactly)[0];
        dialog.componentsView()->setCurrentItem(item);
        QCOMPARE(dialog.componentEdit()->text(),
                 u"arn:aws:imagebuilder:%1:aws:component/update-linux/1.0.2"_s.arg(Region));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.openComponent();
        QVERIFY(dialog.isBusy());
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.document().toUtf8(), componentDocument(u"amazon-1.0.2"_s));
        QCOMPARE(dialog.buildArn(),
                 u"arn:aws:imagebuilder:%1:aws:component/update-linux/1.0.2/4"_s.arg(Region));
        QCOMPARE(dialog.fileName(), u"update-linux.yaml"_s);
    }

    void wildcardsAndMyAccount()
    {
        // Open at once, while the listing's credentials are still being
        // resolved: both are answered.
        OpenComponentDialog dialog(nullptr, environment());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy listed(&dialog, &OpenComponentDialog::listed);
        dialog.componentEdit()->setText(u"update-linux/1.x.x"_s);
        dialog.openComponent();
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.document().toUtf8(), componentDocument(u"amazon-1.0.2"_s));
        QTRY_COMPARE(listed.count(), 1);

        OpenComponentDialog mine(nullptr, environment());
        QSignalSpy mineAccepted(&mine, &QDialog::accepted);
        mine.ownerBox()->setCurrentIndex(mine.ownerBox()->findData(u"Self"_s));
        mine.componentEdit()->setText(u"mine/2.1.0"_s);
        mine.openComponent();
        QVERIFY(mineAccepted.wait(10000));
        QCOMPARE(mine.document().toUtf8(), componentDocument(u"mine"_s));
        QVERIFY(mine.buildArn().endsWith(u"component/mine/2.1.0/3"_s));
        // The owner (and region) of the last component opened are remembered.
        OpenComponentDialog again(nullptr, environment());
        QCOMPARE(again.ownerBox()->currentData().toString(), u"Self"_s);
    }

    void failuresAreSaidInTheDialog()
    {
        OpenComponentDialog dialog(nullptr, environment());
        QSignalSpy failed(&dialog, &OpenComponentDialog::failed);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.ownerBox()->setCurrentIndex(dialog.ownerBox()->findData(u"Self"_s));
        dialog.componentEdit()->setText(u"nothing/1.0.0"_s);
        dialog.openComponent();
        QVERIFY(failed.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"cannot find nothing/1.0.0"_s),
                 qPrintable(dialog.statusText()));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.componentEdit()->isEnabled());

        // An ARN that does not exist: GetComponent's answer, naming the ARN.
        const QString missing =
            u"arn:aws:imagebuilder:%1:aws:component/update-linux/9.9.9/1"_s.arg(Region);
        dialog.componentEdit()->setText(missing);
        dialog.openComponent();
        QVERIFY(failed.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"Cannot fetch "_s + missing) &&
                     dialog.statusText().contains(u"no such component"_s),
                 qPrintable(dialog.statusText()));

        // Access denied names the ARN and the IAM action.
        m_fake.deny(u"secret-linux"_s);
        const QString secret =
            u"arn:aws:imagebuilder:%1:aws:component/secret-linux/1.0.0/1"_s.arg(Region);
        dialog.componentEdit()->setText(secret);
        dialog.openComponent();
        QVERIFY(failed.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"Cannot fetch "_s + secret) &&
                     dialog.statusText().contains(u"access denied"_s) &&
                     dialog.statusText().contains(u"imagebuilder:GetComponent"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.componentEdit()->isEnabled());

        OpenComponentDialog noKeys(nullptr, environment(false));
        QSignalSpy listed(&noKeys, &OpenComponentDialog::listed);
        QVERIFY(listed.wait(10000));
        QVERIFY2(noKeys.statusText().startsWith(u"Cannot list the components: "_s) &&
                     noKeys.statusText().contains(u"credentials"_s, Qt::CaseInsensitive),
                 qPrintable(noKeys.statusText()));
        // Amazon's NAME/VERSION needs no call to name; the fetch says what is missing.
        QSignalSpy noKeysFailed(&noKeys, &OpenComponentDialog::failed);
        noKeys.componentEdit()->setText(u"update-linux/1.0.1"_s);
        noKeys.openComponent();
        QVERIFY(noKeysFailed.wait(10000));
        QVERIFY2(
            noKeys.statusText().startsWith(
                u"Cannot fetch arn:aws:imagebuilder:%1:aws:component/update-linux/1.0.1: "_s.arg(
                    Region)) &&
                noKeys.statusText().contains(u"credentials"_s, Qt::CaseInsensitive),
            qPrintable(noKeys.statusText()));
    }

    // Owners chosen one after the other: only the last one's components are listed.
    void anOlderListingIsDropped()
    {
        OpenComponentDialog dialog(nullptr, environment());
        QSignalSpy listed(&dialog, &OpenComponentDialog::listed);
        QVERIFY(listed.wait(10000));
        dialog.listComponents(); // Amazon's again: two pages, slower than...
        dialog.ownerBox()->setCurrentIndex(dialog.ownerBox()->findData(u"Self"_s));
        dialog.listComponents(); // ...the account's own, one page
        QVERIFY(listed.wait(10000));
        QTest::qWait(300); // Amazon's second page has come by now
        QCOMPARE(listed.count(), 2);
        QCOMPARE(visibleNames(dialog.componentsView()), QStringList{u"mine"_s});
        QCOMPARE(dialog.statusText(), u"Components listed: 1."_s);
    }

    // Closed before the credentials are complete: nothing is fetched afterwards.
    void closingRightAwayFetchesNothing()
    {
        OpenComponentDialog dialog(nullptr, environment());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        // Not hello-world-linux: other tests need it uncached.
        dialog.componentEdit()->setText(
            u"arn:aws:imagebuilder:%1:aws:component/update-linux/1.0.1/1"_s.arg(Region));
        dialog.openComponent();
        dialog.reject();
        QTest::qWait(500);
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(!m_fake.calls().join(u'\n').contains(u"GetComponent"_s),
                 qPrintable(m_fake.calls().join(u'\n')));
    }

    void cancelDuringAFetchOpensNothing()
    {
        MainWindow window;
        const int pages = window.pageCount();
        OpenComponentDialog dialog(&window, environment());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        m_fake.throttleNext(3); // retried with back-off: slow enough to cancel
        dialog.componentEdit()->setText(
            u"arn:aws:imagebuilder:%1:aws:component/hello-world-linux/1.0.0/1"_s.arg(Region));
        dialog.openComponent();
        QTest::qWait(100);
        QVERIFY(dialog.isBusy());
        dialog.reject();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QTest::qWait(500);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(window.pageCount(), pages);
    }

    // Through the File menu: the main window opens what the dialog fetched.
    void mainWindowOpensAnUnsavedPage()
    {
        setProcessEnvironment();
        // A document saved before in `folder`: Save As starts there.
        QTemporaryDir folder;
        QFile before(folder.filePath(u"before.yaml"_s));
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.close();
        StudioSettings settings;
        settings.recentFiles = {before.fileName()};
        settings.save();
        MainWindow window;
        window.show();

        // File › Open Component from Image Builder…, after Open… and before Open Recent.
        const QList<QAction *> file = window.menuBar()->actions().first()->menu()->actions();
        const auto at = [&file](const QString &text) {
            return std::find_if(file.begin(), file.end(),
                                [&text](QAction *a) { return a->text() == text; }) -
                   file.begin();
        };
        const qsizetype action = at(u"Open Component from &Image Builder..."_s);
        QCOMPARE(action, at(u"&Open..."_s) + 1);
        QCOMPARE(at(u"Open &Recent"_s), action + 1);
        file[action]->trigger();
        auto *dialog = window.findChild<OpenComponentDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->ownerBox()->currentData().toString(), u"Amazon"_s);
        dialog->componentEdit()->setText(u"update-linux/1.0.1"_s);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->openComponent();
        QVERIFY2(accepted.wait(10000), qPrintable(dialog->statusText()));

        EditorPage *page = window.currentPage();
        QVERIFY(page);
        QCOMPARE(page->displayName(), u"update-linux.yaml"_s);
        QVERIFY(page->filePath().isEmpty());
        QCOMPARE(page->editor()->toPlainText().toUtf8(), componentDocument(u"amazon-1.0.1"_s));
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Opened arn:aws:imagebuilder:%1:aws:component/update-linux/1.0.1/1 from Image "
                 "Builder (unsaved)"_s.arg(Region));
        QTRY_VERIFY(!window.findChild<OpenComponentDialog *>()); // deleted on close

        // Save asks where, suggesting the component's name in the last folder
        // (anything else is refused, not written).
        const QString expected = folder.filePath(u"update-linux.yaml"_s);
        QString suggested;
        QTimer::singleShot(0, this, [&suggested, &expected] {
            auto *ask = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!ask)
                return;
            suggested = ask->selectedFiles().value(0);
            if (suggested == expected)
                static_cast<QDialog *>(ask)->accept();
            else
                static_cast<QDialog *>(ask)->reject();
        });
        const bool saved = window.save();
        QCOMPARE(suggested, expected);
        QVERIFY(saved);
        QCOMPARE(page->filePath(), expected);
        QFile written(expected);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), componentDocument(u"amazon-1.0.1"_s));
    }

    // A cloud run's report names its document by ARN and the run folder has no
    // copy (AWSTOE makes none): the replay fetches it before it starts (the
    // window paints meanwhile), shows it in a page named after the component,
    // and compares. Here the step that failed in the cloud succeeds.
    void replayFetchesADocumentByArn()
    {
        setProcessEnvironment();
        const QString arn =
            u"arn:aws:imagebuilder:%1:aws:component/hello-world-linux/1.0.0/1"_s.arg(Region);
        QTemporaryDir cloud;
        QFile report(cloud.filePath(u"detailedoutput.json"_s));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write(
            QJsonDocument(
                QJsonObject{{u"executionId"_s, u"cloud"_s},
                            {u"status"_s, u"Failed"_s},
                            {u"documents"_s,
                             QJsonArray{QJsonObject{
                                 {u"name"_s, u"hello"_s},
                                 {u"filePath"_s, arn},
                                 {u"status"_s, u"Failed"_s},
                                 {u"phases"_s,
                                  QJsonArray{QJsonObject{
                                      {u"name"_s, u"build"_s},
                                      {u"status"_s, u"Failed"_s},
                                      {u"steps"_s, QJsonArray{QJsonObject{
                                                       {u"name"_s, u"Say"_s},
                                                       {u"action"_s, u"ExecuteBash"_s},
                                                       {u"status"_s, u"Failed"_s},
                                                       {u"failureMessage"_s, u"exit 1"_s}}}}}}}}}}})
                .toJson());
        report.close();
        QTemporaryDir logs;
        MainWindow window;
        StudioSettings settings = window.settings();
        settings.runFolders = StudioSettings::RunFolders::Custom;
        settings.logDirectory = logs.path();
        window.applySettings(settings);
        StudioReplay *replay = window.replayer();
        replay->setConfirmation([](const QString &, bool *) { return true; });
        QSignalSpy compared(replay, &StudioReplay::compared);
        QVERIFY(replay->start(cloud.path()));
        QVERIFY(compared.wait(30000));
        EditorPage *page = window.runPanel()->runPage();
        QCOMPARE(page->displayName(), u"hello-world-linux.yaml"_s);
        QCOMPARE(page->editor()->toPlainText().toUtf8(), componentDocument(u"hello"_s));
        const auto outcome = compared.takeFirst().at(0).value<ReplayOutcome>();
        QVERIFY(!outcome.reproduced);
        QCOMPARE(outcome.failedStep->statusB, std::optional(RunStatus::Success));
        QVERIFY(outcome.failedStep->outputB.contains(u"hello"_s));
        QVERIFY(m_fake.calls().contains(u"GetComponent "_s + arn));
    }

    void untitledSavePath()
    {
        QTemporaryDir folder;
        StudioSettings settings;
        QCOMPARE(settings.untitledSavePath(u"a.yaml"_s), u"a.yaml"_s); // no recent file
        settings.recentFiles = {u"/gone/away/x.yaml"_s, folder.filePath(u"y.yaml"_s)};
        QCOMPARE(settings.untitledSavePath(u"a.yaml"_s), folder.filePath(u"a.yaml"_s));
    }
};

QTEST_MAIN(TestOpenComponent)
#include "tst_opencomponent.moc"
