// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "runtargetpicker.h"

#include "sandbox/namespaces.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

const auto ChoiceKey = u"run/target"_s;
const auto ValueKey = u"run/targetValue"_s;

} // namespace

RunTargetPicker::RunTargetPicker(QWidget *parent)
    : QGroupBox(tr("Run on"), parent), m_choice(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_browse(new QToolButton(this))
{
    m_choice->addItem(tr("This machine"));
    m_choice->addItem(tr("A sandbox of this machine"));
    m_choice->addItem(tr("A sandbox of a root folder"));
    m_choice->addItem(tr("A sandbox of a container image"));
    m_choice->setItemData(ThisMachine, tr("The steps change this machine, as kiln run does."),
                          Qt::ToolTipRole);
    const bool sandboxes = Sandbox::inPrivateMountNamespace();
    const QString why = tr("Sandboxes mount an overlay: start Kiln Studio as root (sudo "
                           "kiln-studio), or use kiln run --root in a terminal.");
    const QString tips[] = {
        tr("The steps see this machine's files, their changes go to an overlay: the machine "
           "is left as it was, and the Changes pane lists what each step changed."),
        tr("The same over another distribution's root (debootstrap output, an exported "
           "container): its own programs run against its own files."),
        tr("The same over a container image's root, from podman or docker (nothing is "
           "pulled).")};
    auto *model = qobject_cast<QStandardItemModel *>(m_choice->model());
    for (int i = SandboxOfThisMachine; i <= Image; ++i) {
        m_choice->setItemData(i, sandboxes ? tips[i - SandboxOfThisMachine] : why, Qt::ToolTipRole);
        if (!sandboxes)
            model->item(i)->setEnabled(false);
    }
    m_browse->setText(u"…"_s);
    m_browse->setToolTip(tr("Choose the root folder"));
    // Narrow docks elide the entry instead of pushing the pane wider.
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(8);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_choice);
    layout->addLayout(valueRow);

    const QSettings settings;
    const int fallback = sandboxes ? SandboxOfThisMachine : ThisMachine;
    int saved = settings.value(ChoiceKey, fallback).toInt();
    if (saved < ThisMachine || saved > Image || (!sandboxes && saved != ThisMachine))
        saved = ThisMachine;
    setChoice(Choice(saved), settings.value(ValueKey).toString());

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateValueField();
        QSettings().setValue(ChoiceKey, m_choice->currentIndex());
    });
    connect(m_value, &QLineEdit::textEdited, this,
            [](const QString &text) { QSettings().setValue(ValueKey, text); });
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Root folder"), m_value->text());
        if (!folder.isEmpty()) {
            m_value->setText(folder);
            QSettings().setValue(ValueKey, folder);
        }
    });
}

RunTargetPicker::Choice RunTargetPicker::choice() const
{
    return Choice(m_choice->currentIndex());
}

void RunTargetPicker::setChoice(Choice choice, const QString &value)
{
    m_choice->setCurrentIndex(choice);
    if (!value.isEmpty())
        m_value->setText(value);
    updateValueField();
}

void RunTargetPicker::updateValueField()
{
    const Choice c = choice();
    m_value->setVisible(c == RootFolder || c == Image);
    m_browse->setVisible(c == RootFolder);
    m_value->setPlaceholderText(c == RootFolder ? tr("/srv/roots/al2023")
                                                : tr("image, e.g. amazonlinux:2023"));
}

bool RunTargetPicker::request(std::optional<Sandbox::SandboxRequest> *request, QString *error) const
{
    using Kind = Sandbox::SandboxRequest::Kind;
    request->reset();
    const QString value = m_value->text().trimmed();
    switch (choice()) {
    case ThisMachine:
        return true;
    case SandboxOfThisMachine:
        *request = Sandbox::SandboxRequest{Kind::Host, {}, {}, {}, {}};
        return true;
    case RootFolder:
        if (!QDir(value).exists(u"bin"_s)) {
            *error = value.isEmpty() ? tr("Choose the root folder to run on.")
                                     : tr("%1 is not a root file system (it has no /bin).")
                                           .arg(QDir::toNativeSeparators(value));
            return false;
        }
        *request = Sandbox::SandboxRequest{Kind::Root, QDir(value).absolutePath(), {}, {}, {}};
        return true;
    case Image:
        if (value.isEmpty()) {
            *error = tr("Name the container image to run on.");
            return false;
        }
        *request = Sandbox::SandboxRequest{Kind::Image, {}, value, {}, {}};
        return true;
    }
    return true;
}

} // namespace Kiln
