#include "tablesummarymodel.h"

#include <QLocale>

namespace fremdrift {

TableSummaryModel::TableSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<std::pair<QString, QString>> TableSummaryModel::shownTables()
{
    return {
        {QStringLiteral("clients"), tr("Clients")},
        {QStringLiteral("contacts"), tr("Relatives, guardians and contacts")},
        {QStringLiteral("decisions"), tr("Decisions")},
        {QStringLiteral("review_plans"), tr("Progress plans")},
        {QStringLiteral("reviews"), tr("Reviews")},
        {QStringLiteral("meetings"), tr("Meetings")},
        {QStringLiteral("templates"), tr("Letter templates")},
        {QStringLiteral("letters"), tr("Letters issued")},
        {QStringLiteral("units"), tr("Units and homes")},
        {QStringLiteral("staff_users"), tr("Staff users")},
    };
}

void TableSummaryModel::setCounts(const QMap<QString, qint64> &counts)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[table, label] : shownTables())
        m_rows.append({label, counts.value(table)});
    endResetModel();
}

int TableSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[label, count] = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == KindColumn ? QVariant(label) : QVariant(QLocale().toString(count));
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TableSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind of record");
    case CountColumn:
        return tr("Count");
    default:
        return {};
    }
}

} // namespace fremdrift
