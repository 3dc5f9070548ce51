#include "reviews/reviewwindow.h"

#include "decisions/commentdialog.h"
#include "decisions/decisionformat.h"
#include "letters/letterdialog.h"
#include "meetings/meetingdialog.h"
#include "messagebar.h"
#include "messagebox.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "reviews/reviewheader.h"
#include "reviews/reviewmeeting.h"
#include "reviews/steppage.h"
#include "storage/database.h"
#include "storage/leasekeeper.h"
#include "widgets/mergedialog.h"
#include "widgets/windowhelpers.h"
#include "workflow/accesslog.h"
#include "workflow/permissions.h"
#include "workflow/recordmerge.h"
#include "workflow/reviewworkflow.h"
#include "workflow/session.h"
#include "workflow/stepforms.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

const QString leaseEntity = QStringLiteral("review");
const QColor lateColour(0xc6, 0x28, 0x28);

// An empty icon the size of the others, so that every step's title starts in the same place.
QIcon blankIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

} // namespace

ReviewWindow::ReviewWindow(Session &session, qint64 reviewId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_reviewId(reviewId)
{
    setObjectName(QStringLiteral("reviewWindow"));
    setSizeGripEnabled(true);
    setMinimumSize(860, 560);
    m_header = new ReviewHeader(this);
    connect(m_header->reloadButton(), &QPushButton::clicked, this, &ReviewWindow::reload);
    connect(m_header->mergeButton(), &QPushButton::clicked, this, &ReviewWindow::compareAndMerge);
    m_stack = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createStepColumn());
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(createButtons());

    // The lease goes by whether the review is closed: read it, lease it, then show it.
    if (auto first = PlanRepository(m_session).review(m_reviewId)) {
        m_review = std::move(first).value();
        takeLease();
    }
    if (read(false)) {
        if (Status logged = AccessLog::logRecordOpened(m_session, m_review.clientId); !logged)
            showError(logged.error());
        showStep(m_review.currentStep() ? m_review.currentStep()->stepId
                                        : m_review.steps.value(0).stepId);
        showLease();
    }
    // Within the 1100×720 the main window starts at.
    resizeWithinScreen(this, QSize(1060, 690));
}

ReviewWindow::~ReviewWindow() = default;

QWidget *ReviewWindow::createStepColumn()
{
    auto *column = new QWidget(this);
    m_steps = new QListWidget(column);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setWordWrap(true);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->setSpacing(2);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        updateProblems();
        updateButtons();
    });
    auto *staffing = new QLabel(tr("The step \"%1\" is done once for the whole plan, when all "
                                   "its decisions are in force: see the plan.")
                                    .arg(stepTitle(planStepId())),
                                column);
    staffing->setObjectName(QStringLiteral("staffingNote"));
    staffing->setWordWrap(true);
    staffing->setEnabled(false); // a quiet note
    m_problemsCaption = new QLabel(column);
    m_problemsCaption->setWordWrap(true);
    m_problems = new QListWidget(column);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::NoSelection);
    m_problems->setFocusPolicy(Qt::NoFocus);
    // The steps come first: Denmark's nine must fit without scrolling at 720 pixels high.
    m_problems->setMaximumHeight(170);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps, 1);
    layout->addWidget(staffing);
    layout->addWidget(m_problemsCaption);
    layout->addWidget(m_problems);
    return column;
}

