// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "validator.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "i18n/tr.h"
#include "schema/actioncatalogue.h"
#include "validate/exprchecks.h"
#include "validate/locationchecks.h"
#include "validate/reporter.h"
#include "validate/scriptlint.h"
#include "validate/stepchecks.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// Collects diagnostics for one document; keeps each check a short function.
class Checker
{
public:
    Checker(const Document &doc, const ValidationOptions &options)
        : m_doc(doc), m_options(options), m_reporter(doc.filePath())
    {
    }

    Diagnostics run()
    {
        for (const Diagnostic &d : m_doc.parseDiagnostics())
            m_reporter.add(d);
        const YamlNode *root = m_doc.root();
        if (!root)
            return m_reporter.take();
        checkDuplicateKeys(*root);
        if (!root->isMap()) {
            report(Severity::Error, Codes::NotAMapping, *root,
                   ValidatorTr::tr("a component document must be a YAML mapping with "
                                   "'schemaVersion' and 'phases', but this is %1")
                       .arg(kindName(root->kind)));
            return m_reporter.take();
        }
        checkTopLevelKeys(*root);
        checkSchemaVersion(*root);
        checkPhases(*root);
        checkSteps(m_doc, m_options, m_reporter);
        checkVariables(m_doc, m_reporter);
        checkReferences(m_doc, m_reporter);
        checkLoops(m_doc, m_reporter);
        checkConditions(m_doc, m_reporter);
        checkS3Buckets(m_doc, m_reporter);
        checkDownloadFolders(m_doc, m_reporter);
        checkRunOptions(m_doc, m_options, m_reporter);
        if (m_options.lintScripts)
            checkScripts(m_doc, m_options, m_reporter);
        return m_reporter.take();
    }

private:
    void report(Severity severity, const char *code, const YamlNode &at, const QString &message)
    {
        m_reporter.report(severity, code, at, message);
    }

    void checkDuplicateKeys(const YamlNode &node)
    {
        if (node.isMap()) {
            // Most mappings have a handful of keys: comparing with the earlier ones
            // costs less than hashing them (10,000 steps are validated on every edit
            // by the language server).
            const bool small = node.entries.size() <= 16;
            QSet<QString> seen;
            for (size_t i = 0; i < node.entries.size(); ++i) {
                const YamlEntry &e = node.entries[i];
                const bool repeated =
                    e.key.isScalar() &&
                    (small ? std::any_of(node.entries.begin(), node.entries.begin() + ptrdiff_t(i),
                                         [&](const YamlEntry &earlier) {
                                             return earlier.key.isScalar() &&
                                                    earlier.key.text == e.key.text;
                                         })
                           : seen.contains(e.key.text));
                if (e.key.isScalar() && !repeated) {
                    if (!small)
                        seen.insert(e.key.text);
                } else if (e.key.isScalar()) {
                    report(Severity::Error, Codes::DuplicateKey, e.key,
                           ValidatorTr::tr("duplicate key '%1' in this mapping").arg(e.key.text));
                }
                checkDuplicateKeys(e.value);
            }
        }
        for (const YamlNode &item : node.items)
            checkDuplicateKeys(item);
    }

    void checkTopLevelKeys(const YamlNode &root)
    {
        static const QStringList known = {u"name"_s,       u"description"_s, u"schemaVersion"_s,
                                          u"parameters"_s, u"constants"_s,   u"phases"_s};
        for (const YamlEntry &e : root.entries) {
            if (e.key.isScalar() && !known.contains(e.key.text)) {
                report(Severity::Error, Codes::UnknownKey, e.key,
                       ValidatorTr::tr("unknown top-level key '%1' (expected one of: %2)")
                           .arg(e.key.text, known.join(u", ")));
            }
        }
    }

    void checkSchemaVersion(const YamlNode &root)
    {
        const YamlEntry *entry = root.entry(u"schemaVersion");
        if (!entry) {
            report(Severity::Error, Codes::MissingSchemaVersion, root,
                   ValidatorTr::tr("'schemaVersion' is missing: add 'schemaVersion: 1.0' at the "
                                   "top of the document"));
            return;
        }
        const YamlNode &v = entry->value;
        const bool ok = v.isScalar() && (v.text == u"1.0" || (v.plain && v.text == u"1"));
        if (!ok) {
            report(Severity::Error, Codes::BadSchemaVersion, v.mark.line ? v : entry->key,
                   ValidatorTr::tr("schemaVersion must be 1.0, not '%1'")
                       .arg(v.isScalar() ? v.text : kindName(v.kind)));
        }
    }

