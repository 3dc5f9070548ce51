#include "documents/accessreport.h"

#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace fremdrift {

namespace {

QString localTime(const QString &isoUtc, const QLocale &locale)
{
    if (isoUtc.isEmpty())
        return QString();
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString cell(const QString &text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

} // namespace

QString AccessReportDocument::html(const AccessReport &report, const QLocale &locale)
{
    QString out;
    out += QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>") + tr("Who has accessed this client's record").toHtmlEscaped()
           + QStringLiteral("</h1>");
    out += QStringLiteral("<p><b>") + tr("Client:").toHtmlEscaped() + QStringLiteral("</b> ")
           + report.clientName.toHtmlEscaped();
    if (!report.nationalId.isEmpty())
        out += QStringLiteral(" (") + report.nationalId.toHtmlEscaped() + u')';
    out += QStringLiteral("<br/><b>") + tr("Period:").toHtmlEscaped() + QStringLiteral("</b> ");
    out += report.people.isEmpty()
               ? tr("No access is logged.").toHtmlEscaped()
               : tr("%1 to %2")
                     .arg(localTime(report.firstAccess, locale),
                          localTime(report.lastAccess, locale))
                     .toHtmlEscaped();
    out += QStringLiteral("<br/><b>") + tr("Produced:").toHtmlEscaped() + QStringLiteral("</b> ")
           + tr("%1 by %2")
                 .arg(localTime(report.generatedAt, locale), report.generatedBy)
                 .toHtmlEscaped()
           + QStringLiteral("</p>");
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                          "<tr>");
    for (const QString &heading : {tr("Staff member"), tr("Role"), tr("Computer(s)"),
                                   tr("First access"), tr("Last access"), tr("Openings"),
                                   tr("Changes")})
        out += QStringLiteral("<th>") + heading.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr>");
    for (const AccessReportPerson &person : report.people) {
        QString role = person.role ? roleName(*person.role) : QString();
        if (!person.title.isEmpty())
            role = role.isEmpty() ? person.title : role + QStringLiteral(", ") + person.title;
        out += QStringLiteral("<tr>") + cell(person.name) + cell(role)
               + cell(person.hosts.join(QStringLiteral(", ")))
               + cell(localTime(person.firstAccess, locale))
               + cell(localTime(person.lastAccess, locale))
               + cell(locale.toString(person.openings)) + cell(locale.toString(person.changes))
               + QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p>")
           + tr("From the audit log of the record: every opening and every change, with who, "
                "when and from which computer.")
                 .toHtmlEscaped()
           + QStringLiteral("</p></body></html>");
    return out;
}

std::unique_ptr<QTextDocument> AccessReportDocument::document(const AccessReport &report,
                                                              const QLocale &locale)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setHtml(html(report, locale));
    return document;
}

Status AccessReportDocument::writePdf(const AccessReport &report, const QString &path,
                                      const QLocale &locale)
{
    {
        QPdfWriter writer(path);
        // A4 landscape: seven columns need the width.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(tr("Who has accessed this client's record"));
        writer.setCreator(QStringLiteral("Fremdrift"));
        // Laid out on the A4 page in points, so that the table gets the page's width.
        const auto laidOut = document(report, locale);
        laidOut->setPageSize(writer.pageLayout().paintRectPoints().size());
        laidOut->print(&writer);
    }
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return makeError(Error::Code::Io, tr("Could not write the PDF file %1.").arg(path));
    return Ok{};
}

} // namespace fremdrift
