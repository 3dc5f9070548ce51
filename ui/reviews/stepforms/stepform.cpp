#include "reviews/stepforms/stepform.h"

#include "widgets/problemoutline.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

namespace fremdrift {

namespace {

const char *const keepEnabledProperty = "fremdriftKeepEnabled";

} // namespace

StepForm::StepForm(QWidget *parent)
    : QWidget(parent)
{
}

void StepForm::load(const ReviewStep &step, const StepFormContext &context)
{
    m_step = step;
    m_form = step.form;
    setInputsEditable(context.editable);
}

QJsonObject StepForm::form() const
{
    return m_form;
}

void StepForm::showProblems(const QList<FieldProblem> &problems)
{
    clearProblems();
    for (const FieldProblem &problem : problems) {
        if (QWidget *widget = fieldWidget(problem.field))
            ProblemOutline::mark(widget, problem.message);
    }
}

void StepForm::clearProblems()
{
    m_marker.clear();
    // Clearing deletes the outlines, which are children here too: collect the fields first.
    QList<QPointer<QWidget>> marked;
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (!qobject_cast<ProblemOutline *>(widget) && !ProblemOutline::problem(widget).isEmpty())
            marked << widget;
    }
    for (const QPointer<QWidget> &widget : std::as_const(marked)) {
        if (widget)
            ProblemOutline::clear(widget);
    }
}

// "requests[1].sent_on" falls back to "requests", "meeting.minutes" to "meeting": the table or
// the meeting's summary shows the problem when no widget of its own does.
QWidget *StepForm::fieldWidget(const QString &field) const
{
    if (QWidget *widget = m_marker.widget(field))
        return widget;
    static const QRegularExpression parent(QStringLiteral("^([a-z_]+)[.\\[]"));
    const auto match = parent.match(field);
    return match.hasMatch() ? m_marker.widget(match.captured(1)) : nullptr;
}

QString StepForm::fieldLabel(const QString &field) const
{
    return m_marker.label(field);
}

void StepForm::watchInputs()
{
    for (auto *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &StepForm::changed);
    for (auto *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &StepForm::changed);
    for (auto *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &StepForm::changed);
    for (auto *date : findChildren<QDateTimeEdit *>()) {
        connect(date, &QDateTimeEdit::dateTimeChanged, this, &StepForm::changed);
        // A date is as wide as a date, not as the form.
        date->setSizePolicy(QSizePolicy::Fixed, date->sizePolicy().verticalPolicy());
    }
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &StepForm::changed);
    for (auto *table : findChildren<QTableWidget *>())
        connect(table, &QTableWidget::itemChanged, this, &StepForm::changed);
    for (auto *list : findChildren<QListWidget *>())
        connect(list, &QListWidget::itemChanged, this, &StepForm::changed);
}

void StepForm::setInputsEditable(bool editable)
{
    for (auto *edit : findChildren<QLineEdit *>()) {
        // A combo box's or spin box's own line edit follows its owner.
        if (!qobject_cast<QComboBox *>(edit->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            edit->setReadOnly(!editable);
    }
    // Text stays selectable and scrolls when read-only: minutes and summaries are read here.
    for (auto *edit : findChildren<QPlainTextEdit *>())
        edit->setReadOnly(!editable);
    for (auto *combo : findChildren<QComboBox *>())
        combo->setEnabled(editable);
    for (auto *spin : findChildren<QAbstractSpinBox *>())
        spin->setEnabled(editable);
    for (auto *button : findChildren<QPushButton *>()) {
        if (!button->property(keepEnabledProperty).toBool())
            button->setEnabled(editable);
    }
    for (auto *box : findChildren<QCheckBox *>())
        box->setEnabled(editable);
    for (auto *list : findChildren<QListWidget *>()) {
        if (!list->property(keepEnabledProperty).toBool())
            list->setEnabled(editable);
    }
    for (auto *table : findChildren<QTableWidget *>())
        table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                        : QAbstractItemView::NoEditTriggers);
}

void StepForm::keepEnabled(QWidget *button)
{
    button->setProperty(keepEnabledProperty, true);
}

} // namespace fremdrift
