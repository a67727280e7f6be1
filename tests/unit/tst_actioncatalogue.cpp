// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The action catalogue is data; these tests keep the data honest: every module
// of the spec is present with sane inputs, and lookups and hints work.
#include "schema/actioncatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kiln;

class TestActionCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyModulePresent_data();
    void everyModulePresent();
    void noUnknownModules();
    void dataSanity();
    void shapes_data();
    void shapes();
    void lookups();
    void suggestions_data();
    void suggestions();
    void allowedValues();
    void platformNames();
    void stepFields();
    void typedDefaults();
};

namespace {
const QStringList specModules = {u"Assert"_s,
                                 u"ExecuteBash"_s,
                                 u"ExecuteBinary"_s,
                                 u"ExecuteDocument"_s,
                                 u"ExecutePowerShell"_s,
                                 u"S3Download"_s,
                                 u"S3Upload"_s,
                                 u"WebDownload"_s,
                                 u"AppendFile"_s,
                                 u"CopyFile"_s,
                                 u"CopyFolder"_s,
                                 u"CreateFile"_s,
                                 u"CreateFolder"_s,
                                 u"CreateSymlink"_s,
                                 u"DeleteFile"_s,
                                 u"DeleteFolder"_s,
                                 u"ListFiles"_s,
                                 u"MoveFile"_s,
                                 u"MoveFolder"_s,
                                 u"ReadFile"_s,
                                 u"SetFileEncoding"_s,
                                 u"SetFileOwner"_s,
                                 u"SetFolderOwner"_s,
                                 u"SetFilePermissions"_s,
                                 u"SetFolderPermissions"_s,
                                 u"InstallMSI"_s,
                                 u"UninstallMSI"_s,
                                 u"Reboot"_s,
                                 u"SetRegistry"_s,
                                 u"UpdateOS"_s};

constexpr Platforms L = platformBit(Platform::Linux);
constexpr Platforms W = platformBit(Platform::Windows);
constexpr Platforms D = platformBit(Platform::Darwin);
} // namespace

void TestActionCatalogue::everyModulePresent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Platforms>("platforms");
    // The platform matrix of behaviour-reference §5.
    const QList<QPair<QString, Platforms>> matrix = {
        {u"Assert"_s, L | W | D},
        {u"ExecuteBash"_s, L | D},
        {u"ExecuteBinary"_s, L | W | D},
        {u"ExecuteDocument"_s, L | W | D},
        {u"ExecutePowerShell"_s, W},
        {u"S3Download"_s, L | W | D},
        {u"S3Upload"_s, L | W | D},
        {u"WebDownload"_s, L | W | D},
        {u"AppendFile"_s, L | W | D},
        {u"CopyFile"_s, L | W | D},
        {u"CopyFolder"_s, L | W | D},
        {u"CreateFile"_s, L | W | D},
        {u"CreateFolder"_s, L | W | D},
        {u"CreateSymlink"_s, L | D},
        {u"DeleteFile"_s, L | W | D},
        {u"DeleteFolder"_s, L | W | D},
        {u"ListFiles"_s, L | W | D},
        {u"MoveFile"_s, L | W | D},
        {u"MoveFolder"_s, L | W | D},
        {u"ReadFile"_s, L | W | D},
        {u"SetFileEncoding"_s, L | W | D},
        {u"SetFileOwner"_s, L | D},
        {u"SetFolderOwner"_s, L | D},
        {u"SetFilePermissions"_s, L | D},
        {u"SetFolderPermissions"_s, L | D},
        {u"InstallMSI"_s, W},
        {u"UninstallMSI"_s, W},
        {u"Reboot"_s, L | W | D},
        {u"SetRegistry"_s, W},
        {u"UpdateOS"_s, L | W},
    };
    QCOMPARE(matrix.size(), specModules.size());
    for (const auto &[name, platforms] : matrix)
        QTest::newRow(qPrintable(name)) << name << platforms;
}

void TestActionCatalogue::everyModulePresent()
{
    QFETCH(QString, name);
    QFETCH(Platforms, platforms);
    const ActionSpec *spec = ActionCatalogue::instance().find(name);
    QVERIFY2(spec, qPrintable(name));
    QCOMPARE(spec->name, name);
    QCOMPARE(spec->platforms, platforms);
    QVERIFY(!spec->doc.isEmpty());
    QVERIFY(!spec->category.isEmpty());
    QVERIFY2(spec->example.contains(u"action: "_s + name), qPrintable(spec->example));
}

void TestActionCatalogue::noUnknownModules()
{
    QCOMPARE(ActionCatalogue::instance().actions().size(), size_t(specModules.size()));
    QSet<QString> names;
    for (const ActionSpec &s : ActionCatalogue::instance().actions()) {
        QVERIFY2(specModules.contains(s.name), qPrintable(s.name));
        QVERIFY2(!names.contains(s.name), qPrintable(s.name));
        names.insert(s.name);
    }
}

