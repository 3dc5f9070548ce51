#include "letters/templatelanguage.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>

namespace fremdrift {

struct ParsedTemplate::Node
{
    enum class Kind { Text, Field, If, Unless, Part };

    Kind kind = Kind::Text;
    QString text; // Text: the HTML as written; otherwise the field, condition or part name
    QString tag;  // the tag as written, for messages (not for Text)
    TemplatePosition at;
    std::vector<std::unique_ptr<Node>> children;     // a section's body; #if's when true
    std::vector<std::unique_ptr<Node>> elseChildren; // after {{else}}
};

namespace {

using Node = ParsedTemplate::Node;
using Nodes = std::vector<std::unique_ptr<Node>>;

// Rendering recurses once per level, so nesting is bounded; no letter comes close.
constexpr int maxDepth = 64;
// A broken template lists this many errors and then a note: enough to work on, and bounded in
// memory whatever was pasted in.
constexpr int maxErrors = 100;
// Positions are ints; a letter template is a few kilobytes, so a source this large is a mistake.
constexpr qsizetype maxSourceLength = 16 * 1000 * 1000;
// Tags quoted in messages are cut to this many characters.
constexpr qsizetype maxShownTag = 60;

enum class SectionKind { If, Unless, Part };
constexpr int sectionKindCount = 3;

std::optional<SectionKind> sectionKind(QStringView keyword)
{
    if (keyword == u"if")
        return SectionKind::If;
    if (keyword == u"unless")
        return SectionKind::Unless;
    if (keyword == u"part")
        return SectionKind::Part;
    return std::nullopt;
}

QString keywordOf(SectionKind kind)
{
    switch (kind) {
    case SectionKind::If:
        return QStringLiteral("if");
    case SectionKind::Unless:
        return QStringLiteral("unless");
    case SectionKind::Part:
        return QStringLiteral("part");
    }
    Q_UNREACHABLE();
}

Node::Kind nodeKindOf(SectionKind kind)
{
    switch (kind) {
    case SectionKind::If:
        return Node::Kind::If;
    case SectionKind::Unless:
        return Node::Kind::Unless;
    case SectionKind::Part:
        return Node::Kind::Part;
    }
    Q_UNREACHABLE();
}

QString closingTag(SectionKind kind)
{
    return QStringLiteral("{{/") + keywordOf(kind) + QStringLiteral("}}");
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Segments of [A-Za-z_][A-Za-z0-9_]* separated by single dots.
bool isValidName(QStringView name)
{
    bool atSegmentStart = true;
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        if (c == u'.') {
            if (atSegmentStart)
                return false;
            atSegmentStart = true;
            continue;
        }
        const bool isDigit = c >= u'0' && c <= u'9';
        const bool allowed = isAsciiLetter(c) || c == u'_' || (isDigit && !atSegmentStart);
        if (!allowed)
            return false;
        atSegmentStart = false;
    }
    return !atSegmentStart;
}

// A tag's text for a message, cut short (never between the halves of a surrogate pair).
QString shownTag(QStringView tag)
{
    if (tag.size() <= maxShownTag)
        return tag.toString();
    qsizetype length = maxShownTag - 1;
    if (tag.at(length - 1).isHighSurrogate())
        --length;
    return tag.left(length).toString() + u'…';
}

QString positionText(const TemplatePosition &at)
{
    return TemplateParser::tr("line %1, column %2")
        .arg(QString::number(at.line), QString::number(at.column));
}

// The first three words of a tag, split at white space; `count` counts them all.
struct Words
{
    std::array<QStringView, 3> word;
    qsizetype count = 0;
};

Words splitWords(QStringView text)
{
    Words words;
    qsizetype i = 0;
    while (true) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i == text.size())
            return words;
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        if (words.count < qsizetype(words.word.size()))
            words.word[std::size_t(words.count)] = text.mid(start, i - start);
        ++words.count;
    }
}

// Line and column of offsets asked for in increasing order, in one pass over the source.
class PositionTracker final
{
public:
    explicit PositionTracker(QStringView source)
        : m_source(source)
    {
    }

