#pragma once

#include "widgets/testabledialog.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace fremdrift {

// The plan's own step, staffing and rotas reviewed (seed 000's step 8): when, and what was
// changed. PlanRepository::completeStaffing checks that every decision of the plan exists.
class StaffingDialog final : public QDialog, public TestableDialog<StaffingDialog>
{
    Q_OBJECT

public:
    struct Answer
    {
        QDate doneOn;
        QString notes;
    };

    StaffingDialog(const QDate &today, QWidget *parent = nullptr);

    void setDoneOn(const QDate &date);
    void setNotes(const QString &notes);
    Answer answer() const;
    void accept() override;

    static std::optional<Answer> ask(const QDate &today, QWidget *parent);

private:
    QDateEdit *m_date;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace fremdrift
