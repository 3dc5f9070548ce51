#include "decisions/newdecisiondialog.h"
#include "ui_newdecisiondialog.h"

#include "decisions/decisionformat.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "workflow/session.h"

#include <QCompleter>
#include <QPushButton>
#include <QStandardItemModel>

#include <utility>

namespace fremdrift {

namespace {

constexpr int ClientIdRole = Qt::UserRole + 1;
constexpr int ClientNameRole = Qt::UserRole + 2;
constexpr int MaxMatches = 30;

} // namespace

NewDecisionDialog::NewDecisionDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewDecisionDialog>())
    , m_session(session)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    m_ui->setupUi(this);
    // The repository already matched every word typed; the completer must not filter again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->clientEdit->setCompleter(m_completer);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create draft"));

    connect(m_ui->clientEdit, &QLineEdit::textEdited, this, &NewDecisionDialog::search);
    connect(m_completer,
            qOverload<const QModelIndex &>(&QCompleter::activated),
            this,
            [this](const QModelIndex &index) {
                chooseClient(index.data(ClientIdRole).toLongLong(),
                             index.data(ClientNameRole).toString());
            });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewDecisionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewDecisionDialog::reject);
    chooseClient(0, {});
}

NewDecisionDialog::~NewDecisionDialog() = default;

void NewDecisionDialog::search(const QString &text)
{
    // Typing again unchooses: what is in the box must be whom the decision is for.
    if (m_clientId != 0)
        chooseClient(0, {});
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    auto found = ClientRepository(m_session).search(text, MaxMatches);
    if (!found) {
        m_ui->chosenLabel->setText(found.error().message);
        return;
    }
    for (const ClientSummary &client : std::as_const(*found)) {
        QStringList parts = {client.name};
        if (!client.unitName.isEmpty())
            parts << client.unitName;
        if (!client.nationalId.isEmpty())
            parts << client.nationalId;
        auto *item = new QStandardItem(parts.join(QStringLiteral(" · ")));
        item->setData(client.id, ClientIdRole);
        item->setData(client.name, ClientNameRole);
        m_matches->appendRow(item);
    }
    if (found->isEmpty())
        m_ui->chosenLabel->setText(tr("No client matches."));
}

void NewDecisionDialog::setClient(qint64 clientId)
{
    auto client = ClientRepository(m_session).get(clientId);
    if (!client) {
        m_ui->chosenLabel->setText(client.error().message);
        return;
    }
    m_ui->clientEdit->setText(client->fullName());
    chooseClient(client->id, client->fullName());
}

void NewDecisionDialog::chooseClient(qint64 clientId, const QString &name)
{
    m_clientId = clientId;
    m_ui->chosenLabel->setText(clientId ? tr("For %1.").arg(name)
                                        : tr("Choose the client from the list that appears as "
                                             "you type."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(clientId != 0);
    fillReplaceable();
}

void NewDecisionDialog::fillReplaceable()
{
    m_ui->replacesCombo->clear();
    m_ui->replacesCombo->addItem(tr("Nothing: a first decision"));
    if (m_clientId == 0) {
        m_ui->replacesCombo->setEnabled(false);
        return;
    }
    DecisionFilter filter;
    filter.clientId = m_clientId;
    auto decisions = DecisionRepository(m_session).list(filter);
    if (!decisions)
        return;
    int preferred = 0;
    for (const DecisionSummary &decision : std::as_const(*decisions)) {
        // Only a decision that still applies can be replaced.
        if (decision.status != DecisionStatus::InForce && decision.status != DecisionStatus::Sent
            && decision.status != DecisionStatus::Approved)
            continue;
        m_ui->replacesCombo->addItem(tr("%1 (%2, from %3)")
                                         .arg(decision.reference,
                                              statusName(decision.status),
                                              formatDate(decision.validFrom)),
                                     decision.id);
        if (decision.status == DecisionStatus::InForce || preferred == 0)
            preferred = m_ui->replacesCombo->count() - 1;
    }
    m_ui->replacesCombo->setCurrentIndex(preferred);
    m_ui->replacesCombo->setEnabled(m_ui->replacesCombo->count() > 1);
}

std::optional<qint64> NewDecisionDialog::replacesDecisionId() const
{
    const QVariant id = m_ui->replacesCombo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void NewDecisionDialog::setReplacesDecisionId(std::optional<qint64> decisionId)
{
    const int index = decisionId ? m_ui->replacesCombo->findData(*decisionId) : 0;
    if (index >= 0)
        m_ui->replacesCombo->setCurrentIndex(index);
}

std::optional<NewDecisionDialog::Choice> NewDecisionDialog::ask(Session &session, QWidget *parent)
{
    NewDecisionDialog dialog(session, parent);
    if (!run(dialog) || dialog.clientId() == 0)
        return std::nullopt;
    return Choice{dialog.clientId(), dialog.replacesDecisionId()};
}

} // namespace fremdrift
