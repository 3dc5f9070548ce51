#include "pages/overviewpage.h"

#include "decisions/decisionformat.h"
#include "decisions/decisionlistmodel.h"
#include "jurisdictionnames.h"
#include "overview/duestepmodel.h"
#include "overview/upcomingmeetingmodel.h"
#include "overview/workloadmodel.h"
#include "plans/chooseplandialog.h"
#include "plans/planlistmodel.h"
#include "plans/progressdelegate.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "tablesummarymodel.h"
#include "widgets/readonlylist.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int DefaultEvaluationWeeks = 8; // DK: planning starts at least 8 weeks before (seed 004)
constexpr int MeetingDays = 14;
constexpr int MostRowsShown = 6; // more scroll inside their table: the page stays one glance

const QVariant Everyone = QVariant(qint64(-1));

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_late(new DueStepModel(this))
    , m_due(new DueStepModel(this))
    , m_meetings(new UpcomingMeetingModel(this))
    , m_unplanned(new DecisionListModel(this))
    , m_plans(new PlanListModel(this))
    , m_workload(new WorkloadModel(this))
    , m_summary(new TableSummaryModel(this))
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 16, 24, 16);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(createHeader());
    contentLayout->addWidget(createSections());
    contentLayout->addWidget(createDatabaseBox());
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setSession(nullptr);
}

QWidget *OverviewPage::createHeader()
{
    auto *header = new QWidget(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    m_subheading->setWordWrap(true);
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_who = new QComboBox(header);
    m_who->setObjectName(QStringLiteral("caseworkerPicker"));
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_who->setMinimumContentsLength(16);
    m_whoLabel = new QLabel(tr("S&how:"), header);
    m_whoLabel->setBuddy(m_who);
    m_weeks = new QSpinBox(header);
    m_weeks->setObjectName(QStringLiteral("evaluationWeeks"));
    m_weeks->setRange(1, 104);
    m_weeks->setValue(DefaultEvaluationWeeks);
    auto *weeksLabel = new QLabel(tr("&Evaluations within:"), header);
    weeksLabel->setBuddy(m_weeks);
    auto *weeksUnit = new QLabel(tr("weeks"), header);
    connect(m_who, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_weeks, &QSpinBox::valueChanged, this, &OverviewPage::reload);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_whoLabel);
    controls->addWidget(m_who);
    controls->addSpacing(16);
    controls->addWidget(weeksLabel);
    controls->addWidget(m_weeks);
    controls->addWidget(weeksUnit);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addLayout(controls);
    return header;
}

QTableView *OverviewPage::table(QAbstractItemModel *model, int stretchColumn)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole + 1); // every model here sorts by its SortRole
    proxy->setSortLocaleAware(true);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    setUpReadOnlyList(view);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

