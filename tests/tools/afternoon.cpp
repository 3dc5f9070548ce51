// fremdrift-afternoon: one caseworker's afternoon in Fremdrift's own editors, for the "two
// windows side by side" test of the shared file (tests/test_afternoon.cpp). Not installed.
//
//   fremdrift-afternoon --db F --user U --rounds N --seed S
//                       --client ID --contact ID --meeting ID --review ID [--reload]
//
// Runs offscreen. Each round opens one of the four records in the editor a user would use (the
// client editor, the contact dialog, the meeting dialog, the review window), types into the
// field this user alone edits and into one both edit, pauses as a person does, and saves. When
// someone else saved first, it merges, keeping its own version where both changed a field. When
// the other user holds the record's edit lease, the editor opens read-only and the round waits.
// With --reload it clicks Reload instead of merging and saves again, dropping what it typed: the
// negative control, whose typing must be reported lost.
// After every save it looks at the record as the save stored it (the editor's copy, returned by
// the write's own transaction): each value just typed must be there.
//
// Prints one JSON object: rounds, saves, conflicts, merged, merged_again (the merge met yet
// another save and was merged once more), waited (for a lease), failed, lost
// (what a save said it kept but was not stored) and last, this user's last saved value of each
// field it alone edits ("client.phone": "40000012").
#include "clients/clienteditor.h"
#include "clients/contactdialog.h"
#include "meetings/meetingdialog.h"
#include "repository/clientrepository.h"
#include "repository/meetingrepository.h"
#include "reviews/reviewwindow.h"
#include "reviews/steppage.h"
#include "storage/database.h"
#include "widgets/mergedialog.h"
#include "widgets/optionaldateedit.h"
#include "workflow/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace fremdrift;

namespace {

struct Ids
{
    qint64 client = 0;
    qint64 contact = 0;
    qint64 meeting = 0;
    qint64 review = 0;
};

class Afternoon
{
public:
    Afternoon(Session &session, Ids ids, quint32 seed, bool reloadOnConflict)
        : m_session(session)
        , m_ids(ids)
        , m_random(seed)
        , m_first(session.user().username == u"kari")
        , m_reloadOnConflict(reloadOnConflict)
    {
        // Where both changed a field, this user keeps their own version.
        MergeDialog::answerNextWith(nullptr);
    }

    void round(int number)
    {
        m_round = number;
        switch (m_random.bounded(4)) {
        case 0:
            editClient();
            break;
        case 1:
            editContact();
            break;
        case 2:
            editMeeting();
            break;
        default:
            editReview();
            break;
        }
    }

    QJsonObject summary(int rounds) const
    {
        return {{QStringLiteral("rounds"), rounds},
                {QStringLiteral("saves"), m_saves},
                {QStringLiteral("conflicts"), m_conflicts},
                {QStringLiteral("merged"), m_merged},
                {QStringLiteral("merged_again"), m_mergedAgain},
                {QStringLiteral("waited"), m_waited},
                {QStringLiteral("failed"), QJsonArray::fromStringList(m_failed)},
                {QStringLiteral("lost"), QJsonArray::fromStringList(m_lost)},
                {QStringLiteral("last"), m_last}};
    }

private:
    QString token() const { return m_session.user().username + u'-' + QString::number(m_round); }
    QString number() const { return QString::number((m_first ? 40000000 : 90000000) + m_round); }

    // A person reading, typing, answering the phone: the other window works meanwhile.
    void think()
    {
        const int pause = int(m_random.bounded(5, 40));
        QThread::msleep(pause);
        QCoreApplication::processEvents();
    }

