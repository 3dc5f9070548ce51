#include "reports/reportspage.h"

#include "documents/accessreport.h"
#include "letters/letterarchiveview.h"
#include "reports/auditlogmodel.h"
#include "repository/clientrepository.h"
#include "storage/database.h"
#include "widgets/optionaldateedit.h"
#include "widgets/readonlylist.h"
#include "workflow/accesslog.h"
#include "workflow/session.h"
#include "widgets/windowhelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int MaxClientMatches = 20;
constexpr int ClientIdRole = Qt::UserRole + 1;

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent)
    , m_model(new AuditLogModel(this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createAuditTab(), tr("&Audit log"));
    m_letters = new LetterArchiveView(this);
    m_letters->layout()->setContentsMargins(0, 8, 0, 0); // as the audit log's tab
    m_tabs->addTab(m_letters, tr("L&etters"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_tabs);
    setSession(nullptr);
}

QWidget *ReportsPage::createAuditTab()
{
    auto *tab = new QWidget(this);
    m_denied = new QLabel(tr("Only administrators can see the audit log."), tab);
    m_denied->setObjectName(QStringLiteral("deniedLabel"));
    m_denied->setWordWrap(true);
    m_denied->setAlignment(Qt::AlignCenter);

    m_auditContent = new QWidget(tab);
    m_view = new QTableView(m_auditContent);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    setUpReadOnlyList(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::DetailColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ReportsPage::updateButtons);

    auto *content = new QVBoxLayout(m_auditContent);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(createFilters(m_auditContent));
    content->addWidget(m_view, 1);
    content->addWidget(createButtons(m_auditContent));

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_denied);
    layout->addWidget(m_auditContent, 1);
    return tab;
}

QWidget *ReportsPage::createFilters(QWidget *parent)
{
    auto *row = new QWidget(parent);
    m_user = new QComboBox(row);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_clientEdit = new QLineEdit(row);
    m_clientEdit->setObjectName(QStringLiteral("clientEdit"));
    m_clientEdit->setPlaceholderText(tr("All clients; type a name to choose one"));
    m_clientEdit->setClearButtonEnabled(true);
    m_clientEdit->setMinimumWidth(220);
    m_clientMatches = new QStandardItemModel(this);
    m_clientCompleter = new QCompleter(m_clientMatches, this);
    // The repository already matched every word typed; the completer must not filter again.
    m_clientCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_clientEdit->setCompleter(m_clientCompleter);
    // Typing again (or clearing) unchooses: the log shows the client named in the box, or all.
    connect(m_clientEdit, &QLineEdit::textEdited, this, &ReportsPage::searchClients);
    connect(m_clientCompleter,
            qOverload<const QModelIndex &>(&QCompleter::activated),
            this,
            [this](const QModelIndex &index) {
                chooseClient(index.data(ClientIdRole).toLongLong());
            });
    connect(m_clientEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_clientId && m_clientMatches->rowCount() == 1)
            chooseClient(m_clientMatches->item(0)->data(ClientIdRole).toLongLong());
    });

    m_from = new OptionalDateEdit(row);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new OptionalDateEdit(row);
    m_to->setObjectName(QStringLiteral("toEdit"));

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Staff:"), m_user, row));
    layout->addWidget(m_user);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("C&lient:"), m_clientEdit, row));
    layout->addWidget(m_clientEdit, 1);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&From:"), m_from, row));
    layout->addWidget(m_from);
    layout->addWidget(buddyLabel(tr("&To:"), m_to, row));
    layout->addWidget(m_to);
    connect(m_user, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    return row;
}

QWidget *ReportsPage::createButtons(QWidget *parent)
{
    auto *row = new QWidget(parent);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_verify = new QPushButton(tr("&Check the chain"), row);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Checks that no row of the audit log was changed, added or removed "
                            "afterwards."));
    m_report = new QPushButton(tr("Access &report…"), row);
    m_report->setObjectName(QStringLiteral("accessReportButton"));
    m_report->setToolTip(tr("Who opened or changed the client's record: for printing."));
    m_savePdf = new QPushButton(tr("Save as &PDF…"), row);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_savePdf->setToolTip(tr("Saves the client's access report as a PDF file."));
    connect(m_verify, &QPushButton::clicked, this, [this] { checkChain(); });
    connect(m_report, &QPushButton::clicked, this, &ReportsPage::showAccessReport);
    connect(m_savePdf, &QPushButton::clicked, this, &ReportsPage::saveAccessReportAs);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_verify);
    layout->addWidget(m_report);
    layout->addWidget(m_savePdf);
    return row;
}

bool ReportsPage::mayAudit() const
{
    return m_session && AccessLog::requireAuditAccess(*m_session).ok();
}

void ReportsPage::setSession(Session *session)
{
    m_session = session;
    setEnabled(session != nullptr);
    const bool allowed = mayAudit();
    // Without a database there is nothing to refuse: the page is simply empty and disabled.
    m_denied->setVisible(session && !allowed);
    m_auditContent->setVisible(!session || allowed);
    m_clientId.reset();
    m_clientEdit->clear();
    m_clientMatches->clear();
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->clear();
        m_to->clear();
    }
    fillUsers();
    reload();
    m_letters->setSession(session);
}

