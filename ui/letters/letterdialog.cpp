#include "letters/letterdialog.h"

#include "domain/decision.h"
#include "domain/meeting.h"
#include "i18n/language.h"
#include "letters/letteroutput.h"
#include "messagebar.h"
#include "messagebox.h"
#include "storage/database.h"
#include "templates/letterpreview.h"
#include "widgets/windowhelpers.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int PrepareDelayMs = 300;
constexpr int PreviewDpi = 110; // sharp enough fitted to the preview's width, quick to draw
constexpr int RecipientRole = Qt::UserRole + 1; // index into the possible recipients

QIcon blankIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

// The client and guardians get the letter unless the caseworker says otherwise; relatives who
// receive letters are offered, not ticked.
bool tickedByDefault(const LetterRecipient &recipient)
{
    return recipient.role == u"client" || recipient.role == u"guardian";
}

// "Kari Nordmann", "Kari Nordmann and Ola Nordmann", "A, B and C".
QString joinNames(QStringList names)
{
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return LetterDialog::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

LetterDialog::LetterDialog(Session &session, LetterSubject subject, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_subject(std::move(subject))
    , m_bar(new MessageBar(this))
    , m_prepareTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("letterDialog"));
    setSizeGripEnabled(true);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(PrepareDelayMs);
    connect(m_prepareTimer, &QTimer::timeout, this, &LetterDialog::prepareNow);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createOptions());
    splitter->addWidget(createPreviewColumn());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 670});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(createButtons());

    // The first preparation, with every possible recipient, says who they are.
    auto first = LetterIssuer(m_session).prepare(m_subject, options());
    if (first)
        m_possible = first->possibleRecipients;
    else
        m_prepareError = first.error().message;
    fillRecipients();
    setWindowTitle(tr("Write letter – %1").arg(letterKindName(m_subject.kind)));
    if (!m_possible.isEmpty() && m_possible.first().role == u"client")
        setWindowTitle(tr("%1 – %2").arg(windowTitle(), m_possible.first().name));
    prepareNow();
    resizeWithinScreen(this, QSize(1040, 740));
}

LetterDialog::~LetterDialog() = default;

QWidget *LetterDialog::createOptions()
{
    auto *column = new QWidget(this);
    m_recipients = new QListWidget(column);
    m_recipients->setObjectName(QStringLiteral("recipientsList"));
    m_recipients->setIconSize(QSize(16, 16));
    m_recipients->setMinimumHeight(90);
    m_recipients->setMaximumHeight(170); // the client and a few people around them
    connect(m_recipients, &QListWidget::itemChanged, m_prepareTimer, qOverload<>(&QTimer::start));

    m_language = new QComboBox(column);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : templateLanguages(m_session.profile().code))
        m_language->addItem(languageNativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_session.profile().language)));
    m_method = new QComboBox(column);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (SendMethod method : {SendMethod::Post, SendMethod::Digital, SendMethod::Hand})
        m_method->addItem(sendMethodName(method), int(method));
    m_date = new QDateEdit(m_session.today(), column);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setToolTip(tr("The date the letter bears and is sent on"));
    for (QComboBox *combo : {m_language, m_method})
        connect(
            combo, &QComboBox::currentIndexChanged, m_prepareTimer, qOverload<>(&QTimer::start));
    connect(m_method, &QComboBox::currentIndexChanged, this, &LetterDialog::updateRecipientMarks);
    connect(m_date, &QDateEdit::dateChanged, m_prepareTimer, qOverload<>(&QTimer::start));

    auto *hint = new QLabel(tr("Each recipient gets their own copy, which names the others as "
                               "copies."),
                            column);
    hint->setWordWrap(true);
    hint->setEnabled(false); // a quiet note, not a field

    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(buddyLabel(tr("&Language:"), m_language, column), m_language);
    fields->addRow(buddyLabel(tr("Sent &how:"), m_method, column), m_method);
    fields->addRow(buddyLabel(tr("&Date:"), m_date, column), m_date);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Recipients:"), m_recipients, column));
    layout->addWidget(m_recipients);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addLayout(fields);
    layout->addStretch(1);
    return column;
}