    // Saves through `save`; on a conflict merges with `merge`, keeping this user's versions
    // (or, with --reload, reloads and saves again).
    bool saveOrMerge(const std::function<bool()> &save,
                     const QWidget *editor,
                     const std::function<bool()> &merge,
                     const QString &what)
    {
        if (save()) {
            ++m_saves;
            return true;
        }
        const auto *mergeButton = editor->findChild<QPushButton *>(QStringLiteral("mergeButton"));
        if (!mergeButton || mergeButton->isHidden()) {
            m_failed << what;
            return false;
        }
        ++m_conflicts;
        if (m_reloadOnConflict) {
            editor->findChild<QPushButton *>(QStringLiteral("reloadButton"))->click();
            const bool saved = save();
            m_saves += saved ? 1 : 0;
            return saved;
        }
        // Someone may save yet again while this merge is saved: it is offered again, and a
        // person merges again.
        bool merged = false;
        for (int attempt = 0; attempt < 5 && !merged && !mergeButton->isHidden(); ++attempt) {
            MergeDialog::answerNextWith([](MergeDialog &dialog) {
                for (const QString &field : dialog.fieldsToChoose())
                    dialog.keepMine(field, true);
                return true;
            });
            merged = merge();
            MergeDialog::answerNextWith(nullptr);
            m_mergedAgain += attempt > 0 ? 1 : 0;
        }
        if (!merged) {
            m_failed << what + QStringLiteral(" (merge)");
            return false;
        }
        ++m_merged;
        ++m_saves;
        return true;
    }

    void expect(const QString &field, const QString &stored, const QString &saved)
    {
        if (stored != saved)
            m_lost << QStringLiteral("%1: saved %2, stored %3").arg(field, saved, stored);
    }