void ReportsPage::refresh(Session *session)
{
    // Another session, or the same one now acting as someone with other rights: start afresh.
    const bool denied = m_session && !mayAudit();
    if (session != m_session || denied != m_denied->isVisibleTo(this)) {
        setSession(session);
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    reload();
    m_view->verticalScrollBar()->setValue(scroll);
    m_letters->reload();
}

void ReportsPage::fillUsers()
{
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    if (!mayAudit())
        return;
    m_user->addItem(tr("Everyone"));
    auto users = m_session->users();
    if (!users) {
        emit message(users.error().message, true);
        return;
    }
    for (const StaffUser &user : std::as_const(*users)) {
        const QString name = user.active ? user.fullName
                                         : tr("%1 (deactivated)").arg(user.fullName);
        m_user->addItem(tr("%1 (%2)").arg(name, user.username), user.id);
    }
}

AuditFilter ReportsPage::filter() const
{
    AuditFilter filter;
    if (const QVariant user = m_user->currentData(); user.isValid())
        filter.userId = user.toLongLong();
    filter.clientId = m_clientId;
    filter.from = m_from->optionalDate();
    filter.to = m_to->optionalDate();
    return filter;
}

void ReportsPage::searchClients(const QString &text)
{
    const bool wasChosen = m_clientId.has_value();
    m_clientId.reset();
    m_clientMatches->clear();
    if (m_session && !text.trimmed().isEmpty()) {
        auto found = ClientRepository(*m_session).search(text, MaxClientMatches);
        if (!found) {
            emit message(found.error().message, true);
        } else {
            for (const ClientSummary &client : std::as_const(*found)) {
                QStringList parts = {client.name};
                if (!client.unitName.isEmpty())
                    parts << client.unitName;
                auto *item = new QStandardItem(parts.join(QStringLiteral(" · ")));
                item->setData(client.id, ClientIdRole);
                m_clientMatches->appendRow(item);
            }
        }
    }
    if (wasChosen)
        reload(); // back to every client until one is chosen
}

void ReportsPage::chooseClient(qint64 clientId)
{
    if (clientId == 0 || !m_session) {
        m_clientId.reset();
        m_clientEdit->clear();
        reload();
        return;
    }
    auto client = ClientRepository(*m_session).get(clientId);
    if (!client) {
        emit message(client.error().message, true);
        return;
    }
    m_clientId = client->id;
    m_clientEdit->setText(client->fullName());
    reload();
}

qint64 ReportsPage::reportClientId() const
{
    if (m_clientId)
        return *m_clientId;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->hasSelection())
        return 0;
    return current.data(AuditLogModel::ClientIdRole).toLongLong();
}

void ReportsPage::reload()
{
    if (!mayAudit()) {
        m_model->setRecords({});
        m_count->clear();
        updateButtons();
        return;
    }
    auto records = AccessLog::search(*m_session, filter());
    if (!records) {
        m_model->setRecords({});
        m_count->clear();
        updateButtons();
        emit message(records.error().message, true);
        return;
    }
    // The clients the rows are about, by name.
    QHash<qint64, QString> names;
    ClientRepository clients(*m_session);
    for (const AuditRecord &record : std::as_const(*records)) {
        if (!record.clientId || names.contains(*record.clientId))
            continue;
        auto client = clients.get(*record.clientId);
        names.insert(*record.clientId,
                     client ? client->fullName() : tr("Client %1").arg(*record.clientId));
    }
    const int count = int(records->size());
    m_model->setRecords(std::move(records).value(), std::move(names));
    m_count->setText(tr("%n row(s), newest first", nullptr, count));
    updateButtons();
}

void ReportsPage::updateButtons()
{
    const bool allowed = mayAudit();
    m_verify->setEnabled(allowed);
    const bool client = allowed && reportClientId() != 0;
    m_report->setEnabled(client);
    m_savePdf->setEnabled(client);
}

std::optional<AuditChainCheck> ReportsPage::checkChain()
{
    if (!m_session)
        return std::nullopt;
    // AuditTrail::verify takes no session and checks nothing: the permission is checked here,
    // through core, first.
    if (Status allowed = AccessLog::requireAuditAccess(*m_session); !allowed) {
        emit message(allowed.error().message, true);
        return std::nullopt;
    }
    auto check = AuditTrail::verify(m_session->database().connection());
    if (!check) {
        emit message(check.error().message, true);
        return std::nullopt;
    }
    if (check->intact) {
        emit message(tr("The audit log's chain holds: none of its %n row(s) was changed, added "
                        "or removed afterwards.",
                        nullptr,
                        int(check->rows)),
                     false);
    } else {
        emit message(tr("The audit log's chain is broken at row %1: a row was changed, added "
                        "or removed afterwards.")
                         .arg(check->firstBrokenId),
                     true);
    }
    return *check;
}

std::optional<AccessReport> ReportsPage::accessReport()
{
    const qint64 clientId = reportClientId();
    if (!m_session || clientId == 0)
        return std::nullopt;
    auto report = AccessLog::accessReport(*m_session, clientId);
    if (!report) {
        emit message(report.error().message, true);
        return std::nullopt;
    }
    return std::move(report).value();
}

void ReportsPage::showAccessReport()
{
    const auto report = accessReport();
    if (!report)
        return;
    const std::unique_ptr<QTextDocument> document = AccessReportDocument::document(*report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Access report for %1").arg(report->clientName));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Access report for %1").arg(report->clientName));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *target) {
        document->print(target);
    });
    preview.exec();
}

bool ReportsPage::savePdf(const QString &path)
{
    const auto report = accessReport();
    if (!report)
        return false;
    if (Status written = AccessReportDocument::writePdf(*report, path); !written) {
        emit message(written.error().message, true);
        return false;
    }
    emit message(tr("The access report is in %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ReportsPage::saveAccessReportAs()
{
    const auto report = accessReport();
    if (!report)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("Access report %1.pdf").arg(report->clientName);
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save the access report"),
                                                      QDir(folder).filePath(suggested),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    savePdf(path);
}

} // namespace fremdrift
