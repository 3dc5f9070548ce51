#pragma once

#include "letters/letterlayout.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fremdrift {

class Database;
class Session;

// The office as its letters present it: name, postal address, contact, logo. Kept in the
// settings table (office_name, office_address, ...), so every PC of the office prints the same
// letterhead.
struct OfficeDetails
{
    QString name;
    QStringList address; // "Postboks 1234", "9615 Hammerfest"
    QString phone;
    QString email;
    QString web;
    QString orgNumber;
    QByteArray logoPng; // empty: no logo

    Letterhead letterhead() const;
};

class OfficeDetailsStore final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::OfficeDetailsStore)

public:
    static Result<OfficeDetails> load(const Database &database);
    // Needs Permission::ManageOffice; audited. Refuses an empty name, a logo that is not an
    // image or larger than 1 MB.
    static Status save(Session &session, const OfficeDetails &details);
};

} // namespace fremdrift
