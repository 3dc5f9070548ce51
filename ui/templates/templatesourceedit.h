#pragma once

#include "letters/templatelanguage.h"

#include <QPlainTextEdit>

namespace fremdrift {

class MergeTagHighlighter;

// The template's source text: monospace, with line numbers (errors are reported by line and
// column) and merge tags highlighted.
class TemplateSourceEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TemplateSourceEdit(QWidget *parent = nullptr);

    MergeTagHighlighter *highlighter() const { return m_highlighter; }

    // Replaces the selection with `text`, or inserts it at the cursor, as one undo step.
    void insertAtCursor(const QString &text);
    // Puts `open` before and `close` after the selection, which stays selected; with nothing
    // selected, inserts both and leaves the cursor between them.
    void wrapSelection(const QString &open, const QString &close);
    // Moves the cursor to `at` and selects `length` characters there (no more than the line
    // holds), scrolled into view, with the focus.
    void showPosition(const TemplatePosition &at, int length);

    // The gutter, painted by this class: public for the small widget that holds it.
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLineNumberArea(const QRect &rect, int dy);

    QWidget *m_lineNumberArea;
    MergeTagHighlighter *m_highlighter;
};

} // namespace fremdrift
