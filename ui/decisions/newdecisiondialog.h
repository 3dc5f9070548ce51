#pragma once

#include "widgets/testabledialog.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCompleter;
class QStandardItemModel;

namespace Ui {
class NewDecisionDialog;
}

namespace fremdrift {

class Session;

// Starts a decision: whose, and which decision it replaces (the client's decision in force
// unless the caseworker says otherwise).
class NewDecisionDialog final : public QDialog, public TestableDialog<NewDecisionDialog>
{
    Q_OBJECT

public:
    explicit NewDecisionDialog(Session &session, QWidget *parent = nullptr);
    ~NewDecisionDialog() override;

    // Chooses the client as picking them from the completer does.
    void setClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    std::optional<qint64> replacesDecisionId() const;
    void setReplacesDecisionId(std::optional<qint64> decisionId);

    struct Choice
    {
        qint64 clientId = 0;
        std::optional<qint64> replacesDecisionId;
    };
    // Shows the dialog; nothing when cancelled. Tests answer it with answerNextWith().
    static std::optional<Choice> ask(Session &session, QWidget *parent);

private:
    void search(const QString &text);
    void chooseClient(qint64 clientId, const QString &name);
    void fillReplaceable();

    std::unique_ptr<Ui::NewDecisionDialog> m_ui;
    Session &m_session;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    qint64 m_clientId = 0;
};

} // namespace fremdrift
