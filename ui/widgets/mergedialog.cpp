#include "widgets/mergedialog.h"

#include "decisions/decisionformat.h"
#include "domain/json.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fremdrift {

namespace {

enum Column { FieldColumn, MineColumn, TheirsColumn, KeepColumn, ColumnCount };
enum Side { Theirs = 0, Mine = 1 };

} // namespace

MergeDialog::MergeDialog(const QString &conflict,
                         const QList<FieldChoice> &choices,
                         Presentation presentation,
                         QWidget *parent)
    : QDialog(parent)
    , m_presentation(std::move(presentation))
    , m_conflict(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Compare and merge"));
    setSizeGripEnabled(true);
    m_conflict->setObjectName(QStringLiteral("conflictLabel"));
    m_conflict->setWordWrap(true);
    m_conflict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflict->setText(conflict);
    auto *explanation = new QLabel(tr("Each field that you or they changed is listed. Where "
                                      "you both changed a field, choose the version to keep."),
                                   this);
    explanation->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("Their version"), tr("Keep")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    for (const FieldChoice &choice : choices)
        addRow(choice);
    // A long label (a question on a step's form) wraps rather than squeeze the versions.
    m_table->resizeColumnToContents(FieldColumn);
    m_table->setColumnWidth(FieldColumn, std::min(m_table->columnWidth(FieldColumn), 220));
    // Rows follow the columns' widths, which are known once the dialog is laid out.
    connect(m_table->horizontalHeader(),
            &QHeaderView::sectionResized,
            m_table,
            &QTableWidget::resizeRowsToContents);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMergedButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

std::optional<QJsonObject> MergeDialog::merge(QWidget *parent,
                                              const QString &conflict,
                                              const QJsonObject &base,
                                              const QJsonObject &mine,
                                              const QJsonObject &theirs,
                                              const Presentation &presentation,
                                              const QStringList &readAlong)
{
    const QList<FieldChoice> choices = compareRecords(base, mine, theirs, readAlong);
    QSet<QString> takeMine;
    if (needsChoice(choices)) {
        const auto chosen = ask(parent, conflict, choices, presentation);
        if (!chosen)
            return std::nullopt;
        takeMine = *chosen;
    }
    return mergeRecords(theirs, choices, takeMine);
}

std::optional<QSet<QString>> MergeDialog::ask(QWidget *parent,
                                              const QString &conflict,
                                              const QList<FieldChoice> &choices,
                                              const Presentation &presentation)
{
    MergeDialog dialog(conflict, choices, presentation, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.takeMine();
}

QPushButton *MergeDialog::createButton(QWidget *parent)
{
    auto *button = new QPushButton(tr("Compare and &merge…"), parent);
    button->setObjectName(QStringLiteral("mergeButton"));
    button->setToolTip(tr("Compare your changes with what was saved meanwhile, field by field, "
                          "and save both."));
    button->hide();
    return button;
}

QString MergeDialog::mergedText()
{
    return tr("Your changes and theirs were merged and saved.");
}

QString MergeDialog::plainValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return tr("(empty)");
        // Every JSON shape writes a date as YYYY-MM-DD.
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = isoDate.match(text).hasMatch() ? dateFromIso(text) : QDate();
        return date.isValid() ? formatDate(date) : text;
    }
    case QJsonValue::Array: {
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines << (item.isObject() ? objectLine(item.toObject()) : plainValue(item));
        return lines.isEmpty() ? tr("(empty)") : lines.join(u'\n');
    }
    case QJsonValue::Object:
        return objectLine(value.toObject());
    }
    return {};
}

// An item of a list (a recipient, a request for medical information) as one line: its texts,
// dates and numbers, without the ids and yes-or-no marks that mean nothing without their key.
QString MergeDialog::objectLine(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool nothing = it->isNull() || (it->isString() && it->toString().isEmpty());
        if (it.key() == u"id" || it.key().endsWith(u"_id") || it->isBool() || nothing)
            continue;
        parts << plainValue(*it);
    }
    return parts.join(QStringLiteral(", "));
}

void MergeDialog::addRow(const FieldChoice &choice)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto show = [&](const QJsonValue &value) {
        return m_presentation.value ? m_presentation.value(choice.field, value) : plainValue(value);
    };
    auto *field = new QTableWidgetItem(m_presentation.label ? m_presentation.label(choice.field)
                                                            : choice.field);
    field->setData(Qt::UserRole, choice.field);
    m_table->setItem(row, FieldColumn, field);
    m_table->setItem(row, MineColumn, new QTableWidgetItem(show(choice.mine)));
    m_table->setItem(row, TheirsColumn, new QTableWidgetItem(show(choice.theirs)));
    switch (choice.kind) {
    case FieldChoice::Kind::MineOnly:
        m_table->setItem(row, KeepColumn, new QTableWidgetItem(tr("yours, kept")));
        break;
    case FieldChoice::Kind::TheirsOnly:
        m_table->setItem(row, KeepColumn, new QTableWidgetItem(tr("theirs, kept")));
        break;
    case FieldChoice::Kind::Both:
        m_table->setCellWidget(row, KeepColumn, createChoice(choice.field));
        break;
    }
}

// Yours or theirs, for a field both changed; theirs is checked first: it is what is saved now.
QWidget *MergeDialog::createChoice(const QString &field)
{
    auto *cell = new QWidget(m_table);
    auto *mine = new QRadioButton(tr("Yours"), cell);
    auto *theirs = new QRadioButton(tr("Theirs"), cell);
    const QString label = m_presentation.label ? m_presentation.label(field) : field;
    mine->setAccessibleName(tr("Keep your %1").arg(label));
    theirs->setAccessibleName(tr("Keep their %1").arg(label));
    theirs->setChecked(true);
    auto *group = new QButtonGroup(cell);
    group->addButton(theirs, Theirs);
    group->addButton(mine, Mine);
    m_choices.insert(field, group);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(mine);
    layout->addWidget(theirs);
    return cell;
}

QStringList MergeDialog::fieldsToChoose() const
{
    QStringList fields = m_choices.keys();
    fields.sort();
    return fields;
}

void MergeDialog::keepMine(const QString &field, bool mine)
{
    if (QButtonGroup *group = m_choices.value(field))
        group->button(mine ? Mine : Theirs)->setChecked(true);
}

QSet<QString> MergeDialog::takeMine() const
{
    QSet<QString> fields;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->checkedId() == Mine)
            fields.insert(it.key());
    }
    return fields;
}

QString MergeDialog::conflictText() const
{
    return m_conflict->text();
}

} // namespace fremdrift
