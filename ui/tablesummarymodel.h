#pragma once

#include <QAbstractTableModel>
#include <QMap>

namespace fremdrift {

// What a database holds, one row per kind of record, for the overview page.
class TableSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, CountColumn, ColumnCount };

    explicit TableSummaryModel(QObject *parent = nullptr);

    // Row counts by table name, as Database::rowCounts() gives them.
    void setCounts(const QMap<QString, qint64> &counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The tables shown, in order, with the name a caseworker knows them by.
    static QList<std::pair<QString, QString>> shownTables();

private:
    QList<std::pair<QString, qint64>> m_rows; // label, count
};

} // namespace fremdrift