QWidget *LetterDialog::createPreviewColumn()
{
    auto *column = new QWidget(this);
    // What stops the letter stands above the preview, in the colours of a warning.
    m_problemsBox = new QWidget(column);
    m_problemsBox->setObjectName(QStringLiteral("problemsBox"));
    auto *caption = new QLabel(tr("The letter cannot be issued yet:"), m_problemsBox);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    auto *icon = new QLabel(m_problemsBox);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_problems = new QListWidget(m_problemsBox);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::NoSelection);
    m_problems->setFocusPolicy(Qt::NoFocus);
    m_problems->setMaximumHeight(150); // the preview keeps most of the room
    m_problems->setStyleSheet(QStringLiteral("QListWidget { background: #fff6dc; color: #1f1f1f; "
                                             "border: 1px solid #e3c565; border-radius: 4px; }"));
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(icon);
    captionRow->addWidget(caption, 1);
    auto *box = new QVBoxLayout(m_problemsBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(captionRow);
    box->addWidget(m_problems);

    m_copy = new QComboBox(column);
    m_copy->setObjectName(QStringLiteral("copyCombo"));
    m_copy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_copy, &QComboBox::currentIndexChanged, this, &LetterDialog::showCopy);
    m_preview = new LetterPreview(column);
    m_preview->setObjectName(QStringLiteral("letterPreview"));

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(buddyLabel(tr("&Copy for:"), m_copy, column));
    copyRow->addWidget(m_copy);
    copyRow->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problemsBox);
    layout->addLayout(copyRow);
    layout->addWidget(m_preview, 1);
    return column;
}

QWidget *LetterDialog::createButtons()
{
    auto *row = new QWidget(this);
    m_print = new QPushButton(tr("&Print preview…"), row);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = new QPushButton(tr("&Save PDF…"), row);
    m_save->setObjectName(QStringLiteral("savePdfButton"));
    m_save->setToolTip(tr("Saves every recipient's copy in one PDF file"));
    m_issueReason = new QLabel(row);
    m_issueReason->setObjectName(QStringLiteral("issueReason"));
    m_issueReason->setWordWrap(true);
    m_issueReason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_issue = new QPushButton(tr("&Issue"), row);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setToolTip(tr("Keeps the letters in the archive as issued; they cannot be changed "
                           "afterwards"));
    m_close = new QPushButton(tr("Cancel"), row);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::printPreview);
    connect(m_save, &QPushButton::clicked, this, &LetterDialog::savePdfAs);
    connect(m_issue, &QPushButton::clicked, this, &LetterDialog::issue);
    connect(m_close, &QPushButton::clicked, this, &LetterDialog::reject);
    row->setLayout(LetterOutput::actionRow(m_issueReason, {m_print, m_save}, {m_issue, m_close}));
    return row;
}

