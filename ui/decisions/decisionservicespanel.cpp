#include "decisions/decisionservicespanel.h"

#include "decisions/decisioneditortext.h"
#include "decisions/decisionformat.h"
#include "decisions/decisionservicesmodel.h"
#include "decisions/servicecomparisonmodel.h"
#include "decisions/serviceitemdelegate.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

DecisionServicesPanel::DecisionServicesPanel(const JurisdictionProfile &profile,
                                             std::function<QString()> legalBasis,
                                             QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_profile(profile)
    , m_legalBasis(std::move(legalBasis))
    , m_services(new DecisionServicesModel(profile, this))
    , m_comparison(new ServiceComparisonModel(profile, this))
{
    setChildrenCollapsible(false);
    addWidget(createServicesBox());
    addWidget(createComparisonBox());
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    connect(m_services, &DecisionServicesModel::servicesChanged, this, [this] {
        updateTotals();
        updateComparison();
    });
}

QWidget *DecisionServicesPanel::createServicesBox()
{
    auto *box = new QGroupBox(DecisionEditorText::tr("Services"), this);
    createServicesView(box);
    m_addService = new QPushButton(DecisionEditorText::tr("&Add service"), box);
    m_removeService = new QPushButton(DecisionEditorText::tr("Re&move"), box);
    m_totals = new QLabel(box);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    connect(m_addService, &QPushButton::clicked, this, &DecisionServicesPanel::addService);
    connect(m_removeService, &QPushButton::clicked, this, &DecisionServicesPanel::removeService);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addService);
    buttons->addWidget(m_removeService);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_servicesView, 1);
    layout->addLayout(buttons);
    return box;
}

void DecisionServicesPanel::createServicesView(QWidget *box)
{
    m_servicesView = new QTableView(box);
    m_servicesView->setObjectName(QStringLiteral("servicesView"));
    m_servicesView->setModel(m_services);
    m_servicesView->setItemDelegate(
        new ServiceItemDelegate(m_profile, m_legalBasis, m_servicesView));
    m_servicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_servicesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_servicesView->verticalHeader()->hide();
    m_servicesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView *header = m_servicesView->horizontalHeader();
    header->setSectionResizeMode(DecisionServicesModel::ServiceColumn, QHeaderView::Interactive);
    header->resizeSection(DecisionServicesModel::ServiceColumn, 280);
    header->setSectionResizeMode(DecisionServicesModel::OwnHoursColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionServicesModel::SharedHoursColumn,
                                 QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
}

QWidget *DecisionServicesPanel::createComparisonBox()
{
    m_comparisonBox = new QGroupBox(this);
    m_comparisonBox->setObjectName(QStringLiteral("comparisonBox"));
    auto *view = new QTableView(m_comparisonBox);
    view->setObjectName(QStringLiteral("comparisonView"));
    view->setModel(m_comparison);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServiceComparisonModel::ServiceColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(m_comparisonBox);
    layout->addWidget(view);
    return m_comparisonBox;
}

void DecisionServicesPanel::setPrevious(const std::optional<Decision> &previous)
{
    m_comparisonBox->setVisible(previous.has_value());
    if (!previous) {
        m_previousServices.reset();
        return;
    }
    m_previousServices = previous->services;
    m_comparisonBox->setTitle(
        DecisionEditorText::tr("Previous allocation (%1) → new").arg(previous->reference));
    updateComparison();
}

void DecisionServicesPanel::setServices(const QList<DecisionService> &services)
{
    m_services->setServices(services);
    updateTotals();
    updateComparison();
}

const QList<DecisionService> &DecisionServicesPanel::services() const
{
    return m_services->services();
}

void DecisionServicesPanel::setEditable(bool editable)
{
    m_services->setEditable(editable);
    m_servicesView->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                             : QAbstractItemView::NoEditTriggers);
    m_addService->setVisible(editable);
    m_removeService->setVisible(editable);
}

QWidget *DecisionServicesPanel::markProblem(int row, const QString &field, const QString &message)
{
    m_services->setProblem(row, DecisionServicesModel::columnForField(field), message);
    return m_servicesView;
}

void DecisionServicesPanel::clearProblems()
{
    m_services->clearProblems();
}

void DecisionServicesPanel::addService()
{
    const QStringList allowed = ServiceItemDelegate::allowedServices(m_profile, m_legalBasis());
    const int row = m_services->addService(allowed.value(0));
    const QModelIndex cell = m_services->index(row, DecisionServicesModel::ServiceColumn);
    m_servicesView->setCurrentIndex(cell);
    m_servicesView->edit(cell);
}

void DecisionServicesPanel::removeService()
{
    const QModelIndex current = m_servicesView->currentIndex();
    if (current.isValid())
        m_services->removeService(current.row());
}

void DecisionServicesPanel::updateTotals()
{
    double own = 0;
    double shared = 0;
    for (const DecisionService &service : m_services->services()) {
        own += service.ownHours;
        shared += service.sharedHours;
    }
    m_totals->setText(DecisionEditorText::tr("Own time %1 h, shared time %2 h a week")
                          .arg(formatHours(own), formatHours(shared)));
}

void DecisionServicesPanel::updateComparison()
{
    if (m_previousServices)
        m_comparison->compare(*m_previousServices, m_services->services());
}

} // namespace fremdrift