QWidget *ReviewWindow::createButtons()
{
    auto *row = new QWidget(this);
    m_save = new QPushButton(tr("&Save"), row);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, &ReviewWindow::save);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_save->isVisible() && m_save->isEnabled())
            save();
    });
    m_doneOn = new QDateEdit(row);
    m_doneOn->setObjectName(QStringLiteral("doneOn"));
    m_doneOn->setCalendarPopup(true);
    m_doneOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_doneOn->setToolTip(tr("The day the step was done"));
    m_doneOn->setDate(m_session.today());
    connect(m_doneOn, &QDateEdit::dateChanged, this, &ReviewWindow::updateProblems);
    m_complete = new QPushButton(tr("&Complete step"), row);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    connect(m_complete, &QPushButton::clicked, this, &ReviewWindow::completeStep);
    m_reopen = new QPushButton(tr("Re&open step…"), row);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    connect(m_reopen, &QPushButton::clicked, this, &ReviewWindow::reopenStep);
    auto *close = new QPushButton(tr("C&lose"), row);
    connect(close, &QPushButton::clicked, this, &ReviewWindow::reject);
    m_marker.add(QStringLiteral("done_on"), m_doneOn);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_save);
    layout->addSpacing(16);
    layout->addWidget(m_doneOn);
    layout->addWidget(m_complete);
    layout->addWidget(m_reopen);
    layout->addStretch(1);
    layout->addWidget(close);
    return row;
}

bool ReviewWindow::mayEdit() const
{
    const StaffUser &user = m_session.user();
    return user.active && roleAllows(user.role, Permission::EditCases)
           && !m_session.database().isReadOnly() && !m_review.closedOn.isValid();
}

bool ReviewWindow::canEdit() const
{
    return mayEdit() && !m_heldBy && !m_leaseLost;
}

// Two people filling in the same review would overwrite each other's steps: whoever opens it
// second sees it read-only, and who has it.
void ReviewWindow::takeLease()
{
    m_heldBy.reset();
    m_leaseLost = false;
    if (!mayEdit())
        return;
    if (!m_lease) {
        m_lease = new LeaseKeeper(m_session, leaseEntity, m_reviewId, Leases::DefaultTtl, this);
        connect(this, &QDialog::finished, m_lease, &LeaseKeeper::release);
        connect(m_lease, &LeaseKeeper::lost, this, &ReviewWindow::loseLease);
    }
    if (m_lease->isHeld())
        return;
    if (auto taken = m_lease->start(); !taken && taken.error().code == Error::Code::Conflict) {
        auto holder = Leases::current(m_session.database(), leaseEntity, m_reviewId);
        if (holder && *holder)
            m_heldBy = **holder;
    }
    // Any other failure (a busy disk) leaves the window editable: saving still refuses to
    // overwrite someone else's changes.
}

// Someone took the lease over while this window was open: what it holds stays, for copying,
// but can no longer be saved.
void ReviewWindow::loseLease(const QString &message)
{
    m_leaseLost = true;
    apply(m_review, true);
    showMessage(message, true);
}

void ReviewWindow::showLease()
{
    if (m_heldBy) {
        m_messageText = Leases::describe(*m_heldBy);
        m_header->messageBar()->showMessage(m_messageText, MessageBar::Kind::Warning);
        m_header->reloadButton()->show(); // to look again whether they are done
    }
}

bool ReviewWindow::read(bool keepEdits)
{
    auto loaded = PlanRepository(m_session).review(m_reviewId);
    if (!loaded) {
        showError(loaded.error());
        return false;
    }
    apply(std::move(loaded).value(), keepEdits);
    return true;
}

void ReviewWindow::apply(Review review, bool keepEdits)
{
    m_review = std::move(review);
    if (Status context = readContext(); !context)
        showError(context.error());
    m_context.review = &m_review;
    m_context.editable = canEdit();
    for (const ReviewStep &step : std::as_const(m_review.steps))
        ensurePage(step)->load(step, m_context, keepEdits);
    m_header->showReview(m_review, m_session.profile());
    updateTitle();
    updateStepList();
    updateProblems();
    updateButtons();
}

