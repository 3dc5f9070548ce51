// The letter layout (letters/letterlayout.h) as the citizen gets it: the PDF read back with
// poppler's pdftotext -bbox, pdffonts and pdfinfo. The address must sit in the envelope's
// window and nothing else may show there; the body must keep clear of the address block and
// the footer; every page says which page of how many. Core only, but with a QGuiApplication:
// laying out a letter needs fonts.
#include <catch2/catch.hpp>

#include "letters/letterlayout.h"
#include "support/process.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace fremdrift;

namespace {

constexpr qreal pointsPerMm = 72 / 25.4;
// pdftotext measures a word from its font's ascent to its descent, which may reach a little
// beyond the line the layout gave it.
constexpr qreal toleranceMm = 0.6;

Letterhead sampleLetterhead()
{
    Letterhead head;
    head.officeName = QStringLiteral("Hammerfest kommune · Omsorgskontoret");
    head.address = {QStringLiteral("Postboks 1234"), QStringLiteral("9615 Hammerfest")};
    head.phone = QStringLiteral("78 40 20 00");
    head.email = QStringLiteral("postmottak@hammerfest.kommune.no");
    head.web = QStringLiteral("www.hammerfest.kommune.no");
    head.orgNumber = QStringLiteral("964 830 533");
    return head;
}

LetterLabels norwegianLabels()
{
    LetterLabels labels;
    labels.date = QStringLiteral("Dato");
    labels.ourReference = QStringLiteral("Vår referanse");
    labels.caseworker = QStringLiteral("Saksbehandler");
    labels.pageOf = QStringLiteral("Side %1 av %2");
    labels.phone = QStringLiteral("Telefon");
    labels.email = QStringLiteral("E-post");
    labels.orgNumber = QStringLiteral("Org.nr.");
    return labels;
}

QString paragraph(int number)
{
    return QStringLiteral("<p>Avsnitt %1. Kommunen har gått gjennom tjenestene du får i dag, og "
                          "vi vil høre hva du selv og de som kjenner deg godt, mener om hvordan "
                          "hverdagen fungerer. Det du forteller oss, tar vi med i vurderingen "
                          "av hvilke tjenester du skal ha framover, og i hvilket omfang.</p>")
        .arg(number);
}

QString serviceTable()
{
    QString html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
        "style=\"border-collapse: collapse; border-color: #999\">"
        "<thead><tr><th>Tjeneste</th><th>Timer per uke</th><th>Merknad</th></tr></thead>");
    for (int row = 1; row <= 14; ++row) {
        html += QStringLiteral("<tr><td>Praktisk bistand, opplæring %1</td><td>%2,5</td>"
                               "<td>Gjelder hjemme og på dagsenteret, etter avtale med "
                               "personalet i boligen.</td></tr>")
                    .arg(row)
                    .arg(row + 2);
    }
    return html + QStringLiteral("</table>");
}

// About two and a half pages: a heading, paragraphs, a table that runs over a page break and
// a list.
QString sampleBody()
{
    QString html = QStringLiteral("<h1>Forhåndsvarsel om revurdering av vedtak</h1>");
    for (int i = 1; i <= 5; ++i)
        html += paragraph(i);
    html += QStringLiteral("<h2>Tjenestene du har i dag</h2>") + serviceTable();
    html += QStringLiteral("<h2>Slik går vi fram</h2><ul>"
                           "<li>Vi avtaler et møte med deg.</li>"
                           "<li>Vi henter inn opplysninger fra fastlegen, hvis du samtykker.</li>"
                           "<li>Vi skriver et nytt vedtak.</li>"
                           "<li>Du kan klage på vedtaket.</li></ul>");
    for (int i = 6; i <= 9; ++i)
        html += paragraph(i);
    return html + QStringLiteral("<p>Med vennlig hilsen</p><p>Inger Hansen<br/>saksbehandler</p>");
}

