#include "meetings/meetingdialog.h"

#include "documents/icalendar.h"
#include "i18n/language.h"
#include "letters/letterdialog.h"
#include "meetings/meetingparticipantsmodel.h"
#include "messagebar.h"
#include "repository/clientrepository.h"
#include "repository/meetingrepository.h"
#include "storage/database.h"
#include "widgets/mergedialog.h"
#include "widgets/optionaldateedit.h"
#include "widgets/windowhelpers.h"
#include "workflow/meetingrules.h"
#include "workflow/permissions.h"
#include "workflow/recordmerge.h"
#include "workflow/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace fremdrift {

namespace {

constexpr int DefaultMinutes = 60;
constexpr int MaxClientMatches = 30;
constexpr int ClientIdRole = Qt::UserRole + 1;
constexpr int ClientNameRole = Qt::UserRole + 2;

// The role column is edited with a list of the roles, by name.
class RoleDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *
    createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &key : participantRoleKeys())
            combo->addItem(participantRoleName(key), key);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QString roleForStaff(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Administrator:
    case Role::ReadOnly:
        break;
    }
    return QStringLiteral("other");
}

// The form's field for a problem: every participant problem points at the table.
QList<FieldProblem> forForm(QList<FieldProblem> problems)
{
    for (FieldProblem &problem : problems) {
        if (problem.field.startsWith(u"participants"))
            problem.field = QStringLiteral("participants");
    }
    return problems;
}

} // namespace

