#pragma once

#include "domain/progressplan.h"
#include "util/result.h"
#include "widgets/fieldproblemmarker.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

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
    // (a review read again after another step was saved); otherwise it is dropped. Edits stay
    // on the version they were made on: when someone else saved this step meanwhile, the page
    // keeps its edits and their base, so that saving them meets the conflict, not theirs.
    void load(const ReviewStep &stored, const StepFormContext &context, bool keepEdits);
    // Shows `stored` with `edited` (its form, notes and due date) on top, unsaved: a merge.
    void loadWithEdits(const ReviewStep &stored,
                       const StepFormContext &context,
                       const ReviewStep &edited);
    // The step as stored, and as the page has it now: form, notes and due date as edited.
    const ReviewStep &stored() const { return m_stored; }
    ReviewStep step() const;
    bool isModified() const;
    // The stored step with its form as the widgets give it back: what the edits started from.
    ReviewStep storedAsShown() const;

    // For compare and merge: what the page calls a key of stepContent() ("notes",
    // "form/investigation/gp") and how it shows a value of it.
    QString fieldLabel(const QString &key) const;
    static QString fieldValue(const QString &key, const QJsonValue &value);

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
    void show(const ReviewStep &stored,
              const StepFormContext &context,
              const std::optional<ReviewStep> &edited);
    // Whether the page holds just what `stored` has: its own edits, saved.
    bool holds(const ReviewStep &stored) const;

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
