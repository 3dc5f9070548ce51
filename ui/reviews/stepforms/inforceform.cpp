#include "reviews/stepforms/inforceform.h"

#include "decisions/decisionformat.h"
#include "domain/json.h"
#include "reviews/stepforms/formwidgets.h"
#include "widgets/optionaldateedit.h"
#include "workflow/decisionworkflow.h"
#include "workflow/stepforms.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

InForceForm::InForceForm(QWidget *parent)
    : StepForm(parent)
    , m_decision(new QLabel(this))
    , m_putInForce(new QPushButton(tr("&Put in force"), this))
{
    m_decision->setObjectName(QStringLiteral("newDecision"));
    m_decision->setWordWrap(true);
    m_putInForce->setObjectName(QStringLiteral("putInForce"));
    connect(m_putInForce, &QPushButton::clicked, this,
            [this] { emit actionRequested(StepAction::PutInForce); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_putInForce);
    buttons->addStretch(1);
    auto *dates = newFormLayout();
    const std::pair<QString, QString> fields[] = {
        {QString::fromUtf16(form::departmentLeaderInformedOn), tr("Department leader informed on:")},
        {QString::fromUtf16(form::primaryContactInformedOn), tr("Primary contact informed on:")},
        {QString::fromUtf16(form::actionPlanUpdatedOn), tr("Action plan updated on:")},
        {QString::fromUtf16(form::careRecordUpdatedOn), tr("Care record updated on:")},
    };
    for (const auto &[key, label] : fields) {
        auto *edit = new OptionalDateEdit(this);
        edit->setObjectName(key);
        dates->addRow(label, edit);
        m_dates.append({key, edit});
        m_marker.add(key, edit);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
    layout->addLayout(dates);
    layout->addStretch(1);
    m_marker.add(QStringLiteral("new_decision"), m_decision);
    watchInputs();
}

void InForceForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_decision->setText(decisionText(context));
    for (const auto &[key, edit] : std::as_const(m_dates))
        edit->setOptionalDate(dateFromIso(step.form.value(key).toString()));
    StepForm::load(step, context);
    updateButton(context);
}

QString InForceForm::decisionText(const StepFormContext &context) const
{
    const QString word = legalTerm(*context.profile, QStringLiteral("decision")).toLower();
    if (!context.newDecision)
        return tr("No new %1 has been written yet.").arg(word);
    const Decision &decision = *context.newDecision;
    const QString deadline = legalTerm(*context.profile, QStringLiteral("complaint_deadline"));
    if (decision.status == DecisionStatus::InForce)
        return tr("New %1 %2: in force from %3.")
            .arg(word, decision.reference, formatDate(decision.inForceOn));
    if (!decision.complaintDeadline.isValid())
        return tr("New %1 %2 is \"%3\": it is put in force after it has been sent and its %4 "
                  "has passed.")
            .arg(word, decision.reference, statusName(decision.status), deadline.toLower());
    return tr("New %1 %2 is \"%3\". %4: %5. It can be put in force here or on the decisions page "
              "once that has passed.")
        .arg(word, decision.reference, statusName(decision.status), deadline,
             formatDate(decision.complaintDeadline));
}

// Before the complaint deadline the decision goes in force only with a reason, which the
// window asks for; the rules of the decision's life say why it would have to wait.
void InForceForm::updateButton(const StepFormContext &context)
{
    const bool sent = context.newDecision && context.newDecision->status == DecisionStatus::Sent;
    m_putInForce->setVisible(sent);
    if (!sent)
        return;
    QStringList reasons;
    for (const FieldProblem &problem : checkAction(*context.newDecision, DecisionAction::PutInForce,
                                                   {}, context.user, *context.profile,
                                                   context.today))
        reasons << problem.message;
    m_putInForce->setEnabled(context.editable);
    m_putInForce->setText(reasons.isEmpty() ? tr("&Put in force") : tr("&Put in force early…"));
    m_putInForce->setToolTip(reasons.join(u'\n'));
}

QJsonObject InForceForm::form() const
{
    QJsonObject form = StepForm::form();
    for (const auto &[key, edit] : m_dates)
        form.insert(key, jsonDate(edit->optionalDate()));
    return form;
}

OptionalDateEdit *InForceForm::dateEdit(const QString &key) const
{
    for (const auto &[name, edit] : m_dates) {
        if (name == key)
            return edit;
    }
    return nullptr;
}

} // namespace fremdrift
