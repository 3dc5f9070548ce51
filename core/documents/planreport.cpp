#include "documents/planreport.h"

#include "documents/plantimelinepainter.h"
#include "i18n/language.h"
#include "letters/letterdata.h"
#include "letters/templaterepository.h"
#include "workflow/planprogress.h"
#include "workflow/session.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace fremdrift {

namespace {

class PlanReport final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::PlanReport)
};

const QString lateColor = QStringLiteral("#c62828");
const QString lateBackground = QStringLiteral("#fdecea");
const QString doneColor = QStringLiteral("#2e7d32");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString date(const QDate &value)
{
    return value.isValid() ? QLocale().toString(value, QLocale::ShortFormat)
                           : QStringLiteral("–");
}

// The locale's short date without its year ("02.11", "11-02"): a grid of up to nine step
// columns has room for no more; the plan's period above gives the year.
QString dayAndMonth(const QDate &value)
{
    if (!value.isValid())
        return QStringLiteral("–");
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    pattern.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*$")));
    pattern.remove(QRegularExpression(QStringLiteral("^y+[^dM]*")));
    pattern.remove(QRegularExpression(QStringLiteral("[^dM]*y+")));
    return QLocale().toString(value, pattern);
}

QString lateMark()
{
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
        .arg(lateColor, esc(PlanReport::tr("LATE")));
}

QString cell(const QString &html, bool late = false)
{
    return late ? QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(lateBackground, html)
                : QStringLiteral("<td>") + html + QStringLiteral("</td>");
}

// `widths` in percent, one per heading, or none.
QString headerRow(const QStringList &headings, const QList<int> &widths = {})
{
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < headings.size(); ++i) {
        const QString width = i < widths.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                  : QString();
        row += QStringLiteral("<th align=\"left\" bgcolor=\"#eceff1\"%1>").arg(width)
               + esc(headings.at(i)) + QStringLiteral("</th>");
    }
    return row + QStringLiteral("</tr>");
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"border-collapse:collapse; border-color:#b0bec5\">");
}

// The grid has a column per step (seven to nine): a smaller font keeps step names whole.
QString gridTableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                          "style=\"border-collapse:collapse; border-color:#b0bec5; "
                          "font-size:7pt\">");
}

QString fact(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"22%\"><b>") + esc(label)
           + QStringLiteral("</b></td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString caseworkersHtml(const ReviewPlan &plan)
{
    QStringList names;
    for (const PlanCaseworker &caseworker : plan.caseworkers) {
        names << (plan.kind == PlanKind::Review
                      ? PlanReport::tr("%1 (%n review(s))", nullptr, caseworker.reviewCount)
                            .arg(caseworker.name)
                      : caseworker.name);
    }
    return esc(names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", ")));
}

QString staffingHtml(const ReviewPlan &plan, const QDate &today)
{
    if (plan.staffingDoneOn.isValid()) {
        QString text = PlanReport::tr("Done on %1 by %2")
                           .arg(date(plan.staffingDoneOn), plan.staffingDoneByName);
        if (!plan.staffingNotes.isEmpty())
            text += QStringLiteral(": ") + plan.staffingNotes;
        return esc(text);
    }
    QString html = esc(PlanReport::tr("Due %1").arg(date(plan.staffingDueOn)));
    return isStaffingLate(plan, today) ? QString(html + u' ' + lateMark()) : html;
}

QString factsHtml(const PlanView &view, const QDate &today)
{
    const ReviewPlan &plan = view.plan;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    if (!plan.goal.isEmpty())
        html += fact(PlanReport::tr("Goal"), esc(plan.goal).replace(u'\n', QStringLiteral("<br/>")));
    if (!plan.unitNames.isEmpty())
        html += fact(PlanReport::tr("Units"), esc(plan.unitNames.join(QStringLiteral(", "))));
    html += fact(PlanReport::tr("Period"),
                 esc(PlanReport::tr("%1 to %2").arg(date(plan.startOn), date(plan.deadline))));
    html += fact(PlanReport::tr("Deadline"), esc(date(plan.deadline)));
    html += fact(PlanReport::tr("Responsible"), caseworkersHtml(plan));
    if (!plan.statusNote.isEmpty())
        html += fact(PlanReport::tr("Status"), esc(plan.statusNote));
    if (plan.kind == PlanKind::Review)
        html += fact(stepTitle(planStepId()), staffingHtml(plan, today));
    if (plan.isClosed())
        html += fact(PlanReport::tr("Closed"), esc(date(plan.closedOn)));
    return html + QStringLiteral("</table>");
}

