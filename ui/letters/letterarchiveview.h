#pragma once

#include "letters/letterarchive.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace fremdrift {

class LetterArchiveModel;
class MessageBar;
class Session;

// The letters as issued: when, what, whose case, to whom, the reference, by whom, from which
// template version and how many pages; filtered by text and kind. Open saves a copy of the PDF
// exactly as issued and opens it; Verify checks that the stored PDF still has its SHA-256.
// Shown for one client in the client's Letters tab (without the client, template and pages
// columns, for room), and for the whole office on the Reports page.
class LetterArchiveView final : public QWidget
{
    Q_OBJECT

public:
    explicit LetterArchiveView(QWidget *parent = nullptr);

    // Lists the letters of `session`; with `clientId`, that client's only (and no client
    // column). nullptr empties the list.
    void setSession(Session *session, std::optional<qint64> clientId = std::nullopt);
    // Lists again with the filter as set, keeping the chosen letter.
    void reload();
    LetterFilter filter() const;

    // The letter chosen in the list; 0 when none is.
    qint64 currentLetterId() const;
    void selectLetter(qint64 id);
    // Whether the chosen letter's PDF still has its SHA-256 (shown with the hash); nothing
    // when it could not be read (the message says why).
    std::optional<bool> verifyCurrent();
    // Writes the chosen letter's PDF, exactly as issued, to `path`.
    bool saveCopy(const QString &path);
    // Asks where to save a copy, saves it and opens it in the system's PDF viewer.
    void openCurrent();

    LetterArchiveModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *kindFilter() const { return m_kind; }
    MessageBar *messageBar() const { return m_bar; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *countLabel() const { return m_count; }

private:
    QWidget *createFilters();
    QWidget *createButtons();
    void fitColumns();
    void updateButtons();
    const IssuedLetter *currentLetter() const;

    Session *m_session = nullptr;
    std::optional<qint64> m_clientId;
    LetterArchiveModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_typing;
    MessageBar *m_bar;
    QTableView *m_view;
    QLineEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace fremdrift
