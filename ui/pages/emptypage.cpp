#include "pages/emptypage.h"

#include "storage/database.h"
#include "workflow/session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fremdrift {

EmptyPage::EmptyPage(PageId page, QString table, QWidget *parent)
    : Page(parent)
    , m_page(page)
    , m_table(std::move(table))
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_body->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch(1);
}

void EmptyPage::setSession(Session *session)
{
    Database *database = session ? &session->database() : nullptr;
    m_heading->setText(NavigationModel::title(m_page));
    QString body = NavigationModel::description(m_page);
    if (database && !m_table.isEmpty()) {
        if (auto counts = database->rowCounts())
            body += u"\n\n"
                    + tr("This database holds %n record(s) of this kind.",
                         nullptr,
                         int(counts->value(m_table)));
    }
    body += u"\n\n" + tr("You will be able to work with these records here in a later version "
                         "of Fremdrift.");
    m_body->setText(body);
}

} // namespace fremdrift
