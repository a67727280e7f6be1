// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "yamlparser.h"

#include "diagnostics/codes.h"
#include "document/indentationblame.h"
#include "document/quotedscalars.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <map>
#include <sstream>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace Kiln {
namespace {

// yaml-cpp reports byte columns; editors and humans count characters.
class ColumnMapper
{
public:
    explicit ColumnMapper(const QByteArray &utf8) : m_text(utf8) {}

    Mark toMark(const YAML::Mark &m) const
    {
        if (m.is_null() || m.line < 0)
            return {};
        int column = m.column;
        const qsizetype lineStart = m.pos - m.column;
        if (lineStart >= 0 && m.pos <= m_text.size()) {
            column = 0;
            for (qsizetype i = lineStart; i < m.pos; ++i) {
                if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
                    ++column;
            }
        }
        return {m.line + 1, column + 1};
    }

private:
    const QByteArray &m_text;
};

struct TooManyNodes
{
    Mark mark;
    bool aliases = false; // the alias expansion limit, not the document's size
};

struct UnclosedQuote
{
    Mark mark;
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const QByteArray &utf8, const ColumnMapper &columns, const YamlLimits &limits)
        : m_utf8(utf8), m_columns(columns), m_maxNodes(limits.maxNodes),
          m_maxAliasNodes(limits.maxAliasNodes)
    {
    }

    std::optional<YamlNode> takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode node;
        node.mark = m_columns.toMark(mark);
        add(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) {
            OnNull(mark, YAML::NullAnchor);
            return;
        }
        const qsizetype size = it->second.subtreeSize();
        m_aliasNodes += size;
        if (m_aliasNodes > m_maxAliasNodes)
            throw TooManyNodes{m_columns.toMark(mark), true};
        count(size, mark);
        YamlNode copy = it->second;
        add(std::move(copy), YAML::NullAnchor);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        YamlNode node;
        node.kind = YamlNode::Kind::Scalar;
        node.mark = m_columns.toMark(mark);
        node.text = QString::fromUtf8(value.data(), qsizetype(value.size()));
        // yaml-cpp tags plain scalars "?" and quoted/block scalars "!".
        node.plain = tag == "?";
        if (!node.plain && !quotedScalarIsClosed(m_utf8, mark.pos))
            throw UnclosedQuote{node.mark};
        add(std::move(node), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(YamlNode::Kind::Sequence, mark, anchor, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(YamlNode::Kind::Map, mark, anchor, style);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        YamlNode node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        std::optional<YamlNode> pendingKey;
    };

    void count(qsizetype n, const YAML::Mark &mark)
    {
        m_nodes += n;
        if (m_nodes > m_maxNodes)
            throw TooManyNodes{m_columns.toMark(mark)};
    }

    void open(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style)
    {
        Frame frame;
        frame.node.kind = kind;
        frame.node.mark = m_columns.toMark(mark);
        frame.node.flow = style == YAML::EmitterStyle::Flow;
        frame.anchor = anchor;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.pendingKey) // a key without value cannot come out of the parser, but be safe
            frame.node.entries.push_back({std::move(*frame.pendingKey), YamlNode{}});
        add(std::move(frame.node), frame.anchor);
    }

    void add(YamlNode node, YAML::anchor_t anchor)
    {
        count(1, YAML::Mark::null_mark());
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = node;
        if (m_stack.empty()) {
            if (!m_root)
                m_root = std::move(node);
            return;
        }
        Frame &top = m_stack.back();
        if (top.node.kind == YamlNode::Kind::Sequence) {
            top.node.items.push_back(std::move(node));
        } else if (!top.pendingKey) {
            top.pendingKey = std::move(node);
        } else {
            // `key:` with nothing after it: yaml-cpp marks the empty value at
            // the next token, often the next line; problems with the value
            // belong on the key's line.
            if (node.kind == YamlNode::Kind::Null && node.mark.line > top.pendingKey->mark.line)
                node.mark = top.pendingKey->mark;
            top.node.entries.push_back({std::move(*top.pendingKey), std::move(node)});
            top.pendingKey.reset();
        }
    }

    const QByteArray &m_utf8;
    const ColumnMapper &m_columns;
    const qsizetype m_maxNodes;
    const qsizetype m_maxAliasNodes;
    qsizetype m_aliasNodes = 0;
    qsizetype m_nodes = 0;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, YamlNode> m_anchors;
    std::optional<YamlNode> m_root;
};

