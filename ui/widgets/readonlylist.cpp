#include "widgets/readonlylist.h"

#include <QHeaderView>
#include <QTableView>

namespace fremdrift {

void setUpReadOnlyList(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
}

} // namespace fremdrift
