<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>fremdrift::Accounts</name>
    <message numerus="yes">
        <location filename="../core/security/accounts.cpp" line="+87"/>
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Wait %n minute and try again.</numerusform>
            <numerusform>Too many wrong passwords. Wait %n minutes and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/clientspage.cpp" line="+174"/>
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>The first client; type more to narrow the list.</numerusform>
            <numerusform>The first %n clients; type more to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../ui/decisions/decisionspage.cpp" line="+310"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::EmptyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/emptypage.cpp" line="+40"/>
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>This database holds %n record of this kind.</numerusform>
            <numerusform>This database holds %n records of this kind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message numerus="yes">
        <location filename="../ui/login/passworddialog.cpp" line="+26"/>
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
        <location filename="../core/security/passwords.cpp" line="+45"/>
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>A password may have at most %n character.</numerusform>
            <numerusform>A password may have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
