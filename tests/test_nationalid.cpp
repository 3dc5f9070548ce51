// National ID numbers (core/domain/nationalid.h). Every number below was computed with a small
// Python script written from the rules in DOMAIN.md, independently of the C++ code:
//
//   W1 = [3,7,6,1,8,9,4,5,2]; W2 = [5,4,3,2,7,6,5,4,3,2]
//   def no(nine):                      # NO: None if a control digit would be 10
//       d = [int(c) for c in nine]
//       k1 = 11 - sum(a*b for a, b in zip(W1, d)) % 11; k1 = 0 if k1 == 11 else k1
//       if k1 == 10: return None
//       k2 = 11 - sum(a*b for a, b in zip(W2, d + [k1])) % 11; k2 = 0 if k2 == 11 else k2
//       return None if k2 == 10 else nine + str(k1) + str(k2)
//   def luhn(nine):                    # SE: weights 2,1,2,1,... from the left
//       s = sum(p // 10 + p % 10 for p in (int(c) * (2 - i % 2) for i, c in enumerate(nine)))
//       return str((10 - s % 10) % 10)
//   def dk_ok(ten):                    # DK: old modulus 11
//       return sum(a*int(b) for a, b in zip([4,3,2,7,6,5,4,3,2,1], ten)) % 11 == 0
//
// Unless a test says otherwise, "today" is 15 June 2025.
#include "domain/nationalid.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <string>

using namespace fremdrift;
using namespace Qt::StringLiterals;
using Catch::Matchers::Contains;

namespace {

constexpr auto NO = JurisdictionCode::Norway;
constexpr auto SE = JurisdictionCode::Sweden;
constexpr auto DK = JurisdictionCode::Denmark;

std::string str(const QString &text)
{
    return text.toStdString();
}

std::string iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("invalid");
}

NationalIdOptions on(int year, int month, int day, bool allowSynthetic = false)
{
    NationalIdOptions options;
    options.today = QDate(year, month, day);
    options.allowSynthetic = allowSynthetic;
    return options;
}

const NationalIdOptions usual = on(2025, 6, 15);
const NationalIdOptions testDatabase = on(2025, 6, 15, true);

NationalIdCheck check(JurisdictionCode jurisdiction,
                      const char *input,
                      const NationalIdOptions &options = usual)
{
    return checkNationalId(jurisdiction, QString::fromUtf8(input), options);
}

// Accepted without a warning; returns the birth date as ISO text.
std::string acceptedDate(JurisdictionCode jurisdiction,
                         const char *input,
                         const NationalIdOptions &options = usual)
{
    const NationalIdCheck result = check(jurisdiction, input, options);
    INFO(input << ": " << str(result.message));
    REQUIRE(result.valid);
    CHECK_FALSE(result.warning);
    REQUIRE(result.kind.has_value());
    REQUIRE(result.birthDate.isValid());
    return iso(result.birthDate);
}

// Refused; returns the message.
std::string refusal(JurisdictionCode jurisdiction,
                    const char *input,
                    const NationalIdOptions &options = usual)
{
    const NationalIdCheck result = check(jurisdiction, input, options);
    INFO(input << " was accepted: " << str(result.message));
    REQUIRE_FALSE(result.valid);
    CHECK_FALSE(result.warning);
    CHECK_FALSE(result.kind.has_value());
    CHECK_FALSE(result.birthDate.isValid());
    CHECK(result.normalized.isEmpty());
    CHECK_FALSE(result.message.isEmpty());
    return str(result.message);
}

const std::string typingError = "The control digits do not match: the number has a typing error.";
const std::string syntheticRefused = "Synthetic test numbers are accepted only in a test database.";

} // namespace

// ---------------------------------------------------------------------------------------------
// Norway

TEST_CASE("A Norwegian birth number is accepted with its date and storage form")
{
    // no("010185123") = 01018512366
    const NationalIdCheck result = check(NO, "01018512366");
    CHECK(result.valid);
    CHECK_FALSE(result.warning);
    REQUIRE(result.kind.has_value());
    CHECK(*result.kind == NationalIdKind::NoBirthNumber);
    CHECK(iso(result.birthDate) == "1985-01-01");
    CHECK(str(result.normalized) == "01018512366");
    CHECK(str(result.message) == "A valid national identity number.");

    // Spaces anywhere and around are ignored.
    for (const char *typed : {"010185 12366", "  01018512366\t", "010 185 123 66"}) {
        const NationalIdCheck spaced = check(NO, typed);
        INFO(typed);
        CHECK(spaced.valid);
        CHECK(str(spaced.normalized) == "01018512366");
    }
}

