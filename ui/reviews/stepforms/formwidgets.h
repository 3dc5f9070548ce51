#pragma once

#include <QString>

class QFormLayout;
class QPlainTextEdit;
class QScrollArea;
class QWidget;

namespace fremdrift {

// Small builders the step forms share, so that every form looks and wraps alike.

// A text field `lines` lines high that passes Tab on (a form is filled in with the keyboard).
QPlainTextEdit *newTextEdit(QWidget *parent, const QString &objectName, int lines);
// A form layout whose long labels (Norwegian, Danish) put their field on the next line rather
// than squeezing it.
QFormLayout *newFormLayout(QWidget *parent = nullptr);
// `content` in a scroll area that follows its width and scrolls down.
QScrollArea *inScrollArea(QWidget *content, QWidget *parent);

} // namespace fremdrift
