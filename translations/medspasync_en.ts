<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>msp::reconcilestore</name>
    <message numerus="yes">
        <source>accepted split of %n lines</source>
        <translation>
            <numerusform>accepted split of %n line</numerusform>
            <numerusform>accepted split of %n lines</numerusform>
        </translation>
    </message>
</context>
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
    <name>msp::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read, %1 to import</source>
        <translation>
            <numerusform>%n row read, %1 to import</numerusform>
            <numerusform>%n rows read, %1 to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are skipped</source>
        <translation>
            <numerusform>%n row with problems is skipped</numerusform>
            <numerusform>%n rows with problems are skipped</numerusform>
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
    <name>msp::ui::ReconcileBandModel</name>
    <message numerus="yes">
        <source>Matched (%n)</source>
        <translation>
            <numerusform>Matched (%n)</numerusform>
            <numerusform>Matched (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To review (%n)</source>
        <translation>
            <numerusform>To review (%n)</numerusform>
            <numerusform>To review (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched (%n)</source>
        <translation>
            <numerusform>Unmatched (%n)</numerusform>
            <numerusform>Unmatched (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msp::ui::ReconciliationPage</name>
    <message numerus="yes">
        <source>%1: %n redemption(s), %2</source>
        <translation>
            <numerusform>%1: %n redemption, %2</numerusform>
            <numerusform>%1: %n redemptions, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Money at risk: %1 in %n redemption(s) with no tender line</source>
        <translation>
            <numerusform>Money at risk: %1 in %n redemption with no tender line</numerusform>
            <numerusform>Money at risk: %1 in %n redemptions with no tender line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n match(es).</source>
        <translation>
            <numerusform>Accepted %n match.</numerusform>
            <numerusform>Accepted %n matches.</numerusform>
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
