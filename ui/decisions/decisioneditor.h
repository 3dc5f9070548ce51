#pragma once

#include "domain/decision.h"
#include "storage/leases.h"
#include "util/result.h"
#include "widgets/fieldproblemmarker.h"
#include "workflow/decisionworkflow.h"

#include <QDialog>
#include <QJsonValue>

#include <map>
#include <optional>

class QPushButton;
class QTabWidget;
class QTimer;

namespace fremdrift {

class DecisionDatesForm;
class DecisionHeader;
class DecisionSectionsTab;
class LeaseKeeper;
class DecisionServicesModel;
class DecisionServicesPanel;
class ServiceComparisonModel;
class Session;

// One decision, from draft to sent: its legal basis, dates, services and hours (against the
// decision it replaces) and the text sections; Save for a draft and a button for every action
// the user may take next. What the rules find wrong is marked at its field and listed on top.
//
// The editor loads, saves and acts on the decision; its parts show it: DecisionHeader,
// DecisionDatesForm, DecisionServicesPanel and DecisionSectionsTab.
class DecisionEditor final : public QDialog
{
    Q_OBJECT

public:
    // `decision` with id 0 is a new draft, saved on the first Save.
    DecisionEditor(Session &session, Decision decision, QWidget *parent = nullptr);
    ~DecisionEditor() override;

    // The decision as last read or saved, and as the form has it now.
    const Decision &decision() const { return m_decision; }
    Decision decisionFromForm() const;
    bool isModified() const;
    // A draft the user may change in a database that can be written, and that no one else is
    // editing (their lease).
    bool canEdit() const;
    // Someone else editing this decision: the editor is read-only meanwhile.
    const std::optional<Lease> &heldBy() const { return m_heldBy; }
    // Shown when their lease has expired or was given up; takes the decision over and reloads.
    QPushButton *takeOverButton() const { return m_takeOverButton; }
    // Looks again whether the one holding the lease still does (every 10 s while they do).
    void checkLease();

    // Saves the draft; false, with what is wrong shown, when it could not.
    bool save();
    // Takes `action`, asking for what it needs first; false when it was not taken.
    bool perform(DecisionAction action);
    // Reads the decision again, dropping what the form holds.
    void reload();
    // Merges what the form holds with what was saved meanwhile (asking which version to keep
    // of each field both changed) and saves; false when cancelled or refused.
    bool compareAndMerge();
    // Reads who is acting again (after a switch of user): editability and buttons.
    void refresh();

    // For tests and the page.
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *actionButton(DecisionAction action) const;
    QPushButton *reloadButton() const;
    // Shown with Reload when someone else saved first.
    QPushButton *mergeButton() const { return m_mergeButton; }
    QString messageText() const { return m_messageText; }
    // The widget that shows `field` ("evaluation_date", "health_information", ...).
    QWidget *fieldWidget(const QString &field) const { return m_marker.widget(field); }
    DecisionServicesModel *servicesModel() const;
    ServiceComparisonModel *comparisonModel() const;
    QString statusDetails() const;

    void reject() override;

signals:
    // Saved or moved on in its life: lists showing it should read it again.
    void decisionChanged(qint64 id);

private:
    QWidget *createDecisionTab();
    QWidget *createButtons();
    void registerFields();

    void load(Decision decision);
    void showContent(const Decision &decision);
    void updateHeader();
    void updateEditability();
    void updateActionButtons();
    bool mayEdit() const;
    void updateLease();
    void takeOver();
    void showLease();

    std::optional<ActionInput> askInput(DecisionAction action);
    std::optional<ActionInput> askComment(DecisionAction action, const QString &prompt);
    std::optional<ActionInput> askEnd(DecisionAction action);
    bool submitChecked(const ActionInput &input);
    void showError(const Error &error);
    void showProblems(const QList<FieldProblem> &problems, const QString &intro);
    void markField(const FieldProblem &problem);
    void markTabOf(QWidget *field);
    void clearProblems();
    void showMessage(const QString &text, bool isError);
    QString fieldLabel(const QString &field) const;
    QString fieldValue(const QString &field, const QJsonValue &value) const;

    Session &m_session;
    Decision m_decision;
    std::optional<Decision> m_previous;
    FieldProblemMarker m_marker;
    std::map<DecisionAction, QPushButton *> m_actionButtons;
    QString m_messageText;

    DecisionHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    DecisionDatesForm *m_datesForm = nullptr;
    DecisionServicesPanel *m_servicesPanel = nullptr;
    DecisionSectionsTab *m_sectionsTab = nullptr;
    QPushButton *m_saveButton = nullptr;
    QWidget *m_actionsArea = nullptr;
    QPushButton *m_takeOverButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QString m_conflict; // who saved first and when, for the merge dialog
    LeaseKeeper *m_lease = nullptr;
    std::optional<Lease> m_heldBy;
    bool m_leaseGone = false; // m_heldBy expired or was given up
    bool m_leaseLost = false; // ours was taken over while open
    QTimer *m_leaseCheck = nullptr;
};

} // namespace fremdrift
