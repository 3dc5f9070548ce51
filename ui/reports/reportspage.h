#pragma once

#include "pages/page.h"
#include "storage/audittrail.h"

#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace fremdrift {

class AuditLogModel;
class LetterArchiveView;
class OptionalDateEdit;
struct AccessReport;

// Reports for the office. The Letters tab lists every letter issued (LetterArchiveView). The
// Audit log tab is the administrator's view of the audit trail:
// filtered by staff user, client and days; the chain checked; and for one client the access
// report (who opened or changed the record), previewed for printing or saved as a PDF.
// Other users see a line saying only administrators can see the audit log, and no data.
// Permission: AccessLog::search and AccessLog::accessReport check it in core; the chain check
// (AuditTrail::verify, which takes no session) is preceded by AccessLog::requireAuditAccess.
class ReportsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    // Lists again after another PC's commit, keeping the scroll position.
    void refresh(Session *session) override;

    // Whether the session's user may see the audit log (an active administrator).
    bool mayAudit() const;
    // The filter the controls give.
    AuditFilter filter() const;

    // The client chosen in the filter; 0 clears it ("all clients").
    void chooseClient(qint64 clientId);
    std::optional<qint64> chosenClientId() const { return m_clientId; }
    // The client the access report is about: the one chosen in the filter, or else the one of
    // the selected row; 0 when there is none.
    qint64 reportClientId() const;

    // Recomputes the audit trail's chain and says in a message whether it holds. Returns the
    // result, or nothing when refused or failed (the message says why).
    std::optional<AuditChainCheck> checkChain();
    // Writes the access report of reportClientId() as a PDF to `path`, without asking where.
    bool savePdf(const QString &path);

    QTabWidget *tabs() const { return m_tabs; }
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *deniedLabel() const { return m_denied; }
    LetterArchiveView *lettersView() const { return m_letters; }

public slots:
    void reload();
    void showAccessReport();
    void saveAccessReportAs();

private:
    QWidget *createAuditTab();
    QWidget *createFilters(QWidget *parent);
    QWidget *createButtons(QWidget *parent);
    void fillUsers();
    void searchClients(const QString &text);
    std::optional<AccessReport> accessReport();
    void updateButtons();

    Session *m_session = nullptr;
    QTabWidget *m_tabs = nullptr;
    AuditLogModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_denied = nullptr;
    QWidget *m_auditContent = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_clientEdit = nullptr;
    QStandardItemModel *m_clientMatches = nullptr;
    QCompleter *m_clientCompleter = nullptr;
    std::optional<qint64> m_clientId;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_savePdf = nullptr;
    LetterArchiveView *m_letters = nullptr;
};

} // namespace fremdrift