QGroupBox *OverviewPage::section(const QString &objectName, QTableView *view,
                                 const QString &emptyText, QWidget *below)
{
    auto *box = new QGroupBox(this);
    box->setObjectName(objectName);
    view->setObjectName(objectName + QStringLiteral("View"));
    auto *empty = new QLabel(emptyText, box);
    empty->setWordWrap(true);
    empty->setStyleSheet(QStringLiteral("color: #607d8b;"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view);
    layout->addWidget(empty);
    if (below)
        layout->addWidget(below);
    // Boxes side by side are as tall as the taller: the shorter keeps its table at the top.
    layout->addStretch(1);
    m_sections.append({box, view, empty});
    return box;
}

QWidget *OverviewPage::createSections()
{
    auto *sections = new QWidget(this);
    auto *lateView = table(m_late, DueStepModel::ClientColumn);
    auto *dueView = table(m_due, DueStepModel::ClientColumn);
    m_lateView = lateView;
    m_dueView = dueView;
    for (QTableView *view : std::initializer_list<QTableView *>{lateView, dueView}) {
        view->hideColumn(DueStepModel::PlanColumn);
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            emit openReviewRequested(index.data(DueStepModel::ReviewIdRole).toLongLong(),
                                     index.data(DueStepModel::StepKeyRole).toString());
        });
    }
    auto *meetingView = table(m_meetings, UpcomingMeetingModel::WhatColumn);
    meetingView->horizontalHeader()->setSectionResizeMode(UpcomingMeetingModel::WhereColumn,
                                                          QHeaderView::Stretch);
    auto *planView = table(m_plans, PlanListModel::TitleColumn);
    planView->setItemDelegateForColumn(PlanListModel::ProgressColumn,
                                       new ProgressDelegate(PlanListModel::ProgressRole, planView));
    planView->hideColumn(PlanListModel::KindColumn);
    planView->horizontalHeader()->setSectionResizeMode(PlanListModel::StatusColumn,
                                                       QHeaderView::Interactive);
    planView->horizontalHeader()->resizeSection(PlanListModel::StatusColumn, 170);
    connect(planView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPlanRequested(index.data(PlanListModel::IdRole).toLongLong());
    });

    m_unplannedView = table(m_unplanned, DecisionListModel::ClientColumn);
    m_unplannedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_unplannedView->sortByColumn(DecisionListModel::EvaluationColumn, Qt::AscendingOrder);
    for (int column : {DecisionListModel::StatusColumn, DecisionListModel::LegalBasisColumn,
                       DecisionListModel::OwnHoursColumn, DecisionListModel::SharedHoursColumn})
        m_unplannedView->hideColumn(column);
    connect(m_unplannedView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openDecisionRequested(index.data(DecisionListModel::IdRole).toLongLong());
    });
    m_addToPlan = new QPushButton(tr("&Add to plan…"), this);
    m_addToPlan->setObjectName(QStringLiteral("addToPlanButton"));
    m_addToPlan->setToolTip(tr("Add the chosen decisions (or all listed) to a progress plan"));
    connect(m_addToPlan, &QPushButton::clicked, this, &OverviewPage::addToPlan);
    auto *addRow = new QWidget(this);
    auto *addLayout = new QHBoxLayout(addRow);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addStretch(1);
    addLayout->addWidget(m_addToPlan);

    auto *workloadView = table(m_workload, WorkloadModel::NameColumn);
    // Steps first, side by side; the rest need the whole width for titles and names.
    auto *late = section(QStringLiteral("lateSection"), lateView, tr("Nothing is late."));
    auto *due = section(QStringLiteral("dueSection"), dueView, tr("Nothing more is due this week."));
    auto *meetings = section(QStringLiteral("meetingSection"), meetingView,
                             tr("No meetings coming."));
    auto *plans = section(QStringLiteral("planSection"), planView, tr("No open plans."));
    auto *unplanned = section(QStringLiteral("unplannedSection"), m_unplannedView,
                              tr("Every decision due for evaluation is in a plan."), addRow);
    m_workloadBox = section(QStringLiteral("workloadSection"), workloadView,
                            tr("No open reviews."));
    auto *grid = new QGridLayout(sections);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(late, 0, 0);
    grid->addWidget(due, 0, 1);
    grid->addWidget(plans, 1, 0, 1, 2);
    grid->addWidget(unplanned, 2, 0, 1, 2);
    grid->addWidget(meetings, 3, 0, 1, 2);
    grid->addWidget(m_workloadBox, 4, 0, 1, 2);
    return sections;
}

