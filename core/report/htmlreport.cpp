// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/htmlreport.h"

#include "document/document.h"
#include "document/yamlnode.h"
#include "exec/stepaddress.h"
#include "model/steptreemodel.h"
#include "process/failuretext.h"
#include "process/privatefiles.h"
#include "report/runreportsource.h"
#include "report/timelinesvg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::HtmlReport)
};

// Colours of the statuses, light and dark, in one place (the SVG uses the classes too).
const char16_t *const Style = uR"css(
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;
--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--skip:#818b98;--stop:#8250df;--run:#0969da;--hl:#fff8c5;--blk:#fdf6d8;}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;
--ok:#3fb950;--bad:#f85149;--warn:#d29922;--skip:#656c76;--stop:#a371f7;--run:#4493f8;--hl:#4b3b10;--blk:#2b2511;}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:16px 0 6px}h4{font-size:13px;margin:12px 0 4px;color:var(--muted);font-weight:600}
a{color:var(--run)}code,pre,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
pre{margin:0;padding:8px 10px;background:var(--card);border:1px solid var(--line);border-radius:6px;overflow:auto;white-space:pre-wrap;word-break:break-word;max-height:520px}
header.run{border-left:6px solid var(--skip);padding:8px 0 8px 16px;margin:8px 0 12px}
header.run.st-failed,header.run.st-cancelled{border-color:var(--bad)}header.run.st-success{border-color:var(--ok)}
header.run.st-successWithIgnoredFailure{border-color:var(--warn)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;vertical-align:2px;background:var(--skip)}
.badge.st-success{background:var(--ok)}.badge.st-failed{background:var(--bad)}.badge.st-cancelled{background:var(--stop)}
.badge.st-ignoredFailure,.badge.st-successWithIgnoredFailure{background:var(--warn)}.badge.st-running{background:var(--run)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0 0}.facts dt{color:var(--muted)}.facts dd{margin:0}
.runmsg{font-size:15px;margin:4px 0}
nav{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);padding:6px 0;z-index:2}
nav a{margin-right:16px;text-decoration:none}
.note{color:var(--muted);font-size:13px}.problem{color:var(--warn)}
.card{border:1px solid var(--line);border-left:5px solid var(--bad);border-radius:6px;padding:8px 14px 12px;margin:10px 0;background:var(--bg)}
.card.st-ignoredFailure{border-left-color:var(--warn)}.card.st-cancelled{border-left-color:var(--stop)}
.card h3{margin:4px 0}.msg{color:var(--bad);font-weight:600}
.chart{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:6px;background:var(--bg)}
svg.timeline{display:block;max-width:none}
svg .row{fill:transparent}svg .lane:hover .row{fill:var(--card)}
svg .grid{stroke:var(--line);stroke-width:1}svg .tick{fill:var(--muted);text-anchor:middle}
svg .label{fill:var(--fg)}svg .bar{opacity:.9}svg .attempt{stroke:var(--bg);stroke-width:1}
svg .iteration{stroke:var(--bg);stroke-width:.5;opacity:.75}svg .retry{stroke:var(--fg);stroke-width:2}
svg .reboot line{stroke:var(--stop);stroke-width:2;stroke-dasharray:3 2}svg .reboot path{fill:var(--stop)}
svg .st-success,svg .st-successWithIgnoredFailure{fill:var(--ok)}svg .st-failed{fill:var(--bad)}
svg .st-ignoredFailure{fill:var(--warn)}svg .st-cancelled{fill:var(--stop)}svg .st-running{fill:var(--run)}
svg .st-skipped,svg .st-pending,svg .st-notRun,svg .st-rebootPending{fill:var(--skip)}
.legend span{margin-right:14px;font-size:12px;color:var(--muted)}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.tools{margin:6px 0 10px}.tools button{margin-right:8px}
details.step{border:1px solid var(--line);border-radius:6px;margin:4px 0;background:var(--bg);content-visibility:auto;contain-intrinsic-size:auto 34px}
details.step>summary{cursor:pointer;padding:4px 10px;list-style-position:inside}
details.step[open]>summary{border-bottom:1px solid var(--line);background:var(--card)}
details.step .body{padding:4px 12px 10px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;background:var(--skip)}
.st-success>summary .dot,.dot.st-success{background:var(--ok)}.st-failed>summary .dot,.dot.st-failed{background:var(--bad)}
.st-ignoredFailure>summary .dot,.dot.st-ignoredFailure{background:var(--warn)}.st-cancelled>summary .dot,.dot.st-cancelled{background:var(--stop)}
.action,.dur{color:var(--muted);margin-left:8px}.smsg{color:var(--muted);margin-left:8px}
.st-failed>summary .smsg,.st-cancelled>summary .smsg{color:var(--bad)}.st-ignoredFailure>summary .smsg{color:var(--warn)}
pre.console{max-height:none}
body.onlyfail details.step:not(.fail){display:none}body.onlyfail h3.phase{display:none}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid var(--line);padding:2px 8px;text-align:left}
.stderr{color:var(--bad)}.info{color:var(--muted)}
pre.doc{padding:0;counter-reset:none;white-space:pre;word-break:normal}
pre.doc span{display:block;padding:0 10px 0 0}pre.doc span::before{content:attr(data-n);display:inline-block;width:4.5em;padding-right:1em;text-align:right;color:var(--muted);user-select:none}
pre.doc span.blk{background:var(--blk)}pre.doc span.hl{background:var(--hl);font-weight:600}
footer{margin-top:32px;color:var(--muted);font-size:12px}
)css";