TEST_CASE("Norwegian D and H numbers are recognised")
{
    // D number: day + 40. no("410185124") = 41018512430
    const NationalIdCheck d = check(NO, "41018512430");
    REQUIRE(d.valid);
    CHECK(d.kind == NationalIdKind::NoDNumber);
    CHECK(iso(d.birthDate) == "1985-01-01");
    CHECK(str(d.normalized) == "41018512430");
    CHECK(str(d.message) == "A valid D number.");

    // H number: month + 40. no("014185123") = 01418512349
    const NationalIdCheck h = check(NO, "01418512349");
    REQUIRE(h.valid);
    CHECK(h.kind == NationalIdKind::NoHNumber);
    CHECK(iso(h.birthDate) == "1985-01-01");
    CHECK(str(h.message) == "A valid H number.");

    // Day 40 is day 0. no("400185123") = 40018512310
    CHECK(refusal(NO, "40018512310") == "The date in the number does not exist (00.01.1985).");
    // Both D and H at once (day 41, month 41): no("414185123") = 41418512332
    CHECK_THAT(refusal(NO, "41418512332"), Contains("both a D number"));
}

TEST_CASE("Norwegian synthetic test numbers need a test database")
{
    // Tenor: month + 80. no("018185123") = 01818512321
    CHECK(refusal(NO, "01818512321") == syntheticRefused);
    const NationalIdCheck synthetic = check(NO, "01818512321", testDatabase);
    REQUIRE(synthetic.valid);
    CHECK(synthetic.kind == NationalIdKind::NoSynthetic);
    CHECK(iso(synthetic.birthDate) == "1985-01-01");
    CHECK(str(synthetic.normalized) == "01818512321");
    CHECK(str(synthetic.message) == "A valid synthetic test number.");

    // A synthetic D number (day + 40 and month + 80). no("418185123") = 41818512315
    CHECK(refusal(NO, "41818512315") == syntheticRefused);
    const NationalIdCheck syntheticD = check(NO, "41818512315", testDatabase);
    REQUIRE(syntheticD.valid);
    CHECK(syntheticD.kind == NationalIdKind::NoSynthetic);
    CHECK(iso(syntheticD.birthDate) == "1985-01-01");

    // A real number stays valid in a test database.
    CHECK(check(NO, "01018512366", testDatabase).kind == NationalIdKind::NoBirthNumber);
}

TEST_CASE("Norwegian numbers of the wrong length or with other characters are refused")
{
    CHECK(refusal(NO, "0101851236")
          == "A Norwegian national ID number has 11 digits; this one has 10.");
    CHECK(refusal(NO, "010185123666")
          == "A Norwegian national ID number has 11 digits; this one has 12.");
    CHECK(refusal(NO, "") == "No national ID number was entered.");
    CHECK(refusal(NO, "   ") == "No national ID number was entered.");
    CHECK(refusal(NO, "0101851236A")
          == "The number contains the letter \"A\", but a national ID number has only digits.");
    CHECK(refusal(NO, "01.01.85 12366")
          == "The number contains \".\", which does not belong in a national ID number.");
    // Norway writes no '-' or '+'.
    CHECK_THAT(refusal(NO, "010185-12366"), Contains("has no \"-\" or \"+\""));
    CHECK_THAT(refusal(NO, "010185+12366"), Contains("has no \"-\" or \"+\""));
}

TEST_CASE("Norwegian control digits are checked")
{
    CHECK(refusal(NO, "01018512367") == typingError); // K2 changed
    CHECK(refusal(NO, "01018512376") == typingError); // K1 changed
    CHECK(refusal(NO, "01018512466") == typingError); // an individual digit changed
    CHECK(refusal(NO, "01018521366") == typingError); // two digits swapped
    CHECK(refusal(NO, "01108512366") == typingError); // day and month swapped

    // no("010139500"): the first control digit would be 10, so no number begins with these
    // nine digits, whatever the last two are.
    for (const char *number : {"01013950000", "01013950019", "01013950099"})
        CHECK_THAT(refusal(NO, number), Contains("first control digit would be 10"));
    // no("410185123"): K1 = 5, and then the second control digit would be 10.
    for (const char *number : {"41018512350", "41018512359"})
        CHECK_THAT(refusal(NO, number), Contains("second control digit would be 10"));
    CHECK(refusal(NO, "41018512360") == typingError); // K1 = 6 is simply wrong
}

