#include "clients/clientcontactsview.h"

#include "clients/contactdialog.h"
#include "clients/contactlistmodel.h"
#include "messagebox.h"
#include "repository/clientrepository.h"
#include "widgets/readonlylist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

ClientContactsView::ClientContactsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactListModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_edit->setObjectName(QStringLiteral("editContactButton"));
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyList(m_table);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("People around the client"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ClientContactsView::addContact);
    connect(m_edit, &QPushButton::clicked, this, &ClientContactsView::editContact);
    connect(m_remove, &QPushButton::clicked, this, &ClientContactsView::removeContact);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            editContact();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientContactsView::updateButtons);
    updateButtons();
}

void ClientContactsView::setContacts(Session *session,
                                     qint64 clientId,
                                     const QList<Contact> &contacts,
                                     bool editable)
{
    m_session = session;
    m_clientId = clientId;
    m_editable = editable && session;
    m_model->setContacts(contacts);
    updateButtons();
}

const Contact *ClientContactsView::currentContact() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->contacts().size())
        return nullptr;
    return &m_model->contacts().at(current.row());
}

void ClientContactsView::updateButtons()
{
    const bool chosen = currentContact() != nullptr;
    m_add->setEnabled(m_editable && m_clientId != 0);
    m_edit->setEnabled(m_editable && chosen);
    m_remove->setEnabled(m_editable && chosen);
}

void ClientContactsView::addContact()
{
    Contact contact;
    contact.clientId = m_clientId;
    openDialog(contact);
}

void ClientContactsView::editContact()
{
    if (const Contact *contact = currentContact())
        openDialog(*contact);
}

void ClientContactsView::openDialog(const Contact &contact)
{
    if (!m_session)
        return;
    auto *dialog = new ContactDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setContact(contact);
    connect(dialog, &QDialog::accepted, this, &ClientContactsView::changed);
    dialog->open();
}

void ClientContactsView::removeContact()
{
    const Contact *chosen = currentContact();
    if (!chosen || !m_session)
        return;
    const Contact contact = *chosen;
    const auto answer = MessageBox::question(this,
                                             tr("Remove contact"),
                                             tr("Remove %1 (%2) from the people around this "
                                                "client?")
                                                 .arg(contact.name, relationName(contact.relation)),
                                             QMessageBox::Yes | QMessageBox::No,
                                             QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    ClientRepository repository(*m_session);
    if (const Status removed = repository.removeContact(contact); !removed) {
        emit message(removed.error().message, true);
        return;
    }
    emit changed();
}

} // namespace fremdrift