const char16_t *const Script = uR"js(
document.getElementById('expand').onclick=function(){document.querySelectorAll('details.step').forEach(function(d){d.open=true})};
document.getElementById('collapse').onclick=function(){document.querySelectorAll('details.step').forEach(function(d){d.open=false})};
document.getElementById('onlyfail').onchange=function(e){document.body.classList.toggle('onlyfail',e.target.checked)};
)js";

QString esc(const QString &text)
{
    // Control characters (ANSI colour codes, NUL) would garble the page: escape
    // sequences go, other controls show as their Unicode picture.
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\x1b') {
            if (i + 1 < text.size() && text.at(i + 1) == u'[') {
                i += 2;
                while (i < text.size() && !(text.at(i) >= u'@' && text.at(i) <= u'~'))
                    ++i;
            }
            continue;
        }
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            clean += QChar(0x2400 + c.unicode());
        else if (c.unicode() == 0x7f)
            clean += QChar(0x2421);
        else
            clean += c;
    }
    return clean.toHtmlEscaped();
}

QString statusClass(RunStatus status)
{
    return u"st-"_s + statusName(status);
}

bool isFailure(RunStatus status)
{
    return status == RunStatus::Failed || status == RunStatus::Cancelled ||
           status == RunStatus::IgnoredFailure;
}

QString badge(RunStatus status)
{
    return u"<span class=\"badge %1\">%2</span>"_s.arg(statusClass(status),
                                                       esc(runStatusText(status)));
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm:ss t"_s) : u"—"_s;
}

QString cut(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return Tr::tr("… %n character(s) before this left out (see detailedoutput.json)\n", nullptr,
                  int(text.size() - max)) +
           text.right(max);
}

// Where each step is in its document (1-based lines): its first line and the
// last line before the next step or phase.
struct StepLines
{
    int first = 0;
    int last = 0;
};

