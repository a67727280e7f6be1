// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "opencomponentdialog.h"

#include "aws/imagebuilderarn.h"
#include "aws/imagebuilderdocumentjob.h"
#include "aws/imdsclient.h"
#include "net/environmentproxy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
const QString RegionKey = u"imageBuilder/region"_s;
const QString OwnerKey = u"imageBuilder/owner"_s;
} // namespace

OpenComponentDialog::OpenComponentDialog(QWidget *parent, QProcessEnvironment environment)
    : QDialog(parent), m_environment(std::move(environment)),
      m_network(std::make_unique<QNetworkAccessManager>()), m_component(new QLineEdit(this)),
      m_region(new QLineEdit(this)), m_owner(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_list(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Component from Image Builder"));
    m_network->setProxyFactory(new EnvironmentProxyFactory(m_environment));
    m_component->setPlaceholderText(tr("update-linux/1.x.x, or a component ARN"));
    m_component->setToolTip(tr("NAME/VERSION (x wildcards pick the newest match), "
                               "NAME/VERSION/BUILD, or a component ARN"));
    const QSettings settings;
    m_region->setPlaceholderText(AwsConfig::resolve(m_environment).region);
    m_region->setText(settings.value(RegionKey).toString());
    // Amazon first: its managed components are what people start from.
    m_owner->addItem(tr("Amazon"), u"Amazon"_s);
    m_owner->addItem(tr("My account"), u"Self"_s);
    m_owner->addItem(tr("Shared with me"), u"Shared"_s);
    m_owner->addItem(tr("Third party"), u"ThirdParty"_s);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(settings.value(OwnerKey))));
    m_filter->setPlaceholderText(tr("Filter components"));
    m_filter->setClearButtonEnabled(true);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Version"), tr("Platform"), tr("Type"), tr("Description")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *refresh = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&List"), this);
    refresh->setToolTip(tr("List the owner's components in the region (imagebuilder:"
                           "ListComponents)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Component:"), m_component);
    auto *where = new QHBoxLayout;
    where->addWidget(m_region, 1);
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    where->addWidget(ownerLabel);
    where->addWidget(m_owner);
    where->addWidget(refresh);
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, where);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 480);

    connect(refresh, &QPushButton::clicked, this, &OpenComponentDialog::listComponents);
    connect(m_owner, &QComboBox::activated, this, &OpenComponentDialog::listComponents);
    connect(m_region, &QLineEdit::editingFinished, this, [this] {
        if (m_region->text().trimmed() != m_lookupRegion)
            listComponents();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &OpenComponentDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OpenComponentDialog::choose);
    connect(m_list, &QTreeWidget::itemActivated, this, &OpenComponentDialog::openComponent);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenComponentDialog::openComponent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenComponentDialog::reject);
    listComponents();
}

OpenComponentDialog::~OpenComponentDialog() = default;

QString OpenComponentDialog::statusText() const
{
    return m_status->text();
}

QString OpenComponentDialog::fileName() const
{
    return imageBuilderDocumentFileName(m_buildArn);
}

void OpenComponentDialog::withLookup(std::function<void(ComponentLookup &)> then)
{
    const QString region = m_region->text().trimmed();
    if (m_lookup && region == m_lookupRegion)
        return then(*m_lookup);
    m_waiting.push_back(std::move(then));
    // The credentials on their way (IMDS can take a while) serve this call too.
    if (m_completing && region == m_lookupRegion)
        return;
    if (m_lookup)
        m_lookup->abort();
    m_lookupRegion = region;
    m_completing = true;
    // Only the newest request makes the lookup (the region may go A, B, A meanwhile).
    const quint64 request = ++m_configRequests;
    ImdsClient::completeConfig(AwsConfig::resolve(m_environment), m_environment, m_network.get(),
                               this, [this, region, request](const AwsConfig &config) {
                                   if (request != m_configRequests)
                                       return; // asked again meanwhile
                                   m_completing = false;
                                   m_lookup = std::make_unique<ComponentLookup>(config, region,
                                                                                m_network.get());
                                   for (const auto &waiting : std::exchange(m_waiting, {}))
                                       waiting(*m_lookup);
                               });
}