TEST_CASE("Norwegian dates must exist and must not lie in the future")
{
    // no("310285123") = 31028512379: correct control digits, no 31 February.
    CHECK(refusal(NO, "31028512379") == "The date in the number does not exist (31.02.1985).");
    // 29 February: not in 1985, but in 1984. no("290285123") = 29028512390,
    // no("290284124") = 29028412450
    CHECK(refusal(NO, "29028512390") == "The date in the number does not exist (29.02.1985).");
    CHECK(acceptedDate(NO, "29028412450") == "1984-02-29");
    // Month 13, and month 61 (neither an H number, 41–52, nor synthetic, 81–92).
    // no("011385123") = 01138512394, no("016185123") = 01618512335
    CHECK(refusal(NO, "01138512394") == "The date in the number does not exist (01.13.1985).");
    CHECK(refusal(NO, "01618512335") == "The date in the number does not exist (01.61.1985).");

    // 500–999 with YY <= 39 is 2000–2039. no("160625500") = 16062550000: tomorrow.
    // no("150625500") = 15062550071: today.
    CHECK(refusal(NO, "16062550000")
          == "The birth date in the number (16.06.2025) lies in the future.");
    CHECK(acceptedDate(NO, "15062550071") == "2025-06-15");
    CHECK(acceptedDate(NO, "16062550000", on(2025, 6, 16)) == "2025-06-16");
}

TEST_CASE("The Norwegian century follows from the individual number")
{
    const NationalIdOptions in2040 = on(2040, 1, 1);

    // 000–499: 1900–1999. no("311299499") = 31129949980
    CHECK(acceptedDate(NO, "31129949980") == "1999-12-31");
    CHECK(acceptedDate(NO, "01018512366") == "1985-01-01");

    // 500–749 with YY >= 54: 1854–1899. no("010154500") = 01015450068,
    // no("010154749") = 01015474943
    CHECK(acceptedDate(NO, "01015450068") == "1854-01-01");
    CHECK(acceptedDate(NO, "01015474943") == "1854-01-01");
    // ...but 750 with YY 54 does not exist (no("010154750") = 01015475060), nor 500 or 749 with
    // YY 53 (no("010153500") = 01015350047, no("010153749") = 01015374922).
    CHECK(refusal(NO, "01015475060")
          == "The individual number 750 (digits 7–9) is not given to people born in a year "
             "ending in 54, so the number cannot exist.");
    CHECK_THAT(refusal(NO, "01015350047"), Contains("individual number 500"));
    CHECK_THAT(refusal(NO, "01015374922"), Contains("individual number 749"));

    // 500–999 with YY <= 39: 2000–2039. no("010100500") = 01010050053,
    // no("020139500") = 02013950035, no("020139750") = 02013975038,
    // no("311239999") = 31123999935
    CHECK(acceptedDate(NO, "01010050053") == "2000-01-01");
    CHECK(acceptedDate(NO, "02013950035", in2040) == "2039-01-02");
    CHECK(acceptedDate(NO, "02013975038", in2040) == "2039-01-02");
    CHECK(acceptedDate(NO, "31123999935", in2040) == "2039-12-31");

    // 900–999 with YY >= 40: 1940–1999; 899 with YY 40 does not exist.
    // no("010140900") = 01014090017, no("010140899") = 01014089981
    CHECK(acceptedDate(NO, "01014090017") == "1940-01-01");
    CHECK_THAT(refusal(NO, "01014089981"), Contains("individual number 899"));

    // Other combinations: 600 or 800 with YY 45. no("010145600") = 01014560013,
    // no("010145800") = 01014580049
    CHECK_THAT(refusal(NO, "01014560013"), Contains("ending in 45"));
    CHECK_THAT(refusal(NO, "01014580049"), Contains("ending in 45"));
}

// ---------------------------------------------------------------------------------------------
// Sweden

