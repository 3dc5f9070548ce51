#pragma once

#include "pages/page.h"
#include "repository/decisionrepository.h"

#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace fremdrift {

class DecisionEditor;
class DecisionListModel;

// The office's decisions: filtered by status, unit, caseworker and evaluation due, sorted by
// any column; New starts a draft for a client, Open (or a double click) edits one.
class DecisionsPage final : public Page
{
    Q_OBJECT

public:
    explicit DecisionsPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    // Lists again after another PC's commit, keeping the chosen decision and the scroll
    // position; open editors stay as they are.
    void refresh(Session *session) override;

    DecisionFilter filter() const;
    // Sets the filter controls (the client is not one of them) and lists again.
    void setFilter(const DecisionFilter &filter);

    DecisionListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QPushButton *letterButton() const { return m_letter; }
    QList<DecisionEditor *> openEditors() const;

public slots:
    // Opens the decision in an editor (or brings its editor forward); the clients page calls it.
    void openDecision(qint64 id);
    // Asks for the client and starts a draft.
    void newDecision();
    // The letter dialog for the chosen decision: an approved one is sent by issuing it, one
    // already sent gets another copy.
    void writeLetter();
    // Lists again with the filter as set.
    void reload();

private:
    QWidget *createFilters();
    QWidget *createButtons();
    void fillFilterChoices();
    void openCurrent();
    void updateButtons();
    void fitColumns();
    DecisionEditor *showEditor(Decision decision);
    void closeEditors();

    Session *m_session = nullptr;
    DecisionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_status = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_caseworker = nullptr;
    QCheckBox *m_due = nullptr;
    QSpinBox *m_dueWeeks = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_letter = nullptr;
    QList<QPointer<DecisionEditor>> m_editors;
    bool m_filling = false;
};

} // namespace fremdrift
