#include "letters/letterlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <memory>

namespace fremdrift {

namespace {

// Every letter is laid out once, in reference units of 1/1200 inch from the page's top-left
// corner, whatever it is painted on: the PDF, a printer and the on-screen preview then break
// lines and pages in the very same places. 1200 dpi is also QPdfWriter's own resolution, so
// the PDF is painted without any scaling.
constexpr int referenceDpi = 1200;

qreal mm(qreal millimetres)
{
    return millimetres * referenceDpi / 25.4;
}

qreal pt(qreal points)
{
    return points * referenceDpi / 72.0;
}

// The layout takes block lengths (margins, line heights) in CSS pixels, 1/96 inch, and scales
// them to its device itself, like the lengths in a style sheet.
qreal cssPx(qreal millimetres)
{
    return millimetres * 96 / 25.4;
}

QRectF rectMm(qreal x, qreal y, qreal width, qreal height)
{
    return QRectF(mm(x), mm(y), mm(width), mm(height));
}

// The page, in millimetres: A4 with DIN 5008 form B's fixed places.
constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal bodyLeftMm = 25;
constexpr qreal bodyRightMm = 20;
constexpr qreal bodyWidthMm = pageWidthMm - bodyLeftMm - bodyRightMm;
constexpr qreal firstBodyTopMm = 98;
constexpr qreal laterBodyTopMm = 25;
constexpr qreal bodyBottomMm = 272; // the footer has the band below to itself
constexpr qreal letterheadTopMm = 10;
constexpr qreal letterheadRuleMm = 39;
constexpr qreal letterheadSplitMm = 112; // the logo left of it, the office's details right
constexpr qreal windowInsetLeftMm = 5;   // the address's distance from the window's left edge,
constexpr qreal windowInsetTopMm = 4;    // from its top edge,
constexpr qreal windowPaddingMm = 3;     // and from its right and bottom edges
constexpr qreal infoLeftMm = 125;
constexpr qreal infoTopMm = 50;
constexpr qreal followingHeaderTopMm = 12;
constexpr qreal footerTopMm = 280;
constexpr qreal logoMaxHeightMm = 25;
constexpr qreal logoMaxWidthMm = 60;

const QColor textColor(0x1a, 0x1a, 0x1a);
const QColor quietColor(0x55, 0x5b, 0x61); // labels, contact details, footer
const QColor ruleColor(0xb8, 0xbe, 0xc4);

// Carlito has Calibri's metrics, the font of the municipality's own Word letters; DejaVu Sans
// is on every Debian desktop when Carlito is not.
QStringList letterFamilies()
{
    return {QStringLiteral("Carlito"), QStringLiteral("DejaVu Sans")};
}

// The letter's font at `points`, for the body.
QFont letterFont(qreal points)
{
    QFont font;
    font.setFamilies(letterFamilies());
    font.setPointSizeF(points);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: Qt's PDF writer cannot map a ligature without a Unicode code point of its
    // own (Carlito's "tt", "ti", "ft") back to its letters, so "Avsnitt" would read "Avsni" to
    // search, copy and screen readers. Qt shapes without ligatures whenever a letter spacing is
    // set; 100 % spaces the letters exactly as the font does, kerning included.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

// A font for text painted by hand. Sized in reference pixels, not points: points would be
// resolved against whatever device is painted on, and the painter's scaling would apply twice.
QFont paintFont(qreal points, bool bold = false)
{
    QFont font = letterFont(points);
    font.setPixelSize(qRound(pt(points)));
    font.setBold(bold);
    return font;
}

// The distance between painted lines: the font's ascent and descent. Carlito's line gap would
// spread a letterhead or an address block too thin.
qreal linePitch(const QFont &font)
{
    return QFontMetricsF(font).height();
}

// The body's look: modest headings, air between paragraphs, thin light table rules. Lengths
// in px are CSS pixels (1/96 inch); the layout scales them to the reference resolution.
QString bodyStyleSheet()
{
    return QStringLiteral(
        "p { margin-top: 0px; margin-bottom: 8px; }"
        "h1 { font-size: 13pt; font-weight: bold; margin-top: 0px; margin-bottom: 10px; }"
        "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; }"
        "h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }"
        // h4 heads a short list that must not be parted from it ("Kopi til:").
        "h4 { font-size: 11pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }"
        "ul, ol { margin-top: 0px; margin-bottom: 8px; }"
        "li { margin-bottom: 2px; }"
        "table { margin-top: 2px; margin-bottom: 10px; border-color: #999999; border-style: solid; "
        "}"
        "th { background-color: #eef1f4; font-weight: bold; text-align: left; }"
        "td, th { vertical-align: top; }");
}

// A paint device that only answers "how big is a point?": the layout's reference.
QImage referenceDevice()
{
    QImage device(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(referenceDpi / 0.0254);
    device.setDotsPerMeterX(dotsPerMeter);
    device.setDotsPerMeterY(dotsPerMeter);
    return device;
}

// At 300 dpi at its printed size, which keeps the PDF small when the office gives a large
// image. (Transparency needs nothing here: for PDF/A-1, which forbids it, Qt's PDF writer puts
// the image on white itself.)
QImage printableLogo(const QImage &logo, const QSizeF &printedMm)
{
    const QSize pixels(qCeil(printedMm.width() / 25.4 * 300),
                       qCeil(printedMm.height() / 25.4 * 300));
    return logo.width() > pixels.width()
               ? logo.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation)
               : logo;
}

QSizeF logoSizeMm(const QImage &logo)
{
    if (logo.isNull())
        return {};
    return QSizeF(logo.size()).scaled(logoMaxWidthMm, logoMaxHeightMm, Qt::KeepAspectRatio);
}

// Whether `lines` at `size` points fit `box` line by line, none of them cut.
bool fits(const QStringList &lines, const QSizeF &box, qreal size)
{
    const QFontMetricsF metrics(paintFont(size));
    return lines.size() * metrics.height() <= box.height()
           && std::all_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
                  return metrics.horizontalAdvance(line) <= box.width();
              });
}

// The first of `sizes` (largest first) at which `lines` fit `box`; the last one when none does.
qreal fittingSize(const QStringList &lines, const QSizeF &box, const QList<qreal> &sizes)
{
    const auto found = std::find_if(
        sizes.cbegin(), sizes.cend(), [&](qreal size) { return fits(lines, box, size); });
    return found != sizes.cend() ? *found : sizes.last();
}

// Paints `lines` from `topLeft` down, each elided to `width`; returns where the next line goes.
qreal paintLines(QPainter &painter,
                 const QStringList &lines,
                 const QPointF &topLeft,
                 qreal width,
                 Qt::Alignment alignment = Qt::AlignLeft)
{
    const QFontMetricsF metrics(painter.font());
    qreal y = topLeft.y();
    for (const QString &line : lines) {
        const QRectF box(topLeft.x(), y, width, metrics.height());
        painter.drawText(
            box, alignment | Qt::AlignTop, metrics.elidedText(line, Qt::ElideRight, width));
        y += metrics.height();
    }
    return y;
}

// A thin grey line across the body's width at `yMm`.
void paintRule(QPainter &painter, qreal yMm)
{
    painter.save();
    painter.setPen(QPen(ruleColor, pt(0.5)));
    painter.drawLine(QPointF(mm(bodyLeftMm), mm(yMm)),
                     QPointF(mm(pageWidthMm - bodyRightMm), mm(yMm)));
    painter.restore();
}

// Joins `items` with " · " into as few lines as fit `width`, in order.
QStringList packed(const QStringList &items, qreal width, const QFontMetricsF &metrics)
{
    const QString separator = QStringLiteral(" · ");
    QStringList lines;
    for (const QString &item : items) {
        const QString joined
            = lines.isEmpty() ? QString() : QString(lines.last() + separator + item);
        if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width)
            lines.last() = joined;
        else
            lines << item;
    }
    return lines;
}