LetterDocument sampleLetter()
{
    LetterDocument letter;
    letter.title = QStringLiteral("Forhåndsvarsel – Kari Nordmann");
    letter.language = QStringLiteral("nb");
    letter.letterhead = sampleLetterhead();
    letter.labels = norwegianLabels();
    letter.recipientAddress = {QStringLiteral("Kari Nordmann"),
                               QStringLiteral("Storgata 12 B"),
                               QStringLiteral("9600 Hammerfest")};
    letter.dateText = QStringLiteral("22. november 2026");
    letter.reference = QStringLiteral("2026/4711");
    letter.caseworkerLine = QStringLiteral("Inger Hansen, tlf. 78 40 20 00");
    letter.bodyHtml = sampleBody();
    return letter;
}

LetterDocument shortLetter()
{
    LetterDocument letter = sampleLetter();
    letter.recipientAddress = {QStringLiteral("Per Hansen"),
                               QStringLiteral("Fjellveien 3"),
                               QStringLiteral("9610 Rypefjord")};
    letter.bodyHtml = QStringLiteral("<h1>Innkalling til møte</h1>") + paragraph(1);
    return letter;
}

struct Word
{
    int page = 0; // from 1
    QString text;
    QRectF box; // in millimetres from the page's top-left corner
};

// Where a PDF is kept for the test's duration; FREMDRIFT_SCREENSHOTS=/tmp/shots keeps a copy
// for a person to look at.
QString save(const test::Scratch &scratch, const QString &name, const QByteArray &pdf)
{
    const QString path = scratch.path(name);
    test::writeAll(path, pdf);
    const QString keep = qEnvironmentVariable("FREMDRIFT_SCREENSHOTS");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        test::writeAll(QDir(keep).filePath(QStringLiteral("letter-") + name), pdf);
    }
    return path;
}

QList<Word> pdfWords(const QString &path)
{
    const test::ProcessRun run = test::runProcess(QStringLiteral("pdftotext"),
                                                  {QStringLiteral("-bbox"),
                                                   QStringLiteral("-enc"),
                                                   QStringLiteral("UTF-8"),
                                                   path,
                                                   QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    const QString html = QString::fromUtf8(run.out);
    static const QRegularExpression tag(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    int page = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0) == QStringLiteral("<page ")) {
            ++page;
            continue;
        }
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        QString text = match.captured(5);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        words << Word{page, text, QRectF(topLeft / pointsPerMm, bottomRight / pointsPerMm)};
    }
    return words;
}

QList<Word> onPage(const QList<Word> &words, int page)
{
    QList<Word> found;
    std::copy_if(words.cbegin(), words.cend(), std::back_inserter(found), [&](const Word &word) {
        return word.page == page;
    });
    return found;
}

QString pageText(const QList<Word> &words, int page)
{
    QStringList texts;
    for (const Word &word : onPage(words, page))
        texts << word.text;
    return texts.join(u' ');
}

QStringList wordsOf(const QStringList &lines)
{
    return lines.join(u' ').split(u' ', Qt::SkipEmptyParts);
}

bool inside(const QRectF &box, const QRectF &area)
{
    return area.adjusted(-toleranceMm, -toleranceMm, toleranceMm, toleranceMm).contains(box);
}

QString describe(const Word &word)
{
    return QStringLiteral("page %1 «%2» at (%3, %4)–(%5, %6) mm")
        .arg(word.page)
        .arg(word.text)
        .arg(word.box.left(), 0, 'f', 1)
        .arg(word.box.top(), 0, 'f', 1)
        .arg(word.box.right(), 0, 'f', 1)
        .arg(word.box.bottom(), 0, 'f', 1);
}

int pdfPageCount(const QString &path)
{
    const test::ProcessRun run = test::runProcess(QStringLiteral("pdfinfo"), {path});
    REQUIRE(run.exitCode == 0);
    const auto match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(run.out));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The sample letter as a PDF, checked to have three pages.
struct SamplePdf
{
    SamplePdf()
    {
        auto written = LetterLayout::pdf({letter}, &pageCounts);
        REQUIRE(written.ok());
        bytes = *written;
        path = save(scratch, QStringLiteral("sample.pdf"), bytes);
        words = pdfWords(path);
        REQUIRE(pageCounts == QList<int>{3});
    }

