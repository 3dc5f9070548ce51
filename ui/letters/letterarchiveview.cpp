#include "letters/letterarchiveview.h"

#include "letters/letterarchivemodel.h"
#include "letters/letteroutput.h"
#include "messagebar.h"
#include "widgets/readonlylist.h"
#include "widgets/windowhelpers.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace fremdrift {

namespace {

constexpr int TypingDelayMs = 250;

// Columns whose texts can be long start at most this wide (the user may widen them), so that
// the recipient keeps room in a client's tab beside the list of clients.
const std::pair<int, int> longColumns[] = {
    {LetterArchiveModel::KindColumn, 150},
    {LetterArchiveModel::ClientColumn, 160},
    {LetterArchiveModel::IssuedByColumn, 120},
};

} // namespace

LetterArchiveView::LetterArchiveView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LetterArchiveModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_typing(new QTimer(this))
    , m_bar(new MessageBar(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("letterArchiveView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LetterArchiveModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(QStringLiteral("lettersTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LetterArchiveModel::IssuedColumn, Qt::DescendingOrder);
    setUpReadOnlyList(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LetterArchiveModel::RecipientColumn, QHeaderView::Stretch);
    for (const auto &[column, widest] : longColumns)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QTableView::activated, this, &LetterArchiveView::openCurrent);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &LetterArchiveView::updateButtons);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &LetterArchiveView::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons());
    setSession(nullptr);
}

QWidget *LetterArchiveView::createFilters()
{
    auto *row = new QWidget(this);
    m_text = new QLineEdit(row);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Name or reference"));
    m_text->setClearButtonEnabled(true);
    m_kind = new QComboBox(row);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All letters"));
    for (LetterKind kind : allLetterKinds()) {
        if (isCitizenLetter(kind))
            m_kind->addItem(letterKindName(kind), int(kind));
    }
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterArchiveView::reload);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Search:"), m_text, row));
    layout->addWidget(m_text, 1);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("Le&tter:"), m_kind, row));
    layout->addWidget(m_kind);
    return row;
}

QWidget *LetterArchiveView::createButtons()
{
    auto *row = new QWidget(this);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_open = new QPushButton(tr("&Open…"), row);
    m_open->setObjectName(QStringLiteral("openLetterButton"));
    m_open->setToolTip(tr("Saves a copy of the letter exactly as it was issued, and opens it"));
    m_verify = new QPushButton(tr("&Verify"), row);
    m_verify->setObjectName(QStringLiteral("verifyLetterButton"));
    m_verify->setToolTip(tr("Checks that the stored letter is unchanged since it was issued"));
    connect(m_open, &QPushButton::clicked, this, &LetterArchiveView::openCurrent);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyCurrent(); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_verify);
    return row;
}

void LetterArchiveView::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (const auto &[column, widest] : longColumns) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), widest));
    }
}

void LetterArchiveView::setSession(Session *session, std::optional<qint64> clientId)
{
    m_session = session;
    m_clientId = clientId;
    m_bar->hide();
    // One client's tab names the client above it already, and is narrow: the template and
    // pages are on the Reports page.
    for (int column : {LetterArchiveModel::ClientColumn,
                       LetterArchiveModel::TemplateColumn,
                       LetterArchiveModel::PagesColumn})
        m_view->setColumnHidden(column, clientId.has_value());
    reload();
}

LetterFilter LetterArchiveView::filter() const
{
    LetterFilter filter;
    filter.clientId = m_clientId;
    filter.text = m_text->text().trimmed();
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.kind = LetterKind(kind.toInt());
    return filter;
}

void LetterArchiveView::reload()
{
    m_typing->stop();
    const qint64 chosen = currentLetterId();
    QList<IssuedLetter> letters;
    if (m_session) {
        auto listed = LetterArchive(*m_session).list(filter());
        if (listed)
            letters = std::move(listed).value();
        else
            m_bar->showMessage(listed.error().message, MessageBar::Kind::Error);
    }
    const int count = int(letters.size());
    m_model->setLetters(std::move(letters));
    fitColumns();
    m_count->setText(m_session ? tr("%n letter(s)", nullptr, count) : QString());
    selectLetter(chosen);
    updateButtons();
}

qint64 LetterArchiveView::currentLetterId() const
{
    if (!m_view->selectionModel()->hasSelection())
        return 0;
    return m_view->currentIndex().data(LetterArchiveModel::IdRole).toLongLong();
}

void LetterArchiveView::selectLetter(qint64 id)
{
    for (int row = 0; id && row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(LetterArchiveModel::IdRole).toLongLong() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

const IssuedLetter *LetterArchiveView::currentLetter() const
{
    if (!m_view->selectionModel()->hasSelection())
        return nullptr;
    return m_model->letter(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void LetterArchiveView::updateButtons()
{
    const bool chosen = currentLetter() != nullptr;
    m_open->setEnabled(chosen);
    m_verify->setEnabled(chosen);
}

std::optional<bool> LetterArchiveView::verifyCurrent()
{
    const IssuedLetter *letter = currentLetter();
    if (!m_session || !letter)
        return std::nullopt;
    auto intact = LetterArchive(*m_session).verify(letter->id);
    if (!intact) {
        m_bar->showMessage(intact.error().message, MessageBar::Kind::Error);
        return std::nullopt;
    }
    if (*intact)
        m_bar->showMessage(tr("The letter is unchanged since it was issued: its SHA-256 still "
                              "matches.\n%1")
                               .arg(letter->sha256),
                           MessageBar::Kind::Information);
    else
        m_bar->showMessage(tr("The stored letter has changed since it was issued: its SHA-256 "
                              "no longer matches %1. Tell the administrator; the database may "
                              "have been tampered with.")
                               .arg(letter->sha256),
                           MessageBar::Kind::Error);
    return *intact;
}

bool LetterArchiveView::saveCopy(const QString &path)
{
    const IssuedLetter *chosen = currentLetter();
    if (!m_session || !chosen)
        return false;
    auto letter = LetterArchive(*m_session).get(chosen->id);
    if (!letter) {
        m_bar->showMessage(letter.error().message, MessageBar::Kind::Error);
        return false;
    }
    if (Status saved = LetterOutput::saveBytes(letter->pdf, path); !saved) {
        m_bar->showMessage(saved.error().message, MessageBar::Kind::Error);
        return false;
    }
    m_bar->showMessage(
        tr("A copy of the letter as issued is saved as %1.").arg(QDir::toNativeSeparators(path)),
        MessageBar::Kind::Information);
    return true;
}

void LetterArchiveView::openCurrent()
{
    const IssuedLetter *letter = currentLetter();
    if (!letter)
        return;
    const QString name = LetterOutput::fileNameFor(
        tr("%1 %2 %3")
            .arg(letterKindName(letter->kind), letter->recipientName, letter->issuedAt.left(10)));
    const QString path = LetterOutput::askPdfPath(this, tr("Save a copy of the letter"), name);
    if (path.isEmpty() || !saveCopy(path))
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_bar->showMessage(tr("The copy is saved as %1, but no program to show PDF files could "
                              "be started. Open the file from there.")
                               .arg(QDir::toNativeSeparators(path)),
                           MessageBar::Kind::Warning);
}

} // namespace fremdrift