    TemplatePosition at(qsizetype offset)
    {
        Q_ASSERT(offset >= m_position.offset);
        for (qsizetype i = m_position.offset; i < offset; ++i) {
            const QChar c = m_source.at(i);
            if (c == u'\n') {
                ++m_position.line;
                m_position.column = 1;
            } else if (!(c.isLowSurrogate() && i > 0 && m_source.at(i - 1).isHighSurrogate())) {
                ++m_position.column; // the second half of a surrogate pair is the same character
            }
        }
        m_position.offset = int(offset);
        return m_position;
    }

private:
    QStringView m_source;
    TemplatePosition m_position;
};

// A section whose closing tag has not come yet.
struct OpenSection
{
    SectionKind kind = SectionKind::If;
    QStringView name;
    QStringView tag;
    TemplatePosition at;
    Node *node = nullptr; // nullptr once the tree is no longer built
    std::optional<TemplatePosition> elseAt;

    QString canonicalTag() const
    {
        QString text = QStringLiteral("{{#") + keywordOf(kind);
        if (!name.isEmpty())
            text += u' ' + name;
        text += QStringLiteral("}}");
        return shownTag(text);
    }
};

// Scans the source once, from tag to tag, building the tree until the first error and then only
// looking for more errors. Every loop moves forward and nothing recurses, so any input ends.
class Parser final
{
public:
    explicit Parser(QStringView source)
        : m_source(source)
        , m_positions(source)
    {
    }

    void run();
    QList<TemplateError> takeErrors();
    Nodes takeNodes() { return std::move(m_nodes); }
    std::vector<const Node *> takeUses() { return std::move(m_uses); }

private:
    bool building() const { return m_errors.isEmpty() && m_droppedErrors == 0; }
    // `message()` makes the message, only when it is listed.
    template<typename Message>
    void error(const TemplatePosition &at, QStringView tag, Message message);

    qsizetype readTag(qsizetype open);
    qsizetype readComment(qsizetype open, const TemplatePosition &at);
    qsizetype nextClose(qsizetype from);
    void handleTag(QStringView content, QStringView tag, const TemplatePosition &at);
    void openSection(QStringView words, QStringView tag, const TemplatePosition &at);
    void closeSection(QStringView words, QStringView tag, const TemplatePosition &at);
    void handleElse(const Words &words, QStringView tag, const TemplatePosition &at);
    void printField(const Words &words, QStringView tag, const TemplatePosition &at);
    void reportNeverClosed(const OpenSection &section);
    void
    pushSection(SectionKind kind, QStringView name, QStringView tag, const TemplatePosition &at);
    void popSection();

    Nodes &currentNodes();
    void appendText(QStringView text);
    Node *
    appendNode(Node::Kind kind, QStringView name, QStringView tag, const TemplatePosition &at);

    QStringView m_source;
    PositionTracker m_positions;
    Nodes m_nodes;
    std::vector<const Node *> m_uses;
    std::vector<OpenSection> m_open;
    std::array<int, sectionKindCount> m_openCount{}; // open sections by kind
    qsizetype m_openPart = -1;                       // index in m_open of the open part
    QList<TemplateError> m_errors;
    int m_droppedErrors = 0;
    TemplatePosition m_firstDropped;
    qsizetype m_closeSearchedFrom = -1;
    qsizetype m_nextClose = -1;
};

void Parser::run()
{
    if (m_source.size() > maxSourceLength) {
        error({}, {}, [&] {
            return TemplateParser::tr(
                       "The template is too large (over %1 million characters): check "
                       "that the right file was chosen.")
                .arg(QString::number(maxSourceLength / 1000000));
        });
        return;
    }
    qsizetype from = 0;
    while (from < m_source.size()) {
        const qsizetype open = m_source.indexOf(QStringView(u"{{"), from);
        if (open < 0) {
            appendText(m_source.mid(from));
            break;
        }
        appendText(m_source.mid(from, open - from));
        from = readTag(open);
    }
    for (const OpenSection &section : m_open)
        reportNeverClosed(section);
}

QList<TemplateError> Parser::takeErrors()
{
    // Sections left open are found last but reported where they open.
    std::stable_sort(
        m_errors.begin(), m_errors.end(), [](const TemplateError &a, const TemplateError &b) {
            return a.at.offset < b.at.offset;
        });
    if (m_droppedErrors > 0) {
        m_errors.append({m_firstDropped,
                         TemplateParser::tr("%n more error(s) not listed: fix the ones above "
                                            "and check again.",
                                            nullptr,
                                            m_droppedErrors),
                         QString()});
    }
    return std::move(m_errors);
}

