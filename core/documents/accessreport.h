#pragma once

#include "util/result.h"
#include "workflow/accesslog.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

class QTextDocument;

namespace fremdrift {

// The access report as a printable document, shared by the application (Print…, Save as
// PDF…) and `fremdrift-cli audit access-report --pdf`. Times are shown in local time.
class AccessReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::AccessReportDocument)

public:
    static QString html(const AccessReport &report, const QLocale &locale = QLocale());
    static std::unique_ptr<QTextDocument> document(const AccessReport &report,
                                                   const QLocale &locale = QLocale());
    // An A4 PDF. Needs a QGuiApplication (fonts).
    static Status writePdf(const AccessReport &report, const QString &path,
                           const QLocale &locale = QLocale());
};

} // namespace fremdrift
