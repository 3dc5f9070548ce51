#pragma once

#include <QAbstractListModel>
#include <QIcon>

#include <optional>

namespace fremdrift {

// The main window's areas, in sidebar order. Later areas are added here, and nowhere else.
enum class PageId { Overview, Plans, Clients, Decisions, Meetings, Templates, Reports, Settings };

class NavigationModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PageIdRole = Qt::UserRole + 1, KeyRole };

    explicit NavigationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QList<PageId> pages();
    // The stable name used on the command line (--page clients) and in settings.
    static QString key(PageId page);
    static std::optional<PageId> fromKey(const QString &key);
    static QString title(PageId page);
    static QString description(PageId page);
    static QIcon icon(PageId page);
};

} // namespace fremdrift