template<typename Message>
void Parser::error(const TemplatePosition &at, QStringView tag, Message message)
{
    if (m_errors.size() < maxErrors) {
        m_errors.append({at, message(), shownTag(tag)});
        return;
    }
    if (m_droppedErrors++ == 0)
        m_firstDropped = at;
}

// Reads the tag starting with the "{{" at `open`; returns where scanning goes on. A tag ends at
// the first "}}"; a "{{" or a line break before it means this one was never closed.
qsizetype Parser::readTag(qsizetype open)
{
    const TemplatePosition at = m_positions.at(open);
    qsizetype i = open + 2;
    while (i < m_source.size() && m_source.at(i) != u'\n' && m_source.at(i).isSpace())
        ++i;
    if (i < m_source.size() && m_source.at(i) == u'!')
        return readComment(open, at);

    for (; i < m_source.size(); ++i) {
        const QChar c = m_source.at(i);
        const bool pair = i + 1 < m_source.size() && m_source.at(i + 1) == c;
        if (c == u'\n' || (c == u'{' && pair))
            break;
        if (c == u'}' && pair) {
            handleTag(m_source.mid(open + 2, i - open - 2).trimmed(),
                      m_source.mid(open, i + 2 - open),
                      at);
            return i + 2;
        }
    }
    const QStringView unclosed = m_source.mid(open, i - open).trimmed();
    error(at, unclosed, [&] {
        return TemplateParser::tr("The tag %1 is never closed: add }} at its end (a tag fits on "
                                  "one line), or write a brace meant as text as &#123;.")
            .arg(shownTag(unclosed));
    });
    return open + 2;
}

qsizetype Parser::readComment(qsizetype open, const TemplatePosition &at)
{
    const qsizetype close = nextClose(open + 2);
    if (close >= 0)
        return close + 2;
    // Only as much as a message shows: the line may be long, and there may be many such tags.
    QStringView shown = m_source.mid(open, maxShownTag + 1);
    if (const qsizetype lineEnd = shown.indexOf(u'\n'); lineEnd >= 0)
        shown.truncate(lineEnd);
    shown = shown.trimmed();
    error(at, shown, [&] {
        return TemplateParser::tr("The comment %1 is never closed: add }} where it should end.")
            .arg(shownTag(shown));
    });
    return open + 2;
}

// The first "}}" at or after `from`, or -1. Asked with increasing `from`, it searches each
// stretch of the source once, so that many comments that never close cost one pass, not one each.
qsizetype Parser::nextClose(qsizetype from)
{
    const bool known = m_closeSearchedFrom >= 0 && m_closeSearchedFrom <= from
                       && (m_nextClose < 0 || m_nextClose >= from);
    if (!known) {
        m_closeSearchedFrom = from;
        m_nextClose = m_source.indexOf(QStringView(u"}}"), from);
    }
    return m_nextClose;
}

void Parser::handleTag(QStringView content, QStringView tag, const TemplatePosition &at)
{
    if (content.isEmpty()) {
        error(at, tag, [&] {
            return TemplateParser::tr("The tag %1 is empty: write a field name between the braces, "
                                      "or remove it.")
                .arg(shownTag(tag));
        });
        return;
    }
    if (content.front() == u'#') {
        openSection(content.mid(1), tag, at);
        return;
    }
    if (content.front() == u'/') {
        closeSection(content.mid(1), tag, at);
        return;
    }
    const Words words = splitWords(content);
    if (words.word[0] == u"else")
        handleElse(words, tag, at);
    else
        printField(words, tag, at);
}

