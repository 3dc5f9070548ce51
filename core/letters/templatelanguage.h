#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fremdrift {

// The letter template language: Qt rich text (HTML) with merge tags. Nothing in a template runs
// code; a tag only inserts a value or keeps or drops a stretch of the template.
//
//   {{ client.name }}                  the field's value. Text values are HTML-escaped; block
//                                      values (tables, lists) are HTML made by Fremdrift.
//   {{#if guardian.name}} … {{else}} … {{/if}}
//                                      the first part when the field is not empty, else the
//                                      part after {{else}} (optional)
//   {{#unless decision.replaces}} … {{/unless}}   the opposite of #if
//   {{#part complaint_right}} … {{/part}}
//                                      a part a letter must have by law (the ids of the
//                                      jurisdiction's letter requirements); the letter check
//                                      finds what each part rendered
//   {{! a note for whoever edits the template }}   left out of the letter
//
// Names are parts of ASCII letters, digits and '_' (not starting with a digit) joined by single
// dots, e.g. "decision.evaluation_date". Spaces inside the braces are allowed. A tag is written
// on one line; a comment may span lines and ends at the first "}}". Sections nest up to 64 deep.
// "}}" alone is text. Braces meant as text are written as the HTML entity "&#123;", which the
// parser does not see as a tag.

// A place in the template source: 1-based line and column (in characters), 0-based offset.
struct TemplatePosition
{
    int line = 1;
    int column = 1;
    int offset = 0;
};

struct TemplateError
{
    TemplatePosition at;
    QString message; // translated, without the position
    QString tag;     // the tag's text as written, e.g. "{{#if guardian}", when there is one

    // "Line 12, column 5: The field «client.nmae» is unknown."
    QString toString() const;
};

// One value a template can insert.
struct MergeValue
{
    enum class Kind { Text, Html };

    Kind kind = Kind::Text;
    QString value;

    static MergeValue text(QString value) { return {Kind::Text, std::move(value)}; }
    static MergeValue html(QString value) { return {Kind::Html, std::move(value)}; }
    bool isEmpty() const { return value.trimmed().isEmpty(); }
};

// The values for one letter, by field name.
using MergeData = QMap<QString, MergeValue>;

// A field used where it printed nothing: outside any #if/#unless on that same field, with an
// empty value. The letter check reports it, since the letter would have a gap.
struct EmptyField
{
    QString name;
    TemplatePosition at;
};

struct RenderedTemplate
{
    QString html;
    QMap<QString, QString> parts;  // {{#part id}}: the HTML each part rendered (empty if dropped)
    QList<EmptyField> emptyFields; // in source order
};

class ParsedTemplate;

// Parses `source`. On errors it returns nullptr, since the template cannot be rendered, and
// lists in `errors` every error found, in source order (up to 100, then a note of how many
// more): an unclosed section, an {{/if}} that closes nothing, an {{/if}} closing an #unless, an
// {{else}} outside #if/#unless or a second one, a tag never closed with "}}", an empty tag, a
// badly formed name, an unknown section keyword such as {{#each}}, a part inside a part,
// sections nested too deep. Columns count characters (a tab is one, so is an emoji).
class TemplateParser final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::TemplateParser)

public:
    static std::shared_ptr<const ParsedTemplate> parse(const QString &source,
                                                       QList<TemplateError> *errors);
};

class ParsedTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ParsedTemplate)

public:
    struct Node;
    ~ParsedTemplate();

    // Every field and condition name used, and every part id, with where each first appears.
    QMap<QString, TemplatePosition> fieldsUsed() const;
    QMap<QString, TemplatePosition> partsUsed() const;

    // Errors for names not in `knownFields` and part ids not in `knownParts`, with positions.
    QList<TemplateError> check(const QSet<QString> &knownFields,
                               const QSet<QString> &knownParts) const;

    // The merged HTML. A field missing from `data` renders as empty and is an EmptyField.
    RenderedTemplate render(const MergeData &data) const;

private:
    friend class TemplateParser;

    std::vector<std::unique_ptr<Node>> m_nodes;
    std::vector<const Node *> m_uses; // every field, condition and part tag, in source order
    qsizetype m_sourceLength = 0;     // to reserve the rendered HTML at once
};

// Parses and checks in one go: the errors of both, or none.
QList<TemplateError> templateErrors(const QString &source, const QSet<QString> &knownFields,
                                    const QSet<QString> &knownParts);

} // namespace fremdrift
