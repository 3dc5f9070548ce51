#pragma once

#include "letters/templatelanguage.h"

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fremdrift {

// Colours a template's source as it is typed: merge fields, sections ({{#if}}, {{/if}},
// {{else}}, {{#part}}) and notes ({{! …}}) each their own way, HTML tags quietly, and the
// template's errors with a red wavy underline under the tag concerned.
class MergeTagHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MergeTagHighlighter(QTextDocument *document);

    // Underlines where each error is (its tag, or one character when it has none) until the
    // next call.
    void setErrors(const QList<TemplateError> &errors);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct ErrorMark
    {
        int line = 0;   // 1-based, as TemplatePosition
        int column = 0; // 1-based
        int length = 1;
    };

    void highlightMergeTags(const QString &text);
    void underlineErrors(const QString &text);

    QList<ErrorMark> m_errors;
    QRegularExpression m_htmlTag;
    QRegularExpression m_mergeTag;
    QTextCharFormat m_htmlFormat;
    QTextCharFormat m_fieldFormat;
    QTextCharFormat m_sectionFormat;
    QTextCharFormat m_noteFormat;
};

} // namespace fremdrift
