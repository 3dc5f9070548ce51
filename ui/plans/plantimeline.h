#pragma once

#include "documents/plantimelinepainter.h"

#include <QWidget>

#include <optional>

namespace fremdrift {

// The plan's reviews across its weeks (PlanTimelinePainter) as a widget: as wide as it is
// given, as tall as its rows need (put it in a scroll area); a marker's tooltip names the
// step and its date; a double click on a review's row asks to open that review.
class PlanTimeline final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanTimeline(QWidget *parent = nullptr);

    void setView(const PlanView &view, const QDate &today);
    const PlanTimelinePainter *timeline() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void reviewActivated(qint64 reviewId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString toolTipAt(const QPointF &position) const;

    std::optional<PlanTimelinePainter> m_timeline;
    QList<QString> m_clientNames;
};

} // namespace fremdrift