void TestActionCatalogue::dataSanity()
{
    static const QRegularExpression inputName(u"^[A-Za-z][A-Za-z0-9-]*$"_s);
    for (const ActionSpec &s : ActionCatalogue::instance().actions()) {
        QSet<QString> inputs;
        for (const InputSpec &i : s.inputs) {
            const QString where = s.name + u'.' + i.name;
            QVERIFY2(inputName.match(i.name).hasMatch(), qPrintable(where));
            QVERIFY2(!inputs.contains(i.name), qPrintable(u"duplicate input "_s + where));
            inputs.insert(i.name);
            QVERIFY2(!i.doc.isEmpty(), qPrintable(where));
            QVERIFY2(i.platforms != 0, qPrintable(where));
            // An input cannot be meant for a platform its module does not run on.
            QVERIFY2((i.platforms & s.platforms) != 0, qPrintable(where));
            QVERIFY2(!(i.required && !i.defaultValue.isEmpty()),
                     qPrintable(u"required input with a default: "_s + where));
            if (!i.defaultValue.isEmpty())
                QVERIFY2(i.allows(i.defaultValue), qPrintable(u"default not allowed: "_s + where));
            if (i.type == InputType::Boolean && !i.defaultValue.isEmpty()) {
                QVERIFY2(i.defaultValue == u"true" || i.defaultValue == u"false",
                         qPrintable(where));
            }
            if (i.type == InputType::Integer && !i.defaultValue.isEmpty()) {
                bool ok = false;
                i.defaultValue.toInt(&ok);
                QVERIFY2(ok, qPrintable(where));
            }
            if (!i.pattern.isEmpty()) {
                const QRegularExpression re(u"^(?:"_s + i.pattern + u")$"_s);
                QVERIFY2(re.isValid(), qPrintable(where));
                if (!i.defaultValue.isEmpty())
                    QVERIFY2(re.match(i.defaultValue).hasMatch(), qPrintable(where));
            }
            QCOMPARE(QSet<QString>(i.allowedValues.begin(), i.allowedValues.end()).size(),
                     i.allowedValues.size());
            if (i.acceptsBooleanString)
                QCOMPARE(i.type, InputType::Boolean);
        }
        for (const QString &name : s.exactlyOneOf) {
            const InputSpec *i = s.input(name);
            QVERIFY2(i && !i->required, qPrintable(s.name + u'.' + name));
        }
        QSet<QString> outputs;
        for (const OutputSpec &o : s.outputs) {
            QVERIFY2(!outputs.contains(o.name), qPrintable(s.name + u'.' + o.name));
            outputs.insert(o.name);
            QVERIFY(!o.doc.isEmpty());
        }
        if (s.shape == InputShape::Condition)
            QVERIFY(s.inputs.empty());
    }
}

void TestActionCatalogue::shapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("shape");
    for (const QString &n :
         {u"ExecuteBash"_s, u"ExecuteBinary"_s, u"ExecuteDocument"_s, u"ExecutePowerShell"_s,
          u"InstallMSI"_s, u"UninstallMSI"_s, u"Reboot"_s, u"UpdateOS"_s})
        QTest::newRow(qPrintable(n)) << n << int(InputShape::Map);
    for (const QString &n :
         {u"S3Download"_s, u"S3Upload"_s, u"WebDownload"_s, u"SetRegistry"_s, u"AppendFile"_s,
          u"CopyFile"_s, u"CreateFile"_s, u"ListFiles"_s, u"SetFolderPermissions"_s})
        QTest::newRow(qPrintable(n)) << n << int(InputShape::List);
    QTest::newRow("Assert") << u"Assert"_s << int(InputShape::Condition);
}

void TestActionCatalogue::shapes()
{
    QFETCH(QString, name);
    QFETCH(int, shape);
    QCOMPARE(int(ActionCatalogue::instance().find(name)->shape), shape);
}