QString stepDeadlineHtml(const StepProgress &progress, const QDate &today)
{
    if (progress.allDone())
        return QStringLiteral("<span style=\"color:%1\">✓ %2</span>")
            .arg(doneColor, esc(date(progress.lastDone)));
    const bool late = progress.nextDue.isValid() && progress.nextDue < today;
    const QString due = esc(date(progress.nextDue));
    return late ? QString(due + u' ' + lateMark()) : due;
}

QString doneText(const StepProgress &progress)
{
    if (progress.isPlanStep)
        return progress.allDone() ? PlanReport::tr("Done") : PlanReport::tr("Open");
    return PlanReport::tr("%1 of %2").arg(progress.done).arg(progress.total);
}

QString stepTableHtml(const PlanView &view, const Session &session)
{
    const QDate today = session.today();
    QString html = tableStart()
                   + headerRow({PlanReport::tr("Step"), PlanReport::tr("Deadline"),
                                PlanReport::tr("Responsible"), PlanReport::tr("Done"),
                                PlanReport::tr("Late")});
    int number = 0;
    for (const StepProgress &progress : planStepProgress(view, session.profile(), today)) {
        const bool late = progress.isLate(today);
        html += QStringLiteral("<tr>")
                + cell(esc(QStringLiteral("%1. ").arg(++number) + stepTitle(progress.stepId)), late)
                + cell(stepDeadlineHtml(progress, today), late)
                + cell(esc(responsibleRoleName(progress.role)), late)
                + cell(esc(doneText(progress)), late)
                + cell(progress.late > 0 ? QStringLiteral("<b>%1</b>").arg(progress.late)
                                         : QStringLiteral("0"),
                       late)
                + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString gridCellHtml(const ReviewStep *step, const QDate &today)
{
    if (!step)
        return cell(QString());
    if (step->isDone())
        return cell(QStringLiteral("<span style=\"color:%1\">✓ %2</span>")
                        .arg(doneColor, esc(dayAndMonth(step->doneOn))));
    // "!" rather than the word: a grid cell is too narrow for "FORSINKET", and the mark keeps
    // lateness visible on a black-and-white printout.
    if (step->isLate(today))
        return cell(QStringLiteral("<span style=\"color:%1\">%2 <b>!</b></span>")
                        .arg(lateColor, esc(dayAndMonth(step->dueOn))),
                    true);
    return cell(esc(dayAndMonth(step->dueOn)));
}

QString reviewGridHtml(const PlanView &view, const QDate &today)
{
    QStringList headings{PlanReport::tr("Client"), PlanReport::tr("Caseworker")};
    // Steps by their number in the step table: seven to nine names of steps do not fit across
    // a page in any language; the legend under the grid names them.
    QList<int> widths{14, 15};
    QStringList legend;
    for (int i = 0; i < view.stepIds.size(); ++i) {
        headings << QString::number(i + 1);
        widths << 71 / std::max<int>(1, int(view.stepIds.size()));
        legend << QStringLiteral("%1 %2").arg(i + 1).arg(stepShortTitle(view.stepIds.at(i)));
    }
    if (view.reviews.isEmpty())
        return QStringLiteral("<p>") + esc(PlanReport::tr("No decisions are added yet."))
               + QStringLiteral("</p>");
    QString html = QStringLiteral("<p>")
            + esc(PlanReport::tr("✓ done on the date shown; otherwise the date the step is due."))
            + QStringLiteral(" <span style=\"color:%1\"><b>!</b> ").arg(lateColor)
            + esc(PlanReport::tr("late")) + QStringLiteral("</span>")
            + QStringLiteral("</p>") + gridTableStart() + headerRow(headings, widths);
    for (const Review &review : view.reviews) {
        html += QStringLiteral("<tr>")
                + cell(esc(review.clientName)) + cell(esc(review.caseworkerName));
        for (const QString &stepId : view.stepIds)
            html += gridCellHtml(review.step(stepId), today);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table><p style=\"font-size:7pt\">")
           + esc(legend.join(QStringLiteral("  ·  "))) + QStringLiteral("</p>");
}

QString lateListHtml(const PlanView &view, const QDate &today)
{
    const QList<LateStep> late = lateSteps(view, today);
    if (late.isEmpty())
        return {};
    QString html = tableStart()
                   + headerRow({PlanReport::tr("Due"), PlanReport::tr("Client"),
                                PlanReport::tr("Step"), PlanReport::tr("Caseworker")});
    for (const LateStep &step : late) {
        const QString client = step.reviewId ? step.clientName : PlanReport::tr("The whole plan");
        html += QStringLiteral("<tr>") + cell(esc(date(step.dueOn)) + u' ' + lateMark(), true)
                + cell(esc(client)) + cell(esc(stepTitle(step.stepId)))
                + cell(esc(step.caseworkerName)) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString taskTableHtml(const PlanView &view, const QDate &today)
{
    QString html = tableStart()
                   + headerRow({PlanReport::tr("Task"), PlanReport::tr("Deadline"),
                                PlanReport::tr("Responsible"), PlanReport::tr("Status"),
                                PlanReport::tr("Done")});
    for (const PlanTask &task : view.tasks) {
        const bool late = task.isLate(today);
        const QString due = esc(date(task.deadline));
        const QString deadline = late ? QString(due + u' ' + lateMark()) : due;
        const QString done = task.isDone() ? QString(QStringLiteral("✓ ") + esc(date(task.doneOn)))
                                           : QString();
        html += QStringLiteral("<tr>")
                + cell(esc(task.title), late).replace(QStringLiteral("<td"),
                                                      QStringLiteral("<td width=\"38%\""))
                + cell(deadline, late)
                + cell(esc(task.responsible), late) + cell(esc(task.statusNote), late)
                + cell(done, late) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString generatedHtml(const Session &session)
{
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    return QStringLiteral("<p style=\"color:#546e7a\">")
           + esc(PlanReport::tr("Generated %1 by %2.").arg(when, session.user().fullName))
           + QStringLiteral("</p>");
}

} // namespace

PlanReportTables planReportTables(const PlanView &view, const Session &session)
{
    const QDate today = session.today();
    if (view.plan.kind == PlanKind::Task)
        return {taskTableHtml(view, today), {}, {}};
    return {stepTableHtml(view, session), reviewGridHtml(view, today), lateListHtml(view, today)};
}

namespace {

QString heading(const QString &text, const QString &color = {})
{
    const QString style = color.isEmpty() ? QString()
                                          : QStringLiteral(" style=\"color:%1\"").arg(color);
    return QStringLiteral("<h2%1>").arg(style) + esc(text) + QStringLiteral("</h2>");
}

// The office's plan report template, in the interface language (else the country's), when it
// has no errors. A template with errors is not printed: the built-in report is.
std::optional<QString> templatedBodyHtml(const PlanView &view, const Session &session)
{
    const QString language = languageForLocale(QLocale());
    auto tmpl = TemplateRepository(session).current(LetterKind::PlanReport, language);
    if (!tmpl)
        return std::nullopt;
    QList<TemplateError> errors;
    const auto parsed = TemplateParser::parse(tmpl->body, &errors);
    if (!parsed || !errors.isEmpty())
        return std::nullopt;
    LetterFacts facts;
    facts.kind = LetterKind::PlanReport;
    if (auto office = OfficeDetailsStore::load(session.database()))
        facts.office = *office;
    facts.plan = view;
    const PlanReportTables tables = planReportTables(view, session);
    facts.planStepTable = tables.steps;
    facts.planReviewGrid = tables.grid;
    facts.planLateSteps = tables.lateSteps;
    const LetterTexts texts(tmpl->language);
    LetterAddressing addressing;
    addressing.date = session.today();
    return parsed->render(LetterData::mergeData(facts, session, texts, addressing)).html;
}

} // namespace

QString planReportHtml(const PlanView &view, const Session &session)
{
    QString html = QStringLiteral("<html><body>");
    if (view.plan.kind == PlanKind::Review) {
        if (const auto body = templatedBodyHtml(view, session))
            return html + *body + generatedHtml(session) + QStringLiteral("</body></html>");
    }
    const QDate today = session.today();
    html += QStringLiteral("<h1>") + esc(view.plan.title) + QStringLiteral("</h1>")
            + factsHtml(view, today);
    if (view.plan.kind == PlanKind::Task) {
        html += heading(PlanReport::tr("Tasks")) + taskTableHtml(view, today);
    } else {
        html += heading(PlanReport::tr("Steps")) + stepTableHtml(view, session)
                + heading(PlanReport::tr("Reviews")) + reviewGridHtml(view, today);
        const QList<LateStep> late = lateSteps(view, today);
        if (!late.isEmpty())
            html += heading(PlanReport::tr("Late steps (%1)").arg(late.size()), lateColor)
                    + lateListHtml(view, today);
    }
    return html + generatedHtml(session) + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> planReportDocument(const PlanView &view, const Session &session)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(planReportHtml(view, session));
    return document;
}

QPageLayout planReportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
}

namespace {

// Lays `document` out for the device itself, so that fonts and widths are the printed ones.
std::unique_ptr<QTextDocument> layOut(const QTextDocument &document, QPagedPaintDevice &device,
                                      qreal footerHeight)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(&device);
    const QSizeF body = device.pageLayout().paintRectPixels(device.logicalDpiY()).size();
    copy->setPageSize(QSizeF(body.width(), body.height() - footerHeight));
    return copy;
}

void paintFooter(QPainter &painter, const QSizeF &body, const QString &footer, int page,
                 int pages)
{
    painter.save();
    // In points whatever the device: 7.5 pt at the device's resolution.
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x54, 0x6e, 0x7a));
    const QRectF foot(0, 0, body.width(), body.height());
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                     PlanReport::tr("Page %1 of %2").arg(page).arg(pages));
    const QString left = painter.fontMetrics().elidedText(footer, Qt::ElideRight,
                                                          int(body.width() * 0.7));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.restore();
}

void paintDocumentPage(QPainter &painter, QTextDocument &document, int page)
{
    const qreal pageHeight = document.pageSize().height();
    const QRectF slice(0, page * pageHeight, document.pageSize().width(), pageHeight);
    painter.save();
    painter.translate(0, -slice.top());
    painter.setClipRect(slice);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = slice;
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

// The timeline fills the page's width at screen scale (96 units an inch), smaller when its
// rows would not fit the height.
void paintTimelinePage(QPainter &painter, const PlanView &view, const QDate &today,
                       const QSizeF &body, qreal footerHeight, int dpi)
{
    const PlanTimelinePainter timeline(view, today);
    QFont font = painter.font();
    font.setPixelSize(11); // pixels scale with the painter; points would not
    const qreal toDevice = dpi / 96.0;
    const QRectF available(0, 0, body.width() / toDevice, (body.height() - footerHeight) / toDevice);
    const qreal heading = 24;
    const qreal needed = timeline.heightFor(available.width(), QFontMetricsF(font)) + heading;
    const qreal fit = std::min(1.0, available.height() / needed);
    painter.save();
    painter.scale(toDevice * fit, toDevice * fit);
    QFont title = font;
    title.setPixelSize(15);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QPointF(0, 16), PlanReport::tr("Timeline: %1").arg(view.plan.title));
    painter.setFont(font);
    timeline.paint(painter, QRectF(0, heading, available.width() / fit, needed - heading));
    painter.restore();
}

} // namespace

