#pragma once

#include "domain/progressplan.h"
#include "util/result.h"

#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace fremdrift {

class Session;

// A plan as a report an office can hand to its supervisor: the plan's facts, the step table,
// the per-review grid with late steps marked, generated when and by whom. Shared by the
// plan view (Print…, Export PDF…) and anything else that writes a plan to paper.

// The report's tables as HTML, for a plan report template's {{plan.step_table}} and the like.
struct PlanReportTables
{
    QString steps;     // seed 000's table: step, due, responsible, done, late
    QString grid;      // reviews × steps, late cells marked
    QString lateSteps; // empty when no step is late
};
PlanReportTables planReportTables(const PlanView &view, const Session &session);

// The report as HTML, in the interface language, dates in the default locale.
QString planReportHtml(const PlanView &view, const Session &session);
// The HTML in a document with the report's font.
std::unique_ptr<QTextDocument> planReportDocument(const PlanView &view, const Session &session);
// A4 portrait with 20 mm margins: what the PDF uses and what the UI gives its printer.
QPageLayout planReportPageLayout();
// Prints the report on `device` (a QPdfWriter, or the QPrinter of a print preview): the
// document's pages, then the timeline on a landscape page of its own, each numbered "Page 1 of
// 3" at the bottom right with the plan's title at the bottom left. QTextDocument::print()
// numbers pages only when it paginates itself, and then without the total.
Status printPlanReport(const PlanView &view, const Session &session, QPagedPaintDevice &device);
// Writes the report as an A4 PDF. Needs a QGuiApplication (fonts).
Status writePlanReport(const PlanView &view, const Session &session, const QString &path);

} // namespace fremdrift
