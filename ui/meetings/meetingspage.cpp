#include "meetings/meetingspage.h"

#include "documents/icalendar.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetinglistmodel.h"
#include "storage/database.h"
#include "widgets/readonlylist.h"
#include "workflow/permissions.h"
#include "workflow/session.h"
#include "widgets/windowhelpers.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fremdrift {

namespace {

constexpr int DefaultMinutes = 60;

} // namespace

MeetingsPage::MeetingsPage(QWidget *parent)
    : Page(parent)
    , m_model(new MeetingListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MeetingListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(QStringLiteral("meetingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MeetingListModel::WhenColumn, Qt::AscendingOrder);
    setUpReadOnlyList(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingListModel::PlaceColumn, QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QTableView::activated, this, &MeetingsPage::openCurrent);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MeetingsPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(createFilters());
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons());
    setSession(nullptr);
}

QWidget *MeetingsPage::createFilters()
{
    auto *row = new QWidget(this);
    m_when = new QComboBox(row);
    m_when->setObjectName(QStringLiteral("whenFilter"));
    m_when->addItem(tr("Coming"), int(When::Coming));
    m_when->addItem(tr("Past"), int(When::Past));
    m_when->addItem(tr("All"), int(When::All));
    m_kind = new QComboBox(row);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Every kind"));
    for (MeetingKind kind : allMeetingKinds())
        m_kind->addItem(meetingKindName(kind), int(kind));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Show:"), m_when, row));
    layout->addWidget(m_when);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&Kind:"), m_kind, row));
    layout->addWidget(m_kind);
    layout->addStretch(1);
    connect(m_when, &QComboBox::currentIndexChanged, this, [this] {
        // Coming meetings soonest first; past ones most recent first.
        m_view->sortByColumn(MeetingListModel::WhenColumn,
                             when() == When::Past ? Qt::DescendingOrder : Qt::AscendingOrder);
        reload();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingsPage::reload);
    return row;
}

QWidget *MeetingsPage::createButtons()
{
    auto *row = new QWidget(this);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_new = new QPushButton(tr("&New meeting…"), row);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_open = new QPushButton(tr("&Open"), row);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_export = new QPushButton(tr("E&xport invitation (.ics)…"), row);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_new, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_open, &QPushButton::clicked, this, &MeetingsPage::openCurrent);
    connect(m_export, &QPushButton::clicked, this, &MeetingsPage::exportCurrent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_export);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    return row;
}

void MeetingsPage::setSession(Session *session)
{
    m_session = session;
    setEnabled(session != nullptr);
    reload();
    fitColumns();
}

void MeetingsPage::fitColumns()
{
    // The place fits its text up to a width that leaves the meeting's name room.
    constexpr int WidestPlace = 170;
    m_view->resizeColumnToContents(MeetingListModel::PlaceColumn);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(
        MeetingListModel::PlaceColumn,
        std::min(header->sectionSize(MeetingListModel::PlaceColumn), WidestPlace));
}

void MeetingsPage::refresh(Session *session)
{
    if (session != m_session) {
        setSession(session);
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    reload(); // keeps the chosen meeting by id
    m_view->verticalScrollBar()->setValue(scroll);
}

MeetingsPage::When MeetingsPage::when() const
{
    return When(m_when->currentData().toInt());
}

void MeetingsPage::setWhen(When when)
{
    m_when->setCurrentIndex(m_when->findData(int(when)));
}

MeetingFilter MeetingsPage::filter() const
{
    MeetingFilter filter;
    if (m_session) {
        // Today's meetings count as coming all day: the caseworker still has to hold them.
        const QDateTime today(m_session->today(), QTime(0, 0));
        if (when() == When::Coming)
            filter.from = today;
        else if (when() == When::Past)
            filter.to = today;
    }
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.kind = MeetingKind(kind.toInt());
    return filter;
}

qint64 MeetingsPage::currentMeetingId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(MeetingListModel::IdRole).toLongLong() : 0;
}

void MeetingsPage::selectMeeting(qint64 id)
{
    for (int row = 0; id && row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(MeetingListModel::IdRole).toLongLong() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

void MeetingsPage::reload()
{
    if (!m_session) {
        m_model->setMeetings({});
        m_count->clear();
        updateButtons();
        return;
    }
    auto meetings = MeetingRepository(*m_session).list(filter());
    if (!meetings) {
        emit message(meetings.error().message, true);
        return;
    }
    const qint64 selected = currentMeetingId();
    const int count = int(meetings->size());
    m_model->setMeetings(std::move(meetings).value());
    m_count->setText(tr("%n meeting(s)", nullptr, count));
    selectMeeting(selected);
    updateButtons();
}

void MeetingsPage::updateButtons()
{
    const bool mayEdit = m_session && roleAllows(m_session->user().role, Permission::EditCases)
                         && !m_session->database().isReadOnly();
    const bool chosen = m_view->selectionModel()->hasSelection();
    m_new->setEnabled(mayEdit);
    m_open->setEnabled(chosen);
    m_export->setEnabled(chosen);
}

Meeting MeetingsPage::freshMeeting() const
{
    Meeting meeting;
    // Denmark's offices hold follow-up meetings (seed 004); NO and SE evaluate (seed 000).
    meeting.kind = m_session->profile().code == JurisdictionCode::Denmark ? MeetingKind::FollowUp
                                                                          : MeetingKind::Evaluation;
    meeting.startsAt = QDateTime(m_session->today().addDays(7), QTime(10, 0));
    meeting.endsAt = meeting.startsAt.addSecs(DefaultMinutes * 60);
    // Whoever plans the meeting usually leads it.
    MeetingParticipant me;
    me.name = m_session->user().fullName;
    me.staffUserId = m_session->user().id;
    me.role = m_session->user().role == Role::Leader ? QStringLiteral("leader")
                                                     : QStringLiteral("caseworker");
    me.invited = true;
    me.accepted = true;
    me.isCoordinator = true;
    meeting.participants << me;
    return meeting;
}

void MeetingsPage::newMeeting()
{
    if (!m_session)
        return;
    const auto saved = MeetingDialog::edit(*m_session, freshMeeting(), this);
    if (!saved)
        return;
    reload();
    selectMeeting(saved->id);
    emit message(tr("The meeting is saved."), false);
}

void MeetingsPage::openCurrent()
{
    if (const qint64 id = currentMeetingId())
        openMeeting(id);
}

void MeetingsPage::openMeeting(qint64 id)
{
    if (!m_session)
        return;
    auto meeting = MeetingRepository(*m_session).get(id);
    if (!meeting) {
        emit message(meeting.error().message, true);
        return;
    }
    if (MeetingDialog::edit(*m_session, std::move(meeting).value(), this))
        reload();
}

bool MeetingsPage::exportCurrentTo(const QString &path)
{
    const qint64 id = currentMeetingId();
    if (!m_session || id == 0)
        return false;
    MeetingRepository meetings(*m_session);
    auto meeting = meetings.get(id);
    auto key = meeting ? meetings.calendarKey() : Result<QString>(meeting.error());
    if (!key) {
        emit message(key.error().message, true);
        return false;
    }
    const QByteArray calendar = ICalendar::fromMeeting(*meeting, {*key, {}});
    if (Status written = ICalendar::writeFile(path, calendar); !written) {
        emit message(written.error().message, true);
        return false;
    }
    emit message(tr("The invitation is in %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void MeetingsPage::exportCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QString name = m_proxy->index(current.row(), MeetingListModel::TitleColumn).data().toString();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export invitation"),
                                                      folder + u'/' + name + QStringLiteral(".ics"),
                                                      tr("Calendar invitations (*.ics)"));
    if (!path.isEmpty())
        exportCurrentTo(path);
}

} // namespace fremdrift