void LetterDialog::fillRecipients()
{
    const QSignalBlocker blocker(m_recipients);
    m_recipients->clear();
    for (qsizetype i = 0; i < m_possible.size(); ++i) {
        const LetterRecipient &recipient = m_possible.at(i);
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(recipient.name, participantRoleName(recipient.role)), m_recipients);
        item->setData(RecipientRole, int(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(tickedByDefault(recipient) ? Qt::Checked : Qt::Unchecked);
    }
    updateRecipientMarks();
}

// A letter by post needs an address: whoever lacks one is marked, and says so on hover.
void LetterDialog::updateRecipientMarks()
{
    const bool byPost = SendMethod(m_method->currentData().toInt()) == SendMethod::Post;
    const QSignalBlocker blocker(m_recipients);
    for (int row = 0; row < m_recipients->count(); ++row) {
        QListWidgetItem *item = m_recipients->item(row);
        const LetterRecipient &recipient = m_possible.at(item->data(RecipientRole).toInt());
        const bool noAddress = recipient.address.isEmpty();
        item->setIcon(byPost && noAddress ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                          : blankIcon(m_recipients->iconSize().width()));
        item->setToolTip(noAddress ? tr("No postal address") : recipient.address.join(u'\n'));
    }
}

LetterOptions LetterDialog::options() const
{
    LetterOptions options;
    options.language = m_language->currentData().toString();
    options.date = m_date->date();
    options.method = SendMethod(m_method->currentData().toInt());
    for (int row = 0; row < m_recipients->count(); ++row) {
        const QListWidgetItem *item = m_recipients->item(row);
        if (item->checkState() == Qt::Checked)
            options.recipients.append(m_possible.at(item->data(RecipientRole).toInt()));
    }
    return options;
}

void LetterDialog::prepareNow()
{
    m_prepareTimer->stop();
    const LetterOptions chosen = options();
    m_prepared = PreparedLetters();
    m_prepared.possibleRecipients = m_possible;
    // Core reads no recipients as "everyone": nobody ticked must stay nobody.
    if (chosen.recipients.isEmpty() && !m_possible.isEmpty()) {
        m_prepared.problems.append(
            {LetterProblem::Kind::Recipient, tr("Tick at least one recipient."), QString()});
    } else if (auto prepared = LetterIssuer(m_session).prepare(m_subject, chosen)) {
        m_prepared = std::move(prepared).value();
        m_prepareError.clear();
    } else {
        m_prepareError = prepared.error().message;
    }
    if (!m_prepareError.isEmpty())
        m_bar->showMessage(m_prepareError, MessageBar::Kind::Error);
    else if (m_bar->kind() == MessageBar::Kind::Error)
        m_bar->hide(); // the options changed since that error
    showPrepared();
}

void LetterDialog::showPrepared()
{
    m_problems->clear();
    for (const LetterProblem &problem : std::as_const(m_prepared.problems))
        new QListWidgetItem(QStringLiteral("• ") + problem.message, m_problems);
    m_problemsBox->setVisible(!m_prepared.problems.isEmpty());
    fillCopies();
    updateButtons();
}

// One entry per recipient's copy; the copy shown stays shown when the letters are prepared
// again, as long as that recipient still gets one.
void LetterDialog::fillCopies()
{
    const QString shown = m_copy->currentText();
    {
        const QSignalBlocker blocker(m_copy);
        m_copy->clear();
        for (const LetterDraft &draft : std::as_const(m_prepared.drafts))
            m_copy->addItem(draft.recipient.name);
        m_copy->setCurrentIndex(qMax(0, m_copy->findText(shown)));
    }
    m_copy->setEnabled(m_prepared.drafts.size() > 1);
    showCopy(m_copy->currentIndex());
}

void LetterDialog::showCopy(int index)
{
    if (index < 0 || index >= m_prepared.drafts.size()) {
        m_preview->setPages({});
        m_preview->setNotice(m_prepared.problems.isEmpty()
                                 ? QString()
                                 : tr("Nothing to show until the problems above are solved."));
        return;
    }
    m_preview->setNotice(QString());
    m_preview->setPages(LetterLayout::pageImages(m_prepared.drafts.at(index).document, PreviewDpi));
}

QString LetterDialog::permissionProblem() const
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error().message;
    if (m_session.database().isReadOnly())
        return m_session.database().readOnlyReason();
    return {};
}

QString LetterDialog::issueBlockedReason() const
{
    if (const QString denied = permissionProblem(); !denied.isEmpty())
        return denied;
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    if (!m_prepared.problems.isEmpty())
        return tr("Solve the problems listed above to issue the letter.");
    if (m_prepared.drafts.isEmpty())
        return tr("There is no letter to issue.");
    return {};
}

