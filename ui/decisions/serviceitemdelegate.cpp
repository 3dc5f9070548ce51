#include "decisions/serviceitemdelegate.h"

#include "decisions/decisionservicesmodel.h"
#include "jurisdiction/jurisdictionprofile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPainter>

namespace fremdrift {

namespace {

constexpr double HoursInWeek = 168;

bool isHoursColumn(int column)
{
    return column == DecisionServicesModel::OwnHoursColumn
           || column == DecisionServicesModel::SharedHoursColumn;
}

} // namespace

ServiceItemDelegate::ServiceItemDelegate(const JurisdictionProfile &profile,
                                         std::function<QString()> legalBasis,
                                         QObject *parent)
    : QStyledItemDelegate(parent)
    , m_profile(profile)
    , m_legalBasis(std::move(legalBasis))
{
}

QStringList ServiceItemDelegate::allowedServices(const JurisdictionProfile &profile,
                                                 const QString &legalBasis)
{
    QStringList codes;
    for (const ServiceType &type : profile.services) {
        if (legalBasis.isEmpty() || type.legalBases.contains(legalBasis))
            codes << type.code;
    }
    return codes;
}

QWidget *ServiceItemDelegate::createServiceEditor(QWidget *parent, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    QStringList codes = allowedServices(m_profile, m_legalBasis());
    // A service the basis does not allow stays visible rather than silently changing: the
    // rules point it out on saving.
    const QString current = index.data(Qt::EditRole).toString();
    if (!current.isEmpty() && !codes.contains(current))
        codes.prepend(current);
    for (const QString &code : std::as_const(codes)) {
        const ServiceType *type = m_profile.service(code);
        combo->addItem(type ? type->name.text(m_profile.language) : code, code);
    }
    return combo;
}

QWidget *ServiceItemDelegate::createEditor(QWidget *parent,
                                           const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() == DecisionServicesModel::ServiceColumn)
        return createServiceEditor(parent, index);
    if (isHoursColumn(index.column())) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, HoursInWeek);
        spin->setSingleStep(0.5);
        spin->setDecimals(1);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ServiceItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ServiceItemDelegate::setModelData(QWidget *editor,
                                       QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ServiceItemDelegate::paint(QPainter *painter,
                                const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(DecisionServicesModel::ProblemRole).toString().isEmpty())
        return;
    painter->save();
    painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace fremdrift