void TestActionCatalogue::lookups()
{
    const ActionCatalogue &c = ActionCatalogue::instance();
    QVERIFY(!c.find(u"executebash"));
    QVERIFY(!c.find(u""));
    const ActionSpec *webDownload = c.find(u"WebDownload");
    QVERIFY(webDownload);
    QVERIFY(webDownload->input(u"checksum"));
    QVERIFY(!webDownload->input(u"Checksum"));
    QCOMPARE(webDownload->input(u"overwrite")->defaultValue, u"true"_s);
    QCOMPARE(webDownload->input(u"overwrite")->type, InputType::Boolean);
    QCOMPARE(webDownload->outputs.front().name, u"destination"_s);

    const ActionSpec *createFile = c.find(u"CreateFile");
    QCOMPARE(createFile->input(u"owner")->platforms, L | D);
    QCOMPARE(createFile->input(u"path")->platforms, L | W | D);
    QCOMPARE(createFile->input(u"permissions")->defaultValue, u"0666"_s);

    const ActionSpec *ps = c.find(u"ExecutePowerShell");
    QCOMPARE(ps->exactlyOneOf, (QStringList{u"commands"_s, u"file"_s}));
    QCOMPARE(ps->input(u"file")->mustEndWith, u".ps1"_s);
    QVERIFY(!c.find(u"Reboot")->timeoutAllowed);
    QVERIFY(c.find(u"ExecuteDocument")->runsOnce);
    QVERIFY(c.find(u"S3Upload")->input(u"recurse")->acceptsBooleanString);
    QVERIFY(!c.find(u"S3Download")->input(u"overwrite")->acceptsBooleanString);
    QVERIFY(c.find(u"S3Download")->hasRequiredInputs());
    QVERIFY(!c.find(u"UpdateOS")->hasRequiredInputs());
    QVERIFY(!c.find(u"Reboot")->hasRequiredInputs());
    QVERIFY(c.find(u"ExecutePowerShell")->hasRequiredInputs());
    QCOMPARE(c.find(u"ExecuteBash")->shortDoc(),
             u"Runs a bash script built from the commands list."_s);
}

void TestActionCatalogue::suggestions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case") << u"executebash"_s << u"ExecuteBash"_s;
    QTest::newRow("typo") << u"ExecuteBsh"_s << u"ExecuteBash"_s;
    QTest::newRow("transposed") << u"S3Dwonload"_s << u"S3Download"_s;
    QTest::newRow("powershell") << u"ExecutePowershel"_s << u"ExecutePowerShell"_s;
    QTest::newRow("plural") << u"DeleteFiles"_s << u"DeleteFile"_s;
    QTest::newRow("far") << u"InstallPackage"_s << QString();
    QTest::newRow("prefix") << u"SetFolderPerm"_s << u"SetFolderPermissions"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("short") << u"X"_s << QString();
}

void TestActionCatalogue::suggestions()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(ActionCatalogue::instance().suggest(typed), expected);
}

void TestActionCatalogue::allowedValues()
{
    const ActionCatalogue &c = ActionCatalogue::instance();
    const InputSpec *encoding = c.find(u"ReadFile")->input(u"encoding");
    QVERIFY(encoding->allows(u"UTF-16"));
    QVERIFY(encoding->allows(u"utf-32-be"));
    QVERIFY(!encoding->allows(u"latin1"));
    const InputSpec *algorithm = c.find(u"WebDownload")->input(u"algorithm");
    QVERIFY(algorithm->allows(u"SHA256"));
    QVERIFY(!algorithm->allows(u"sha256")); // AWSTOE spells them upper-case
    QVERIFY(!algorithm->allows(u"SHA384"));
    const InputSpec *reboot = c.find(u"InstallMSI")->input(u"reboot");
    QCOMPARE(reboot->allowedValues, (QStringList{u"Allow"_s, u"Force"_s, u"Skip"_s}));
    QCOMPARE(c.find(u"SetRegistry")->input(u"type")->allowedValues.size(), 6);
    QVERIFY(c.find(u"ExecuteBash")->input(u"commands")->allows(u"anything"));
}

void TestActionCatalogue::platformNames()
{
    QCOMPARE(platformFromName(u"Linux"), L);
    QCOMPARE(platformFromName(u"windows"), W);
    QCOMPARE(platformFromName(u"darwin"), D);
    QCOMPARE(platformFromName(u"solaris"), Platforms(0));
    QCOMPARE(Kiln::platformNames(L | W), u"Linux, Windows"_s);
    QCOMPARE(platformOptionName(W), u"windows"_s);
}

void TestActionCatalogue::typedDefaults()
{
    const ActionCatalogue &c = ActionCatalogue::instance();
    QCOMPARE(c.find(u"S3Download")->input(u"overwrite")->typedDefault(), QVariant(true));
    QCOMPARE(c.find(u"DeleteFolder")->input(u"force")->typedDefault(), QVariant(false));
    QCOMPARE(c.find(u"Reboot")->input(u"delaySeconds")->typedDefault(), QVariant(qlonglong(0)));
    QCOMPARE(c.find(u"CreateFile")->input(u"permissions")->typedDefault(), QVariant(u"0666"_s));
    QVERIFY(!c.find(u"CreateFile")->input(u"owner")->typedDefault().isValid());
}

void TestActionCatalogue::stepFields()
{
    QCOMPARE(stepFieldNames(),
             (QStringList{u"name"_s, u"action"_s, u"inputs"_s, u"timeoutSeconds"_s, u"onFailure"_s,
                          u"maxAttempts"_s, u"loop"_s, u"if"_s}));
    for (const StepFieldSpec &f : Kiln::stepFields())
        QVERIFY2(f.doc.size() > 40, qPrintable(f.name));
}

QTEST_GUILESS_MAIN(TestActionCatalogue)
#include "tst_actioncatalogue.moc"