void Parser::openSection(QStringView text, QStringView tag, const TemplatePosition &at)
{
    const Words words = splitWords(text);
    const std::optional<SectionKind> kind = sectionKind(words.word[0]);
    if (!kind) {
        error(at, tag, [&] {
            return TemplateParser::tr(
                       "The tag %1 starts an unknown kind of section: use {{#if …}}, "
                       "{{#unless …}} or {{#part …}}.")
                .arg(shownTag(tag));
        });
        return;
    }
    const QStringView name = words.word[1];
    if (name.isEmpty() && *kind == SectionKind::Part) {
        error(at, tag, [&] {
            return TemplateParser::tr(
                       "The tag %1 needs a part id, such as {{#part complaint_right}}.")
                .arg(shownTag(tag));
        });
    } else if (name.isEmpty()) {
        error(at, tag, [&] {
            return TemplateParser::tr(
                       "The tag %1 needs a field name, such as {{#%2 guardian.name}}.")
                .arg(shownTag(tag), keywordOf(*kind));
        });
    } else if (words.count > 2) {
        error(at, tag, [&] {
            return TemplateParser::tr("The tag %1 holds more than one name: keep one, such as "
                                      "{{#%2 guardian.name}}.")
                .arg(shownTag(tag), keywordOf(*kind));
        });
    } else if (!isValidName(name)) {
        error(at, tag, [&] {
            return TemplateParser::tr("«%1» in %2 is not a valid name: use letters, digits and _, "
                                      "starting with a letter, and single dots between parts, such "
                                      "as guardian.name.")
                .arg(shownTag(name), shownTag(tag));
        });
    }
    if (*kind == SectionKind::Part && m_openPart >= 0) {
        const OpenSection &outer = m_open.at(std::size_t(m_openPart));
        error(at, tag, [&] {
            return TemplateParser::tr("The part %1 is inside the part %2 (%3): parts cannot nest; "
                                      "close the first with {{/part}} before starting the next.")
                .arg(shownTag(tag), outer.canonicalTag(), positionText(outer.at));
        });
    }
    if (m_open.size() == std::size_t(maxDepth)) {
        error(at, tag, [&] {
            return TemplateParser::tr("The section %1 is nested more than %2 sections deep: close "
                                      "some sections before it.")
                .arg(shownTag(tag), QString::number(maxDepth));
        });
    }
    pushSection(*kind, name, tag, at);
}

void Parser::closeSection(QStringView text, QStringView tag, const TemplatePosition &at)
{
    const Words words = splitWords(text);
    const std::optional<SectionKind> kind = sectionKind(words.word[0]);
    if (!kind) {
        error(at, tag, [&] {
            return TemplateParser::tr("The tag %1 closes an unknown kind of section: use {{/if}}, "
                                      "{{/unless}} or {{/part}}.")
                .arg(shownTag(tag));
        });
        return;
    }
    if (words.count > 1) {
        error(at, tag, [&] {
            return TemplateParser::tr("The tag %1 takes no name: write just %2.")
                .arg(shownTag(tag), closingTag(*kind));
        });
    }
    if (m_open.empty()) {
        error(at, tag, [&] {
            return TemplateParser::tr(
                       "The tag %1 closes nothing: remove it, or add {{#%2 …}} where "
                       "the section should start.")
                .arg(shownTag(tag), keywordOf(*kind));
        });
        return;
    }
    const OpenSection &innermost = m_open.back();
    if (innermost.kind == *kind) {
        popSection();
        return;
    }
    error(at, tag, [&] {
        return TemplateParser::tr("The tag %1 cannot close %2, which is still open from %3: add %4 "
                                  "before %1.")
            .arg(shownTag(tag),
                 innermost.canonicalTag(),
                 positionText(innermost.at),
                 closingTag(innermost.kind));
    });
    // When an outer section of this kind is open, the tag closes it and everything inside is
    // unclosed; otherwise it stands for the innermost section's closing tag. Either way one
    // mistake makes one error, not a cascade.
    const bool closesOuter = m_openCount.at(std::size_t(*kind)) > 0;
    popSection();
    if (!closesOuter)
        return;
    while (m_open.back().kind != *kind) {
        reportNeverClosed(m_open.back());
        popSection();
    }
    popSection();
}

void Parser::handleElse(const Words &words, QStringView tag, const TemplatePosition &at)
{
    if (words.count > 1) {
        error(at, tag, [&] {
            return TemplateParser::tr("The tag %1 takes no name: write just {{else}}.")
                .arg(shownTag(tag));
        });
    }
    if (m_open.empty() || m_open.back().kind == SectionKind::Part) {
        error(at, tag, [&] {
            return TemplateParser::tr(
                       "The tag %1 is not directly inside an {{#if …}} or {{#unless …}} "
                       "section: remove it, or put the section around it.")
                .arg(shownTag(tag));
        });
        return;
    }
    OpenSection &section = m_open.back();
    if (section.elseAt) {
        error(at, tag, [&] {
            return TemplateParser::tr("The section %1 already has an {{else}} at %2: remove one of "
                                      "them.")
                .arg(section.canonicalTag(), positionText(*section.elseAt));
        });
        return;
    }
    section.elseAt = at;
}

