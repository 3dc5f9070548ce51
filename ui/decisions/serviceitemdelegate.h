#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace fremdrift {

class JurisdictionProfile;

// Edits a DecisionServicesModel: the service from those the chosen legal basis allows, hours
// as half hours within a week, and a red frame around cells the rules found wrong.
class ServiceItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `legalBasis` returns the legal basis chosen in the editor at the moment of editing.
    ServiceItemDelegate(const JurisdictionProfile &profile,
                        std::function<QString()> legalBasis,
                        QObject *parent = nullptr);

    // The codes of the services `legalBasis` allows, in catalogue order; all when it is empty.
    static QStringList allowedServices(const JurisdictionProfile &profile,
                                       const QString &legalBasis);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QWidget *createServiceEditor(QWidget *parent, const QModelIndex &index) const;

    const JurisdictionProfile &m_profile;
    std::function<QString()> m_legalBasis;
};

} // namespace fremdrift
