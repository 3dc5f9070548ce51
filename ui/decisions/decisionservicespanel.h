#pragma once

#include "domain/decision.h"

#include <QSplitter>

#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fremdrift {

class DecisionServicesModel;
class JurisdictionProfile;
class ServiceComparisonModel;

// The services of a decision, with their hours a week and the totals, above how they compare
// with the decision it replaces (shown only when there is one).
class DecisionServicesPanel final : public QSplitter
{
    Q_OBJECT

public:
    // `legalBasis` gives the legal basis chosen now: it decides which services may be added.
    DecisionServicesPanel(const JurisdictionProfile &profile,
                          std::function<QString()> legalBasis,
                          QWidget *parent = nullptr);

    // The decision this one replaces, if any, to compare against.
    void setPrevious(const std::optional<Decision> &previous);
    void setServices(const QList<DecisionService> &services);
    const QList<DecisionService> &services() const;
    void setEditable(bool editable);

    // Marks the `field` ("own_hours", ...) of the service in `row`; returns the widget marked.
    QWidget *markProblem(int row, const QString &field, const QString &message);
    void clearProblems();

    DecisionServicesModel *servicesModel() const { return m_services; }
    ServiceComparisonModel *comparisonModel() const { return m_comparison; }
    QTableView *servicesView() const { return m_servicesView; }

private:
    QWidget *createServicesBox();
    void createServicesView(QWidget *box);
    QWidget *createComparisonBox();
    void addService();
    void removeService();
    void updateTotals();
    void updateComparison();

    const JurisdictionProfile &m_profile;
    std::function<QString()> m_legalBasis;
    std::optional<QList<DecisionService>> m_previousServices;
    DecisionServicesModel *m_services = nullptr;
    ServiceComparisonModel *m_comparison = nullptr;
    QTableView *m_servicesView = nullptr;
    QPushButton *m_addService = nullptr;
    QPushButton *m_removeService = nullptr;
    QLabel *m_totals = nullptr;
    QGroupBox *m_comparisonBox = nullptr;
};

} // namespace fremdrift
