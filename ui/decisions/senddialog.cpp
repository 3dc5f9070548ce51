#include "decisions/senddialog.h"
#include "ui_senddialog.h"

#include "decisions/decisionformat.h"
#include "workflow/session.h"

#include <QPushButton>

namespace fremdrift {

SendDialog::SendDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    for (SendMethod method : {SendMethod::Post, SendMethod::Digital, SendMethod::Hand})
        m_ui->methodCombo->addItem(sendMethodName(method), int(method));
    const QDate today = session.today();
    m_ui->sentOnEdit->setMaximumDate(today);
    m_ui->sentOnEdit->setDate(today);
    m_ui->receivedOnEdit->setDate(today);
    m_ui->errorLabel->hide();
    m_ui->consequenceLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #f3f6f9; border: 1px solid #c9d3dd; "
                       "border-radius: 4px; padding: 8px; color: #1f1f1f; }"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(actionName(DecisionAction::Send));
    setWindowTitle(actionName(DecisionAction::Send));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SendDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SendDialog::reject);
    connect(m_ui->givenRadio, &QRadioButton::toggled, m_ui->receivedOnEdit, &QWidget::setEnabled);
    connect(m_ui->givenRadio, &QRadioButton::toggled, this, &SendDialog::updateConsequences);
    connect(m_ui->sentOnEdit, &QDateEdit::dateChanged, this, &SendDialog::updateConsequences);
    connect(m_ui->receivedOnEdit, &QDateEdit::dateChanged, this, &SendDialog::updateConsequences);
    connect(
        m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &SendDialog::updateConsequences);
    updateConsequences();
}

SendDialog::~SendDialog() = default;

void SendDialog::setSentOn(const QDate &date)
{
    m_ui->sentOnEdit->setDate(date);
}

void SendDialog::setMethod(SendMethod method)
{
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(int(method)));
}

void SendDialog::setReceivedOn(const QDate &date)
{
    if (date.isValid())
        m_ui->receivedOnEdit->setDate(date);
    (date.isValid() ? m_ui->givenRadio : m_ui->assumedRadio)->setChecked(true);
}

ActionInput SendDialog::input() const
{
    ActionInput input;
    input.date = m_ui->sentOnEdit->date();
    input.method = SendMethod(m_ui->methodCombo->currentData().toInt());
    if (m_ui->givenRadio->isChecked())
        input.receivedOn = m_ui->receivedOnEdit->date();
    return input;
}

QDate SendDialog::receivedOn() const
{
    const ActionInput given = input();
    return given.receivedOn.isValid()
               ? given.receivedOn
               : m_session.calendar().assumedReceipt(given.date, *given.method);
}

QDate SendDialog::complaintDeadline() const
{
    return m_session.calendar().complaintDeadline(receivedOn());
}

QDate SendDialog::inForceOn() const
{
    // As applyAction() sets it: the day after the complaint deadline.
    return complaintDeadline().addDays(1);
}

QString SendDialog::problem() const
{
    const ActionInput given = input();
    if (given.date > m_session.today())
        return tr("The date sent cannot be in the future.");
    if (given.receivedOn.isValid() && given.receivedOn < given.date)
        return tr("It cannot have been received before it was sent.");
    return {};
}

void SendDialog::updateConsequences()
{
    const QString problemText = problem();
    m_ui->errorLabel->setText(problemText);
    m_ui->errorLabel->setVisible(!problemText.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problemText.isEmpty());
    if (!problemText.isEmpty()) {
        m_ui->consequenceLabel->clear();
        return;
    }
    const QString received = m_ui->givenRadio->isChecked()
                                 ? tr("Received on %1.").arg(formatDate(receivedOn()))
                                 : tr("Assumed received on %1.").arg(formatDate(receivedOn()));
    m_ui->consequenceLabel->setText(
        received + u' '
        + tr("%1: %2 (%3). In force from %4.")
              .arg(legalTerm(m_session.profile(), QStringLiteral("complaint_deadline")),
                   formatDate(complaintDeadline()),
                   m_session.profile().complaint.law,
                   formatDate(inForceOn())));
}

void SendDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

std::optional<ActionInput> SendDialog::ask(const Session &session, QWidget *parent)
{
    SendDialog dialog(session, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.input();
}

} // namespace fremdrift
