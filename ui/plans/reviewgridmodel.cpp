#include "plans/reviewgridmodel.h"

#include "decisions/decisionformat.h"
#include "plans/planstyle.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>

namespace fremdrift {

namespace {

// "02.11", "11-02", "11/2": the locale's short date without its year, so that seven to nine
// step columns fit beside the names; the tooltip has the whole date.
QString dayAndMonthFormat()
{
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    pattern.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*$")));
    pattern.remove(QRegularExpression(QStringLiteral("^y+[^dM]*")));
    pattern.remove(QRegularExpression(QStringLiteral("[^dM]*y+")));
    return pattern;
}

} // namespace

ReviewGridModel::ReviewGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewGridModel::setView(const PlanView &view, const QDate &today)
{
    beginResetModel();
    m_reviews = view.reviews;
    m_stepIds = view.stepIds;
    m_today = today;
    // The interface language may have changed since the last plan.
    m_dayMonth = dayAndMonthFormat();
    endResetModel();
}

const Review *ReviewGridModel::review(int row) const
{
    return row >= 0 && row < m_reviews.size() ? &m_reviews.at(row) : nullptr;
}

int ReviewGridModel::stepColumn(const QString &stepId) const
{
    const qsizetype at = m_stepIds.indexOf(stepId);
    return at < 0 ? -1 : int(at) + FirstStepColumn;
}

QString ReviewGridModel::stepId(int column) const
{
    return m_stepIds.value(column - FirstStepColumn);
}

int ReviewGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstStepColumn + int(m_stepIds.size());
}

const ReviewStep *ReviewGridModel::step(const QModelIndex &index) const
{
    if (index.column() < FirstStepColumn)
        return nullptr;
    return m_reviews.at(index.row()).step(stepId(index.column()));
}

QString ReviewGridModel::dayAndMonth(const QDate &date) const
{
    return date.isValid() ? QLocale().toString(date, m_dayMonth) : QStringLiteral("–");
}

QVariant ReviewGridModel::stepToolTip(const ReviewStep &step) const
{
    const QString title = stepTitle(step.stepId);
    if (step.isDone()) {
        return step.doneByName.isEmpty()
                   ? tr("%1: done on %2").arg(title, formatDate(step.doneOn))
                   : tr("%1: done on %2 by %3").arg(title, formatDate(step.doneOn), step.doneByName);
    }
    if (step.isLate(m_today))
        return tr("%1: late, due %2").arg(title, formatDate(step.dueOn));
    return tr("%1: due %2").arg(title, formatDate(step.dueOn));
}

QVariant ReviewGridModel::stepData(const Review &review, const ReviewStep *step, int role) const
{
    if (!step)
        return {};
    const bool late = step->isLate(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return step->isDone() ? tr("✓ %1").arg(dayAndMonth(step->doneOn))
                              : dayAndMonth(step->dueOn);
    case Qt::ToolTipRole:
        return stepToolTip(*step);
    case Qt::ForegroundRole:
        if (late)
            return QBrush(planstyle::lateColor());
        return step->isDone() ? QVariant(QBrush(planstyle::doneColor())) : QVariant();
    case Qt::BackgroundRole:
        if (late)
            return QBrush(planstyle::lateBackgroundColor());
        return step->isDone() ? QVariant(QBrush(planstyle::doneBackgroundColor())) : QVariant();
    case Qt::FontRole:
        // The step the review is at now stands out, so the eye follows each row's progress.
        if (review.currentStep() == step || late) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case StepIdRole:
        return step->stepId;
    case LateRole:
        return late;
    case DoneRole:
        return step->isDone();
    }
    return {};
}

QVariant ReviewGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &review = m_reviews.at(index.row());
    if (role == ReviewIdRole)
        return review.id;
    if (index.column() >= FirstStepColumn)
        return stepData(review, step(index), role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == ClientColumn)
            return review.clientName;
        return review.caseworkerName.isEmpty() ? tr("(nobody)") : review.caseworkerName;
    }
    if (role == Qt::ForegroundRole && review.lateCount(m_today) > 0
        && index.column() == ClientColumn)
        return QBrush(planstyle::lateColor());
    return {};
}

QVariant ReviewGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstStepColumn)
        return stepTitle(stepId(section));
    if (role != Qt::DisplayRole)
        return {};
    if (section == ClientColumn)
        return tr("Client");
    if (section == CaseworkerColumn)
        return tr("Caseworker");
    return QStringLiteral("%1. %2").arg(section - FirstStepColumn + 1).arg(stepShortTitle(stepId(section)));
}

} // namespace fremdrift