TEST_CASE("A Swedish personal identity number is accepted in every written form")
{
    // luhn("811228123") = 6
    for (const char *typed : {"811228-1236",
                              "8112281236",
                              "198112281236",
                              "19811228-1236",
                              "19811228+1236", // a sign with 12 digits is ignored
                              " 811228 1236 "}) {
        const NationalIdCheck result = check(SE, typed);
        INFO(typed << ": " << str(result.message));
        REQUIRE(result.valid);
        CHECK_FALSE(result.warning);
        CHECK(result.kind == NationalIdKind::SePersonalNumber);
        CHECK(iso(result.birthDate) == "1981-12-28");
        CHECK(str(result.normalized) == "198112281236");
        CHECK(str(result.message) == "A valid personal identity number.");
    }
}

TEST_CASE("A Swedish coordination number has the day plus 60")
{
    // luhn("811288123") = 3
    const NationalIdCheck result = check(SE, "811288-1233");
    REQUIRE(result.valid);
    CHECK(result.kind == NationalIdKind::SeCoordinationNumber);
    CHECK(iso(result.birthDate) == "1981-12-28");
    CHECK(str(result.normalized) == "198112881233");
    CHECK(str(result.message) == "A valid coordination number.");
    CHECK(check(SE, "198112881233").kind == NationalIdKind::SeCoordinationNumber);

    // Day 60 is day 0. luhn("811260123") = 5
    CHECK(refusal(SE, "811260-1235") == "The date in the number does not exist (1981-12-00).");
}

TEST_CASE("The Swedish century follows from the sign and today")
{
    // luhn("121212121") = 2: '-' is under 100 years, '+' is 100 or older.
    CHECK(acceptedDate(SE, "121212-1212") == "2012-12-12");
    CHECK(acceptedDate(SE, "1212121212") == "2012-12-12");
    CHECK(acceptedDate(SE, "121212+1212") == "1912-12-12");
    CHECK(str(check(SE, "121212+1212").normalized) == "191212121212");
    // 12 digits give the century; the sign is ignored.
    CHECK(acceptedDate(SE, "191212121212") == "1912-12-12");
    CHECK(acceptedDate(SE, "19121212-1212") == "1912-12-12");
    CHECK(acceptedDate(SE, "20121212+1212") == "2012-12-12");

    // Edges on 15 June 2025. luhn("250615123") = 8, luhn("250616123") = 7
    CHECK(acceptedDate(SE, "250615-1238") == "2025-06-15"); // born today
    CHECK(acceptedDate(SE, "250616-1237") == "1925-06-16"); // 100 tomorrow
    CHECK(acceptedDate(SE, "250615+1238") == "1925-06-15"); // 100 today
    CHECK(acceptedDate(SE, "250616+1237") == "1825-06-16");
    CHECK(str(check(SE, "250616-1237").normalized) == "192506161237");

    // 29 February 2000 exists, 29 February 1900 does not. luhn("000229123") = 5
    CHECK(acceptedDate(SE, "000229-1235") == "2000-02-29");
    CHECK(refusal(SE, "000229+1235") == "The date in the number does not exist (1900-02-29).");
}

TEST_CASE("Swedish dates must exist and must not lie in the future")
{
    // luhn("850231123") = 9, luhn("850229123") = 3, luhn("840229123") = 4
    CHECK(refusal(SE, "850231-1239") == "The date in the number does not exist (1985-02-31).");
    CHECK(refusal(SE, "850229-1233") == "The date in the number does not exist (1985-02-29).");
    CHECK(acceptedDate(SE, "840229-1234") == "1984-02-29");
    // Only a 12-digit form can name a future date. luhn("250616123") = 7
    CHECK(refusal(SE, "20250616-1237")
          == "The birth date in the number (2025-06-16) lies in the future.");
    CHECK(acceptedDate(SE, "20250615-1238") == "2025-06-15");
}

