#include "documents/plantimelinepainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace fremdrift {

namespace {

const QColor lateColor(0xc6, 0x28, 0x28);
const QColor doneColor(0x2e, 0x7d, 0x32);
const QColor openColor(0x37, 0x47, 0x4f);
const QColor todayColor(0x15, 0x65, 0xc0);
const QColor gridColor(0xcf, 0xd8, 0xdc);
const QColor stripeColor(0xf3, 0xf6, 0xf7);

void widen(QDate &first, QDate &last, const QDate &date)
{
    if (!date.isValid())
        return;
    if (!first.isValid() || date < first)
        first = date;
    if (!last.isValid() || date > last)
        last = date;
}

QDate stepDate(const ReviewStep &step)
{
    return step.isDone() ? step.doneOn : step.dueOn;
}

} // namespace

PlanTimelinePainter::PlanTimelinePainter(const PlanView &view, const QDate &today)
    : m_view(view)
    , m_today(today)
{
    widen(m_first, m_last, view.plan.startOn);
    widen(m_first, m_last, view.plan.deadline);
    for (const Review &review : view.reviews) {
        for (const ReviewStep &step : review.steps)
            widen(m_first, m_last, stepDate(step));
    }
    widen(m_first, m_last, view.plan.staffingDoneOn.isValid() ? view.plan.staffingDoneOn
                                                              : view.plan.staffingDueOn);
    if (!m_first.isValid()) {
        m_first = today;
        m_last = today.addDays(27);
    }
    // Whole weeks, Monday to Sunday, as offices plan them.
    m_first = m_first.addDays(1 - m_first.dayOfWeek());
    m_last = m_last.addDays(7 - m_last.dayOfWeek());
}

int PlanTimelinePainter::rowCount() const
{
    const bool ownRow = m_view.plan.kind == PlanKind::Review;
    return int(m_view.reviews.size()) + (ownRow ? 1 : 0);
}

qint64 PlanTimelinePainter::reviewId(int row) const
{
    return row >= 0 && row < m_view.reviews.size() ? m_view.reviews.at(row).id : 0;
}

QString PlanTimelinePainter::rowLabel(int row) const
{
    if (row < m_view.reviews.size())
        return m_view.reviews.at(row).clientName;
    return stepTitle(planStepId());
}

QString PlanTimelinePainter::legendText() const
{
    QStringList names;
    for (int i = 0; i < m_view.stepIds.size(); ++i)
        names << QStringLiteral("%1 %2").arg(i + 1).arg(stepTitle(m_view.stepIds.at(i)));
    names << QStringLiteral("%1 %2").arg(m_view.stepIds.size() + 1).arg(stepTitle(planStepId()));
    return names.join(QStringLiteral("  ·  "));
}

PlanTimelinePainter::Geometry PlanTimelinePainter::geometry(const QRectF &area,
                                                            const QFontMetricsF &metrics) const
{
    Geometry g;
    qreal widest = 0;
    for (int row = 0; row < rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(rowLabel(row)));
    g.labelWidth = std::clamp(widest + 16, 110.0, std::max(110.0, area.width() * 0.26));
    g.headerHeight = 2 * metrics.height() + 8;
    g.rowHeight = std::max(metrics.height() + 8, 20.0);
    g.left = area.left() + g.labelWidth;
    g.right = area.right() - 8;
    g.top = area.top() + g.headerHeight;
    const qreal days = m_first.daysTo(m_last) + 1;
    g.dayWidth = std::max(0.5, (g.right - g.left) / days);
    return g;
}

qreal PlanTimelinePainter::xOf(const QDate &date, const Geometry &g) const
{
    return g.left + (m_first.daysTo(date) + 0.5) * g.dayWidth;
}

qreal PlanTimelinePainter::heightFor(qreal width, const QFontMetricsF &metrics) const
{
    const Geometry g = geometry(QRectF(0, 0, width, 1), metrics);
    const QRectF legend = metrics.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap,
                                               legendText());
    // Rows, a line for the today and deadline labels, the symbols, the step names.
    return g.headerHeight + rowCount() * g.rowHeight + 2 * metrics.height() + 16
           + legend.height() + 8;
}

