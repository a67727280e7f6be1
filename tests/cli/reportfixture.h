// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Shared by the report tests: runs tests/data/report/failed-run.yaml with
// `kiln run --html` once, and finds references to anything outside the page.
#pragma once

#include "kilnrun.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace KilnTest {

struct FailedRun
{
    QTemporaryDir dir;
    Result result;
    QString folder; // the TOE_* run folder
    QString html;   // the report kiln run --html wrote

    bool run()
    {
        html = dir.filePath(u"report.html"_s);
        result = kiln({u"-d"_s, QStringLiteral(KILN_TEST_DATA_DIR "/report/failed-run.yaml"),
                       u"--parameters"_s, u"Dir="_s + dir.path(), u"-l"_s, dir.filePath(u"logs"_s),
                       u"--html"_s, html});
        const QStringList runs = QDir(dir.filePath(u"logs"_s)).entryList({u"TOE_*"_s}, QDir::Dirs);
        folder = runs.size() == 1 ? dir.filePath(u"logs/"_s + runs.front()) : QString();
        return result.exitCode == 1 && !folder.isEmpty() && QFile::exists(html);
    }
};

inline QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every src=, href=, url( and @import of `html` that points outside the page
// (anything but "#fragment" and data: URLs). Only markup is looked at: text
// from the run is escaped, so "<" never starts a tag in it.
inline QStringList externalReferences(const QString &html)
{
    static const QRegularExpression tag(uR"(<[a-zA-Z][^>]*>)"_s);
    static const QRegularExpression style(uR"(<style[^>]*>(.*?)</style>)"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attribute(
        uR"(\b(?:src|href|xlink:href|action|poster|srcset|background)\s*=\s*["']?([^"'\s>]*))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssReference(
        uR"((?:url\(\s*["']?([^"')\s]*))|(?:@import\s+["']?([^"';\s]*)))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList targets;
    for (auto t = tag.globalMatch(html); t.hasNext();) {
        const QString markup = t.next().captured(0);
        for (auto a = attribute.globalMatch(markup); a.hasNext();)
            targets << a.next().captured(1);
        for (auto c = cssReference.globalMatch(markup); c.hasNext();) { // style="..."
            const QRegularExpressionMatch m = c.next();
            targets << (m.captured(1).isNull() ? m.captured(2) : m.captured(1));
        }
    }
    for (auto st = style.globalMatch(html); st.hasNext();) {
        const QString css = st.next().captured(1);
        for (auto c = cssReference.globalMatch(css); c.hasNext();) {
            const QRegularExpressionMatch m = c.next();
            targets << (m.captured(1).isNull() ? m.captured(2) : m.captured(1));
        }
    }
    QStringList out;
    for (const QString &target : std::as_const(targets)) {
        if (!target.startsWith(u'#') && !target.startsWith(u"data:", Qt::CaseInsensitive))
            out << target;
    }
    return out;
}

} // namespace KilnTest
