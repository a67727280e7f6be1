// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// ExecuteDocument (behaviour-reference §5.1): runs another component document as
// a nested execution with its own execution id, inside the current step.
// Relative paths resolve against the calling document's folder; s3://bucket/key
// documents and Image Builder component ARNs are fetched into the step's work
// folder first (remotedocuments.h); the nested
// document is validated first; nesting is limited to 3 levels below the top
// document and a document may not (directly or indirectly) call itself,
// detected by canonical path. Outputs: the nested run summary; the step's
// detailedOutput: the nested execution record.
#pragma once

#include "exec/executor.h"
#include "net/transferjob.h"
#include "process/actionrun.h"

#include <memory>

namespace Kiln {

class ExecuteDocumentRun : public ActionRun
{
    Q_OBJECT
public:
    struct Setup
    {
        ExecutorOptions parent; // the calling executor's options (platform, modes, depth)
        QStringList ancestors;  // canonical paths of the documents calling this one
    };

    static constexpr int maxNestingDepth = 3;

    ExecuteDocumentRun(const ActionContext &context, Setup setup, QObject *parent = nullptr);
    ~ExecuteDocumentRun() override;

    void start() override;
    void stop(ActionResult::Kind reason) override;

private:
    void failLater(const QString &message);
    void runDocument(const QString &path, const QString &display, const QString &target);
    ExecutorOptions childOptions(std::shared_ptr<const Document> document, const QString &path,
                                 const QString &display) const;
    void followChild(const QString &label);

    ActionContext m_context;
    Setup m_setup;
    std::unique_ptr<Executor> m_child;
    std::unique_ptr<TransferJob> m_download; // s3:// and ARN documents
    ActionResult::Kind m_stopReason = ActionResult::Kind::Cancelled;
    bool m_stopped = false;
};

} // namespace Kiln