    // A misspelled `steps` would otherwise read as a phase with no steps and hide them all.
    void checkPhaseKeys(const YamlNode &phase)
    {
        static const QStringList known = {u"name"_s, u"steps"_s};
        for (const YamlEntry &e : phase.entries) {
            if (!e.key.isScalar() || known.contains(e.key.text))
                continue;
            const QString hint = closestMatch(e.key.text, known);
            report(Severity::Error, Codes::UnknownKey, e.key,
                   ValidatorTr::tr("unknown phase key '%1'%2 (a phase has: name, steps)")
                       .arg(e.key.text, hint.isEmpty()
                                            ? QString()
                                            : ValidatorTr::tr("; did you mean '%1'?").arg(hint)));
        }
    }

    void checkPhases(const YamlNode &root)
    {
        const YamlEntry *entry = root.entry(u"phases");
        if (!entry) {
            report(Severity::Error, Codes::MissingPhases, root,
                   ValidatorTr::tr("'phases' is missing: a document needs a list of phases "
                                   "(build, validate or test) with steps"));
            return;
        }
        const YamlNode &list = entry->value;
        if (!list.isSequence()) {
            report(Severity::Error, Codes::WrongType, list.mark.line ? list : entry->key,
                   ValidatorTr::tr("'phases' must be a list of phases ('- name: build'), not %1")
                       .arg(kindName(list.kind)));
            return;
        }
        if (list.items.empty()) {
            report(Severity::Error, Codes::EmptyPhases, entry->key,
                   ValidatorTr::tr("'phases' is empty: add at least one phase"));
            return;
        }
        QSet<QString> names;
        bool standard = false;
        for (const Phase &phase : m_doc.phases) {
            if (!phase.node->isMap()) {
                report(Severity::Error, Codes::WrongType, *phase.node,
                       ValidatorTr::tr("a phase must be a mapping with 'name' and 'steps', not %1")
                           .arg(kindName(phase.node->kind)));
                continue;
            }
            checkPhaseKeys(*phase.node);
            if (!phase.nameNode) {
                report(Severity::Error, Codes::MissingKey, *phase.node,
                       ValidatorTr::tr("this phase has no 'name'"));
            } else if (names.contains(phase.name)) {
                report(Severity::Error, Codes::DuplicatePhase, *phase.nameNode,
                       ValidatorTr::tr("phase '%1' is defined twice").arg(phase.name));
            }
            names.insert(phase.name);
            standard = standard || phase.name == u"build" || phase.name == u"validate" ||
                       phase.name == u"test";
            if (!phase.stepsNode) {
                report(Severity::Error, Codes::MissingKey,
                       phase.nameNode ? *phase.nameNode : *phase.node,
                       ValidatorTr::tr("phase '%1' has no 'steps' list").arg(phase.name));
            } else if (!phase.stepsNode->isSequence()) {
                report(Severity::Error, Codes::WrongType, *phase.stepsNode,
                       ValidatorTr::tr("'steps' must be a list of steps, not %1")
                           .arg(kindName(phase.stepsNode->kind)));
            }
        }
        std::size_t steps = 0;
        for (const Phase &phase : m_doc.phases)
            steps += phase.steps.size();
        if (steps > MaxStepsPerDocument) {
            report(Severity::Error, Codes::TooManySteps, entry->key,
                   ValidatorTr::tr("the document has %1 steps, more than the limit of %2; split it "
                                   "into several documents or use a loop")
                       .arg(steps)
                       .arg(MaxStepsPerDocument));
        }
        if (!standard) {
            // A warning, not an error: AWS's own SSM sample uses a lone `verify` phase.
            report(Severity::Warning, Codes::NoStandardPhase, entry->key,
                   ValidatorTr::tr("no phase is named build, validate or test; Image Builder "
                                   "will not run any other phase"));
        } else {
            checkPhasesRun();
        }
    }

    // Next to a build/validate/test phase, any other phase is dead in Image Builder
    // (K2012); with none of them, K2009 already says so once for the document.
    void checkPhasesRun()
    {
        static const QStringList run = {u"build"_s, u"validate"_s, u"test"_s};
        for (const Phase &phase : m_doc.phases) {
            if (!phase.nameNode || !phase.nameNode->isScalar() || run.contains(phase.name))
                continue;
            const QString hint = closestMatch(phase.name, run);
            const QString message =
                hint.isEmpty()
                    ? ValidatorTr::tr("Image Builder never runs phase '%1': it runs "
                                      "only build, validate and test")
                          .arg(phase.name)
                    : ValidatorTr::tr("Image Builder never runs phase '%1'; did you mean '%2'?")
                          .arg(phase.name, hint);
            report(Severity::Warning, Codes::PhaseNotRun, *phase.nameNode, message);
        }
    }

    const Document &m_doc;
    const ValidationOptions &m_options;
    Reporter m_reporter;
};

} // namespace

QString ValidationOptions::hostPlatform()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("darwin");
#else
    return QStringLiteral("linux");
#endif
}

Validator::Validator(ValidationOptions options) : m_options(std::move(options)) {}

Diagnostics Validator::validate(const Document &document) const
{
    Diagnostics out = Checker(document, m_options).run();
    sortDiagnostics(out);
    return out;
}

} // namespace Kiln
