#pragma once

#include "domain/client.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace fremdrift {

class ContactListModel;
class Session;

// The people around one client, with Add, Edit and Remove.
class ClientContactsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientContactsView(QWidget *parent = nullptr);

    // `session` may be null (no database); `editable` says whether this user may change them.
    void setContacts(Session *session, qint64 clientId, const QList<Contact> &contacts,
                     bool editable);
    ContactListModel *model() const { return m_model; }

signals:
    // A contact was added, changed or removed: the client's views should reload.
    void changed();
    void message(const QString &text, bool isError);

private:
    void addContact();
    void editContact();
    void removeContact();
    void openDialog(const Contact &contact);
    const Contact *currentContact() const;
    void updateButtons();

    Session *m_session = nullptr;
    qint64 m_clientId = 0;
    bool m_editable = false;
    ContactListModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace fremdrift
