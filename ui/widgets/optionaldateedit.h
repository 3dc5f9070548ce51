#pragma once

#include <QDateEdit>

namespace fremdrift {

// A date that may be left empty: the lowest date stands for "no date" and shows as a dash
// (QDateEdit itself always holds a date).
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // An invalid QDate when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    void clear() override;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QDate emptyMarker();
};

} // namespace fremdrift
