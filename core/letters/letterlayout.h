#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace fremdrift {

// The office that sends the letter, printed at the top of the first page.
struct Letterhead
{
    QString officeName;  // "Hammerfest kommune · Omsorgskontoret"
    QStringList address; // "Postboks 1234", "9615 Hammerfest"
    QString phone;
    QString email;
    QString web;
    QString orgNumber;
    QImage logo; // optional; scaled to at most 25 mm high, 60 mm wide
};

// The words a letter prints besides its body, in the letter's language ("Vår ref.",
// "Side %1 av %2"), given by the caller so that layout knows nothing of translation.
struct LetterLabels
{
    QString date;         // "Dato"
    QString ourReference; // "Vår referanse"
    QString caseworker;   // "Saksbehandler"
    QString pageOf;       // "Side %1 av %2"
    QString phone;        // "Telefon"
    QString email;        // "E-post"
    QString orgNumber;    // "Org.nr."
};

// One letter to one recipient, ready to lay out.
struct LetterDocument
{
    QString title;    // the PDF's title: "Forhåndsvarsel – Kari Nordmann"
    QString language; // "nb", "sv", "da", "en" (Qt 6.4's PDF writer cannot record it)
    Letterhead letterhead;
    LetterLabels labels;
    QStringList recipientAddress; // name first, then the address lines; in the window
    QString dateText;             // "22. november 2026"
    QString reference;
    QString caseworkerLine; // "Inger Hansen, tlf. 78 40 20 00"
    QString bodyHtml;       // the rendered template
};

// A4 portrait. DIN 5008 form B: the window address field is 20 mm from the left edge and 45 mm
// from the top, 85 × 45 mm, so the address shows through a standard C5/6 or DL window envelope;
// the letterhead sits above it, date and reference to its right, the body starts 98 mm from
// the top on the first page and 25 mm on the following pages. Every page has "Side 1 av 2"
// at the bottom right.
class LetterLayout final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::LetterLayout)

public:
    static QPageLayout pageLayout(); // A4, the margins of the body text
    static QRectF addressWindowMm(); // (20, 45, 85, 45)

    // Paints `letters` on `device` (a QPdfWriter, or the QPrinter of a print preview), each
    // starting on a new page and numbered on its own ("Side 1 av 2" counts the letter's pages).
    // Sets the device to pageLayout() (A4 portrait). Lines and pages break in the same places
    // on every device: the letter is laid out at 1200 dpi and scaled.
    static Status print(const QList<LetterDocument> &letters, QPagedPaintDevice &device);

    // The letters as one PDF: A4, fonts embedded, PDF/A-1b. `pageCounts`, if given, receives
    // each letter's number of pages.
    static Result<QByteArray> pdf(const QList<LetterDocument> &letters,
                                  QList<int> *pageCounts = nullptr);
    static Result<QByteArray> pdf(const LetterDocument &letter) { return pdf(QList{letter}); }

    // The letter's pages as images at `dpi` on white, for the on-screen preview: the same
    // pages as the PDF.
    static QList<QImage> pageImages(const LetterDocument &letter, int dpi = 96);
};

} // namespace fremdrift
