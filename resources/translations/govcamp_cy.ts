<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>applicants_commands</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lottery rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lottery rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 and the rules (%2 places)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the draw with seed “%1”? All %2 — %3 — go back to “applied”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>applicants_dialogs</name>
    <message>
        <source>Import applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file of applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found by the dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time at a govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with the same group are drawn together (a carer and the person they support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on &amp;badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied &amp;with (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>applicants_page</name>
    <message>
        <source>Chance of a place by group</source>
        <extracomment>How often open offers are checked for expiry while the window is open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only applicants whose name, email or organisation match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a person; Enter or double-click edits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cap per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least, &amp;local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least, first-&amp;timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers stay &amp;open for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers, volunteers and sponsors are always in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a place, by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit to get the digest to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public seed, e.g. the next national lottery numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer every free place to the next people on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers have been sent, so the draw can no longer be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 taken or offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ More people hold or are offered a place than there are places: %1 for %2 (%3 over). Offers accepted after others declined, or people who are always in, can do this. Check the venue can take them, or raise Places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 with different seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the public seed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select people in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers passed their deadline and went to the next people waiting (this cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin_commands</name>
    <message>
        <source>Check in %1</source>
        <extracomment>A walk-in is a new person too: the applicants list and the desk&apos;s search both take them in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the door queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 people who have not checked in as no-shows, and give %2 places to the door queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add walk-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the badge print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin_dialogs</name>
    <message>
        <source>New walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name, unless they say otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 place%2 free: they will be checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place is free: they will join the end of the door queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer: write a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the badge automatically on check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next label on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels count left to right, then top to bottom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin_page</name>
    <message>
        <source>Check-in</source>
        <extracomment>How often the counts and door queue are re-read, for what other desks did. Changes that bring or take people (an import, the lottery, a walk-in): the search is rebuilt for them. Opens a written PDF; tests replace it so nothing is launched. Asks before printing again; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, organisation, e-mail or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease no-shows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s desk name, recorded with every check-in. Click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with a place has checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter: %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:%1pt&apos;&gt;%2&lt;/b&gt; checked in of %3 expected&lt;br&gt;%4 not yet · %5 in the door queue · %6 places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting at the door.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin_widgets</name>
    <message>
        <source>Arrivals per quarter hour from %1 to %2; busiest %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrivals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the last check-in</source>
        <extracomment>Results a person at the desk must hear at once, interrupting whatever the screen reader is saying.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the door queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badge (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in result: ready. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? Its %2 will be taken off the grid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the slot %1? Its %2 will be taken off the grid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pitch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>date_field</name>
    <message>
        <source>Type a date such as 27/03/2027 or 27 Mar 2027; Up and Down step a day, Alt+Down opens a calendar</source>
        <extracomment>The date changed (typed and confirmed, stepped, or picked in the calendar). The person finished with the field (Enter, leaving it, or picking from the calendar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down step a day; Alt+Down opens a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not a date; type one such as 27/03/2027 or 27 Mar 2027</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Problem</source>
        <extracomment>A callback that makes the change; it raises GovcampError to refuse it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LocalGovCamp 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event file is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the event as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govcamp events (*.govcamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Council chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other features, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available in slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Available in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Session 3, Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>empty</name>
    <message>
        <source>This page is not built yet. The data is already in the event file, safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>encoding_question</name>
    <message>
        <source>Which text is right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govcamp cannot be sure how this file&apos;s text is encoded. Line %1 reads like this in each encoding it could be in; choose the one that looks right:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>event_page</name>
    <message>
        <source>organisers@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisers&apos; address. Calendars name it as their organiser; without one they name a placeholder that reaches nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words for the archive and the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rooms yet. Add the rooms sessions can use, biggest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slots yet. Add the day&apos;s session slots, breaks and lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of them for sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”; %2 went back to Unplaced. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_archive</name>
    <message>
        <source>A website of every session&apos;s notes that works offline from a folder or a USB stick, and on any web host: the grid, one page per session, tags and search. It also holds notes.json and one Markdown file per session. Hosts are named only where they agreed; no email addresses or personal needs are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also pack it into a .zip file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the earlier archive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an archive written earlier. Replace the files govcamp wrote there? Any other files in the folder are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open it in a web browser&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_badges</name>
    <message>
        <source>Preview of the first page of badges</source>
        <extracomment>The choices of people, in the order offered; the last takes the people chosen by name beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print-ready badges: the name large in any script, pronouns, organisation, a role band and a QR code with the person&apos;s check-in code (or their contact card, where they agreed and the event allows it). Fonts are embedded, so the PDF prints the same anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold each badge in half: the name on both faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, by name, e-mail or ticket code, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page with every label&apos;s outline and millimetre rulers, saved beside the badges: print it at 100 % on plain paper and hold it against a sheet of labels before printing them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the badges as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open the PDF&lt;/a&gt;.%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_calendar</name>
    <message>
        <source>The published grid as a calendar attendees import (moved sessions update in place), a schedule file for conference apps, or printed: the grid as a poster and a sign for each room&apos;s door. Hosts are named only where they agreed.</source>
        <extracomment>key → (what people see, file suffix) The poster&apos;s sheets, as people choose them (keys as ``govcamp export poster --size`` takes them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person&apos;s sessions (hosted or starred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, by name, e-mail or ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_runner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exports_page</name>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports are built yet. The data is already in the event file, safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_guard</name>
    <message>
        <source>Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid_commands</name>
    <message>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “%1”? It comes off the grid: %2%3 will be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pitches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid_page</name>
    <message>
        <source>Publish grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. After lunch: two late pitches added</source>
        <extracomment>Says which sessions this version leaves out, so nobody publishes them away by accident.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing announces %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms across, time slots down; Enter picks up the selected session, Enter again drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplaced sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Suggest grid may search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seconds Suggest grid may search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0 goes back to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows its title and people/seats only; hosts are in the tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a session to a cell (onto another session to swap), or select it, press Enter, choose a cell with the arrow keys and press Enter again. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Suggest grid changed, and the changelog when you publish, appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed · %2 unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying “%1”: choose a cell with the arrow keys, Enter to put it there, Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put down. Select a session and press Enter to pick it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a session cell: nothing moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest grid cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since the last version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published v%1. Copy the changelog for announcements. A published version cannot be undone, so Undo starts afresh from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Called with the session and what it should become; returns whether the change was stored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Phases</source>
        <extracomment>Where typing starts on each page (a path of attributes from the page), focused on arriving there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event holds %1: %2 with a place, %3 on the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 with a place have checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds a place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pitched so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2; %3 of %4 placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with notes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the event file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1; open it to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 — govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %1 says: %2.

Use File ▸ Restore from Backup… to go back to an earlier copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;govcamp %1&lt;/h3&gt;&lt;p&gt;Runs a local government unconference from end to end, offline, on one laptop.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes_page</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by time and room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notes here, in Markdown: # headings, - lists, [links](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: they arrive from the Pitches page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted by %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved these notes in another window since you started typing. Which version do you want to keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Keep both” puts their text first, then yours, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people_picker</name>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1; choose from the list that appears</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Event &amp; rooms</source>
        <extracomment>The phases of a govcamp, in the order they happen; the pages later issues fill say what they will do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants &amp; lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applicants from Eventbrite, Tito or a form export, set fair rules (places kept for councils and first-timers, a cap per organisation) and run an auditable, reproducible ticket lottery with an ordered waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person in two keystrokes or by scanning their ticket QR, check them in, print one badge on the spot, and give a no-show&apos;s place to the next person on the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the morning&apos;s pitches as fast as people speak: title, hosts, needs and a show of hands, with Enter to save and go on to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the session grid: drag sessions into rooms and slots, see clashes as you go, let the solver suggest a grid in seconds, and publish numbered versions with a changelog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take notes in every session, pre-filled with its title, hosts, room and time, saved as you type, and searchable across the whole event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges for every name in every script, calendars that update when a session moves, the printed grid and door signs, and the shared notes archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pitches_page</name>
    <message>
        <source>What the session is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is hosting: start typing a name; commas between co-hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence about it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. data, housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands raised at the pitch (0 = not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and clear the form for the next pitch (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands &amp;counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected session, or restore a withdrawn one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two selected sessions into one co-hosted session (the first is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pitches from a CSV or Excel file with Title and Host columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pitched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Looks like #%1 “%2” (%3): the same session? You can merge them in the list after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved #%1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window; it changes as soon as you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Welsh translation is awaiting review by a Welsh speaker. Exports and messages from the event file stay in English for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy_dialogs</name>
    <message>
        <source>Keep personal data until %1</source>
        <extracomment>Everything that shows people&apos;s data, told after an erasure or a purge.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about this person to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about %1 is in %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: here is the receipt&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt as your record: it says what was removed, from the event file and from each backup. Nothing in it is kept by govcamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went, and where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Their Data First…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal data until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Until This Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is kept until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention date is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to purge personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event promised to keep personal data only until %1, and that date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging keeps the programme and the notes, and removes everyone&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>Projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the projector view and go back to the grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>govcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a local government unconference from end to end: the ticket lottery, check-in and badges, pitches, the grid, session notes and everything people take home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realistic LocalGovCamp with 600 applicants, rooms, a grid and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
