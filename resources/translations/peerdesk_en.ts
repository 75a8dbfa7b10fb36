<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The backup from {when} was made with an earlier passphrase (before the records were handed over), so this passphrase cannot open it. It stays in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

No good backup was found in {folder}, so peerdesk cannot put one in its place. The damaged file is still at {path}, unchanged: keep it, and ask for help before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk backs up your records by itself every half hour when something has changed, and when you close it. It keeps every backup from today and yesterday, then one a day for a week, one a week for two months and one a month for a year.

Backups are kept in {folder}. To keep a copy somewhere else too, copy that folder to a memory stick now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problems}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been done with the records that matters for their safety, newest first. This list cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add dates away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tra&amp;ining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind to the training list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named and anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first came in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had come before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different
people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New
people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were held in these dates by the groups ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some small numbers are hidden so that nobody can be identified; the report explains why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sessions were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new schedule for {name} no longer includes these sessions, but they were kept because they were changed by hand or already have records such as attendance:

{dates}

Cancel them on the Groups page if they will not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} more characters needed (at least {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more character needed (at least {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long enough, but it repeats the same few characters: easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: long and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long enough. Another word or two would make it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are now locked with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (added {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who have not come to any session for {months} months, longest unseen first. The consent form tells people their details go twelve months after their last visit. Erase those who have moved on; if someone is still in touch, ask them to renew their consent instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People not seen for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep name and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on {day} · lapses on {lapse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said no on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed: agreed on {day}, time to ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent lapsed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} held without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not agree to records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {decision} on {when}, {how}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, recorded by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paper form {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held (cancelled ones are not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by people on the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits counted in the anonymous headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named and unnamed visits together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different named people who came (unnamed people cannot be told apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people who came to this group for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people who had come to this group before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate, imported too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}, {who}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details kept: {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a note ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name and press Enter to mark them present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “{q}”. Press Enter to add them as a newcomer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already marked present. Ctrl+Enter adds “{q}” as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter marks {name} present · Down to choose · Ctrl+Enter adds “{q}” as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} here (counted, not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{named} named + {unnamed} unnamed = {total} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} places to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks {n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the proposal changes who is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered
these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given
these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered
over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given
over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share
over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions they offered in these dates (their monthly offer, for these days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions they are on in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions offered over the 12 months before these dates, and in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done in the 12 months before these dates, and given in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was given as a share of what was offered, over the past year and these dates: a fair rota keeps these shares close to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was given {given} of the {offered} sessions they offered over the past year and these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together
these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together
over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions the two are on together in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions together in the 12 months before these dates, and in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every place is filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place still to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} places still to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rota, {dates}: {sessions}, {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same people as the saved rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session differs from the saved rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions differ from the saved rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal, {dates}: {sessions}, {places}; {differ}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access details yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting there: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} as a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} as no longer a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} as sending apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add newcomer {name} (undo marks them absent; they stay in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the unnamed headcount from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named (headcount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance at the latest {n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {named} named, {unnamed} not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who came but are not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count everyone who came but did not want to be named (0 to {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who came but are &amp;not named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row to read everything about it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent forms for newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many blank consent forms to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies for participants beyond the number usually expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the handouts to print in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (your PDF, {pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a part; Ctrl+Up and Ctrl+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this part earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this part later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session p&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support li&amp;nes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who to call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover sheet saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group agreement saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support lines saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be read back for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session that day: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cancelled ({reason}): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked: left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session: one will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to record by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} already in peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount {n} to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount already {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount {old} kept (the file says {new})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount {n} too big to be right: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session, and what happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column}, headed “{heading}”: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}, {name}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;cilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates, what they offered, time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rul&amp;es…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the &amp;rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out a fair rota for these dates; you see it before it is saved (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print rota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability f&amp;orms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms for facilitators to say which sessions they can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rota rules of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one group to see or change its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the proposal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rota as a PDF to print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar file (.ics) for each facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the proposal first: this is made from the saved rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the rota to see who is on it and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end} at {venue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no venue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group asks for {n} facilitators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group asks for 1 facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a proposal: save it (or discard it) before changing it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facilitator in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock: filling the rota again may put someone else here (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock: {name} stays on this session when the rota is filled again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair here means that each person&apos;s load is in proportion to what they offered, counting the past 12 months as well as these dates: someone who offered twice as many sessions can expect about twice as many. When the shares in the last column are close to each other, the rota is fair. Click a heading to sort; rest the pointer on it to see what it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody facilitates these groups yet, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions offered and given, per facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each two facilitators work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: how often each two work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of peerdesk cannot make {what} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page for each facilitator listing the sessions of their groups in these dates, to tick when they can come, and a blank page for someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the dates is before their start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on the rota in these dates: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {what} as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} files were saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota {start} to {end}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rota as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printed rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability {start} to {end}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the availability forms as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save a calendar file for each facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} calendar files, one for each facilitator, were saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is back on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was taken off {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put them back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(to come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain copy saved to {path}. Anyone who gets it can read it: delete it when you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This financial year (from 1 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>Right of access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything peerdesk holds about one person, for them to see: a PDF to read and a JSON file for other programs. The law gives a month to reply, counted from the day they asked. The file names never include their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({full})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotect the files with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the files with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF asks for this passphrase in any PDF reader. Tell it to the person separately (in person or by phone), never with the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets these files (a lost memory stick, an email sent to the wrong address) can read everything the group holds about this person.

Save them without a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person the report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they asked cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is made ({pages} pages):
{pdf}
{json}

The reply is due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date has passed: please send it as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both files are protected with the passphrase you chose. Give it to the person separately, not with the files. The JSON file opens with “peerdesk unseal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are not protected: anyone who gets them can read them. Give them to the person directly, and keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Group agreement — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement printed in the pack and read out at the start. Write it in the group&apos;s own words; leave it empty to use peerdesk&apos;s suggested wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;suggested wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is too long to print (10,000 letters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backed up automatically at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Back up now to make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked: {name} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backups folder yet: back up now to make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup of {when} in place of the records as they are now?

Anything entered since then will no longer show. Nothing is deleted: the database as it is now is kept aside, beside it, so it can be brought back.

peerdesk closes the records for a moment while it does this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is from before a hand-over, so it needs the passphrase of then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The records as they were before are kept beside the database. Automatic backups are paused until peerdesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchConsentDialog</name>
    <message>
        <source>Tick in several consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date on the forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} of “{title}”. Type a name and press Enter to add their form; tick what each person agreed to (Space ticks). Unticked boxes are recorded as a no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected person off this list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a form for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name, then Enter to add their form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else matches “{q}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds {name} · {n} of {total} · Up and Down choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ticked for {name}. Tick what their form says, or remove their row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone first: type a name above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer in the directory (someone else may have removed them). Remove their row; nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Cancel a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: hall closed for repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (needed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for opening peerdesk on this computer. The recovery sheet you already have keeps working.

Handing the records over to someone else? Use File&#xa0;▸&#xa0;Hand over to a new organiser instead: it also makes a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find anyone by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version of the wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (newest first; nothing is ever changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick in several forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session: several paper forms at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current form: “{title}”, version {n}, asked again every {m} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found for “{q}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “{q}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one needs attention: everyone&apos;s consent is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where {name} stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded, then erased {name}: the sessions they came to now count them anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded from {n} forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their {field} has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no longer agrees to us keeping their name and attendance. Erase them now? Their name, details and consent history are deleted; the sessions they came to keep them as an anonymous count. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been erased; {n} sessions now count them anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} of the wording is now used for everyone asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStatePanel</name>
    <message>
        <source>Where they stand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent to {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They no longer agree to: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverDetailsDialog</name>
    <message>
        <source>Cover sheet — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call if something goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Priya (organiser) 07700 900111; the hall&apos;s key holder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who to call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedOffer</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged, so peerdesk cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is right, but the database is damaged, so peerdesk cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read safely.

The newest good backup is from {when}. peerdesk can put it in place of the damaged file. Anything entered after {when} is not in the backup. The damaged file is not deleted: it is kept aside, unchanged, beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems in the database:

{problems}

Nothing was changed. Your backups (File ▸ Backups…) hold earlier copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date on the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include people who are archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include people who are archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People: names and the contact details kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent: where each person stands today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance of one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rota: who facilitates each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold personal data: names, and contact details where they are kept. Keep them safe, and delete them when they have done their job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are saved so that only you can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed file opens with its passphrase in File&#xa0;▸&#xa0;Open a sealed file… (or peerdesk unseal), which saves a plain copy for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prot&amp;ect the file with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the file with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it agai&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet, so there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets this file (a lost memory stick, an email sent to the wrong address) can read the names and details in it.

Save it without a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files sealed with a passphrase (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was nothing to export for these choices: {path} holds only the headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sealed with the passphrase: give the passphrase separately to whoever gets the file. “peerdesk unseal” opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not protected: anyone who gets it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraSessionDialog</name>
    <message>
        <source>Extra session for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra session is added just once; the group&apos;s usual schedule does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: summer social in the park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorProfileDialog</name>
    <message>
        <source>Add {name} as a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: facilitator profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups they facilitate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to facilitating, learning alongside others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a month offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started recentl&amp;y, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started facilitating recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their fair share then counts only the months since they started, and the rota never puts them on before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started facilitating on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical things, for example: holds the spare key for the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups they facilitate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a &amp;month offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training li&amp;st…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or rename the kinds of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the facilitators of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a facilitator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected profile (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;facilitating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or rename the kinds of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitators yet: “Add a facilitator” adds the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the people directory is already a facilitator. Add the person on the People page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {name} facilitating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be put on the rota, and their facilitator profile (groups, usual days, dates away and trainings) is removed.

Past rota entries stay as they are, and so do sessions they are already on: change those on the Rota page. {name} stays in the people directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of what the groups did in a period, for a funder: it names nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save people, consent, attendance or the rota as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period ({end}) is before its start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet, so there are no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were held in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions were held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{held}: {named} visits by named people and {unnamed} unnamed visits (headcount), {total} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} named people came in this period; {first} came for the first time and {back} of them came back within {weeks} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed visits are counted but cannot be followed from week to week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one person on each row, such as the list the group already keeps. Nothing is saved until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk looks for the row of headings, such as “Name”, “Known as”, “Phone”, “Email” and “OK to contact?”; title lines and blank rows above it are passed over. You can say what each column holds on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been read as {how}.
The headings are on row {line}, with {rows} below them. Press Next to check what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the spreadsheet is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where the file is, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file whose location is typed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook has several sheets. Sheet to &amp;import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where the file is, or choose it with “Choose a file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}: row {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the file was not read. Choose it again, or another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The folder {folder} could not be made ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, protect your group&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk keeps a note of who comes to your group. Going to a mental-health group says something about a person&apos;s health, so the law treats these records as health data, and they must be kept safe.

Choose a passphrase to lock them. Without it, nobody who uses or finds this laptop can read them. peerdesk asks for it each time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the records with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the records with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No passphrase: this computer&apos;s whole disk is already encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked that this computer&apos;s disk is encrypted with &amp;BitLocker (Windows), FileVault (Mac) or LUKS (Linux). I understand that anyone who can log in to this computer can read the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked that this computer&apos;s disk is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records will be kept in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on without a passphrase, tick the box to confirm that this computer&apos;s disk is encrypted. If you are not sure, choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the database and locking it with your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart using peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderReportDialog</name>
    <message>
        <source>Funder report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide numbers below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide numbers &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group met between {start} and {end}, so there is nothing to report. Choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one group for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: no sessions in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers from 1 to {below} are shown as “fewer than {n}”, so that nobody in a small group can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report {start} to {end}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Tuesday drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line or two about the group, for the cover sheet and for newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count people only, never take &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count people only, never take names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;venue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected group (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import past registers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record past attendance from the group&apos;s paper registers, typed into a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. “New group” adds the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? It will no longer be listed and its sessions leave the home page. Nothing is deleted: tick “Show archived” to find it and restore it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over to a new organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when someone new takes over the laptop and the group&apos;s records.

•  The new organiser chooses a new passphrase, and peerdesk makes a new recovery key for a new recovery sheet.
•  The old passphrase and the old recovery sheet stop working. Shred the old sheet once the new one is printed.
•  Nothing in the records changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the new recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are now locked with the new passphrase. This is the new recovery key, shown only this once: print or save the new sheet now. The old recovery sheet no longer opens the records, so shred it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase: the old one is meant to stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new key and locking the records with it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over did not finish ({reason}). Nothing in the records was lost: unlock with the old passphrase or the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the pack for the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pack for the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the next four weeks, and each group&apos;s next one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the pack for the next session ({when}, {group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;register for today&apos;s {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;register for the last session ({when}, {group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions are planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session: {when}, {time} at {venue} — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session: {when}, {time} — {group} (no venue yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizardFrame</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group&apos;s records are locked, so nothing about anyone can be seen on this screen. Unlock with your passphrase to carry on.

peerdesk locks itself after a few minutes without use, when the computer sleeps or its screen locks, and whenever you choose File&#xa0;▸&#xa0;Lock&#xa0;now (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup was restored. The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing the records over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery sheet you have still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over: the new passphrase and recovery key are in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;peerdesk {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions, attendance, consent, the facilitator rota and session packs for peer support groups run by volunteers.&lt;/p&gt;&lt;p&gt;Everything is kept on this computer, in {path}.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say what each column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk has guessed from the headings. Check each column and change any guess that is wrong; choose “Don&apos;t import” for anything peerdesk should not keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers and emails are kept only for people whose contact consent column says yes; without one, they are left out. Columns that look like health information (a diagnosis, medication, a GP…) are never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {n} (no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown: health information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “{column}” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never imported: health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk never keeps health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{columns} are all chosen as “{field}”. Choose “Don&apos;t import” for all but one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{columns} are both chosen as “{field}”. Choose “Don&apos;t import” for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or go Back and choose another sheet of the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what these choices would mean…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these choices: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen as the contact consent, so no phone numbers or emails will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <source>Move a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the hall is being painted, so we meet in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Choose how to import the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing would do is worked out again as you change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add sessions that are not in peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sessions that are not in peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date on which the group has no session is skipped, unless this is ticked: then an extra session is added for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone named has agreed on paper to their name being kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone named has agreed on paper to their name being kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk keeps a name only with that person&apos;s consent. Without this ticked, anyone who has not given consent in peerdesk is counted in the session&apos;s anonymous headcount, not by name, and their apologies are not kept. Ticked, people new to peerdesk are added with just their name and their consent is recorded as given on paper; people already in peerdesk keep their own consent record, which this never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of dates written without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For headings such as “3 Nov”: the year in the register&apos;s title, else the year whose sessions fit the dates best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of dates written without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what importing would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you import:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPrinter</name>
    <message>
        <source>Session pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending page {number} of {total} to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages were sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not printed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackRangeDialog</name>
    <message>
        <source>Packs for a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF for each session in the dates you choose, named by date and group. Each group&apos;s own choice of parts, copies and handouts is used, on the paper and print size chosen on the Packs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a folder that exists for the packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions in those dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack 1 of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped as asked: {written} of {total} packs were saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pack was saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} packs were saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cancelled sessions got no pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSessionPicker</name>
    <message>
        <source>Session to print the pack for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts, in print order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper and copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pack (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs for a date &amp;range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to make a pack for yet. Add a group with a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the pack could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages · {staff} copies for facilitators, {people} for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page · {staff} copies for facilitators, {people} for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: tick at least one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is still being made; Print again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pack as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second box does not match the first yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type it again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastPassphraseDialog</name>
    <message>
        <source>The passphrase of then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made before the records were handed over, so today&apos;s passphrase does not open it. Type the passphrase that was in use then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by any part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by any part of a name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to the directory (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions the selected person came to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected person agreed to, on the Consent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of access re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything peerdesk holds about the selected person, as a PDF and a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a spreadsheet (CSV or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the directory yet. “Add person” adds the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} match “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} of them archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? They will no longer be listed in the directory. Nothing is deleted: tick “Show archived” to find them and restore them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list to see what the directory holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a preferred name is needed. Everything else is optional: leave out anything someone would rather not share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if they want to give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example she/her, he/him, they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example step-free access, large print, a hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical things only, like “needs a lift home” or “brings a guide dog”. Please never write anything about someone&apos;s health here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record their consent to be phoned or texted first (on the Consent page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record their consent to be emailed first (on the Consent page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept without their consent: saving removes it. To keep it, record their consent on the Consent page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs their consent first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>{name}: sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions {name} came to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not been marked at any session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} came to 1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} came to {came} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and sent apologies for {apologies}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Add a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone from the people directory. Only people who are not facilitators yet are listed; someone new is added on the People page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a name; Down goes to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who are not facilitators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “{q}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Session plan — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running order printed for the facilitators: how many minutes each part takes, what it is, and a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;suggested plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the minutes should be a number, like 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: please say what happens in that part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check every row before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a problem are skipped: put them right in your spreadsheet and import it again later. Nothing is saved until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;likely duplicates too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import likely duplicates too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that look like someone already in peerdesk, or like an earlier row, are skipped unless this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you press Import now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can be imported as things are: go Back to check the columns, or fix the spreadsheet and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: {done} of {total} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalBanner</name>
    <message>
        <source>&lt;b&gt;Proposal — not saved yet.&lt;/b&gt; Look it over: “Save this rota” keeps it (locked choices stay as they are), “Discard” leaves the saved rota as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve this rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the proposal as the rota (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the proposal away; the saved rota stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectDatabaseDialog</name>
    <message>
        <source>Protect this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the records with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the moment anyone who uses or finds this computer can read these records. Going to a mental-health group says something about a person&apos;s health, so the law treats them as health data.

Choose a passphrase: peerdesk locks the records with it and asks for it each time it opens. Next you get a recovery key, the only other way in if the passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} backups in {folder} are not locked, so they are deleted; new backups are locked like the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made from now on are locked like the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup in {folder} is not locked, so it is deleted; new backups are locked like the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made elsewhere (exports, a copy on a memory stick) are not changed: delete them if they are no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records stay in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the records with your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the records again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} The records could not be opened again ({again}): close peerdesk and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not locked: {message} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the recovery key safe first, then tick the box and press Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} of “{title}”. Tick only what {name} agreed to: anything left unticked is recorded as a no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not ticked the box to keep their name and attendance: they will be counted at sessions but not kept by name. After recording you can erase them; the sessions they came to keep them as an anonymous count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signed form is kept, for example folder 2, form 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick phone calls or text messages above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick email above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked, so their {fields} will be deleted when you record this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their consent is saved. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} after recording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} did not agree to us keeping their name and attendance. They will still be counted at sessions, but not kept by name.

Yes: record their answers, then erase {name} now. The sessions they came to keep them as an anonymous count.
No: record their answers only; they stay listed under “needs attention” until you erase them.
Cancel: go back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Keep the recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are now locked with your passphrase. If the passphrase is ever forgotten, this recovery key is the only other way in: nobody can reset it for you, not even the people who make peerdesk. It is shown only this once, so print or save the recovery sheet now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the recovery sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery key safe (printed, saved or written down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept the recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sheet to the person your group chose to look after its records, or keep it in a locked drawer. Not with the laptop, not in a photo or an email: anyone with the key and this computer can read the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box once the recovery key is printed, saved or written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. Print it or copy it somewhere safe away from this laptop, then delete this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet could not be prepared for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer. Check that it came out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterFilePage</name>
    <message>
        <source>Choose the group and its register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) typed from the paper registers: a row for each person and a column for each session, headed by its date. Nothing is saved until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk looks for the row of dates (such as “03/11/2026” or “3 Nov”) and the column of names. Ticks, x, y, 1 and P count as present, A as apologies, and a blank as absent. A row called “Anonymous” or “Headcount” holds how many came without being named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the register is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet: add the group first, on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} date columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been read as {how}.
The dates are on row {line} ({dates}); the names are in {names}. Press Next to choose how to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImportWizard</name>
    <message>
        <source>Import past registers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name to mark present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a newcomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was cancelled ({reason}), so nobody can be marked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} only counts who came: no names are asked for or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{name}” as a newcomer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another “{name}” anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPreviewPage</name>
    <message>
        <source>Check what would be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing already in peerdesk is changed, and nothing is saved until you press Import. Go Back to change the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what importing would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you press Import now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to record from this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells not understood, left out: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks that differ from peerdesk, left as they are: {marks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: {done} of {total} records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterSummaryPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of each session imported is on the Register page. To import more from the same file, put it right and import it again: what is already recorded is recognised and left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not seen for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to review: everyone has come within the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} and everything peerdesk holds about them: their name, contact details, consent records and notes?

The sessions they came to still count them, as one of the people who came without a name, so the group&apos;s figures stay right.

This cannot be undone. Older backups still hold them until those are thinned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been erased; {count} sessions count them without a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaBusy</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaChanges</name>
    <message>
        <source>Changes made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps, additions and people taken off by hand, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed by hand on sessions in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaPage</name>
    <message>
        <source>Rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota, fairness and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair&amp;ness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet. Add a group on the Groups page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the dates is before their start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the rota was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out a fair rota for these dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rota was saved: {n} places filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rota was saved: 1 place filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal was thrown away; the saved rota is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer locked on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is locked on {day}: filling again keeps them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added to {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} took {out}&apos;s place on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of peerdesk cannot edit facilitators yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of peerdesk cannot edit rota rules yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaRulesDialog</name>
    <message>
        <source>Rota rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota rules for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one &amp;experienced facilitator on every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;learner is always with an experienced facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most sessions in a row for one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep to what each person offered a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people the rota puts on each session of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is never left with only people who are still learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone learning is only put on a session with an experienced facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most sessions in a &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is put on more of this group&apos;s sessions one after another than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick it for a group whose sessions should not count towards the sessions a month each person offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaSwapDialog</name>
    <message>
        <source>Add someone to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who could take {name}&apos;s place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {group}. Those who fit the group&apos;s rules come first, the fairest choice at the top. Someone who would break a rule is listed too, with the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who could take the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Priya asked to swap”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody fits every rule for this session. You can still choose someone: the rota will then show the rule broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else facilitates {group} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {name} anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}

You can still choose {name}: the rota will show this as a rule broken until it is put right. Choose {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingPage</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, on one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of weeks between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group follows a custom rule ({rule}) that this window cannot change. It is kept exactly as it is; the dates, time and venue can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule has no dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions from today on with these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates: {dates}{more}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Sessions of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xtra session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve extra session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on {day} is back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extra session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extra session on {day}? Sessions from the schedule are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra session on {day} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on {day} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is now on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session added on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start when you print. A group&apos;s pack keeps the paper chosen for it on the Packs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months without coming before the retention review lists someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group&apos;s records (kept in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records have no passphrase, so there is nothing to lock. The minutes count once they are protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review people not seen for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Retention review lists them, so that details are not kept longer than the consent form promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form tells people their details go {months} months after their last visit. If you choose longer, write the new time into a new version of the form (Consent page) before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Welcome to peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup was restored. The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file for {path} is there, but the database itself is missing. Nothing was made or changed. If it was moved, start peerdesk with --database and the file&apos;s new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk — demo data (changes are thrown away)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone imported is on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add the rows left out, put them right in your spreadsheet and import it again: the people already imported will be recognised and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportLinesDialog</name>
    <message>
        <source>Support lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services listed on the support lines sheet of every pack. Please check numbers and hours now and then, and note where and when you checked them (dates written like 2026-11-23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: “{text}” is not a date; write it like 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingKindsDialog</name>
    <message>
        <source>Training list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: suicide awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen training the name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of training a facilitator&apos;s profile can list. A kind someone has on their profile can be renamed but not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (on {n} profiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (on 1 profile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group&apos;s records are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet: 14 groups of four letters and digits. Capitals, spaces and dashes do not matter.

Then choose a new passphrase. From now on it opens peerdesk; the old one stops working. The recovery sheet keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening with the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsealDialog</name>
    <message>
        <source>Open a sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and right-of-access files are sealed with a passphrase. Open one here to save a plain copy, for a spreadsheet program for example. The plain copy can be read by anyone who gets it: delete it when you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed files (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plain copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sealed file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the file was sealed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name: the sealed file would be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueCombo</name>
    <message>
        <source>No venue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Add a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example St Mark&apos;s Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible &amp;toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest bus stop or station, parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other access notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ramp at the side door; ring the bell for the lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other access notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a venue (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected venue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues yet. “New venue” adds the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a venue to see how to get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting there: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access notes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? It will no longer be offered when choosing a venue. Groups and sessions that meet there keep it. Nothing is deleted: tick “Show archived” to find it and restore it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>New version of the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who agreed to version {n} keep what they agreed to. The new version is used for everyone asked from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months until consent is asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;again after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;xes to tick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change version {n} itself: only while no one has answered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes people tick, one per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bo&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box about keeping names and attendance must stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk helps a small peer support group keep track of its sessions: when and where you meet, who came, who is facilitating, and what to print before you open the doors.

Everything stays on this computer. Nothing is sent anywhere.

Start by adding your group and when it meets. You can add the venue now or later, and change anything at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking around? Start peerdesk with &lt;code&gt;peerdesk --demo&lt;/code&gt; to explore it filled with made-up groups and people. Nothing you do there is kept, and this database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over to a new organiser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect this database with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ri&amp;ght of access report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a s&amp;ealed file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw all of {name}&apos;s consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw {name}&apos;s consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no longer agrees to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their {field} will be deleted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their {field} stays, because they still agree to: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may no longer keep their name and attendance: they will be counted at sessions but not named. You can erase them straight after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes effect at once and is written in their consent history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date they told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date they told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How they told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>“{form}”, version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People have agreed to this version, so its wording can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has answered this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}. Asked again every {months} months. {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>{count} archived people are called “{name}”. Give one of them a different full name in peerdesk, then use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request date is in the future: give the day they asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a peerdesk access report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That access report was made by a different peerdesk version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk cannot write into the folder {folder}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>access_report</name>
    <message>
        <source>Made by peerdesk on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: about one person. Please keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the group’s records in peerdesk hold about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we keep and why, and your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your preferred name is needed. “Not kept” means we hold nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have told us you are happy with, one thing at a time, as it stands today. You can change any of these at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every consent answer we have recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have no consent answers from you on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is kept, newest first, even after you change your mind, so that we can show what you agreed to and when. The wording you answered is at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{answer}:&lt;/b&gt; {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record of you at any session. If you came without giving your name, you were counted, but nothing links those sessions to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group keeps to plan the facilitator rota fairly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session you are or were on the rota for, newest first, with the reason peerdesk gave for choosing you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{group}&lt;/b&gt; · fixed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps and other changes to the rota that involve you, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made to the rota by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More that peerdesk stores about you, shown as it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent wording you answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}, version {number}: exactly as you were shown it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions on this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, since {date}: your details are kept, but no longer shown in the group’s everyday lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (if you write to us, this helps us find your record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: always on the rota with an experienced facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{training}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {count} session a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {count} sessions a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}&#xa0;{month}&#xa0;{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}&#xa0;{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked to see the information our group keeps about you. Thank you for asking: it is your right, and we are glad to show you. This is a copy of everything in peerdesk, the program the group uses for its records, that refers to you. Near the end you will find what we keep and why, how to have anything corrected or erased, and how long old backup copies last. The file that comes with it (ending in .json.sealed) holds the same information for other programs to read. Like this report, it is locked with the passphrase we gave you; the free program peerdesk opens it (peerdesk unseal), or ask us for it unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked to see the information our group keeps about you. Thank you for asking: it is your right, and we are glad to show you. This is a copy of everything in peerdesk, the program the group uses for its records, that refers to you. Near the end you will find what we keep and why, how to have anything corrected or erased, and how long old backup copies last. The file that comes with it (ending in .json) holds the same information for other programs to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said yes on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said yes on {date}. We will check with you again by {check_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said no on {date}, so we do not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took this back on {date}, so we stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said yes on {date}, but it is time to ask you again, so we no longer rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not been asked about this yet, so we do not do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} ({reference}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down by {who} on {date}, against version {version} of the wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down on {date}, against version {version} of the wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came as a facilitator ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You came to {sessions} and sent apologies for {apologies}, between {first} and {last}: every date is below, year by year. If you came without giving your name, you were counted but not named, so those sessions are not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took {other}’s place at {group} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took another facilitator’s place at {group} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} took your place at {group} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another facilitator took your place at {group} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were added to {group} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were taken off {group} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep as little as we can: the name you like to be called, the sessions you come to and what you have told us you are happy with. Anything more, such as a full name, pronouns, access needs, a phone number or an email address, is there only because you gave it to us, and a phone number or email only while you are happy to be contacted that way. We keep no health details and no notes of what anyone shares in the group. As you facilitate, we also keep the groups you help with, the days that suit you, time away, training and the rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change any consent answer at any time, and we act on it straight away. You can also ask us to erase you completely: your name, your details, your consent answers and your place on the rota are then deleted everywhere in peerdesk at once. The sessions you came to are kept only as an anonymous count (one more person came), which nobody can link back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep as little as we can: the name you like to be called, the sessions you come to and what you have told us you are happy with. Anything more, such as a full name, pronouns, access needs, a phone number or an email address, is there only because you gave it to us, and a phone number or email only while you are happy to be contacted that way. We keep no health details and no notes of what anyone shares in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change any consent answer at any time, and we act on it straight away. You can also ask us to erase you completely: your name, your details, your consent answers are then deleted everywhere in peerdesk at once. The sessions you came to are kept only as an anonymous count (one more person came), which nobody can link back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that nothing is lost if the computer fails, peerdesk keeps backup copies of its records. It keeps fewer as they get older and deletes each one after about {months} at the most. So after your details are corrected or erased, an older copy may still hold them for up to about {months} (a little longer only if peerdesk has not been used for a while). Backups are only there to put the records back after an accident, never to look anyone up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we keep, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We use it to run the group: to know who is coming, to welcome people back, to let people know when a session changes, to plan the facilitator rota, and to count how many people the group reaches. Funders only ever see numbers, never names. peerdesk keeps the records on the group’s own computer and does not send them anywhere. If you filled in a paper consent form, the group keeps that paper too (its reference is with your answers); ask if you would like a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the organiser or a facilitator, in person, by phone or in writing, and we will put it right. You do not have to give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your mind, or being forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old backup copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell the organiser first: we would like the chance to put it right. You can also complain to the Information Commissioner’s Office, the UK’s data protection regulator, at ico.org.uk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>Yours to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has not written its agreement yet. It is something we can write together, in our own words, at a session soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we have agreed together, so that everyone can feel safe and welcome here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked for it. Restore the session first if it did take place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not present, apologies or absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} only counts who came; names are not recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount must be between 0 and {max_headcount}; {count} cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a preferred name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred name can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} only counts who came; add one to the headcount instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the directory. If it is them, mark them present; if not, add an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>availability</name>
    <message>
        <source>The range ends ({date_to}) before it starts ({date_from}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions between {date_from} and {date_to}, so there is nothing to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When can you facilitate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick &lt;b&gt;{can}&lt;/b&gt;, &lt;b&gt;{maybe}&lt;/b&gt; or &lt;b&gt;{cannot}&lt;/b&gt; for each date. Every date you can do is a real help. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the moment: {count} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the moment: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions a month can you offer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates I&apos;m away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays, appointments and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything we should know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a note for the organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability form · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability form · for someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please hand this back to the organiser. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>its key does not match this database&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} of {table} points to a missing {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {rows} rows where the database holds {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup did not pass its check ({problems}). Older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made ({error}). Older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be made. Older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made in {folder} ({reason}). Older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problems}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blocks</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>signed paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said so in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} of “{form_name}” has no purpose called “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent form yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent form no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent form version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} has already been agreed to, so its wording can never change. Make a new version instead; it will be used from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent form needs at least one purpose to agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each purpose on a form must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a purpose key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose key can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the purpose&apos;s wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose&apos;s wording can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the wording people will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is reviewed every 1 to 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ticked for {preferred_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date for {preferred_name} is in the future; consent is recorded on or after the day it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how consent was given: a paper form, in person or in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who recorded it can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper form reference can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal takes effect today at the latest, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preferred_name} has no consent to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preferred_name} never gave consent for “{purpose}”, so there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can only keep a phone number once the person has agreed to be contacted that way. Record their consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can only keep an email once the person has agreed to be contacted that way. Record their consent first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consent_form</name>
    <message>
        <source>{form}, version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the group: keep this form in the consent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form reference: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for coming. Please read this at your own pace, and ask one of the facilitators about anything that is not clear. There are no right or wrong answers: saying no to any box is completely fine, and you can still take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}. This copy shows what you have told us so far (our records on {date}). Please check each answer and change any that are no longer right. There are no right or wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each box you agree to. An empty box means no, and that is fine. Only the first box is needed to take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tick shows something you agreed to that still stands; beside each box is what our records say. To change an answer, tick the box or cross out the tick. Where an answer is out of date, tick again if you still agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick what you agree to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chosen name can be a first name or a nickname. Then please sign, date and hand this to a facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our records: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not asked yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;{gap}agreed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;{gap}agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Said no&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Took this back&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed&lt;/b&gt;{gap}on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Said no&lt;/b&gt;{gap}on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Took this back&lt;/b&gt;{gap}on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cover</name>
    <message>
        <source>For the facilitators: not a handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end} ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing from this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue has been set for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on the rota for this session yet. Please write the names of whoever facilitates, so the organiser can keep the rota fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts have been written down for this group yet. Add them on the Packs page (“Who to call…”), or write them here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full plan, with notes, is on the session plan sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>day_names</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief</name>
    <message>
        <source>For the facilitators. Pass it to the organiser, then shred it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the facilitators, after everyone has gone. Keep it practical: &lt;b&gt;please do not write anything about anyone&apos;s health, or about what anyone shared in the group.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the session go? What worked well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would we do differently next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything practical to follow up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example the venue, supplies, the rota, or a message for the organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after ourselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitating can be tiring. Before you go, check in with each other. Would you like a chat with the organiser or another facilitator about how it went?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>This database already holds data, so the demo was not added. Use another file, or --force to replace everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: please fold it and leave it in the box, or with a facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please do not write your name on this form.&lt;/b&gt; It is anonymous: nobody will know who wrote what. Answer as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, how was today&apos;s session for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle one face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped you most today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there anything we could do differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you would like to talk about another time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your answers help us keep this group a good place to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not really</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you feel welcome and listened to?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>The end of the period is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Cannot save {path}: that is a folder, not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>funder_report</name>
    <message>
        <source>The period ends ({date_to}) before it starts ({date_from}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one group for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide numbers below a threshold from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the groups chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous attendances (headcount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people (named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures only: nobody is named in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some small numbers are hidden so that nobody can be identified: “About these figures” at the end explains why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named and anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first came in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had come before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were held in this period, so there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named and anonymous attendances together. A month with no bar has a number too small to show, or one that would give a small number away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named and anonymous attendances together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who came to more than one group is counted in each of them, and “new” means new to that group, so these lines can add up to more than the figures above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different
people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New
people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held are the sessions that went ahead in the period (up to the day the figures were taken); cancelled sessions are counted separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendance is one person at one session, so someone who came ten times counts ten times. Named attendances are people on the register; anonymous attendances are the headcount of people who came without giving a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people counts named people only, each once however often they came: people who give no name cannot be told apart. New people came to one of these groups for the first time in the period; returning people had come before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average is total attendances divided by sessions held. Facilitator hours are the length of each session held times the volunteer facilitators on its rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some numbers in this report are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number is shown: the small-number rule was turned off for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 1 is shown as “fewer than {threshold}”, and where a hidden number could be worked out from the others, one more is “not shown”; in the charts, such a month has no bar. Nobody can be identified from this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers from 1 to {highest} are shown as “fewer than {threshold}”, and where a hidden number could be worked out from the others, one more is “not shown”; in the charts, such a month has no bar. Nobody can be identified from this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number in this report needed hiding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>Please enter a name for the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the group can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That venue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>Handout: yours to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact consent (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experienced facilitator (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (line {lineno}): {msg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file should hold one JSON object, e.g. {&quot;preferred_name&quot;: &quot;Known as&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names “{name}”, which is not something peerdesk imports. It can name: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names column {value}, but the file has {count} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names a column “{value}”, but there is no such column. The columns are: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the mapping, {value} is neither a column heading nor a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{headers}” looks like health information, which peerdesk never keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health information is never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk has no place for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no worksheets, only charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: it seems to be damaged. Open it in your spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unpacks to more than {max_unpacked_bytes} MB, far more than a list of people. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like a workbook but seems to be damaged. Open it in your spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods), which peerdesk cannot read yet. In LibreOffice, choose File, Save As, and pick Excel 2007-365 (.xlsx) or Text CSV, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet called “{wanted}”. Its sheets: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{preferred}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{preferred}” ({full})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{preferred}” (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{preferred}” ({full}) (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of names was found in {source_name}, so nobody can be imported. Its columns are: {listed}. Say which column holds the name people go by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably already in peerdesk as {who}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the same person as row {seen}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name: a person needs at least a preferred name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact consent “{heard}” was not understood, so it counts as no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {phone} read as 0{phone} (the leading 0 was lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” under facilitator was not understood, so it counts as no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” under experienced was not understood, so it counts as no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pronouns is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access needs is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number and email left out: consent to contact is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number left out: consent to contact is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email left out: consent to contact is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it from your spreadsheet program as Excel (.xlsx) or CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a PDF document, not a spreadsheet. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a database file, not a spreadsheet. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a picture, not a spreadsheet. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a Word (RTF) document, not a spreadsheet. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a Word document, not a spreadsheet. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a spreadsheet. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, {encoding}, columns separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, {encoding}, columns separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, {encoding}, columns separated by vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, {encoding}, columns separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; choose the spreadsheet file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; peerdesk imports files of up to {max_file_bytes} MB. A list of people is far smaller: is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk is not allowed to read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {max_file_bytes} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is password-protected, so peerdesk cannot read it. Open it in your spreadsheet program, save a copy without a password, and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the old Excel 97–2003 format (.xls), which peerdesk cannot read. {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not look like a spreadsheet (it holds binary data, not text). {save_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read as CSV: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} has no rows with anything in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} has more than {max_rows:,} rows; peerdesk imports up to {max_rows:,} people at a time. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates were found in the headings of {source_name}, so there is nothing to import. A register has a column for each session headed by its date, such as “24/11/2026”, “24 Nov” or “Tue 24 Nov 2026”. Its headings are: {grid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} has dates in its headings (row {heading_line}) but nothing is marked under them, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns after {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk reads the first {count} columns of a sheet; split a wider register into two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {letter} “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of names was found in {source_name}: its first column holds dates. Put the names in the first column, or head their column “Name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk works out totals itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names are read from one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its heading is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in peerdesk as {who}, without consent to keep their name (none on file): counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in peerdesk as {who}, without consent to keep their name (it has lapsed): counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in peerdesk as {who}, without consent to keep their name (it was refused): counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in peerdesk as {who}, without consent to keep their name (it was withdrawn): counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in peerdesk as {who}, without consent to keep their name (it was {state}): counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same date as column {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to record on the dates imported: not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} only counts who came: never named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks but no name: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name longer than {limit} characters: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could be any of {count} people in peerdesk ({who}): skipped; write their full name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as row {row}: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new to peerdesk: added with just this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in peerdesk and no consent to keep the name: counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in peerdesk as {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without a year (such as “{example}”) were read as in {years}: as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without a year (such as “{example}”) were read as in {years}: the year in the title “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without a year (such as “{example}”) were read as in {years}: the year in which most fall on {group}&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without a year (such as “{example}”) were read as in {years}: the most recent year that puts none of them in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without a year (such as “{example}”) were read as in {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} of {source_name}, “{heading}”, is {day}, which is still to come: only sessions that have happened have attendance. Is this the right group, and are the years right? Dates are read day first (03/04/2026 is 3 April 2026). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} of {source_name}, “{heading}”, is {day}, more than a year before {group_name} began ({start}). Is this the right group, and are the years right? Dates are read day first (03/04/2026 is 3 April 2026). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} of {source_name}, “{heading}”, is {day}, more than a year after {group_name} ended ({end}). Is this the right group, and are the years right? Dates are read day first (03/04/2026 is 3 April 2026). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group_name}&apos;s sessions, their attendance or the people in peerdesk have changed since the preview was made, so nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to peerdesk since the preview as {who}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of them is a facilitator; choose their groups in their facilitator profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of them are facilitators; choose their groups in their facilitator profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody would be imported from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was imported from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import {count} person from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import {count} people from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} person from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} people from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} rows: {problems} with a problem to fix and {duplicates} probably already in peerdesk or repeated in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} row: {problems} with a problem to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} rows: {problems} with a problem to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} row: {duplicates} probably already in peerdesk or repeated in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} rows: {duplicates} probably already in peerdesk or repeated in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted would be recorded for {count} person, in writing, as “{recorded_by}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted would be recorded for {count} people, in writing, as “{recorded_by}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted recorded for {count} person, in writing, as “{recorded_by}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted recorded for {count} people, in writing, as “{recorded_by}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details left out for {count} person whose consent to be contacted is not recorded: {details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details left out for {count} people whose consent to be contacted is not recorded: {details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} ({name}, {day}): the file says apologies, peerdesk has present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} ({name}, {day}): the file says absent, peerdesk has present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} ({name}, {day}): the file says present, peerdesk has apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} ({name}, {day}): the file says absent, peerdesk has apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} only counts who came: no names are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as peerdesk has them: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out {count} headcount too big to be right ({most} at most): {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out {count} headcounts too big to be right ({most} at most): {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} row of names (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} rows of names (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out {count} cell that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out {count} cells that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would be recorded from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record {present} present, by name, at {count} session of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record {present} present, by name, at {count} sessions of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {present} present, by name, at {count} session of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {present} present, by name, at {count} sessions of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record {present} present and {apologies} sent apologies, by name, at {count} session of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record {present} present and {apologies} sent apologies, by name, at {count} sessions of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {present} present and {apologies} sent apologies, by name, at {count} session of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {present} present and {apologies} sent apologies, by name, at {count} sessions of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record headcounts only at {count} session of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record headcounts only at {count} sessions of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded headcounts only at {count} session of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded headcounts only at {count} sessions of {group}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would set the anonymous headcount of {count} session: {counted} in all, counted, not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would set the anonymous headcount of {count} sessions: {counted} in all, counted, not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the anonymous headcount of {count} session: {counted} in all, counted, not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the anonymous headcount of {count} sessions: {counted} in all, counted, not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {new} new name without recorded consent. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {new} new names without recorded consent. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {known} person in peerdesk without a current consent to keep their name. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {known} people in peerdesk without a current consent to keep their name. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {new} new name without recorded consent and {known} person in peerdesk without a current consent to keep their name. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {new} new name without recorded consent and {known} people in peerdesk without a current consent to keep their name. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {new} new names without recorded consent and {known} person in peerdesk without a current consent to keep their name. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the headcount rather than named: {new} new names without recorded consent and {known} people in peerdesk without a current consent to keep their name. Their apologies are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} new person with just their name, and record their consent to keep their name and attendance (a paper form, as “{recorded_by}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} new people with just their name, and record their consent to keep their name and attendance (a paper form, as “{recorded_by}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} new person with just their name, and recorded their consent to keep their name and attendance (a paper form, as “{recorded_by}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} new people with just their name, and recorded their consent to keep their name and attendance (a paper form, as “{recorded_by}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} extra session for dates with no session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} extra sessions for dates with no session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} extra session for dates with no session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} extra sessions for dates with no session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} date with no session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} dates with no session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} cancelled session: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} cancelled sessions: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marks} mark and {headcounts} headcount already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marks} mark and {headcounts} headcounts already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marks} marks and {headcounts} headcount already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marks} marks and {headcounts} headcounts already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} mark already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} marks already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} headcount already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} headcounts already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} mark that differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} marks that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} headcount that differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} headcounts that differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>The key file beside the database is damaged or not peerdesk&apos;s. The recovery key still opens the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: the database cannot be protected without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {min_passphrase} characters; a few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Check Caps Lock and try again; if it is lost, the recovery key opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} could not be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has 14 groups of four letters and digits, as printed on the recovery sheet. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typing slip in it (its last group does not match). Check each group against the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <source>The database {path} is on a network share. Keep it on this computer&apos;s own disk: over a network the file can be damaged. Use the backups to keep a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is in a folder that a sync program ({part}) copies. Syncing a database while it is open can damage it or bring back an old copy: keep it outside that folder, and let peerdesk&apos;s backups make the copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is on a network drive ({best}). Keep it on this computer&apos;s own disk: over a network the file can be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>There is no consent form set up yet, so none is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print: every part of this pack is switched off or has no copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout “{title}” is password-protected, so it was left out. Import an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout “{title}” has no pages, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout “{title}” could not be read as a PDF, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pack: {group}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing from this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the organiser: not a handout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pack_files</name>
    <message>
        <source>{group} has no session on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a part of a session pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the pack can appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of consent forms must be between 0 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of spares must be between 0 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name for each part of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for each part of the plan can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the plan lasts between 0 and 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper is A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name of each service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of each service can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter how to contact it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact it can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was checked can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a title for the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title for the handout can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PDF is larger than 20 MB; please use a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PDF is protected with a password, so it cannot be added to packs. Save an unprotected copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be read as a PDF ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in handouts cannot be removed; just leave them unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout “{ref}” is not in the library any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack settings name a part peerdesk does not know (“{name}”); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitators are on the rota for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is cancelled: {cancel_reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no venue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent forms for newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Please enter a preferred name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred name can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pronouns can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access needs can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s preferred name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are called “{name}”. Use their full name instead, for example “{full_name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are called “{name}”. Add a full name to one of them in peerdesk, then use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody called “{name}” in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>{date}, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the facilitators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no running order written down yet. You could use the lines below to plan the session together before people arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan adds up to {planned} and the session is booked for {booked}, so stretch or shorten the parts as the group needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guide, not a rule: follow the group&apos;s lead, and take a break whenever it would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>{database} already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be made ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase to open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside {database} is missing, so the passphrase cannot open it. Open it with the recovery key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} is missing, although its key file is there. Nothing was made; restore a backup, or open the file where it now is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was being handed over to a new passphrase when peerdesk stopped; open it with the new passphrase (or the new recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this database: it may belong to another database, or to this one before it was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is protected by a passphrase; give it to open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file {file} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected copy could not be made: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected copy did not check out ({problems}); the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <source>What this is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk keeps the group&apos;s records (who comes, consent, the rota) in one file, locked with a passphrase. If the passphrase is forgotten, or the organiser who knew it moves on, this key opens the file instead. Without the passphrase and without this key, nobody can open the records: not us, not the person who set it up, not a computer shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open peerdesk, choose “Use the recovery key” when it asks for the passphrase, type the key (capitals, spaces and dashes do not matter) and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone holding this sheet and the file can read the records, which are about people&apos;s mental health. Keep it out of the group&apos;s usual folder: in a locked drawer, or with the person the group named as its data lead. Do not photograph it or email it. When the group hands over to a new organiser, peerdesk makes a new key and this sheet stops working: shred it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the group&apos;s records if the passphrase is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <source>Choose a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions can repeat every 1 to 52 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth, fifth or last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {count} weeks on {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourth {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fifth {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rule ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is not a valid recurrence rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is not a valid recurrence rule ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Review people not seen for between 1 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota</name>
    <message>
        <source>A choice locked by hand is for a session outside this rota; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice locked by hand for {day} names a facilitator who is no longer on the list; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions between {date_from} and {date_to}, so there is nothing to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as locked, although it breaks a rule: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator rota · printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one place to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two places to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three places to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four places to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five places to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} places to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; no venue has been set yet, unless the day says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; no venue has been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; {places}; no venue set yet for {groups}, unless the day says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; {places}; no venue set yet for {groups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; {places}, unless the day says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator rota · {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft rota · {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} · {month} · draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} at {venue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Can you fill a gap?&lt;/b&gt; Write your first name on the line and let the organiser know. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {venue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, continued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota_calendar</name>
    <message>
        <source>Facilitating: {group_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else is on the rota for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are facilitating on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: facilitating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota_edits</name>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experienced; offered {per_month} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning; offered {per_month} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone else to take the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out_name} is not on that session any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{in_name} is already on that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped in for {out_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on that session any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already back on that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{in_name} took {out_name}&apos;s place on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{in_name} was added to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out_name} was taken off {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota_explain</name>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered no sessions a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has the {count} session a month they offered in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has the {count} sessions a month they offered in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be on {count} sessions in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: chosen by hand (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning, alongside {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered {offer} a month and has {count} other session in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered {offer} a month and has {count} other sessions in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did {count} session in the 12 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did {count} sessions in the 12 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is learning and needs an experienced facilitator alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is free but could not be placed without breaking another rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {need} place not filled on {day} ({group}): {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {need} place not filled on {day}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {need} places not filled on {day} ({group}): {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {need} places not filled on {day}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} {details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody facilitates this group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group asks for {need} facilitators per session but only {count} person facilitates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group asks for {need} facilitators per session but only {count} people facilitate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no experienced facilitator is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {names} is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {names} are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on {day} but {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are on {day}, more than the {need} the group asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is on {day} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody experienced is on {day}, and this group needs someone experienced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on {count} session in {month} but offered {offer} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on {count} sessions in {month} but offered {offer} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on {count} sessions in a row up to {day}; the group allows {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota_service</name>
    <message>
        <source>That person is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preferred_name}&apos;s offer must be between 0 and {max_offer} sessions a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual weekdays are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preferred_name} is away from {start} to {end}: the end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the groups chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the trainings chosen is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs between 1 and {max_per_session} facilitators, not {per_session}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Sessions in a row” must be between 1 and {limit}, not {max_in_a_row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends ({date_to}) before it starts ({date_from}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one group to fill the rota for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has no sessions between {date_from} and {date_to}, so there is nothing to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody facilitates {what} yet: add facilitators to the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who facilitates {what} is available: every facilitator offered no sessions or no weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody could be put on any session in this range, so nothing was changed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody could be put on any session in this range, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preferred_name} is not on that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota_state</name>
    <message>
        <source>The rota range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {meeting_id} is listed twice in the rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session on {day} is outside the rota range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator {name} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot offer fewer than no sessions a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group has two sets of rota rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs at least one facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Sessions in a row&apos; must be at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not facilitate this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not usually do {weekdays}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only facilitates from {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rota_view</name>
    <message>
        <source>There are no sessions between {date_from} and {date_to}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} sessions added; {removed} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} sessions added; {removed} removed; {count} kept because they were changed by hand or already have records ({dates} and {more} more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} sessions added; {removed} removed; {count} kept because they were changed by hand or already have records ({dates}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a reason for cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for cancelling can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That venue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is archived; restore it before adding sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has a session at that date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only extra sessions can be removed; cancel this one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session already has records, so it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sealed</name>
    <message>
        <source>This is not a file sealed by peerdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed file is cut short: it may not have copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed file is damaged: its header makes no sense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this file, or the file has been changed since it was sealed. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to be a file peerdesk sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Lock after between {low} and {high} minutes without use: a window left open for longer shows the records to whoever passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between {low} and {high} months for the retention review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>Please keep this sheet safe, and shred it once it has been typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick beside your name. If you are not on the list, add your first name (or any name you like) at the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your first name only, or any name you would like us to use. There is no need for a surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group only counts people: please do not write names on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count people as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one mark for each person as they come in, including anyone who arrives late. Grouping the marks in fives makes them easy to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signposting</name>
    <message>
        <source>Yours to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need someone to talk to between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support lines have been added for this group yet. A facilitator can tell you about local services. In an emergency, call the emergency services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These services are there when you need them, whether or not there is a session that week. You do not have to be in crisis to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The database has been closed (locked); unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {db_path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not open {path}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk is not allowed to read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is protected by a passphrase; unlock it with the passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a peerdesk database (it is not an SQLite file, or it is an encrypted one whose key file is missing: open it with the recovery key). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({strerror}). Choose another place with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, so a database cannot be created there. Choose another place with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another peerdesk window ({path}). Close that window first, or open a different file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk cannot write beside {path} ({strerror}). The folder may be read-only; choose another place with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be opened ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read as a database ({error}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({damage}). It was not changed; restore the newest good backup, or ask for help before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file made by another program, not a peerdesk database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of peerdesk (schema {revision}). Install the newer peerdesk to open it; this file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs an upgrade before it can be read; open it once in peerdesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared: {orig}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} of {table} points to a missing {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is already in use; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That refers to something that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be saved because it breaks a rule of the database ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is read-only; nothing could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be used ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suppression</name>
    <message>
        <source>fewer than {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trainings</name>
    <message>
        <source>Please enter the training&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training&apos;s name can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{clean}” is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That training is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is recorded for {count} facilitator; remove it from their profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is recorded for {count} facilitators; remove it from their profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>“{cleaned}” does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{cleaned}” does not look like a phone number (use digits, spaces and +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venues</name>
    <message>
        <source>Step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not step-free; see the access notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access details yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name for the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the venue can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport notes can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access notes can be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a venue called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That venue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