    test::Scratch scratch;
    LetterDocument letter = sampleLetter();
    QList<int> pageCounts;
    QByteArray bytes;
    QString path;
    QList<Word> words;
};

} // namespace

TEST_CASE("The address lies in the window and nothing else does")
{
    SamplePdf sample;
    const QRectF window = LetterLayout::addressWindowMm();
    CHECK(window == QRectF(20, 45, 85, 45));
    const QStringList addressWords = wordsOf(sample.letter.recipientAddress);
    QStringList found;
    for (const Word &word : onPage(sample.words, 1)) {
        if (!word.box.intersects(window))
            continue;
        INFO(describe(word).toStdString());
        CHECK(inside(word.box, window));
        CHECK(addressWords.contains(word.text));
        found << word.text;
    }
    CHECK(found == addressWords);
    // The name opens the field, near its top-left corner.
    const QList<Word> first = onPage(sample.words, 1);
    const auto name = std::find_if(first.cbegin(), first.cend(), [](const Word &word) {
        return word.text == QStringLiteral("Kari");
    });
    REQUIRE(name != first.cend());
    CHECK(name->box.left() - window.left() <= 5 + toleranceMm);
    CHECK(name->box.top() - window.top() <= 5 + toleranceMm);
}

TEST_CASE("Letterhead and information block keep their places on the first page")
{
    SamplePdf sample;
    const QList<Word> first = onPage(sample.words, 1);
    const QStringList headWords = wordsOf({QStringLiteral("Hammerfest kommune Omsorgskontoret"),
                                           QStringLiteral("Postboks 1234"),
                                           QStringLiteral("postmottak@hammerfest.kommune.no"),
                                           QStringLiteral("Org.nr. 964 830 533")});
    for (const QString &text : headWords) {
        const auto word = std::find_if(
            first.cbegin(), first.cend(), [&](const Word &w) { return w.text == text; });
        INFO(text.toStdString());
        REQUIRE(word != first.cend());
        CHECK(word->box.bottom() <= 40);
    }
    for (const QString &text : {QStringLiteral("Dato"),
                                QStringLiteral("referanse"),
                                QStringLiteral("Saksbehandler"),
                                QStringLiteral("2026/4711")}) {
        const auto word = std::find_if(
            first.cbegin(), first.cend(), [&](const Word &w) { return w.text == text; });
        INFO(text.toStdString());
        REQUIRE(word != first.cend());
        CHECK(word->box.left() >= 125 - toleranceMm);
        CHECK(word->box.top() >= 50 - toleranceMm);
        CHECK(word->box.bottom() <= 98);
    }
}

TEST_CASE("A long office name is set whole: the municipality above its office")
{
    test::Scratch scratch;
    LetterDocument letter = shortLetter();
    letter.letterhead.officeName = QStringLiteral("Nørreby Kommune, Social og Handicap");
    auto written = LetterLayout::pdf(letter);
    REQUIRE(written.ok());
    const QList<Word> first
        = onPage(pdfWords(save(scratch, QStringLiteral("long.pdf"), *written)), 1);
    const auto find = [&](const QString &text) {
        return std::find_if(
            first.cbegin(), first.cend(), [&](const Word &word) { return word.text == text; });
    };
    const auto municipality = find(QStringLiteral("Kommune"));
    const auto office = find(QStringLiteral("Handicap"));
    REQUIRE(municipality != first.cend());
    REQUIRE(office != first.cend());
    CHECK(office->box.top() > municipality->box.bottom() - toleranceMm);
    CHECK(office->box.right() <= 190 + toleranceMm);
    for (const Word &word : first)
        CHECK_FALSE(word.text.contains(u'…'));
}

