#include "widgets/optionaldateedit.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace fremdrift {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(emptyMarker());
    setSpecialValueText(QStringLiteral("–"));
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    setDate(emptyMarker());
    setToolTip(tr("Press Delete to leave the date empty."));
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    // The popup opens on today rather than on the marker a century ago.
    if (!optionalDate().isValid() && !isReadOnly())
        setDate(QDate::currentDate());
    QDateEdit::mousePressEvent(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && !isReadOnly()) {
        clear();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

QDate OptionalDateEdit::emptyMarker()
{
    return QDate(1900, 1, 1);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == emptyMarker() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : emptyMarker());
}

void OptionalDateEdit::clear()
{
    setDate(emptyMarker());
}

} // namespace fremdrift