// What the forms show besides their own step, read once for all of them.
Status ReviewWindow::readContext()
{
    m_context.profile = &m_session.profile();
    m_context.today = m_session.today();
    m_context.user = m_session.user();
    ClientRepository clients(m_session);
    auto client = clients.get(m_review.clientId);
    auto contacts = clients.contacts(m_review.clientId);
    auto staff = m_session.users();
    auto meeting = MeetingRepository(m_session).forReview(m_reviewId);
    for (const Error *error : {client ? nullptr : &client.error(),
                               contacts ? nullptr : &contacts.error(),
                               staff ? nullptr : &staff.error(),
                               meeting ? nullptr : &meeting.error()}) {
        if (error)
            return *error;
    }
    m_context.client = *client;
    m_context.contacts = *contacts;
    m_context.staff = *staff;
    m_context.meeting = *meeting;
    DecisionRepository decisions(m_session);
    m_context.previousDecision.reset();
    m_context.newDecision.reset();
    for (auto [id, target] : {std::pair{m_review.decisionId, &m_context.previousDecision},
                              std::pair{m_review.newDecisionId, &m_context.newDecision}}) {
        if (!id)
            continue;
        auto decision = decisions.get(*id);
        if (!decision)
            return decision.error();
        *target = std::move(decision).value();
    }
    return Ok{};
}

StepPage *ReviewWindow::ensurePage(const ReviewStep &step)
{
    if (StepPage *existing = page(step.stepId))
        return existing;
    auto *created = new StepPage(step.stepId, m_session.profile(), m_stack);
    connect(created, &StepPage::changed, this, [this] {
        updateProblems();
        updateButtons();
    });
    connect(created->form(), &StepForm::actionRequested, this, &ReviewWindow::act);
    m_stack->addWidget(created);
    m_pages << created;
    return created;
}

StepPage *ReviewWindow::page(const QString &stepId) const
{
    for (StepPage *page : m_pages) {
        if (page->objectName() == stepId + QStringLiteral("Page"))
            return page;
    }
    return nullptr;
}

StepForm *ReviewWindow::stepForm(const QString &stepId) const
{
    StepPage *found = page(stepId);
    return found ? found->form() : nullptr;
}

StepPage *ReviewWindow::currentPage() const
{
    return qobject_cast<StepPage *>(m_stack->currentWidget());
}

QString ReviewWindow::currentStepId() const
{
    const QListWidgetItem *item = m_steps->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReviewWindow::showStep(const QString &stepId)
{
    for (int row = 0; row < m_steps->count(); ++row) {
        if (m_steps->item(row)->data(Qt::UserRole).toString() == stepId)
            m_steps->setCurrentRow(row);
    }
}

void ReviewWindow::updateStepList()
{
    const int row = qMax(0, m_steps->currentRow());
    const QSignalBlocker blocker(m_steps);
    m_steps->clear();
    const QDate today = m_session.today();
    for (const ReviewStep &step : std::as_const(m_review.steps)) {
        const QString when = step.isDone()
                                 ? tr("Done %1 by %2").arg(formatDate(step.doneOn), step.doneByName)
                             : step.isLate(today) ? tr("Due %1, late").arg(formatDate(step.dueOn))
                                                  : tr("Due %1").arg(formatDate(step.dueOn));
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(m_steps->count() + 1).arg(stepTitle(step.stepId)) + u'\n' + when,
            m_steps);
        item->setData(Qt::UserRole, step.stepId);
        item->setIcon(step.isDone()        ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                      : step.isLate(today) ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                           : blankIcon(m_steps->iconSize().width()));
        if (step.isLate(today))
            item->setForeground(lateColour);
    }
    m_steps->setCurrentRow(qMin(row, m_steps->count() - 1));
    m_stack->setCurrentIndex(m_steps->currentRow());
}

QList<FieldProblem> ReviewWindow::currentProblems() const
{
    const StepPage *shown = currentPage();
    if (!shown)
        return {};
    Review checked = m_review;
    ReviewStep *step = checked.step(shown->stored().stepId);
    if (!step)
        return {};
    *step = shown->step();
    StepContext context;
    context.review = &checked;
    context.step = step;
    context.profile = &m_session.profile();
    context.today = m_session.today();
    context.meeting = m_context.meeting;
    context.previousDecision = m_context.previousDecision;
    context.newDecision = m_context.newDecision;
    return checkStepCompletion(context, m_doneOn->date());
}