TEST_CASE("The PDF's text reads back as it was written")
{
    SamplePdf sample;
    const test::ProcessRun run = test::runProcess(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), sample.path, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    const QString text = QString::fromUtf8(run.out).simplified();
    // Letters a font would join into a ligature ("tt", "ti", "ft", "fj") stay letters, so that
    // searching, copying and screen readers get the words.
    CHECK(text.contains(QStringLiteral("Avsnitt 1. Kommunen har gått gjennom tjenestene")));
    CHECK(text.contains(QStringLiteral("postmottak@hammerfest.kommune.no")));
    CHECK(text.contains(QStringLiteral("Vi henter inn opplysninger fra fastlegen")));
    CHECK(text.contains(QStringLiteral("Forhåndsvarsel om revurdering av vedtak")));
    // The body to its very end, after every page break.
    CHECK(text.contains(QStringLiteral("Med vennlig hilsen Inger Hansen saksbehandler")));
    // Each table row once, the repeated header row aside.
    CHECK(text.count(QStringLiteral("Praktisk bistand, opplæring 3 ")) == 1);
    CHECK(text.count(QStringLiteral("Tjeneste Timer per uke Merknad")) == 2);
}

TEST_CASE("Every page says which page of how many")
{
    SamplePdf sample;
    CHECK(pdfPageCount(sample.path) == 3);
    for (int page = 1; page <= 3; ++page) {
        INFO(page);
        CHECK(pageText(sample.words, page).contains(QStringLiteral("Side %1 av 3").arg(page)));
    }
}

TEST_CASE("The body keeps clear of the address block the header and the footer")
{
    SamplePdf sample;
    const QStringList footerWords
        = wordsOf({QStringLiteral("Side 1 2 3 av"), sample.letter.letterhead.officeName});
    const QStringList headerWords = wordsOf({sample.letter.recipientAddress.first(),
                                             sample.letter.dateText,
                                             QStringLiteral("· Vår referanse 2026/4711")});
    for (const Word &word : sample.words) {
        INFO(describe(word).toStdString());
        if (word.box.top() >= 272) {
            CHECK(footerWords.contains(word.text));
            CHECK(word.box.top() >= 278);
        } else {
            CHECK(word.box.bottom() <= 272 + toleranceMm);
        }
        if (word.page == 1 && word.box.top() >= 90 && word.box.top() < 272)
            CHECK(word.box.top() >= 98 - toleranceMm);
        if (word.page > 1 && word.box.top() < 25 - toleranceMm) {
            CHECK(headerWords.contains(word.text));
            CHECK(word.box.bottom() <= 25);
        }
    }
    // The body begins on the first page, at 98 mm, and goes on at 25 mm on the next ones.
    const QList<Word> first = onPage(sample.words, 1);
    const auto heading = std::find_if(first.cbegin(), first.cend(), [](const Word &word) {
        return word.text == QStringLiteral("Forhåndsvarsel");
    });
    REQUIRE(heading != first.cend());
    CHECK(heading->box.top() < 98 + 3);
    for (int page = 2; page <= 3; ++page) {
        qreal top = 297;
        for (const Word &word : onPage(sample.words, page)) {
            if (word.box.top() >= 25 - toleranceMm)
                top = std::min(top, word.box.top());
        }
        INFO(page);
        // A table's border and cell padding may come before its first word.
        CHECK(top < 25 + 5);
        CHECK(pageText(sample.words, page).startsWith(QStringLiteral("Kari Nordmann")));
    }
}

