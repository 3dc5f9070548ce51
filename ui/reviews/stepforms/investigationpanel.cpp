#include "reviews/stepforms/investigationpanel.h"

#include "reviews/stepforms/formwidgets.h"
#include "reviews/stepforms/stepform.h"
#include "workflow/stepforms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fremdrift {

namespace {

const QString consentKeyName = QStringLiteral("consent_competence");
const QString planKeyName = QStringLiteral("individual_plan");
const QString lifeAreasKey = QStringLiteral("life_areas");

QString label(const QString &key)
{
    return InvestigationPanel::tr("%1:").arg(investigationFieldName(key));
}

} // namespace

// The fields are made in the order they are shown: the Tab key follows.
InvestigationPanel::InvestigationPanel(QWidget *parent)
    : QWidget(parent)
    , m_consent(new QComboBox(this))
{
    m_consent->setObjectName(consentKeyName);
    m_consent->addItem(tr("Not assessed"), QString());
    for (ConsentCompetence value :
         {ConsentCompetence::Full, ConsentCompetence::Partial, ConsentCompetence::None})
        m_consent->addItem(consentName(value), consentKey(value));
    auto *layout = newFormLayout(this);
    layout->addRow(label(consentKeyName), m_consent);
    addLine(layout, QStringLiteral("consent_assessed_by"));
    addText(layout, QStringLiteral("user_participation"));
    addText(layout, QStringLiteral("relatives_participation"));
    layout->addRow(createLifeAreas());
    addText(layout, QStringLiteral("own_needs_wishes_goals"));
    addLine(layout, QStringLiteral("gp"));
    addLine(layout, QStringLiteral("nearest_relative"));
    m_individualPlan = new QComboBox(this);
    m_individualPlan->setObjectName(planKeyName);
    m_individualPlan->addItem(tr("Not assessed"), QString());
    for (IndividualPlan value : {IndividualPlan::Yes, IndividualPlan::No, IndividualPlan::Needed})
        m_individualPlan->addItem(individualPlanName(value), individualPlanKey(value));
    layout->addRow(label(planKeyName), m_individualPlan);
}

void InvestigationPanel::addLine(QFormLayout *layout, const QString &key)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    m_lines.insert(key, edit);
    layout->addRow(label(key), edit);
}

void InvestigationPanel::addText(QFormLayout *layout, const QString &key)
{
    auto *edit = newTextEdit(this, key, 3);
    m_texts.insert(key, edit);
    layout->addRow(label(key), edit);
}

QWidget *InvestigationPanel::createLifeAreas()
{
    auto *box = new QGroupBox(investigationFieldName(lifeAreasKey), this);
    box->setObjectName(lifeAreasKey);
    auto *layout = newFormLayout(box);
    for (const QString &area : lifeAreaIds()) {
        auto *edit = newTextEdit(box, QStringLiteral("life_area_") + area, 2);
        m_areas.insert(area, edit);
        layout->addRow(tr("%1:").arg(lifeAreaName(area)), edit);
    }
    return box;
}

void InvestigationPanel::load(const QJsonObject &investigation, const StepFormContext &context)
{
    m_consent->setCurrentIndex(qMax(0, m_consent->findData(investigation.value(consentKeyName).toString())));
    m_individualPlan->setCurrentIndex(
        qMax(0, m_individualPlan->findData(investigation.value(planKeyName).toString())));
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(investigation.value(it.key()).toString());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        it.value()->setPlainText(investigation.value(it.key()).toString());
    const QJsonObject areas = investigation.value(lifeAreasKey).toObject();
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it)
        it.value()->setPlainText(areas.value(it.key()).toString());
    if (investigation.isEmpty())
        prefill(context);
}

// The client's record already knows some of it; the caseworker checks it with the person.
void InvestigationPanel::prefill(const StepFormContext &context)
{
    const Client &client = context.client;
    if (client.consent != ConsentCompetence::NotAssessed) {
        m_consent->setCurrentIndex(qMax(0, m_consent->findData(consentKey(client.consent))));
        m_lines.value(QStringLiteral("consent_assessed_by"))->setText(client.consentAssessedBy);
    }
    QStringList gp = {client.gpName.trimmed(), client.gpPractice.trimmed()};
    gp.removeAll(QString());
    m_lines.value(QStringLiteral("gp"))->setText(gp.join(QStringLiteral(", ")));
    for (const Contact &contact : context.contacts) {
        if (contact.nearestRelative)
            m_lines.value(QStringLiteral("nearest_relative"))->setText(contact.name);
    }
}

QJsonObject InvestigationPanel::value() const
{
    QJsonObject investigation;
    investigation.insert(consentKeyName, m_consent->currentData().toString());
    investigation.insert(planKeyName, m_individualPlan->currentData().toString());
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        investigation.insert(it.key(), it.value()->text().trimmed());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        investigation.insert(it.key(), it.value()->toPlainText().trimmed());
    QJsonObject areas;
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it)
        areas.insert(it.key(), it.value()->toPlainText().trimmed());
    investigation.insert(lifeAreasKey, areas);
    return investigation;
}

void InvestigationPanel::addFields(FieldProblemMarker &marker) const
{
    const QString prefix = QStringLiteral("investigation.");
    marker.add(prefix + consentKeyName, m_consent);
    marker.add(prefix + planKeyName, m_individualPlan);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        marker.add(prefix + it.key(), it.value());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        marker.add(prefix + it.key(), it.value());
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it)
        marker.add(prefix + lifeAreasKey + u'.' + it.key(), it.value());
}

} // namespace fremdrift
