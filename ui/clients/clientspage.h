#pragma once

#include "pages/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fremdrift {

class ClientDetailPanel;
class ClientListModel;

// The caseload: find any client as you type (name, national ID, unit) and open them.
class ClientsPage final : public Page
{
    Q_OBJECT

public:
    explicit ClientsPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    // Lists again after another PC's commit, keeping the chosen client and the scroll position.
    void refresh(Session *session) override;

    ClientListModel *listModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    ClientDetailPanel *detailPanel() const { return m_detail; }
    QPushButton *newClientButton() const { return m_newClient; }

    // Selects the client's row if it is listed; returns whether it was.
    bool selectClient(qint64 clientId);

signals:
    void openDecisionRequested(qint64 decisionId);

private:
    QWidget *createListSide();
    void configureTable();
    void runSearch();
    void updateCount();
    void currentRowChanged();
    void newClient();
    void clientSaved(qint64 clientId);
    qint64 currentClientId() const;

    Session *m_session = nullptr;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_newClient;
    ClientListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ClientDetailPanel *m_detail;
};

} // namespace fremdrift
