#include "jurisdiction/jurisdictioncode.h"

namespace fremdrift {

std::optional<JurisdictionCode> parseJurisdictionCode(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code == u"NO")
        return JurisdictionCode::Norway;
    if (code == u"SE")
        return JurisdictionCode::Sweden;
    if (code == u"DK")
        return JurisdictionCode::Denmark;
    return std::nullopt;
}

QString jurisdictionCodeText(JurisdictionCode code)
{
    switch (code) {
    case JurisdictionCode::Norway:
        return QStringLiteral("NO");
    case JurisdictionCode::Sweden:
        return QStringLiteral("SE");
    case JurisdictionCode::Denmark:
        return QStringLiteral("DK");
    }
    Q_UNREACHABLE();
}

QStringList jurisdictionCodeTexts()
{
    return {QStringLiteral("NO"), QStringLiteral("SE"), QStringLiteral("DK")};
}

} // namespace fremdrift
