// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// File › Open Component from Image Builder: `kiln pull` in the studio. The
// user names a component (an ARN, or NAME/VERSION with x wildcards) or picks
// one from the list of an owner's components (Amazon's first: the managed
// components are what people start from), in a region; Open fetches its
// document (core/aws/componentlookup.h, ImageBuilderDocumentJob and its cache)
// and the main window opens it as an unsaved page named after the component.
// Nothing here blocks: listing and fetching answer later, can be cancelled
// (Cancel, closing), and a failure is said in the dialog, which stays open.
#pragma once

#include "aws/componentlookup.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QTreeWidget;

namespace Kiln {

class TransferJob;

class OpenComponentDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, PlatformColumn, TypeColumn, DescriptionColumn };

    // AWS settings and proxies come from `environment` (tests point it at a fake).
    explicit OpenComponentDialog(
        QWidget *parent = nullptr,
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~OpenComponentDialog() override;

    // After accept(): the document, the build-version ARN it is, and a file name.
    QString document() const { return m_document; }
    QString buildArn() const { return m_buildArn; }
    QString fileName() const;

    // Lists the chosen owner's components in the region (again).
    void listComponents();
    // Resolves the component field and fetches its document; accept() when it is here
    // (not QDialog::open(), which shows the dialog).
    void openComponent();
    // Stops what is in flight, then closes.
    void reject() override;
    bool isBusy() const { return m_busy; }

    QLineEdit *componentEdit() const { return m_component; }
    QLineEdit *regionEdit() const { return m_region; }
    QComboBox *ownerBox() const { return m_owner; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *componentsView() const { return m_list; }
    QString statusText() const;

Q_SIGNALS:
    // The listing arrived (or failed: statusText() says why).
    void listed();
    // A fetch failed or was refused: statusText() says why.
    void failed();

private:
    // Calls `then` with a lookup for the region, made once the credentials are
    // complete (IMDS on EC2).
    void withLookup(std::function<void(ComponentLookup &)> then);
    void fetch(const QString &arn);
    void fetched(bool ok, const QString &error, const QString &buildArn);
    void setBusy(bool busy, const QString &status);
    void applyFilter();
    void choose();

    QProcessEnvironment m_environment;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ComponentLookup> m_lookup;
    QString m_lookupRegion;
    bool m_completing = false; // the lookup's credentials are on their way
    quint64 m_configRequests = 0;
    std::vector<std::function<void(ComponentLookup &)>> m_waiting;
    std::unique_ptr<TransferJob> m_job;
    QTemporaryDir m_downloads;
    QLineEdit *m_component;
    QLineEdit *m_region;
    QComboBox *m_owner;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    quint64 m_listing = 0; // the newest listComponents()
    QString m_document;
    QString m_buildArn;
};

} // namespace Kiln
