#pragma once

#include "domain/progressplan.h"
#include "util/result.h"
#include "widgets/fieldproblemmarker.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace fremdrift {

class JurisdictionProfile;
class OptionalDateEdit;
class StepForm;
struct StepFormContext;

// One step in the review window: its title, who is responsible, its due date (changing it
// marks it set by hand), when and by whom it was done, its own form and notes. A done step is
// shown read-only: it is reopened to be changed.
class StepPage final : public QWidget
{
    Q_OBJECT

public:
    StepPage(const QString &stepId, const JurisdictionProfile &profile, QWidget *parent = nullptr);

    // Shows `stored`. With `keepEdits`, what was edited here and not saved stays on top of it
    // (a review read again after another step was saved); otherwise it is dropped.
    void load(const ReviewStep &stored, const StepFormContext &context, bool keepEdits);
    // The step as stored, and as the page has it now: form, notes and due date as edited.
    const ReviewStep &stored() const { return m_stored; }
    ReviewStep step() const;
    bool isModified() const;

    // Marks the fields of `problems` on the form, the due date and the notes; empty clears.
    void showProblems(const QList<FieldProblem> &problems);

    StepForm *form() const { return m_form; }
    OptionalDateEdit *dueEdit() const { return m_due; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

signals:
    void changed();

private:
    QWidget *createHeader(const QString &stepId);
    void showStatus(const QDate &today);

    StepForm *m_form;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    OptionalDateEdit *m_due = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FieldProblemMarker m_marker;
    ReviewStep m_stored;
    QJsonObject m_storedForm; // the stored form as the form widgets give it back
};

} // namespace fremdrift
