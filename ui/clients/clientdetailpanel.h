#pragma once

#include "domain/client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace fremdrift {

class ClientContactsView;
class ClientDecisionsModel;
class ClientDetailsView;
class ClientEditor;
class ClientHistoryModel;
class LetterArchiveView;
class Session;

// The right half of the clients page: the chosen client's details, the people around them,
// their decisions, the history of their record and the letters issued to them; or a hint when
// no client is chosen.
class ClientDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, PeopleTab, DecisionsTab, HistoryTab, LettersTab };

    explicit ClientDetailPanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    // 0 shows the empty state.
    void showClient(qint64 clientId);
    void reload();
    qint64 clientId() const { return m_client.id; }
    const Client &client() const { return m_client; }
    bool isEditable() const;

    // Opens the editor on `client` (id 0: a new one); the editor is window-modal, not blocking.
    ClientEditor *openEditor(const Client &client);

    QTabWidget *tabs() const { return m_tabs; }
    ClientContactsView *contactsView() const { return m_contacts; }
    ClientDecisionsModel *decisionsModel() const { return m_decisionsModel; }
    ClientHistoryModel *historyModel() const { return m_historyModel; }
    LetterArchiveView *lettersView() const { return m_letters; }

signals:
    void openDecisionRequested(qint64 decisionId);
    void clientSaved(qint64 clientId);
    void message(const QString &text, bool isError);

private:
    QWidget *createEmptyState();
    QWidget *createClientView();
    QWidget *createDecisionsTab();
    QWidget *createHistoryTab();
    static QTableView *createTable(QWidget *parent);
    void loadPeople();
    void loadDecisions();
    void loadHistory();
    void editorSaved(ClientEditor *editor);

    Session *m_session = nullptr;
    Client m_client;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QLabel *m_name;
    QLabel *m_summary;
    QPushButton *m_edit;
    QTabWidget *m_tabs;
    ClientDetailsView *m_details;
    ClientContactsView *m_contacts;
    ClientDecisionsModel *m_decisionsModel;
    ClientHistoryModel *m_historyModel;
    LetterArchiveView *m_letters;
};

} // namespace fremdrift