void LetterDialog::updateButtons()
{
    const bool hasLetters = !m_prepared.drafts.isEmpty();
    m_print->setEnabled(hasLetters);
    m_save->setEnabled(hasLetters);
    if (!m_issued.isEmpty())
        return;
    const QString blocked = issueBlockedReason();
    m_issue->setEnabled(blocked.isEmpty());
    m_issueReason->setText(blocked);
    m_issueReason->setVisible(!blocked.isEmpty());
}

QList<LetterDocument> LetterDialog::documents() const
{
    QList<LetterDocument> result;
    for (const LetterDraft &draft : m_prepared.drafts)
        result.append(draft.document);
    return result;
}

QString LetterDialog::confirmation() const
{
    QStringList names;
    for (const LetterDraft &draft : m_prepared.drafts)
        names.append(draft.recipient.name);
    return tr("Issue %n letter(s) to %1? They are kept in the archive as issued and cannot be "
              "changed.",
              nullptr,
              int(names.size()))
        .arg(joinNames(names));
}

bool LetterDialog::issue()
{
    if (!m_issued.isEmpty())
        return false;
    // What is issued is what the options say now, not what the preview showed a moment ago.
    if (m_prepareTimer->isActive())
        prepareNow();
    if (!issueBlockedReason().isEmpty())
        return false;
    const auto answer = MessageBox::question(this,
                                             tr("Issue letters"),
                                             confirmation(),
                                             QMessageBox::Yes | QMessageBox::Cancel,
                                             QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto issued = LetterIssuer(m_session).issue(m_prepared, options());
    if (!issued) {
        QString text = issued.error().message;
        if (!issued.error().detail.isEmpty())
            text += u'\n' + issued.error().detail;
        m_bar->showMessage(text, MessageBar::Kind::Error);
        return false;
    }
    m_issued = std::move(issued).value();
    showIssued();
    return true;
}

// Issued letters cannot change: the options are locked, and what is left is to print them or
// save them for sending.
void LetterDialog::showIssued()
{
    m_prepareTimer->stop();
    for (QWidget *option :
         std::initializer_list<QWidget *>{m_recipients, m_language, m_method, m_date})
        option->setEnabled(false);
    m_issue->hide();
    m_issueReason->hide();
    m_close->setText(tr("&Close"));
    m_bar->showMessage(tr("%n letter(s) issued and kept in the archive. Print them now, or save "
                          "them as a PDF to send them digitally.",
                          nullptr,
                          int(m_issued.size())),
                       MessageBar::Kind::Information);
}

void LetterDialog::printPreview()
{
    const QList<LetterDocument> letters = documents();
    if (letters.isEmpty())
        return;
    if (Status printed = LetterOutput::printPreview(this, letters, letters.first().title); !printed)
        m_bar->showMessage(printed.error().message, MessageBar::Kind::Error);
}

void LetterDialog::savePdfAs()
{
    if (m_prepared.drafts.isEmpty())
        return;
    const QString path = LetterOutput::askPdfPath(
        this,
        tr("Save letters as PDF"),
        LetterOutput::fileNameFor(m_prepared.drafts.first().document.title));
    if (!path.isEmpty())
        savePdf(path);
}

bool LetterDialog::savePdf(const QString &path)
{
    return LetterOutput::savePdfAndTell(documents(), path, m_bar);
}

void LetterDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The preview fits the pages to its width, which is known only once the dialog is laid
    // out: show the copy again then.
    QTimer::singleShot(0, this, [this] { showCopy(m_copy->currentIndex()); });
}

void LetterDialog::reject()
{
    // Once letters are issued, closing is the end of the job, not a cancel.
    if (!m_issued.isEmpty())
        accept();
    else
        QDialog::reject();
}

std::optional<QList<IssuedLetter>>
LetterDialog::write(Session &session, const LetterSubject &subject, QWidget *parent)
{
    LetterDialog dialog(session, subject, parent);
    run(dialog);
    if (dialog.issued().isEmpty())
        return std::nullopt;
    return dialog.issued();
}

} // namespace fremdrift