TEST_CASE("The PDF is A4 PDF/A-1b with every font embedded")
{
    SamplePdf sample;
    const test::ProcessRun info = test::runProcess(QStringLiteral("pdfinfo"), {sample.path});
    REQUIRE(info.exitCode == 0);
    const QString infoText = QString::fromUtf8(info.out);
    INFO(infoText.toStdString());
    CHECK(infoText.contains(QRegularExpression(
        QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"))));
    CHECK(infoText.contains(
        QRegularExpression(QStringLiteral("Title:\\s+Forhåndsvarsel – Kari Nordmann"))));
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Creator:\\s+Fremdrift"))));
    // PDF/A-1b: the XMP metadata names the part and the conformance level.
    CHECK(sample.bytes.startsWith("%PDF-1.4"));
    CHECK(sample.bytes.contains("pdfaid:part=\"1\""));
    CHECK(sample.bytes.contains("pdfaid:conformance=\"B\""));

    const test::ProcessRun fonts = test::runProcess(QStringLiteral("pdffonts"), {sample.path});
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts);
    INFO(QString::fromUtf8(fonts.out).toStdString());
    REQUIRE(lines.size() > 2); // a heading, a rule, a font or more
    // The columns: name, type, encoding, emb, sub, uni, object ID; "emb" is the fourth from
    // the right.
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
    CHECK(QString::fromUtf8(fonts.out).contains(QStringLiteral("Carlito")));
}

TEST_CASE("Two letters in one PDF are numbered each on its own")
{
    test::Scratch scratch;
    QList<int> pageCounts;
    auto written = LetterLayout::pdf({sampleLetter(), shortLetter()}, &pageCounts);
    REQUIRE(written.ok());
    CHECK(pageCounts == QList<int>{3, 1});
    const QString path = save(scratch, QStringLiteral("two.pdf"), *written);
    CHECK(pdfPageCount(path) == 4);
    const QList<Word> words = pdfWords(path);
    for (int page = 1; page <= 3; ++page)
        CHECK(pageText(words, page).contains(QStringLiteral("Side %1 av 3").arg(page)));
    const QString last = pageText(words, 4);
    CHECK(last.contains(QStringLiteral("Side 1 av 1")));
    // The second letter starts afresh: its own letterhead and address.
    CHECK(last.contains(QStringLiteral("Per Hansen")));
    CHECK(last.contains(QStringLiteral("Postboks 1234")));
}

TEST_CASE("An address too long for the window is made to fit it")
{
    test::Scratch scratch;
    LetterDocument letter = shortLetter();
    letter.recipientAddress = {QStringLiteral("Kari Nordmann")};
    for (int line = 1; line <= 14; ++line)
        letter.recipientAddress << QStringLiteral("Linje %1 med en lang adressetekst som ikke "
                                                  "får plass i vinduet")
                                       .arg(line);
    letter.recipientAddress << QStringLiteral("9600 Hammerfest");
    auto written = LetterLayout::pdf(letter);
    REQUIRE(written.ok());
    const QList<Word> words = pdfWords(save(scratch, QStringLiteral("long.pdf"), *written));
    const QRectF window = LetterLayout::addressWindowMm();
    for (const Word &word : onPage(words, 1)) {
        if (word.box.intersects(window)) {
            INFO(describe(word).toStdString());
            CHECK(inside(word.box, window));
        }
    }
    // The name and the postal town are what the post needs: both are kept.
    const QString text = pageText(words, 1);
    CHECK(text.contains(QStringLiteral("Kari Nordmann")));
    CHECK(text.contains(QStringLiteral("9600 Hammerfest")));
}

TEST_CASE("A body that opens with a table or a list starts below the address block too")
{
    test::Scratch scratch;
    const QList<std::pair<QString, QString>> bodies{
        {serviceTable() + paragraph(1), QStringLiteral("Tjeneste")},
        {QStringLiteral("<ul><li>Første punkt</li><li>Andre punkt</li></ul>") + paragraph(1),
         QStringLiteral("Første")}};
    for (const auto &[body, firstWord] : bodies) {
        INFO(firstWord.toStdString());
        LetterDocument letter = shortLetter();
        letter.bodyHtml = body;
        auto written = LetterLayout::pdf(letter);
        REQUIRE(written.ok());
        const QList<Word> first
            = onPage(pdfWords(save(scratch, QStringLiteral("opening.pdf"), *written)), 1);
        const auto word = std::find_if(
            first.cbegin(), first.cend(), [&](const Word &w) { return w.text == firstWord; });
        REQUIRE(word != first.cend());
        CHECK(word->box.top() >= 98 - toleranceMm);
        CHECK(word->box.top() < 98 + 5);
    }
}

TEST_CASE("The logo sits at the top left without transparency in the PDF")
{
    test::Scratch scratch;
    LetterDocument letter = shortLetter();
    // A blue shield on a transparent background, as offices' coats of arms come.
    const QRgb blue = qRgb(0x1f, 0x4e, 0x9a);
    QImage logo(300, 360, QImage::Format_ARGB32_Premultiplied);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setBrush(QColor(blue));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(20, 20, 260, 320), 60, 60);
    }
    letter.letterhead.logo = logo;
    auto written = LetterLayout::pdf(letter);
    REQUIRE(written.ok());
    // PDF/A-1 allows no soft masks: the logo is flattened onto white.
    CHECK_FALSE(QString::fromLatin1(*written).contains(
        QRegularExpression(QStringLiteral("/SMask\\s+\\d+\\s+0\\s+R"))));
    const QString path = save(scratch, QStringLiteral("logo.pdf"), *written);
    // At most 25 mm high and 60 mm wide: this one is 25 mm high, from 25 mm left and 10 mm down.
    const QRectF logoArea(25, 10, 25.0 * 300 / 360, 25);
    for (const Word &word : onPage(pdfWords(path), 1)) {
        INFO(describe(word).toStdString());
        CHECK_FALSE(word.box.intersects(logoArea));
    }
    const int dpi = 50;
    const QPoint middle = (logoArea.center() * dpi / 25.4).toPoint();
    const QPoint corner = ((logoArea.topLeft() + QPointF(0.4, 0.4)) * dpi / 25.4).toPoint();
    // As printed: the PDF rendered by poppler.
    const QString prefix = scratch.path(QStringLiteral("logo"));
    REQUIRE(test::runProcess(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-r"),
                              QString::number(dpi),
                              QStringLiteral("-png"),
                              QStringLiteral("-singlefile"),
                              path,
                              prefix})
                .exitCode
            == 0);
    const QImage printed(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(printed.isNull());
    const QColor inside = printed.pixelColor(middle);
    CHECK(std::abs(inside.red() - qRed(blue)) + std::abs(inside.blue() - qBlue(blue)) < 12);
    CHECK(qGray(printed.pixel(corner)) > 245); // white, give or take poppler's smoothing
    // As previewed.
    const QImage preview = LetterLayout::pageImages(letter, dpi).value(0);
    REQUIRE_FALSE(preview.isNull());
    CHECK(preview.pixel(middle) == blue);
    CHECK(preview.pixel(corner) == qRgb(255, 255, 255));
}

