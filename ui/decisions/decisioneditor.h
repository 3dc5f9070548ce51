#pragma once

#include "domain/decision.h"
#include "util/result.h"
#include "widgets/fieldproblemmarker.h"
#include "workflow/decisionworkflow.h"

#include <QDialog>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fremdrift {

class DecisionServicesModel;
class MessageBar;
class OptionalDateEdit;
class ServiceComparisonModel;
class Session;

// One decision, from draft to sent: its legal basis, dates, services and hours (against the
// decision it replaces) and the text sections; Save for a draft and a button for every action
// the user may take next. What the rules find wrong is marked at its field and listed on top.
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
    // A draft the user may change in a database that can be written.
    bool canEdit() const;

    // Saves the draft; false, with what is wrong shown, when it could not.
    bool save();
    // Takes `action`, asking for what it needs first; false when it was not taken.
    bool perform(DecisionAction action);
    // Reads the decision again, dropping what the form holds.
    void reload();
    // Reads who is acting again (after a switch of user): editability and buttons.
    void refresh();

    // For tests and the page.
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *actionButton(DecisionAction action) const;
    QPushButton *reloadButton() const { return m_reloadButton; }
    QString messageText() const { return m_messageText; }
    // The widget that shows `field` ("evaluation_date", "health_information", ...).
    QWidget *fieldWidget(const QString &field) const { return m_marker.widget(field); }
    DecisionServicesModel *servicesModel() const { return m_services; }
    ServiceComparisonModel *comparisonModel() const { return m_comparison; }
    QString statusDetails() const;

    void reject() override;

signals:
    // Saved or moved on in its life: lists showing it should read it again.
    void decisionChanged(qint64 id);

private:
    QWidget *createHeader();
    QWidget *createDecisionTab();
    QWidget *createDatesForm();
    QWidget *createServicesBox();
    QWidget *createComparisonBox();
    QWidget *createSectionsTab();
    QWidget *createButtons();
    void fillLegalBases();
    void registerFields();
    void watchForChanges();

    void load(Decision decision);
    void loadForm();
    void updateHeader();
    void updateEditability();
    void updateActionButtons();
    void updateTotals();
    void updateComparison();

    std::optional<ActionInput> askInput(DecisionAction action);
    std::optional<ActionInput> askComment(DecisionAction action, const QString &prompt);
    bool submitChecked(const ActionInput &input);
    void showError(const Error &error);
    void showProblems(const QList<FieldProblem> &problems, const QString &intro);
    void markField(const FieldProblem &problem);
    void clearProblems();
    void showMessage(const QString &text, bool isError);
    void addService();
    void removeService();

    Session &m_session;
    Decision m_decision;
    std::optional<Decision> m_previous;
    FieldProblemMarker m_marker;
    std::map<DecisionAction, QPushButton *> m_actionButtons;
    QString m_messageText;

    QLabel *m_clientLabel = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_statusDetails = nullptr;
    QLabel *m_refusal = nullptr;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_legalBasis = nullptr;
    QLineEdit *m_legalBasisText
        = nullptr; // shown instead when read-only: a disabled combo is hard to read
    OptionalDateEdit *m_validFrom = nullptr;
    QCheckBox *m_noEndDate = nullptr;
    OptionalDateEdit *m_validTo = nullptr;
    OptionalDateEdit *m_evaluationDate = nullptr;
    DecisionServicesModel *m_services = nullptr;
    QTableView *m_servicesView = nullptr;
    QPushButton *m_addService = nullptr;
    QPushButton *m_removeService = nullptr;
    QLabel *m_totals = nullptr;
    QGroupBox *m_comparisonBox = nullptr;
    ServiceComparisonModel *m_comparison = nullptr;
    std::map<DecisionSection, QPlainTextEdit *> m_sections;
    QPushButton *m_saveButton = nullptr;
    QWidget *m_actionsArea = nullptr;
};

} // namespace fremdrift
