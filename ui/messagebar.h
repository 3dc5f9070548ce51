#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace fremdrift {

// An inline bar above the page for recoverable problems and results: it informs without
// stopping the user, as a dialog would (KeePassXC's MessageWidget).
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace fremdrift