QString labelled(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return label.isEmpty() ? value : QString(label + u' ' + value);
}

// The address lines that fit `maxLines`: the name and the last line (postal code and town, or
// the country) are what the post office needs, so lines in between go first.
QStringList fittingAddress(const QStringList &lines, int maxLines)
{
    if (lines.size() <= maxLines || maxLines < 2)
        return lines.mid(0, std::max(maxLines, 1));
    return lines.mid(0, maxLines - 1) << lines.last();
}

// The index of `block`'s first line on a later page than its first line, or -1. A line counts
// by its middle: its top may be a rounding error short of the page it was put on.
int firstLineOnNextPage(const QTextBlock &block, qreal blockTop, qreal pageHeight)
{
    const QTextLayout *lines = block.layout();
    const auto pageOf = [&](int line) {
        const QTextLine text = lines->lineAt(line);
        return int((blockTop + text.y() + text.height() / 2) / pageHeight);
    };
    for (int line = 1; line < lines->lineCount(); ++line) {
        if (pageOf(line) != pageOf(0))
            return line;
    }
    return -1;
}

// Whether a page break before `block` moves it: Qt breaks pages before blocks in the body's
// own flow only, not inside table cells. A block moved once stays.
bool canMoveToNextPage(const QTextBlock &block)
{
    const QTextDocument *document = block.document();
    return document->frameAt(block.position()) == document->rootFrame()
           && block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore;
}

