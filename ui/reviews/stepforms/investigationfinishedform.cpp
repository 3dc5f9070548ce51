#include "reviews/stepforms/investigationfinishedform.h"

#include "domain/json.h"
#include "reviews/stepforms/estimatespanel.h"
#include "reviews/stepforms/formwidgets.h"
#include "widgets/optionaldateedit.h"
#include "workflow/stepforms.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fremdrift {

InvestigationFinishedForm::InvestigationFinishedForm(const JurisdictionProfile &profile,
                                                     QWidget *parent)
    : StepForm(parent)
    , m_estimates(new EstimatesPanel(profile, this))
    , m_recommendation(newTextEdit(this, QStringLiteral("recommendation"), 4))
{
    connect(m_estimates, &EstimatesPanel::changed, this, &StepForm::changed);
    auto *estimatesBox = new QGroupBox(tr("Estimated hours a week for each service"), this);
    auto *estimatesLayout = new QVBoxLayout(estimatesBox);
    estimatesLayout->addWidget(m_estimates);
    auto *recommendation = newFormLayout();
    recommendation->addRow(tr("&Recommendation:"), m_recommendation);
    QWidget *discussions = createDiscussions();
    m_primaryContactInformed = new OptionalDateEdit(this);
    m_primaryContactInformed->setObjectName(QStringLiteral("primaryContactInformedOn"));
    m_actionPlanUpdated = new OptionalDateEdit(this);
    m_actionPlanUpdated->setObjectName(QStringLiteral("actionPlanUpdatedOn"));
    auto *dates = newFormLayout();
    dates->addRow(tr("Primary contact contacted on:"), m_primaryContactInformed);
    dates->addRow(tr("Action plan updated on:"), m_actionPlanUpdated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(estimatesBox);
    layout->addLayout(recommendation);
    layout->addWidget(discussions);
    layout->addLayout(dates);
    layout->addStretch(1);

    m_estimates->addFields(m_marker);
    m_marker.add(QStringLiteral("recommendation"), m_recommendation);
    m_marker.add(QStringLiteral("primary_contact_informed_on"), m_primaryContactInformed);
    m_marker.add(QStringLiteral("action_plan_updated_on"), m_actionPlanUpdated);
    watchInputs();
}

// Seed 000: the decision is discussed with the unit leader and the department leader before
// approval; who and when is recorded.
QWidget *InvestigationFinishedForm::createDiscussions()
{
    auto *box = new QGroupBox(tr("Discussed before approval"), this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("With"), box), 0, 1);
    grid->addWidget(new QLabel(tr("On"), box), 0, 2);
    const std::pair<QString, QString> roles[] = {
        {QStringLiteral("unit_leader"), tr("Unit leader:")},
        {QStringLiteral("department_leader"), tr("Department leader:")},
    };
    for (const auto &[role, label] : roles) {
        Discussion discussion{role, new QLineEdit(box), new OptionalDateEdit(box)};
        discussion.name->setObjectName(QStringLiteral("discussedWith_") + role);
        discussion.on->setObjectName(QStringLiteral("discussedOn_") + role);
        const int row = grid->rowCount();
        auto *caption = new QLabel(label, box);
        caption->setBuddy(discussion.name);
        grid->addWidget(caption, row, 0);
        grid->addWidget(discussion.name, row, 1);
        grid->addWidget(discussion.on, row, 2);
        // A problem with either names the discussion as a whole: mark the name.
        m_marker.add(QStringLiteral("discussed.") + role, discussion.name);
        m_discussions << discussion;
    }
    grid->setColumnStretch(1, 1);
    return box;
}

void InvestigationFinishedForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_estimates->load(step.form.value(form::estimates).toArray(), context.previousDecision);
    m_recommendation->setPlainText(step.form.value(form::recommendation).toString());
    for (const Discussion &discussion : std::as_const(m_discussions)) {
        discussion.name->clear();
        discussion.on->clear();
        for (const QJsonValue &value : step.form.value(form::discussed).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"role").toString() != discussion.role)
                continue;
            discussion.name->setText(entry.value(u"name").toString());
            discussion.on->setOptionalDate(dateFromIso(entry.value(u"on").toString()));
        }
    }
    m_primaryContactInformed->setOptionalDate(
        dateFromIso(step.form.value(form::primaryContactInformedOn).toString()));
    m_actionPlanUpdated->setOptionalDate(
        dateFromIso(step.form.value(form::actionPlanUpdatedOn).toString()));
    StepForm::load(step, context);
}

QJsonObject InvestigationFinishedForm::form() const
{
    QJsonObject form = StepForm::form();
    form.insert(form::estimates, m_estimates->value());
    form.insert(form::recommendation, m_recommendation->toPlainText().trimmed());
    QJsonArray discussed;
    for (const Discussion &discussion : m_discussions) {
        const QString name = discussion.name->text().trimmed();
        const QDate on = discussion.on->optionalDate();
        if (!name.isEmpty() || on.isValid())
            discussed.append(QJsonObject{{QStringLiteral("role"), discussion.role},
                                         {QStringLiteral("name"), name},
                                         {QStringLiteral("on"), jsonDate(on)}});
    }
    form.insert(form::discussed, discussed);
    form.insert(form::primaryContactInformedOn, jsonDate(m_primaryContactInformed->optionalDate()));
    form.insert(form::actionPlanUpdatedOn, jsonDate(m_actionPlanUpdated->optionalDate()));
    return form;
}

QWidget *InvestigationFinishedForm::fieldWidget(const QString &field) const
{
    if (QWidget *cell = m_estimates->fieldWidget(field))
        return cell;
    return StepForm::fieldWidget(field);
}

QLineEdit *InvestigationFinishedForm::discussedWithEdit(const QString &role) const
{
    const Discussion *found = discussion(role);
    return found ? found->name : nullptr;
}

OptionalDateEdit *InvestigationFinishedForm::discussedOnEdit(const QString &role) const
{
    const Discussion *found = discussion(role);
    return found ? found->on : nullptr;
}

const InvestigationFinishedForm::Discussion *
InvestigationFinishedForm::discussion(const QString &role) const
{
    for (const Discussion &discussion : m_discussions) {
        if (discussion.role == role)
            return &discussion;
    }
    return nullptr;
}

} // namespace fremdrift
