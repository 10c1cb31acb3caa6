<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>msp::Appointment</name>
    <message>
        <location filename="../model/domain/appointment.cpp" line="+13"/>
        <source>Choose the client for this appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment times must be stored in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appointment must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appointment can last at most 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::AppointmentStatus</name>
    <message>
        <location filename="../model/domain/appointmentstatus.cpp" line="+42"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::Client</name>
    <message>
        <location filename="../model/domain/client.cpp" line="+49"/>
        <source>Notes can have at most 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a phone number or an e-mail address so the clinic can reach the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::DateOfBirth</name>
    <message>
        <location filename="../model/domain/dateofbirth.cpp" line="+13"/>
        <source>Enter the date of birth as year-month-day, for example 1984-03-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth is in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth is more than 130 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::Email</name>
    <message>
        <location filename="../model/domain/email.cpp" line="+15"/>
        <source>Enter an e-mail address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e-mail address needs exactly one @, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the part before the @, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the domain after the @, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain after the @ must look like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part before the @ has characters an e-mail address cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address can have at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::Invoice</name>
    <message>
        <location filename="../model/domain/invoice.cpp" line="+84"/>
        <source>Each line needs a quantity of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a discount line can have a negative price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A discount must be entered as a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A loyalty reward needs the program&apos;s authorisation code, so the manufacturer reimburses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::Money</name>
    <message>
        <location filename="../model/domain/money.cpp" line="+12"/>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not an amount. Use digits with an optional decimal point, for example 125.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an amount. Use digits with at most two decimals, for example 125.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::PersonName</name>
    <message>
        <location filename="../model/domain/personname.cpp" line="+30"/>
        <source>Enter the client&apos;s legal first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client&apos;s legal last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name can have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::Phone</name>
    <message>
        <location filename="../model/domain/phone.cpp" line="+14"/>
        <source>Enter a phone number, for example (555) 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A phone number may only contain digits, spaces, dashes, brackets and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A US or Canadian number has 10 digits, for example (555) 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid US or Canadian number: area code and exchange cannot start with 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An international number has 8 to 15 digits including the country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::Role</name>
    <message>
        <location filename="../model/domain/role.cpp" line="+29"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::TenderKind</name>
    <message>
        <location filename="../model/domain/tenderkind.cpp" line="+33"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::WorkingHours</name>
    <message>
        <location filename="../model/domain/workinghours.cpp" line="+16"/>
        <source>The day of the week must be 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each working period must start before it ends, within the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working periods on one day must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The stored working hours are unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::app</name>
    <message>
        <location filename="../app/core/storeopener.cpp" line="+20"/>
        <source>Opening the clinic database was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This clinic database is protected by a passphrase, and there is no way to ask for it here. Set MEDSPASYNC_PASSPHRASE or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That passphrase does not unlock this clinic database. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase of at least 10 characters; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data folder %1 cannot be created. Choose a folder you can write to (--data-dir) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clinic database could not be unlocked: %1. Its key is not in this computer&apos;s keychain (it may have been created by another user account or on another computer). Nothing was changed. Sign in as the user who set it up, or restore the keychain from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinic database %1 is protected by a key in the system keychain, and the keychain did not answer (%2). Nothing was changed. Unlock the keychain (sign in to the desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a passphrase to encrypt this clinic&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available on this computer, so the clinic&apos;s data will be encrypted with a passphrase. Choose one and keep it safe: without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storeprotection.cpp" line="+16"/>
        <source>The clinic database could not be unlocked: %1 is missing or damaged, so it is not known how the store&apos;s key is protected. Nothing was changed. Restore the data folder from a backup, or start with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The data folder %1 cannot be written. Choose a folder you can write to (--data-dir) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypted · key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted · passphrase (no keychain available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::protocol</name>
    <message>
        <location filename="../sync/protocol/authcodec.cpp" line="+22"/>
        <location filename="../sync/protocol/mutationargs.cpp" line="+35"/>
        <source>The field &quot;%1&quot; must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/protocol/mutationargs.cpp" line="+14"/>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appointment lasts at most 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+60"/>
        <source>Unknown appointment status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The client field &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An update must change at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change of &quot;%1&quot; must be {&quot;old&quot;: ..., &quot;new&quot;: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/protocol/mutationcodec.cpp" line="+50"/>
        <source>A push holds at most %1 mutations; split the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each mutation must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mutation ids must be positive and consecutive within a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown mutation &quot;%1&quot;; update the server or the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The outcome must be &quot;applied&quot; or &quot;rejected&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rejected mutation must carry a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each free slot must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each result must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/protocol/pullcodec.cpp" line="+20"/>
        <source>The cursor is not one this server handed out; pull again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Each row must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each tombstone must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/protocol/wiretime.cpp" line="+19"/>
        <source>The field &quot;%1&quot; must be an ISO 8601 time in UTC, like 2025-03-01T09:30:00.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::protocol::json</name>
    <message>
        <location filename="../sync/protocol/jsonread.cpp" line="+19"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request body is empty; send a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::security</name>
    <message>
        <location filename="../model/security/passwordhash.cpp" line="+30"/>
        <source>The password could not be protected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key could not be derived (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::store</name>
    <message>
        <location filename="../model/store/appointmentrepository.cpp" line="+70"/>
        <source>the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This time is taken: %1 is already booked then (appointment %2). Choose another time, practitioner or room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>An appointment that is %1 cannot be marked %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/auditlog.cpp" line="+110"/>
        <source>The audit log was altered at event %1: its record does not match the chain. Keep this database for investigation and contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/clientrepository.cpp" line="+97"/>
        <source>This client record no longer exists. It may have been merged into another record; search for the client again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/clinicrepository.cpp" line="+31"/>
        <source>Enter the clinic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This store has no clinic set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/invoicerepository.cpp" line="+164"/>
        <source>This invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/permissions.cpp" line="+12"/>
        <source>Your role (%1) does not allow this. Ask a manager or an administrator to do it, or to change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/practitionerrepository.cpp" line="+22"/>
        <source>Enter the practitioner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This practitioner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service needs a duration above zero and buffers of zero or more minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This service no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/storeerrors.cpp" line="+11"/>
        <source>The clinic database could not be unlocked: %1. The key does not match this file, or the file is not a MedSpaSync Pro database. The file was not changed. If this store is protected by a passphrase, check it and try again; if the key was lost, restore the folder from a backup or start with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clinic database %1 was written by a newer version of MedSpaSync Pro (format %2; this program knows up to %3). It was not opened and not changed. Install the latest version of MedSpaSync Pro to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clinic database %1 could not be used while %2: %3. Nothing was saved by this step. Check that the disk has free space and that the folder can be written, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/store/userrepository.cpp" line="+35"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a password for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The user name or password is not right. Check Caps Lock and try again, or ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::ui::AppointmentDayModel</name>
    <message>
        <location filename="../ui/calendar/appointmentdaymodel.cpp" line="+42"/>
        <source>Unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+21"/>
        <source>Sign in — MedSpaSync Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MedSpaSync Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your clinic account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msp::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/common/placeholderpage.cpp" line="+57"/>
        <source>Coming in a later release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
