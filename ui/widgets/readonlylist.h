#pragma once

class QTableView;

namespace fremdrift {

// A table that lists records to pick one from: whole rows, one at a time, not edited in place,
// alternating row colours, one line a row, no row numbers.
void setUpReadOnlyList(QTableView *table);

} // namespace fremdrift
