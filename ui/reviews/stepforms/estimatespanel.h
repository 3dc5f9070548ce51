#pragma once

#include "domain/decision.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>

class QGroupBox;
class QPushButton;
class QTableView;
class QTableWidget;

namespace fremdrift {

class FieldProblemMarker;
class JurisdictionProfile;
class ServiceComparisonModel;

// Step 5's estimated hours a week for each service (own time and time shared with others, the
// services from the jurisdiction's catalogue), against the previous allocation of the decision
// under review, read-only, with the changes (compareServices). The JSON is the form's
// "estimates": [{service_code, own_hours, shared_hours}].
class EstimatesPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, OwnColumn, SharedColumn, ColumnCount };

    EstimatesPanel(const JurisdictionProfile &profile, QWidget *parent = nullptr);

    void load(const QJsonArray &estimates, const std::optional<Decision> &previous);
    QJsonArray value() const;
    // "estimates" and "estimates[i].service_code" / "estimates[i].own_hours".
    void addFields(FieldProblemMarker &marker) const;
    QWidget *fieldWidget(const QString &field) const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *copyButton() const { return m_copy; }
    ServiceComparisonModel *comparison() const { return m_comparison; }
    // Adds a line for `serviceCode` (the first of the catalogue when empty); returns its row.
    int addEstimate(const QString &serviceCode = {}, double own = 0, double shared = 0);

signals:
    void changed();

private:
    QWidget *createButtons();
    QGroupBox *createComparison();
    void copyPrevious();
    void removeEstimate();
    void updateComparison();
    QList<DecisionService> services() const;

    const JurisdictionProfile &m_profile;
    std::optional<QList<DecisionService>> m_previous;
    QTableWidget *m_table;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_copy = nullptr;
    QGroupBox *m_comparisonBox = nullptr;
    QTableView *m_comparisonView = nullptr;
    ServiceComparisonModel *m_comparison;
};

} // namespace fremdrift
