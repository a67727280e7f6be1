// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// kiln-studio: builds the main window and opens the files named on the command
// line. Everything else lives in kiln_widgets.
#include "editorpage.h"
#include "exec/brokenpipe.h"
#include "i18n/quietlocalewarning.h"
#include "i18n/translators.h"
#include "mainwindow.h"
#include "sandbox/namespaces.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <memory>
#include <unistd.h>

int main(int argc, char *argv[])
{
    Kiln::ignoreBrokenPipe(); // a closed stdout must not end a run (brokenpipe.h)
    // As root, the studio lives in a mount namespace of its own (still seeing
    // the host's later mounts), so that the Run pane can offer sandboxes: it
    // must be entered before Qt starts a thread. Not as another user: a user
    // namespace would make the whole studio "root" in it, and runs on this
    // machine would see uid 0. Such a user runs sandboxes with kiln run --root.
    if (::geteuid() == 0)
        Kiln::Sandbox::enterPrivateMountNamespace(); // the Run pane says why when it failed
    auto quiet = std::make_unique<Kiln::QuietLocaleWarning>();
    QApplication app(argc, argv);
    quiet.reset();
    QApplication::setApplicationName(QStringLiteral("kiln-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kiln Studio"));
    QApplication::setOrganizationName(QStringLiteral("Kiln"));
    QApplication::setApplicationVersion(QStringLiteral(KILN_VERSION));
    // Matches the .desktop file, so Wayland compositors show the right icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.kiln.Studio"));
    Kiln::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Editor and local runner for EC2 Image Builder components"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Open the window and the files, validate, then exit."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Documents to open."),
                                 QStringLiteral("[file...]"));
    parser.process(app);

    Kiln::MainWindow window;
    bool opened = true;
    for (const QString &path : parser.positionalArguments())
        opened = window.openFile(path) != nullptr && opened;
    // No file given: the tabs of the last session, or the welcome page.
    if (parser.positionalArguments().isEmpty())
        window.restoreSession();
    window.show();

    if (parser.isSet(selfTest)) {
        // Smoke test for CI: everything up to the event loop works and the
        // files given could be opened.
        QTimer::singleShot(0, &app, [&] { QApplication::exit(opened ? 0 : 1); });
    }
    return QApplication::exec();
}
