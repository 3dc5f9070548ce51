#pragma once

#include "domain/progressplan.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QComboBox;

namespace fremdrift {

// Which open progress plan to add decisions to (the overview's "Add to plan…").
class ChoosePlanDialog final : public QDialog, public TestableDialog<ChoosePlanDialog>
{
    Q_OBJECT

public:
    // `plans`: the open progress plans; `what` says what is being added.
    ChoosePlanDialog(const QList<PlanSummary> &plans, const QString &what,
                     QWidget *parent = nullptr);

    void setPlan(qint64 planId);
    qint64 planId() const;

    static std::optional<qint64> ask(const QList<PlanSummary> &plans, const QString &what,
                                     QWidget *parent);

private:
    QComboBox *m_plans;
};

} // namespace fremdrift
