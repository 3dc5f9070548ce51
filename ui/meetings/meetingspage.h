#pragma once

#include "pages/page.h"
#include "repository/meetingrepository.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fremdrift {

class MeetingListModel;

// The office's meetings: coming (from today), past (newest first) or all, of one kind or
// every kind. New plans one, Open (or a double click) edits one, Export writes its invitation.
class MeetingsPage final : public Page
{
    Q_OBJECT

public:
    enum class When { Coming, Past, All };

    explicit MeetingsPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    // Lists again after another PC's commit, keeping the chosen meeting and the scroll position.
    void refresh(Session *session) override;

    When when() const;
    void setWhen(When when);
    // The repository filter the controls give.
    MeetingFilter filter() const;

    MeetingListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The id of the chosen meeting, 0 when none.
    qint64 currentMeetingId() const;
    void selectMeeting(qint64 id);
    // Writes the chosen meeting's invitation to `path`, without asking where.
    bool exportCurrentTo(const QString &path);

public slots:
    void newMeeting();
    void openMeeting(qint64 id);
    void reload();

private:
    QWidget *createFilters();
    QWidget *createButtons();
    void openCurrent();
    void exportCurrent();
    void updateButtons();
    void fitColumns();
    Meeting freshMeeting() const;

    Session *m_session = nullptr;
    MeetingListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_when = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace fremdrift
