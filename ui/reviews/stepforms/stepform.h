#pragma once

#include "domain/client.h"
#include "domain/decision.h"
#include "domain/meeting.h"
#include "domain/progressplan.h"
#include "domain/staffuser.h"
#include "util/result.h"
#include "widgets/fieldproblemmarker.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QDate;

namespace fremdrift {

class JurisdictionProfile;

// What a step's form shows besides the step itself: the review, the client and the people
// around them, the evaluation meeting and the decisions before and after. Read by the review
// window once for all its forms.
struct StepFormContext
{
    const JurisdictionProfile *profile = nullptr;
    const Review *review = nullptr;
    QDate today;
    Client client;
    QList<Contact> contacts;
    QList<StaffUser> staff;
    StaffUser user; // who is acting
    std::optional<Meeting> meeting;
    std::optional<Decision> previousDecision; // the decision under review
    std::optional<Decision> newDecision;      // the decision written in step 6
    bool editable = false;
};

// What a form asks the review window to do: the window owns the review and reads it again.
enum class StepAction { EditMeeting, WriteDecision, OpenDecision, PutInForce, WritePreNotice };

// The form of one review step: it shows ReviewStep::form (workflow/stepforms.h says what each
// step records) in widgets and gives it back as JSON. The base shows nothing and gives back the
// form it was loaded with, for a step without fields of its own.
class StepForm : public QWidget
{
    Q_OBJECT

public:
    explicit StepForm(QWidget *parent = nullptr);

    virtual void load(const ReviewStep &step, const StepFormContext &context);
    virtual QJsonObject form() const;
    // Marks the fields the problems name (checkStepCompletion's field keys); the window lists
    // them all.
    virtual void showProblems(const QList<FieldProblem> &problems);
    void clearProblems();
    // The widget that shows `field` ("sent_on", "meeting.minutes", "requests[1].sent_on"), or
    // nullptr: the field itself, else what holds it ("requests", "meeting").
    virtual QWidget *fieldWidget(const QString &field) const;
    // What the form calls `field` ("investigation.gp"), as its label says; empty when no label
    // here names just that field.
    virtual QString fieldLabel(const QString &field) const;
    // Forms laid out in tabs scroll each tab themselves; the others are put in a scroll area.
    virtual bool scrollsItself() const { return false; }

signals:
    // Something in the form was edited (or loaded): the window compares and checks again.
    void changed();
    void actionRequested(fremdrift::StepAction action);

protected:
    // Connects the edit signals of every input under this form to changed(), and keeps dates
    // narrow. Called by the subclass once its widgets exist.
    void watchInputs();
    // Inputs become read-only or disabled; buttons too, except those marked with
    // keepEnabled() (open a decision, show a meeting).
    void setInputsEditable(bool editable);
    static void keepEnabled(QWidget *button);

    FieldProblemMarker m_marker;
    ReviewStep m_step; // as loaded

private:
    QJsonObject m_form;
};

} // namespace fremdrift
