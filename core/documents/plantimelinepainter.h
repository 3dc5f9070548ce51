#pragma once

#include "domain/progressplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QRectF>

class QFontMetricsF;
class QPainter;

namespace fremdrift {

// The timeline of a plan: one row per review, the plan's weeks across from its start to its
// deadline, each step a numbered marker at the date it was done or is due, a line for today
// and for the deadline, late markers in red; a legend names the steps. Painted the same on
// screen (ui/plans/plantimeline), on a printer and into the plan report PDF.
class PlanTimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::PlanTimelinePainter)

public:
    struct Marker
    {
        int row = 0;
        qint64 reviewId = 0; // 0: the plan's own step
        QString stepId;
        int number = 0; // 1-based, as in the legend
        QDate date;
        bool done = false;
        bool late = false;
        QPointF centre;
        qreal radius = 0;
    };

    PlanTimelinePainter(const PlanView &view, const QDate &today);

    // The first and last day shown: whole weeks around the plan's period and every step date.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    int rowCount() const;

    // The height the timeline needs at `width` with the painter's font.
    qreal heightFor(qreal width, const QFontMetricsF &metrics) const;
    // Every marker as paint() places it in `area`.
    QList<Marker> markers(const QRectF &area, const QFontMetricsF &metrics) const;
    // The row at `y`, or -1; and the review of a row (0 for the plan's own row).
    int rowAt(qreal y, const QRectF &area, const QFontMetricsF &metrics) const;
    qint64 reviewId(int row) const;
    void paint(QPainter &painter, const QRectF &area) const;
    // The timeline as an image `width` logical pixels wide, for documents and printers.
    QImage image(int width, qreal devicePixelRatio, const QFont &font) const;

private:
    struct Geometry
    {
        qreal labelWidth = 0;
        qreal headerHeight = 0;
        qreal rowHeight = 0;
        qreal left = 0;  // x of firstDay
        qreal right = 0; // x after lastDay
        qreal top = 0;   // y of the first row
        qreal dayWidth = 0;
    };

    Geometry geometry(const QRectF &area, const QFontMetricsF &metrics) const;
    qreal xOf(const QDate &date, const Geometry &g) const;
    QString rowLabel(int row) const;
    void paintWeeks(QPainter &painter, const QRectF &area, const Geometry &g) const;
    void paintRows(QPainter &painter, const QRectF &area, const Geometry &g) const;
    void paintDayLine(QPainter &painter, const QDate &day, const QColor &color, Qt::PenStyle style,
                      const QString &label, const QRectF &area, const Geometry &g) const;
    void paintMarker(QPainter &painter, const Marker &marker) const;
    void paintLegend(QPainter &painter, const QRectF &area, const Geometry &g) const;
    QString legendText() const;

    PlanView m_view;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace fremdrift