QList<PlanTimelinePainter::Marker> PlanTimelinePainter::markers(const QRectF &area,
                                                                const QFontMetricsF &metrics) const
{
    const Geometry g = geometry(area, metrics);
    const qreal radius = std::min(g.rowHeight * 0.38, 10.0);
    QList<Marker> result;
    auto add = [&](int row, qint64 review, const QString &stepId, int number, const QDate &date,
                   bool done, bool late) {
        if (!date.isValid())
            return;
        const QPointF centre(xOf(date, g), g.top + (row + 0.5) * g.rowHeight);
        result.append({row, review, stepId, number, date, done, late, centre, radius});
    };
    for (int row = 0; row < m_view.reviews.size(); ++row) {
        const Review &review = m_view.reviews.at(row);
        for (const ReviewStep &step : review.steps) {
            const int number = int(m_view.stepIds.indexOf(step.stepId)) + 1;
            add(row, review.id, step.stepId, number, stepDate(step), step.isDone(),
                step.isLate(m_today));
        }
    }
    if (m_view.plan.kind == PlanKind::Review) {
        const ReviewPlan &plan = m_view.plan;
        const bool done = plan.staffingDoneOn.isValid();
        const bool late = !done && plan.staffingDueOn.isValid() && plan.staffingDueOn < m_today;
        add(int(m_view.reviews.size()), 0, planStepId(), int(m_view.stepIds.size()) + 1,
            done ? plan.staffingDoneOn : plan.staffingDueOn, done, late);
    }
    return result;
}

int PlanTimelinePainter::rowAt(qreal y, const QRectF &area, const QFontMetricsF &metrics) const
{
    const Geometry g = geometry(area, metrics);
    if (y < g.top)
        return -1;
    const int row = int((y - g.top) / g.rowHeight);
    return row < rowCount() ? row : -1;
}

void PlanTimelinePainter::paintWeeks(QPainter &painter, const QRectF &area, const Geometry &g) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal bottom = g.top + rowCount() * g.rowHeight;
    const qreal weekWidth = 7 * g.dayWidth;
    // Label every n-th week so that labels never run into each other.
    const int every = std::max(1, int(std::ceil((metrics.horizontalAdvance(tr("W%1").arg(52))
                                                  + 8) / weekWidth)));
    int week = 0;
    for (QDate monday = m_first; monday <= m_last; monday = monday.addDays(7), ++week) {
        const qreal x = g.left + m_first.daysTo(monday) * g.dayWidth;
        painter.setPen(QPen(gridColor, 0));
        painter.drawLine(QPointF(x, g.top - metrics.height() - 2), QPointF(x, bottom));
        if (week % every == 0) {
            painter.setPen(openColor);
            painter.drawText(QPointF(x + 3, g.top - 5), tr("W%1").arg(monday.weekNumber()));
        }
    }
    // Months on the first line, at the first day of each month shown; a month that starts
    // before the first week is named only if there is room before the next one.
    QDate month(m_first.year(), m_first.month(), 1);
    qreal free = g.left;
    for (; month <= m_last; month = month.addMonths(1)) {
        const qreal x = std::max(g.left, g.left + m_first.daysTo(month) * g.dayWidth);
        const QString name = QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat)
                             + u' ' + QString::number(month.year());
        const qreal next = g.left + m_first.daysTo(month.addMonths(1)) * g.dayWidth;
        const qreal width = metrics.horizontalAdvance(name) + 6;
        if (x < free || std::min(next, g.right) - x < width)
            continue;
        painter.setPen(QPen(openColor, 0));
        painter.drawLine(QPointF(x, area.top() + 2), QPointF(x, area.top() + metrics.height()));
        painter.drawText(QPointF(x + 3, area.top() + metrics.ascent() + 1), name);
        free = x + width;
    }
}

