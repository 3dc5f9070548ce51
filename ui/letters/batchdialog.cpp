#include "letters/batchdialog.h"

#include "domain/decision.h"
#include "letters/letteroutput.h"
#include "messagebar.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "widgets/windowhelpers.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fremdrift {

namespace {

const QString preNoticeStep = QStringLiteral("pre_notice");

QString skippedText(const BatchItem &item)
{
    QStringList lines = {item.clientName};
    for (const LetterProblem &problem : item.problems)
        lines << QStringLiteral("• ") + problem.message;
    return lines.join(u'\n');
}

} // namespace

BatchDialog::BatchDialog(Session &session, qint64 planId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_planId(planId)
    , m_bar(new MessageBar(this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Send pre-notices"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(createOptions());
    layout->addWidget(createProgress());
    layout->addWidget(createSummary(), 1);
    layout->addWidget(createButtons());
    readPlan();
    updateButtons();
    resizeWithinScreen(this, QSize(640, 480));
}

BatchDialog::~BatchDialog() = default;

QWidget *BatchDialog::createOptions()
{
    auto *box = new QWidget(this);
    m_intro = new QLabel(box);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (SendMethod method : {SendMethod::Post, SendMethod::Digital, SendMethod::Hand})
        m_method->addItem(sendMethodName(method), int(method));
    m_date = new QDateEdit(m_session.today(), box);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *hint = new QLabel(tr("Each review's letters go to its client and to those who get "
                               "the client's letters, such as a guardian, and complete the "
                               "review's pre-notice step. A review whose letter lacks something "
                               "is skipped and listed with the reason; the others are issued."),
                            box);
    hint->setWordWrap(true);
    hint->setEnabled(false); // a quiet note, not a field

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    fields->addRow(buddyLabel(tr("Sent &how:"), m_method, box), m_method);
    fields->addRow(buddyLabel(tr("&Date:"), m_date, box), m_date);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(fields);
    layout->addWidget(hint);
    return box;
}

QWidget *BatchDialog::createProgress()
{
    m_progressRow = new QWidget(this);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progressLabel = new QLabel(m_progressRow);
    m_stop = new QPushButton(tr("S&top"), m_progressRow);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stops after the review whose letters are being issued now"));
    connect(m_stop, &QPushButton::clicked, this, &BatchDialog::stop);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_stop);
    auto *layout = new QVBoxLayout(m_progressRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_progressLabel);
    m_progressRow->hide();
    return m_progressRow;
}

QWidget *BatchDialog::createSummary()
{
    m_summaryBox = new QWidget(this);
    m_summary = new QLabel(m_summaryBox);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_skipped = new QListWidget(m_summaryBox);
    m_skipped->setObjectName(QStringLiteral("skippedList"));
    m_skipped->setWordWrap(true);
    m_skipped->setSelectionMode(QAbstractItemView::NoSelection);
    m_skipped->setAlternatingRowColors(true); // one review's lines apart from the next
    m_skipped->setAccessibleName(tr("Reviews skipped, with the reasons"));
    auto *layout = new QVBoxLayout(m_summaryBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipped, 1);
    m_summaryBox->hide();
    return m_summaryBox;
}

QWidget *BatchDialog::createButtons()
{
    auto *row = new QWidget(this);
    m_print = new QPushButton(tr("&Print…"), row);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = new QPushButton(tr("Save all as one &PDF…"), row);
    m_save->setObjectName(QStringLiteral("savePdfButton"));
    m_startReason = new QLabel(row);
    m_startReason->setObjectName(QStringLiteral("startReason"));
    m_startReason->setWordWrap(true);
    m_startReason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_startReason->hide();
    m_start = new QPushButton(tr("&Start"), row);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_close = new QPushButton(tr("&Close"), row);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_print, &QPushButton::clicked, this, &BatchDialog::printAll);
    connect(m_save, &QPushButton::clicked, this, &BatchDialog::saveAllAs);
    connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_close, &QPushButton::clicked, this, &BatchDialog::reject);
    row->setLayout(LetterOutput::actionRow(m_startReason, {m_print, m_save}, {m_start, m_close}));
    return row;
}

void BatchDialog::readPlan()
{
    auto view = PlanRepository(m_session).view(m_planId);
    if (!view) {
        m_bar->showMessage(view.error().message, MessageBar::Kind::Error);
        m_intro->clear();
        return;
    }
    m_planTitle = view->plan.title;
    m_reviewCount = int(view->reviews.size());
    m_pending
        = int(std::count_if(view->reviews.cbegin(), view->reviews.cend(), [](const Review &review) {
              const ReviewStep *step = review.step(preNoticeStep);
              return step && !step->isDone();
          }));
    const QString count = m_pending == 0 ? tr("Every review in the plan has had its pre-notice.")
                                         : tr("Reviews still without the pre-notice: %1 of %2.")
                                               .arg(m_pending)
                                               .arg(m_reviewCount);
    m_intro->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(m_planTitle.toHtmlEscaped(), count.toHtmlEscaped()));
}

