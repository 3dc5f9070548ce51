#include "plans/staffingdialog.h"

#include "domain/progressplan.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fremdrift {

StaffingDialog::StaffingDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(today, this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(stepTitle(planStepId()));
    auto *intro = new QLabel(tr("Once for the whole plan, when all its decisions exist: the "
                                "department leader reviews staffing plans and rotas with the "
                                "assistant unit leader and the union representatives."),
                             this);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("doneOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumSize(380, 100);
    m_notes->setPlaceholderText(tr("What was changed in the rotas"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffingDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Done on:"), m_date);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void StaffingDialog::setDoneOn(const QDate &date)
{
    m_date->setDate(date);
}

void StaffingDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

StaffingDialog::Answer StaffingDialog::answer() const
{
    return {m_date->date(), m_notes->toPlainText().trimmed()};
}

void StaffingDialog::accept()
{
    if (answer().notes.isEmpty()) {
        m_error->setText(tr("Write what was reviewed: it is kept with the plan."));
        m_error->show();
        m_notes->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<StaffingDialog::Answer> StaffingDialog::ask(const QDate &today, QWidget *parent)
{
    StaffingDialog dialog(today, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.answer();
}

} // namespace fremdrift
