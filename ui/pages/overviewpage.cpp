#include "pages/overviewpage.h"

#include "jurisdictionnames.h"
#include "storage/database.h"
#include "workflow/session.h"
#include "tablesummarymodel.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_table(new QTableView(this))
    , m_summary(new TableSummaryModel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading->setWordWrap(true);
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_summary);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TableSummaryModel::KindColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TableSummaryModel::CountColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setMaximumWidth(520);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_table);
    layout->addStretch(1);
}

void OverviewPage::setSession(Session *session)
{
    Database *database = session ? &session->database() : nullptr;
    if (!database) {
        m_heading->setText(tr("No database is open"));
        m_subheading->setText(tr("Create a new database or open an existing one from the File "
                                 "menu."));
        m_summary->setCounts({});
        m_table->hide();
        return;
    }
    const auto office = database->setting(QStringLiteral("office_name"));
    const QString officeName = office && !office->isEmpty() ? *office : tr("Fremdrift");
    m_heading->setText(officeName);
    m_subheading->setText(tr("Following the rules of %1. Database: %2")
                              .arg(jurisdictionName(database->jurisdiction()),
                                   QDir::toNativeSeparators(database->path())));
    auto counts = database->rowCounts();
    if (!counts) {
        emit message(counts.error().message, true);
        m_summary->setCounts({});
    } else {
        m_summary->setCounts(*counts);
    }
    m_table->show();
}

} // namespace fremdrift
