#include "jurisdictionnames.h"

namespace fremdrift {

QString jurisdictionName(JurisdictionCode code)
{
    switch (code) {
    case JurisdictionCode::Norway:
        return QCoreApplication::translate("fremdrift::Jurisdiction", "Norway");
    case JurisdictionCode::Sweden:
        return QCoreApplication::translate("fremdrift::Jurisdiction", "Sweden");
    case JurisdictionCode::Denmark:
        return QCoreApplication::translate("fremdrift::Jurisdiction", "Denmark");
    }
    Q_UNREACHABLE();
}

} // namespace fremdrift
