#pragma once

#include "domain/progressplan.h"
#include "repository/planrepository.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableView;

namespace fremdrift {

class CandidateModel;
class FormMessagePanel;
class Session;

// Adds decisions to review to a plan: picked by unit, or all whose evaluation date falls
// before a date (or both), from what PlanRepository::candidates offers; each can be unticked.
// OK adds the ticked ones through PlanRepository::addReviews.
class AddReviewsDialog final : public QDialog, public TestableDialog<AddReviewsDialog>
{
    Q_OBJECT

public:
    AddReviewsDialog(Session &session, const ReviewPlan &plan, QWidget *parent = nullptr);

    // Sets the pick's controls and lists the candidates again.
    void setPick(const ReviewPick &pick);
    ReviewPick pick() const;
    CandidateModel *candidates() const { return m_candidates; }
    // The reviews added, after OK.
    const QList<qint64> &addedReviewIds() const { return m_added; }

    void accept() override;

    // Shows the dialog; the new reviews' ids, or nothing when cancelled.
    static std::optional<QList<qint64>> ask(Session &session, const ReviewPlan &plan,
                                            QWidget *parent);

private:
    QWidget *createPick();
    QWidget *createList();
    void findCandidates();
    void updateCount();

    Session &m_session;
    ReviewPlan m_plan;
    FormMessagePanel *m_messages;
    QCheckBox *m_byUnit = nullptr;
    QListWidget *m_units = nullptr;
    QCheckBox *m_byDate = nullptr;
    QDateEdit *m_before = nullptr;
    CandidateModel *m_candidates;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QList<qint64> m_added;
    bool m_filling = false;
};

} // namespace fremdrift
