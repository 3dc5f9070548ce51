#pragma once

#include <QWidget>

namespace fremdrift {

class Session;

// One area of the main window. Pages show the session they are given (the open database and
// the staff user acting); nullptr means no database is open. They never open or close
// databases themselves.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void setSession(Session *session) = 0;

signals:
    // A problem or a result the main window shows in its message bar.
    void message(const QString &text, bool isError);
};

} // namespace fremdrift