TEST_CASE("Page breaks leave no heading and no single line of a paragraph alone")
{
    test::Scratch scratch;
    // Short paragraphs push a heading and a four-line paragraph across the first page's foot,
    // one step further each time.
    int split = 0;
    for (int count = 14; count <= 26; ++count) {
        INFO(count << " paragraphs before");
        LetterDocument letter = shortLetter();
        for (int i = 1; i <= count; ++i)
            letter.bodyHtml += QStringLiteral("<p>Kort avsnitt %1.</p>").arg(i);
        letter.bodyHtml += QStringLiteral(
            "<h2>Overskrift</h2><p>Alfa ein<br/>Bravo to<br/>Charlie tre<br/>Delta fire</p>");
        auto written = LetterLayout::pdf(letter);
        REQUIRE(written.ok());
        const QList<Word> words = pdfWords(save(scratch, QStringLiteral("breaks.pdf"), *written));
        const auto pageOf = [&](const QString &text) {
            const auto word = std::find_if(
                words.cbegin(), words.cend(), [&](const Word &w) { return w.text == text; });
            REQUIRE(word != words.cend());
            return word->page;
        };
        // Each line once: none is drawn again, hidden, at the edge of the next page.
        for (const QString &text : {QStringLiteral("Alfa"),
                                    QStringLiteral("Bravo"),
                                    QStringLiteral("Charlie"),
                                    QStringLiteral("Delta")}) {
            INFO(text.toStdString());
            CHECK(std::count_if(
                      words.cbegin(), words.cend(), [&](const Word &w) { return w.text == text; })
                  == 1);
        }
        CHECK(pageOf(QStringLiteral("Overskrift")) == pageOf(QStringLiteral("Alfa")));
        CHECK(pageOf(QStringLiteral("Alfa")) == pageOf(QStringLiteral("Bravo")));
        CHECK(pageOf(QStringLiteral("Charlie")) == pageOf(QStringLiteral("Delta")));
        split += pageOf(QStringLiteral("Bravo")) != pageOf(QStringLiteral("Charlie")) ? 1 : 0;
    }
    // Some of them break the paragraph itself, two lines and two lines.
    CHECK(split > 0);
}

