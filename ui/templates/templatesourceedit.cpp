#include "templates/templatesourceedit.h"

#include "templates/mergetaghighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace fremdrift {

namespace {

// The strip left of the text where the line numbers are painted (Qt's code editor example).
class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(TemplateSourceEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    TemplateSourceEdit *m_editor;
};

constexpr int GutterPadding = 6;

} // namespace

TemplateSourceEdit::TemplateSourceEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_highlighter(new MergeTagHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' '));
    // Letters are prose: long paragraphs wrap rather than scroll sideways.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setMinimumWidth(240);

    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &TemplateSourceEdit::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void TemplateSourceEdit::insertAtCursor(const QString &text)
{
    QTextCursor cursor = textCursor();
    cursor.insertText(text);
    setTextCursor(cursor);
    setFocus();
}

void TemplateSourceEdit::wrapSelection(const QString &open, const QString &close)
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
    cursor.beginEditBlock();
    cursor.insertText(open + selected + close);
    cursor.endEditBlock();
    // Selects what was wrapped, or puts the cursor between the two tags.
    const int end = cursor.position() - int(close.size());
    cursor.setPosition(end - int(selected.size()));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    setFocus();
}

void TemplateSourceEdit::showPosition(const TemplatePosition &at, int length)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, at.line - 1));
    if (!block.isValid())
        return;
    const int column = std::clamp(at.column - 1, 0, int(block.text().size()));
    const int selected = std::min(length, int(block.text().size()) - column);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + column);
    cursor.setPosition(block.position() + column + std::max(0, selected), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus();
}

int TemplateSourceEdit::lineNumberAreaWidth() const
{
    const int digits = std::max(3, int(QString::number(blockCount()).size()));
    return 2 * GutterPadding + digits * fontMetrics().horizontalAdvance(u'9');
}

void TemplateSourceEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int width = m_lineNumberArea->width() - GutterPadding;
    const int lineHeight = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(0,
                             top,
                             width,
                             lineHeight,
                             Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void TemplateSourceEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(
        contents.left(), contents.top(), lineNumberAreaWidth(), contents.height());
}

void TemplateSourceEdit::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

} // namespace fremdrift
