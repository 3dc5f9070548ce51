#include "importing/stafflookup.h"

#include "importing/csvimport.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/session.h"

namespace fremdrift::importing {

StaffLookup::StaffLookup(const Session &session)
    : m_session(session)
{
}

Result<StaffRef> StaffLookup::find(const QString &username)
{
    const QString key = username.toCaseFolded();
    if (!m_cache.contains(key)) {
        auto found = lookUp(username);
        if (!found)
            return found.error();
        m_cache.insert(key, *found);
    }
    const std::optional<StaffRef> found = m_cache.value(key);
    if (!found)
        return makeError(
            Error::Code::NotFound,
            CaseloadImport::tr("There is no staff user with the username \"%1\".").arg(username));
    if (!found->active)
        return makeError(
            Error::Code::InvalidInput,
            CaseloadImport::tr("%1 (%2) is deactivated.").arg(found->fullName, username));
    return *found;
}

bool StaffLookup::isLineProblem(const Error &error)
{
    return error.code == Error::Code::NotFound || error.code == Error::Code::InvalidInput;
}

Result<std::optional<StaffRef>> StaffLookup::lookUp(const QString &username)
{
    auto row = sql::run(m_session.database().connection(),
                        QStringLiteral("SELECT id, active, full_name FROM staff_users "
                                       "WHERE username = ? COLLATE NOCASE"),
                        {username});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<StaffRef>();
    return std::optional<StaffRef>(
        StaffRef{row->value(0).toLongLong(), row->value(1).toBool(), row->value(2).toString()});
}

} // namespace fremdrift::importing
