// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The AWS half of `kiln publish`, once the document is valid and the request
// built: is the version free (ListComponents of the caller's own components),
// the S3 copy for a document too large to send inline, then CreateComponent.
// Waits in local event loops like the CLI's other transfers (net/waitfortransfer.h).
#pragma once

#include "aws/componentpublication.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace Kiln::Cli {

struct PublishTarget
{
    QString region;    // empty: the AWS region
    QString file;      // the local document (uploaded when publication.uri is set)
    QStringList given; // the command's arguments, to show the command with a free version
};

// Publishes `publication` with the credentials of the environment, the profile
// or (on EC2) the instance role; prints the new build-version ARN on `out`, or what went
// wrong (and the next free version when this one exists) on `err`. The exit code.
int publishComponent(const PublishTarget &target, const ComponentPublication &publication,
                     QTextStream &out, QTextStream &err);

} // namespace Kiln::Cli
