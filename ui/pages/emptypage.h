#pragma once

#include "navigationmodel.h"
#include "pages/page.h"

class QLabel;

namespace fremdrift {

// An area whose own tools are not built yet: it says what the area is for and what of it the
// database already holds, rather than pretending to be finished.
class EmptyPage final : public Page
{
    Q_OBJECT

public:
    EmptyPage(PageId page, QString table, QWidget *parent = nullptr);
    void setSession(Session *session) override;

private:
    PageId m_page;
    QString m_table;
    QLabel *m_heading;
    QLabel *m_body;
};

} // namespace fremdrift