void OpenComponentDialog::listComponents()
{
    const QString owner = m_owner->currentData().toString();
    // Only the newest listing fills the list (the owner may change while one runs).
    const quint64 listing = ++m_listing;
    m_list->clear();
    if (!m_busy)
        m_status->setText(tr("Listing the components…"));
    withLookup([this, owner, listing](ComponentLookup &lookup) {
        if (!m_busy)
            m_status->setText(
                tr("Listing %1's components in %2…").arg(m_owner->currentText(), lookup.region()));
        lookup.list(owner, [this, listing](const std::vector<ComponentSummary> &components,
                                           const QString &error) {
            if (listing != m_listing)
                return;
            if (!m_busy)
                m_status->setText(error.isEmpty()
                                      ? tr("Components listed: %1.").arg(components.size())
                                      : tr("Cannot list the components: %1").arg(error));
            m_list->setSortingEnabled(false);
            for (const ComponentSummary &c : components) {
                auto *item = new QTreeWidgetItem(
                    m_list, {c.name, c.version, c.platform, c.type, c.description});
                item->setData(NameColumn, Qt::UserRole, c.arn);
                item->setToolTip(NameColumn, c.arn);
            }
            m_list->setSortingEnabled(true);
            applyFilter();
            Q_EMIT listed();
        });
    });
}

void OpenComponentDialog::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString text = item->text(NameColumn) + u' ' + item->text(DescriptionColumn) + u' ' +
                             item->text(PlatformColumn);
        item->setHidden(!std::all_of(words.begin(), words.end(), [&text](const QString &w) {
            return text.contains(w, Qt::CaseInsensitive);
        }));
    }
}

// A listed component is named by its ARN: no owner or name to look up again.
void OpenComponentDialog::choose()
{
    if (const QTreeWidgetItem *item = m_list->currentItem())
        m_component->setText(item->data(NameColumn, Qt::UserRole).toString());
}

void OpenComponentDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    for (QWidget *w : std::initializer_list<QWidget *>{m_component, m_region, m_owner, m_list,
                                                       m_buttons->button(QDialogButtonBox::Open)})
        w->setEnabled(!busy);
}

void OpenComponentDialog::openComponent()
{
    const QString given = m_component->text().trimmed();
    if (m_busy)
        return;
    if (given.isEmpty()) {
        m_status->setText(tr("Name a component, or choose one in the list."));
        return Q_EMIT failed();
    }
    setBusy(true, tr("Looking up %1…").arg(given));
    const QString owner = m_owner->currentData().toString();
    withLookup([this, given, owner](ComponentLookup &lookup) {
        lookup.resolve(given, owner, [this](const QString &arn, const QString &error) {
            if (!error.isEmpty())
                return fetched(false, error, {});
            QString invalid;
            if (!ImageBuilderArn::parse(arn, &invalid))
                return fetched(false, invalid, {});
            fetch(arn);
        });
    });
}

void OpenComponentDialog::fetch(const QString &arn)
{
    setBusy(true, tr("Fetching %1…").arg(arn));
    const QString destination = m_downloads.filePath(u"component.yaml"_s);
    QFile::remove(destination);
    TransferOptions options;
    options.environment = m_environment;
    options.network = m_network.get();
    m_job = std::make_unique<ImageBuilderDocumentJob>(
        QJsonArray{QJsonObject{{u"source"_s, arn}, {u"destination"_s, destination}}}, options);
    connect(m_job.get(), &TransferJob::finished, this,
            [this, arn, destination](const FileTransferResult &r) {
                if (!r.ok)
                    return fetched(false, tr("Cannot fetch %1: %2").arg(arn, r.error), {});
                QFile file(destination);
                if (!file.open(QIODevice::ReadOnly))
                    return fetched(
                        false,
                        tr("Cannot read the document of %1: %2").arg(arn, file.errorString()), {});
                m_document = QString::fromUtf8(file.readAll());
                fetched(true, {}, r.outputs.value(u"arn"_s).toString(arn));
            });
    m_job->start();
}

void OpenComponentDialog::fetched(bool ok, const QString &error, const QString &buildArn)
{
    setBusy(false, error);
    if (!ok)
        return Q_EMIT failed();
    m_buildArn = buildArn;
    QSettings settings;
    settings.setValue(RegionKey, m_region->text().trimmed());
    settings.setValue(OwnerKey, m_owner->currentData());
    accept();
}

void OpenComponentDialog::reject()
{
    m_waiting.clear(); // nothing starts once the credentials are complete
    if (m_lookup)
        m_lookup->abort();
    if (m_job) {
        m_job->disconnect(this); // no "cannot fetch: cancelled" on the way out
        m_job->cancel();
    }
    m_busy = false;
    QDialog::reject();
}

} // namespace Kiln
