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
    // The database changed under the same session (another PC committed): show it again.
    // Pages with a list override this to keep the user's selection and scroll position; the
    // default shows the session afresh. `session` is the one the page already shows.
    virtual void refresh(Session *session) { setSession(session); }

signals:
    // A problem or a result the main window shows in its message bar.
    void message(const QString &text, bool isError);
};

} // namespace fremdrift
