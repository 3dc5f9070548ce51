#pragma once

#include "pages/page.h"
#include "repository/planrepository.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace fremdrift {

class PlanListModel;
class PlanViewWidget;
class ReviewWindow;

// The office's plans: a list with each plan's progress (open, closed or all; mine or
// everyone's), New progress plan… and New task plan…; opening one shows it in place
// (PlanViewWidget) with a way back. Reviews open in their own windows, one per review.
class PlansPage final : public Page
{
    Q_OBJECT

public:
    enum class Show { Open, Closed, All };

    explicit PlansPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    // Lists again and reads the open plan again, keeping the user's place.
    void refresh(Session *session) override;

    void setShow(Show show);
    void setMineOnly(bool mine);
    PlanListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PlanViewWidget *planView() const { return m_planView; }
    bool isShowingPlan() const;
    QList<ReviewWindow *> openReviews() const;

public slots:
    // Shows the plan in place of the list.
    void openPlan(qint64 planId);
    // Opens the review in its window (or brings its window forward), at `stepId` when given.
    void openReview(qint64 reviewId, const QString &stepId = {});
    void showList();
    void newProgressPlan();
    void newTaskPlan();
    void reload();

signals:
    void openDecisionRequested(qint64 decisionId);

private:
    QWidget *createListPage();
    QWidget *createFilters(QWidget *parent);
    QWidget *createButtons(QWidget *parent);
    void newPlan(PlanKind kind);
    void openCurrent();
    void updateButtons();
    void reviewChanged();
    void closeReviews();
    PlanFilter filter() const;

    Session *m_session = nullptr;
    QStackedWidget *m_stack;
    PlanListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    PlanViewWidget *m_planView;
    QComboBox *m_show = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newProgress = nullptr;
    QPushButton *m_newTask = nullptr;
    QPushButton *m_open = nullptr;
    QList<QPointer<ReviewWindow>> m_reviews;
};

} // namespace fremdrift
