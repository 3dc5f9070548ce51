#include "domain/nationalid.h"

#include <QList>

#include <array>
#include <utility>

namespace fremdrift {

namespace {

NationalIdCheck refused(QString message)
{
    NationalIdCheck check;
    check.message = std::move(message);
    return check;
}

NationalIdCheck accepted(NationalIdKind kind, QDate birthDate, QString normalized, QString message)
{
    NationalIdCheck check;
    check.valid = true;
    check.kind = kind;
    check.birthDate = birthDate;
    check.normalized = std::move(normalized);
    check.message = std::move(message);
    return check;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(const QString &digits, qsizetype index)
{
    return digits.at(index).unicode() - u'0';
}

int numberAt(const QString &digits, qsizetype index, qsizetype count)
{
    int value = 0;
    for (qsizetype i = index; i < index + count; ++i)
        value = value * 10 + digitAt(digits, i);
    return value;
}

// The input as typed: its digits, and each '-' or '+' with the number of digits before it.
// Spaces are dropped; anything else refuses the input.
struct Typed
{
    QString digits;
    QList<std::pair<QChar, qsizetype>> separators;
};

std::optional<QString> readTyped(const QString &input, Typed &typed)
{
    for (const QChar c : input) {
        if (isAsciiDigit(c)) {
            typed.digits.append(c);
        } else if (c.isSpace()) {
            continue;
        } else if (c == u'-' || c == u'+') {
            typed.separators.append({c, typed.digits.size()});
        } else if (c.isLetter()) {
            return NationalId::tr("The number contains the letter \"%1\", but a national ID number "
                                  "has only digits.")
                .arg(c);
        } else {
            return NationalId::tr("The number contains \"%1\", which does not belong in a "
                                  "national ID number.")
                .arg(c);
        }
    }
    return std::nullopt;
}

// Dates as each country writes them: 31.02.1985 in Norway and Denmark, 1985-02-31 in Sweden.
QString dateText(JurisdictionCode jurisdiction, int year, int month, int day)
{
    const auto two = [](int value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    const QString fullYear = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (jurisdiction == JurisdictionCode::Sweden)
        return QString(fullYear % u'-' % two(month) % u'-' % two(day));
    return QString(two(day) % u'.' % two(month) % u'.' % fullYear);
}

// The birth date, or why there is none: the date must exist and must not lie after `today`.
std::optional<QString> dateProblem(
    JurisdictionCode jurisdiction, int year, int month, int day, QDate today, QDate &birthDate)
{
    birthDate = QDate(year, month, day);
    if (!birthDate.isValid())
        return NationalId::tr("The date in the number does not exist (%1).")
            .arg(dateText(jurisdiction, year, month, day));
    if (birthDate > today)
        return NationalId::tr("The birth date in the number (%1) lies in the future.")
            .arg(dateText(jurisdiction, year, month, day));
    return std::nullopt;
}

QString typingError()
{
    return NationalId::tr("The control digits do not match: the number has a typing error.");
}

QString syntheticRefused()
{
    return NationalId::tr("Synthetic test numbers are accepted only in a test database.");
}

QString confirmation(NationalIdKind kind)
{
    switch (kind) {
    case NationalIdKind::NoBirthNumber:
        return NationalId::tr("A valid national identity number.");
    case NationalIdKind::NoDNumber:
        return NationalId::tr("A valid D number.");
    case NationalIdKind::NoHNumber:
        return NationalId::tr("A valid H number.");
    case NationalIdKind::NoSynthetic:
        return NationalId::tr("A valid synthetic test number.");
    case NationalIdKind::SePersonalNumber:
        return NationalId::tr("A valid personal identity number.");
    case NationalIdKind::SeCoordinationNumber:
        return NationalId::tr("A valid coordination number.");
    case NationalIdKind::DkCpr:
        return NationalId::tr("A valid CPR number.");
    }
    Q_UNREACHABLE();
}

// 11 − (weighted sum mod 11), where 11 means 0; 10 means no control digit exists.
int norwegianControl(const QString &digits, const std::array<int, 10> &weights, qsizetype count)
{
    int sum = 0;
    for (qsizetype i = 0; i < count; ++i)
        sum += weights.at(static_cast<std::size_t>(i)) * digitAt(digits, i);
    const int control = 11 - sum % 11;
    return control == 11 ? 0 : control;
}

NationalIdCheck checkNorway(const Typed &typed, const NationalIdOptions &options, QDate today)
{
    const QString &n = typed.digits;
    if (n.size() != 11)
        return refused(
            NationalId::tr("A Norwegian national ID number has 11 digits; this one has %1.")
                .arg(n.size()));
    if (!typed.separators.isEmpty())
        return refused(NationalId::tr("A Norwegian national ID number has no \"-\" or \"+\": "
                                      "enter the 11 digits, with a space after the date if you "
                                      "like."));

    static constexpr std::array<int, 10> first{3, 7, 6, 1, 8, 9, 4, 5, 2, 0};
    static constexpr std::array<int, 10> second{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    const int k1 = norwegianControl(n, first, 9);
    if (k1 == 10)
        return refused(NationalId::tr("No national ID number begins with the digits %1: their "
                                      "first control digit would be 10. The number has a typing "
                                      "error.")
                           .arg(n.left(9)));
    if (k1 != digitAt(n, 9))
        return refused(typingError());
    const int k2 = norwegianControl(n, second, 10);
    if (k2 == 10)
        return refused(NationalId::tr("No national ID number begins with the digits %1: their "
                                      "second control digit would be 10. The number has a typing "
                                      "error.")
                           .arg(n.left(10)));
    if (k2 != digitAt(n, 10))
        return refused(typingError());

    const int dd = numberAt(n, 0, 2);
    const int mm = numberAt(n, 2, 2);
    const int yy = numberAt(n, 4, 2);
    const int individual = numberAt(n, 6, 3);

    NationalIdKind kind = NationalIdKind::NoBirthNumber;
    int day = dd;
    int month = mm;
    const bool dNumber = dd >= 40 && dd < 80; // first digit 4–7
    if (dNumber) {
        day -= 40;
        kind = NationalIdKind::NoDNumber;
    }
    if (mm >= 80) { // first digit 8–9: Tenor test numbers, also synthetic D numbers
        month -= 80;
        kind = NationalIdKind::NoSynthetic;
    } else if (mm >= 40 && mm < 60) { // first digit 4–5
        if (dNumber)
            return refused(NationalId::tr("The number cannot be both a D number (day + 40) and "
                                          "an H number (month + 40)."));
        month -= 40;
        kind = NationalIdKind::NoHNumber;
    }
    if (kind == NationalIdKind::NoSynthetic && !options.allowSynthetic)
        return refused(syntheticRefused());

    int century = 0;
    if (individual <= 499)
        century = 1900;
    else if (individual <= 749 && yy >= 54)
        century = 1800;
    else if (yy <= 39)
        century = 2000;
    else if (individual >= 900)
        century = 1900;
    else
        return refused(
            NationalId::tr("The individual number %1 (digits 7–9) is not given to people born in "
                           "a year ending in %2, so the number cannot exist.")
                .arg(n.mid(6, 3), n.mid(4, 2)));

    QDate birthDate;
    if (auto problem
        = dateProblem(JurisdictionCode::Norway, century + yy, month, day, today, birthDate))
        return refused(*problem);
    return accepted(kind, birthDate, n, confirmation(kind));
}

int luhnDigit(const QString &digits, qsizetype from, qsizetype count)
{
    int sum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int product = digitAt(digits, from + i) * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

NationalIdCheck checkSweden(const Typed &typed, const NationalIdOptions &options, QDate today)
{
    const QString &n = typed.digits;
    if (n.size() != 10 && n.size() != 12)
        return refused(
            NationalId::tr("A Swedish personal identity number has 10 or 12 digits; this one has "
                           "%1.")
                .arg(n.size()));
    if (typed.separators.size() > 1
        || (typed.separators.size() == 1 && typed.separators.first().second != n.size() - 4))
        return refused(NationalId::tr("In a Swedish personal identity number the \"-\" or "
                                      "\"+\" comes right after the birth date: YYMMDD-NNNC or "
                                      "YYYYMMDD-NNNC."));
    const bool plus = !typed.separators.isEmpty() && typed.separators.first().first == u'+';

    const qsizetype at = n.size() - 10; // the 10-digit number YYMMDDNNNC starts here
    if (luhnDigit(n, at, 9) != digitAt(n, at + 9))
        return refused(NationalId::tr("The check digit does not match: the number has a typing "
                                      "error."));

    const int yy = numberAt(n, at, 2);
    const int month = numberAt(n, at + 2, 2);
    const int dd = numberAt(n, at + 4, 2);
    const int birthNumber = numberAt(n, at + 6, 3);

    NationalIdKind kind = NationalIdKind::SePersonalNumber;
    int day = dd;
    if (dd >= 60) {
        day -= 60;
        kind = NationalIdKind::SeCoordinationNumber;
    }
    const bool testNumber = birthNumber >= 980;
    if (testNumber && !options.allowSynthetic)
        return refused(syntheticRefused());

    int year = 0;
    if (n.size() == 12) {
        year = numberAt(n, 0, 4); // the century is given; a '+' or '-' adds nothing
    } else {
        // The latest year ending in YY whose date is not after the reference: today for '-'
        // (under 100 years old), the date 100 years ago for '+' (100 or older).
        const QDate reference = plus ? today.addYears(-100) : today;
        year = reference.year() - reference.year() % 100 + yy;
        const auto key = [](int y, int m, int d) { return (y * 100 + m) * 100 + d; };
        if (key(year, month, day) > key(reference.year(), reference.month(), reference.day()))
            year -= 100;
    }

    QDate birthDate;
    if (auto problem = dateProblem(JurisdictionCode::Sweden, year, month, day, today, birthDate))
        return refused(*problem);
    // The storage form puts the century in front of the 10 digits.
    const QString normalized
        = n.size() == 12 ? n
                         : QString(QStringLiteral("%1").arg(year / 100, 2, 10, QLatin1Char('0'))
                                   % n);
    return accepted(kind,
                    birthDate,
                    normalized,
                    testNumber ? NationalId::tr("A valid test number from Skatteverket's test "
                                                "series.")
                               : confirmation(kind));
}

NationalIdCheck checkDenmark(const Typed &typed, QDate today)
{
    const QString &n = typed.digits;
    if (n.size() != 10)
        return refused(
            NationalId::tr("A Danish CPR number has 10 digits; this one has %1.").arg(n.size()));
    if (typed.separators.size() > 1
        || (typed.separators.size() == 1
            && (typed.separators.first().first != u'-' || typed.separators.first().second != 6)))
        return refused(NationalId::tr("A CPR number is written DDMMYY-SSSS: the only mark in it "
                                      "is a \"-\" right after the birth date."));

    const int day = numberAt(n, 0, 2);
    const int month = numberAt(n, 2, 2);
    const int yy = numberAt(n, 4, 2);
    const int seventh = digitAt(n, 6);
    int century = 1900;
    if (seventh == 4 || seventh == 9)
        century = yy <= 36 ? 2000 : 1900;
    else if (seventh >= 5 && seventh <= 8)
        century = yy <= 57 ? 2000 : 1800;

    QDate birthDate;
    if (auto problem
        = dateProblem(JurisdictionCode::Denmark, century + yy, month, day, today, birthDate))
        return refused(*problem);

    static constexpr std::array<int, 10> weights{4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (qsizetype i = 0; i < 10; ++i)
        sum += weights.at(static_cast<std::size_t>(i)) * digitAt(n, i);
    const QString normalized = QString(n.left(6) % u'-' % n.mid(6));
    NationalIdCheck check = accepted(NationalIdKind::DkCpr,
                                     birthDate,
                                     normalized,
                                     confirmation(NationalIdKind::DkCpr));
    if (sum % 11 != 0) {
        check.warning = true;
        check.message = NationalId::tr("The number fails the old modulus 11 check. Numbers issued "
                                       "since 2007 may do so; check it against the CPR register.");
    }
    return check;
}

} // namespace

NationalIdCheck checkNationalId(JurisdictionCode jurisdiction,
                                const QString &input,
                                const NationalIdOptions &options)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return refused(NationalId::tr("No national ID number was entered."));
    Typed typed;
    if (auto problem = readTyped(trimmed, typed))
        return refused(*problem);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    switch (jurisdiction) {
    case JurisdictionCode::Norway:
        return checkNorway(typed, options, today);
    case JurisdictionCode::Sweden:
        return checkSweden(typed, options, today);
    case JurisdictionCode::Denmark:
        return checkDenmark(typed, today);
    }
    Q_UNREACHABLE();
}

QString testNationalId(JurisdictionCode jurisdiction, const QDate &birthDate, int serial)
{
    const QString date = birthDate.toString(QStringLiteral("ddMMyy"));
    if (jurisdiction == JurisdictionCode::Norway) {
        static constexpr std::array<int, 10> first{3, 7, 6, 1, 8, 9, 4, 5, 2, 0};
        static constexpr std::array<int, 10> second{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        // Individual numbers 000–499 are 1900s births, 500–999 2000s (for YY up to 39).
        const int base = birthDate.year() >= 2000 ? 500 : 0;
        const QString synthetic = date.left(2) + QString::number(birthDate.month() + 80)
                                  + date.right(2);
        for (int attempt = 0; attempt < 500; ++attempt) {
            const int individual = base + (serial + attempt) % 500;
            QString digits = synthetic + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
            const int k1 = norwegianControl(digits, first, 9);
            if (k1 == 10)
                continue;
            digits += QString::number(k1);
            const int k2 = norwegianControl(digits, second, 10);
            if (k2 == 10)
                continue;
            return digits + QString::number(k2);
        }
        return {};
    }
    if (jurisdiction == JurisdictionCode::Sweden) {
        const QString digits = birthDate.toString(QStringLiteral("yyMMdd"))
                               + QString::number(980 + serial % 20);
        return birthDate.toString(QStringLiteral("yyyyMMdd")) + QString::number(980 + serial % 20)
               + QString::number(luhnDigit(digits, 0, 9));
    }
    return {};
}

QString nationalIdKindKey(NationalIdKind kind)
{
    switch (kind) {
    case NationalIdKind::NoBirthNumber:
        return QStringLiteral("fodselsnummer");
    case NationalIdKind::NoDNumber:
        return QStringLiteral("d-nummer");
    case NationalIdKind::NoHNumber:
        return QStringLiteral("h-nummer");
    case NationalIdKind::NoSynthetic:
        return QStringLiteral("syntetisk");
    case NationalIdKind::SePersonalNumber:
        return QStringLiteral("personnummer");
    case NationalIdKind::SeCoordinationNumber:
        return QStringLiteral("samordningsnummer");
    case NationalIdKind::DkCpr:
        return QStringLiteral("cpr");
    }
    Q_UNREACHABLE();
}

std::optional<NationalIdKind> parseNationalIdKindKey(const QString &key)
{
    for (const NationalIdKind kind : {NationalIdKind::NoBirthNumber,
                                      NationalIdKind::NoDNumber,
                                      NationalIdKind::NoHNumber,
                                      NationalIdKind::NoSynthetic,
                                      NationalIdKind::SePersonalNumber,
                                      NationalIdKind::SeCoordinationNumber,
                                      NationalIdKind::DkCpr}) {
        if (key == nationalIdKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString nationalIdKindName(NationalIdKind kind)
{
    switch (kind) {
    case NationalIdKind::NoBirthNumber:
        return NationalId::tr("National identity number");
    case NationalIdKind::NoDNumber:
        return NationalId::tr("D number");
    case NationalIdKind::NoHNumber:
        return NationalId::tr("H number");
    case NationalIdKind::NoSynthetic:
        return NationalId::tr("Synthetic test number");
    case NationalIdKind::SePersonalNumber:
        return NationalId::tr("Personal identity number");
    case NationalIdKind::SeCoordinationNumber:
        return NationalId::tr("Coordination number");
    case NationalIdKind::DkCpr:
        return NationalId::tr("CPR number");
    }
    Q_UNREACHABLE();
}

QString formatNationalId(JurisdictionCode jurisdiction, const QString &normalized)
{
    const auto allDigits = [](const QString &text) {
        for (const QChar c : text) {
            if (!isAsciiDigit(c))
                return false;
        }
        return true;
    };
    switch (jurisdiction) {
    case JurisdictionCode::Norway:
        if (normalized.size() == 11 && allDigits(normalized))
            return QString(normalized.left(6) % u' ' % normalized.mid(6));
        break;
    case JurisdictionCode::Sweden:
        if (normalized.size() == 12 && allDigits(normalized))
            return QString(normalized.left(8) % u'-' % normalized.mid(8));
        break;
    case JurisdictionCode::Denmark:
        if (normalized.size() == 10 && allDigits(normalized))
            return QString(normalized.left(6) % u'-' % normalized.mid(6));
        break; // "DDMMYY-SSSS" is already the display form
    }
    return normalized;
}

} // namespace fremdrift