void moveToNextPage(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// Makes `block` two before its line `line`. The margins between the two go, so that every line
// stays where it was unless `newPage` moves the rest on; a list item's rest is no new item.
void splitBlock(const QTextBlock &block, int line, bool newPage)
{
    const int position = block.position() + block.layout()->lineAt(line).textStart();
    QTextCursor cursor(block);
    cursor.setPosition(position);
    // A forced line break (<br>) where the line began would leave an empty line behind.
    if (block.document()->characterAt(position - 1) == QChar::LineSeparator)
        cursor.deletePreviousChar();
    QTextBlockFormat before = cursor.blockFormat();
    QTextBlockFormat rest = before;
    before.setBottomMargin(0);
    rest.setTopMargin(0);
    rest.setTextIndent(0);
    if (newPage)
        rest.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(before);
    cursor.insertBlock(rest);
    if (QTextList *list = cursor.block().textList())
        list->remove(cursor.block());
}

// Page breaks as a typesetter makes them: a heading goes on with what follows it; a paragraph
// leaves no single line at the foot of a page and carries no single line on to the next.
//
// And no block runs over a page break: each that does is split there. QTextLayout::draw()
// also draws the line just above its clip (Qt 6.4), so the last line a paragraph has on one
// page would be painted again above the next page's body: hidden by the painter's clip, but in
// the PDF's text twice, for search, copying and screen readers.
void breakPages(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const auto top = [&](const QTextBlock &block) {
        return layout.blockBoundingRect(block).top();
    };
    // A block's first line may be on the page after its top, moved on for want of room.
    const auto firstLinePage = [&](const QTextBlock &block) {
        const QTextLine line = block.layout()->lineAt(0);
        const qreal middle = line.isValid() ? line.y() + line.height() / 2 : 0;
        return int((top(block) + middle) / pageHeight);
    };
    QTextBlock block = document.begin();
    while (block.isValid()) {
        const bool movable = canMoveToNextPage(block);
        QTextBlock next = block.next();
        while (next.isValid() && next.layout()->lineCount() == 0) // the empty one before a table
            next = next.next();
        const bool headingAlone = block.blockFormat().headingLevel() > 0 && next.isValid()
                                  && firstLinePage(next) != firstLinePage(block);
        const int line = firstLineOnNextPage(block, top(block), pageHeight);
        if (movable && (headingAlone || line == 1)) {
            // A heading right above goes along.
            const QTextBlock previous = block.previous();
            if (previous.isValid() && previous.blockFormat().headingLevel() > 0
                && canMoveToNextPage(previous) && firstLinePage(previous) == firstLinePage(block))
                block = previous;
            moveToNextPage(block);
            continue; // and look at it again where it is now
        }
        if (line > 0) {
            const bool widow = movable && line >= 3 && block.layout()->lineCount() - line == 1;
            splitBlock(block, widow ? line - 1 : line, widow);
        }
        block = block.next();
    }
}

// Where a table breaks across pages, Qt stretches the last row before the break down to the
// page's end and leaves it open at the bottom, so the table looks torn. The stretched part is
// painted white and the row closed with a rule where its content ends.
struct TableBreak
{
    int page = 0;
    qreal top = 0; // where the stretched part begins; it ends with the page
    QLineF rule;
    QPen pen;
};

void collectTables(const QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        collectTables(child, tables);
    }
}

