#pragma once

#include "jurisdiction/jurisdictionprofile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fremdrift {

// Which days count for deadlines in one jurisdiction, and the deadlines built on them. Built from
// a profile's rules, so an office's edited profile changes the calendar without code. Saturday and
// Sunday are never working days. Cheap to build and copy; const and thread-safe.
class WorkingDayCalendar final
{
public:
    explicit WorkingDayCalendar(const JurisdictionProfile &profile);

    // Easter Sunday by the anonymous Gregorian computus; invalid outside 1583..9999.
    static QDate easterSunday(int year);

    bool isPublicHoliday(QDate date) const;
    // Not a public holiday, but deadlines still move past it (SE midsommarafton, DK 5 June).
    bool isExtraNonWorkingDay(QDate date) const;
    // A weekend, a public holiday or an extra non-working day.
    bool isNonWorkingDay(QDate date) const;
    bool isWorkingDay(QDate date) const { return date.isValid() && !isNonWorkingDay(date); }

    // The public holiday's or extra non-working day's name in `language` ("nb", "en", ...;
    // English if the profile lacks it); empty on other days.
    QString holidayName(QDate date, const QString &language) const;
    // The public holidays in `year`, sorted, each once (NO 2008: Ascension fell on 1 May).
    QList<QDate> publicHolidays(int year) const;

    // `date` itself if it is a working day, else the first working day after it.
    QDate nextWorkingDay(QDate date) const;
    // `days` working days after `date` (0: `date` itself, even if it is not a working day).
    QDate addWorkingDays(QDate date, int days) const;

    int complaintWeeks() const { return m_complaintWeeks; }
    // The last day to complain: `received` plus the profile's weeks (the same weekday), moved
    // forward past non-working days.
    QDate complaintDeadline(QDate received) const;
    // When a letter sent on `sent` is assumed received, if nobody knows the date.
    QDate assumedReceipt(QDate sent, SendMethod method) const;

private:
    static const HolidayRule *ruleOn(const QList<HolidayRule> &rules, QDate date);

    QList<HolidayRule> m_publicHolidays;
    QList<HolidayRule> m_extraDays;
    int m_complaintWeeks = 3;
    AssumedReceipt m_receipt;
};

} // namespace fremdrift
