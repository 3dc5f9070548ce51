#include "reviews/stepforms/medicalinformationform.h"

#include "domain/json.h"
#include "widgets/optionaldateedit.h"
#include "workflow/stepforms.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QStringList textKeys()
{
    // By column: NameColumn, AskedColumn, SummaryColumn.
    return {QStringLiteral("name"), QStringLiteral("asked"), QStringLiteral("summary")};
}

int textColumn(const QString &key)
{
    if (key == u"name")
        return MedicalInformationForm::NameColumn;
    if (key == u"asked")
        return MedicalInformationForm::AskedColumn;
    return MedicalInformationForm::SummaryColumn;
}

} // namespace

MedicalInformationForm::MedicalInformationForm(QWidget *parent)
    : StepForm(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add request"), this))
    , m_remove(new QPushButton(tr("&Remove request"), this))
{
    m_table->setObjectName(QStringLiteral("requests"));
    m_table->setHorizontalHeaderLabels({tr("To"), tr("Name"), tr("What was asked"), tr("Sent"),
                                        tr("Answered"), tr("Summary")});
    m_table->verticalHeader()->hide();
    // What was asked and answered is read in full: the lines grow with their text.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    const std::pair<int, int> widths[] = {{ToColumn, 90}, {NameColumn, 120}, {AskedColumn, 140},
                                          {SentColumn, 105}, {AnsweredColumn, 105}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_add->setObjectName(QStringLiteral("addRequest"));
    m_remove->setObjectName(QStringLiteral("removeRequest"));
    connect(m_add, &QPushButton::clicked, this, [this] { m_table->setCurrentCell(addRequest(), NameColumn); });
    connect(m_remove, &QPushButton::clicked, this, &MedicalInformationForm::removeRequest);

    auto *hint = new QLabel(tr("Ask the GP, and specialist services where relevant, for diagnoses, "
                               "a functional assessment, relevant medical information and an "
                               "assessment of consent competence."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_marker.add(QStringLiteral("requests"), m_table);
    watchInputs();
}

void MedicalInformationForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_gpName = context.client.gpName.trimmed();
    m_table->setRowCount(0);
    for (const QJsonValue &value : step.form.value(form::requests).toArray())
        addRow(value.toObject());
    StepForm::load(step, context);
}

int MedicalInformationForm::addRequest()
{
    addRow({{QStringLiteral("to"), QStringLiteral("gp")}, {QStringLiteral("name"), m_gpName}});
    emit changed();
    return m_table->rowCount() - 1;
}

void MedicalInformationForm::addRow(const QJsonObject &request)
{
    // A line half made cannot be read back: the form says it changed once it is whole.
    const QSignalBlocker blocker(this);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *to = new QComboBox(m_table);
    to->addItem(tr("GP"), QStringLiteral("gp"));
    to->addItem(tr("Specialist"), QStringLiteral("specialist"));
    to->addItem(tr("Other"), QStringLiteral("other"));
    to->setCurrentIndex(qMax(0, to->findData(request.value(u"to").toString())));
    connect(to, &QComboBox::currentIndexChanged, this, &MedicalInformationForm::changed);
    m_table->setCellWidget(row, ToColumn, to);
    for (const QString &key : textKeys())
        m_table->setItem(row, textColumn(key), new QTableWidgetItem(request.value(key).toString()));
    for (const auto &[column, key] : {std::pair{int(SentColumn), QStringLiteral("sent_on")},
                                      std::pair{int(AnsweredColumn), QStringLiteral("answered_on")}}) {
        auto *date = new OptionalDateEdit(m_table);
        date->setOptionalDate(dateFromIso(request.value(key).toString()));
        connect(date, &QDateEdit::dateChanged, this, &MedicalInformationForm::changed);
        m_table->setCellWidget(row, column, date);
    }
}

void MedicalInformationForm::removeRequest()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    emit changed();
}

QJsonObject MedicalInformationForm::request(int row) const
{
    const auto *to = static_cast<QComboBox *>(m_table->cellWidget(row, ToColumn));
    const auto *sent = static_cast<OptionalDateEdit *>(m_table->cellWidget(row, SentColumn));
    const auto *answered = static_cast<OptionalDateEdit *>(m_table->cellWidget(row, AnsweredColumn));
    QJsonObject request{{QStringLiteral("to"), to->currentData().toString()},
                        {QStringLiteral("sent_on"), jsonDate(sent->optionalDate())},
                        {QStringLiteral("answered_on"), jsonDate(answered->optionalDate())}};
    for (const QString &key : textKeys()) {
        const QTableWidgetItem *item = m_table->item(row, textColumn(key));
        request.insert(key, item ? item->text().trimmed() : QString());
    }
    return request;
}

QJsonObject MedicalInformationForm::form() const
{
    QJsonObject form = StepForm::form();
    QJsonArray requests;
    for (int row = 0; row < m_table->rowCount(); ++row)
        requests.append(request(row));
    form.insert(form::requests, requests);
    return form;
}

// "requests[1].sent_on": the date in that line; a text cell cannot carry a frame, so a problem
// with one marks the table.
QWidget *MedicalInformationForm::fieldWidget(const QString &field) const
{
    static const QRegularExpression cell(QStringLiteral("^requests\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = cell.match(field);
    if (match.hasMatch()) {
        const int row = match.captured(1).toInt();
        const QString key = match.captured(2);
        const int column = key == u"sent_on" ? SentColumn
                           : key == u"answered_on" ? AnsweredColumn
                           : key == u"to"          ? ToColumn
                                                   : -1;
        if (column >= 0 && row < m_table->rowCount())
            return m_table->cellWidget(row, column);
    }
    return StepForm::fieldWidget(field);
}

} // namespace fremdrift