// The content of `row`'s cells, in document coordinates. (The layout's frameBoundingRect() of
// a table is offset by its first cell's padding, so the cells are asked instead.)
QRectF rowContent(const QTextTable &table, int row, const QAbstractTextDocumentLayout &layout)
{
    QRectF content;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        content |= layout.blockBoundingRect(cell.firstCursorPosition().block());
        content |= layout.blockBoundingRect(cell.lastCursorPosition().block());
    }
    return content;
}

QList<TableBreak> tableBreaks(const QTextDocument &document)
{
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const qreal cssScale = referenceDpi / 96.0;
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    QList<TableBreak> breaks;
    for (const QTextTable *table : std::as_const(tables)) {
        const QTextTableFormat format = table->format();
        const QBrush color = format.borderBrush().style() == Qt::NoBrush ? QBrush(Qt::darkGray)
                                                                         : format.borderBrush();
        const qreal border = format.border() * cssScale;
        const qreal padding = format.cellPadding() * cssScale;
        // Qt moves the whole table when a header row would break, so breaks come after them.
        for (int row = format.headerRowCount() + 1; row < table->rows(); ++row) {
            const QRectF before = rowContent(*table, row - 1, layout);
            const int page = int(before.top() / pageHeight);
            if (int(rowContent(*table, row, layout).top() / pageHeight) == page)
                continue;
            const QRectF cells = before.adjusted(
                -padding - border / 2, 0, padding + border / 2, padding + border / 2);
            breaks << TableBreak{page,
                                 cells.bottom() - border / 2,
                                 QLineF(cells.bottomLeft(), cells.bottomRight()),
                                 QPen(color, border, Qt::SolidLine, Qt::FlatCap)};
        }
    }
    return breaks;
}

// One letter laid out: the body paginated on the reference device, and everything around it
// painted per page.
class LaidOutLetter final
{
public:
    explicit LaidOutLetter(const LetterDocument &letter);

    int pageCount() const { return m_body->pageCount(); }
    // Paints page `page` (from 0) in reference units, from the page's top-left corner.
    void paintPage(QPainter &painter, int page) const;

private:
    void layOutBody();
    void paintLetterhead(QPainter &painter) const;
    void paintAddress(QPainter &painter) const;
    void paintInfoBlock(QPainter &painter) const;
    void paintFollowingHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page) const;
    void paintBody(QPainter &painter, int page) const;
    void closeTables(QPainter &painter, int page) const;
    std::pair<qreal, QStringList> contactLines(const QSizeF &box) const;

    const LetterDocument &m_letter;
    QImage m_device; // declared before m_body, which refers to it until destroyed
    std::unique_ptr<QTextDocument> m_body;
    QList<TableBreak> m_tableBreaks;
    QImage m_logo;
};

LaidOutLetter::LaidOutLetter(const LetterDocument &letter)
    : m_letter(letter)
    , m_device(referenceDevice())
    , m_body(std::make_unique<QTextDocument>())
{
    layOutBody();
    const QImage &logo = letter.letterhead.logo;
    if (!logo.isNull())
        m_logo = printableLogo(logo, logoSizeMm(logo));
}

void LaidOutLetter::layOutBody()
{
    QTextDocument &body = *m_body;
    body.documentLayout()->setPaintDevice(&m_device);
    body.setUseDesignMetrics(true);
    body.setDefaultFont(letterFont(11));
    body.setDefaultStyleSheet(bodyStyleSheet());
    body.setDocumentMargin(0);
    body.setHtml(m_letter.bodyHtml);

    // Every page gives the body the height of a following page; the first page's body starts
    // lower, below the address and the information block. QTextDocument knows one page height
    // only (a root frame margin would repeat on every page), so a spacer block of the
    // difference opens the first page. An empty block right before a table is not laid out,
    // so the spacer is always a block of its own.
    QTextCursor cursor(&body);
    cursor.insertBlock();
    QTextBlockFormat spacer; // no margins, no list
    spacer.setLineHeight(cssPx(firstBodyTopMm - laterBodyTopMm), QTextBlockFormat::FixedHeight);
    QTextCursor first(body.firstBlock());
    first.setBlockFormat(spacer);

    body.setPageSize(QSizeF(mm(bodyWidthMm), mm(bodyBottomMm - laterBodyTopMm)));
    // pageCount() lays the whole document out first: splitting blocks while the layout is
    // still lazy leaves the blocks after the last split unlaid, and so unprinted.
    if (body.pageCount() > 1) {
        breakPages(body);
        m_tableBreaks = tableBreaks(body);
    }
}

