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
    <name>msp::ui::PendingPaymentRecovery</name>
    <message numerus="yes">
        <source>%n card payment(s) from before the restart went through and are recorded.</source>
        <translation>
            <numerusform>%n card payment from before the restart went through and is recorded.</numerusform>
            <numerusform>%n card payments from before the restart went through and are recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) from before the restart were not charged; take them again.</source>
        <translation>
            <numerusform>%n card payment from before the restart was not charged; take it again.</numerusform>
            <numerusform>%n card payments from before the restart were not charged; take them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) still have no answer from Stripe; they are checked again at the next start or when taken again.</source>
        <translation>
            <numerusform>%n card payment still has no answer from Stripe; it is checked again at the next start or when taken again.</numerusform>
            <numerusform>%n card payments still have no answer from Stripe; they are checked again at the next start or when taken again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card refund(s) waiting since before the restart were sent.</source>
        <translation>
            <numerusform>%n card refund waiting since before the restart was sent.</numerusform>
            <numerusform>%n card refunds waiting since before the restart were sent.</numerusform>
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