MeetingDialog::MeetingDialog(Session &session, Meeting meeting, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_meeting(std::move(meeting))
    , m_bar(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_participants(new MeetingParticipantsModel(this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->addTab(createMeetingTab(), tr("&Meeting"));
    m_tabs->addTab(createParticipantsTab(), tr("&Participants"));
    m_tabs->addTab(createTextsTab(), tr("A&genda and minutes"));

    m_export = new QPushButton(tr("E&xport invitation (.ics)…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Saves the meeting and writes a calendar invitation that Outlook "
                            "and Thunderbird can import."));
    m_invitationLetter = new QPushButton(tr("Invit&ation letter…"), this);
    m_invitationLetter->setObjectName(QStringLiteral("invitationLetterButton"));
    m_minutesLetter = new QPushButton(tr("Minutes letter…"), this);
    m_minutesLetter->setObjectName(QStringLiteral("minutesLetterButton"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_mergeButton = MergeDialog::createButton(this);
    connect(m_mergeButton, &QPushButton::clicked, this, &MeetingDialog::compareAndMerge);
    m_reloadButton = new QPushButton(tr("&Reload"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Show the meeting as now saved; your changes here are lost."));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &MeetingDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &MeetingDialog::askExportPath);
    connect(m_invitationLetter, &QPushButton::clicked, this, [this] {
        writeLetter(LetterKind::MeetingInvitation);
    });
    connect(
        m_minutesLetter, &QPushButton::clicked, this, [this] { writeLetter(LetterKind::Minutes); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_export);
    bottom->addWidget(m_invitationLetter);
    bottom->addWidget(m_minutesLetter);
    bottom->addStretch(1);
    bottom->addWidget(m_mergeButton);
    bottom->addWidget(m_reloadButton);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    registerFields();
    showMeeting(m_meeting);
    updatePermissions();
    // Fits a 1024×700 screen with room for the window frame and a task bar.
    resize(780, 600);
}

MeetingDialog::~MeetingDialog() = default;

QWidget *MeetingDialog::createMeetingTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (MeetingKind kind : allMeetingKinds())
        m_kind->addItem(meetingKindName(kind), int(kind));
    m_title = new QLineEdit(tab);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Empty: the kind of meeting and the client's name"));

    m_startDate = new QDateEdit(tab);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_startDate->setCalendarPopup(true);
    m_startTime = new QTimeEdit(tab);
    m_startTime->setObjectName(QStringLiteral("startTimeEdit"));
    m_startTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_startTime->setAccessibleName(tr("Start time"));
    auto *start = new QHBoxLayout;
    start->addWidget(m_startDate);
    start->addWidget(m_startTime);
    start->addStretch(1);

    m_duration = new QSpinBox(tab);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(5, 12 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_endLabel = new QLabel(tab);
    m_endLabel->setObjectName(QStringLiteral("endLabel"));
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_duration);
    duration->addWidget(m_endLabel);
    duration->addStretch(1);
    for (auto *edit : {static_cast<QAbstractSpinBox *>(m_startTime),
                       static_cast<QAbstractSpinBox *>(m_duration)})
        connect(edit, &QAbstractSpinBox::editingFinished, this, &MeetingDialog::updateEnd);
    connect(m_duration, &QSpinBox::valueChanged, this, &MeetingDialog::updateEnd);
    connect(m_startTime, &QTimeEdit::timeChanged, this, &MeetingDialog::updateEnd);

    m_place = new QLineEdit(tab);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_video = new QLineEdit(tab);
    m_video->setObjectName(QStringLiteral("videoEdit"));
    m_video->setPlaceholderText(QStringLiteral("https://"));
    m_agreedHow = new QComboBox(tab);
    m_agreedHow->setObjectName(QStringLiteral("agreedHowCombo"));
    m_agreedHow->addItem(agreedHowName({}), QString());
    for (const QString &key : agreedHowKeys())
        m_agreedHow->addItem(agreedHowName(key), key);
    m_nextMeeting = new OptionalDateEdit(tab);
    m_nextMeeting->setObjectName(QStringLiteral("nextMeetingEdit"));
    m_held = new QCheckBox(tr("The meeting has been &held"), tab);
    m_held->setObjectName(QStringLiteral("heldCheck"));

    form->addRow(buddyLabel(tr("&Kind:"), m_kind, m_kind->parentWidget()), m_kind);
    form->addRow(buddyLabel(tr("&Title:"), m_title, m_title->parentWidget()), m_title);
    form->addRow(tr("Client:"), createClientField(tab));
    form->addRow(buddyLabel(tr("&Starts:"), m_startDate, m_startDate->parentWidget()), start);
    form->addRow(buddyLabel(tr("&Duration:"), m_duration, m_duration->parentWidget()), duration);
    form->addRow(buddyLabel(tr("P&lace:"), m_place, m_place->parentWidget()), m_place);
    form->addRow(buddyLabel(tr("&Video link:"), m_video, m_video->parentWidget()), m_video);
    form->addRow(buddyLabel(tr("Ho&w agreed:"), m_agreedHow, m_agreedHow->parentWidget()),
                 m_agreedHow);
    form->addRow(buddyLabel(tr("&Next meeting:"), m_nextMeeting, m_nextMeeting->parentWidget()),
                 m_nextMeeting);
    form->addRow(QString(), m_held);
    return tab;
}

QWidget *MeetingDialog::createClientField(QWidget *parent)
{
    auto *field = new QWidget(parent);
    m_clientLabel = new QLabel(field);
    m_clientLabel->setObjectName(QStringLiteral("clientLabel"));
    m_clientLabel->setWordWrap(true);
    m_clientEdit = new QLineEdit(field);
    m_clientEdit->setObjectName(QStringLiteral("clientEdit"));
    m_clientEdit->setAccessibleName(tr("Client"));
    m_clientEdit->setPlaceholderText(tr("Type a name to search, or leave empty"));
    m_clientMatches = new QStandardItemModel(this);
    m_clientCompleter = new QCompleter(m_clientMatches, this);
    // The repository already matched every word typed; the completer must not filter again.
    m_clientCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_clientEdit->setCompleter(m_clientCompleter);
    connect(m_clientEdit, &QLineEdit::textEdited, this, &MeetingDialog::searchClients);
    connect(
        m_clientCompleter,
        qOverload<const QModelIndex &>(&QCompleter::activated),
        this,
        [this](const QModelIndex &index) { chooseClient(index.data(ClientIdRole).toLongLong()); });
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_clientEdit);
    layout->addWidget(m_clientLabel);
    return field;
}

QWidget *MeetingDialog::createParticipantsTab()
{
    auto *tab = new QWidget(this);
    m_participantView = new QTableView(tab);
    m_participantView->setObjectName(QStringLiteral("participantsView"));
    m_participantView->setModel(m_participants);
    m_participantView->setItemDelegateForColumn(MeetingParticipantsModel::RoleColumn,
                                                new RoleDelegate(m_participantView));
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->verticalHeader()->hide();
    QHeaderView *header = m_participantView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingParticipantsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingParticipantsModel::EmailColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_peopleButton = new QPushButton(tr("Add from the &client's people"), tab);
    m_peopleButton->setObjectName(QStringLiteral("addPeopleButton"));
    m_peopleMenu = new QMenu(m_peopleButton);
    m_peopleButton->setMenu(m_peopleMenu);
    connect(m_peopleMenu, &QMenu::aboutToShow, this, &MeetingDialog::fillPeopleMenu);
    auto *staffButton = new QPushButton(tr("Add &staff"), tab);
    staffButton->setObjectName(QStringLiteral("addStaffButton"));
    m_staffMenu = new QMenu(staffButton);
    staffButton->setMenu(m_staffMenu);
    connect(m_staffMenu, &QMenu::aboutToShow, this, &MeetingDialog::fillStaffMenu);
    auto *person = new QPushButton(tr("Add &person"), tab);
    person->setObjectName(QStringLiteral("addPersonButton"));
    connect(person, &QPushButton::clicked, this, [this] { addPerson(); });
    auto *remove = new QPushButton(tr("&Remove"), tab);
    remove->setObjectName(QStringLiteral("removeParticipantButton"));
    connect(remove, &QPushButton::clicked, this, &MeetingDialog::removeSelectedParticipants);
    m_suggestButton = new QPushButton(tr("Suggest &minute-taker"), tab);
    m_suggestButton->setObjectName(QStringLiteral("suggestMinuteTakerButton"));
    m_suggestButton->setToolTip(tr("Taking the minutes goes round the participants: this marks "
                                   "the one whose turn was longest ago. The coordinator, who "
                                   "leads, and the client are never asked."));
    connect(m_suggestButton, &QPushButton::clicked, this, [this] { suggestMinuteTaker(); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_peopleButton, staffButton, person, remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_suggestButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_participantView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *MeetingDialog::createTextsTab()
{
    auto *tab = new QWidget(this);
    auto text = [tab](const char *name) {
        auto *edit = new QPlainTextEdit(tab);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_agenda = text("agendaEdit");
    m_minutes = text("minutesEdit");
    m_agreements = text("agreementsEdit");
    auto *useDefault = new QPushButton(tr("&Use default agenda"), tab);
    useDefault->setObjectName(QStringLiteral("defaultAgendaButton"));
    useDefault->setToolTip(tr("Replaces the agenda with the usual one for this kind of meeting."));
    connect(useDefault, &QPushButton::clicked, this, &MeetingDialog::useDefaultAgenda);

    auto *agendaRow = new QHBoxLayout;
    agendaRow->addWidget(buddyLabel(tr("A&genda:"), m_agenda, m_agenda->parentWidget()));
    agendaRow->addStretch(1);
    agendaRow->addWidget(useDefault);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(agendaRow);
    layout->addWidget(m_agenda, 3);
    layout->addWidget(buddyLabel(tr("M&inutes:"), m_minutes, m_minutes->parentWidget()));
    layout->addWidget(m_minutes, 2);
    layout->addWidget(buddyLabel(tr("Agr&eements:"), m_agreements, m_agreements->parentWidget()));
    layout->addWidget(m_agreements, 1);
    return tab;
}

void MeetingDialog::registerFields()
{
    const std::pair<const char *, QWidget *> fields[] = {
        {"kind", m_kind},
        {"title", m_title},
        {"client_id", m_clientEdit},
        {"review_id", m_clientEdit},
        {"starts_at", m_startDate},
        {"ends_at", m_duration},
        {"location", m_place},
        {"video_link", m_video},
        {"agreed_how", m_agreedHow},
        {"next_meeting_on", m_nextMeeting},
        {"held", m_held},
        {"participants", m_participantView},
        {"agenda", m_agenda},
        {"minutes", m_minutes},
        {"agreements", m_agreements},
    };
    for (const auto &[field, widget] : fields)
        m_marker.add(QString::fromLatin1(field), widget);
}

void MeetingDialog::showMeeting(const Meeting &meeting)
{
    setWindowTitle(meeting.id == 0 ? tr("New meeting")
                                   : tr("Meeting: %1").arg(ICalendar::summary(meeting)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(meeting.kind))));
    m_title->setText(meeting.title);
    m_clientId = meeting.clientId;
    m_clientName = meeting.clientName;
    // The client of a saved meeting or one started from a client stays; a new one may pick.
    const bool fixedClient = meeting.clientId.has_value();
    m_clientEdit->setVisible(!fixedClient);
    m_clientLabel->setText(fixedClient ? meeting.clientName
                                       : tr("Choose from the list that appears as you type."));
    const QDateTime start = meeting.startsAt.isValid()
                                ? meeting.startsAt
                                : QDateTime(m_session.today().addDays(7), QTime(10, 0));
    m_startDate->setDate(start.date());
    m_startTime->setTime(start.time());
    const qint64 minutes = meeting.endsAt.isValid() && meeting.startsAt.isValid()
                               ? meeting.startsAt.secsTo(meeting.endsAt) / 60
                               : DefaultMinutes;
    m_duration->setValue(
        int(std::clamp<qint64>(minutes, m_duration->minimum(), m_duration->maximum())));
    m_place->setText(meeting.location);
    m_video->setText(meeting.videoLink);
    m_agreedHow->setCurrentIndex(std::max(0, m_agreedHow->findData(meeting.agreedHow)));
    m_nextMeeting->setOptionalDate(meeting.nextMeetingOn);
    m_held->setChecked(meeting.held);
    m_participants->setParticipants(meeting.participants);
    m_agenda->setPlainText(meeting.agenda);
    m_minutes->setPlainText(meeting.minutes);
    m_agreements->setPlainText(meeting.agreements);
    m_peopleButton->setEnabled(m_clientId.has_value());
    // Letters are written from the meeting as stored.
    for (QPushButton *letter : {m_invitationLetter, m_minutesLetter}) {
        letter->setEnabled(meeting.id != 0);
        letter->setToolTip(meeting.id != 0 ? tr("Writes the letter to the client and their "
                                                "guardians, and issues it into the archive")
                                           : tr("Save the meeting first"));
    }
    updateEnd();
}

Meeting MeetingDialog::formMeeting() const
{
    Meeting meeting = m_meeting;
    meeting.kind = MeetingKind(m_kind->currentData().toInt());
    meeting.title = m_title->text().trimmed();
    meeting.clientId = m_clientId;
    meeting.clientName = m_clientName;
    meeting.startsAt = QDateTime(m_startDate->date(), m_startTime->time());
    meeting.endsAt = meeting.startsAt.addSecs(qint64(m_duration->value()) * 60);
    meeting.location = m_place->text().trimmed();
    meeting.videoLink = m_video->text().trimmed();
    meeting.agreedHow = m_agreedHow->currentData().toString();
    meeting.nextMeetingOn = m_nextMeeting->optionalDate();
    meeting.held = m_held->isChecked();
    meeting.participants = m_participants->participants();
    meeting.agenda = m_agenda->toPlainText();
    meeting.minutes = m_minutes->toPlainText();
    meeting.agreements = m_agreements->toPlainText();
    return meeting;
}

bool MeetingDialog::hasUnsavedChanges() const
{
    return m_meeting.id == 0 || toJson(formMeeting()) != toJson(m_meeting);
}

void MeetingDialog::updateEnd()
{
    const QTime end = m_startTime->time().addSecs(qint64(m_duration->value()) * 60);
    m_endLabel->setText(tr("ends at %1").arg(QLocale().toString(end, QLocale::ShortFormat)));
}

bool MeetingDialog::mayEdit() const
{
    return roleAllows(m_session.user().role, Permission::EditCases)
           && !m_session.database().isReadOnly();
}

void MeetingDialog::updatePermissions()
{
    Status allowed = requirePermission(m_session.user(), Permission::EditCases);
    if (allowed && m_session.database().isReadOnly())
        allowed = makeError(Error::Code::ReadOnly, m_session.database().readOnlyReason());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(allowed.ok());
    m_export->setEnabled(allowed.ok() || m_meeting.id != 0);
    if (!allowed)
        m_bar->showMessage(allowed.error().message, MessageBar::Kind::Information);
}

void MeetingDialog::searchClients(const QString &text)
{
    // Typing again unchooses: what is in the box must be whom the meeting is about.
    m_clientId.reset();
    m_clientName.clear();
    m_peopleButton->setEnabled(false);
    m_clientMatches->clear();
    m_clientLabel->setText(text.trimmed().isEmpty()
                               ? tr("Choose from the list that appears as you type.")
                               : QString());
    if (text.trimmed().isEmpty())
        return;
    auto found = ClientRepository(m_session).search(text, MaxClientMatches);
    if (!found) {
        m_clientLabel->setText(found.error().message);
        return;
    }
    for (const ClientSummary &client : std::as_const(*found)) {
        QStringList parts = {client.name};
        if (!client.unitName.isEmpty())
            parts << client.unitName;
        auto *item = new QStandardItem(parts.join(QStringLiteral(" · ")));
        item->setData(client.id, ClientIdRole);
        item->setData(client.name, ClientNameRole);
        m_clientMatches->appendRow(item);
    }
    if (found->isEmpty())
        m_clientLabel->setText(tr("No client matches."));
}

void MeetingDialog::chooseClient(qint64 clientId)
{
    auto client = ClientRepository(m_session).get(clientId);
    if (!client) {
        m_clientLabel->setText(client.error().message);
        return;
    }
    m_clientId = client->id;
    // As the repository reads it back, so that saving changes nothing the user did not.
    m_clientName = client->familyName + QStringLiteral(", ") + client->givenName;
    m_clientEdit->setText(client->fullName());
    m_clientLabel->setText(tr("About %1.").arg(client->fullName()));
    m_peopleButton->setEnabled(true);
}

void MeetingDialog::fillPeopleMenu()
{
    m_peopleMenu->clear();
    if (!m_clientId)
        return;
    auto client = ClientRepository(m_session).get(*m_clientId);
    auto contacts = ClientRepository(m_session).contacts(*m_clientId);
    if (!client || !contacts) {
        m_bar->showMessage((client ? contacts.error() : client.error()).message,
                           MessageBar::Kind::Error);
        return;
    }
    QAction *self = m_peopleMenu->addAction(
        tr("%1 (client)").arg(client->fullName()), this, [this] { addClientThemself(); });
    self->setObjectName(QStringLiteral("addClientAction"));
    for (const Contact &contact : std::as_const(*contacts)) {
        QAction *action = m_peopleMenu->addAction(
            tr("%1 (%2)").arg(contact.name, relationName(contact.relation)), this, [this, contact] {
                addContact(contact);
            });
        MeetingParticipant person;
        person.contactId = contact.id;
        person.name = contact.name;
        action->setEnabled(!m_participants->contains(person)); // listed already
    }
    MeetingParticipant themself;
    themself.name = client->fullName();
    self->setEnabled(!m_participants->contains(themself));
}

void MeetingDialog::fillStaffMenu()
{
    m_staffMenu->clear();
    auto users = m_session.users();
    if (!users) {
        m_bar->showMessage(users.error().message, MessageBar::Kind::Error);
        return;
    }
    for (const StaffUser &user : std::as_const(*users)) {
        if (!user.active)
            continue;
        QAction *action
            = m_staffMenu->addAction(user.fullName, this, [this, user] { addStaff(user); });
        MeetingParticipant person;
        person.staffUserId = user.id;
        action->setEnabled(!m_participants->contains(person)); // listed already
    }
}

int MeetingDialog::addClientThemself()
{
    if (!m_clientId)
        return -1;
    auto client = ClientRepository(m_session).get(*m_clientId);
    if (!client) {
        m_bar->showMessage(client.error().message, MessageBar::Kind::Error);
        return -1;
    }
    MeetingParticipant p;
    p.name = client->fullName();
    p.role = QStringLiteral("client");
    p.email = client->email;
    p.invited = true;
    return m_participants->addParticipant(p);
}

int MeetingDialog::addContact(const Contact &contact)
{
    MeetingParticipant p;
    p.name = contact.name;
    p.role = participantRoleOf(contact.relation);
    p.contactId = contact.id;
    p.email = contact.email;
    p.invited = true;
    // The responsibility group's coordinator (seed 003) leads, unless someone already does.
    p.isCoordinator = contact.groupCoordinator && !formMeeting().coordinator();
    return m_participants->addParticipant(p);
}

int MeetingDialog::addStaff(const StaffUser &user)
{
    MeetingParticipant p;
    p.name = user.fullName;
    p.role = roleForStaff(user.role);
    p.staffUserId = user.id;
    p.invited = true;
    return m_participants->addParticipant(p);
}

int MeetingDialog::addPerson(const QString &name)
{
    MeetingParticipant p;
    p.name = name;
    p.invited = true;
    const int row = m_participants->addParticipant(p);
    if (name.isEmpty()) {
        const QModelIndex index = m_participants->index(row, MeetingParticipantsModel::NameColumn);
        m_participantView->setCurrentIndex(index);
        m_participantView->edit(index);
    }
    return row;
}

void MeetingDialog::removeSelectedParticipants()
{
    QList<int> rows;
    for (const QModelIndex &index : m_participantView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_participantView->currentIndex().isValid())
        rows << m_participantView->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_participants->removeRows(row, 1);
}

std::optional<int> MeetingDialog::suggestMinuteTaker()
{
    auto suggested = MeetingRepository(m_session).suggestMinuteTaker(formMeeting());
    if (!suggested) {
        m_bar->showMessage(suggested.error().message, MessageBar::Kind::Error);
        return std::nullopt;
    }
    if (!*suggested) {
        m_bar->showMessage(tr("Nobody to suggest: add participants besides the client and the "
                              "coordinator, who leads."),
                           MessageBar::Kind::Information);
        return std::nullopt;
    }
    const int row = **suggested;
    m_participants->setMinuteTaker(row);
    m_participantView->selectRow(row);
    m_bar->showMessage(tr("%1 takes the minutes this time: their turn was longest ago.")
                           .arg(m_participants->participants().at(row).name),
                       MessageBar::Kind::Information);
    return row;
}

void MeetingDialog::useDefaultAgenda()
{
    m_agenda->setPlainText(defaultAgenda(m_session.profile(),
                                         MeetingKind(m_kind->currentData().toInt()),
                                         languageForLocale(QLocale())));
}

bool MeetingDialog::save()
{
    m_marker.clear();
    m_bar->hide();
    m_mergeButton->hide();
    m_reloadButton->hide();
    auto saved = MeetingRepository(m_session).save(formMeeting());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_meeting = std::move(saved).value();
    m_saved = true;
    showMeeting(m_meeting);
    return true;
}

void MeetingDialog::accept()
{
    if (save())
        QDialog::accept();
}

void MeetingDialog::showProblems(const QList<FieldProblem> &problems)
{
    QStringList lines = {tr("The meeting was not saved:")};
    for (const FieldProblem &problem : problems)
        lines << QStringLiteral("• ") + problem.message;
    m_bar->showMessage(lines.join(u'\n'), MessageBar::Kind::Error);
    m_marker.mark(forForm(problems));
    if (QWidget *first = m_marker.firstMarked()) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(first))
                m_tabs->setCurrentIndex(i);
        }
        first->setFocus();
    }
}

void MeetingDialog::showError(const Error &error)
{
    if (error.code == Error::Code::InvalidInput && !error.problems.isEmpty()) {
        showProblems(error.problems);
        return;
    }
    QString text = error.message;
    const bool conflict = error.code == Error::Code::Conflict && m_meeting.id != 0;
    if (conflict) {
        m_conflict = error.message;
        text += u' ' + tr("Compare and merge keeps both your changes and theirs.");
    }
    m_bar->showMessage(text, MessageBar::Kind::Error);
    m_mergeButton->setVisible(conflict);
    m_reloadButton->setVisible(conflict);
}

void MeetingDialog::reload()
{
    auto fresh = MeetingRepository(m_session).get(m_meeting.id);
    if (!fresh) {
        showError(fresh.error());
        return;
    }
    m_meeting = std::move(fresh).value();
    showMeeting(m_meeting);
    m_mergeButton->hide();
    m_reloadButton->hide();
    m_bar->showMessage(tr("This is the meeting as now saved. Make your changes again and save."),
                       MessageBar::Kind::Warning);
}

bool MeetingDialog::compareAndMerge()
{
    auto theirs = MeetingRepository(m_session).get(m_meeting.id);
    if (!theirs) {
        showError(theirs.error());
        m_mergeButton->hide();
        return false;
    }
    const MergeDialog::Presentation presentation{
        [this](const QString &field) { return fieldLabel(field); },
        [](const QString &field, const QJsonValue &value) {
            return fieldValue(field, value);
        }};
    const auto mergedJson = MergeDialog::merge(this,
                                               m_conflict,
                                               meetingContent(m_meeting),
                                               meetingContent(formMeeting()),
                                               meetingContent(*theirs),
                                               presentation,
                                               {QStringLiteral("client")});
    if (!mergedJson)
        return false;
    auto merged = meetingFromJson(*mergedJson);
    if (!merged) {
        showError(merged.error());
        return false;
    }
    // Theirs is what is stored now: the merge is saved over it and, should someone save yet
    // again meanwhile, compared with it.
    merged->id = theirs->id;
    merged->version = theirs->version;
    m_meeting = *theirs;
    showMeeting(*merged);
    if (!save())
        return false;
    m_reloadButton->hide();
    m_bar->showMessage(MergeDialog::mergedText(), MessageBar::Kind::Information);
    return true;
}

QString MeetingDialog::fieldLabel(const QString &field) const
{
    if (field == u"ends_at")
        return tr("Ends");
    if (field == u"review_id")
        return tr("Review");
    if (field == u"client_id")
        return tr("Client");
    if (field == u"participants")
        return tr("Participants");
    const QString label = m_marker.label(field);
    return label.isEmpty() ? field : label;
}

// Times, kinds and choices as the dialog shows them; the participants a line each.
QString MeetingDialog::fieldValue(const QString &field, const QJsonValue &value)
{
    const QString text = value.toString();
    if (field == u"starts_at" || field == u"ends_at") {
        const QDateTime time = meetingTimeFromText(text);
        if (time.isValid())
            return QLocale().toString(time, QLocale::ShortFormat);
    } else if (field == u"kind") {
        if (const auto kind = meetingKindFromKey(text))
            return meetingKindName(*kind);
    } else if (field == u"agreed_how") {
        return agreedHowName(text);
    } else if (field == u"participants") {
        QStringList lines;
        for (const QJsonValue &each : value.toArray()) {
            const QJsonObject participant = each.toObject();
            lines << tr("%1 (%2)").arg(
                participant.value(QStringLiteral("name")).toString(),
                participantRoleName(participant.value(QStringLiteral("role")).toString()));
        }
        return lines.isEmpty() ? MergeDialog::plainValue(QJsonValue()) : lines.join(u'\n');
    }
    return MergeDialog::plainValue(value);
}

bool MeetingDialog::exportTo(const QString &path)
{
    if (hasUnsavedChanges() && !save())
        return false;
    MeetingRepository meetings(m_session);
    auto key = meetings.calendarKey();
    if (!key) {
        showError(key.error());
        return false;
    }
    const QByteArray calendar = ICalendar::fromMeeting(m_meeting, {*key, {}});
    if (Status written = ICalendar::writeFile(path, calendar); !written) {
        showError(written.error());
        return false;
    }
    m_bar->showMessage(tr("The invitation is in %1. Attach it to an e-mail, or open it in your "
                          "calendar.")
                           .arg(QDir::toNativeSeparators(path)),
                       MessageBar::Kind::Information);
    return true;
}

std::optional<QList<IssuedLetter>> MeetingDialog::writeLetter(LetterKind kind)
{
    if (m_meeting.id == 0)
        return std::nullopt;
    if (mayEdit() && hasUnsavedChanges() && !save())
        return std::nullopt;
    LetterSubject subject;
    subject.kind = kind;
    subject.meetingId = m_meeting.id;
    return LetterDialog::write(m_session, subject, this);
}

void MeetingDialog::askExportPath()
{
    QString name = ICalendar::summary(formMeeting());
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export invitation"),
                                                      folder + u'/' + name + QStringLiteral(".ics"),
                                                      tr("Calendar invitations (*.ics)"));
    if (!path.isEmpty())
        exportTo(path);
}

std::optional<Meeting> MeetingDialog::edit(Session &session, Meeting meeting, QWidget *parent)
{
    MeetingDialog dialog(session, std::move(meeting), parent);
    const bool accepted = run(dialog);
    // An export saves too: what was saved is the result even if the dialog was then closed.
    if (!accepted && !dialog.m_saved)
        return std::nullopt;
    return dialog.meeting();
}

} // namespace fremdrift