void LaidOutLetter::paintPage(QPainter &painter, int page) const
{
    painter.save();
    painter.setPen(textColor);
    if (page == 0) {
        paintLetterhead(painter);
        paintAddress(painter);
        paintInfoBlock(painter);
    } else {
        paintFollowingHeader(painter);
    }
    paintBody(painter, page);
    paintFooter(painter, page);
    painter.restore();
}

// The office's address lines, then its contact details packed on as few lines as fit, at the
// largest size at which all of it fits `box`.
std::pair<qreal, QStringList> LaidOutLetter::contactLines(const QSizeF &box) const
{
    const Letterhead &head = m_letter.letterhead;
    const LetterLabels &labels = m_letter.labels;
    QStringList contact{labelled(labels.phone, head.phone),
                        labelled(labels.email, head.email),
                        head.web,
                        labelled(labels.orgNumber, head.orgNumber)};
    contact.removeAll(QString());
    std::pair<qreal, QStringList> fitted;
    for (const qreal size : {8.5, 8.0, 7.5, 7.0}) {
        fitted
            = {size, head.address + packed(contact, box.width(), QFontMetricsF(paintFont(size)))};
        if (fits(fitted.second, box, size))
            break;
    }
    return fitted;
}

// The municipality first and the office under it: "Hammerfest kommune · Omsorgskontoret" and
// "Nørreby Kommune, Social og Handicap" are both written that way on letterheads.
QStringList officeNameParts(const QString &name)
{
    for (const QString &separator : {QStringLiteral(" · "), QStringLiteral(", ")}) {
        const qsizetype at = name.indexOf(separator);
        if (at > 0)
            return {name.left(at).trimmed(), name.mid(at + separator.size()).trimmed()};
    }
    return name.trimmed().isEmpty() ? QStringList() : QStringList{name.trimmed()};
}

// The logo at the left; at the right the office's name in bold (smaller, down to 10 pt, when
// it is long) and its unit under it in regular weight, then the address and contact details
// small and grey. All above the rule at 39 mm.
void LaidOutLetter::paintLetterhead(QPainter &painter) const
{
    const Letterhead &head = m_letter.letterhead;
    if (!m_logo.isNull()) {
        const QSizeF size = logoSizeMm(head.logo);
        painter.drawImage(rectMm(bodyLeftMm, letterheadTopMm, size.width(), size.height()), m_logo);
    }

    const qreal left = mm(letterheadSplitMm);
    const qreal width = mm(pageWidthMm - bodyRightMm) - left;
    const Qt::Alignment right = Qt::AlignRight;
    QStringList nameParts = officeNameParts(head.officeName);
    qreal y = mm(letterheadTopMm);
    if (!nameParts.isEmpty()) {
        const QString name = nameParts.takeFirst();
        qreal size = 14;
        painter.setFont(paintFont(size, true));
        while (size > 10 && painter.fontMetrics().horizontalAdvance(name) > width) {
            size -= 0.5;
            painter.setFont(paintFont(size, true));
        }
        y = paintLines(painter, {name}, QPointF(left, y), width, right);
    }
    if (!nameParts.isEmpty()) {
        painter.setFont(paintFont(10));
        y = paintLines(painter, nameParts, QPointF(left, y), width, right);
    }
    y += mm(1.5);

    const QSizeF box(width, mm(letterheadRuleMm - 1.5) - y);
    const auto [size, lines] = contactLines(box);
    const int room = int(box.height() / linePitch(paintFont(size)));
    painter.setFont(paintFont(size));
    painter.setPen(quietColor);
    paintLines(painter, lines.mid(0, room), QPointF(left, y), width, right);
    painter.setPen(textColor);
    paintRule(painter, letterheadRuleMm);
}

