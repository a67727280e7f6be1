// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editor/syntaxsupport.h"

#include "editor/expressionspans.h"
#include "editor/yamlhighlighter.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QTextCharFormat>
#include <QTextDocument>

#ifdef KILN_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Kiln::SyntaxSupport {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

#ifdef KILN_HAVE_KSYNTAXHIGHLIGHTING

namespace {

// Loading the definitions and themes is expensive: one repository per application.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

// KSyntaxHighlighting colours YAML lexically; Kiln's `{{ }}` templating is
// not part of the YAML definition, so it is overlaid after the base pass.
class KilnYamlHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    explicit KilnYamlHighlighter(QTextDocument *document)
        : KSyntaxHighlighting::SyntaxHighlighter(document)
    {
    }

    void setExpressionFormat(const QTextCharFormat &format) { m_expression = format; }

protected:
    void highlightBlock(const QString &text) override
    {
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
        for (const TextSpan &span : expressionSpans(text))
            setFormat(span.start, span.length, m_expression);
    }

private:
    QTextCharFormat m_expression;
};

} // namespace

QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document, const QPalette &palette)
{
    auto *highlighter = new KilnYamlHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("YAML")));
    applyPalette(highlighter, palette);
    return highlighter;
}

void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    auto *kiln = dynamic_cast<KilnYamlHighlighter *>(highlighter);
    if (!kiln)
        return;
    const bool dark = isDark(palette);
    kiln->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                  : KSyntaxHighlighting::Repository::LightTheme));
    QTextCharFormat expression;
    expression.setForeground(dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x8e, 0x24, 0xaa));
    expression.setFontWeight(QFont::Bold);
    kiln->setExpressionFormat(expression);
    kiln->rehighlight();
}

#else

QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document, const QPalette &palette)
{
    auto *highlighter = new YamlHighlighter(document);
    highlighter->setDarkTheme(isDark(palette));
    return highlighter;
}

void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *yaml = qobject_cast<YamlHighlighter *>(highlighter)) {
        if (yaml->isDarkTheme() != isDark(palette))
            yaml->setDarkTheme(isDark(palette));
    }
}

#endif

} // namespace Kiln::SyntaxSupport