TEST_CASE("Swedish check digits and forms are checked")
{
    CHECK(refusal(SE, "811228-1237")
          == "The check digit does not match: the number has a typing error.");
    CHECK(refusal(SE, "811228-2136")
          == "The check digit does not match: the number has a typing error.");
    CHECK(refusal(SE, "198112281237")
          == "The check digit does not match: the number has a typing error.");
    // The century digits are not part of the check: 20 instead of 19 keeps the Luhn digit
    // and moves the date to 2081, which is in the future.
    CHECK_THAT(refusal(SE, "208112281236"), Contains("in the future"));

    CHECK(refusal(SE, "811228-123")
          == "A Swedish personal identity number has 10 or 12 digits; this one has 9.");
    CHECK(refusal(SE, "19811228-12361")
          == "A Swedish personal identity number has 10 or 12 digits; this one has 13.");
    CHECK(refusal(SE, "81122812361")
          == "A Swedish personal identity number has 10 or 12 digits; this one has 11.");
    for (const char *misplaced : {"8112-281236", "811228--1236", "811228-+1236", "1981-1228-1236",
                                  "811228123-6", "-8112281236"})
        CHECK_THAT(refusal(SE, misplaced), Contains("comes right after the birth date"));
    CHECK(refusal(SE, "811228-12A6")
          == "The number contains the letter \"A\", but a national ID number has only digits.");
    CHECK_THAT(refusal(SE, "811228/1236"), Contains("\"/\""));
}

TEST_CASE("Swedish test numbers need a test database")
{
    // Skatteverket's test numbers have birth numbers 980–999.
    // luhn("850101980") = 9, luhn("850101999") = 9, luhn("850101979") = 1
    CHECK(refusal(SE, "850101-9809") == syntheticRefused);
    CHECK(refusal(SE, "19850101-9999") == syntheticRefused);
    CHECK(acceptedDate(SE, "850101-9791") == "1985-01-01"); // 979 is an ordinary number

    const NationalIdCheck test = check(SE, "850101-9809", testDatabase);
    REQUIRE(test.valid);
    CHECK(test.kind == NationalIdKind::SePersonalNumber);
    CHECK(iso(test.birthDate) == "1985-01-01");
    CHECK(str(test.normalized) == "198501019809");
    CHECK_THAT(str(test.message), Contains("test"));
    CHECK(check(SE, "850101-9999", testDatabase).valid);
}

// ---------------------------------------------------------------------------------------------
// Denmark

TEST_CASE("A Danish CPR number is accepted with or without the dash")
{
    // dk_ok("0101851001") is true
    for (const char *typed : {"010185-1001", "0101851001", " 010185 1001 "}) {
        const NationalIdCheck result = check(DK, typed);
        INFO(typed << ": " << str(result.message));
        REQUIRE(result.valid);
        CHECK_FALSE(result.warning);
        CHECK(result.kind == NationalIdKind::DkCpr);
        CHECK(iso(result.birthDate) == "1985-01-01");
        CHECK(str(result.normalized) == "010185-1001");
        CHECK(str(result.message) == "A valid CPR number.");
    }
}

TEST_CASE("A Danish CPR number failing modulus 11 is accepted with a warning")
{
    // dk_ok("0101851000") is false
    const NationalIdCheck result = check(DK, "010185-1000");
    CHECK(result.valid);
    CHECK(result.warning);
    CHECK(result.kind == NationalIdKind::DkCpr);
    CHECK(iso(result.birthDate) == "1985-01-01");
    CHECK(str(result.normalized) == "010185-1000");
    CHECK(str(result.message)
          == "The number fails the old modulus 11 check. Numbers issued since 2007 may do so; "
             "check it against the CPR register.");
}

TEST_CASE("The Danish century follows from the seventh digit")
{
    const NationalIdOptions in2060 = on(2060, 1, 1);
    // 0–3: 1900–1999. dk_ok: 0101000001, 3112993001, 0101360008, 0101363007
    CHECK(acceptedDate(DK, "010100-0001", in2060) == "1900-01-01");
    CHECK(acceptedDate(DK, "311299-3001", in2060) == "1999-12-31");
    CHECK(acceptedDate(DK, "010136-0008", in2060) == "1936-01-01");
    CHECK(acceptedDate(DK, "010136-3007", in2060) == "1936-01-01");
    // 4 and 9: 2000–2036 up to YY 36, else 1937–1999.
    // dk_ok: 0101364003, 0101374009, 0101369005, 0101379000
    CHECK(acceptedDate(DK, "010136-4003", in2060) == "2036-01-01");
    CHECK(acceptedDate(DK, "010137-4009", in2060) == "1937-01-01");
    CHECK(acceptedDate(DK, "010136-9005", in2060) == "2036-01-01");
    CHECK(acceptedDate(DK, "010137-9000", in2060) == "1937-01-01");
    // ...and 1958, not 1858, from 4 and 9. dk_ok: 0101584003, 0101589005
    CHECK(acceptedDate(DK, "010158-4003", in2060) == "1958-01-01");
    CHECK(acceptedDate(DK, "010158-9005", in2060) == "1958-01-01");
    // 5–8: 2000–2057 up to YY 57, else 1858–1899.
    // dk_ok: 0101575004, 0101585018, 0101578003, 0101588009
    CHECK(acceptedDate(DK, "010157-5004", in2060) == "2057-01-01");
    CHECK(acceptedDate(DK, "010158-5018", in2060) == "1858-01-01");
    CHECK(acceptedDate(DK, "010157-8003", in2060) == "2057-01-01");
    CHECK(acceptedDate(DK, "010158-8009", in2060) == "1858-01-01");
}

