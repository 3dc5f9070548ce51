#pragma once

#include "domain/client.h"
#include "jurisdiction/jurisdictioncode.h"

#include <QScrollArea>

#include <functional>

class QFormLayout;
class QVBoxLayout;

namespace fremdrift {

// The read view of one client: who they are, where they live, who is around them, consent
// competence and the individual plan. Everything the investigation asks about, at a glance.
class ClientDetailsView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ClientDetailsView(QWidget *parent = nullptr);

    void setClient(const Client &client,
                   const QList<Contact> &contacts,
                   JurisdictionCode jurisdiction);
    void clear();

private:
    QFormLayout *addSection(QVBoxLayout *layout, const QString &title);
    void addRow(QFormLayout *form, const QString &label, const QString &value);
    void addPersonal(QVBoxLayout *layout, const Client &client, JurisdictionCode jurisdiction);
    void addCare(QVBoxLayout *layout, const Client &client, const QList<Contact> &contacts);
    void addPeople(QVBoxLayout *layout, const QList<Contact> &contacts);
    void addAssessments(QVBoxLayout *layout, const Client &client);

    static QString names(const QList<Contact> &contacts,
                         const std::function<bool(const Contact &)> &which);
    static QString date(const QDate &date);
};

} // namespace fremdrift