Diagnostic error(const QString &file, Mark mark, const char *code, const QString &message)
{
    return Diagnostic{Severity::Error, QString::fromLatin1(code), message,
                      SourceLocation{file, mark.line, mark.column}, 0};
}

// yaml-cpp's messages are terse; say what usually causes them.
QString explainParserMessage(const std::string &raw)
{
    const QString msg = QString::fromStdString(raw);
    if (msg == u"illegal map value")
        return ValidatorTr::tr("a ':' is not allowed here (mapping value in the wrong place: check "
                               "the indentation, or quote text that contains ': ')");
    if (msg == u"end of map not found")
        return ValidatorTr::tr("the mapping does not end properly (check the indentation of this "
                               "line against the keys above it)");
    if (msg == u"end of sequence not found")
        return ValidatorTr::tr("the list does not end properly (check the indentation of this "
                               "line against the '- ' items above it)");
    if (msg == u"end of map flow not found")
        return ValidatorTr::tr("a '{' is never closed; a value starting with '{{' must be quoted, "
                               "e.g. '{{ MyParameter }}'");
    if (msg == u"end of sequence flow not found")
        return ValidatorTr::tr("a '[' is never closed");
    if (msg.startsWith(u"unknown escape character"))
        return ValidatorTr::tr("unknown escape sequence in a double-quoted string (write "
                               "Windows paths in single quotes, or double the backslashes)");
    if (msg == u"end of string not found" || msg == u"unterminated string")
        return ValidatorTr::tr("a quoted string is never closed");
    if (msg.contains(u"anchor"))
        return msg + ValidatorTr::tr(" (an unquoted '*' starts a YAML alias: quote the value)");
    return msg;
}

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

Mark markOfOffset(const QByteArray &b, qsizetype offset)
{
    Mark m{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        if (b[i] == '\n') {
            ++m.line;
            m.column = 1;
        } else if ((static_cast<unsigned char>(b[i]) & 0xC0) != 0x80) {
            ++m.column;
        }
    }
    return m;
}

// Normalises the input to BOM-less UTF-8, or explains why it cannot.
std::optional<QByteArray> toUtf8(const QByteArray &bytes, const QString &file,
                                 Diagnostics &diagnostics)
{
    if (auto encoding = QStringConverter::encodingForData(bytes)) {
        if (*encoding != QStringConverter::Utf8) {
            QStringDecoder decoder(*encoding);
            QString text = decoder.decode(bytes);
            // A truncated last character is kept as decoder state, not flagged as an error.
            const bool utf32 = *encoding == QStringConverter::Utf32 ||
                               *encoding == QStringConverter::Utf32LE ||
                               *encoding == QStringConverter::Utf32BE;
            if (decoder.hasError() || bytes.size() % (utf32 ? 4 : 2) != 0) {
                diagnostics.push_back(error(file, {1, 1}, Codes::InvalidEncoding,
                                            ValidatorTr::tr("the file has a byte order mark but "
                                                            "is not valid text in that encoding")));
                return std::nullopt;
            }
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            return text.toUtf8();
        }
    }
    QByteArray utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        diagnostics.push_back(error(file, markOfOffset(utf8, nul), Codes::InvalidEncoding,
                                    ValidatorTr::tr("the file contains a NUL byte: this looks "
                                                    "like a binary file, not a YAML document")));
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(utf8); bad >= 0) {
        diagnostics.push_back(error(file, markOfOffset(utf8, bad), Codes::InvalidEncoding,
                                    ValidatorTr::tr("invalid UTF-8 byte sequence (save the file "
                                                    "as UTF-8)")));
        return std::nullopt;
    }
    return utf8;
}

} // namespace

