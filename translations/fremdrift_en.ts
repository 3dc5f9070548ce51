<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>fremdrift::ClientsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/clientspage.cpp" line="+155" />
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
        <location filename="../ui/decisions/decisionspage.cpp" line="+292" />
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
        <location filename="../ui/pages/emptypage.cpp" line="+40" />
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>This database holds %n record of this kind.</numerusform>
            <numerusform>This database holds %n records of this kind.</numerusform>
        </translation>
    </message>
</context>
</TS>
