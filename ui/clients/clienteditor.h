#pragma once

#include "domain/client.h"
#include "repository/clientrepository.h"
#include "storage/leases.h"
#include "widgets/fieldproblemmarker.h"

#include <QDialog>
#include <QJsonValue>

#include <memory>
#include <optional>

class QPushButton;
class QTimer;

namespace Ui {
class ClientEditor;
}

namespace fremdrift {

class LeaseKeeper;
class Session;

// Adds or changes one client: every field of Client. The national ID is checked as it is
// typed, in the database's jurisdiction, and the birth date follows from it. On Save the
// repository checks everything again; what it refuses is pointed out field by field and
// nothing is saved.
class ClientEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit ClientEditor(Session &session, QWidget *parent = nullptr);
    ~ClientEditor() override;

    // id 0: a new client.
    void setClient(const Client &client);
    // The client as last shown or, after a save, as stored.
    const Client &client() const { return m_client; }
    // Doubts the save let through (DK: a CPR number failing the old mod-11 check).
    const QStringList &warnings() const { return m_warnings; }
    bool isEditable() const { return m_editable; }
    // Someone else editing this client (their lease): the form is read-only meanwhile.
    const std::optional<Lease> &heldBy() const { return m_heldBy; }
    // Shown when their lease has expired or was given up; takes the client over and reloads.
    QPushButton *takeOverButton() const { return m_takeOverButton; }
    // Shown when someone else saved first: compares their save with the form and merges.
    QPushButton *mergeButton() const { return m_mergeButton; }
    QString messageText() const;
    // Looks again whether the one holding the lease still does (every 10 s while they do).
    void checkLease();

    // Saves what the form holds; false when it was refused (the form says why).
    bool save();
    void accept() override;
    // Merges what the form holds with what was saved meanwhile (asking which version to keep
    // of each field both changed) and saves; false when cancelled or refused.
    bool compareAndMerge();

private:
    void fillChoices();
    void fillCaseworkers();
    void registerFields();
    void showClient(const Client &client);
    Client clientFromForm() const;
    QString fieldLabel(const QString &field) const;
    QString fieldValue(const QString &field, const QJsonValue &value) const;
    void checkNationalIdAsTyped();
    void showNationalIdStatus(const QString &text, const QString &colour);
    void showError(const Error &error);
    void showProblems(const QList<FieldProblem> &problems);
    void reload();
    void updateTitle();
    void updateLease();
    void takeOver();
    QString leaseMessage() const;

    Session &m_session;
    ClientRepository m_repository;
    std::unique_ptr<Ui::ClientEditor> m_ui;
    FieldProblemMarker m_marker;
    Client m_client;
    QList<Unit> m_units;
    QStringList m_warnings;
    bool m_editable = false;
    bool m_mayEdit = false; // the role and the database allow it; m_editable: and no one else
    LeaseKeeper *m_lease = nullptr;
    std::optional<Lease> m_heldBy;
    bool m_leaseGone = false; // m_heldBy expired or was given up
    QPushButton *m_takeOverButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QString m_conflict; // who saved first and when, for the merge dialog
    QTimer *m_leaseCheck = nullptr;
};

} // namespace fremdrift