void Parser::printField(const Words &words, QStringView tag, const TemplatePosition &at)
{
    if (words.count > 1) {
        error(at, tag, [&] {
            return TemplateParser::tr("The tag %1 holds more than one word: write one field name, "
                                      "such as {{client.name}}.")
                .arg(shownTag(tag));
        });
    } else if (!isValidName(words.word[0])) {
        error(at, tag, [&] {
            return TemplateParser::tr("«%1» in %2 is not a valid name: use letters, digits and _, "
                                      "starting with a letter, and single dots between parts, such "
                                      "as client.name.")
                .arg(shownTag(words.word[0]), shownTag(tag));
        });
    } else if (building()) {
        appendNode(Node::Kind::Field, words.word[0], tag, at);
    }
}

void Parser::reportNeverClosed(const OpenSection &section)
{
    error(section.at, section.tag, [&] {
        return TemplateParser::tr("The section %1 is never closed: add %2 where it should end.")
            .arg(section.canonicalTag(), closingTag(section.kind));
    });
}

void Parser::pushSection(SectionKind kind,
                         QStringView name,
                         QStringView tag,
                         const TemplatePosition &at)
{
    Node *node = building() ? appendNode(nodeKindOf(kind), name, tag, at) : nullptr;
    m_open.push_back({kind, name, tag, at, node, std::nullopt});
    ++m_openCount.at(std::size_t(kind));
    if (kind == SectionKind::Part && m_openPart < 0)
        m_openPart = qsizetype(m_open.size()) - 1;
}

void Parser::popSection()
{
    --m_openCount.at(std::size_t(m_open.back().kind));
    if (m_openPart == qsizetype(m_open.size()) - 1)
        m_openPart = -1;
    m_open.pop_back();
}

// Only called while building, when every open section has its node.
Nodes &Parser::currentNodes()
{
    if (m_open.empty())
        return m_nodes;
    const OpenSection &section = m_open.back();
    return section.elseAt ? section.node->elseChildren : section.node->children;
}

void Parser::appendText(QStringView text)
{
    if (text.isEmpty() || !building())
        return;
    Nodes &nodes = currentNodes();
    if (!nodes.empty() && nodes.back()->kind == Node::Kind::Text) {
        nodes.back()->text += text; // text on both sides of a comment
        return;
    }
    auto node = std::make_unique<Node>();
    node->text = text.toString();
    nodes.push_back(std::move(node));
}

Node *
Parser::appendNode(Node::Kind kind, QStringView name, QStringView tag, const TemplatePosition &at)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->text = name.toString();
    node->tag = shownTag(tag);
    node->at = at;
    Node *added = node.get();
    currentNodes().push_back(std::move(node));
    m_uses.push_back(added);
    return added;
}

// Renders one letter's nodes into `out`.
class Renderer final
{
public:
    Renderer(const MergeData &data, RenderedTemplate &out)
        : m_data(data)
        , m_out(out)
    {
    }

    void render(const Nodes &nodes);

private:
    void renderField(const Node &node);
    void renderCondition(const Node &node);
    void renderPart(const Node &node);
    void recordDroppedParts(const Nodes &nodes);
    bool hasValue(const QString &name) const;
    bool isGuarded(const QString &name) const;

    const MergeData &m_data;
    RenderedTemplate &m_out;
    std::vector<const QString *> m_conditions; // of the enclosing #if and #unless sections
};

void Renderer::render(const Nodes &nodes)
{
    for (const std::unique_ptr<Node> &node : nodes) {
        switch (node->kind) {
        case Node::Kind::Text:
            m_out.html += node->text;
            break;
        case Node::Kind::Field:
            renderField(*node);
            break;
        case Node::Kind::If:
        case Node::Kind::Unless:
            renderCondition(*node);
            break;
        case Node::Kind::Part:
            renderPart(*node);
            break;
        }
    }
}

void Renderer::renderField(const Node &node)
{
    const auto value = m_data.constFind(node.text);
    const bool found = value != m_data.cend();
    if ((!found || value->isEmpty()) && !isGuarded(node.text))
        m_out.emptyFields.append({node.text, node.at});
    if (!found)
        return;
    if (value->kind == MergeValue::Kind::Html)
        m_out.html += value->value;
    else
        m_out.html += value->value.toHtmlEscaped();
}

