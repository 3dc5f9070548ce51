#pragma once

#include <QWidget>

namespace fremdrift {

class Database;

// One area of the main window. Pages show the database they are given; nullptr means none is
// open. They never open or close databases themselves.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void setDatabase(Database *database) = 0;

signals:
    // A problem or a result the main window shows in its message bar.
    void message(const QString &text, bool isError);
};

} // namespace fremdrift
