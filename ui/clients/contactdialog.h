#pragma once

#include "domain/client.h"
#include "repository/clientrepository.h"
#include "widgets/fieldproblemmarker.h"

#include <QDialog>

class QPushButton;

#include <memory>

namespace Ui {
class ContactDialog;
}

namespace fremdrift {

class Session;

// Adds or changes one person around a client: guardian, relative, primary contact, GP.
// The repository checks it; what it refuses is pointed out field by field.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(Session &session, QWidget *parent = nullptr);
    ~ContactDialog() override;

    // id 0: a new contact of contact.clientId.
    void setContact(const Contact &contact);
    // The contact as last shown or, after a save, as stored.
    const Contact &contact() const { return m_contact; }

    bool save();
    void accept() override;
    // After a conflict: what this dialog holds merged with what was saved meanwhile (the user
    // chooses where both changed a field), and saved.
    bool compareAndMerge();

private:
    void registerFields();
    void showContact(const Contact &contact);
    Contact contactFromForm() const;
    void showError(const Error &error);
    void reload();
    // The contact as now saved, or why it is not there.
    Result<Contact> stored() const;

    ClientRepository m_repository;
    std::unique_ptr<Ui::ContactDialog> m_ui;
    FieldProblemMarker m_marker;
    Contact m_contact;
    QPushButton *m_mergeButton = nullptr;
    QString m_conflict; // who saved first and when
};

} // namespace fremdrift
