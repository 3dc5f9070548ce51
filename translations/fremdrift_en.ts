<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>fremdrift::Accounts</name>
    <message numerus="yes">
        <location filename="../core/security/accounts.cpp" line="+87" />
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Wait %n minute and try again.</numerusform>
            <numerusform>Too many wrong passwords. Wait %n minutes and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::AddReviewsDialog</name>
    <message numerus="yes">
        <location filename="../ui/plans/addreviewsdialog.cpp" line="+197" />
        <source>%1 of %n decision(s) ticked</source>
        <translation>
            <numerusform>%1 of %n decision ticked</numerusform>
            <numerusform>%1 of %n decisions ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::BatchDialog</name>
    <message numerus="yes">
        <location filename="../ui/letters/batchdialog.cpp" line="+257" />
        <source>%1 of %n review(s) done</source>
        <translation>
            <numerusform>%1 of %n review done</numerusform>
            <numerusform>%1 of %n reviews done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>Issued %n letter(s) for %1.</source>
        <translation>
            <numerusform>Issued %n letter for %1.</numerusform>
            <numerusform>Issued %n letters for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Stopped before the end: the pre-notice is still missing in %n review(s).</source>
        <translation>
            <numerusform>Stopped before the end: the pre-notice is still missing in %n review.</numerusform>
            <numerusform>Stopped before the end: the pre-notice is still missing in %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Skipped %n review(s); solve what is listed and start again:</source>
        <translation>
            <numerusform>Skipped %n review; solve what is listed and start again:</numerusform>
            <numerusform>Skipped %n reviews; solve what is listed and start again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/clientspage.cpp" line="+174" />
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>The first client; type more to narrow the list.</numerusform>
            <numerusform>The first %n clients; type more to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionsPage</name>
    <message numerus="yes">
        <location filename="../ui/decisions/decisionspage.cpp" line="+320" />
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n letter(s) issued and kept in the archive.</source>
        <translation>
            <numerusform>%n letter issued and kept in the archive.</numerusform>
            <numerusform>%n letters issued and kept in the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::DueStepModel</name>
    <message numerus="yes">
        <location filename="../ui/overview/duestepmodel.cpp" line="+71" />
        <source>Late: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Late: due %1, %n day ago</numerusform>
            <numerusform>Late: due %1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchiveView</name>
    <message numerus="yes">
        <location filename="../ui/letters/letterarchiveview.cpp" line="+177" />
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterDialog</name>
    <message numerus="yes">
        <location filename="../ui/letters/letterdialog.cpp" line="+382" />
        <source>Issue %n letter(s) to %1? They are kept in the archive as issued and cannot be changed.</source>
        <translation>
            <numerusform>Issue %n letter to %1? They are kept in the archive as issued and cannot be changed.</numerusform>
            <numerusform>Issue %n letters to %1? They are kept in the archive as issued and cannot be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47" />
        <source>%n letter(s) issued and kept in the archive. Print them now, or save them as a PDF to send them digitally.</source>
        <translation>
            <numerusform>%n letter issued and kept in the archive. Print them now, or save them as a PDF to send them digitally.</numerusform>
            <numerusform>%n letters issued and kept in the archive. Print them now, or save them as a PDF to send them digitally.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingsPage</name>
    <message numerus="yes">
        <location filename="../ui/meetings/meetingspage.cpp" line="+212" />
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::NewUserDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/usersdialog.cpp" line="+362" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/overviewpage.cpp" line="+403" />
        <source>Decisions to evaluate within %n week(s) that are in no plan (%1)</source>
        <translation>
            <numerusform>Decisions to evaluate within %n week that are in no plan (%1)</numerusform>
            <numerusform>Decisions to evaluate within %n weeks that are in no plan (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79" />
        <source>Add %n decision(s) to review to which progress plan?</source>
        <translation>
            <numerusform>Add %n decision to review to which progress plan?</numerusform>
            <numerusform>Add %n decisions to review to which progress plan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n review added to the plan.</numerusform>
            <numerusform>%n reviews added to the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message numerus="yes">
        <location filename="../ui/login/passworddialog.cpp" line="+26" />
        <source>A new password for %1. It needs at least %n characters.</source>
        <translation>
            <numerusform>A new password for %1. It needs at least %n character.</numerusform>
            <numerusform>A new password for %1. It needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::Passwords</name>
    <message numerus="yes">
        <location filename="../core/security/passwords.cpp" line="+45" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>A password may have at most %n character.</numerusform>
            <numerusform>A password may have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanListModel</name>
    <message numerus="yes">
        <location filename="../ui/plans/planlistmodel.cpp" line="+83" />
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>%1 of %n task done</numerusform>
            <numerusform>%1 of %n tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n review(s) finished; %2 of %3 steps done</source>
        <translation>
            <numerusform>%1 of %n review finished; %2 of %3 steps done</numerusform>
            <numerusform>%1 of %n reviews finished; %2 of %3 steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanReport</name>
    <message numerus="yes">
        <location filename="../core/documents/planreport.cpp" line="+111" />
        <source>%1 (%n review(s))</source>
        <translation>
            <numerusform>%1 (%n review)</numerusform>
            <numerusform>%1 (%n reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanStepsModel</name>
    <message numerus="yes">
        <location filename="../ui/plans/planstepsmodel.cpp" line="+65" />
        <source>%n review(s) past the due date of this step</source>
        <translation>
            <numerusform>%n review past the due date of this step</numerusform>
            <numerusform>%n reviews past the due date of this step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanViewWidget</name>
    <message numerus="yes">
        <location filename="../ui/plans/planview.cpp" line="+413" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n review added to the plan.</numerusform>
            <numerusform>%n reviews added to the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PlansPage</name>
    <message numerus="yes">
        <location filename="../ui/plans/planspage.cpp" line="+193" />
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ReportsPage</name>
    <message numerus="yes">
        <location filename="../ui/reports/reportspage.cpp" line="+327" />
        <source>%n row(s), newest first</source>
        <translation>
            <numerusform>%n row, newest first</numerusform>
            <numerusform>%n rows, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The audit log's chain holds: none of its %n row(s) was changed, added or removed afterwards.</source>
        <translation>
            <numerusform>The audit log's chain holds: none of its %n row was changed, added or removed afterwards.</numerusform>
            <numerusform>The audit log's chain holds: none of its %n rows was changed, added or removed afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewWindow</name>
    <message numerus="yes">
        <location filename="../ui/reviews/reviewwindow.cpp" line="+638" />
        <source>The pre-notice is issued (%n letter(s)) and kept in the archive.</source>
        <translation>
            <numerusform>The pre-notice is issued (%n letter) and kept in the archive.</numerusform>
            <numerusform>The pre-notice is issued (%n letters) and kept in the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffPasswordDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/usersdialog.cpp" line="+71" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateEditor</name>
    <message numerus="yes">
        <location filename="../ui/templates/templateeditor.cpp" line="+305" />
        <source>%n error(s) in the template: it cannot be saved until they are put right.</source>
        <translation>
            <numerusform>%n error in the template: it cannot be saved until they are put right.</numerusform>
            <numerusform>%n errors in the template: it cannot be saved until they are put right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n problem(s) in the sample letter: letters would be stopped until they are put right.</source>
        <translation>
            <numerusform>%n problem in the sample letter: letters would be stopped until they are put right.</numerusform>
            <numerusform>%n problems in the sample letter: letters would be stopped until they are put right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateParser</name>
    <message numerus="yes">
        <location filename="../core/letters/templatelanguage.cpp" line="+289" />
        <source>%n more error(s) not listed: fix the ones above and check again.</source>
        <translation>
            <numerusform>%n more error not listed: fix the ones above and check again.</numerusform>
            <numerusform>%n more errors not listed: fix the ones above and check again.</numerusform>
        </translation>
    </message>
</context>
</TS>
