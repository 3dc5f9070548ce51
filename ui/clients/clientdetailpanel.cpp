#include "clients/clientdetailpanel.h"

#include "clients/clientcontactsview.h"
#include "clients/clientdecisionsmodel.h"
#include "clients/clientdetailsview.h"
#include "clients/clienteditor.h"
#include "clients/clienthistorymodel.h"
#include "domain/nationalid.h"
#include "letters/letterarchiveview.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "widgets/readonlylist.h"
#include "workflow/accesslog.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

ClientDetailPanel::ClientDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_tabs(new QTabWidget(this))
    , m_details(new ClientDetailsView(this))
    , m_contacts(new ClientContactsView(this))
    , m_decisionsModel(new ClientDecisionsModel(this))
    , m_historyModel(new ClientHistoryModel(this))
    , m_letters(new LetterArchiveView(this))
{
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createClientView());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(m_client); });
    connect(m_contacts, &ClientContactsView::changed, this, &ClientDetailPanel::reload);
    connect(m_contacts, &ClientContactsView::message, this, &ClientDetailPanel::message);
}

QWidget *ClientDetailPanel::createEmptyState()
{
    m_emptyText->setObjectName(QStringLiteral("clientEmptyState"));
    m_emptyText->setText(tr("Choose a client in the list to see their details, the people "
                            "around them, their decisions and the history of their record."));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMargin(24);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    return m_emptyText;
}

QWidget *ClientDetailPanel::createClientView()
{
    auto *view = new QWidget(this);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setObjectName(QStringLiteral("editClientButton"));

    auto *header = new QGridLayout;
    header->addWidget(m_name, 0, 0);
    header->addWidget(m_summary, 1, 0);
    header->addWidget(m_edit, 0, 1, 2, 1, Qt::AlignTop);
    header->setColumnStretch(0, 1);

    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->addTab(m_details, tr("Personal details"));
    m_tabs->addTab(m_contacts, tr("People around"));
    m_tabs->addTab(createDecisionsTab(), tr("Decisions"));
    m_tabs->addTab(createHistoryTab(), tr("History"));
    m_tabs->addTab(m_letters, tr("Letters"));

    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    return view;
}

QTableView *ClientDetailPanel::createTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    setUpReadOnlyList(table);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *ClientDetailPanel::createDecisionsTab()
{
    auto *tab = new QWidget(this);
    QTableView *table = createTable(tab);
    table->setObjectName(QStringLiteral("clientDecisionsTable"));
    table->setModel(m_decisionsModel);
    table->setAccessibleName(tr("The client's decisions"));
    table->setTextElideMode(Qt::ElideRight);
    table->horizontalHeader()->setSectionResizeMode(ClientDecisionsModel::LegalBasisColumn,
                                                    QHeaderView::Stretch);
    auto *hint = new QLabel(tr("Double-click a decision to open it."), tab);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(table, 1);
    layout->addWidget(hint);
    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openDecisionRequested(index.data(ClientDecisionsModel::IdRole).toLongLong());
    });
    return tab;
}

QWidget *ClientDetailPanel::createHistoryTab()
{
    auto *tab = new QWidget(this);
    QTableView *table = createTable(tab);
    table->setObjectName(QStringLiteral("clientHistoryTable"));
    table->setModel(m_historyModel);
    table->setAccessibleName(tr("History of the client's record"));
    table->horizontalHeader()->setSectionResizeMode(ClientHistoryModel::WhatColumn,
                                                    QHeaderView::Stretch);
    auto *hint = new QLabel(tr("Every change to this record: when, by whom and from which "
                               "computer. The person has a right to see this."),
                            tab);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(table, 1);
    layout->addWidget(hint);
    return tab;
}

void ClientDetailPanel::setSession(Session *session)
{
    m_session = session;
    showClient(0);
}

bool ClientDetailPanel::isEditable() const
{
    return m_session && !m_session->database().isReadOnly()
           && roleAllows(m_session->user().role, Permission::EditCases);
}

void ClientDetailPanel::showClient(qint64 clientId)
{
    if (!m_session || clientId == 0) {
        m_client = Client();
        m_details->clear();
        m_contacts->setContacts(nullptr, 0, {}, false);
        m_decisionsModel->setDecisions({}, JurisdictionProfile());
        m_historyModel->setRecords({});
        m_letters->setSession(nullptr);
        m_stack->setCurrentIndex(0);
        return;
    }
    auto client = ClientRepository(*m_session).get(clientId);
    if (!client) {
        emit message(client.error().message, true);
        showClient(0);
        return;
    }
    // A newly chosen client's record is opened: the audit log says who and from which PC.
    // reload() shows the same client again and logs nothing.
    if (clientId != m_client.id) {
        if (Status logged = AccessLog::logRecordOpened(*m_session, clientId); !logged)
            emit message(logged.error().message, true);
    }
    m_client = *client;
    m_name->setText(m_client.fullName());
    const QString id = formatNationalId(m_session->database().jurisdiction(), m_client.nationalId);
    QStringList summary{id, m_client.unitName};
    summary.removeAll(QString());
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_edit->setEnabled(isEditable());
    loadPeople();
    loadDecisions();
    loadHistory();
    m_letters->setSession(m_session, m_client.id);
    m_stack->setCurrentIndex(1);
}

void ClientDetailPanel::reload()
{
    showClient(m_client.id);
}

void ClientDetailPanel::loadPeople()
{
    auto contacts = ClientRepository(*m_session).contacts(m_client.id);
    if (!contacts)
        emit message(contacts.error().message, true);
    const QList<Contact> people = contacts ? *contacts : QList<Contact>();
    m_details->setClient(m_client, people, m_session->database().jurisdiction());
    m_contacts->setContacts(m_session, m_client.id, people, isEditable());
}

void ClientDetailPanel::loadDecisions()
{
    DecisionFilter filter;
    filter.clientId = m_client.id;
    auto decisions = DecisionRepository(*m_session).list(filter);
    if (!decisions)
        emit message(decisions.error().message, true);
    m_decisionsModel->setDecisions(decisions ? *decisions : QList<DecisionSummary>(),
                                   m_session->profile());
}

void ClientDetailPanel::loadHistory()
{
    auto records = AuditTrail::forClient(m_session->database().connection(), m_client.id);
    if (!records)
        emit message(records.error().message, true);
    QList<AuditRecord> changes = records ? *records : QList<AuditRecord>();
    // The history is what was done to the record; who opened it is in the audit log.
    changes.removeIf([](const AuditRecord &record) { return record.action == u"view"; });
    m_historyModel->setRecords(changes);
}

ClientEditor *ClientDetailPanel::openEditor(const Client &client)
{
    if (!m_session)
        return nullptr;
    auto *editor = new ClientEditor(*m_session, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setClient(client);
    connect(editor, &QDialog::accepted, this, [this, editor] { editorSaved(editor); });
    editor->open();
    return editor;
}

void ClientDetailPanel::editorSaved(ClientEditor *editor)
{
    const Client saved = editor->client();
    if (!editor->warnings().isEmpty())
        emit message(tr("%1 was saved, but check: %2")
                         .arg(saved.fullName(), editor->warnings().join(u' ')),
                     false);
    else
        emit message(tr("%1 was saved.").arg(saved.fullName()), false);
    showClient(saved.id);
    emit clientSaved(saved.id);
}

} // namespace fremdrift
