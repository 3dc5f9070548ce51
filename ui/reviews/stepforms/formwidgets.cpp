#include "reviews/stepforms/formwidgets.h"

#include <QFormLayout>
#include <QFrame>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace fremdrift {

QPlainTextEdit *newTextEdit(QWidget *parent, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int frame = 2 * edit->frameWidth() + 8;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + frame);
    return edit;
}

QFormLayout *newFormLayout(QWidget *parent)
{
    auto *layout = new QFormLayout(parent);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return layout;
}

QScrollArea *inScrollArea(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

} // namespace fremdrift