QGroupBox *OverviewPage::createDatabaseBox()
{
    m_databaseBox = new QGroupBox(tr("Database"), this);
    m_databaseBox->setObjectName(QStringLiteral("databaseBox"));
    m_summaryView = new QTableView(m_databaseBox);
    m_summaryView->setModel(m_summary);
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryView->setFocusPolicy(Qt::NoFocus);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(TableSummaryModel::KindColumn,
                                                            QHeaderView::Stretch);
    m_summaryView->horizontalHeader()->setSectionResizeMode(TableSummaryModel::CountColumn,
                                                            QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summaryView->setMinimumWidth(340);
    m_summaryView->setMaximumWidth(440);
    m_summaryView->setWordWrap(false);
    m_summaryView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryView->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(m_databaseBox);
    layout->addWidget(m_summaryView, 0, Qt::AlignLeft);
    return m_databaseBox;
}

bool OverviewPage::isLeader() const
{
    return m_session && (m_session->user().role == Role::Leader
                         || m_session->user().role == Role::Administrator);
}

bool OverviewPage::mayEdit() const
{
    return m_session && roleAllows(m_session->user().role, Permission::EditCases)
           && !m_session->database().isReadOnly();
}

void OverviewPage::fillCaseworkers()
{
    m_filling = true;
    const QVariant previous = m_who->currentData();
    m_who->clear();
    if (m_session) {
        m_who->addItem(tr("Me (%1)").arg(m_session->user().fullName), m_session->user().id);
        m_who->addItem(tr("Everyone"), Everyone);
        if (auto users = m_session->users()) {
            for (const StaffUser &user : std::as_const(*users)) {
                if (user.id != m_session->user().id && user.active && user.role != Role::ReadOnly)
                    m_who->addItem(user.fullName, user.id);
            }
        }
        // A leader mostly has no steps of their own: the office is what they look at.
        const int start = previous.isValid() ? m_who->findData(previous) : -1;
        m_who->setCurrentIndex(start >= 0 ? start : (isLeader() ? 1 : 0));
    }
    // Caseworkers see their own work; seeing anyone's is a leader's overview.
    m_who->setVisible(isLeader());
    m_whoLabel->setVisible(isLeader());
    m_filling = false;
}

void OverviewPage::setCaseworker(std::optional<qint64> userId)
{
    m_who->setCurrentIndex(std::max(0, m_who->findData(userId ? QVariant(*userId) : Everyone)));
}

std::optional<qint64> OverviewPage::caseworker() const
{
    const QVariant chosen = m_who->currentData();
    if (!chosen.isValid())
        return m_session ? std::optional<qint64>(m_session->user().id) : std::nullopt;
    if (chosen == Everyone)
        return std::nullopt;
    return chosen.toLongLong();
}

void OverviewPage::setEvaluationWeeks(int weeks)
{
    m_weeks->setValue(weeks);
}

void OverviewPage::setSession(Session *session)
{
    const bool otherUser = !m_session || !session || m_session->user().id != session->user().id;
    m_session = session;
    if (otherUser) {
        m_filling = true;
        m_who->clear(); // a new user starts from their own default
        m_filling = false;
    }
    fillCaseworkers();
    reload();
    showDatabase();
}

void OverviewPage::refresh(Session *session)
{
    if (session != m_session) {
        setSession(session);
        return;
    }
    fillCaseworkers();
    reload();
    showDatabase();
}

void OverviewPage::reload()
{
    if (m_filling)
        return;
    m_overview = Overview();
    if (m_session) {
        OverviewOptions options;
        options.caseworkerId = caseworker();
        options.evaluationWeeks = m_weeks->value();
        options.meetingDays = MeetingDays;
        options.includeWorkload = isLeader();
        auto loaded = OverviewQueries(*m_session).load(options);
        if (!loaded)
            emit message(loaded.error().message, true);
        else
            m_overview = std::move(loaded).value();
    }
    showOverview();
}

void OverviewPage::showOverview()
{
    const QDate today = m_session ? m_session->today() : QDate::currentDate();
    m_late->setSteps(m_overview.late, today);
    m_due->setSteps(m_overview.dueThisWeek, today);
    m_meetings->setMeetings(m_overview.meetings);
    m_unplanned->setDecisions(m_overview.unplannedDecisions,
                              m_session ? legalBasisCitations(m_session->profile())
                                        : QHash<QString, QString>(),
                              today);
    QList<PlanSummary> open = m_overview.plans;
    open.removeIf([](const PlanSummary &plan) { return plan.closedOn.isValid(); });
    m_plans->setPlans(open, today);
    m_workload->setWorkload(m_overview.workload);
    m_workloadBox->setVisible(isLeader());
    for (QTableView *view : {m_lateView, m_dueView})
        view->setColumnHidden(DueStepModel::CaseworkerColumn,
                              m_session && caseworker() == m_session->user().id);
    m_addToPlan->setEnabled(mayEdit() && !m_overview.unplannedDecisions.isEmpty());
    for (const Section &each : std::as_const(m_sections))
        each.box->setEnabled(m_session != nullptr);
    updateTitles();
    fitSections();
}

void OverviewPage::updateTitles()
{
    const bool everyone = !caseworker().has_value();
    const bool mine = m_session && caseworker() == m_session->user().id;
    const QString whose = everyone ? tr("everyone") : m_who->currentText();
    auto title = [&](const QString &mineText, const QString &othersText,
                     qsizetype count) -> QString {
        return (mine ? mineText : othersText.arg(whose)) + QStringLiteral(" (%1)").arg(count);
    };
    m_sections[0].box->setTitle(title(tr("My late steps"), tr("Late steps: %1"),
                                      m_overview.late.size()));
    m_sections[1].box->setTitle(title(tr("My steps due this week"), tr("Due this week: %1"),
                                      m_overview.dueThisWeek.size()));
    m_sections[2].box->setTitle(tr("Meetings in the next %1 days (%2)")
                                    .arg(MeetingDays)
                                    .arg(m_overview.meetings.size()));
    m_sections[3].box->setTitle(tr("Open plans (%1)").arg(m_plans->rowCount()));
    m_sections[4].box->setTitle(tr("Decisions to evaluate within %n week(s) that are in no plan "
                                   "(%1)", nullptr, m_weeks->value())
                                    .arg(m_overview.unplannedDecisions.size()));
    m_sections[5].box->setTitle(tr("Workload per caseworker"));
}

void OverviewPage::fitSections()
{
    // Each table as tall as its rows, up to a few: the page is read at a glance, top to bottom.
    for (const Section &each : std::as_const(m_sections)) {
        const int rows = each.view->model()->rowCount();
        each.view->setVisible(rows > 0);
        each.empty->setVisible(rows == 0);
        if (rows == 0)
            continue;
        const int rowHeight = each.view->verticalHeader()->defaultSectionSize();
        const int height = each.view->horizontalHeader()->sizeHint().height()
                           + std::min(rows, MostRowsShown) * rowHeight
                           + 2 * each.view->frameWidth() + 2;
        each.view->setFixedHeight(height);
    }
}

void OverviewPage::showDatabase()
{
    Database *database = m_session ? &m_session->database() : nullptr;
    if (!database) {
        m_heading->setText(tr("No database is open"));
        m_subheading->setText(tr("Create a new database or open an existing one from the File "
                                 "menu."));
        m_summary->setCounts({});
        m_databaseBox->hide();
        return;
    }
    const auto office = database->setting(QStringLiteral("office_name"));
    const QString officeName = office && !office->isEmpty() ? *office : tr("Fremdrift");
    m_heading->setText(officeName);
    m_subheading->setText(tr("%1, %2. Following the rules of %3.")
                              .arg(m_session->user().fullName,
                                   QLocale().toString(m_session->today(), QLocale::LongFormat),
                                   jurisdictionName(database->jurisdiction())));
    m_databaseBox->setToolTip(QDir::toNativeSeparators(database->path()));
    m_databaseBox->setTitle(tr("Database: %1").arg(QDir::toNativeSeparators(database->path())));
    auto counts = database->rowCounts();
    if (!counts) {
        emit message(counts.error().message, true);
        m_summary->setCounts({});
    } else {
        m_summary->setCounts(*counts);
    }
    m_databaseBox->show();
}

QList<qint64> OverviewPage::chosenUnplanned() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_unplannedView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(DecisionListModel::IdRole).toLongLong();
    if (ids.isEmpty()) {
        for (const DecisionSummary &decision : m_overview.unplannedDecisions)
            ids << decision.id;
    }
    return ids;
}

void OverviewPage::addToPlan()
{
    if (!m_session)
        return;
    const QList<qint64> ids = chosenUnplanned();
    if (ids.isEmpty())
        return;
    auto plans = PlanRepository(*m_session).list({});
    if (!plans) {
        emit message(plans.error().message, true);
        return;
    }
    const auto planId = ChoosePlanDialog::ask(
        *plans, tr("Add %n decision(s) to review to which progress plan?", nullptr,
                   int(ids.size())),
        this);
    if (!planId)
        return;
    auto added = PlanRepository(*m_session).addReviews(*planId, ids);
    if (!added) {
        emit message(added.error().message, true);
        return;
    }
    emit message(tr("%n review(s) added to the plan.", nullptr, int(added->size())), false);
    reload();
}

} // namespace fremdrift
