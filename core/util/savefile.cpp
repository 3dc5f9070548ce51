#include "util/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace fremdrift {

Status saveWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("fremdrift::SaveFile", "%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

} // namespace fremdrift
