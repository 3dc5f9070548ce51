// The letter template language (letters/templatelanguage.h): what good templates render, where
// each kind of mistake is reported, the letter check's view of parts and empty fields, and
// random and mutated sources that must never crash the parser or the renderer.
#include "letters/templatelanguage.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <string>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch

using namespace fremdrift;

namespace {

// For INFO: the errors, one per line.
std::string describe(const QList<TemplateError> &errors)
{
    QStringList lines;
    for (const TemplateError &error : errors)
        lines << error.toString() + QStringLiteral(" [") + error.tag + u']';
    return lines.join(u'\n').toStdString();
}

std::shared_ptr<const ParsedTemplate> parseOk(const QString &source)
{
    QList<TemplateError> errors;
    const auto parsed = TemplateParser::parse(source, &errors);
    INFO(describe(errors));
    REQUIRE(errors.isEmpty());
    REQUIRE(parsed);
    return parsed;
}

QString renderOk(const QString &source, const MergeData &data = {})
{
    return parseOk(source)->render(data).html;
}

QList<TemplateError> parseErrors(const QString &source)
{
    QList<TemplateError> errors;
    const auto parsed = TemplateParser::parse(source, &errors);
    REQUIRE_FALSE(parsed);
    REQUIRE_FALSE(errors.isEmpty());
    return errors;
}

// The one error `source` has, at `line` and `column`, quoting `tag`.
TemplateError singleError(const QString &source, int line, int column, const QString &tag)
{
    const QList<TemplateError> errors = parseErrors(source);
    INFO(describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().at.line == line);
    CHECK(errors.first().at.column == column);
    CHECK(errors.first().tag == tag);
    return errors.first();
}

MergeValue text(const char *value)
{
    return MergeValue::text(QString::fromUtf8(value));
}

MergeValue html(const char *value)
{
    return MergeValue::html(QString::fromUtf8(value));
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("Fields insert text escaped and HTML as it is", "[templates]")
{
    const MergeData data{
        {str("client.name"), text("Kari <Nordmann> & \"Co\"")},
        {str("office.postal_address"), html("<p>Postboks 1234<br/>9615 Hammerfest</p>")},
    };
    CHECK(renderOk(str("<p>Til {{client.name}}</p>{{office.postal_address}}"), data)
          == str("<p>Til Kari &lt;Nordmann&gt; &amp; &quot;Co&quot;</p>"
                 "<p>Postboks 1234<br/>9615 Hammerfest</p>"));
    CHECK(renderOk(str("[{{client.unit}}]"), data) == str("[]"));
    CHECK(renderOk(str("<b>Ærlig Øst</b> 😀"), data) == str("<b>Ærlig Øst</b> 😀"));
}

TEST_CASE("Spaces inside the braces are allowed", "[templates]")
{
    const MergeData data{{str("a"), text("A")}, {str("client.name"), text("Kari")}};
    CHECK(renderOk(str("{{  client.name  }}|{{\tclient.name\t}}"), data) == str("Kari|Kari"));
    CHECK(renderOk(str("{{ #if a }}yes{{ else }}no{{ /if }}"), data) == str("yes"));
    CHECK(renderOk(str("{{#if   a}}yes{{/if}}{{# unless a}}no{{/ unless}}"), data) == str("yes"));
}

TEST_CASE("If else and unless keep or drop their branches", "[templates]")
{
    const QString source = str("{{#if guardian.name}}Til verge {{guardian.name}}"
                               "{{else}}Til {{client.name}}{{/if}}");
    const auto parsed = parseOk(source);
    const MergeData withGuardian{{str("guardian.name"), text("Per")},
                                 {str("client.name"), text("Kari")}};
    const MergeData withoutGuardian{{str("client.name"), text("Kari")}};
    const MergeData blankGuardian{{str("guardian.name"), text("  \n ")},
                                  {str("client.name"), text("Kari")}};
    CHECK(parsed->render(withGuardian).html == str("Til verge Per"));
    CHECK(parsed->render(withoutGuardian).html == str("Til Kari"));
    CHECK(parsed->render(blankGuardian).html == str("Til Kari"));

    const QString unless = str("{{#unless decision.replaces}}Nytt vedtak"
                               "{{else}}Erstatter {{decision.replaces}}{{/unless}}.");
    CHECK(renderOk(unless, {}) == str("Nytt vedtak."));
    CHECK(renderOk(unless, {{str("decision.replaces"), text("V-12")}}) == str("Erstatter V-12."));
    CHECK(renderOk(str("{{#if a}}A{{/if}}-{{#unless a}}B{{/unless}}"), {}) == str("-B"));
    CHECK(renderOk(str("{{#if a}}<table/>{{/if}}"), {{str("a"), html("<br/>")}})
          == str("<table/>"));
}

TEST_CASE("Sections nest", "[templates]")
{
    const auto parsed = parseOk(str("{{#if a}}A{{#unless b}}-notB{{#if c}}-C{{else}}-notC{{/if}}"
                                    "{{/unless}}{{else}}none{{/if}}"));
    const MergeValue x = text("x");
    CHECK(parsed->render({{str("a"), x}}).html == str("A-notB-notC"));
    CHECK(parsed->render({{str("a"), x}, {str("c"), x}}).html == str("A-notB-C"));
    CHECK(parsed->render({{str("a"), x}, {str("b"), x}, {str("c"), x}}).html == str("A"));
    CHECK(parsed->render({{str("b"), x}}).html == str("none"));

    QString deep;
    for (int i = 0; i < 64; ++i)
        deep += QStringLiteral("{{#if a}}");
    deep += QStringLiteral("deep");
    for (int i = 0; i < 64; ++i)
        deep += QStringLiteral("{{/if}}");
    CHECK(renderOk(deep, {{str("a"), x}}) == str("deep"));
}

TEST_CASE("Parts record what they rendered", "[templates]")
{
    const auto parsed = parseOk(
        str("<h1>Vedtak</h1>{{#part complaint_right}}<p>Klagefrist {{complaint.weeks}} uker.</p>"
            "{{/part}}{{#if decision.replaces}}{{#part replaces_note}}Erstatter "
            "{{decision.replaces}}{{/part}}{{/if}}"));
    const MergeData withoutReplaces{{str("complaint.weeks"), text("3")}};
    const RenderedTemplate first = parsed->render(withoutReplaces);
    CHECK(first.html == str("<h1>Vedtak</h1><p>Klagefrist 3 uker.</p>"));
    CHECK(first.parts.value(str("complaint_right")) == str("<p>Klagefrist 3 uker.</p>"));
    // Dropped with its #if, but listed: the letter check sees it was left out.
    REQUIRE(first.parts.contains(str("replaces_note")));
    CHECK(first.parts.value(str("replaces_note")).isEmpty());

    const MergeData withReplaces{{str("complaint.weeks"), text("3")},
                                 {str("decision.replaces"), text("V-<7>")}};
    CHECK(parsed->render(withReplaces).parts.value(str("replaces_note"))
          == str("Erstatter V-&lt;7&gt;"));

    const auto eitherBranch
        = parseOk(str("{{#if a}}{{#part p}}X{{/part}}{{else}}{{#part p}}Y{{/part}}{{/if}}"));
    CHECK(eitherBranch->render({{str("a"), text("1")}}).parts.value(str("p")) == str("X"));
    CHECK(eitherBranch->render({}).parts.value(str("p")) == str("Y"));
}

TEST_CASE("Comments vanish", "[templates]")
{
    CHECK(renderOk(str("A{{! a note }}B{{!\nover\nlines }}C{{ ! spaced }}D")) == str("ABCD"));
    CHECK(renderOk(str("A{{!}}B")) == str("AB"));
    // A comment ends at its first "}}", as the README says.
    CHECK(renderOk(str("{{! use {{client.name}} here }}")) == str(" here }}"));
}

TEST_CASE("Closing braces alone and brace entities are text", "[templates]")
{
    CHECK(renderOk(str("a }} b }}}")) == str("a }} b }}}"));
    CHECK(renderOk(str("&#123;&#123;client.name}}")) == str("&#123;&#123;client.name}}"));
    CHECK(renderOk(str("{{a}}}"), {{str("a"), text("A")}}) == str("A}"));
}

TEST_CASE("Multi-line sources keep their lines", "[templates]")
{
    const QString source = str("<p>\r\n{{#if a}}\nA: {{a}}\n{{/if}}\n</p>\n");
    CHECK(renderOk(source, {{str("a"), text("1")}}) == str("<p>\r\n\nA: 1\n\n</p>\n"));
    CHECK(renderOk(source, {}) == str("<p>\r\n\n</p>\n"));
}

TEST_CASE("Fields and parts used are listed with their first position", "[templates]")
{
    const auto parsed
        = parseOk(str("Ærlig Øst {{client.name}}\n"
                      "\t{{#if guardian.name}}{{guardian.name}}{{/if}}{{client.name}}\n"
                      "{{#part complaint_right}}{{/part}}{{#part complaint_right}}"
                      "{{/part}}"));
    const QMap<QString, TemplatePosition> fields = parsed->fieldsUsed();
    CHECK(fields.keys() == QStringList{str("client.name"), str("guardian.name")});
    CHECK(fields.value(str("client.name")).line == 1);
    CHECK(fields.value(str("client.name")).column == 11);
    CHECK(fields.value(str("client.name")).offset == 10);
    CHECK(fields.value(str("guardian.name")).line == 2);
    CHECK(fields.value(str("guardian.name")).column == 2);

    const QMap<QString, TemplatePosition> parts = parsed->partsUsed();
    CHECK(parts.keys() == QStringList{str("complaint_right")});
    CHECK(parts.value(str("complaint_right")).line == 3);
    CHECK(parts.value(str("complaint_right")).column == 1);
}

TEST_CASE("A tag never closed is reported where it opens", "[templates][errors]")
{
    const TemplateError error
        = singleError(str("<p>Hei {{client.name</p>"), 1, 8, str("{{client.name</p>"));
    CHECK(error.message.contains(str("never closed")));
    CHECK(error.message.contains(str("}}")));
    // A tag fits on one line: the "}}" on the next line is text.
    singleError(str("line one\n  {{#if a\n}}"), 2, 3, str("{{#if a"));
    // Another tag starts before this one ends.
    singleError(str("Ærlig Øst {{a {{b}}"), 1, 11, str("{{a"));
    singleError(str("x\n\n{{! a note without an end"), 3, 1, str("{{! a note without an end"));
    singleError(str("{{"), 1, 1, str("{{"));
    CHECK(singleError(str("ab\n{{!"), 2, 1, str("{{!")).message.contains(str("comment")));
}

TEST_CASE("Empty tags and badly formed names are reported", "[templates][errors]")
{
    CHECK(singleError(str("Ærlig Øst {{}}"), 1, 11, str("{{}}")).message.contains(str("empty")));
    singleError(str("a\n\t{{   }}"), 2, 2, str("{{   }}"));

    const TemplateError dots
        = singleError(str("<p>\n  <b>{{client..name}}</b>"), 2, 6, str("{{client..name}}"));
    CHECK(dots.message.contains(str("«client..name»")));
    CHECK(dots.message.contains(str("client.name")));
    singleError(str("{{ 1abc }}"), 1, 1, str("{{ 1abc }}"));
    singleError(str("{{client.}}"), 1, 1, str("{{client.}}"));
    singleError(str("x{{.client}}"), 1, 2, str("{{.client}}"));
    singleError(str("{{klient.navn_ø}}"), 1, 1, str("{{klient.navn_ø}}"));
    singleError(str("{{client-name}}"), 1, 1, str("{{client-name}}"));
    singleError(str("{{{client.name}}}"), 1, 1, str("{{{client.name}}"));
    singleError(str("Øst\n{{#if a..b}}x{{/if}}"), 2, 1, str("{{#if a..b}}"));
    // Digits are fine after the first character of each part.
    parseOk(str("{{_a1.b_2.c3}}"));
}

TEST_CASE("Unknown keywords and extra words are reported", "[templates][errors]")
{
    const TemplateError each
        = singleError(str("Øst {{#each items}}"), 1, 5, str("{{#each items}}"));
    CHECK(each.message.contains(str("#if")));
    CHECK(
        singleError(str("a\nb {{/foo}}"), 2, 3, str("{{/foo}}")).message.contains(str("{{/if}}")));
    singleError(str("{{#}}"), 1, 1, str("{{#}}"));

    CHECK(singleError(str("x {{#if a b}}y{{/if}}"), 1, 3, str("{{#if a b}}"))
              .message.contains(str("more than one")));
    singleError(str("{{client name}}"), 1, 1, str("{{client name}}"));
    CHECK(singleError(str("{{#if a}}y{{/if a}}"), 1, 11, str("{{/if a}}"))
              .message.contains(str("write just {{/if}}")));
    singleError(str("{{#if a}}y{{else b}}z{{/if}}"), 1, 11, str("{{else b}}"));
}

TEST_CASE("A section keyword without a name is reported", "[templates][errors]")
{
    CHECK(singleError(str("{{#if}}x{{/if}}"), 1, 1, str("{{#if}}"))
              .message.contains(str("{{#if guardian.name}}")));
    CHECK(singleError(str("\n {{#unless }}x{{/unless}}"), 2, 2, str("{{#unless }}"))
              .message.contains(str("{{#unless guardian.name}}")));
    CHECK(singleError(str("{{#part}}x{{/part}}"), 1, 1, str("{{#part}}"))
              .message.contains(str("{{#part complaint_right}}")));
}

TEST_CASE("Else outside a section or twice is reported", "[templates][errors]")
{
    CHECK(singleError(str("a{{else}}b"), 1, 2, str("{{else}}")).message.contains(str("#if")));
    singleError(str("{{#part p}}\n  {{else}}{{/part}}"), 2, 3, str("{{else}}"));
    singleError(str("{{#if a}}{{/if}}{{else}}"), 1, 17, str("{{else}}"));

    const TemplateError twice
        = singleError(str("{{#if a}}1{{else}}2\n{{ else }}3{{/if}}"), 2, 1, str("{{ else }}"));
    CHECK(twice.message.contains(str("{{#if a}}")));
    CHECK(twice.message.contains(str("line 1, column 11")));
}

TEST_CASE("A closing tag that closes nothing or the wrong section is reported",
          "[templates][errors]")
{
    CHECK(
        singleError(str("x{{/if}}"), 1, 2, str("{{/if}}")).message.contains(str("closes nothing")));
    singleError(str("{{#if a}}{{/if}}\n{{/unless}}"), 2, 1, str("{{/unless}}"));

    const TemplateError wrong = singleError(str("<p>\nØst {{#unless decision.replaces}}\nx\n"
                                                "  {{/if}}"),
                                            4,
                                            3,
                                            str("{{/if}}"));
    // Both places: the closing tag's (the error's position) and the open section's.
    CHECK(wrong.message.contains(str("{{#unless decision.replaces}}")));
    CHECK(wrong.message.contains(str("line 2, column 5")));
    CHECK(wrong.message.contains(str("add {{/unless}} before {{/if}}")));

    // A forgotten inner closing tag is one mistake: one error.
    singleError(str("{{#if a}}{{#unless b}}x{{/if}}"), 1, 24, str("{{/if}}"));
    singleError(str("{{#part p}}{{#if a}}x{{/part}}"), 1, 22, str("{{/part}}"));
}

TEST_CASE("A section left open is reported at its opening tag", "[templates][errors]")
{
    const TemplateError open = singleError(
        str("<p>\n  {{#if guardian.name}}\nVerge</p>"), 2, 3, str("{{#if guardian.name}}"));
    CHECK(open.message
          == str("The section {{#if guardian.name}} is never closed: add {{/if}} where it "
                 "should end."));
    CHECK(
        singleError(str("Ærlig {{#part complaint_right}}"), 1, 7, str("{{#part complaint_right}}"))
            .message.contains(str("{{/part}}")));
}

TEST_CASE("A part inside a part is reported", "[templates][errors]")
{
    const TemplateError nested = singleError(str("{{#part a}}\n{{#if x}}{{#part b}}{{/part}}{{/if}}"
                                                 "{{/part}}"),
                                             2,
                                             10,
                                             str("{{#part b}}"));
    CHECK(nested.message.contains(str("{{#part a}}")));
    CHECK(nested.message.contains(str("line 1, column 1")));
    // One after the other is fine.
    parseOk(str("{{#part a}}A{{/part}}{{#part b}}B{{/part}}"));
}

TEST_CASE("Sections nested deeper than 64 are reported", "[templates][errors]")
{
    QString source;
    for (int i = 0; i < 65; ++i)
        source += QStringLiteral("{{#if a}}\n");
    for (int i = 0; i < 65; ++i)
        source += QStringLiteral("{{/if}}");
    const TemplateError error = singleError(source, 65, 1, str("{{#if a}}"));
    CHECK(error.message.contains(str("64")));
}

TEST_CASE("Every error of a template is reported in source order", "[templates][errors]")
{
    const QString source = str("{{#if guardian.name}}\n"      // 1: never closed
                               "Ærlig Øst {{client..name}}\n" // 2, col 11: bad name
                               "\t{{#each services}}\n"       // 3, col 2: unknown section
                               "{{else}}{{else}}\n"           // 4, col 9: second else
                               "{{#unless a}}x{{/part}}\n"    // 5, col 15: #unless open
                               "😀 {{}} {{else}}\n"            // 6, col 3: empty; col 8: third
                               "{{client.name");              // 7: never closed
    const QList<TemplateError> errors = parseErrors(source);
    INFO(describe(errors));
    const QList<std::pair<int, int>> expected
        = {{1, 1}, {2, 11}, {3, 2}, {4, 9}, {5, 15}, {6, 3}, {6, 8}, {7, 1}};
    REQUIRE(errors.size() == expected.size());
    for (int i = 0; i < errors.size(); ++i) {
        INFO(i);
        CHECK(errors.at(i).at.line == expected.at(i).first);
        CHECK(errors.at(i).at.column == expected.at(i).second);
    }
    CHECK(errors.at(4).message.contains(str("{{#unless a}}")));
    CHECK(errors.at(6).message.contains(str("line 4, column 1")));
}

TEST_CASE("Columns count characters", "[templates][errors]")
{
    // A tab is one, so is a character outside the BMP (two UTF-16 code units).
    const TemplateError emoji = singleError(str("😀\t{{}}"), 1, 3, str("{{}}"));
    CHECK(emoji.at.offset == 3);
    singleError(str("a\r\nb\r\n{{}}"), 3, 1, str("{{}}"));
    singleError(str("Ærlig Øst\nÆrlig Øst, {{}}"), 2, 12, str("{{}}"));
}

TEST_CASE("An error prints its line and column", "[templates][errors]")
{
    const TemplateError error
        = singleError(str("ab\ncd {{client..x}}"), 2, 4, str("{{client..x}}"));
    CHECK(error.toString().startsWith(str("Line 2, column 4: «client..x»")));
    // Percent signs in a tag are not taken for placeholders.
    CHECK(singleError(str("{{%1 %2}}"), 1, 1, str("{{%1 %2}}")).message.contains(str("{{%1 %2}}")));
}

TEST_CASE("Long tags are cut short in messages", "[templates][errors]")
{
    const QString name = QString(200, u'x') + str("😀");
    const TemplateError error
        = singleError(str("{{") + name + str("}}"), 1, 1, str("{{") + QString(57, u'x') + str("…"));
    CHECK(error.message.size() < 400);
}

TEST_CASE("The check finds unknown fields and parts at each use", "[templates]")
{
    const auto parsed
        = parseOk(str("{{client.name}} {{client.nmae}}\n"
                      "{{#if guardian.nmae}}x{{/if}}{{#part complaint_rigth}}{{/part}}"
                      "{{client.nmae}}{{#part complaint_right}}{{/part}}"));
    const QSet<QString> fields{str("client.name"), str("guardian.name")};
    const QSet<QString> parts{str("complaint_right")};
    const QList<TemplateError> errors = parsed->check(fields, parts);
    INFO(describe(errors));
    REQUIRE(errors.size() == 4);
    CHECK(errors.at(0).at.line == 1);
    CHECK(errors.at(0).at.column == 17);
    CHECK(errors.at(0).tag == str("{{client.nmae}}"));
    CHECK(errors.at(0).message.contains(str("«client.nmae»")));
    CHECK(errors.at(0).message.contains(str("list")));
    CHECK(errors.at(1).at.line == 2);
    CHECK(errors.at(1).at.column == 1);
    CHECK(errors.at(1).message.contains(str("«guardian.nmae»")));
    CHECK(errors.at(2).at.column == 30);
    CHECK(errors.at(2).message.contains(str("part «complaint_rigth»")));
    CHECK(errors.at(3).at.column == 64);

    CHECK(parsed
              ->check(fields + QSet<QString>{str("client.nmae"), str("guardian.nmae")},
                      parts + QSet<QString>{str("complaint_rigth")})
              .isEmpty());
}

TEST_CASE("templateErrors gives the parse errors or else the check's", "[templates]")
{
    const QSet<QString> fields{str("client.name")};
    const QSet<QString> parts{str("complaint_right")};
    const QList<TemplateError> parseFailure
        = templateErrors(str("{{#if client.nmae}}"), fields, parts);
    REQUIRE(parseFailure.size() == 1);
    CHECK(parseFailure.first().message.contains(str("never closed")));

    const QList<TemplateError> unknown = templateErrors(str("x\n{{client.nmae}}"), fields, parts);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.first().at.line == 2);
    CHECK(unknown.first().message.contains(str("«client.nmae»")));

    CHECK(templateErrors(str("{{#part complaint_right}}{{client.name}}{{/part}}"), fields, parts)
              .isEmpty());
}

TEST_CASE("Empty fields are listed unless a section on the same field guards them", "[templates]")
{
    const auto parsed = parseOk(str("{{client.name}}\n"
                                    "{{#if guardian.name}}Verge: {{guardian.name}}{{/if}}\n"
                                    "{{#unless decision.replaces}}{{decision.replaces}}{{/unless}}"
                                    "{{#if x}}{{else}}{{x}}{{/if}}\n"
                                    "{{#if letter.to_guardian}}{{client.unit}}{{/if}}"
                                    "{{decision.term}}{{decision.term}}"));
    const MergeData data{
        {str("client.name"), text("   ")},
        {str("letter.to_guardian"), text("ja")},
        {str("decision.term"), html("")},
    };
    const RenderedTemplate rendered = parsed->render(data);
    QStringList names;
    for (const EmptyField &field : rendered.emptyFields)
        names << field.name;
    // guardian.name is not printed; decision.replaces and x are printed where their own
    // section guards them; client.unit is guarded by another field's #if, which does not count.
    CHECK(names
          == QStringList{
              str("client.name"), str("client.unit"), str("decision.term"), str("decision.term")});
    REQUIRE(rendered.emptyFields.size() == 4);
    CHECK(rendered.emptyFields.at(0).at.line == 1);
    CHECK(rendered.emptyFields.at(0).at.column == 1);
    CHECK(rendered.emptyFields.at(1).at.line == 4);
    CHECK(rendered.emptyFields.at(1).at.column == 27);
    CHECK(rendered.emptyFields.at(2).at.column == 49);
    CHECK(rendered.emptyFields.at(3).at.column == 66);

    const MergeData full{
        {str("client.name"), text("Kari")},
        {str("letter.to_guardian"), text("ja")},
        {str("client.unit"), text("Lyngtunet")},
        {str("decision.term"), text("vedtak")},
    };
    CHECK(parsed->render(full).emptyFields.isEmpty());
}

TEST_CASE("Huge and deeply nested sources end with a bounded list of errors", "[templates]")
{
    QString deep;
    for (int i = 0; i < 100000; ++i)
        deep += QStringLiteral("{{#if a}}");
    const QList<TemplateError> deepErrors = parseErrors(deep);
    REQUIRE(deepErrors.size() == 101);
    CHECK(deepErrors.at(0).message.contains(str("never closed")));
    CHECK(deepErrors.last().message.contains(str("more error")));

    const QList<TemplateError> braces = parseErrors(QString(1000000, u'{'));
    REQUIRE(braces.size() == 101);
    CHECK(braces.at(99).at.column == 199);

    QString many;
    for (int i = 0; i < 20000; ++i)
        many += QStringLiteral("<p>{{client.name}}{{#if a}}x{{/if}}</p>\n");
    const RenderedTemplate rendered = parseOk(many)->render({{str("client.name"), text("K")}});
    CHECK(rendered.html.size() == 20000 * 9);

    const QList<TemplateError> tooLarge = parseErrors(QString(16 * 1000 * 1000 + 1, u'x'));
    REQUIRE(tooLarge.size() == 1);
    CHECK(tooLarge.first().message.contains(str("too large")));
}

namespace {

// Where `offset` is, worked out differently from the parser: lines by counting '\n' before it,
// columns by decoding the line's text to code points.
std::pair<int, int> lineAndColumn(const QString &source, int offset)
{
    const QStringView before = QStringView(source).left(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {int(before.count(u'\n')) + 1, int(before.mid(lineStart).toUcs4().size()) + 1};
}

// What must hold for any source: errors at real places in order, or a template that renders
// every part it has and lists empty fields at real places.
void checkAnySource(const QString &source, QRandomGenerator &random)
{
    INFO("source: " << source.toHtmlEscaped().toStdString());
    QList<TemplateError> errors;
    const auto parsed = TemplateParser::parse(source, &errors);
    REQUIRE(bool(parsed) == errors.isEmpty());
    REQUIRE(errors.size() <= 101);
    int previousOffset = 0;
    for (int i = 0; i < errors.size(); ++i) {
        const TemplateError &error = errors.at(i);
        INFO(error.toString().toStdString());
        REQUIRE(error.at.offset >= 0);
        REQUIRE(error.at.offset < source.size());
        REQUIRE(error.at.line >= 1);
        REQUIRE(error.at.column >= 1);
        REQUIRE(lineAndColumn(source, error.at.offset)
                == std::pair{error.at.line, error.at.column});
        REQUIRE_FALSE(error.message.isEmpty());
        if (i < 100) // past 100 comes the note of how many more
            REQUIRE(error.at.offset >= previousOffset);
        previousOffset = error.at.offset;
    }
    if (!parsed)
        return;

    MergeData data;
    const QMap<QString, TemplatePosition> fields = parsed->fieldsUsed();
    for (auto field = fields.cbegin(); field != fields.cend(); ++field) {
        const quint32 pick = random.bounded(4);
        if (pick == 1)
            data.insert(field.key(), MergeValue::text(QStringLiteral("<v>")));
        else if (pick == 2)
            data.insert(field.key(), MergeValue::html(QStringLiteral("<b>v</b>")));
        else if (pick == 3)
            data.insert(field.key(), MergeValue::text(QStringLiteral(" ")));
    }
    const RenderedTemplate rendered = parsed->render(data);
    int previousEmpty = 0;
    for (const EmptyField &field : rendered.emptyFields) {
        REQUIRE(fields.contains(field.name));
        REQUIRE(field.at.offset >= previousEmpty);
        REQUIRE(lineAndColumn(source, field.at.offset)
                == std::pair{field.at.line, field.at.column});
        previousEmpty = field.at.offset;
    }
    const QMap<QString, TemplatePosition> parts = parsed->partsUsed();
    REQUIRE(rendered.parts.keys() == parts.keys());
    REQUIRE(parsed
                ->check(QSet<QString>(fields.keyBegin(), fields.keyEnd()),
                        QSet<QString>(parts.keyBegin(), parts.keyEnd()))
                .isEmpty());
}

quint32 fuzzSeed()
{
    const QByteArray fromEnvironment = qgetenv("FREMDRIFT_FUZZ_SEED");
    return fromEnvironment.isEmpty() ? 20261122u : fromEnvironment.toUInt();
}

QString randomUnits(QRandomGenerator &random, int count)
{
    QString units;
    for (int i = 0; i < count; ++i)
        units += QChar(char16_t(random.bounded(0x10000))); // lone surrogates and NULs included
    return units;
}

QString randomFragments(QRandomGenerator &random)
{
    static const QStringList fragments{
        str("{{"),          str("}}"),        str("{{#if "),    str("{{/if}}"),
        str("#if"),         str("/if"),       str("else"),      str("{{else}}"),
        str("#unless"),     str("/unless"),   str("#part"),     str("/part"),
        str("{{#part p}}"), str("{{/part}}"), str("!"),         str("{{!"),
        str(" "),           str("\t"),        str("\n"),        str("\r\n"),
        str("client.name"), str("a"),         str("b.c"),       str("1x"),
        str(".."),          str("<p>"),       str("Ærlig Øst"), str("😀"),
        str("{"),           str("}"),         str("#"),         str("/"),
        str("&#123;"),      str("{{a}}"),     str("{{#if a}}"),
    };
    QString source;
    const int count = int(random.bounded(1, 40));
    for (int i = 0; i < count; ++i) {
        if (random.bounded(8) == 0)
            source += randomUnits(random, int(random.bounded(1, 4)));
        else
            source += fragments.at(random.bounded(fragments.size()));
    }
    return source;
}

QString randomBytes(QRandomGenerator &random)
{
    QByteArray bytes(int(random.bounded(0, 200)), '\0');
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return random.bounded(2) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

// A template like the shipped ones, to be mutilated.
QString realTemplate()
{
    return str("{{! Vedtaksbrev, bokmål }}\n"
               "<p>{{office.name}}<br/>{{office.address}}</p>\n"
               "<h1>Vedtak om {{decision.term}}</h1>\n"
               "<p>Til {{letter.recipient_name}}{{#if letter.to_guardian}}, verge for "
               "{{client.name}}{{/if}}</p>\n"
               "{{#unless decision.replaces}}<p>Nytt vedtak.</p>{{else}}<p>Erstatter "
               "{{decision.replaces}}.</p>{{/unless}}\n"
               "{{decision.services_table}}\n"
               "{{#part complaint_right}}<h2>Klagerett</h2>\n"
               "<p>Du kan klage innen {{complaint.weeks}} uker, innen {{complaint.deadline}}.</p>"
               "{{#if complaint.first_body}}<p>Send klagen til {{ complaint.first_body }}."
               "</p>{{/if}}{{/part}}\n"
               "{{#part access_right}}<p>Du har rett til innsyn.</p>{{/part}}\n"
               "<p>Med hilsen<br/>{{caseworker.name}}, {{caseworker.title}}</p>\n"
               "{{#if letter.copies}}<p>Kopi: {{letter.copies}}</p>{{/if}}\n");
}

QString mutated(QString source, QRandomGenerator &random)
{
    const int mutations = int(random.bounded(1, 5));
    for (int i = 0; i < mutations && !source.isEmpty(); ++i) {
        const int start = int(random.bounded(source.size()));
        const int length = int(random.bounded(1, 20));
        switch (random.bounded(4)) {
        case 0:
            source.remove(start, length);
            break;
        case 1:
            source.insert(start, source.mid(start, length));
            break;
        case 2:
            source.insert(int(random.bounded(source.size())), source.mid(start, length));
            break;
        default:
            source.insert(start, randomUnits(random, 1));
            break;
        }
    }
    return source;
}

} // namespace

TEST_CASE("Random sources never crash the parser or the renderer", "[templates][fuzz]")
{
    const quint32 seed = fuzzSeed();
    WARN("fuzz seed " << seed << " (set FREMDRIFT_FUZZ_SEED to repeat another)");
    QRandomGenerator random(seed);
    for (int i = 0; i < 30000; ++i) {
        const QString source
            = random.bounded(5) == 0 ? randomBytes(random) : randomFragments(random);
        checkAnySource(source, random);
    }
}

TEST_CASE("Mutated real templates never crash the parser or the renderer", "[templates][fuzz]")
{
    const quint32 seed = fuzzSeed();
    WARN("fuzz seed " << seed << " (set FREMDRIFT_FUZZ_SEED to repeat another)");
    QRandomGenerator random(seed);
    const QString original = realTemplate();
    checkAnySource(original, random);
    int stillValid = 0;
    for (int i = 0; i < 10000; ++i) {
        const QString source = mutated(original, random);
        checkAnySource(source, random);
        stillValid += TemplateParser::parse(source, nullptr) ? 1 : 0;
    }
    // Both sides are exercised: many mutations break the template, some leave it valid.
    CHECK(stillValid > 100);
    CHECK(stillValid < 9900);
}

// A figure, not a test: run with `test_templatelanguage "[.benchmark]"`.
TEST_CASE("Rendering a 10 kB template with 100 fields", "[.benchmark]")
{
    QString source;
    MergeData data;
    for (int i = 0; i < 100; ++i) {
        const QString field = QStringLiteral("client.field_%1").arg(i);
        if (i % 4 != 0) // the rest take the {{else}} branch
            data.insert(field, MergeValue::text(QStringLiteral("Verdi <%1> & mer").arg(i)));
        const QString block
            = QStringLiteral("<p>{{%1}}</p>{{#if %1}}<p>{{%1}}</p>{{else}}-{{/if}}").arg(field);
        // Text up to 100 characters a field, as in a letter.
        source += block + QStringLiteral("<p>%1</p>\n").arg(QString(100 - 8 - block.size(), u'x'));
    }
    const int fieldCount = parseOk(source)->fieldsUsed().size();

    QElapsedTimer timer;
    timer.start();
    const auto parsed = parseOk(source);
    const qint64 parseNs = timer.nsecsElapsed();

    constexpr int rounds = 2000;
    qsizetype total = 0;
    timer.restart();
    for (int i = 0; i < rounds; ++i)
        total += parsed->render(data).html.size();
    const double renderUs = double(timer.nsecsElapsed()) / rounds / 1000.0;
    WARN(source.size() << " characters, " << fieldCount << " fields: parse "
                       << double(parseNs) / 1000.0 << " µs, render " << renderUs
                       << " µs per letter");
    CHECK(total > 0);
}
