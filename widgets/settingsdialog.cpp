// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "validate/scriptlint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Kiln {

SettingsDialog::SettingsDialog(const StudioSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_font(new QFontComboBox(this)),
      m_fontSize(new QSpinBox(this)), m_theme(new QComboBox(this)),
      m_runFolders(new QComboBox(this)), m_logDirectory(new QLineEdit(this)),
      m_lintScripts(new QCheckBox(tr("Check ExecuteBash commands with ShellCheck"), this)),
      m_rebootMode(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));

    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(settings.editorFont);
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(settings.editorFont.pointSize() > 0 ? settings.editorFont.pointSize()
                                                             : 10);
    m_fontSize->setSuffix(tr(" pt"));

    m_theme->addItem(tr("System"), int(StudioSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(StudioSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(StudioSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));

    using Folders = StudioSettings::RunFolders;
    m_runFolders->addItem(tr("In Kiln's data folder, one folder per document"),
                          int(Folders::DataFolder));
    m_runFolders->addItem(tr("Next to the document (like awstoe run)"),
                          int(Folders::NextToDocument));
    m_runFolders->addItem(tr("In this folder:"), int(Folders::Custom));
    m_runFolders->setCurrentIndex(m_runFolders->findData(int(settings.runFolders)));
    m_logDirectory->setText(settings.logDirectory);
    m_logDirectory->setPlaceholderText(tr("A folder for the runs of every document"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Log Directory"), m_logDirectory->text());
        if (!dir.isEmpty())
            m_logDirectory->setText(dir);
    });
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logDirectory, 1);
    logRow->addWidget(browse);
    const auto followChoice = [this, browse] {
        const bool custom = m_runFolders->currentData().toInt() == int(Folders::Custom);
        m_logDirectory->setEnabled(custom);
        browse->setEnabled(custom);
    };
    connect(m_runFolders, &QComboBox::currentIndexChanged, this, followChoice);
    followChoice();

    m_lintScripts->setChecked(settings.lintScripts);
    if (findShellcheck().isEmpty()) {
        m_lintScripts->setEnabled(false);
        m_lintScripts->setToolTip(
            tr("shellcheck is not installed (Debian: apt install shellcheck)."));
    }

    m_rebootMode->addItem(tr("Simulate: continue with the next step"),
                          int(StudioSettings::RebootMode::Simulate));
    m_rebootMode->addItem(tr("Stop the run and keep its state to resume later"),
                          int(StudioSettings::RebootMode::Stop));
    m_rebootMode->setCurrentIndex(m_rebootMode->findData(int(settings.rebootMode)));
    m_rebootMode->setToolTip(
        tr("Kiln never reboots this computer. This decides what a local run does when a step "
           "asks for a reboot."));

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    auto *form = new QFormLayout;
    form->addRow(tr("Editor font:"), fontRow);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Run folders:"), m_runFolders);
    form->addRow(QString(), logRow);
    form->addRow(QString(), m_lintScripts);
    form->addRow(tr("On reboot request:"), m_rebootMode);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

StudioSettings SettingsDialog::settings() const
{
    StudioSettings s = m_settings;
    s.editorFont = m_font->currentFont();
    s.editorFont.setPointSize(m_fontSize->value());
    s.editorFont.setStyleHint(QFont::Monospace);
    s.theme = StudioSettings::Theme(m_theme->currentData().toInt());
    s.runFolders = StudioSettings::RunFolders(m_runFolders->currentData().toInt());
    s.logDirectory = m_logDirectory->text().trimmed();
    if (s.runFolders == StudioSettings::RunFolders::Custom && s.logDirectory.isEmpty())
        s.runFolders = StudioSettings::RunFolders::DataFolder;
    if (m_lintScripts->isEnabled())
        s.lintScripts = m_lintScripts->isChecked();
    s.rebootMode = StudioSettings::RebootMode(m_rebootMode->currentData().toInt());
    return s;
}

} // namespace Kiln