// What the step shown still lacks, as the rules see the form now: kept up to date while the
// user fills it in, so nobody has to try Complete to find out.
void ReviewWindow::updateProblems()
{
    m_problems->clear();
    const StepPage *shown = currentPage();
    if (!shown || shown->stored().isDone()) {
        m_problemsCaption->setText(shown ? tr("This step is done; reopen it to change it.")
                                         : QString());
        m_problems->hide();
        return;
    }
    const QList<FieldProblem> problems = currentProblems();
    m_problemsCaption->setText(problems.isEmpty() ? tr("The step can be completed.")
                                                  : tr("Still needed to complete this step:"));
    for (const FieldProblem &problem : problems) {
        auto *item = new QListWidgetItem(QStringLiteral("• ") + problem.message, m_problems);
        item->setData(Qt::UserRole, problem.field);
    }
    m_problems->setVisible(!problems.isEmpty());
}

void ReviewWindow::updateButtons()
{
    const bool editable = canEdit();
    const StepPage *shown = currentPage();
    const bool done = shown && shown->stored().isDone();
    m_save->setVisible(editable);
    m_save->setEnabled(isModified());
    m_doneOn->setVisible(editable && shown && !done);
    m_complete->setVisible(editable && shown && !done);
    m_reopen->setVisible(editable && done);
    if (done) {
        QStringList reasons;
        for (const FieldProblem &problem : checkStepReopen(m_review, shown->stored().stepId))
            reasons << problem.message;
        m_reopen->setEnabled(reasons.isEmpty());
        m_reopen->setToolTip(reasons.join(u'\n'));
    }
}

void ReviewWindow::updateTitle()
{
    setWindowTitle(tr("Review – %1").arg(m_review.clientName));
}

bool ReviewWindow::isModified() const
{
    return canEdit() && std::any_of(m_pages.cbegin(), m_pages.cend(), [](const StepPage *page) {
               return page->isModified();
           });
}

bool ReviewWindow::save()
{
    clearMessage();
    bool saved = false;
    for (StepPage *edited : std::as_const(m_pages)) {
        if (!edited->isModified())
            continue;
        auto result = PlanRepository(m_session).saveStep(edited->step());
        if (!result) {
            showConflict(edited, result.error());
            return false;
        }
        // The steps not saved yet keep what was typed in them.
        apply(std::move(result).value(), true);
        saved = true;
    }
    if (saved) {
        showMessage(tr("Saved."), false);
        emit reviewChanged(m_reviewId);
    }
    return true;
}

bool ReviewWindow::completeStep()
{
    StepPage *shown = currentPage();
    if (!shown)
        return false;
    clearMessage();
    const QString title = stepTitle(shown->stored().stepId);
    auto done = PlanRepository(m_session).completeStep(shown->step(), m_doneOn->date());
    if (!done) {
        showConflict(shown, done.error());
        return false;
    }
    apply(std::move(done).value(), true);
    showMessage(tr("\"%1\" is done.").arg(title), false);
    emit reviewChanged(m_reviewId);
    if (const ReviewStep *next = m_review.currentStep())
        showStep(next->stepId);
    return true;
}

bool ReviewWindow::reopenStep()
{
    const StepPage *shown = currentPage();
    if (!shown)
        return false;
    clearMessage();
    const ReviewStep &step = shown->stored();
    const QString title = stepTitle(step.stepId);
    const auto reason = CommentDialog::ask(
        this,
        tr("Reopen step"),
        tr("Why is \"%1\" reopened? The reason is recorded with the review.").arg(title));
    if (!reason)
        return false;
    auto reopened = PlanRepository(m_session).reopenStep(step.id, step.version, *reason);
    if (!reopened) {
        showError(reopened.error());
        return false;
    }
    apply(std::move(reopened).value(), true);
    showMessage(tr("\"%1\" is open again.").arg(title), false);
    emit reviewChanged(m_reviewId);
    return true;
}

