#include "reviews/stepforms/estimatespanel.h"

#include "decisions/servicecomparisonmodel.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "widgets/fieldproblemmarker.h"
#include "widgets/readonlylist.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QDoubleSpinBox *hoursBox(double hours, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 168);
    box->setDecimals(1);
    box->setSingleStep(0.5); // services are granted in half hours
    box->setValue(hours);
    return box;
}

} // namespace

EstimatesPanel::EstimatesPanel(const JurisdictionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_comparison(new ServiceComparisonModel(profile, this))
{
    m_table->setObjectName(QStringLiteral("estimates"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Own hours a week"),
                                        tr("Shared hours a week")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(130);
    m_table->setMaximumHeight(200); // the recommendation and the leaders come below
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(createButtons());
    layout->addWidget(createComparison());
}

QWidget *EstimatesPanel::createButtons()
{
    auto *row = new QWidget(this);
    m_add = new QPushButton(tr("&Add service"), row);
    m_add->setObjectName(QStringLiteral("addEstimate"));
    m_remove = new QPushButton(tr("Re&move service"), row);
    m_remove->setObjectName(QStringLiteral("removeEstimate"));
    m_copy = new QPushButton(tr("Start from the &previous allocation"), row);
    m_copy->setObjectName(QStringLiteral("copyPrevious"));
    connect(m_add, &QPushButton::clicked, this, [this] { addEstimate(); });
    connect(m_remove, &QPushButton::clicked, this, &EstimatesPanel::removeEstimate);
    connect(m_copy, &QPushButton::clicked, this, &EstimatesPanel::copyPrevious);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
    layout->addWidget(m_copy);
    layout->addStretch(1);
    return row;
}

QGroupBox *EstimatesPanel::createComparison()
{
    m_comparisonBox = new QGroupBox(this);
    m_comparisonView = new QTableView(m_comparisonBox);
    m_comparisonView->setObjectName(QStringLiteral("comparisonView"));
    m_comparisonView->setModel(m_comparison);
    setUpReadOnlyList(m_comparisonView);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonView->horizontalHeader()->setStretchLastSection(true);
    // The new hours are in the table above: the previous ones and the change are what this
    // adds, and all of it must fit beside the list of steps.
    m_comparisonView->hideColumn(ServiceComparisonModel::NewOwnColumn);
    m_comparisonView->hideColumn(ServiceComparisonModel::NewSharedColumn);
    m_comparisonView->setMinimumHeight(110);
    m_comparisonView->setMaximumHeight(170);
    auto *layout = new QVBoxLayout(m_comparisonBox);
    layout->addWidget(m_comparisonView);
    return m_comparisonBox;
}

void EstimatesPanel::load(const QJsonArray &estimates, const std::optional<Decision> &previous)
{
    m_previous = previous ? std::optional(previous->services) : std::nullopt;
    m_comparisonBox->setTitle(
        previous ? tr("Previous allocation (%1) and the changes").arg(previous->reference)
                 : tr("No previous allocation"));
    m_copy->setVisible(previous.has_value());
    m_table->setRowCount(0);
    for (const QJsonValue &value : estimates) {
        const QJsonObject estimate = value.toObject();
        addEstimate(estimate.value(u"service_code").toString(),
                    estimate.value(u"own_hours").toDouble(),
                    estimate.value(u"shared_hours").toDouble());
    }
    updateComparison();
}

int EstimatesPanel::addEstimate(const QString &serviceCode, double own, double shared)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *service = new QComboBox(m_table);
    for (const ServiceType &type : m_profile.services)
        service->addItem(type.name.text(m_profile.language), type.code);
    // A service no longer in the catalogue is kept as it was recorded.
    if (!serviceCode.isEmpty() && service->findData(serviceCode) < 0)
        service->addItem(serviceCode, serviceCode);
    service->setCurrentIndex(qMax(0, service->findData(serviceCode)));
    m_table->setCellWidget(row, ServiceColumn, service);
    m_table->setCellWidget(row, OwnColumn, hoursBox(own, m_table));
    m_table->setCellWidget(row, SharedColumn, hoursBox(shared, m_table));
    connect(service, &QComboBox::currentIndexChanged, this, &EstimatesPanel::updateComparison);
    for (int column : {int(OwnColumn), int(SharedColumn)})
        connect(static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, column)),
                &QDoubleSpinBox::valueChanged, this, &EstimatesPanel::updateComparison);
    updateComparison();
    return row;
}

void EstimatesPanel::copyPrevious()
{
    if (!m_previous)
        return;
    m_table->setRowCount(0);
    for (const DecisionService &service : std::as_const(*m_previous))
        addEstimate(service.serviceCode, service.ownHours, service.sharedHours);
    updateComparison();
}

void EstimatesPanel::removeEstimate()
{
    if (m_table->currentRow() < 0)
        return;
    m_table->removeRow(m_table->currentRow());
    updateComparison();
}

// Every edit of the estimates comes through here: the comparison follows and the form is told.
void EstimatesPanel::updateComparison()
{
    m_comparison->compare(m_previous.value_or(QList<DecisionService>()), services());
    emit changed();
}

QList<DecisionService> EstimatesPanel::services() const
{
    QList<DecisionService> services;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        DecisionService service;
        service.serviceCode
            = static_cast<QComboBox *>(m_table->cellWidget(row, ServiceColumn))->currentData().toString();
        service.ownHours = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, OwnColumn))->value();
        service.sharedHours
            = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, SharedColumn))->value();
        services << service;
    }
    return services;
}

QJsonArray EstimatesPanel::value() const
{
    QJsonArray estimates;
    for (const DecisionService &service : services())
        estimates.append(QJsonObject{{QStringLiteral("service_code"), service.serviceCode},
                                     {QStringLiteral("own_hours"), service.ownHours},
                                     {QStringLiteral("shared_hours"), service.sharedHours}});
    return estimates;
}

void EstimatesPanel::addFields(FieldProblemMarker &marker) const
{
    marker.add(QStringLiteral("estimates"), m_table);
}

QWidget *EstimatesPanel::fieldWidget(const QString &field) const
{
    static const QRegularExpression cell(QStringLiteral("^estimates\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = cell.match(field);
    const int row = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (row < 0 || row >= m_table->rowCount())
        return nullptr;
    return m_table->cellWidget(row, match.captured(2) == u"service_code" ? ServiceColumn
                                                                           : OwnColumn);
}

} // namespace fremdrift
