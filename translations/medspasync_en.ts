<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>msp::server</name>
    <message numerus="yes">
        <source>%n protected field(s) changed on another device too; see Needs attention.</source>
        <translation>
            <numerusform>%n protected field changed on another device too; see Needs attention.</numerusform>
            <numerusform>%n protected fields changed on another device too; see Needs attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msp::sync</name>
    <message numerus="yes">
        <source>Synced, %n change(s) waiting</source>
        <translation>
            <numerusform>Synced, %n change waiting</numerusform>
            <numerusform>Synced, %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n change(s)</source>
        <translation>
            <numerusform>Syncing %n change</numerusform>
            <numerusform>Syncing %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline since %1 — %n change waiting</numerusform>
            <numerusform>Offline since %1 — %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msp::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of records that may be the same person. Select a pair and choose &quot;Review and merge…&quot;.</source>
        <translation>
            <numerusform>%n group of records that may be the same person. Select a pair and choose &quot;Review and merge…&quot;.</numerusform>
            <numerusform>%n groups of records that may be the same person. Select a pair and choose &quot;Review and merge…&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msp::ui::MergeHistoryModel</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s)</source>
        <translation>
            <numerusform>%n deposit</numerusform>
            <numerusform>%n deposits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlist entry(ies)</source>
        <translation>
            <numerusform>%n waitlist entry</numerusform>
            <numerusform>%n waitlist entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msp::ui::SyncPage</name>
    <message numerus="yes">
        <source>%n change(s) made here, not yet on the server</source>
        <translation>
            <numerusform>%n change made here, not yet on the server</numerusform>
            <numerusform>%n changes made here, not yet on the server</numerusform>
        </translation>
    </message>
</context>
</TS>