void PlanTimelinePainter::paintMarker(QPainter &painter, const Marker &marker) const
{
    const QColor edge = marker.late ? lateColor : marker.done ? doneColor : openColor;
    const QColor fill = marker.late || marker.done ? edge : QColor(Qt::white);
    painter.setPen(QPen(edge, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(marker.centre, marker.radius, marker.radius);
    QFont small = painter.font();
    // Pixel-sized on printers (pixels scale with the painter, points do not), else points.
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(6, int(small.pixelSize() * 0.8)));
    else
        small.setPointSizeF(std::max(5.0, small.pointSizeF() * 0.8));
    small.setBold(true);
    painter.save();
    painter.setFont(small);
    painter.setPen(marker.late || marker.done ? QColor(Qt::white) : openColor);
    const QRectF box(marker.centre.x() - marker.radius, marker.centre.y() - marker.radius,
                     2 * marker.radius, 2 * marker.radius);
    painter.drawText(box, Qt::AlignCenter, QString::number(marker.number));
    painter.restore();
}

void PlanTimelinePainter::paintRows(QPainter &painter, const QRectF &area, const Geometry &g) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QList<Marker> all = markers(area, metrics);
    for (int row = 0; row < rowCount(); ++row) {
        const QRectF band(area.left(), g.top + row * g.rowHeight, area.width(), g.rowHeight);
        if (row % 2 == 1)
            painter.fillRect(band, stripeColor);
        const bool late = std::any_of(all.cbegin(), all.cend(), [row](const Marker &m) {
            return m.row == row && m.late;
        });
        painter.setPen(late ? lateColor : openColor);
        const QString label = metrics.elidedText(rowLabel(row), Qt::ElideRight, g.labelWidth - 12);
        painter.drawText(band.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
        qreal from = g.right;
        qreal to = g.left;
        for (const Marker &marker : all) {
            if (marker.row == row) {
                from = std::min(from, marker.centre.x());
                to = std::max(to, marker.centre.x());
            }
        }
        if (from < to) {
            painter.setPen(QPen(gridColor.darker(120), 2));
            painter.drawLine(QPointF(from, band.center().y()), QPointF(to, band.center().y()));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Marker &marker : all)
        paintMarker(painter, marker);
    painter.restore();
}

void PlanTimelinePainter::paintDayLine(QPainter &painter, const QDate &day, const QColor &color,
                                       Qt::PenStyle style, const QString &label,
                                       const QRectF &area, const Geometry &g) const
{
    if (!day.isValid() || day < m_first || day > m_last)
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal x = xOf(day, g);
    const qreal bottom = g.top + rowCount() * g.rowHeight;
    painter.setPen(QPen(color, 1.5, style));
    painter.drawLine(QPointF(x, g.top), QPointF(x, bottom + 2));
    const qreal width = metrics.horizontalAdvance(label);
    // The label stays inside the area, left of the line near the right edge.
    const qreal labelX = x + 3 + width > area.right() ? x - 3 - width : x + 3;
    painter.drawText(QPointF(labelX, bottom + metrics.ascent() + 3), label);
}

void PlanTimelinePainter::paintLegend(QPainter &painter, const QRectF &area, const Geometry &g) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    qreal y = g.top + rowCount() * g.rowHeight + metrics.height() + 10;
    qreal x = area.left() + 6;
    const qreal radius = std::min(g.rowHeight * 0.38, 10.0);
    const std::pair<QString, std::pair<bool, bool>> kinds[] = {
        {tr("Done"), {true, false}}, {tr("Due"), {false, false}}, {tr("Late"), {false, true}}};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &[name, state] : kinds) {
        Marker sample{0, 0, QString(), 1, {}, state.first, state.second,
                      QPointF(x + radius, y + metrics.height() / 2), radius};
        paintMarker(painter, sample);
        painter.setPen(openColor);
        painter.drawText(QPointF(x + 2 * radius + 4, y + metrics.ascent()), name);
        x += 2 * radius + 16 + metrics.horizontalAdvance(name);
    }
    painter.restore();
    for (const auto &[name, line] : {std::pair{tr("Today"), Qt::DashLine},
                                     std::pair{tr("Deadline"), Qt::SolidLine}}) {
        painter.setPen(QPen(line == Qt::DashLine ? todayColor : openColor, 1.5, line));
        painter.drawLine(QPointF(x, y + 2), QPointF(x, y + metrics.height() - 2));
        painter.setPen(openColor);
        painter.drawText(QPointF(x + 6, y + metrics.ascent()), name);
        x += 18 + metrics.horizontalAdvance(name);
    }
    y += metrics.height() + 6;
    painter.drawText(QRectF(area.left() + 6, y, area.width() - 12, area.bottom() - y),
                     Qt::TextWordWrap, legendText());
}

void PlanTimelinePainter::paint(QPainter &painter, const QRectF &area) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const Geometry g = geometry(area, metrics);
    painter.save();
    painter.fillRect(area, Qt::white);
    paintWeeks(painter, area, g);
    paintRows(painter, area, g);
    paintDayLine(painter, m_view.plan.deadline, openColor, Qt::SolidLine, tr("Deadline"), area, g);
    paintDayLine(painter, m_today, todayColor, Qt::DashLine, tr("Today"), area, g);
    paintLegend(painter, area, g);
    painter.restore();
}

QImage PlanTimelinePainter::image(int width, qreal devicePixelRatio, const QFont &font) const
{
    const qreal height = heightFor(width, QFontMetricsF(font));
    QImage result(QSize(width, int(std::ceil(height))) * devicePixelRatio,
                  QImage::Format_ARGB32_Premultiplied);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::white);
    QPainter painter(&result);
    painter.setFont(font);
    paint(painter, QRectF(0, 0, width, height));
    return result;
}

} // namespace fremdrift
