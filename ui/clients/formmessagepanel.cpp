#include "clients/formmessagepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fremdrift {

FormMessagePanel::FormMessagePanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(QStringLiteral("formMessagePanel"));
    // Coloured through the palette, not a style sheet: the form's own style sheet (red frames
    // on fields) would otherwise have to know about this panel.
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    m_text->setObjectName(QStringLiteral("formMessageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Show the record as now saved; your changes here are lost."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload, 0, Qt::AlignTop);
    connect(m_reload, &QPushButton::clicked, this, &FormMessagePanel::reloadRequested);
    clear();
}

void FormMessagePanel::showProblems(const QString &heading, const QList<FieldProblem> &problems)
{
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin: 0\">").arg(heading.toHtmlEscaped());
    for (const FieldProblem &problem : problems)
        html += QStringLiteral("<li>%1</li>").arg(problem.message.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_text->setText(html);
    m_reload->hide();
    setTone(true);
    show();
}

void FormMessagePanel::showError(const QString &text, bool offerReload)
{
    m_text->setText(text.toHtmlEscaped());
    m_reload->setVisible(offerReload);
    setTone(true);
    show();
}

void FormMessagePanel::showWarning(const QString &text)
{
    m_text->setText(text.toHtmlEscaped());
    m_reload->hide();
    setTone(false);
    show();
}

void FormMessagePanel::clear()
{
    m_text->clear();
    m_reload->hide();
    hide();
}

QString FormMessagePanel::text() const
{
    return m_text->text();
}

void FormMessagePanel::setTone(bool error)
{
    QPalette colours = palette();
    colours.setColor(QPalette::Window, error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xdc));
    // The frame and the text, dark enough to read on the light background.
    colours.setColor(QPalette::WindowText,
                     error ? QColor(0x8c, 0x1d, 0x12) : QColor(0x6b, 0x4a, 0x00));
    setPalette(colours);
}

} // namespace fremdrift
