#pragma once

#include "domain/client.h"
#include "repository/clientrepository.h"
#include "widgets/fieldproblemmarker.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ClientEditor;
}

namespace fremdrift {

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

    // Saves what the form holds; false when it was refused (the form says why).
    bool save();
    void accept() override;

private:
    void fillChoices();
    void fillCaseworkers();
    void registerFields();
    void showClient(const Client &client);
    Client clientFromForm() const;
    Result<std::optional<qint64>> resolveUnit();
    void checkNationalIdAsTyped();
    void showNationalIdStatus(const QString &text, const QString &colour);
    void showError(const Error &error);
    void showProblems(const QList<FieldProblem> &problems);
    void reload();
    void updateTitle();

    Session &m_session;
    ClientRepository m_repository;
    std::unique_ptr<Ui::ClientEditor> m_ui;
    FieldProblemMarker m_marker;
    Client m_client;
    QList<Unit> m_units;
    QStringList m_warnings;
    bool m_editable = false;
};

} // namespace fremdrift
