#include "reviews/stepforms/prenoticeform.h"

#include "domain/json.h"
#include "workflow/stepforms.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QJsonObject recipient(const QString &name, const QString &role, std::optional<qint64> contactId)
{
    QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("role"), role}};
    if (contactId)
        object.insert(QStringLiteral("contact_id"), *contactId);
    return object;
}

// The same person: the same contact, else the same role and name (an issued letter records
// its recipients by name and role only).
bool samePerson(const QJsonObject &a, const QJsonObject &b)
{
    const QString id = QStringLiteral("contact_id");
    if (a.contains(id) && b.contains(id))
        return a.value(id).toInteger() == b.value(id).toInteger();
    return a.value(u"role") == b.value(u"role") && a.value(u"name") == b.value(u"name");
}

} // namespace

PreNoticeForm::PreNoticeForm(QWidget *parent)
    : StepForm(parent)
    , m_sentOn(new OptionalDateEdit(this))
    , m_method(new QComboBox(this))
    , m_recipients(new QListWidget(this))
    , m_write(new QPushButton(tr("&Write pre-notice…"), this))
{
    m_sentOn->setObjectName(QStringLiteral("sentOn"));
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("Not given"), QString());
    for (SendMethod method : {SendMethod::Post, SendMethod::Digital, SendMethod::Hand})
        m_method->addItem(sendMethodName(method), sendMethodKey(method));
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setMinimumHeight(90);
    m_recipients->setMaximumHeight(160); // the client and a few people around them

    m_write->setObjectName(QStringLiteral("writePreNoticeButton"));
    m_write->setToolTip(tr("Writes the letter from the office's template, shows it, and issues "
                           "it into the archive"));
    keepEnabled(m_write); // a read-only user may still look at the letter
    connect(m_write, &QPushButton::clicked, this,
            [this] { emit actionRequested(StepAction::WritePreNotice); });
    auto *note = new QLabel(tr("Issuing the letter fills in when, how and to whom it was sent, "
                               "and completes this step. A pre-notice sent some other way is "
                               "recorded here by hand."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // a quiet note, not a field

    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("&Sent on:"), m_sentOn);
    fields->addRow(tr("Sent &how:"), m_method);
    fields->addRow(tr("Sent &to:"), m_recipients);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(m_write, 0, Qt::AlignLeft);
    layout->addWidget(note);
    layout->addStretch(1);

    m_marker.add(QStringLiteral("sent_on"), m_sentOn);
    m_marker.add(QStringLiteral("method"), m_method);
    m_marker.add(QStringLiteral("recipients"), m_recipients);
    watchInputs();
}

void PreNoticeForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_sentOn->setOptionalDate(dateFromIso(step.form.value(form::sentOn).toString()));
    m_method->setCurrentIndex(qMax(0, m_method->findData(step.form.value(form::method).toString())));
    fillRecipients(step.form.value(form::recipients).toArray(), context);
    StepForm::load(step, context);
}

// The client and their guardians and relatives, ticked as recorded; someone recorded who is no
// longer among the client's people stays, ticked.
void PreNoticeForm::fillRecipients(const QJsonArray &chosen, const StepFormContext &context)
{
    m_recipients->clear();
    QList<QJsonObject> candidates;
    if (context.client.id != 0)
        candidates << recipient(context.client.fullName(), QStringLiteral("client"), {});
    for (const Contact &contact : context.contacts) {
        if (contact.relation == ContactRelation::Guardian)
            candidates << recipient(contact.name, QStringLiteral("guardian"), contact.id);
        else if (contact.relation == ContactRelation::Relative)
            candidates << recipient(contact.name, QStringLiteral("relative"), contact.id);
    }
    QList<QJsonObject> remaining;
    for (const QJsonValue &value : chosen)
        remaining << value.toObject();
    for (const QJsonObject &candidate : std::as_const(candidates)) {
        const auto it = std::find_if(remaining.begin(), remaining.end(),
                                     [&](const QJsonObject &r) { return samePerson(r, candidate); });
        const bool checked = it != remaining.end();
        if (checked)
            remaining.erase(it);
        addRecipient(candidate, checked);
    }
    for (const QJsonObject &other : std::as_const(remaining))
        addRecipient(other, true);
}

void PreNoticeForm::addRecipient(const QJsonObject &recipient, bool checked)
{
    auto *item = new QListWidgetItem(tr("%1 (%2)").arg(recipient.value(u"name").toString(),
                                                       participantRoleName(recipient.value(u"role").toString())),
                                     m_recipients);
    item->setData(Qt::UserRole, recipient);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QJsonObject PreNoticeForm::form() const
{
    QJsonObject form = StepForm::form();
    form.insert(form::sentOn, jsonDate(m_sentOn->optionalDate()));
    form.insert(form::method, m_method->currentData().toString());
    QJsonArray recipients;
    for (int row = 0; row < m_recipients->count(); ++row) {
        const QListWidgetItem *item = m_recipients->item(row);
        if (item->checkState() == Qt::Checked)
            recipients.append(item->data(Qt::UserRole).toJsonObject());
    }
    form.insert(form::recipients, recipients);
    return form;
}

} // namespace fremdrift
