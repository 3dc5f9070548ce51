#include "navigationmodel.h"

#include <QApplication>
#include <QStyle>

namespace fremdrift {

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QList<PageId> NavigationModel::pages()
{
    return {PageId::Overview,
            PageId::Plans,
            PageId::Clients,
            PageId::Decisions,
            PageId::Meetings,
            PageId::Templates,
            PageId::Reports,
            PageId::Settings};
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(pages().size());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageId page = pages().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(page);
    case Qt::ToolTipRole:
        return description(page);
    case Qt::DecorationRole:
        return icon(page);
    case PageIdRole:
        return int(page);
    case KeyRole:
        return key(page);
    default:
        return {};
    }
}

QString NavigationModel::key(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return QStringLiteral("overview");
    case PageId::Plans:
        return QStringLiteral("plans");
    case PageId::Clients:
        return QStringLiteral("clients");
    case PageId::Decisions:
        return QStringLiteral("decisions");
    case PageId::Meetings:
        return QStringLiteral("meetings");
    case PageId::Templates:
        return QStringLiteral("templates");
    case PageId::Reports:
        return QStringLiteral("reports");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    Q_UNREACHABLE();
}

std::optional<PageId> NavigationModel::fromKey(const QString &key)
{
    for (PageId page : pages()) {
        if (NavigationModel::key(page) == key)
            return page;
    }
    return std::nullopt;
}

QString NavigationModel::title(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return tr("Overview");
    case PageId::Plans:
        return tr("Progress plans");
    case PageId::Clients:
        return tr("Clients");
    case PageId::Decisions:
        return tr("Decisions");
    case PageId::Meetings:
        return tr("Meetings");
    case PageId::Templates:
        return tr("Templates");
    case PageId::Reports:
        return tr("Reports");
    case PageId::Settings:
        return tr("Settings");
    }
    Q_UNREACHABLE();
}

QString NavigationModel::description(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return tr("What is due soon, what is late, and what the database holds.");
    case PageId::Plans:
        return tr("Progress plans: the reviews of decisions, step by step, with deadlines and "
                  "the caseworkers responsible.");
    case PageId::Clients:
        return tr("The people you decide services for, and the people around them.");
    case PageId::Decisions:
        return tr("Decisions, their services and hours, and where each is in its life: draft, "
                  "approved, sent, in force.");
    case PageId::Meetings:
        return tr("Evaluation meetings in reviews, and responsibility group meetings.");
    case PageId::Templates:
        return tr("The letter templates: pre-notice, meeting invitation, minutes and decision "
                  "letter.");
    case PageId::Reports:
        return tr("Letters issued, and the share of decisions followed up.");
    case PageId::Settings:
        return tr("Language, the office and the database.");
    }
    Q_UNREACHABLE();
}

QIcon NavigationModel::icon(PageId page)
{
    const QStyle *style = QApplication::style();
    switch (page) {
    case PageId::Overview:
        return style->standardIcon(QStyle::SP_DesktopIcon);
    case PageId::Plans:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case PageId::Clients:
        return style->standardIcon(QStyle::SP_DirHomeIcon);
    case PageId::Decisions:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case PageId::Meetings:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case PageId::Templates:
        return style->standardIcon(QStyle::SP_FileIcon);
    case PageId::Reports:
        return style->standardIcon(QStyle::SP_FileDialogListView);
    case PageId::Settings:
        return style->standardIcon(QStyle::SP_FileDialogInfoView);
    }
    Q_UNREACHABLE();
}

} // namespace fremdrift
