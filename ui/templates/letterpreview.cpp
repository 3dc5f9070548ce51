#include "templates/letterpreview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr double FitWidth = 0.0; // the zoom box's value for "fit to the width"
constexpr int PageSpacing = 12;
constexpr int SheetMargin = 12;

} // namespace

LetterPreview::LetterPreview(QWidget *parent)
    : QWidget(parent)
    , m_zoom(new QComboBox(this))
    , m_pageLabel(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_sheet(new QWidget)
    , m_sheetLayout(new QVBoxLayout(m_sheet))
    , m_empty(new QLabel(tr("No preview yet."), m_sheet))
{
    m_zoom->setObjectName(QStringLiteral("zoomBox"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"), FitWidth);
    for (int percent : {50, 75, 100, 125, 150})
        m_zoom->addItem(tr("%1%").arg(percent), percent / 100.0);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_notice->setObjectName(QStringLiteral("previewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_notice->hide();

    m_sheet->setObjectName(QStringLiteral("previewSheet"));
    m_sheet->setStyleSheet(QStringLiteral("#previewSheet { background: #8c8f94; }"));
    m_sheetLayout->setContentsMargins(SheetMargin, SheetMargin, SheetMargin, SheetMargin);
    m_sheetLayout->setSpacing(PageSpacing);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: white;"));
    m_sheetLayout->addWidget(m_empty, 1);
    m_scroll->setWidget(m_sheet);
    m_scroll->setWidgetResizable(true);
    // Always there, so that fitting the pages to the width never makes it appear and take the
    // width away again.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setMinimumWidth(200);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pageLabel, 1);
    top->addWidget(m_zoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll, 1);

    m_scroll->viewport()->installEventFilter(this);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &LetterPreview::showScaledPages);
    connect(m_scroll->verticalScrollBar(),
            &QScrollBar::valueChanged,
            this,
            &LetterPreview::updatePageLabel);
    updatePageLabel();
}

void LetterPreview::setPages(const QList<QImage> &pages)
{
    m_pages = pages;
    // Keeps the reader's place: the same labels are reused, only their number changes.
    while (m_pageLabels.size() > m_pages.size())
        delete m_pageLabels.takeLast();
    while (m_pageLabels.size() < m_pages.size()) {
        auto *label = new QLabel(m_sheet);
        label->setAlignment(Qt::AlignCenter);
        label->setAccessibleName(tr("Page %1").arg(m_pageLabels.size() + 1));
        m_sheetLayout->insertWidget(int(m_pageLabels.size()), label, 0, Qt::AlignHCenter);
        m_pageLabels.append(label);
    }
    m_empty->setVisible(m_pages.isEmpty());
    showScaledPages();
}

void LetterPreview::showScaledPages()
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const QImage &page = m_pages.at(i);
        const double scale = scaleFor(page.width());
        const QSize size = (QSizeF(page.size()) * scale).toSize();
        m_pageLabels.at(i)->setPixmap(
            QPixmap::fromImage(page.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    updatePageLabel();
}

double LetterPreview::scaleFor(int width) const
{
    const double zoom = m_zoom->currentData().toDouble();
    if (zoom != FitWidth || width <= 0)
        return zoom;
    const int available = m_scroll->viewport()->width() - 2 * SheetMargin;
    return std::max(0.1, double(available) / width);
}

int LetterPreview::currentPage() const
{
    if (m_pageLabels.isEmpty())
        return 0;
    // The last page whose top is above the middle of the view. The tops are added up from the
    // pages' heights rather than read from the labels, which are placed only later.
    const int middle = m_scroll->verticalScrollBar()->value() + m_scroll->viewport()->height() / 2;
    int top = SheetMargin;
    int page = 0;
    for (const QLabel *label : m_pageLabels) {
        if (page > 0 && top > middle)
            break;
        ++page;
        top += label->pixmap().height() + PageSpacing;
    }
    return page;
}

void LetterPreview::updatePageLabel()
{
    m_pageLabel->setText(
        m_pages.isEmpty() ? QString() : tr("Page %1 of %2").arg(currentPage()).arg(m_pages.size()));
}

QString LetterPreview::pageText() const
{
    return m_pageLabel->text();
}

void LetterPreview::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString LetterPreview::notice() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

bool LetterPreview::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport, not this widget: its width is what the pages fit, and it is laid out after
    // this widget's own resize.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize
        && m_zoom->currentData().toDouble() == FitWidth) {
        showScaledPages();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fremdrift