QHash<StepAddress, StepLines> stepLines(int docIndex, const QString &text)
{
    QHash<StepAddress, StepLines> out;
    if (text.isEmpty())
        return out;
    const Document doc = Document::fromText(text.toUtf8(), QString());
    std::vector<std::pair<int, std::optional<StepAddress>>> starts; // line, step (none: a phase)
    for (const Phase &phase : doc.phases) {
        if (phase.node)
            starts.emplace_back(phase.node->mark.line, std::nullopt);
        for (const Step &step : phase.steps) {
            if (step.node)
                starts.emplace_back(step.node->mark.line,
                                    StepAddress{docIndex, phase.name, step.name});
        }
    }
    std::sort(starts.begin(), starts.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const QStringList lines = text.split(u'\n');
    for (size_t i = 0; i < starts.size(); ++i) {
        if (!starts[i].second)
            continue;
        int last = i + 1 < starts.size() ? starts[i + 1].first - 1 : int(lines.size());
        while (last > starts[i].first && (lines.value(last - 1).trimmed().isEmpty() ||
                                          lines.value(last - 1).trimmed().startsWith(u'#')))
            --last;
        out.insert(*starts[i].second, StepLines{starts[i].first, std::max(starts[i].first, last)});
    }
    return out;
}

class Writer
{
public:
    Writer(const RunReportSource &source, const HtmlReportOptions &options)
        : s(source), o(options), m_locale(QLocale::system())
    {
        int index = 0;
        for (int d = 0; d < int(s.record.documents.size()); ++d) {
            const DocumentRecord &doc = s.record.documents[size_t(d)];
            for (const PhaseRecord &p : doc.phases) {
                for (const StepRecord &st : p.steps) {
                    m_anchor.insert(StepAddress{d, p.name, st.name}, u"s%1"_s.arg(index++));
                    if (isFailure(st.status))
                        m_failures.push_back({d, &p, &st});
                }
            }
            m_lines.push_back(stepLines(d, d < int(s.documents.size()) ? s.documents[size_t(d)].text
                                                                       : QString()));
        }
        // Failures first, the run-stopping ones before the ignored ones.
        std::stable_sort(m_failures.begin(), m_failures.end(), [](const Ref &a, const Ref &b) {
            return (a.step->status == RunStatus::IgnoredFailure) <
                   (b.step->status == RunStatus::IgnoredFailure);
        });
    }

    QString render()
    {
        h.reserve(1 << 20);
        const ExecutionRecord &r = s.record;
        h += u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"_s.arg(
            esc(m_locale.bcp47Name()));
        h += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s;
        h += u"<title>%1</title><style>%2</style></head>\n<body>\n<main>\n"_s.arg(
            esc(Tr::tr("Kiln run %1: %2").arg(r.executionId, runStatusText(r.status))),
            QString::fromUtf16(Style));
        summary();
        nav();
        failures();
        timeline();
        steps();
        documents();
        changes();
        console();
        h += u"<footer>%1</footer>\n"_s.arg(
            esc(Tr::tr("Written by kiln %1 on %2 from %3. This page is self-contained: it loads "
                       "nothing from the network.")
                    .arg(QStringLiteral(KILN_VERSION), dateText(QDateTime::currentDateTime()),
                         QDir::toNativeSeparators(s.folder))));
        h += u"</main>\n<script>"_s + QString::fromUtf16(Script) + u"</script>\n</body></html>\n"_s;
        return h;
    }

private:
    struct Ref
    {
        int document;
        const PhaseRecord *phase;
        const StepRecord *step;
    };

    QString anchor(int document, const QString &phase, const QString &step) const
    {
        return m_anchor.value(StepAddress{document, phase, step});
    }

    QString duration(const QDateTime &start, const QDateTime &end) const
    {
        return start.isValid() && end.isValid() ? formatDuration(start.msecsTo(end)) : QString();
    }

    // The step's duration, from the timeline when it has milliseconds.
    QString stepDuration(int document, const QString &phase, const StepRecord &st) const
    {
        const int lane = s.timeline->laneOf(document, phase, st.name);
        if (s.preciseTimeline && lane >= 0) {
            const TimelineBar &b = s.timeline->lanes()[size_t(lane)].stepBar();
            return formatDuration(std::max<qint64>(0, b.endMs - b.startMs));
        }
        return duration(st.startTime, st.endTime);
    }

    void summary()
    {
        const ExecutionRecord &r = s.record;
        const auto c = r.counters();
        int notRun = 0, skipped = 0, total = 0;
        for (const DocumentRecord &d : r.documents)
            for (const PhaseRecord &p : d.phases)
                for (const StepRecord &st : p.steps) {
                    ++total;
                    notRun += st.status == RunStatus::NotRun || st.status == RunStatus::Pending;
                    skipped += st.status == RunStatus::Skipped;
                }
        h += u"<header class=\"run %1\"><h1>%2 %3</h1>"_s.arg(
            statusClass(r.status), badge(r.status),
            esc(Tr::tr("Run %1").arg(r.executionId.isEmpty() ? Tr::tr("(no id)") : r.executionId)));
        if (!r.failureMessage.isEmpty())
            h += u"<p class=\"runmsg\">%1</p>"_s.arg(esc(FailureText::localized(r.failureMessage)));
        h += u"<dl class=\"facts\">"_s;
        const auto fact = [this](const QString &name, const QString &value) {
            h += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(name), value);
        };
        QStringList docs;
        for (const DocumentRecord &d : r.documents)
            docs << u"<code>%1</code>"_s.arg(esc(d.filePath.isEmpty() ? d.name : d.filePath));
        fact(Tr::tr("Documents"), docs.join(u", "_s));
        fact(Tr::tr("Started"), esc(dateText(r.startTime)));
        fact(Tr::tr("Duration"), esc(s.preciseTimeline ? formatDuration(s.timeline->durationMs())
                                                       : duration(r.startTime, r.endTime)));
        fact(Tr::tr("Steps"),
             esc(Tr::tr("%1 in all: %2 executed, %3 failed, %4 failures ignored, %5 skipped, %6 "
                        "not run")
                     .arg(total)
                     .arg(c.executed)
                     .arg(c.failed)
                     .arg(c.ignored)
                     .arg(skipped)
                     .arg(notRun)));
        fact(Tr::tr("Run folder"),
             u"<code>%1</code>"_s.arg(esc(QDir::toNativeSeparators(s.folder))));
        if (!s.consoleLogPath.isEmpty())
            fact(Tr::tr("Full log"),
                 u"<code>%1</code> (%2)"_s.arg(esc(QDir::toNativeSeparators(s.consoleLogPath)),
                                               esc(formatBytes(s.consoleLogSize))));
        if (!r.logUrl.isEmpty())
            fact(Tr::tr("Uploaded to"), u"<code>%1</code>"_s.arg(esc(r.logUrl)));
        h += u"</dl>"_s;
        for (const QString &problem : s.problems)
            h +=
                u"<p class=\"note problem\">%1</p>"_s.arg(esc(Tr::tr("Left out: %1").arg(problem)));
        h += u"</header>\n"_s;
    }

    void nav()
    {
        h += u"<nav>"_s;
        if (!m_failures.empty())
            h += u"<a href=\"#failures\">%1</a>"_s.arg(
                esc(Tr::tr("Failures (%1)").arg(m_failures.size())));
        h += u"<a href=\"#timeline\">%1</a><a href=\"#steps\">%2</a><a href=\"#documents\">%3</a>"_s
                 .arg(esc(Tr::tr("Timeline")), esc(Tr::tr("Steps")), esc(Tr::tr("Documents")));
        if (s.hasChanges)
            h += u"<a href=\"#changes\">%1</a>"_s.arg(esc(Tr::tr("Changes")));
        if (!s.consoleLogPath.isEmpty())
            h += u"<a href=\"#console\">%1</a>"_s.arg(esc(Tr::tr("Console")));
        h += u"</nav>\n"_s;
    }

    // The step's last output lines as a <pre>, with how many came before.
    void outputLines(int document, const QString &phase, const StepRecord &st, int max)
    {
        const int index = s.output.findStep(document, phase, st.name);
        if (index < 0)
            return;
        const RunOutputLog::StepOutput &out = s.output.steps()[size_t(index)];
        const qint64 kept = qint64(out.lines.size());
        const qint64 shown = std::min<qint64>(kept, max);
        const qint64 before = out.dropped + kept - shown;
        h += u"<h4>%1</h4>"_s.arg(esc(
            before > 0 ? Tr::tr("Output: the last %1 of %2 lines (all of them are in %3)")
                             .arg(shown)
                             .arg(before + shown)
                             .arg(QDir::toNativeSeparators(
                                 s.consoleLogPath.isEmpty() ? u"console.log"_s : s.consoleLogPath))
                       : Tr::tr("Output")));
        // The end is what matters: the last lines in view, the ones before folded away.
        constexpr qint64 InView = 30;
        const qint64 split = std::max(kept - shown, kept - InView);
        if (split > kept - shown) {
            h += u"<details><summary>%1</summary>"_s.arg(
                esc(Tr::tr("%n earlier line(s)", nullptr, int(split - (kept - shown)))));
            lines(out, kept - shown, split);
            h += u"</details>"_s;
        }
        lines(out, split, kept);
    }

    void lines(const RunOutputLog::StepOutput &out, qint64 from, qint64 to)
    {
        h += u"<pre class=\"console\">"_s;
        for (qint64 i = from; i < to; ++i) {
            const RunOutputLog::Line &line = out.lines[size_t(i)];
            const QString text = esc(line.text);
            if (line.channel == OutputChannel::StdErr)
                h += u"<span class=\"stderr\">"_s + text + u"</span>\n"_s;
            else if (line.channel == OutputChannel::Info)
                h += u"<span class=\"info\">"_s + text + u"</span>\n"_s;
            else
                h += text + u'\n';
        }
        h += u"</pre>"_s;
    }

    // The document around a step, its first line marked.
    void excerpt(int document, const QString &phase, const StepRecord &st)
    {
        if (document >= int(m_lines.size()) || document >= int(s.documents.size()))
            return;
        const StepLines lines =
            m_lines[size_t(document)].value(StepAddress{document, phase, st.name});
        if (lines.first <= 0)
            return;
        const auto &doc = s.documents[size_t(document)];
        h += u"<h4>%1</h4>"_s.arg(Tr::tr("In the document: %1, <a href=\"#d%2l%3\">line %3</a>")
                                      .arg(esc(doc.fileName))
                                      .arg(document)
                                      .arg(lines.first));
        documentLines(document, std::max(1, lines.first - 2),
                      std::min(lines.last, lines.first + 30), false);
    }

    void documentLines(int document, int from, int to, bool ids)
    {
        const QStringList lines = s.documents[size_t(document)].text.split(u'\n');
        h += u"<pre class=\"doc\">"_s;
        for (int n = from; n <= std::min(to, int(lines.size())); ++n) {
            const QString cls = m_marked.value({document, n});
            h += u"<span data-n=\"%1\""_s.arg(n);
            if (ids)
                h += u" id=\"d%1l%2\""_s.arg(document).arg(n);
            if (!cls.isEmpty())
                h += u" class=\"%1\""_s.arg(cls);
            h += u'>' + esc(lines.at(n - 1)) + u"</span>"_s;
        }
        h += u"</pre>"_s;
    }

    void failures()
    {
        // Lines to mark in the documents: the failing steps'.
        for (const Ref &f : m_failures) {
            if (f.document >= int(m_lines.size()))
                continue;
            const StepLines lines = m_lines[size_t(f.document)].value(
                StepAddress{f.document, f.phase->name, f.step->name});
            for (int n = lines.first; n > 0 && n <= lines.last; ++n)
                m_marked.insert({f.document, n}, n == lines.first ? u"hl"_s : u"blk"_s);
        }
        if (m_failures.empty())
            return;
        h += u"<section id=\"failures\"><h2>%1</h2>\n"_s.arg(esc(Tr::tr("Failures")));
        for (const Ref &f : m_failures) {
            const StepRecord &st = *f.step;
            h +=
                u"<article class=\"card %1\"><h3><a href=\"#%2\">%3</a> %4 <span class=\"action\">%5</span> <span class=\"dur\">%6</span></h3>"_s
                    .arg(statusClass(st.status), anchor(f.document, f.phase->name, st.name),
                         esc(f.phase->name + u" / "_s + st.name), badge(st.status), esc(st.action),
                         esc(stepDuration(f.document, f.phase->name, st)));
            if (!st.failureMessage.isEmpty())
                h += u"<p class=\"msg\">%1</p>"_s.arg(
                    esc(FailureText::localized(st.failureMessage)));
            if (st.maxAttempts > 1)
                h += u"<p class=\"note\">%1</p>"_s.arg(esc(Tr::tr("maxAttempts: %1, onFailure: %2")
                                                               .arg(st.maxAttempts)
                                                               .arg(st.onFailure)));
            nestedFailures(st.detailedOutput, 0);
            outputLines(f.document, f.phase->name, st, o.linesPerFailedStep);
            excerpt(f.document, f.phase->name, st);
            h += u"</article>\n"_s;
        }
        h += u"</section>\n"_s;
    }

    // The failed steps of an ExecuteDocument's nested runs.
    void nestedFailures(const QJsonValue &detailedOutput, int depth)
    {
        if (!detailedOutput.isArray() || depth > 4)
            return;
        for (const QJsonValue &v : detailedOutput.toArray()) {
            const ExecutionRecord nested = executionFromJson(v.toObject());
            for (const DocumentRecord &d : nested.documents)
                for (const PhaseRecord &p : d.phases)
                    for (const StepRecord &st : p.steps) {
                        if (!isFailure(st.status))
                            continue;
                        h += u"<p class=\"note\">%1 %2 <span class=\"msg\">%3</span></p>"_s.arg(
                            esc(Tr::tr("In %1: %2 / %3").arg(d.filePath, p.name, st.name)),
                            badge(st.status), esc(FailureText::localized(st.failureMessage)));
                        nestedFailures(st.detailedOutput, depth + 1);
                    }
        }
    }

    void timeline()
    {
        h += u"<section id=\"timeline\"><h2>%1</h2>"_s.arg(esc(Tr::tr("Timeline")));
        if (!s.preciseTimeline)
            h += u"<p class=\"note\">%1</p>"_s.arg(esc(
                Tr::tr("Times from detailedoutput.json: whole seconds, without attempts and loop "
                       "iterations (a run by kiln keeps them in kiln-timeline.json).")));
        h += u"<div class=\"legend\">"_s;
        for (const RunStatus st : {RunStatus::Success, RunStatus::Failed, RunStatus::IgnoredFailure,
                                   RunStatus::Cancelled, RunStatus::Skipped}) {
            h += u"<span><i class=\"dot %1\"></i>%2</span>"_s.arg(statusClass(st),
                                                                  esc(runStatusText(st)));
        }
        h += u"<span>%1</span></div>"_s.arg(
            esc(Tr::tr("Bars: steps; segments: attempts (a notch at each retry); the strip along "
                       "a bar's foot: loop iterations; dashed purple line: reboot. Hover for "
                       "details, click for the step.")));
        if (s.timeline->lanes().empty()) {
            h += u"<p class=\"note\">%1</p></section>\n"_s.arg(esc(Tr::tr("No step ran.")));
            return;
        }
        h += u"<div class=\"chart\">"_s;
        h += timelineSvg(*s.timeline, [this](int lane) {
            const TimelineLane &l = s.timeline->lanes()[size_t(lane)];
            return anchor(l.document, l.phase, l.step);
        });
        h += u"</div></section>\n"_s;
    }

    QString valueText(const QJsonValue &value) const
    {
        if (value.isString())
            return value.toString();
        if (value.isArray())
            return QString::fromUtf8(
                QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
        if (value.isObject())
            return QString::fromUtf8(
                QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }

    void attemptsAndIterations(int document, const QString &phase, const StepRecord &st)
    {
        const int lane = s.timeline->laneOf(document, phase, st.name);
        if (!s.preciseTimeline || lane < 0)
            return;
        const TimelineLane &l = s.timeline->lanes()[size_t(lane)];
        int attempts = 0, iterations = 0;
        for (const TimelineBar &b : l.bars) {
            attempts += b.kind == TimelineBar::Kind::Attempt;
            iterations += b.kind == TimelineBar::Kind::Iteration;
        }
        if (attempts <= 1 && iterations == 0)
            return;
        constexpr int MaxRows = 200;
        h += u"<h4>%1</h4><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
            esc(iterations ? Tr::tr("Attempts and loop iterations") : Tr::tr("Attempts")),
            esc(Tr::tr("What")), esc(Tr::tr("Status")), esc(Tr::tr("Started at")),
            esc(Tr::tr("Duration")));
        int rows = 0;
        for (const TimelineBar &b : l.bars) {
            if (b.kind == TimelineBar::Kind::Step)
                continue;
            if (++rows > MaxRows) {
                h += u"<tr><td colspan=\"4\">%1</td></tr>"_s.arg(
                    esc(Tr::tr("… %n more", nullptr, int(l.bars.size()) - 1 - MaxRows)));
                break;
            }
            const QString what = b.kind == TimelineBar::Kind::Attempt
                                     ? Tr::tr("Attempt %1").arg(b.attempt)
                                     : Tr::tr("Iteration %1 (%2)").arg(b.iteration).arg(b.label);
            h +=
                u"<tr><td>%1</td><td><span class=\"dot %2\"></span>%3</td><td>%4</td><td>%5</td></tr>"_s
                    .arg(esc(what), statusClass(b.status), esc(runStatusText(b.status)),
                         esc(formatDuration(b.startMs)),
                         esc(formatDuration(std::max<qint64>(0, b.endMs - b.startMs))));
        }
        h += u"</table>"_s;
    }

    void nestedRuns(const QJsonValue &detailedOutput, int depth)
    {
        if (!detailedOutput.isArray() || depth > 4)
            return;
        for (const QJsonValue &v : detailedOutput.toArray()) {
            const ExecutionRecord nested = executionFromJson(v.toObject());
            h +=
                u"<h4>%1 %2</h4><table><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>"_s.arg(
                    esc(Tr::tr("Nested run %1").arg(nested.executionId)), badge(nested.status),
                    esc(Tr::tr("Step")), esc(Tr::tr("Status")), esc(Tr::tr("Duration")),
                    esc(Tr::tr("Failure")));
            for (const DocumentRecord &d : nested.documents)
                for (const PhaseRecord &p : d.phases)
                    for (const StepRecord &st : p.steps)
                        h +=
                            u"<tr><td>%1</td><td><span class=\"dot %2\"></span>%3</td><td>%4</td><td>%5</td></tr>"_s
                                .arg(esc(QFileInfo(d.filePath).fileName() + u" / "_s + p.name +
                                         u" / "_s + st.name),
                                     statusClass(st.status), esc(runStatusText(st.status)),
                                     esc(duration(st.startTime, st.endTime)),
                                     esc(FailureText::localized(st.failureMessage)));
            h += u"</table>"_s;
            for (const DocumentRecord &d : nested.documents)
                for (const PhaseRecord &p : d.phases)
                    for (const StepRecord &st : p.steps)
                        nestedRuns(st.detailedOutput, depth + 1);
        }
    }

    void stepChanges(int document, const QString &phase, const QString &step)
    {
        for (const StepChanges &c : s.changes) {
            if (c.document == document && c.phase == phase && c.step == step)
                h += u"<p class=\"note\"><a href=\"#changes\">%1</a></p>"_s.arg(
                    esc(Tr::tr("Changed files: %1 added, %2 modified, %3 deleted")
                            .arg(c.added.size())
                            .arg(c.modified.size())
                            .arg(c.deleted.size())));
        }
    }

    void steps()
    {
        int total = 0;
        for (const DocumentRecord &d : s.record.documents)
            for (const PhaseRecord &p : d.phases)
                total += int(p.steps.size());
        h += u"<section id=\"steps\"><h2>%1</h2>"_s.arg(esc(Tr::tr("Steps (%1)").arg(total)));
        h += u"<div class=\"tools\"><button id=\"expand\" type=\"button\">%1</button>"
             "<button id=\"collapse\" type=\"button\">%2</button><label><input id=\"onlyfail\" "
             "type=\"checkbox\"> %3</label></div>\n"_s.arg(esc(Tr::tr("Expand all")),
                                                           esc(Tr::tr("Collapse all")),
                                                           esc(Tr::tr("Only failures")));
        for (int d = 0; d < int(s.record.documents.size()); ++d) {
            const DocumentRecord &doc = s.record.documents[size_t(d)];
            for (const PhaseRecord &p : doc.phases) {
                h += u"<h3 class=\"phase\">%1 %2</h3>\n"_s.arg(
                    esc(Tr::tr("%1 — phase %2").arg(QFileInfo(doc.filePath).fileName(), p.name)),
                    badge(p.status));
                for (const StepRecord &st : p.steps)
                    step(d, p, st);
            }
        }
        h += u"</section>\n"_s;
    }

    void step(int d, const PhaseRecord &p, const StepRecord &st)
    {
        const bool failed = isFailure(st.status);
        h +=
            u"<details id=\"%1\" class=\"step %2%3\"%4><summary><span class=\"dot\"></span><b>%5</b><span class=\"action\">%6</span><span class=\"dur\">%7</span>"_s
                .arg(anchor(d, p.name, st.name), statusClass(st.status),
                     failed ? u" fail"_s : QString(),
                     st.status == RunStatus::Failed || st.status == RunStatus::Cancelled
                         ? u" open"_s
                         : QString(),
                     esc(st.name), esc(st.action), esc(stepDuration(d, p.name, st)));
        h += u" <span class=\"dur\">%1</span>"_s.arg(esc(runStatusText(st.status)));
        if (!st.failureMessage.isEmpty())
            h += u"<span class=\"smsg\">%1</span>"_s.arg(
                esc(FailureText::localized(st.failureMessage)));
        h += u"</summary><div class=\"body\">"_s;
        const int maxChars = failed ? o.maxFailedValueChars : o.maxValueChars;
        const bool hasLines = s.output.findStep(d, p.name, st.name) >= 0;
        if (!st.inputs.isEmpty())
            h += u"<h4>%1</h4><pre>%2</pre>"_s.arg(esc(Tr::tr("Inputs")),
                                                   esc(cut(valueText(st.inputs), maxChars)));
        if (!st.outputs.isEmpty()) {
            QString text;
            for (const QJsonValue &entry : st.outputs) {
                const QJsonObject outputs = entry.toObject();
                for (auto it = outputs.begin(); it != outputs.end(); ++it) {
                    // stdout is what the output lines below show, stderr included.
                    if (it.key() == u"stdout" && hasLines)
                        continue;
                    text += it.key() + u": "_s + cut(valueText(it.value()), maxChars) + u'\n';
                }
            }
            if (!text.isEmpty())
                h += u"<h4>%1</h4><pre>%2</pre>"_s.arg(esc(Tr::tr("Outputs")), esc(text));
        }
        attemptsAndIterations(d, p.name, st);
        nestedRuns(st.detailedOutput, 0);
        stepChanges(d, p.name, st.name);
        outputLines(d, p.name, st, failed ? o.linesPerFailedStep : o.linesPerStep);
        if (st.startTime.isValid())
            h += u"<p class=\"note\">%1</p>"_s.arg(
                esc(Tr::tr("Started %1, timeoutSeconds %2, maxAttempts %3, onFailure %4")
                        .arg(dateText(st.startTime))
                        .arg(st.timeoutSeconds)
                        .arg(st.maxAttempts)
                        .arg(st.onFailure)));
        h += u"</div></details>\n"_s;
    }

    void documents()
    {
        h += u"<section id=\"documents\"><h2>%1</h2>"_s.arg(esc(Tr::tr("Documents")));
        bool any = false;
        for (int d = 0; d < int(s.documents.size()); ++d) {
            const auto &doc = s.documents[size_t(d)];
            if (doc.text.isEmpty())
                continue;
            any = true;
            const int lines = int(doc.text.count(u'\n')) + 1;
            bool hasFailure = false;
            for (const Ref &f : m_failures)
                hasFailure = hasFailure || f.document == d;
            h += u"<details%1><summary><code>%2</code> (%3)</summary>"_s.arg(
                hasFailure ? u" open"_s : QString(), esc(doc.fileName),
                esc(Tr::tr("%n line(s)", nullptr, lines)));
            if (lines <= o.maxDocumentLines) {
                documentLines(d, 1, lines, true);
            } else {
                h += u"<p class=\"note\">%1</p>"_s.arg(esc(
                    Tr::tr("Only the failing steps are shown of this long document; it is in the "
                           "run folder as %1.")
                        .arg(doc.fileName)));
                for (const Ref &f : m_failures) {
                    const StepLines sl =
                        m_lines[size_t(d)].value(StepAddress{d, f.phase->name, f.step->name});
                    if (f.document == d && sl.first > 0)
                        documentLines(d, std::max(1, sl.first - 5), sl.last + 5, true);
                }
            }
            h += u"</details>"_s;
        }
        if (!any)
            h += u"<p class=\"note\">%1</p>"_s.arg(
                esc(Tr::tr("The run folder has no copy of the documents.")));
        h += u"</section>\n"_s;
    }

    void pathList(const QString &title, const QStringList &paths)
    {
        if (paths.isEmpty())
            return;
        constexpr int MaxPaths = 1000;
        h += u"<h4>%1</h4><pre>"_s.arg(esc(title));
        for (int i = 0; i < std::min(int(paths.size()), MaxPaths); ++i)
            h += esc(paths.at(i)) + u'\n';
        if (paths.size() > MaxPaths)
            h += esc(Tr::tr("… %n more (see changes.json)", nullptr, int(paths.size()) - MaxPaths));
        h += u"</pre>"_s;
    }

    void changes()
    {
        if (!s.hasChanges)
            return;
        h += u"<section id=\"changes\"><h2>%1</h2>"_s.arg(esc(Tr::tr("Changes")));
        if (s.changes.empty())
            h += u"<p class=\"note\">%1</p>"_s.arg(esc(Tr::tr("No step changed a file.")));
        for (const StepChanges &c : s.changes) {
            const QString link = anchor(c.document, c.phase, c.step);
            h += u"<details><summary>%1 — %2</summary>"_s.arg(
                link.isEmpty()
                    ? esc(c.phase + u" / "_s + c.step)
                    : u"<a href=\"#%1\">%2</a>"_s.arg(link, esc(c.phase + u" / "_s + c.step)),
                esc(Tr::tr("%1 added, %2 modified, %3 deleted")
                        .arg(c.added.size())
                        .arg(c.modified.size())
                        .arg(c.deleted.size())));
            pathList(Tr::tr("Added"), c.added);
            pathList(Tr::tr("Modified"), c.modified);
            pathList(Tr::tr("Deleted"), c.deleted);
            h += u"</details>"_s;
        }
        h += u"</section>\n"_s;
    }

    void console()
    {
        if (s.consoleLogPath.isEmpty())
            return;
        h +=
            u"<section id=\"console\"><h2>%1</h2><details><summary>%2</summary><pre class=\"console\">"_s
                .arg(esc(Tr::tr("Console")),
                     esc(Tr::tr("The last %1 lines of %2 (%3)")
                             .arg(s.consoleTail.size())
                             .arg(QDir::toNativeSeparators(s.consoleLogPath),
                                  formatBytes(s.consoleLogSize))));
        for (const QString &line : s.consoleTail)
            h += esc(line) + u'\n';
        h += u"</pre></details></section>\n"_s;
    }

    const RunReportSource &s;
    const HtmlReportOptions &o;
    QLocale m_locale;
    QString h;
    QHash<StepAddress, QString> m_anchor;
    std::vector<Ref> m_failures;
    std::vector<QHash<StepAddress, StepLines>> m_lines; // per document
    QHash<std::pair<int, int>, QString> m_marked;       // (document, line) → "hl" or "blk"
};

} // namespace

QString renderHtmlReport(const RunReportSource &source, const HtmlReportOptions &options)
{
    return Writer(source, options).render();
}

bool writeHtmlReport(const QString &runPath, const QString &outputPath, QString *error)
{
    std::optional<RunReportSource> source = loadRunReport(runPath, error);
    if (!source)
        return false;
    const QByteArray html = renderHtmlReport(*source).toUtf8();
    QSaveFile file(outputPath);
    // Inside the run folder (the default) the page is private like everything there;
    // anywhere else it is a file the user asked for to share, created as usual.
    const QFileInfo run(runPath);
    const QString runFolder = run.isDir() ? run.absoluteFilePath() : run.absolutePath();
    if (file.open(QIODevice::WriteOnly) && QFileInfo(outputPath).absolutePath() == runFolder)
        PrivateFiles::restrict(file);
    if (!file.isOpen() || file.write(html) != html.size() || !file.flush() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(outputPath),
                                                  file.errorString());
        return false;
    }
    return true;
}

} // namespace Kiln