// Inside the window, whatever the address: smaller type for many or long lines, then elided
// lines and, at the smallest size, fewer lines.
void LaidOutLetter::paintAddress(QPainter &painter) const
{
    const QRectF window = LetterLayout::addressWindowMm();
    const QRectF box = rectMm(window.x() + windowInsetLeftMm,
                              window.y() + windowInsetTopMm,
                              window.width() - windowInsetLeftMm - windowPaddingMm,
                              window.height() - windowInsetTopMm - windowPaddingMm);
    const QStringList &address = m_letter.recipientAddress;
    const qreal size = fittingSize(address, box.size(), {11, 10.5, 10, 9.5, 9, 8.5, 8});
    const QFont font = paintFont(size);
    const int room = int(box.height() / linePitch(font));
    painter.setFont(font);
    paintLines(painter, fittingAddress(address, room), box.topLeft(), box.width());
}

// Date, our reference and the caseworker, each a small grey label over its value.
void LaidOutLetter::paintInfoBlock(QPainter &painter) const
{
    const LetterLabels &labels = m_letter.labels;
    const QList<std::pair<QString, QString>> items{{labels.date, m_letter.dateText},
                                                   {labels.ourReference, m_letter.reference},
                                                   {labels.caseworker, m_letter.caseworkerLine}};
    const qreal left = mm(infoLeftMm);
    const qreal width = mm(pageWidthMm - bodyRightMm) - left;
    const QFont labelFont = paintFont(8);
    const QFont valueFont = paintFont(10);
    const QFontMetricsF valueMetrics(valueFont);
    qreal y = mm(infoTopMm);
    for (const auto &[label, value] : items) {
        if (value.isEmpty())
            continue;
        painter.setFont(labelFont);
        painter.setPen(quietColor);
        y = paintLines(painter, {label}, QPointF(left, y), width);
        painter.setFont(valueFont);
        painter.setPen(textColor);
        // A long caseworker line may take two lines; the block ends well above the body.
        const QRectF room(left, y, width, 2 * valueMetrics.lineSpacing());
        const QRectF used = painter.boundingRect(room, Qt::TextWordWrap, value);
        painter.drawText(room, Qt::TextWordWrap, value);
        y += std::min(used.height(), room.height()) + mm(2.5);
    }
}

// On pages 2 and on: whom the letter is to, its date and reference, so that a loose page can
// be put back.
void LaidOutLetter::paintFollowingHeader(QPainter &painter) const
{
    QStringList parts{m_letter.recipientAddress.value(0),
                      m_letter.dateText,
                      labelled(m_letter.labels.ourReference, m_letter.reference)};
    parts.removeAll(QString());
    painter.setFont(paintFont(8));
    painter.setPen(quietColor);
    paintLines(painter,
               {parts.join(QStringLiteral(" · "))},
               QPointF(mm(bodyLeftMm), mm(followingHeaderTopMm)),
               mm(bodyWidthMm));
    painter.setPen(textColor);
    paintRule(painter, followingHeaderTopMm + 6);
}

void LaidOutLetter::paintFooter(QPainter &painter, int page) const
{
    const QString pageOf
        = m_letter.labels.pageOf.isEmpty() ? QStringLiteral("%1 / %2") : m_letter.labels.pageOf;
    const QString number = pageOf.arg(page + 1).arg(pageCount());
    const QFont font = paintFont(8);
    const QFontMetricsF metrics(font);
    const qreal numberWidth = metrics.horizontalAdvance(number);
    const qreal width = mm(bodyWidthMm);
    painter.setFont(font);
    painter.setPen(quietColor);
    const QPointF topLeft(mm(bodyLeftMm), mm(footerTopMm));
    paintLines(painter, {number}, topLeft, width, Qt::AlignRight);
    paintLines(painter, {m_letter.letterhead.officeName}, topLeft, width - numberWidth - mm(5));
    painter.setPen(textColor);
}

// The body's slice for `page`, at its place on the page and clipped to it.
void LaidOutLetter::paintBody(QPainter &painter, int page) const
{
    const QSizeF pageSize = m_body->pageSize();
    const QRectF slice(0, page * pageSize.height(), pageSize.width(), pageSize.height());
    painter.save();
    painter.translate(mm(bodyLeftMm), mm(laterBodyTopMm) - slice.top());
    painter.setClipRect(slice);
    QAbstractTextDocumentLayout::PaintContext context;
    // A line that ends exactly at the slice's top belongs to the page before, one that starts
    // exactly at its bottom to the page after.
    context.clip = slice.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, textColor);
    m_body->documentLayout()->draw(&painter, context);
    closeTables(painter, page);
    painter.restore();
}

