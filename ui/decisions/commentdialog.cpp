#include "decisions/commentdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fremdrift {

CommentDialog::CommentDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumSize(380, 110);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommentDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CommentDialog::setComment(const QString &comment)
{
    m_edit->setPlainText(comment);
}

QString CommentDialog::comment() const
{
    return m_edit->toPlainText().trimmed();
}

void CommentDialog::accept()
{
    if (comment().isEmpty()) {
        m_error->setText(tr("Write the reason: it is recorded."));
        m_error->show();
        m_edit->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<QString>
CommentDialog::ask(QWidget *parent, const QString &title, const QString &prompt)
{
    CommentDialog dialog(title, prompt, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.comment();
}

} // namespace fremdrift
