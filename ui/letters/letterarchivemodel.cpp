#include "letters/letterarchivemodel.h"

#include "decisions/decisionformat.h"
#include "domain/meeting.h"
#include "reports/auditlogmodel.h"

#include <QDateTime>

namespace fremdrift {

namespace {

// The day in the local time zone; the time is in the tooltip.
QString issuedOn(const IssuedLetter &letter)
{
    QDateTime at = QDateTime::fromString(letter.issuedAt, Qt::ISODateWithMs);
    if (!at.isValid())
        return letter.issuedAt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // stored in UTC, with or without the Z
    return formatDate(at.toLocalTime().date());
}

} // namespace

LetterArchiveModel::LetterArchiveModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LetterArchiveModel::setLetters(QList<IssuedLetter> letters)
{
    beginResetModel();
    m_letters = std::move(letters);
    endResetModel();
}

const IssuedLetter *LetterArchiveModel::letter(int row) const
{
    return row >= 0 && row < m_letters.size() ? &m_letters.at(row) : nullptr;
}

int LetterArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int LetterArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LetterArchiveModel::display(const IssuedLetter &letter, int column) const
{
    switch (column) {
    case IssuedColumn:
        return issuedOn(letter);
    case KindColumn:
        return letterKindName(letter.kind);
    case ClientColumn:
        return letter.clientName;
    case RecipientColumn:
        return tr("%1 (%2)").arg(letter.recipientName, participantRoleName(letter.recipientRole));
    case ReferenceColumn:
        return letter.reference;
    case IssuedByColumn:
        return letter.issuedByName;
    case TemplateColumn:
        return letter.templateVersion;
    case PagesColumn:
        return letter.pageCount;
    default:
        return {};
    }
}

QVariant LetterArchiveModel::sortValue(const IssuedLetter &letter, int column) const
{
    switch (column) {
    case IssuedColumn:
        return letter.issuedAt; // ISO 8601 in UTC sorts as text
    case TemplateColumn:
        return letter.templateVersion;
    case PagesColumn:
        return letter.pageCount;
    default:
        return display(letter, column);
    }
}

QString LetterArchiveModel::toolTip(const IssuedLetter &letter, int column) const
{
    switch (column) {
    case RecipientColumn: {
        // The whole of what the column may cut short, then where the letter went.
        QString text = display(letter, column).toString();
        if (!letter.recipientAddress.isEmpty())
            text += u'\n' + letter.recipientAddress;
        if (!letter.copiesTo.isEmpty())
            text += u'\n'
                    + tr("Copies to: %1")
                          .arg(letter.copiesTo.split(u'\n').join(QStringLiteral(", ")));
        return text;
    }
    case IssuedColumn:
        return AuditLogModel::localTime(letter.issuedAt);
    case KindColumn:
    case IssuedByColumn:
    case ClientColumn:
        return display(letter, column).toString(); // in full, where the column cuts it short
    default:
        return {};
    }
}

QVariant LetterArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IssuedLetter &letter = m_letters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(letter, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(letter, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn || index.column() == TemplateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(letter, index.column());
    case IdRole:
        return letter.id;
    default:
        return {};
    }
}

QVariant LetterArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == TemplateColumn)
        return tr("The template version the letter was issued from");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssuedColumn:
        return tr("Issued");
    case KindColumn:
        return tr("Letter");
    case ClientColumn:
        return tr("Client");
    case RecipientColumn:
        return tr("Recipient");
    case ReferenceColumn:
        return tr("Reference");
    case IssuedByColumn:
        return tr("Issued by");
    case TemplateColumn:
        return tr("Template");
    case PagesColumn:
        return tr("Pages");
    default:
        return {};
    }
}

} // namespace fremdrift