void LaidOutLetter::closeTables(QPainter &painter, int page) const
{
    const QSizeF pageSize = m_body->pageSize();
    for (const TableBreak &tableBreak : m_tableBreaks) {
        if (tableBreak.page != page)
            continue;
        // Nothing but the stretched row is beside it: the rest of the page is the body's.
        const qreal pageEnd = (page + 1) * pageSize.height();
        painter.fillRect(
            QRectF(-mm(1), tableBreak.top, pageSize.width() + mm(2), pageEnd - tableBreak.top),
            Qt::white);
        painter.setPen(tableBreak.pen);
        painter.drawLine(tableBreak.rule);
    }
}

// Reference units onto `device`: the painter's origin is the corner of the device's paint
// rect (inside its margins), so it is moved back to the page's corner, and scaled.
void mapToPage(QPainter &painter, QPagedPaintDevice &device)
{
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    painter.resetTransform();
    painter.translate(-paintRect.left(), -paintRect.top());
    painter.scale(device.logicalDpiX() / qreal(referenceDpi),
                  device.logicalDpiY() / qreal(referenceDpi));
}

Status printLetters(const QList<LetterDocument> &letters,
                    QPagedPaintDevice &device,
                    QList<int> *pageCounts)
{
    if (letters.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         LetterLayout::tr("There is no letter to print."));
    if (!device.setPageLayout(LetterLayout::pageLayout())) {
        // A printer whose margins are wider keeps them; the letter still needs A4 portrait.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io,
                         LetterLayout::tr("Could not start printing the letters."));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    bool firstPage = true;
    for (const LetterDocument &letter : letters) {
        const LaidOutLetter laidOut(letter);
        for (int page = 0; page < laidOut.pageCount(); ++page) {
            if (!firstPage)
                device.newPage();
            firstPage = false;
            mapToPage(painter, device);
            laidOut.paintPage(painter, page);
        }
        if (pageCounts)
            pageCounts->append(laidOut.pageCount());
    }
    if (!painter.end())
        return makeError(Error::Code::Io,
                         LetterLayout::tr("Could not finish printing the letters."));
    return Ok{};
}

QString pdfTitle(const QList<LetterDocument> &letters)
{
    QStringList titles;
    for (const LetterDocument &letter : letters)
        titles << letter.title;
    return titles.join(QStringLiteral("; "));
}

} // namespace

QPageLayout LetterLayout::pageLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4),
        QPageLayout::Portrait,
        QMarginsF(bodyLeftMm, laterBodyTopMm, bodyRightMm, pageHeightMm - bodyBottomMm),
        QPageLayout::Millimeter);
}

QRectF LetterLayout::addressWindowMm()
{
    return QRectF(20, 45, 85, 45);
}

Status LetterLayout::print(const QList<LetterDocument> &letters, QPagedPaintDevice &device)
{
    return printLetters(letters, device, nullptr);
}

Result<QByteArray> LetterLayout::pdf(const QList<LetterDocument> &letters, QList<int> *pageCounts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<int> counts;
    Status printed = Ok{};
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(referenceDpi);
        writer.setTitle(pdfTitle(letters));
        writer.setCreator(QStringLiteral("Fremdrift"));
        printed = printLetters(letters, writer, &counts);
    } // the writer finishes the file when it goes
    if (!printed)
        return printed.error();
    if (pageCounts)
        *pageCounts = counts;
    return buffer.data();
}

QList<QImage> LetterLayout::pageImages(const LetterDocument &letter, int dpi)
{
    const LaidOutLetter laidOut(letter);
    const QSize size(qRound(pageWidthMm / 25.4 * dpi), qRound(pageHeightMm / 25.4 * dpi));
    const int dotsPerMeter = qRound(dpi / 0.0254);
    QList<QImage> images;
    for (int page = 0; page < laidOut.pageCount(); ++page) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        painter.scale(dpi / qreal(referenceDpi), dpi / qreal(referenceDpi));
        laidOut.paintPage(painter, page);
        painter.end();
        images << image;
    }
    return images;
}

} // namespace fremdrift