YamlParseResult parseYaml(const QByteArray &bytes, const QString &fileName,
                          const YamlLimits &limits)
{
    YamlParseResult result;
    if (bytes.size() > limits.maxBytes) {
        result.diagnostics.push_back(
            error(fileName, {1, 1}, Codes::TooLarge,
                  ValidatorTr::tr("the document is %1 bytes; Kiln reads documents up to %2 bytes")
                      .arg(bytes.size())
                      .arg(limits.maxBytes)));
        return result;
    }
    const std::optional<QByteArray> utf8 = toUtf8(bytes, fileName, result.diagnostics);
    if (!utf8)
        return result;

    const ColumnMapper columns(*utf8);
    std::istringstream stream(utf8->toStdString());
    try {
        YAML::Parser parser(stream);
        TreeBuilder builder(*utf8, columns, limits);
        if (!parser.HandleNextDocument(builder)) {
            result.root = YamlNode{}; // empty file: a null root; the schema check reports it
            return result;
        }
        result.root = builder.takeRoot();
        TreeBuilder rest(*utf8, columns, limits);
        if (parser.HandleNextDocument(rest)) {
            const YamlNode second = rest.takeRoot().value_or(YamlNode{});
            result.diagnostics.push_back(Diagnostic{
                Severity::Warning, QString::fromLatin1(Codes::ExtraYamlDocument),
                ValidatorTr::tr("a second YAML document starts here ('---'); AWSTOE reads only "
                                "the first one, so everything from here on is ignored"),
                SourceLocation{fileName, std::max(1, second.mark.line - 1), 1}, 3});
        }
    } catch (const YAML::DeepRecursion &e) {
        result.root.reset();
        result.diagnostics.push_back(
            error(fileName, columns.toMark(e.mark), Codes::TooDeep,
                  ValidatorTr::tr("the YAML nests deeper than %1 levels").arg(e.depth() - 1)));
    } catch (const YAML::ParserException &e) {
        result.root.reset();
        Mark mark = columns.toMark(e.mark);
        QString message = explainParserMessage(e.msg);
        if (e.msg.rfind("unknown escape character", 0) == 0 ||
            e.msg == "bad character found while scanning hex number" ||
            e.msg.rfind("invalid unicode", 0) == 0) {
            if (const qsizetype at = findInvalidEscape(*utf8, e.mark.pos); at >= 0) {
                mark = markOfOffset(*utf8, at);
                message = ValidatorTr::tr("invalid escape sequence '%1' in a double-quoted string "
                                          "(write Windows paths in single quotes, or double the "
                                          "backslashes)")
                              .arg(QString::fromUtf8(utf8->mid(at, 2)));
            }
        }
        // A block that "does not end" right at a quote is a quote that never closes.
        const char at = e.mark.pos >= 0 && e.mark.pos < utf8->size() ? utf8->at(e.mark.pos) : 0;
        if ((at == '"' || at == '\'') &&
            (e.msg == "end of map not found" || e.msg == "end of sequence not found")) {
            message = ValidatorTr::tr("a quoted string starts here and is never closed (a stray "
                                      "quote after a value?)");
        } else if (e.msg == "end of map not found" || e.msg == "end of sequence not found") {
            if (const auto blame = blameIndentation(*utf8, mark.line)) {
                mark = blame->mark;
                message = blame->message;
            }
        } else if (e.msg == "illegal map value") {
            if (const auto blame = blameDeeperKey(*utf8, mark.line)) {
                mark = blame->mark;
                message = blame->message;
            }
        }
        result.diagnostics.push_back(error(fileName, mark, Codes::YamlSyntax, message));
    } catch (const UnclosedQuote &e) {
        result.root.reset();
        result.diagnostics.push_back(
            error(fileName, e.mark, Codes::YamlSyntax,
                  ValidatorTr::tr("this quoted string is never closed: add the closing quote")));
    } catch (const TooManyNodes &e) {
        result.root.reset();
        result.diagnostics.push_back(
            error(fileName, e.mark.line ? e.mark : Mark{1, 1}, Codes::TooLarge,
                  e.aliases ? ValidatorTr::tr("YAML aliases ('*name') here expand the document by "
                                              "more than %1 nodes (an alias bomb?); repeat the "
                                              "text instead of nesting aliases")
                                  .arg(limits.maxAliasNodes)
                            : ValidatorTr::tr("the document expands to more than %1 YAML nodes "
                                              "(are YAML aliases repeating a large part of it?)")
                                  .arg(limits.maxNodes)));
    } catch (const std::exception &e) {
        result.root.reset();
        result.diagnostics.push_back(
            error(fileName, {1, 1}, Codes::YamlSyntax, QString::fromStdString(e.what())));
    }
    return result;
}

} // namespace Kiln
