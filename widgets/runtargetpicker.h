// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// "Run on" in the Run pane: this machine, a sandbox of it, a sandbox of a root
// folder, or of a container image (kiln run's --sandbox, --root, --image).
// A sandbox needs the studio in its private mount namespace, which it enters
// at start when it runs as root (app/studio/main.cpp); otherwise the sandbox
// choices are disabled and say why. The choice is remembered; the sandbox is
// the first choice of a new user who can have it.
#pragma once

#include "sandbox/runsandbox.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Kiln {

class RunTargetPicker : public QGroupBox
{
    Q_OBJECT
public:
    enum Choice { ThisMachine, SandboxOfThisMachine, RootFolder, Image };

    explicit RunTargetPicker(QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice, const QString &value = {});
    // The sandbox to ask the run for; nothing for this machine. False with
    // `error` when the choice lacks its folder or image.
    bool request(std::optional<Sandbox::SandboxRequest> *request, QString *error) const;

private:
    void updateValueField();

    QComboBox *m_choice;
    QLineEdit *m_value;
    QToolButton *m_browse;
};

} // namespace Kiln