    void editClient()
    {
        ClientRepository clients(m_session);
        ClientEditor editor(m_session);
        editor.setClient(*clients.get(m_ids.client));
        if (!editor.isEditable()) {
            ++m_waited;
            return;
        }
        const QString own = m_first ? number() : token() + QStringLiteral("@example.org");
        const char *ownEdit = m_first ? "phoneEdit" : "emailEdit";
        editor.findChild<QLineEdit *>(QString::fromLatin1(ownEdit))->setText(own);
        editor.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))->setPlainText(token());
        think();
        if (!saveOrMerge([&] { return editor.save(); },
                         &editor,
                         [&] { return editor.compareAndMerge(); },
                         QStringLiteral("client")))
            return;
        const Client &stored = editor.client();
        const QString field
            = m_first ? QStringLiteral("client.phone") : QStringLiteral("client.email");
        expect(field, m_first ? stored.phone : stored.email, own);
        expect(QStringLiteral("client.notes"), stored.notes, token());
        m_last[field] = own;
    }

    void editContact()
    {
        ClientRepository clients(m_session);
        const QList<Contact> contacts = *clients.contacts(m_ids.client);
        ContactDialog dialog(m_session);
        for (const Contact &contact : contacts) {
            if (contact.id == m_ids.contact)
                dialog.setContact(contact);
        }
        const QString own = m_first ? number() : token() + QStringLiteral("@example.org");
        const char *ownEdit = m_first ? "phoneEdit" : "emailEdit";
        dialog.findChild<QLineEdit *>(QString::fromLatin1(ownEdit))->setText(own);
        dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"))->setText(token());
        think();
        if (!saveOrMerge([&] { return dialog.save(); },
                         &dialog,
                         [&] { return dialog.compareAndMerge(); },
                         QStringLiteral("contact")))
            return;
        const Contact &stored = dialog.contact();
        const QString field
            = m_first ? QStringLiteral("contact.phone") : QStringLiteral("contact.email");
        expect(field, m_first ? stored.phone : stored.email, own);
        expect(QStringLiteral("contact.organisation"), stored.organisation, token());
        m_last[field] = own;
    }

    void editMeeting()
    {
        MeetingRepository meetings(m_session);
        MeetingDialog dialog(m_session, *meetings.get(m_ids.meeting));
        const QString own = token();
        if (m_first)
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("agendaEdit"))->setPlainText(own);
        else
            dialog.findChild<QLineEdit *>(QStringLiteral("placeEdit"))->setText(own);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("minutesEdit"))->setPlainText(token());
        think();
        if (!saveOrMerge([&] { return dialog.save(); },
                         &dialog,
                         [&] { return dialog.compareAndMerge(); },
                         QStringLiteral("meeting")))
            return;
        const Meeting &stored = dialog.meeting();
        const QString field
            = m_first ? QStringLiteral("meeting.agenda") : QStringLiteral("meeting.location");
        expect(field, m_first ? stored.agenda : stored.location, own);
        expect(QStringLiteral("meeting.minutes"), stored.minutes, token());
        m_last[field] = own;
    }

    // The pre-notice step: this user writes its notes, the other sets its due date.
    void editReview()
    {
        const QString stepId = QStringLiteral("pre_notice");
        ReviewWindow window(m_session, m_ids.review);
        if (!window.canEdit()) {
            ++m_waited;
            return;
        }
        StepPage *page = window.page(stepId);
        const QDate due = QDate(2026, 1, 1).addDays(m_round);
        const QString own = m_first ? token() : due.toString(Qt::ISODate);
        if (m_first)
            page->notesEdit()->setPlainText(own);
        else
            page->dueEdit()->setOptionalDate(due);
        think();
        if (!saveOrMerge([&] { return window.save(); },
                         &window,
                         [&] { return window.compareAndMerge(); },
                         QStringLiteral("review")))
            return;
        const ReviewStep &stored = *window.review().step(stepId);
        const QString field
            = m_first ? QStringLiteral("review.notes") : QStringLiteral("review.due_on");
        expect(field, m_first ? stored.notes : stored.dueOn.toString(Qt::ISODate), own);
        m_last[field] = own;
    }

    Session &m_session;
    Ids m_ids;
    QRandomGenerator m_random;
    bool m_first; // kari, else liv: who edits which of the private fields
    bool m_reloadOnConflict;
    int m_round = 0;
    int m_saves = 0;
    int m_conflicts = 0;
    int m_merged = 0;
    int m_mergedAgain = 0; // a save yet again while merging
    int m_waited = 0;
    QStringList m_failed;
    QStringList m_lost;
    QJsonObject m_last;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QStringList names = {QStringLiteral("db"),
                               QStringLiteral("user"),
                               QStringLiteral("rounds"),
                               QStringLiteral("seed"),
                               QStringLiteral("client"),
                               QStringLiteral("contact"),
                               QStringLiteral("meeting"),
                               QStringLiteral("review")};
    for (const QString &name : names)
        parser.addOption({name, name, QStringLiteral("value")});
    parser.addOption({QStringLiteral("reload"), QStringLiteral("reload on a conflict")});
    parser.process(app);

    auto database = Database::open(parser.value(QStringLiteral("db")));
    if (!database) {
        std::fputs(qPrintable(database.error().message + u'\n'), stderr);
        return 2;
    }
    auto session = Session::start(**database, parser.value(QStringLiteral("user")));
    if (!session) {
        std::fputs(qPrintable(session.error().message + u'\n'), stderr);
        return 2;
    }
    const Ids ids{parser.value(QStringLiteral("client")).toLongLong(),
                  parser.value(QStringLiteral("contact")).toLongLong(),
                  parser.value(QStringLiteral("meeting")).toLongLong(),
                  parser.value(QStringLiteral("review")).toLongLong()};
    Afternoon afternoon(**session,
                        ids,
                        parser.value(QStringLiteral("seed")).toUInt(),
                        parser.isSet(QStringLiteral("reload")));
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    for (int round = 1; round <= rounds; ++round)
        afternoon.round(round);
    const QJsonObject summary = afternoon.summary(rounds);
    std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    return summary.value(QStringLiteral("lost")).toArray().isEmpty()
                   && summary.value(QStringLiteral("failed")).toArray().isEmpty()
               ? 0
               : 1;
}
