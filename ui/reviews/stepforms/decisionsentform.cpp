#include "reviews/stepforms/decisionsentform.h"

#include "decisions/decisionformat.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "workflow/reviewworkflow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

DecisionSentForm::DecisionSentForm(QWidget *parent)
    : StepForm(parent)
    , m_decision(new QLabel(this))
    , m_write(new QPushButton(tr("&Write the new decision"), this))
    , m_open(new QPushButton(tr("&Open decision"), this))
    , m_checklist(new QListWidget(this))
{
    m_decision->setObjectName(QStringLiteral("newDecision"));
    m_decision->setWordWrap(true);
    m_write->setObjectName(QStringLiteral("writeDecision"));
    m_write->setToolTip(tr("A new draft that replaces the decision under review, started from "
                           "the investigation and the estimated hours."));
    m_open->setObjectName(QStringLiteral("openDecision"));
    keepEnabled(m_open); // reading the decision needs no right to change the review
    m_checklist->setObjectName(QStringLiteral("checklist"));
    keepEnabled(m_checklist);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    connect(m_write, &QPushButton::clicked, this,
            [this] { emit actionRequested(StepAction::WriteDecision); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { emit actionRequested(StepAction::OpenDecision); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_write);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *caption = new QLabel(tr("What the decision must contain, as read from the decision:"),
                               this);
    caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
    layout->addWidget(caption);
    layout->addWidget(m_checklist, 1);
    m_marker.add(QStringLiteral("new_decision"), m_decision);
    m_marker.add(QStringLiteral("checklist"), m_checklist);
}

void DecisionSentForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const std::optional<Decision> &decision = context.newDecision;
    const QString word = legalTerm(*context.profile, QStringLiteral("decision"));
    m_decision->setText(
        decision ? tr("New %1: %2, %3.").arg(word.toLower(), decision->reference,
                                             statusName(decision->status).toLower())
                 : tr("No new %1 has been written yet.").arg(word.toLower()));
    fillChecklist(context);
    StepForm::load(step, context);
    m_write->setVisible(!decision);
    // Core refuses it before the investigation is finished; say so by the button's state.
    const ReviewStep *finished =
        context.review ? context.review->step(QStringLiteral("investigation_finished")) : nullptr;
    m_write->setEnabled(context.editable && (!finished || finished->isDone()));
    m_open->setVisible(decision.has_value());
}

void DecisionSentForm::fillChecklist(const StepFormContext &context)
{
    m_checklist->clear();
    if (!context.newDecision) {
        m_checklist->addItem(tr("Write the new decision to see what it contains."));
        return;
    }
    for (const ChecklistItem &item :
         decisionChecklist(*context.newDecision, context.previousDecision)) {
        auto *line = new QListWidgetItem(item.text, m_checklist);
        line->setData(Qt::UserRole, item.id);
        // Shown ticked or not, but never ticked here: the decision says.
        line->setFlags(Qt::ItemIsEnabled);
        line->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace fremdrift