TEST_CASE("Page images are white A4 pages with the letter on them")
{
    const LetterDocument letter = sampleLetter();
    const int dpi = 50;
    const QList<QImage> images = LetterLayout::pageImages(letter, dpi);
    REQUIRE(images.size() == 3);
    const QRectF window = LetterLayout::addressWindowMm();
    for (const QImage &image : images) {
        CHECK(image.width() == qRound(210 / 25.4 * dpi));
        CHECK(image.height() == qRound(297 / 25.4 * dpi));
        CHECK(image.pixel(0, 0) == qRgb(255, 255, 255));
        CHECK(image.pixel(image.width() - 1, image.height() - 1) == qRgb(255, 255, 255));
    }
    // Ink in the window on the first page: the address was painted, at its place.
    const qreal scale = dpi / 25.4;
    const QRect field = QRectF(window.topLeft() * scale, window.size() * scale).toRect();
    const QImage address = images.first().copy(field);
    int dark = 0;
    for (int y = 0; y < address.height(); ++y) {
        for (int x = 0; x < address.width(); ++x)
            dark += qGray(address.pixel(x, y)) < 128 ? 1 : 0;
    }
    CHECK(dark > 20);
}

TEST_CASE("A device of another resolution gets the same pages")
{
    SamplePdf sample;
    // As a printer would be: 300 dpi, its own margins, landscape.
    const QString path = sample.scratch.path(QStringLiteral("printed.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF(5, 5, 5, 5)));
        REQUIRE(LetterLayout::print({sample.letter}, writer).ok());
    }
    CHECK(pdfPageCount(path) == 3);
    const QList<Word> printed = pdfWords(path);
    REQUIRE(printed.size() == sample.words.size());
    for (int i = 0; i < printed.size(); ++i) {
        INFO(describe(printed.at(i)).toStdString() + " vs "
             + describe(sample.words.at(i)).toStdString());
        CHECK(printed.at(i).text == sample.words.at(i).text);
        CHECK(printed.at(i).page == sample.words.at(i).page);
        CHECK(QLineF(printed.at(i).box.topLeft(), sample.words.at(i).box.topLeft()).length() < 0.3);
    }
}

TEST_CASE("Printing refuses no letters and reports a device that cannot start")
{
    const auto none = LetterLayout::pdf(QList<LetterDocument>{});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == Error::Code::InvalidInput);

    test::Scratch scratch;
    QPdfWriter writer(scratch.path(QStringLiteral("no/such/folder/letter.pdf")));
    const Status printed = LetterLayout::print({sampleLetter()}, writer);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().code == Error::Code::Io);
    CHECK_FALSE(printed.error().message.isEmpty());
}

TEST_CASE("Writing a letter to PDF takes a few milliseconds")
{
    const LetterDocument letter = sampleLetter();
    REQUIRE(LetterLayout::pdf(letter).ok()); // fonts found and loaded once
    const int runs = 20;
    QElapsedTimer timer;
    timer.start();
    for (int run = 0; run < runs; ++run)
        REQUIRE(LetterLayout::pdf(letter).ok());
    const double perLetter = double(timer.nsecsElapsed()) / 1e6 / runs;
    WARN("A three-page letter to PDF: " << perLetter << " ms (goal: below 50 ms)");
    timer.restart();
    const QList<QImage> images = LetterLayout::pageImages(letter, 96);
    WARN("Its three page images at 96 dpi: " << double(timer.nsecsElapsed()) / 1e6 << " ms");
    CHECK(images.size() == 3);
}