QString BatchDialog::startBlockedReason() const
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error().message;
    if (m_session.database().isReadOnly())
        return m_session.database().readOnlyReason();
    if (m_pending == 0)
        return tr("There is no pre-notice left to send.");
    return {};
}

void BatchDialog::updateButtons()
{
    const QString blocked = startBlockedReason();
    m_start->setEnabled(!m_running && blocked.isEmpty());
    m_startReason->setText(blocked);
    m_startReason->setVisible(!m_running && !blocked.isEmpty());
    const bool letters = !m_running && m_result && m_result->issuedCount() > 0;
    m_print->setEnabled(letters);
    m_save->setEnabled(letters);
    for (QWidget *option : std::initializer_list<QWidget *>{m_method, m_date})
        option->setEnabled(!m_running);
    m_close->setEnabled(!m_running);
}

bool BatchDialog::start()
{
    if (m_running || !startBlockedReason().isEmpty())
        return false;
    m_bar->hide();
    m_running = true;
    m_stopRequested = false;
    m_summaryBox->hide();
    m_progressRow->show();
    m_stop->setEnabled(true);
    showProgress(0, m_pending);
    updateButtons();

    LetterOptions options;
    options.method = SendMethod(m_method->currentData().toInt());
    options.date = m_date->date();
    auto batch = LetterIssuer(m_session).issuePreNotices(
        m_planId, options, [this](int done, int total) { return showProgress(done, total); });
    m_running = false;
    m_progressRow->hide();
    const bool stoppedEarly = m_stopRequested;
    if (!batch) {
        m_bar->showMessage(batch.error().message, MessageBar::Kind::Error);
        readPlan();
        updateButtons();
        return false;
    }
    m_result = std::move(batch).value();
    readPlan();
    showSummary(stoppedEarly && m_pending > 0);
    updateButtons();
    return true;
}

// Called by the batch after each review: the bar moves, and a click on Stop gets through.
bool BatchDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progressLabel->setText(m_stopRequested
                                 ? tr("Stopping after this review…")
                                 : tr("%1 of %n review(s) done", nullptr, total).arg(done));
    QApplication::processEvents();
    return !m_stopRequested;
}

void BatchDialog::stop()
{
    if (!m_running)
        return;
    m_stopRequested = true;
    m_stop->setEnabled(false);
    m_progressLabel->setText(tr("Stopping after this review…"));
}

void BatchDialog::showSummary(bool stoppedEarly)
{
    const BatchResult &result = *m_result;
    const int reviewsIssued = int(result.items.size()) - result.skippedCount();
    QStringList lines;
    lines << (result.issuedCount() == 0
                  ? tr("No letters were issued.")
                  : tr("Issued %n letter(s) for %1.", nullptr, result.issuedCount())
                        .arg(tr("%n review(s)", nullptr, reviewsIssued)));
    if (stoppedEarly)
        lines << tr("Stopped before the end: the pre-notice is still missing in %n review(s).",
                    nullptr,
                    m_pending);
    if (result.skippedCount() > 0)
        lines << tr("Skipped %n review(s); solve what is listed and start again:",
                    nullptr,
                    result.skippedCount());
    m_summary->setText(lines.join(u'\n'));
    m_skipped->clear();
    for (const BatchItem &item : result.items) {
        if (item.letters.isEmpty())
            new QListWidgetItem(skippedText(item), m_skipped);
    }
    m_skipped->setVisible(result.skippedCount() > 0);
    m_summaryBox->show();
}

QList<LetterDocument> BatchDialog::documents() const
{
    QList<LetterDocument> all;
    if (m_result) {
        for (const BatchItem &item : m_result->items)
            all += item.documents;
    }
    return all;
}

void BatchDialog::printAll()
{
    const QList<LetterDocument> letters = documents();
    if (letters.isEmpty())
        return;
    if (Status printed = LetterOutput::printPreview(this, letters, tr("Pre-notices")); !printed)
        m_bar->showMessage(printed.error().message, MessageBar::Kind::Error);
}

void BatchDialog::saveAllAs()
{
    if (documents().isEmpty())
        return;
    const QString path = LetterOutput::askPdfPath(
        this,
        tr("Save pre-notices as PDF"),
        LetterOutput::fileNameFor(tr("Pre-notices %1").arg(m_planTitle)));
    if (!path.isEmpty())
        saveAll(path);
}

bool BatchDialog::saveAll(const QString &path)
{
    return LetterOutput::savePdfAndTell(documents(), path, m_bar);
}

void BatchDialog::reject()
{
    // The batch runs inside start(): closing now would pull the dialog from under it.
    if (m_running) {
        stop();
        return;
    }
    if (m_result && m_result->issuedCount() > 0)
        accept();
    else
        QDialog::reject();
}

bool BatchDialog::send(Session &session, qint64 planId, QWidget *parent)
{
    BatchDialog dialog(session, planId, parent);
    run(dialog);
    return dialog.batchResult() && dialog.batchResult()->issuedCount() > 0;
}

} // namespace fremdrift
