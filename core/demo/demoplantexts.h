#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace fremdrift {

// One line of the unit leader's task plan (seed 000), in the jurisdiction's language.
struct DemoTaskText
{
    QString title;
    QString responsible;
    QString status;
};

// What the demo plans say, in the jurisdiction's own language (nb, sv, da): the office writes
// in its own language whatever the interface language. Everything is invented; prose carries
// `marker` so that nobody takes it for a real person's case.
struct DemoPlanTexts
{
    QString marker;
    QString plan1Title; // %1 count, %2 and %3 units
    QString plan2Title; // %1 count, %2 unit
    QString plan3Title; // %1 approximate count
    QString extraTitle; // %1 count, %2 unit, %3 number
    QString goal;
    QString plan1Status;
    QString plan2Status;
    QString plan3Status; // %1 start date
    QString taskPlanTitle;
    QString taskPlanGoal;
    QString taskPlanStatus;
    QList<DemoTaskText> tasks; // seven, in seed 000's order
    QString meetingTitle;      // %1 client
    QString meetingPlace;      // %1 unit
    QString minutes;
    QString agreements;
    QMap<QString, QString> lifeAreas; // lifeAreaIds()
    QString userParticipation;
    QString relativesParticipation;
    QString ownNeedsWishesGoals;
    QString gpTitle;          // %1 GP's name
    QString medicalAsked;
    QString medicalSummary;
    QString recommendation;
    QString supplierSummary;
    QString decisionSection; // %1 the section's subject, for sections nothing prefilled
    QString departmentLeader; // an invented name
    QString noRelative;
};

DemoPlanTexts demoPlanTexts(const QString &language);

} // namespace fremdrift
