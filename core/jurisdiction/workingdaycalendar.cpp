#include "jurisdiction/workingdaycalendar.h"

#include <algorithm>

namespace fremdrift {

namespace {

// No real profile makes a year's worth of days in a row non-working; a broken one must not hang.
constexpr int maxSkippedDays = 366;

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

} // namespace

WorkingDayCalendar::WorkingDayCalendar(const JurisdictionProfile &profile)
    : m_publicHolidays(profile.publicHolidays)
    , m_extraDays(profile.extraNonWorkingDays)
    , m_complaintWeeks(profile.complaint.weeks)
    , m_receipt(profile.assumedReceipt)
{
}

QDate WorkingDayCalendar::easterSunday(int year)
{
    if (year < 1583 || year > 9999)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return QDate(year, n / 31, n % 31 + 1);
}

const HolidayRule *WorkingDayCalendar::ruleOn(const QList<HolidayRule> &rules, QDate date)
{
    if (!date.isValid())
        return nullptr;
    for (const HolidayRule &rule : rules) {
        if (rule.dateIn(date.year()) == date)
            return &rule;
    }
    return nullptr;
}

bool WorkingDayCalendar::isPublicHoliday(QDate date) const
{
    return ruleOn(m_publicHolidays, date) != nullptr;
}

bool WorkingDayCalendar::isExtraNonWorkingDay(QDate date) const
{
    return ruleOn(m_extraDays, date) != nullptr;
}

bool WorkingDayCalendar::isNonWorkingDay(QDate date) const
{
    return date.isValid()
           && (isWeekend(date) || isPublicHoliday(date) || isExtraNonWorkingDay(date));
}

QString WorkingDayCalendar::holidayName(QDate date, const QString &language) const
{
    const HolidayRule *rule = ruleOn(m_publicHolidays, date);
    if (!rule)
        rule = ruleOn(m_extraDays, date);
    return rule ? rule->name.text(language) : QString();
}

QList<QDate> WorkingDayCalendar::publicHolidays(int year) const
{
    QList<QDate> dates;
    for (const HolidayRule &rule : m_publicHolidays) {
        if (const auto date = rule.dateIn(year); date && !dates.contains(*date))
            dates.append(*date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

QDate WorkingDayCalendar::nextWorkingDay(QDate date) const
{
    for (int skipped = 0; date.isValid() && skipped <= maxSkippedDays; ++skipped) {
        if (!isNonWorkingDay(date))
            return date;
        date = date.addDays(1);
    }
    return {};
}

QDate WorkingDayCalendar::addWorkingDays(QDate date, int days) const
{
    for (int counted = 0; counted < days && date.isValid(); ++counted)
        date = nextWorkingDay(date.addDays(1));
    return date;
}

QDate WorkingDayCalendar::complaintDeadline(QDate received) const
{
    if (!received.isValid())
        return {};
    return nextWorkingDay(received.addDays(7 * static_cast<qint64>(m_complaintWeeks)));
}

QDate WorkingDayCalendar::assumedReceipt(QDate sent, SendMethod method) const
{
    const ReceiptRule &rule = m_receipt.rule(method);
    if (!sent.isValid())
        return {};
    return rule.workingDays ? addWorkingDays(sent, rule.days) : sent.addDays(rule.days);
}

} // namespace fremdrift
