#include "reviews/steppage.h"

#include "decisions/decisionformat.h"
#include "reviews/stepforms/formwidgets.h"
#include "reviews/stepforms/stepform.h"
#include "reviews/stepforms/stepformfactory.h"
#include "widgets/mergedialog.h"
#include "widgets/optionaldateedit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fremdrift {

StepPage::StepPage(const QString &stepId, const JurisdictionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_form(createStepForm(stepId, profile))
{
    setObjectName(stepId + QStringLiteral("Page"));
    QWidget *header = createHeader(stepId);
    m_notes = newTextEdit(this, QStringLiteral("notes"), 2);
    auto *notes = newFormLayout();
    notes->addRow(tr("&Notes:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    if (m_form->scrollsItself()) {
        m_form->setParent(this);
        layout->addWidget(m_form, 1);
    } else {
        layout->addWidget(inScrollArea(m_form, this), 1);
    }
    layout->addLayout(notes);

    m_marker.add(QStringLiteral("due_on"), m_due);
    m_marker.add(QStringLiteral("notes"), m_notes);
    connect(m_form, &StepForm::changed, this, &StepPage::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &StepPage::changed);
    connect(m_due, &QDateEdit::dateChanged, this, &StepPage::changed);
}

QWidget *StepPage::createHeader(const QString &stepId)
{
    auto *header = new QWidget(this);
    m_title = new QLabel(stepTitle(stepId), header);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_due = new OptionalDateEdit(header);
    m_due->setObjectName(QStringLiteral("dueOn"));
    m_due->setToolTip(tr("Set by hand, the due date no longer follows the plan's dates."));
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_status->setWordWrap(true);
    auto *dueLabel = new QLabel(tr("&Due:"), header);
    dueLabel->setBuddy(m_due);

    auto *row = new QHBoxLayout;
    row->addWidget(dueLabel);
    row->addWidget(m_due);
    row->addSpacing(12);
    row->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_title);
    layout->addLayout(row);
    return header;
}

void StepPage::load(const ReviewStep &stored, const StepFormContext &context, bool keepEdits)
{
    const bool keep = keepEdits && isModified();
    if (keep && stored.version != m_stored.version && !holds(stored))
        return;
    show(stored, context, keep ? std::optional(step()) : std::nullopt);
}

void StepPage::loadWithEdits(const ReviewStep &stored,
                             const StepFormContext &context,
                             const ReviewStep &edited)
{
    show(stored, context, edited);
}

void StepPage::show(const ReviewStep &stored,
                    const StepFormContext &context,
                    const std::optional<ReviewStep> &edited)
{
    m_stored = stored;
    StepFormContext shown = context;
    shown.editable = context.editable && !stored.isDone();
    const ReviewStep &onTop = edited ? *edited : stored;
    {
        // Loading is not editing: the window hears once, at the end.
        const QSignalBlocker blocker(this);
        m_form->load(stored, shown);
        m_storedForm = m_form->form();
        if (edited)
            m_form->load(*edited, shown);
        m_notes->setPlainText(onTop.notes);
        m_due->setOptionalDate(onTop.dueOn);
    }
    m_notes->setReadOnly(!shown.editable);
    m_due->setEnabled(shown.editable);
    showStatus(context.today);
    emit changed();
}

bool StepPage::holds(const ReviewStep &stored) const
{
    const ReviewStep shown = step();
    return stored.form == shown.form && stored.notes.trimmed() == shown.notes
           && stored.dueOn == shown.dueOn;
}

void StepPage::showStatus(const QDate &today)
{
    const QString role = responsibleRoleName(m_stored.responsibleRole);
    QString status;
    if (m_stored.isDone())
        status = tr("Done %1 by %2.").arg(formatDate(m_stored.doneOn), m_stored.doneByName);
    else if (m_stored.isLate(today))
        status = tr("Late: not done yet.");
    else
        status = tr("Not done yet.");
    m_status->setText(tr("Responsible: %1. %2").arg(role, status));
    m_status->setStyleSheet(m_stored.isLate(today) ? QStringLiteral("color: #c62828;") : QString());
}

ReviewStep StepPage::step() const
{
    ReviewStep step = m_stored;
    step.form = m_form->form();
    step.notes = m_notes->toPlainText().trimmed();
    step.dueOn = m_due->optionalDate();
    step.dueSetByHand = m_stored.dueSetByHand || step.dueOn != m_stored.dueOn;
    return step;
}

bool StepPage::isModified() const
{
    return m_form->form() != m_storedForm
           || m_notes->toPlainText().trimmed() != m_stored.notes.trimmed()
           || m_due->optionalDate() != m_stored.dueOn;
}

ReviewStep StepPage::storedAsShown() const
{
    ReviewStep step = m_stored;
    step.form = m_storedForm;
    return step;
}

QString StepPage::fieldLabel(const QString &key) const
{
    if (key == u"notes")
        return tr("Notes");
    if (key == u"due_on")
        return tr("Due");
    const QString field = key.section(u'/', 1).replace(u'/', u'.'); // "form/a/b" → "a.b"
    const QString label = m_form->fieldLabel(field);
    return label.isEmpty() ? field : label;
}

// Dates in the interface's format, choices by their names, lists a line each.
QString StepPage::fieldValue(const QString &key, const QJsonValue &value)
{
    const QString field = key.section(u'/', -1);
    const QString text = value.toString();
    if (field == u"method") {
        if (const auto method = sendMethodFromKey(text))
            return sendMethodName(*method);
    } else if (const QString choice = choiceName(field, text); !choice.isEmpty()) {
        return choice;
    }
    return MergeDialog::plainValue(value);
}

void StepPage::showProblems(const QList<FieldProblem> &problems)
{
    m_marker.clear();
    for (const FieldProblem &problem : problems)
        m_marker.mark(problem);
    m_form->showProblems(problems);
}

} // namespace fremdrift
