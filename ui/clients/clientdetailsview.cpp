#include "clients/clientdetailsview.h"

#include "domain/nationalid.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fremdrift {

ClientDetailsView::ClientDetailsView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("clientDetails"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    clear();
}

void ClientDetailsView::clear()
{
    setWidget(new QWidget);
}

void ClientDetailsView::setClient(const Client &client,
                                  const QList<Contact> &contacts,
                                  JurisdictionCode jurisdiction)
{
    // Rebuilt for each client: the rows that exist depend on the people around them.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    addPersonal(layout, client, jurisdiction);
    addCare(layout, client, contacts);
    addPeople(layout, contacts);
    addAssessments(layout, client);
    if (!client.notes.isEmpty())
        addRow(addSection(layout, tr("Notes")), QString(), client.notes);
    layout->addStretch(1);
    setWidget(content);
}

QFormLayout *ClientDetailsView::addSection(QVBoxLayout *layout, const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(box);
    return form;
}

void ClientDetailsView::addRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *text = new QLabel(value.isEmpty() ? QStringLiteral("–") : value);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setTextFormat(Qt::PlainText);
    if (label.isEmpty()) {
        form->addRow(text);
        return;
    }
    auto *caption = new QLabel(label);
    caption->setBuddy(text);
    text->setAccessibleName(label);
    form->addRow(caption, text);
}

void ClientDetailsView::addPersonal(QVBoxLayout *layout,
                                    const Client &client,
                                    JurisdictionCode jurisdiction)
{
    QFormLayout *form = addSection(layout, tr("Person"));
    QString id = formatNationalId(jurisdiction, client.nationalId);
    if (const auto kind = parseNationalIdKindKey(client.nationalIdKind))
        id = tr("%1 (%2)").arg(id, nationalIdKindName(*kind));
    addRow(form, tr("National ID:"), id);
    addRow(form, tr("Born:"), date(client.birthDate));
    const QString place = QStringList{client.postalCode, client.city}.join(u' ').trimmed();
    QStringList address{client.addressLine, place};
    address.removeAll(QString());
    addRow(form, tr("Address:"), address.join(QStringLiteral(", ")));
    addRow(form, tr("Phone:"), client.phone);
    addRow(form, tr("E-mail:"), client.email);
}

void ClientDetailsView::addCare(QVBoxLayout *layout,
                                const Client &client,
                                const QList<Contact> &contacts)
{
    QFormLayout *form = addSection(layout, tr("Care"));
    addRow(form, tr("Unit or home:"), client.unitName);
    addRow(form, tr("Caseworker:"), client.caseworkerName);
    addRow(form, tr("Primary contact:"), names(contacts, [](const Contact &c) {
               return c.relation == ContactRelation::PrimaryContact;
           }));
    const QString practice = client.gpPractice.isEmpty()
                                 ? client.gpName
                                 : tr("%1, %2").arg(client.gpName, client.gpPractice);
    addRow(form, tr("GP:"), client.gpPhone.isEmpty()
                                ? practice
                                : tr("%1 (phone %2)").arg(practice, client.gpPhone));
}

void ClientDetailsView::addPeople(QVBoxLayout *layout, const QList<Contact> &contacts)
{
    QFormLayout *form = addSection(layout, tr("Guardian and relatives"));
    addRow(form, tr("Guardian:"), names(contacts, [](const Contact &c) {
               return c.relation == ContactRelation::Guardian;
           }));
    addRow(form, tr("Nearest relative:"), names(contacts, [](const Contact &c) {
               return c.nearestRelative;
           }));
    addRow(form, tr("Letters also to:"), names(contacts, [](const Contact &c) {
               return c.receivesLetters;
           }));
    addRow(form, tr("Responsibility group:"), names(contacts, [](const Contact &c) {
               return c.inResponsibilityGroup;
           }));
    addRow(form, tr("Group coordinator:"), names(contacts, [](const Contact &c) {
               return c.groupCoordinator;
           }));
}

void ClientDetailsView::addAssessments(QVBoxLayout *layout, const Client &client)
{
    QFormLayout *form = addSection(layout, tr("Consent competence and plan"));
    QString consent = consentName(client.consent);
    if (client.consent != ConsentCompetence::NotAssessed && client.consentAssessedOn.isValid())
        consent = client.consentAssessedBy.isEmpty()
                      ? tr("%1, assessed %2").arg(consent, date(client.consentAssessedOn))
                      : tr("%1, assessed %2 by %3")
                            .arg(consent, date(client.consentAssessedOn),
                                 client.consentAssessedBy);
    addRow(form, tr("Consent competence:"), consent);
    addRow(form, tr("Individual plan:"), individualPlanName(client.individualPlan));
    addRow(form, tr("Plan coordinator:"), client.individualPlanCoordinator);
}

QString ClientDetailsView::names(const QList<Contact> &contacts,
                                 const std::function<bool(const Contact &)> &which)
{
    QStringList found;
    for (const Contact &contact : contacts) {
        if (which(contact))
            found << (contact.phone.isEmpty()
                          ? contact.name
                          : tr("%1 (%2)").arg(contact.name, contact.phone));
    }
    return found.join(QStringLiteral("; "));
}

QString ClientDetailsView::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace fremdrift
