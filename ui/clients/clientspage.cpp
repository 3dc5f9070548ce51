#include "clients/clientspage.h"

#include "clients/clientdetailpanel.h"
#include "clients/clientlistmodel.h"
#include "repository/clientrepository.h"
#include "storage/database.h"
#include "widgets/readonlylist.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

// More than this is not a list anyone reads: they type another letter.
constexpr int SearchLimit = 500;

} // namespace

ClientsPage::ClientsPage(QWidget *parent)
    : Page(parent)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_newClient(new QPushButton(tr("&New client…"), this))
    , m_model(new ClientListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new ClientDetailPanel(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListSide());
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &ClientsPage::runSearch);
    connect(m_newClient, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(m_detail, &ClientDetailPanel::message, this, &Page::message);
    connect(m_detail, &ClientDetailPanel::clientSaved, this, &ClientsPage::clientSaved);
    connect(m_detail, &ClientDetailPanel::openDecisionRequested, this,
            &ClientsPage::openDecisionRequested);
    setSession(nullptr);
}

QWidget *ClientsPage::createListSide()
{
    auto *side = new QWidget(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name, national ID or unit"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_search->setToolTip(tr("Search (%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));
    m_count->setObjectName(QStringLiteral("clientCount"));
    m_newClient->setObjectName(QStringLiteral("newClientButton"));
    configureTable();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_newClient);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    return side;
}

void ClientsPage::configureTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClientListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientListModel::NameColumn, Qt::AscendingOrder);
    setUpReadOnlyList(m_table);
    m_table->setAccessibleName(tr("Clients"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Name, ID and birth date fit their contents; unit and caseworker take what is left and
    // can be widened (the list scrolls sideways then).
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClientListModel::UnitColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ClientListModel::CaseworkerColumn, QHeaderView::Interactive);
    header->resizeSection(ClientListModel::UnitColumn, 140);
    header->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::currentRowChanged);
    // The search field's Down arrow goes on into the list.
    setTabOrder(m_search, m_table);
}

void ClientsPage::setSession(Session *session)
{
    m_session = session;
    m_search->setEnabled(session);
    m_detail->setSession(session);
    const bool editable = session && !session->database().isReadOnly()
                          && roleAllows(session->user().role, Permission::EditCases);
    m_newClient->setEnabled(editable);
    runSearch();
}

void ClientsPage::refresh(Session *session)
{
    if (session != m_session) {
        setSession(session);
        return;
    }
    if (!m_session)
        return;
    const int scroll = m_table->verticalScrollBar()->value();
    const qint64 selected = currentClientId();
    runSearch();
    // Another PC may have changed the chosen client too. An open editor keeps its own copy; a
    // save over someone else's change is caught by the record's version.
    if (selected != 0 && currentClientId() == selected)
        m_detail->reload();
    m_table->verticalScrollBar()->setValue(scroll);
}

void ClientsPage::runSearch()
{
    const qint64 selected = currentClientId();
    if (!m_session) {
        m_model->setClients({}, JurisdictionCode::Norway);
        m_count->setText(tr("No database is open"));
        m_detail->showClient(0);
        return;
    }
    auto found = ClientRepository(*m_session).search(m_search->text(), SearchLimit);
    if (!found) {
        emit message(found.error().message, true);
        return;
    }
    m_model->setClients(*found, m_session->database().jurisdiction());
    updateCount();
    // Typing on keeps the client in view when they still match.
    if (selected == 0 || !selectClient(selected))
        m_detail->showClient(0);
}

void ClientsPage::updateCount()
{
    const int shown = m_model->rowCount();
    if (shown >= SearchLimit)
        m_count->setText(tr("The first %n clients; type more to narrow the list.", nullptr,
                            shown));
    else
        m_count->setText(tr("%n client(s)", nullptr, shown));
}

bool ClientsPage::selectClient(qint64 clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (m_detail->clientId() != clientId)
        m_detail->showClient(clientId);
    return true;
}

qint64 ClientsPage::currentClientId() const
{
    return m_detail->clientId();
}

void ClientsPage::currentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(ClientListModel::IdRole).toLongLong() : 0;
    if (id != m_detail->clientId())
        m_detail->showClient(id);
}

void ClientsPage::newClient()
{
    if (!m_session)
        return;
    Client client;
    if (m_session->user().role == Role::Caseworker)
        client.caseworkerId = m_session->user().id;
    m_detail->openEditor(client);
}

void ClientsPage::clientSaved(qint64 clientId)
{
    runSearch();
    // A new client may not match what is typed: show them anyway.
    if (!selectClient(clientId)) {
        m_search->clear();
        selectClient(clientId);
    }
}

} // namespace fremdrift