void ReviewWindow::reload()
{
    clearMessage();
    takeLease();
    if (read(false))
        showLease();
}

bool ReviewWindow::compareAndMerge()
{
    StepPage *conflicted = page(m_conflictStepId);
    if (!conflicted)
        return false;
    const QString conflict = m_conflict;
    auto fresh = PlanRepository(m_session).review(m_reviewId);
    if (!fresh) {
        showError(fresh.error());
        return false;
    }
    const ReviewStep *stored = fresh->step(conflicted->stored().stepId);
    if (!stored)
        return false;
    const ReviewStep theirs = *stored;
    if (theirs.isDone() && !conflicted->stored().isDone()) {
        showMessage(tr("\"%1\" was completed meanwhile by %2 and can no longer be merged. "
                       "Reload it to see it as saved.")
                        .arg(stepTitle(theirs.stepId), theirs.doneByName),
                    true);
        m_header->reloadButton()->show();
        return false;
    }
    const MergeDialog::Presentation presentation{
        [conflicted](const QString &key) { return conflicted->fieldLabel(key); },
        &StepPage::fieldValue};
    const auto merged = MergeDialog::merge(this,
                                           conflict,
                                           stepContent(conflicted->storedAsShown()),
                                           stepContent(conflicted->step()),
                                           stepContent(theirs),
                                           presentation);
    if (!merged)
        return false; // the conflict and its buttons stay
    clearMessage();
    // The other steps keep what was typed in them; this one shows theirs with the merge on top.
    apply(std::move(fresh).value(), true);
    conflicted->loadWithEdits(theirs, m_context, withStepContent(theirs, *merged));
    if (!save())
        return false;
    showMessage(MergeDialog::mergedText(), false);
    return true;
}

void ReviewWindow::act(StepAction action)
{
    clearMessage();
    switch (action) {
    case StepAction::EditMeeting:
        editMeeting();
        break;
    case StepAction::WriteDecision:
        writeDecision();
        break;
    case StepAction::OpenDecision:
        if (m_review.newDecisionId)
            emit openDecisionRequested(*m_review.newDecisionId);
        break;
    case StepAction::PutInForce:
        putInForce();
        break;
    case StepAction::WritePreNotice:
        writePreNotice();
        break;
    }
}

// The meeting is saved by its dialog; linking it to the review (and moving the steps due from
// it) is the review's part, done when it is new here or its time changed.
void ReviewWindow::editMeeting()
{
    const Meeting before = m_context.meeting ? *m_context.meeting
                                             : newEvaluationMeeting(m_context, m_session.profile());
    const auto saved = MeetingDialog::edit(m_session, before, this);
    if (!saved)
        return;
    const ReviewStep *agreed = m_review.step(QStringLiteral("meeting_agreed"));
    const bool linked = agreed && agreed->form.value(form::meetingId).toInteger() == saved->id;
    auto result = linked && saved->startsAt == before.startsAt
                      ? PlanRepository(m_session).review(m_reviewId)
                      : PlanRepository(m_session).linkMeeting(m_reviewId, saved->id);
    if (!result) {
        showError(result.error());
        return;
    }
    apply(std::move(result).value(), true);
    emit reviewChanged(m_reviewId);
}

// The new draft is prefilled from the investigation and the estimates as saved: what was typed
// in them is saved first.
void ReviewWindow::writeDecision()
{
    if (isModified() && !save())
        return;
    auto started = PlanRepository(m_session).startNewDecision(m_reviewId);
    if (!started) {
        showError(started.error());
        return;
    }
    apply(std::move(started).value(), true);
    emit reviewChanged(m_reviewId);
    if (m_review.newDecisionId)
        emit openDecisionRequested(*m_review.newDecisionId);
}

