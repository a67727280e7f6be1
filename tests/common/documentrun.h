// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Options for an in-process run of one document (Executor tests): `yaml` is
// written as doc.yaml in `dir` (so ExecuteDocument finds neighbours there) and
// the run's work folder is dir/work. Header-only, shared by tests/exec.
#pragma once

#include "actions/standardactions.h"
#include "document/document.h"
#include "exec/executor.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

namespace KilnTest {

inline Kiln::ExecutorOptions documentRun(const QTemporaryDir &dir, const QByteArray &yaml,
                                         const QHash<QString, QString> &parameters = {})
{
    using namespace Qt::StringLiterals;
    const QString path = dir.filePath(u"doc.yaml"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(yaml);
    f.close();
    Kiln::ExecutorOptions options;
    options.actions = Kiln::standardActions();
    Kiln::RunDocument rd;
    rd.path = path;
    rd.document = std::make_shared<Kiln::Document>(Kiln::Document::fromFile(path));
    rd.parameters = parameters;
    options.documents.push_back(rd);
    options.workDirectory = dir.filePath(u"work"_s);
    return options;
}

// The record of the step `name` (any document and phase), or null.
inline const Kiln::StepRecord *findStep(const Kiln::ExecutionRecord &record, const QString &name)
{
    for (const Kiln::DocumentRecord &d : record.documents)
        for (const Kiln::PhaseRecord &p : d.phases)
            for (const Kiln::StepRecord &s : p.steps)
                if (s.name == name)
                    return &s;
    return nullptr;
}

} // namespace KilnTest
