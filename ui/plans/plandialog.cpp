#include "plans/plandialog.h"

#include "clients/formmessagepanel.h"
#include "repository/clientrepository.h"
#include "repository/planrepository.h"
#include "widgets/mergedialog.h"
#include "workflow/recordmerge.h"
#include "workflow/session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

PlanDialog::PlanDialog(Session &session, ReviewPlan plan, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_plan(std::move(plan))
    , m_messages(new FormMessagePanel(this))
{
    const bool task = m_plan.kind == PlanKind::Task;
    if (m_plan.id == 0)
        setWindowTitle(task ? tr("New task plan") : tr("New progress plan"));
    else
        setWindowTitle(tr("Edit plan"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_plan.id == 0 ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    m_mergeButton = MergeDialog::createButton(this);
    buttons->addButton(m_mergeButton, QDialogButtonBox::ActionRole);
    m_mergeButton->hide(); // until a save meets a conflict
    connect(m_mergeButton, &QPushButton::clicked, this, &PlanDialog::compareAndMerge);
    connect(m_messages, &FormMessagePanel::reloadRequested, this, &PlanDialog::reload);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createForm(), 3);
    columns->addWidget(createLists(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    fillLists();
    showPlan(m_plan);
    resize(760, 500);
}

QWidget *PlanDialog::createForm()
{
    auto *form = new QWidget(this);
    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Review of 7 decisions at Snurruhagen"));
    m_goal = new QPlainTextEdit(form);
    m_goal->setObjectName(QStringLiteral("goalEdit"));
    m_goal->setTabChangesFocus(true);
    m_goal->setPlaceholderText(tr("What the plan is to achieve, and why"));
    m_start = dateEdit(form, QStringLiteral("startEdit"));
    m_deadline = dateEdit(form, QStringLiteral("deadlineEdit"));
    m_status = new QLineEdit(form);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    m_status->setPlaceholderText(tr("Meeting held 9 January"));

    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&Goal:"), m_goal);
    layout->addRow(tr("&Start:"), m_start);
    layout->addRow(tr("&Deadline:"), m_deadline);
    layout->addRow(tr("Stat&us:"), m_status);

    const std::pair<const char *, QWidget *> fields[] = {
        {"title", m_title},
        {"goal", m_goal},
        {"start_on", m_start},
        {"deadline", m_deadline},
        {"status_note", m_status},
    };
    for (const auto &[field, widget] : fields)
        m_marker.add(QString::fromLatin1(field), widget);
    return form;
}

QWidget *PlanDialog::createLists()
{
    auto *lists = new QWidget(this);
    m_units = new QListWidget(lists);
    m_units->setObjectName(QStringLiteral("unitList"));
    m_caseworkers = new QListWidget(lists);
    m_caseworkers->setObjectName(QStringLiteral("caseworkerList"));
    auto *unitsLabel = new QLabel(tr("U&nits covered:"), lists);
    unitsLabel->setBuddy(m_units);
    auto *caseworkersLabel = new QLabel(tr("&Responsible caseworkers:"), lists);
    caseworkersLabel->setBuddy(m_caseworkers);
    caseworkersLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(lists);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(unitsLabel);
    layout->addWidget(m_units, 1);
    layout->addWidget(caseworkersLabel);
    layout->addWidget(m_caseworkers, 1);
    // Task plans are the office's own work, not about any unit's clients.
    unitsLabel->setVisible(m_plan.kind == PlanKind::Review);
    m_units->setVisible(m_plan.kind == PlanKind::Review);
    for (const char *field : {"unit_ids", "units"})
        m_marker.add(QString::fromLatin1(field), m_units);
    m_marker.add(QStringLiteral("caseworkers"), m_caseworkers);
    return lists;
}

void PlanDialog::fillLists()
{
    if (auto units = ClientRepository(m_session).units()) {
        for (const Unit &unit : std::as_const(*units)) {
            auto *item = new QListWidgetItem(unit.name, m_units);
            item->setData(IdRole, unit.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto users = m_session.users();
    if (!users)
        return;
    for (const StaffUser &user : std::as_const(*users)) {
        const bool responsible
            = std::any_of(m_plan.caseworkers.cbegin(),
                          m_plan.caseworkers.cend(),
                          [&](const PlanCaseworker &c) { return c.userId == user.id; });
        // Read-only users cannot take reviews; inactive ones only while still in the plan.
        if (user.role == Role::ReadOnly || (!user.active && !responsible))
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 – %2").arg(user.fullName, roleName(user.role)), m_caseworkers);
        item->setData(IdRole, user.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void PlanDialog::showPlan(const ReviewPlan &plan)
{
    const QDate today = m_session.today();
    setTitle(plan.title);
    setGoal(plan.goal);
    setStartOn(plan.startOn.isValid() ? plan.startOn : today);
    setDeadline(plan.deadline.isValid() ? plan.deadline : today.addMonths(3));
    setStatusNote(plan.statusNote);
    setUnits(plan.unitIds);
    QList<qint64> responsible;
    for (const PlanCaseworker &caseworker : plan.caseworkers)
        responsible << caseworker.userId;
    // A new plan starts with the user responsible: they are usually the one making it.
    if (plan.id == 0 && responsible.isEmpty())
        responsible << m_session.user().id;
    setCaseworkers(responsible);
}

void PlanDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PlanDialog::setGoal(const QString &goal)
{
    m_goal->setPlainText(goal);
}

void PlanDialog::setStartOn(const QDate &date)
{
    m_start->setDate(date);
}

void PlanDialog::setDeadline(const QDate &date)
{
    m_deadline->setDate(date);
}

void PlanDialog::setStatusNote(const QString &note)
{
    m_status->setText(note);
}

void PlanDialog::setUnits(const QList<qint64> &unitIds)
{
    check(m_units, unitIds);
}

void PlanDialog::setCaseworkers(const QList<qint64> &userIds)
{
    check(m_caseworkers, userIds);
}

QList<qint64> PlanDialog::checked(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(IdRole).toLongLong();
    }
    return ids;
}

void PlanDialog::check(QListWidget *list, const QList<qint64> &ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(ids.contains(item->data(IdRole).toLongLong()) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
}

ReviewPlan PlanDialog::plan() const
{
    ReviewPlan plan = m_plan;
    plan.title = m_title->text().trimmed();
    plan.goal = m_goal->toPlainText().trimmed();
    plan.startOn = m_start->date();
    plan.deadline = m_deadline->date();
    plan.statusNote = m_status->text().trimmed();
    plan.unitIds = plan.kind == PlanKind::Review ? checked(m_units) : QList<qint64>();
    // What the plan knew of those already responsible (their counts) stays.
    plan.caseworkers = caseworkersFor(checked(m_caseworkers), m_plan.caseworkers);
    return plan;
}

void PlanDialog::accept()
{
    m_marker.clear();
    m_messages->clear();
    m_mergeButton->hide();
    auto saved = PlanRepository(m_session).save(plan());
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_plan = std::move(saved).value();
    QDialog::accept();
}

void PlanDialog::showError(const Error &error)
{
    if (error.code == Error::Code::InvalidInput && !error.problems.isEmpty()) {
        m_marker.mark(error.problems);
        m_messages->showProblems(tr("The plan was not saved:"), error.problems);
        if (QWidget *first = m_marker.firstMarked())
            first->setFocus();
        return;
    }
    const bool conflict = error.code == Error::Code::Conflict && m_plan.id != 0;
    if (conflict)
        m_conflict = error.message;
    m_messages->showError(error.message, conflict);
    m_mergeButton->setVisible(conflict);
}

void PlanDialog::reload()
{
    auto fresh = PlanRepository(m_session).get(m_plan.id);
    if (!fresh) {
        showError(fresh.error());
        return;
    }
    m_plan = std::move(fresh).value();
    showPlan(m_plan);
    m_mergeButton->hide();
    m_messages->showWarning(tr("This is the plan as now saved. Make your changes again and "
                               "save."));
}

bool PlanDialog::compareAndMerge()
{
    auto theirs = PlanRepository(m_session).get(m_plan.id);
    if (!theirs) {
        showError(theirs.error());
        return false;
    }
    const MergeDialog::Presentation presentation{
        [this](const QString &field) { return fieldLabel(field); },
        [this](const QString &field, const QJsonValue &value) {
            return fieldValue(field, value);
        }};
    const auto merged = MergeDialog::merge(this,
                                           m_conflict,
                                           planContent(m_plan),
                                           planContent(plan()),
                                           planContent(*theirs),
                                           presentation);
    if (!merged)
        return false;
    // Theirs is what is stored now: the merge is saved over it (and, should someone save yet
    // again meanwhile, compared with it).
    m_plan = std::move(theirs).value();
    showPlan(withPlanContent(m_plan, *merged));
    accept();
    return result() == QDialog::Accepted;
}

QString PlanDialog::fieldLabel(const QString &field) const
{
    if (field == u"caseworker_ids")
        return m_marker.label(QStringLiteral("caseworkers"));
    const QString label = m_marker.label(field);
    return label.isEmpty() ? field : label;
}

// Units and caseworkers by the names the lists show.
QString PlanDialog::fieldValue(const QString &field, const QJsonValue &value) const
{
    const QListWidget *list = field == u"unit_ids"         ? m_units
                              : field == u"caseworker_ids" ? m_caseworkers
                                                           : nullptr;
    if (!list)
        return MergeDialog::plainValue(value);
    QStringList names;
    for (const QJsonValue &id : value.toArray()) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(IdRole).toLongLong() == id.toInteger())
                names << list->item(row)->text();
        }
    }
    return names.isEmpty() ? MergeDialog::plainValue(QJsonValue()) : names.join(u'\n');
}

std::optional<ReviewPlan> PlanDialog::ask(Session &session, ReviewPlan plan, QWidget *parent)
{
    PlanDialog dialog(session, std::move(plan), parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.saved();
}

} // namespace fremdrift
