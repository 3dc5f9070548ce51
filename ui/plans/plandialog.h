#pragma once

#include "domain/progressplan.h"
#include "widgets/fieldproblemmarker.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fremdrift {

class FormMessagePanel;
class Session;

// Creates or changes a plan: title, goal, units covered, start, deadline, status note and the
// caseworkers responsible. OK saves through PlanRepository::save, which checks it; what is
// wrong is marked at its field and the dialog stays open.
class PlanDialog final : public QDialog, public TestableDialog<PlanDialog>
{
    Q_OBJECT

public:
    // `plan.id` 0: a new plan of `plan.kind`.
    PlanDialog(Session &session, ReviewPlan plan, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setGoal(const QString &goal);
    void setStartOn(const QDate &date);
    void setDeadline(const QDate &date);
    void setStatusNote(const QString &note);
    void setUnits(const QList<qint64> &unitIds);
    void setCaseworkers(const QList<qint64> &userIds);
    // The plan as the form now has it.
    ReviewPlan plan() const;
    // The plan as saved, after OK.
    const ReviewPlan &saved() const { return m_plan; }

    void accept() override;
    // After a conflict: the form merged with what was saved meanwhile (the user chooses where
    // both changed a field), and saved; true when the dialog then closed as saved.
    bool compareAndMerge();
    // After a conflict: the plan as now saved, what was typed dropped.
    void reload();

    // Shows the dialog; the plan as saved, or nothing when cancelled.
    // Tests answer it with answerNextWith().
    static std::optional<ReviewPlan> ask(Session &session, ReviewPlan plan, QWidget *parent);

private:
    QWidget *createForm();
    QWidget *createLists();
    void fillLists();
    void showPlan(const ReviewPlan &plan);
    QString fieldLabel(const QString &field) const;
    QString fieldValue(const QString &field, const QJsonValue &value) const;
    void showError(const Error &error);
    static QList<qint64> checked(const QListWidget *list);
    static void check(QListWidget *list, const QList<qint64> &ids);

    Session &m_session;
    ReviewPlan m_plan;
    FormMessagePanel *m_messages;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_deadline = nullptr;
    QLineEdit *m_status = nullptr;
    QListWidget *m_units = nullptr;
    QListWidget *m_caseworkers = nullptr;
    FieldProblemMarker m_marker;
    QPushButton *m_mergeButton = nullptr;
    QString m_conflict; // who saved first and when
};

} // namespace fremdrift
