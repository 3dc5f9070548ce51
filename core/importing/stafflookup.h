#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace fremdrift {
class Session;
}

namespace fremdrift::importing {

struct StaffRef
{
    qint64 id = 0;
    bool active = true;
    QString fullName;
};

// Staff users by username (case does not matter), looked up once each.
class StaffLookup final
{
public:
    explicit StaffLookup(const Session &session);

    // The active user `username`. A NotFound or InvalidInput error is a problem with the line
    // (see isLineProblem()); any other error is the database failing.
    Result<StaffRef> find(const QString &username);

    // Whether find()'s `error` is the line's fault: no such user, or one deactivated.
    static bool isLineProblem(const Error &error);

private:
    Result<std::optional<StaffRef>> lookUp(const QString &username);

    const Session &m_session;
    QHash<QString, std::optional<StaffRef>> m_cache;
};

} // namespace fremdrift::importing
