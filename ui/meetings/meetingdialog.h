#pragma once

#include "domain/client.h"
#include "domain/meeting.h"
#include "domain/staffuser.h"
#include "letters/letterarchive.h"
#include "widgets/fieldproblemmarker.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimeEdit;

namespace fremdrift {

class MeetingParticipantsModel;
class MessageBar;
class OptionalDateEdit;
class Session;

// Plans and records one meeting: when and where, who comes (with the minute-taker in turn),
// the agenda, the minutes and what was agreed. Saving goes through the repository, which checks
// it; what it refuses is shown in the bar at the top and pointed at, and the form keeps what
// was typed, also when someone else saved the meeting first.
class MeetingDialog final : public QDialog, public TestableDialog<MeetingDialog>
{
    Q_OBJECT

public:
    MeetingDialog(Session &session, Meeting meeting, QWidget *parent = nullptr);
    ~MeetingDialog() override;

    // Shows the dialog; the meeting as saved, or nothing when nothing was saved. Tests answer
    // it with answerNextWith().
    static std::optional<Meeting> edit(Session &session, Meeting meeting, QWidget *parent);

    // The meeting as last saved (or as given, before the first save).
    const Meeting &meeting() const { return m_meeting; }
    // The meeting as the form now has it.
    Meeting formMeeting() const;
    bool hasUnsavedChanges() const;
    // Saves the form; false (and the problem shown) when the repository refuses.
    bool save();
    void accept() override;
    // After a conflict: the form merged with what was saved meanwhile (the user chooses where
    // both changed a field), and saved.
    bool compareAndMerge();
    // After a conflict: the meeting as now saved, what was typed dropped.
    void reload();

    // Saves if needed, then writes the invitation to `path`; false (and why shown) on failure.
    bool exportTo(const QString &path);
    // Saves if needed, then opens the letter dialog for the invitation or the minutes;
    // the letters issued, or nothing.
    std::optional<QList<IssuedLetter>> writeLetter(LetterKind kind);

    // The participant buttons' actions, also for tests.
    void chooseClient(qint64 clientId);
    int addClientThemself();
    int addContact(const Contact &contact);
    int addStaff(const StaffUser &user);
    int addPerson(const QString &name = {});
    void removeSelectedParticipants();
    // Marks the participant whose turn it is as minute-taker; their row, or nothing.
    std::optional<int> suggestMinuteTaker();
    void useDefaultAgenda();

    QWidget *fieldWidget(const QString &field) const { return m_marker.widget(field); }
    MeetingParticipantsModel *participantsModel() const { return m_participants; }
    QTableView *participantsView() const { return m_participantView; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_bar; }
    QMenu *clientPeopleMenu() const { return m_peopleMenu; }
    QMenu *staffMenu() const { return m_staffMenu; }

private:
    QWidget *createMeetingTab();
    QWidget *createClientField(QWidget *parent);
    QWidget *createParticipantsTab();
    QWidget *createTextsTab();
    void registerFields();
    void showMeeting(const Meeting &meeting);
    void fillPeopleMenu();
    void fillStaffMenu();
    void searchClients(const QString &text);
    void updateEnd();
    void updatePermissions();
    void showError(const Error &error);
    QString fieldLabel(const QString &field) const;
    static QString fieldValue(const QString &field, const QJsonValue &value);
    void showProblems(const QList<FieldProblem> &problems);
    void askExportPath();
    bool mayEdit() const;

    Session &m_session;
    Meeting m_meeting;
    std::optional<qint64> m_clientId;
    QString m_clientName;
    bool m_saved = false;
    QString m_conflict; // who saved first and when
    FieldProblemMarker m_marker;

    MessageBar *m_bar;
    QTabWidget *m_tabs;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_clientLabel = nullptr;
    QLineEdit *m_clientEdit = nullptr;
    QStandardItemModel *m_clientMatches = nullptr;
    QCompleter *m_clientCompleter = nullptr;
    QDateEdit *m_startDate = nullptr;
    QTimeEdit *m_startTime = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_endLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_video = nullptr;
    QComboBox *m_agreedHow = nullptr;
    OptionalDateEdit *m_nextMeeting = nullptr;
    QCheckBox *m_held = nullptr;
    MeetingParticipantsModel *m_participants;
    QTableView *m_participantView = nullptr;
    QMenu *m_peopleMenu = nullptr;
    QMenu *m_staffMenu = nullptr;
    QPushButton *m_peopleButton = nullptr;
    QPushButton *m_suggestButton = nullptr;
    QPlainTextEdit *m_agenda = nullptr;
    QPlainTextEdit *m_minutes = nullptr;
    QPlainTextEdit *m_agreements = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_invitationLetter = nullptr;
    QPushButton *m_minutesLetter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fremdrift