// Issuing the letter completes the pre-notice step in core, from the step as saved: what was
// typed in the forms is saved first, and the review is read again afterwards.
void ReviewWindow::writePreNotice()
{
    if (isModified() && !save())
        return;
    LetterSubject subject;
    subject.kind = LetterKind::PreNotice;
    subject.reviewId = m_reviewId;
    const auto issued = LetterDialog::write(m_session, subject, this);
    if (!issued)
        return;
    read(true);
    showMessage(tr("The pre-notice is issued (%n letter(s)) and kept in the archive.",
                   nullptr,
                   int(issued->size())),
                false);
    emit reviewChanged(m_reviewId);
    if (const ReviewStep *next = m_review.currentStep())
        showStep(next->stepId);
}

// Before the complaint deadline the decision goes in force only with a reason, audited.
void ReviewWindow::putInForce()
{
    if (!m_context.newDecision)
        return;
    const Decision decision = *m_context.newDecision;
    ActionInput input;
    if (!checkAction(decision,
                     DecisionAction::PutInForce,
                     input,
                     m_session.user(),
                     m_session.profile(),
                     m_session.today())
             .isEmpty()) {
        const auto reason = CommentDialog::ask(
            this,
            tr("Put in force early"),
            tr("The %1 runs until %2. Why must the decision be put in force before then? The "
               "reason is recorded.")
                .arg(legalTerm(m_session.profile(), QStringLiteral("complaint_deadline")).toLower(),
                     formatDate(decision.complaintDeadline)));
        if (!reason)
            return;
        input.overrideReason = *reason;
    }
    auto result = DecisionRepository(m_session).perform(
        decision.id, decision.version, DecisionAction::PutInForce, input);
    if (!result) {
        showError(result.error());
        return;
    }
    read(true);
    showMessage(tr("%1 is in force from %2.").arg(result->reference, formatDate(result->inForceOn)),
                false);
    emit reviewChanged(m_reviewId);
}

void ReviewWindow::showError(const Error &error)
{
    if (error.code == Error::Code::InvalidInput && !error.problems.isEmpty()) {
        showProblems(error.problems, tr("The step cannot be completed yet:"));
        return;
    }
    QString text = error.message;
    if (!error.detail.isEmpty())
        text += u'\n' + error.detail;
    showMessage(text, true);
    // Someone saved first: the way on is to read theirs.
    m_header->reloadButton()->setVisible(error.code == Error::Code::Conflict);
}

void ReviewWindow::showConflict(const StepPage *page, const Error &error)
{
    showError(error);
    if (error.code != Error::Code::Conflict)
        return;
    m_conflictStepId = page->stored().stepId;
    m_conflict = error.message;
    m_header->mergeButton()->show();
}

// Marked at their fields (on the form, the due date and notes, the done date) and listed.
void ReviewWindow::showProblems(const QList<FieldProblem> &problems, const QString &intro)
{
    if (StepPage *shown = currentPage())
        shown->showProblems(problems);
    m_marker.clear();
    QStringList lines = {intro};
    for (const FieldProblem &problem : problems) {
        m_marker.mark(problem);
        lines << QStringLiteral("• ") + problem.message;
    }
    showMessage(lines.join(u'\n'), true);
}

void ReviewWindow::showMessage(const QString &text, bool isError)
{
    m_messageText = text;
    m_header->messageBar()->showMessage(
        text, isError ? MessageBar::Kind::Error : MessageBar::Kind::Information);
}

void ReviewWindow::clearMessage()
{
    m_marker.clear();
    for (StepPage *each : std::as_const(m_pages))
        each->showProblems({});
    m_messageText.clear();
    m_header->messageBar()->hide();
    m_header->reloadButton()->hide();
    m_header->mergeButton()->hide();
    m_conflictStepId.clear();
    showLease();
}

QPushButton *ReviewWindow::reloadButton() const
{
    return m_header->reloadButton();
}

QPushButton *ReviewWindow::mergeButton() const
{
    return m_header->mergeButton();
}

void ReviewWindow::reject()
{
    if (isModified()) {
        const auto answer
            = MessageBox::question(this,
                                   tr("Unsaved changes"),
                                   tr("Save the changes to this review?"),
                                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                   QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace fremdrift
