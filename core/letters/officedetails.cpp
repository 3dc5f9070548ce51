#include "letters/officedetails.h"

#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonObject>

namespace fremdrift {

namespace {

constexpr qsizetype maxLogoBytes = 1024 * 1024;

// Settings keys; the logo is kept as base64 text since settings values are TEXT.
const QString nameKey = QStringLiteral("office_name");
const QString addressKey = QStringLiteral("office_address");
const QString phoneKey = QStringLiteral("office_phone");
const QString emailKey = QStringLiteral("office_email");
const QString webKey = QStringLiteral("office_web");
const QString orgNumberKey = QStringLiteral("office_org_number");
const QString logoKey = QStringLiteral("office_logo_png");

QString settingOr(const Database &database, const QString &key)
{
    const auto value = database.setting(key);
    return value ? *value : QString();
}

QStringList nonEmptyLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            kept.append(line.trimmed());
    }
    return kept;
}

bool isImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    return reader.canRead();
}

} // namespace

Letterhead OfficeDetails::letterhead() const
{
    Letterhead head;
    head.officeName = name;
    head.address = address;
    head.phone = phone;
    head.email = email;
    head.web = web;
    head.orgNumber = orgNumber;
    if (!logoPng.isEmpty())
        head.logo = QImage::fromData(logoPng);
    return head;
}

Result<OfficeDetails> OfficeDetailsStore::load(const Database &database)
{
    OfficeDetails details;
    details.name = settingOr(database, nameKey);
    details.address = nonEmptyLines(settingOr(database, addressKey).split(u'\n'));
    details.phone = settingOr(database, phoneKey);
    details.email = settingOr(database, emailKey);
    details.web = settingOr(database, webKey);
    details.orgNumber = settingOr(database, orgNumberKey);
    details.logoPng = QByteArray::fromBase64(settingOr(database, logoKey).toLatin1());
    return details;
}

Status OfficeDetailsStore::save(Session &session, const OfficeDetails &details)
{
    if (Status allowed = requirePermission(session.user(), Permission::ManageOffice); !allowed)
        return allowed;
    QList<FieldProblem> problems;
    if (details.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("Give the office's name.")});
    if (details.logoPng.size() > maxLogoBytes)
        problems.append({QStringLiteral("logo"),
                         tr("The logo is larger than 1 MB: use a smaller image.")});
    else if (!details.logoPng.isEmpty() && !isImage(details.logoPng))
        problems.append({QStringLiteral("logo"), tr("The logo is not an image Fremdrift can read.")});
    if (!problems.isEmpty())
        return invalidInput(problems);

    const QList<std::pair<QString, QString>> values = {
        {nameKey, details.name.trimmed()},
        {addressKey, nonEmptyLines(details.address).join(u'\n')},
        {phoneKey, details.phone.trimmed()},
        {emailKey, details.email.trimmed()},
        {webKey, details.web.trimmed()},
        {orgNumberKey, details.orgNumber.trimmed()},
        {logoKey, QString::fromLatin1(details.logoPng.toBase64())},
    };
    return session.database().write([&](QSqlDatabase &db) -> Status {
        QJsonObject detail;
        for (const auto &[key, value] : values) {
            auto query = sql::run(db,
                                  QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                 "ON CONFLICT(key) DO UPDATE SET value = "
                                                 "excluded.value"),
                                  {key, value.isNull() ? QStringLiteral("") : value});
            if (!query)
                return query.error();
            detail.insert(key, key == logoKey ? QString::number(details.logoPng.size()) : value);
        }
        return AuditTrail::append(db, session.audit(QStringLiteral("update"),
                                                    QStringLiteral("office"), std::nullopt,
                                                    std::nullopt, detail));
    });
}

} // namespace fremdrift
