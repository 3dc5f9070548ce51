#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace fremdrift {

// Writes `bytes` to `path` whole or not at all (QSaveFile: a temporary file renamed at the
// end), so a letter or report half written is never left where the user expects the whole.
Status saveWholeFile(const QString &path, const QByteArray &bytes);

} // namespace fremdrift
