#include "plans/chooseplandialog.h"

#include "decisions/decisionformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

ChoosePlanDialog::ChoosePlanDialog(const QList<PlanSummary> &plans, const QString &what,
                                   QWidget *parent)
    : QDialog(parent)
    , m_plans(new QComboBox(this))
{
    setWindowTitle(tr("Add to plan"));
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    m_plans->setObjectName(QStringLiteral("planCombo"));
    m_plans->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plans->setMinimumContentsLength(40);
    for (const PlanSummary &plan : plans) {
        if (plan.kind == PlanKind::Review && !plan.closedOn.isValid())
            m_plans->addItem(tr("%1 (deadline %2)").arg(plan.title, formatDate(plan.deadline)),
                             plan.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plans->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChoosePlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChoosePlanDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_plans);
    if (m_plans->count() == 0) {
        auto *none = new QLabel(tr("There is no open progress plan. Make one on the Plans "
                                   "page first."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(buttons);
}

void ChoosePlanDialog::setPlan(qint64 planId)
{
    m_plans->setCurrentIndex(m_plans->findData(planId));
}

qint64 ChoosePlanDialog::planId() const
{
    return m_plans->currentData().toLongLong();
}

std::optional<qint64> ChoosePlanDialog::ask(const QList<PlanSummary> &plans, const QString &what,
                                            QWidget *parent)
{
    ChoosePlanDialog dialog(plans, what, parent);
    if (!run(dialog) || dialog.planId() == 0)
        return std::nullopt;
    return dialog.planId();
}

} // namespace fremdrift
