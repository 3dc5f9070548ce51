#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace fremdrift {

// A letter's pages as images, one under the other in a scroll area, fitted to the width or at
// a chosen zoom, with "Page 1 of 2" for the page in view and a notice line above (for
// instance that the template has errors and this is the last good preview).
class LetterPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit LetterPreview(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages);
    int pageCount() const { return int(m_pages.size()); }
    // The page most of the view shows, 1-based; 0 when there are none.
    int currentPage() const;
    // Empty hides the notice.
    void setNotice(const QString &text);
    QString notice() const;
    QString pageText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showScaledPages();
    void updatePageLabel();
    // The scale the zoom choice gives for a page `width` pixels wide.
    double scaleFor(int width) const;

    QList<QImage> m_pages;
    QList<QLabel *> m_pageLabels;
    QComboBox *m_zoom;
    QLabel *m_pageLabel;
    QLabel *m_notice;
    QScrollArea *m_scroll;
    QWidget *m_sheet;
    QVBoxLayout *m_sheetLayout;
    QLabel *m_empty;
};

} // namespace fremdrift
