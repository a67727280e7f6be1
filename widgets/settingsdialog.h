// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Edits StudioSettings: editor font, theme, log directory and reboot mode.
#pragma once

#include "studiosettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Kiln {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const StudioSettings &settings, QWidget *parent = nullptr);

    // The edited settings (recent files are passed through unchanged).
    StudioSettings settings() const;

private:
    StudioSettings m_settings;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QComboBox *m_runFolders;
    QLineEdit *m_logDirectory;
    QCheckBox *m_lintScripts;
    QComboBox *m_rebootMode;
};

} // namespace Kiln
