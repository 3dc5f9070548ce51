#pragma once

#include "pages/page.h"

class QLabel;
class QTableView;

namespace fremdrift {

class TableSummaryModel;

// The first page of the day: which office and rules this database follows, and what it holds.
class OverviewPage final : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;

    TableSummaryModel *summaryModel() const { return m_summary; }

private:
    QLabel *m_heading;
    QLabel *m_subheading;
    QTableView *m_table;
    TableSummaryModel *m_summary;
};

} // namespace fremdrift
