#include "templates/mergetaghighlighter.h"

#include <QColor>

namespace fremdrift {

MergeTagHighlighter::MergeTagHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_htmlTag(QStringLiteral("<[^<>]*>"))
    // Non-greedy, so two tags on one line stay two; an unclosed "{{" is left to the errors.
    , m_mergeTag(QStringLiteral("\\{\\{.*?\\}\\}"))
{
    m_htmlFormat.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_fieldFormat.setForeground(QColor(0x0b, 0x55, 0xa8));
    m_fieldFormat.setBackground(QColor(0xe6, 0xf0, 0xfb));
    m_sectionFormat.setForeground(QColor(0x7a, 0x2e, 0x8e));
    m_sectionFormat.setFontWeight(QFont::Bold);
    m_noteFormat.setForeground(QColor(0x5f, 0x7f, 0x5f));
    m_noteFormat.setFontItalic(true);
}

void MergeTagHighlighter::setErrors(const QList<TemplateError> &errors)
{
    m_errors.clear();
    for (const TemplateError &error : errors)
        m_errors.append({error.at.line, error.at.column, std::max(1, int(error.tag.size()))});
    rehighlight();
}

void MergeTagHighlighter::highlightBlock(const QString &text)
{
    for (auto match = m_htmlTag.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch tag = match.next();
        setFormat(int(tag.capturedStart()), int(tag.capturedLength()), m_htmlFormat);
    }
    highlightMergeTags(text);
    underlineErrors(text);
}

void MergeTagHighlighter::highlightMergeTags(const QString &text)
{
    for (auto match = m_mergeTag.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch tag = match.next();
        const QString inner = tag.captured().mid(2).trimmed();
        const QTextCharFormat *format = &m_fieldFormat;
        if (inner.startsWith(u'!'))
            format = &m_noteFormat;
        else if (inner.startsWith(u'#') || inner.startsWith(u'/')
                 || inner.startsWith(QLatin1String("else")))
            format = &m_sectionFormat;
        setFormat(int(tag.capturedStart()), int(tag.capturedLength()), *format);
    }
}

void MergeTagHighlighter::underlineErrors(const QString &text)
{
    const int line = currentBlock().blockNumber() + 1;
    for (const ErrorMark &mark : std::as_const(m_errors)) {
        if (mark.line != line)
            continue;
        // An error at the end of a line (an unclosed tag) still gets one visible character.
        const int start = std::clamp(mark.column - 1, 0, std::max(0, int(text.size()) - 1));
        const int end = std::min(int(text.size()), start + mark.length);
        // Keeps each character's colour: only the underline is added.
        for (int position = start; position < end; ++position) {
            QTextCharFormat underlined = format(position);
            underlined.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underlined.setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
            setFormat(position, 1, underlined);
        }
    }
}

} // namespace fremdrift
