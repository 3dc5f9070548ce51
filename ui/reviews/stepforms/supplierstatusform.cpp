#include "reviews/stepforms/supplierstatusform.h"

#include "domain/json.h"
#include "widgets/optionaldateedit.h"
#include "workflow/stepforms.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace fremdrift {

SupplierStatusForm::SupplierStatusForm(QWidget *parent)
    : StepForm(parent)
    , m_receivedOn(new OptionalDateEdit(this))
    , m_summary(new QPlainTextEdit(this))
{
    m_receivedOn->setObjectName(QStringLiteral("receivedOn"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(120);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("Status &received on:"), m_receivedOn);
    layout->addRow(tr("&Summary:"), m_summary);
    m_marker.add(QStringLiteral("received_on"), m_receivedOn);
    m_marker.add(QStringLiteral("summary"), m_summary);
    watchInputs();
}

void SupplierStatusForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_receivedOn->setOptionalDate(dateFromIso(step.form.value(form::receivedOn).toString()));
    m_summary->setPlainText(step.form.value(form::summary).toString());
    StepForm::load(step, context);
}

QJsonObject SupplierStatusForm::form() const
{
    QJsonObject form = StepForm::form();
    form.insert(form::receivedOn, jsonDate(m_receivedOn->optionalDate()));
    form.insert(form::summary, m_summary->toPlainText().trimmed());
    return form;
}

} // namespace fremdrift