Status printPlanReport(const PlanView &view, const Session &session, QPagedPaintDevice &device)
{
    device.setPageOrientation(QPageLayout::Portrait);
    const int dpi = device.logicalDpiY();
    const qreal footerHeight = dpi * 0.3; // one line of small text and some air
    const auto document = layOut(*planReportDocument(view, session), device, footerHeight);
    const bool withTimeline = view.plan.kind == PlanKind::Review && !view.reviews.isEmpty();
    const int pages = document->pageCount() + (withTimeline ? 1 : 0);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, PlanReport::tr("Could not start printing."));
    painter.setFont(document->defaultFont());
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        paintDocumentPage(painter, *document, page);
        paintFooter(painter, device.pageLayout().paintRectPixels(dpi).size(), view.plan.title,
                    page + 1, pages);
    }
    if (withTimeline) {
        device.setPageOrientation(QPageLayout::Landscape);
        device.newPage();
        const QSizeF body = device.pageLayout().paintRectPixels(dpi).size();
        paintTimelinePage(painter, view, session.today(), body, footerHeight, dpi);
        paintFooter(painter, body, view.plan.title, pages, pages);
    }
    painter.end();
    device.setPageOrientation(QPageLayout::Portrait);
    return Ok{};
}

Status writePlanReport(const PlanView &view, const Session &session, const QString &path)
{
    Status printed = Ok{};
    {
        QPdfWriter writer(path);
        writer.setPageLayout(planReportPageLayout());
        writer.setTitle(view.plan.title);
        writer.setCreator(QStringLiteral("Fremdrift"));
        printed = printPlanReport(view, session, writer);
    }
    if (!printed)
        return printed;
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return makeError(Error::Code::Io,
                         PlanReport::tr("Could not write the PDF file %1.").arg(path));
    return Ok{};
}

} // namespace fremdrift