TEST_CASE("Danish dates must exist and must not lie in the future")
{
    // dk_ok: 3102851004, 2902851006, 2902841000, 2902000006, 2902004001
    CHECK(refusal(DK, "310285-1004") == "The date in the number does not exist (31.02.1985).");
    CHECK(refusal(DK, "290285-1006") == "The date in the number does not exist (29.02.1985).");
    CHECK(acceptedDate(DK, "290284-1000") == "1984-02-29");
    // 29.02.00: 1900 with seventh digit 0 (no leap day), 2000 with seventh digit 4.
    CHECK(refusal(DK, "290200-0006") == "The date in the number does not exist (29.02.1900).");
    CHECK(acceptedDate(DK, "290200-4001") == "2000-02-29");
    // The date is refused before the modulus 11 check could warn: dk_ok("2902851007") is false.
    CHECK(refusal(DK, "290285-1007") == "The date in the number does not exist (29.02.1985).");
    // dk_ok: 1606254004 (tomorrow), 1506254007 (today)
    CHECK(refusal(DK, "160625-4004")
          == "The birth date in the number (16.06.2025) lies in the future.");
    CHECK(acceptedDate(DK, "150625-4007") == "2025-06-15");
}

TEST_CASE("Danish numbers of the wrong length or form are refused")
{
    CHECK(refusal(DK, "010185-100") == "A Danish CPR number has 10 digits; this one has 9.");
    CHECK(refusal(DK, "010185-10011") == "A Danish CPR number has 10 digits; this one has 11.");
    CHECK(refusal(DK, "010185-10O1")
          == "The number contains the letter \"O\", but a national ID number has only digits.");
    for (const char *misplaced : {"010185+1001", "01018-51001", "010185--1001", "0101851001-"})
        CHECK_THAT(refusal(DK, misplaced), Contains("DDMMYY-SSSS"));
    // Synthetic numbers are a Norwegian and Swedish matter; a test database changes nothing.
    CHECK(check(DK, "010185-1001", testDatabase).valid);
}

// ---------------------------------------------------------------------------------------------
// Keys, names and display forms

TEST_CASE("Kind keys are stable and parse back")
{
    const std::pair<NationalIdKind, const char *> keys[] = {
        {NationalIdKind::NoBirthNumber, "fodselsnummer"},
        {NationalIdKind::NoDNumber, "d-nummer"},
        {NationalIdKind::NoHNumber, "h-nummer"},
        {NationalIdKind::NoSynthetic, "syntetisk"},
        {NationalIdKind::SePersonalNumber, "personnummer"},
        {NationalIdKind::SeCoordinationNumber, "samordningsnummer"},
        {NationalIdKind::DkCpr, "cpr"},
    };
    for (const auto &[kind, key] : keys) {
        CHECK(str(nationalIdKindKey(kind)) == key);
        CHECK(parseNationalIdKindKey(QString::fromUtf8(key)) == kind);
        CHECK_FALSE(nationalIdKindName(kind).isEmpty());
    }
    CHECK(str(nationalIdKindName(NationalIdKind::NoDNumber)) == "D number");
    CHECK(str(nationalIdKindName(NationalIdKind::SeCoordinationNumber)) == "Coordination number");
    CHECK_FALSE(parseNationalIdKindKey(u"D-nummer"_s).has_value());
    CHECK_FALSE(parseNationalIdKindKey(QString()).has_value());
}