void Renderer::renderCondition(const Node &node)
{
    const bool filled = hasValue(node.text);
    const bool firstBranch = node.kind == Node::Kind::If ? filled : !filled;
    m_conditions.push_back(&node.text);
    render(firstBranch ? node.children : node.elseChildren);
    m_conditions.pop_back();
    recordDroppedParts(firstBranch ? node.elseChildren : node.children);
}

void Renderer::renderPart(const Node &node)
{
    const qsizetype start = m_out.html.size();
    render(node.children);
    m_out.parts[node.text] += QStringView(m_out.html).mid(start);
}

// A part in a dropped branch is still listed, as empty, so the letter check sees it was left out
// rather than never written.
void Renderer::recordDroppedParts(const Nodes &nodes)
{
    for (const std::unique_ptr<Node> &node : nodes) {
        if (node->kind == Node::Kind::Part) {
            if (!m_out.parts.contains(node->text))
                m_out.parts.insert(node->text, QString());
        } else {
            recordDroppedParts(node->children);
            recordDroppedParts(node->elseChildren);
        }
    }
}

bool Renderer::hasValue(const QString &name) const
{
    const auto value = m_data.constFind(name);
    return value != m_data.cend() && !value->isEmpty();
}

// A field inside an #if or #unless on the same name is empty on purpose, not a gap.
bool Renderer::isGuarded(const QString &name) const
{
    return std::any_of(m_conditions.cbegin(), m_conditions.cend(), [&name](const QString *c) {
        return *c == name;
    });
}

} // namespace

QString TemplateError::toString() const
{
    return TemplateParser::tr("Line %1, column %2: %3")
        .arg(QString::number(at.line), QString::number(at.column), message);
}

std::shared_ptr<const ParsedTemplate> TemplateParser::parse(const QString &source,
                                                            QList<TemplateError> *errors)
{
    Parser parser(source);
    parser.run();
    QList<TemplateError> found = parser.takeErrors();
    const bool ok = found.isEmpty();
    if (errors)
        *errors = std::move(found);
    if (!ok)
        return nullptr;

    auto parsed = std::make_shared<ParsedTemplate>();
    parsed->m_nodes = parser.takeNodes();
    parsed->m_uses = parser.takeUses();
    parsed->m_sourceLength = source.size();
    return parsed;
}

ParsedTemplate::~ParsedTemplate() = default;

QMap<QString, TemplatePosition> ParsedTemplate::fieldsUsed() const
{
    QMap<QString, TemplatePosition> fields;
    for (const Node *use : m_uses) {
        if (use->kind != Node::Kind::Part && !fields.contains(use->text))
            fields.insert(use->text, use->at);
    }
    return fields;
}

QMap<QString, TemplatePosition> ParsedTemplate::partsUsed() const
{
    QMap<QString, TemplatePosition> parts;
    for (const Node *use : m_uses) {
        if (use->kind == Node::Kind::Part && !parts.contains(use->text))
            parts.insert(use->text, use->at);
    }
    return parts;
}

QList<TemplateError> ParsedTemplate::check(const QSet<QString> &knownFields,
                                           const QSet<QString> &knownParts) const
{
    QList<TemplateError> errors;
    for (const Node *use : m_uses) {
        if (use->kind == Node::Kind::Part) {
            if (!knownParts.contains(use->text)) {
                errors.append({use->at,
                               tr("The part «%1» is unknown: pick one from the list of parts.")
                                   .arg(use->text),
                               use->tag});
            }
        } else if (!knownFields.contains(use->text)) {
            errors.append(
                {use->at,
                 tr("The field «%1» is unknown: pick one from the list of fields.").arg(use->text),
                 use->tag});
        }
    }
    return errors;
}

RenderedTemplate ParsedTemplate::render(const MergeData &data) const
{
    RenderedTemplate rendered;
    rendered.html.reserve(m_sourceLength + m_sourceLength / 2);
    Renderer(data, rendered).render(m_nodes);
    return rendered;
}

QList<TemplateError> templateErrors(const QString &source,
                                    const QSet<QString> &knownFields,
                                    const QSet<QString> &knownParts)
{
    QList<TemplateError> errors;
    const std::shared_ptr<const ParsedTemplate> parsed = TemplateParser::parse(source, &errors);
    if (!parsed)
        return errors;
    return parsed->check(knownFields, knownParts);
}

} // namespace fremdrift