TEST_CASE("Display forms round trip through the check")
{
    const NationalIdOptions options = testDatabase;
    struct Case
    {
        JurisdictionCode jurisdiction;
        const char *typed;
        const char *display;
    };
    const Case cases[] = {
        {NO, "01018512366", "010185 12366"},
        {NO, "41018512430", "410185 12430"},
        {NO, "01818512321", "018185 12321"},
        {SE, "811228-1236", "19811228-1236"},
        {SE, "121212+1212", "19121212-1212"},
        {SE, "811288-1233", "19811288-1233"},
        {DK, "0101851001", "010185-1001"},
        {DK, "010185-1000", "010185-1000"},
    };
    for (const Case &c : cases) {
        INFO(c.typed);
        const NationalIdCheck first = check(c.jurisdiction, c.typed, options);
        REQUIRE(first.valid);
        const QString display = formatNationalId(c.jurisdiction, first.normalized);
        CHECK(str(display) == c.display);
        // The display form checks to the same number.
        const NationalIdCheck again = checkNationalId(c.jurisdiction, display, options);
        REQUIRE(again.valid);
        CHECK(str(again.normalized) == str(first.normalized));
        CHECK(again.kind == first.kind);
        CHECK(iso(again.birthDate) == iso(first.birthDate));
    }
    // Anything not in storage form comes back unchanged.
    CHECK(str(formatNationalId(NO, u"0101851236"_s)) == "0101851236");
    CHECK(str(formatNationalId(SE, u"811228-1236"_s)) == "811228-1236");
    CHECK(str(formatNationalId(DK, u"abc"_s)) == "abc");
    CHECK(str(formatNationalId(DK, u"0101851001"_s)) == "010185-1001");
}

TEST_CASE("The default options refuse synthetic numbers and use the current date")
{
    const NationalIdOptions defaults;
    CHECK_FALSE(defaults.allowSynthetic);
    CHECK(defaults.today == QDate::currentDate());
    CHECK(checkNationalId(NO, u"01018512366"_s).valid);
    CHECK_FALSE(checkNationalId(NO, u"01818512321"_s).valid);
    // Far in the future for any run of these tests: 2039 from 500–999 with YY 39.
    CHECK_FALSE(checkNationalId(NO, u"31123999935"_s).valid);
}

TEST_CASE("Test numbers made for demo databases pass the checks only in a test database")
{
    using namespace fremdrift;
    NationalIdOptions test;
    test.allowSynthetic = true;
    test.today = QDate(2026, 11, 22);
    NationalIdOptions real = test;
    real.allowSynthetic = false;
    for (const QDate &born : {QDate(1962, 1, 31), QDate(1985, 2, 28), QDate(2004, 12, 1)}) {
        for (int serial : {0, 7, 19}) {
            const QString no = testNationalId(JurisdictionCode::Norway, born, serial);
            const NationalIdCheck noCheck = checkNationalId(JurisdictionCode::Norway, no, test);
            INFO(no.toStdString() << " " << noCheck.message.toStdString());
            CHECK(noCheck.valid);
            CHECK(noCheck.kind == NationalIdKind::NoSynthetic);
            CHECK(noCheck.birthDate == born);
            CHECK_FALSE(checkNationalId(JurisdictionCode::Norway, no, real).valid);

            const QString se = testNationalId(JurisdictionCode::Sweden, born, serial);
            const NationalIdCheck seCheck = checkNationalId(JurisdictionCode::Sweden, se, test);
            INFO(se.toStdString() << " " << seCheck.message.toStdString());
            CHECK(seCheck.valid);
            CHECK(seCheck.birthDate == born);
            CHECK_FALSE(checkNationalId(JurisdictionCode::Sweden, se, real).valid);
        }
        QSet<QString> norwegian;
        QSet<QString> swedish;
        for (int serial = 0; serial < 60; ++serial) {
            norwegian.insert(testNationalId(JurisdictionCode::Norway, born, serial));
            swedish.insert(testNationalId(JurisdictionCode::Sweden, born, serial));
        }
        CHECK(norwegian.size() >= 40); // some serials meet where a control digit would be 10
        CHECK(swedish.size() == 20);   // the whole of the day's test series
        CHECK(testNationalId(JurisdictionCode::Denmark, born, 1).isEmpty());
    }
}
