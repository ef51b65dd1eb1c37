<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <extracomment>The kinds of entry in the file dialog&apos;s Type column.</extracomment>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <extracomment>A spin box&apos;s two extra menu items.</extracomment>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Qt&apos;s own file dialog (shown where the desktop offers none of its own, and under offscreen).</extracomment>
        <translation>&amp;Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>E&amp;nw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Math o ffeiliau:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder Uwch</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r ffolder uwch</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i olwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Fanwl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i olwg fanwl</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Ffolderi</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;Newydd</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd Diweddar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <extracomment>The file dialog&apos;s columns and places.</extracomment>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad Newid</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The few standard buttons a GNOME desktop names itself (with mnemonics); the rest fall back to the above.</extracomment>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb Gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>The right-click menu of a one-line field (and of a spin box&apos;s or date field&apos;s text).</extracomment>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>A message box&apos;s button for its detailed text (the error dialogs&apos; &quot;what happened&quot;).</extracomment>
        <translation>Dangos y Manylion…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r Manylion…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r C&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi&apos;r Gorau Iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio Eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Defnyddio</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>The right-click menu of the notes editor, the description and the other many-line fields.</extracomment>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;Lleoliad y Ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>This cannot be undone, so Undo will forget the steps before it.</source>
        <extracomment>What an action&apos;s ``Change`` carries when what it did cannot be undone: the undo stack is cleared. Announce these even without an inverse: a change kept out of Undo on purpose (a note&apos;s text, which its editor&apos;s own undo covers). Long work: a generator yielding ``(done, total, message)`` that returns the Change. False for long work that only reads (a simulation, the solver&apos;s search, an export).</extracomment>
        <translation>Does dim modd dadwneud hyn, felly bydd Dadwneud yn anghofio&apos;r camau cyn hyn.</translation>
    </message>
    <message>
        <source>Something went wrong inside govcamp (%1: %2). Nothing more was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i govcamp (%1: %2). Ni newidiwyd dim byd arall.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>(title, words) of every problem shown: for the status bar and for tests. The title of the long write that is running, or &quot;&quot; when none is.</extracomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, then try again.</source>
        <translation>Arhoswch i “%1” orffen, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Dadwneud %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ail-wneud %1</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>Methu dadwneud “%1”</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>Methu ail-wneud “%1”</translation>
    </message>
</context>
<context>
    <name>applicants_commands</name>
    <message>
        <source>Import %1</source>
        <translation>Mewnforio %1</translation>
    </message>
    <message>
        <source>Import applicants</source>
        <translation>Mewnforio ymgeiswyr</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Edit applicant</source>
        <translation>Golygu ymgeisydd</translation>
    </message>
    <message>
        <source>Change the lottery rules</source>
        <translation>Newid rheolau&apos;r loteri</translation>
    </message>
    <message>
        <source>Lottery rules</source>
        <translation>Rheolau&apos;r loteri</translation>
    </message>
    <message>
        <source>Commit the lottery</source>
        <translation>Ymrwymo i&apos;r loteri</translation>
    </message>
    <message>
        <source>Commit %1 and the rules (%2 places)?</source>
        <translation>Ymrwymo i %1 a&apos;r rheolau (%2 o leoedd)?</translation>
    </message>
    <message>
        <source>After this the list of applicants and the rules are fixed: the digest you publish depends on them, and nobody can be imported. Publish the digest before you choose the seed.</source>
        <translation>Ar ôl hyn mae&apos;r rhestr o ymgeiswyr a&apos;r rheolau&apos;n sefydlog: mae&apos;r crynodeb rydych yn ei gyhoeddi&apos;n dibynnu arnyn nhw, a does dim modd mewnforio neb. Cyhoeddwch y crynodeb cyn i chi ddewis yr hedyn.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Ymrwymo</translation>
    </message>
    <message>
        <source>Draw the lottery</source>
        <translation>Tynnu&apos;r loteri</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Reset the draw</source>
        <translation>Ailosod y tynnu</translation>
    </message>
    <message>
        <source>Reset the draw with seed “%1”? All %2 — %3 — go back to “applied”.</source>
        <translation>Ailosod y tynnu â&apos;r hedyn “%1”? Bydd pob un o&apos;r %2 — %3 — yn mynd yn ôl i “wedi gwneud cais”.</translation>
    </message>
    <message>
        <source>The lottery can then be drawn again with a seed; the published digest stays the same.</source>
        <translation>Gellir tynnu&apos;r loteri eto wedyn gyda hedyn; mae&apos;r crynodeb a gyhoeddwyd yn aros yr un fath.</translation>
    </message>
    <message>
        <source>&amp;Reset draw</source>
        <translation>&amp;Ailosod y tynnu</translation>
    </message>
    <message>
        <source>Simulate the draw</source>
        <translation>Efelychu&apos;r tynnu</translation>
    </message>
    <message>
        <source>Expire offers</source>
        <translation>Dod â chynigion i ben</translation>
    </message>
</context>
<context>
    <name>applicants_dialogs</name>
    <message>
        <source>Import applicants</source>
        <translation>Mewnforio ymgeiswyr</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file of applicants.</source>
        <translation>Dewiswch ffeil CSV neu XLSX o ymgeiswyr.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Dewis ffeil…</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Rhagolwg o&apos;r ffeil</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colofn ar gyfer %1</translation>
    </message>
    <message>
        <source>Problems found by the dry run</source>
        <translation>Problemau a gafwyd yn y rhediad prawf</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Mewnforio&apos;r rhesi da</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Rhesi cyntaf y ffeil</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Taenlenni (*.csv *.tsv *.txt *.xlsx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Mewnforio %1</translation>
    </message>
    <message>
        <source>Import the %1</source>
        <translation>Mewnforio&apos;r %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>First time at a govcamp</source>
        <translation>Y tro cyntaf mewn govcamp</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Their badge is in this language when printed per person.</source>
        <translation>Mae eu bathodyn yn yr iaith hon pan gaiff ei argraffu fesul person.</translation>
    </message>
    <message>
        <source>People with the same group are drawn together (a carer and the person they support).</source>
        <translation>Caiff pobl yn yr un grŵp eu tynnu gyda&apos;i gilydd (gofalwr a&apos;r person y mae&apos;n ei gefnogi).</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Name on &amp;badge</source>
        <translation>Enw ar y &amp;bathodyn</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>Rh&amp;agenwau</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-b&amp;ost</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>Organisation &amp;type</source>
        <translation>&amp;Math o sefydliad</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Iaith ddewisol</translation>
    </message>
    <message>
        <source>Applied &amp;with (group)</source>
        <translation>Gwnaeth gais gyda (&amp;grŵp)</translation>
    </message>
    <message>
        <source>&amp;Access needs</source>
        <translation>Anghenion myne&amp;diad</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>Anghenion deie&amp;t</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Cod cofrestru</translation>
    </message>
</context>
<context>
    <name>applicants_models</name>
    <message>
        <source>Applied</source>
        <extracomment>Each ticket state as the window names it (marked here, translated where shown).</extracomment>
        <translation>Wedi gwneud cais</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Wedi’i dynnu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd lle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canslwyd</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Wedi cofrestru</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Heb ddod</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Llywodraeth leol</translation>
    </message>
    <message>
        <source>Central government</source>
        <translation>Llywodraeth ganolog</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector cyhoeddus</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Elusen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Cyflenwr</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Academaidd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>applicants_page</name>
    <message>
        <source>Chance of a place by group</source>
        <extracomment>How often open offers are checked for expiry while the window is open.</extracomment>
        <translation>Siawns o gael lle, fesul grŵp</translation>
    </message>
    <message>
        <source>Simulate the draw to see each group&apos;s chance of a place.</source>
        <translation>Efelychwch y tynnu i weld siawns pob grŵp o gael lle.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>Y tro cyntaf</translation>
    </message>
    <message>
        <source>Been before</source>
        <translation>Wedi bod o’r blaen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mynychwyr</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Trefnwyr</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Noddwyr</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Arweinwyr</translation>
    </message>
    <message>
        <source>Search applicants</source>
        <translation>Chwilio ymgeiswyr</translation>
    </message>
    <message>
        <source>Shows only applicants whose name, email or organisation match</source>
        <translation>Yn dangos dim ond ymgeiswyr y mae eu henw, eu e-bost neu eu sefydliad yn cyfateb</translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation>Chwilio enwau, cyfeiriadau e-bost, sefydliadau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Dyblygion posibl</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Math o sefydliad</translation>
    </message>
    <message>
        <source>Any organisation type</source>
        <translation>Unrhyw fath o sefydliad</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Ymgeiswyr</translation>
    </message>
    <message>
        <source>One row a person; Enter or double-click edits them</source>
        <translation>Un rhes i bob person; mae Enter neu glicio ddwywaith yn eu golygu</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) to check</source>
        <translation>
            <numerusform>%n o ddyblygiadau posibl i’w gwirio</numerusform>
            <numerusform>%n dyblygiad posibl i’w wirio</numerusform>
            <numerusform>%n ddyblygiad posibl i’w gwirio</numerusform>
            <numerusform>%n dyblygiad posibl i’w gwirio</numerusform>
            <numerusform>%n o ddyblygiadau posibl i’w gwirio</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has applied yet.</source>
        <translation>Does neb wedi gwneud cais eto.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Dim uchafswm</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Defnyddio&apos;r rheolau</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rheolau</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Lleoedd</translation>
    </message>
    <message>
        <source>&amp;Cap per organisation</source>
        <translation>&amp;Uchafswm i bob sefydliad</translation>
    </message>
    <message>
        <source>At least, &amp;local government</source>
        <translation>O leiaf, llywodraeth l&amp;eol</translation>
    </message>
    <message>
        <source>At least, first-&amp;timers</source>
        <translation>O leiaf, pobl am y &amp;tro cyntaf</translation>
    </message>
    <message>
        <source>Offers stay &amp;open for</source>
        <translation>Mae cynigion ar &amp;agor am</translation>
    </message>
    <message>
        <source>Organisers, volunteers and sponsors are always in.</source>
        <translation>Mae trefnwyr, gwirfoddolwyr a noddwyr bob amser yn cael lle.</translation>
    </message>
    <message>
        <source>Simulate the draw</source>
        <translation>Efelychu&apos;r tynnu</translation>
    </message>
    <message>
        <source>Chance of a place, by group</source>
        <translation>Siawns o gael lle, fesul grŵp</translation>
    </message>
    <message>
        <source>Commit to get the digest to publish</source>
        <translation>Ymrwymwch i gael y crynodeb i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <source>Commit applicants</source>
        <translation>Ymrwymo i&apos;r ymgeiswyr</translation>
    </message>
    <message>
        <source>Public seed, e.g. the next national lottery numbers</source>
        <translation>Hedyn cyhoeddus, e.e. rhifau nesaf y loteri genedlaethol</translation>
    </message>
    <message>
        <source>Draw…</source>
        <translation>Tynnu…</translation>
    </message>
    <message>
        <source>Reset draw…</source>
        <translation>Ailosod y tynnu…</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <source>Offer free places</source>
        <translation>Cynnig lleoedd gwag</translation>
    </message>
    <message>
        <source>Offer every free place to the next people on the waiting list</source>
        <translation>Cynnig pob lle gwag i&apos;r bobl nesaf ar y rhestr aros</translation>
    </message>
    <message>
        <source>Offer to selected</source>
        <translation>Cynnig i&apos;r rhai a ddewiswyd</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Results and waiting list</source>
        <translation>Canlyniadau a&apos;r rhestr aros</translation>
    </message>
    <message>
        <source>Offers have been sent, so the draw can no longer be reset.</source>
        <translation>Mae cynigion wedi&apos;u hanfon, felly does dim modd ailosod y tynnu mwyach.</translation>
    </message>
    <message>
        <source>%1 of %2 taken or offered.</source>
        <translation>%1 o %2 wedi&apos;u cymryd neu eu cynnig.</translation>
    </message>
    <message>
        <source>⚠ More people hold or are offered a place than there are places: %1 for %2 (%3 over). Offers accepted after others declined, or people who are always in, can do this. Check the venue can take them, or raise Places.</source>
        <translation>⚠ Mae mwy o bobl â lle neu wedi cael cynnig lle nag sydd o leoedd: %1 ar gyfer %2 (%3 yn ormod). Gall cynigion a dderbyniwyd ar ôl i eraill wrthod, neu bobl sydd bob amser yn cael lle, achosi hyn. Gwiriwch fod lle i bawb yn y lleoliad, neu codwch nifer y Lleoedd.</translation>
    </message>
    <message>
        <source>Over %1 with different seeds.</source>
        <translation>Dros %1 gyda hadau gwahanol.</translation>
    </message>
    <message>
        <source>Type the public seed first.</source>
        <translation>Teipiwch yr hedyn cyhoeddus yn gyntaf.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tocynnau</translation>
    </message>
    <message>
        <source>Select people in the list first.</source>
        <translation>Dewiswch bobl yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>Loteri</translation>
    </message>
    <message>
        <source>%1 offers passed their deadline and went to the next people waiting (this cannot be undone).</source>
        <translation>Aeth %1 o gynigion heibio i&apos;w dyddiad cau a mynd i&apos;r bobl nesaf sy&apos;n aros (does dim modd dadwneud hyn).</translation>
    </message>
</context>
<context>
    <name>checkin_commands</name>
    <message>
        <source>Check in %1</source>
        <extracomment>A walk-in is a new person too: the applicants list and the desk&apos;s search both take them in.</extracomment>
        <translation>Cofrestru %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Add %1 to the door queue</source>
        <translation>Ychwanegu %1 at y ciw wrth y drws</translation>
    </message>
    <message>
        <source>Door queue</source>
        <translation>Ciw wrth y drws</translation>
    </message>
    <message>
        <source>Release %1 no-shows</source>
        <translation>Rhyddhau lleoedd %1 o bobl na ddaeth</translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation>Rhyddhau lleoedd pobl na ddaeth</translation>
    </message>
    <message>
        <source>Mark %1 people who have not checked in as no-shows, and give %2 places to the door queue?</source>
        <translation>Nodi bod %1 o bobl sydd heb gofrestru heb ddod, a rhoi %2 o leoedd i&apos;r ciw wrth y drws?</translation>
    </message>
    <message>
        <source>No-shows:
%1%2

Given a place and checked in:
%3

Organisers, volunteers and sponsors keep their places. Edit ▸ Undo puts everything back.</source>
        <translation>Heb ddod:
%1%2

Wedi cael lle a&apos;u cofrestru:
%3

Mae trefnwyr, gwirfoddolwyr a noddwyr yn cadw eu lleoedd. Mae Golygu ▸ Dadwneud yn rhoi popeth yn ôl.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhau</translation>
    </message>
    <message>
        <source>Add walk-in %1</source>
        <translation>Ychwanegu %1 a gyrhaeddodd heb le</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>Rhywun newydd wrth y drws</translation>
    </message>
    <message>
        <source>Record the badge print</source>
        <translation>Cofnodi argraffu&apos;r bathodyn</translation>
    </message>
</context>
<context>
    <name>checkin_dialogs</name>
    <message>
        <source>New walk-in</source>
        <translation>Rhywun newydd wrth y drws</translation>
    </message>
    <message>
        <source>first name, unless they say otherwise</source>
        <translation>enw cyntaf, oni bai eu bod yn dweud fel arall</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free: they will be checked in.</source>
        <translation>
            <numerusform>%n lle yn wag: byddant yn cael eu cofrestru.</numerusform>
            <numerusform>%n lle yn wag: byddant yn cael eu cofrestru.</numerusform>
            <numerusform>%n lle yn wag: byddant yn cael eu cofrestru.</numerusform>
            <numerusform>%n lle yn wag: byddant yn cael eu cofrestru.</numerusform>
            <numerusform>%n o leoedd yn wag: byddant yn cael eu cofrestru.</numerusform>
        </translation>
    </message>
    <message>
        <source>No place is free: they will join the end of the door queue.</source>
        <translation>Does dim lle gwag: byddant yn ymuno â diwedd y ciw wrth y drws.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Enw ar y bathodyn</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Mae angen enw ar bawb sy&apos;n cyrraedd.</translation>
    </message>
    <message>
        <source>Desk printer</source>
        <translation>Argraffydd y ddesg</translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation>Dewis argraffydd…</translation>
    </message>
    <message>
        <source>No printer: write a PDF</source>
        <translation>Dim argraffydd: ysgrifennu PDF</translation>
    </message>
    <message>
        <source>Print the badge automatically on check-in</source>
        <translation>Argraffu&apos;r bathodyn yn awtomatig wrth gofrestru</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Labeli</translation>
    </message>
    <message>
        <source>Next label on the sheet</source>
        <translation>Y label nesaf ar y ddalen</translation>
    </message>
    <message>
        <source>Labels count left to right, then top to bottom.</source>
        <translation>Caiff labeli eu cyfrif o&apos;r chwith i&apos;r dde, yna o&apos;r top i&apos;r gwaelod.</translation>
    </message>
</context>
<context>
    <name>checkin_page</name>
    <message>
        <source>Check-in</source>
        <extracomment>How often the counts and door queue are re-read, for what other desks did. Changes that bring or take people (an import, the lottery, a walk-in): the search is rebuilt for them. Opens a written PDF; tests replace it so nothing is launched. Asks before printing again; tests replace it.</extracomment>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Sganio neu chwilio</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, organisation, e-mail or code</source>
        <translation>Sganiwch fathodyn, neu teipiwch enw, sefydliad, e-bost neu god</translation>
    </message>
    <message>
        <source>Waiting at the door</source>
        <translation>Yn aros wrth y drws</translation>
    </message>
    <message>
        <source>Re&amp;lease no-shows…</source>
        <translation>Rhyddhau lleoedd pobl na dd&amp;aeth…</translation>
    </message>
    <message>
        <source>New &amp;walk-in…</source>
        <translation>Rhywun &amp;newydd wrth y drws…</translation>
    </message>
    <message>
        <source>Re&amp;voke phone code…</source>
        <translation>D&amp;irymu cod ffôn…</translation>
    </message>
    <message>
        <source>Stop the code of the person shown working on phones (a lost badge): their stars stop counting</source>
        <translation>Atal cod y person a ddangosir rhag gweithio ar ffonau (bathodyn a gollwyd): mae eu sêr yn peidio â chyfrif</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation>Cyrraedd bob chwarter awr</translation>
    </message>
    <message>
        <source>Door queue</source>
        <translation>Ciw wrth y drws</translation>
    </message>
    <message>
        <source>&amp;Desk: %1</source>
        <translation>&amp;Desg: %1</translation>
    </message>
    <message>
        <source>This laptop&apos;s desk name, recorded with every check-in. Click to change.</source>
        <translation>Enw desg y gliniadur hwn, a gofnodir gyda phob cofrestriad. Cliciwch i&apos;w newid.</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Enw&apos;r ddesg</translation>
    </message>
    <message>
        <source>This desk is called:</source>
        <translation>Enw&apos;r ddesg hon yw:</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 o %3)</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>dim sefydliad</translation>
    </message>
    <message>
        <source>No one in this event has that code, e-mail or id.</source>
        <translation>Does gan neb yn y digwyddiad hwn y cod, yr e-bost na&apos;r rhif adnabod hwnnw.</translation>
    </message>
    <message>
        <source>Type two or three letters of their name to search, or add them as a walk-in.</source>
        <translation>Teipiwch ddwy neu dair llythyren o&apos;u henw i chwilio, neu ychwanegwch nhw fel rhywun newydd wrth y drws.</translation>
    </message>
    <message>
        <source>%1, in since %2%3</source>
        <translation>%1, yma ers %2%3</translation>
    </message>
    <message>
        <source>Nothing to do: they are already checked in. %1 P reprints a lost badge.</source>
        <translation>Dim i&apos;w wneud: maen nhw wedi cofrestru&apos;n barod. %1 Mae P yn ailargraffu bathodyn a gollwyd.</translation>
    </message>
    <message>
        <source>%1: number %2 on the waiting list</source>
        <translation>%1: rhif %2 ar y rhestr aros</translation>
    </message>
    <message>
        <source>%1: no place</source>
        <translation>%1: dim lle</translation>
    </message>
    <message>
        <source>They cannot be checked in. A walk-in can take a free place, or wait in the door queue.</source>
        <translation>Does dim modd eu cofrestru. Gall rhywun newydd wrth y drws gymryd lle gwag, neu aros yn y ciw wrth y drws.</translation>
    </message>
    <message>
        <source>%1: number %2</source>
        <translation>%1: rhif %2</translation>
    </message>
    <message>
        <source>They get a place, in waiting-list order, when no-shows are released.</source>
        <translation>Byddant yn cael lle, yn nhrefn y rhestr aros, pan gaiff lleoedd pobl na ddaeth eu rhyddhau.</translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation>Rhyddhau lleoedd pobl na ddaeth</translation>
    </message>
    <message>
        <source>Everyone with a place has checked in.</source>
        <translation>Mae pawb sydd â lle wedi cofrestru.</translation>
    </message>
    <message>
        <source>%1 places freed, %2 given to the door queue</source>
        <translation>%1 o leoedd wedi&apos;u rhyddhau, %2 wedi&apos;u rhoi i&apos;r ciw wrth y drws</translation>
    </message>
    <message>
        <source>Call them to the desk for their badges. Ctrl+Z undoes the release.</source>
        <translation>Galwch nhw at y ddesg i gael eu bathodynnau. Mae Ctrl+Z yn dadwneud y rhyddhau.</translation>
    </message>
    <message>
        <source>Revoke phone code</source>
        <translation>Dirymu cod ffôn</translation>
    </message>
    <message>
        <source>Scan their badge or find them by name first; then revoke the code shown.</source>
        <translation>Sganiwch eu bathodyn neu dewch o hyd iddyn nhw yn ôl enw yn gyntaf; yna dirymwch y cod a ddangosir.</translation>
    </message>
    <message>
        <source>%1&apos;s code already does not work on phones.</source>
        <translation>Nid yw cod %1 yn gweithio ar ffonau yn barod.</translation>
    </message>
    <message>
        <source>Their phones are signed out and their stars no longer count.</source>
        <translation>Mae eu ffonau wedi&apos;u hallgofnodi ac nid yw eu sêr yn cyfrif mwyach.</translation>
    </message>
    <message>
        <source>Their badge still checks them in here. Ctrl+Z undoes it.</source>
        <translation>Mae eu bathodyn yn dal i&apos;w cofrestru yma. Mae Ctrl+Z yn ei ddadwneud.</translation>
    </message>
    <message>
        <source>%1 · walk-in · code %2</source>
        <translation>%1 · wrth y drws · cod %2</translation>
    </message>
    <message>
        <source>Given a free place and checked in. Press P to print their badge.</source>
        <translation>Wedi cael lle gwag a&apos;u cofrestru. Pwyswch P i argraffu eu bathodyn.</translation>
    </message>
    <message>
        <source>No place is free yet.</source>
        <translation>Does dim lle gwag eto.</translation>
    </message>
    <message>
        <source>They get a place if no-shows are released.</source>
        <translation>Byddant yn cael lle os caiff lleoedd pobl na ddaeth eu rhyddhau.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Wedi dadwneud: %1.</translation>
    </message>
    <message>
        <source>P&amp;rinter: %1 (%2%3)</source>
        <translation>A&amp;rgraffydd: %1 (%2%3)</translation>
    </message>
    <message>
        <source>Print again?</source>
        <translation>Argraffu eto?</translation>
    </message>
    <message>
        <source>%1&apos;s badge was printed at %2%3 — print again?</source>
        <translation>Argraffwyd bathodyn %1 am %2%3 — argraffu eto?</translation>
    </message>
    <message>
        <source>The printer “%1” could not start printing.</source>
        <translation>Methodd yr argraffydd “%1” ddechrau argraffu.</translation>
    </message>
    <message>
        <source>The badge was not printed</source>
        <translation>Ni chafodd y bathodyn ei argraffu</translation>
    </message>
    <message>
        <source>Badge sent to %1.</source>
        <translation>Anfonwyd y bathodyn i %1.</translation>
    </message>
    <message>
        <source>Badge written to %1.</source>
        <translation>Ysgrifennwyd y bathodyn i %1.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:%1pt&apos;&gt;%2&lt;/b&gt; checked in of %3 expected&lt;br&gt;%4 not yet · %5 in the door queue · %6 places free</source>
        <translation>&lt;b style=&apos;font-size:%1pt&apos;&gt;%2&lt;/b&gt; wedi cofrestru o %3 a ddisgwylir&lt;br&gt;%4 heb gyrraedd eto · %5 yn y ciw wrth y drws · %6 lle yn wag</translation>
    </message>
    <message>
        <source>Door queue (%1)</source>
        <translation>Ciw wrth y drws (%1)</translation>
    </message>
    <message>
        <source>Nobody is waiting at the door.</source>
        <translation>Does neb yn aros wrth y drws.</translation>
    </message>
    <message>
        <source>in at %1</source>
        <translation>i mewn wrth %1</translation>
    </message>
    <message>
        <source>in</source>
        <translation>i mewn</translation>
    </message>
    <message>
        <source>door queue</source>
        <translation>ciw wrth y drws</translation>
    </message>
    <message>
        <source>waiting list %1</source>
        <translation>rhestr aros %1</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>rhestr aros</translation>
    </message>
</context>
<context>
    <name>checkin_widgets</name>
    <message>
        <source>CHECKED IN</source>
        <translation>WEDI COFRESTRU</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>YMA&apos;N BAROD</translation>
    </message>
    <message>
        <source>WAITING LIST</source>
        <translation>RHESTR AROS</translation>
    </message>
    <message>
        <source>NO PLACE</source>
        <translation>DIM LLE</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>HEB DDOD O HYD IDDO</translation>
    </message>
    <message>
        <source>DOOR QUEUE</source>
        <translation>CIW WRTH Y DRWS</translation>
    </message>
    <message>
        <source>NO-SHOWS RELEASED</source>
        <translation>LLEOEDD WEDI&apos;U RHYDDHAU</translation>
    </message>
    <message>
        <source>PHONE CODE REVOKED</source>
        <translation>COD FFÔN WEDI&apos;I DDIRYMU</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour from %1 to %2; busiest %3 with %4.</source>
        <translation>Cyrraedd bob chwarter awr o %1 tan %2; prysuraf am %3 gyda %4.</translation>
    </message>
    <message>
        <source>No arrivals yet.</source>
        <translation>Does neb wedi cyrraedd eto.</translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>Does neb wedi cyrraedd eto</translation>
    </message>
    <message>
        <source>Busiest %1: %2 arrivals</source>
        <translation>Prysuraf %1: %2 wedi cyrraedd</translation>
    </message>
    <message>
        <source>The result of the last check-in</source>
        <extracomment>Results a person at the desk must hear at once, interrupting whatever the screen reader is saying.</extracomment>
        <translation>Canlyniad y cofrestriad diwethaf</translation>
    </message>
    <message>
        <source>Add to the door queue</source>
        <translation>Ychwanegu at y ciw wrth y drws</translation>
    </message>
    <message>
        <source>Print badge (P)</source>
        <translation>Argraffu bathodyn (P)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Dadwneud (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Scan a badge or ticket, or type two letters of a name.</source>
        <translation>Sganiwch fathodyn neu docyn, neu teipiwch ddwy lythyren o enw.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Check-in result: ready. %1</source>
        <translation>Canlyniad cofrestru: yn barod. %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit event details</source>
        <translation>Golygu manylion y digwyddiad</translation>
    </message>
    <message>
        <source>Add room “%1”</source>
        <translation>Ychwanegu&apos;r ystafell “%1”</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ychwanegu ystafell</translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation>Golygu&apos;r ystafell “%1”</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Golygu ystafell</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Tynnu ystafell</translation>
    </message>
    <message>
        <source>Remove “%1”? Its %2 will be taken off the grid: %3.</source>
        <translation>Tynnu “%1”? Bydd ei %2 yn cael eu tynnu oddi ar y grid: %3.</translation>
    </message>
    <message>
        <source>They go back to Unplaced, ready to put elsewhere. Ctrl+Z puts the room and them back.</source>
        <translation>Maen nhw&apos;n mynd yn ôl i Heb eu gosod, yn barod i&apos;w rhoi yn rhywle arall. Mae Ctrl+Z yn rhoi&apos;r ystafell a nhw yn ôl.</translation>
    </message>
    <message>
        <source>&amp;Remove room</source>
        <translation>&amp;Tynnu&apos;r ystafell</translation>
    </message>
    <message>
        <source>Move room “%1”</source>
        <translation>Symud yr ystafell “%1”</translation>
    </message>
    <message>
        <source>Move room</source>
        <translation>Symud ystafell</translation>
    </message>
    <message>
        <source>Remove slot %1</source>
        <translation>Tynnu&apos;r slot %1</translation>
    </message>
    <message>
        <source>Add slot %1</source>
        <translation>Ychwanegu&apos;r slot %1</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Ychwanegu slot</translation>
    </message>
    <message>
        <source>Edit slot %1</source>
        <translation>Golygu&apos;r slot %1</translation>
    </message>
    <message>
        <source>Edit slot</source>
        <translation>Golygu slot</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Tynnu slot</translation>
    </message>
    <message>
        <source>Remove the slot %1? Its %2 will be taken off the grid: %3.</source>
        <translation>Tynnu&apos;r slot %1? Bydd ei %2 yn cael eu tynnu oddi ar y grid: %3.</translation>
    </message>
    <message>
        <source>They go back to Unplaced. Ctrl+Z puts the slot and them back.</source>
        <translation>Maen nhw&apos;n mynd yn ôl i Heb eu gosod. Mae Ctrl+Z yn rhoi&apos;r slot a nhw yn ôl.</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>&amp;Tynnu&apos;r slot</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Not connected to the shared event — nothing was changed; reconnecting…</source>
        <extracomment>What an edit refused while offline says (the action entry shows it).</extracomment>
        <translation>Heb gysylltu â&apos;r digwyddiad a rennir — ni newidiwyd dim byd; yn ailgysylltu…</translation>
    </message>
    <message>
        <source>the connection to the server dropped</source>
        <extracomment>How often a connected window pings its server. How often the listener&apos;s connection is looked at. The pauses between tries once the server is gone: quick at first, then every eight seconds. True when the server is back, False when it went away. Seconds until the next try, while offline (for the banner). Emitted from the ping&apos;s thread with its verdict (None: answered); queued to this object&apos;s thread. Why the server is out of reach (the driver&apos;s words), while offline.</extracomment>
        <translation>collwyd y cysylltiad â&apos;r gweinydd</translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n o ymgeiswyr</numerusform>
            <numerusform>%n ymgeisydd</numerusform>
            <numerusform>%n ymgeisydd</numerusform>
            <numerusform>%n ymgeisydd</numerusform>
            <numerusform>%n o ymgeiswyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n o fathodynnau</numerusform>
            <numerusform>%n bathodyn</numerusform>
            <numerusform>%n bathodyn</numerusform>
            <numerusform>%n bathodyn</numerusform>
            <numerusform>%n o fathodynnau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n o newidiadau</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n o newidiadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n o golofnau</numerusform>
            <numerusform>%n golofn</numerusform>
            <numerusform>%n colofn</numerusform>
            <numerusform>%n colofn</numerusform>
            <numerusform>%n o golofnau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s)</source>
        <translation>
            <numerusform>%n o dyniadau</numerusform>
            <numerusform>%n tyniad</numerusform>
            <numerusform>%n tyniad</numerusform>
            <numerusform>%n tyniad</numerusform>
            <numerusform>%n o dyniadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n o resi da</numerusform>
            <numerusform>%n rhes dda</numerusform>
            <numerusform>%n rhes dda</numerusform>
            <numerusform>%n rhes dda</numerusform>
            <numerusform>%n o resi da</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n o ddwylo</numerusform>
            <numerusform>%n llaw</numerusform>
            <numerusform>%n law</numerusform>
            <numerusform>%n llaw</numerusform>
            <numerusform>%n o ddwylo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n dudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n o dudalennau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pitch(es)</source>
        <translation>
            <numerusform>%n o gynigion</numerusform>
            <numerusform>%n cynnig</numerusform>
            <numerusform>%n cynnig</numerusform>
            <numerusform>%n cynnig</numerusform>
            <numerusform>%n o gynigion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n o leoedd</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n o leoedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n o broblemau</numerusform>
            <numerusform>%n broblem</numerusform>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
            <numerusform>%n o broblemau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n o ystafelloedd</numerusform>
            <numerusform>%n ystafell</numerusform>
            <numerusform>%n ystafell</numerusform>
            <numerusform>%n ystafell</numerusform>
            <numerusform>%n o ystafelloedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n o resi</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n o resi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n o seddi</numerusform>
            <numerusform>%n sedd</numerusform>
            <numerusform>%n sedd</numerusform>
            <numerusform>%n sedd</numerusform>
            <numerusform>%n o seddi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n o sesiynau</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n o sesiynau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session slot(s)</source>
        <translation>
            <numerusform>%n o slotiau sesiwn</numerusform>
            <numerusform>%n slot sesiwn</numerusform>
            <numerusform>%n slot sesiwn</numerusform>
            <numerusform>%n slot sesiwn</numerusform>
            <numerusform>%n o slotiau sesiwn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n o slotiau</numerusform>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slot</numerusform>
            <numerusform>%n o slotiau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n o sêr</numerusform>
            <numerusform>%n seren</numerusform>
            <numerusform>%n seren</numerusform>
            <numerusform>%n seren</numerusform>
            <numerusform>%n o sêr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>date_field</name>
    <message>
        <source>Type a date such as 27/03/2027 or 27 Mar 2027; Up and Down step a day, Alt+Down opens a calendar</source>
        <extracomment>The date changed (typed and confirmed, stepped, or picked in the calendar). The person finished with the field (Enter, leaving it, or picking from the calendar).</extracomment>
        <translation>Teipiwch ddyddiad fel 27/03/2027 neu 27 Mar 2027; mae Up a Down yn symud diwrnod, mae Alt+Down yn agor calendr</translation>
    </message>
    <message>
        <source>Up and Down step a day; Alt+Down opens a calendar</source>
        <translation>Mae Up a Down yn symud diwrnod; mae Alt+Down yn agor calendr</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Dewis o galendr (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>That was not a date; type one such as 27/03/2027 or 27 Mar 2027</source>
        <translation>Nid dyddiad oedd hwnna; teipiwch un fel 27/03/2027 neu 27 Mar 2027</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Problem</source>
        <extracomment>A callback that makes the change; it raises GovcampError to refuse it.</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Digwyddiad newydd</translation>
    </message>
    <message>
        <source>e.g. LocalGovCamp 2027</source>
        <translation>e.e. LocalGovCamp 2027</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <source>Venue name and town</source>
        <translation>Enw&apos;r lleoliad a&apos;r dref</translation>
    </message>
    <message>
        <source>Where the event file is saved</source>
        <translation>Ble caiff ffeil y digwyddiad ei chadw</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>De&amp;wis…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Diwrnod &amp;cyntaf</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Diwrnod &amp;olaf</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lleoliad</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Cylchfa &amp;amser</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Ca&amp;dw fel</translation>
    </message>
    <message>
        <source>Save the event as</source>
        <translation>Cadw&apos;r digwyddiad fel</translation>
    </message>
    <message>
        <source>govcamp events (*.govcamp)</source>
        <translation>Digwyddiadau govcamp (*.govcamp)</translation>
    </message>
    <message>
        <source>.govcamp</source>
        <translation>.govcamp</translation>
    </message>
    <message>
        <source>Choose where to save the event file.</source>
        <translation>Dewiswch ble i gadw ffeil y digwyddiad.</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Golygu ystafell</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ychwanegu ystafell</translation>
    </message>
    <message>
        <source>e.g. Council chamber</source>
        <translation>e.e. Siambr y cyngor</translation>
    </message>
    <message>
        <source> people</source>
        <translation> o bobl</translation>
    </message>
    <message>
        <source>ncoa</source>
        <comment>the letters the room form&apos;s labels use</comment>
        <translation>ecay</translation>
    </message>
    <message>
        <source>Other features, comma-separated</source>
        <translation>Nodweddion eraill, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Available in slots</source>
        <translation>Ar gael yn y slotiau</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capasiti</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Nodweddion</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Arall</translation>
    </message>
    <message>
        <source>&amp;Available in</source>
        <translation>Ar gael &amp;yn</translation>
    </message>
    <message>
        <source>Edit slot</source>
        <translation>Golygu slot</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Ychwanegu slot</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>e.g. Session 3, Lunch</source>
        <translation>e.e. Sesiwn 3, Cinio</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dec&amp;hrau</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
</context>
<context>
    <name>empty</name>
    <message>
        <source>This page is not built yet. The data is already in the event file, safe.</source>
        <translation>Dyw&apos;r dudalen hon ddim yn barod eto. Mae&apos;r data eisoes yn ddiogel yn ffeil y digwyddiad.</translation>
    </message>
</context>
<context>
    <name>encoding_question</name>
    <message>
        <source>Which text is right?</source>
        <translation>Pa destun sy&apos;n gywir?</translation>
    </message>
    <message>
        <source>govcamp cannot be sure how this file&apos;s text is encoded. Line %1 reads like this in each encoding it could be in; choose the one that looks right:</source>
        <translation>Ni all govcamp fod yn siŵr sut mae testun y ffeil hon wedi&apos;i amgodio. Dyma sut mae llinell %1 yn darllen ym mhob amgodiad posibl; dewiswch yr un sy&apos;n edrych yn gywir:</translation>
    </message>
</context>
<context>
    <name>event_page</name>
    <message>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <source>organisers@example.org</source>
        <translation>trefnwyr@example.org</translation>
    </message>
    <message>
        <source>The organisers&apos; address. Calendars name it as their organiser; without one they name a placeholder that reaches nobody.</source>
        <translation>Cyfeiriad y trefnwyr. Mae calendrau&apos;n ei enwi fel y trefnydd; hebddo, maen nhw&apos;n enwi cyfeiriad ffug nad yw&apos;n cyrraedd neb.</translation>
    </message>
    <message>
        <source>Language of printed badges, signs, poster and archive</source>
        <translation>Iaith bathodynnau, arwyddion, poster ac archif wedi’u hargraffu</translation>
    </message>
    <message>
        <source>A few words for the archive and the calendar.</source>
        <translation>Ychydig eiriau ar gyfer yr archif a&apos;r calendr.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dyddiadau</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lleoliad</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Cylchfa &amp;amser</translation>
    </message>
    <message>
        <source>&amp;Contact email</source>
        <translation>E-bost &amp;cyswllt</translation>
    </message>
    <message>
        <source>Pr&amp;inted language</source>
        <translation>Iaith argraff&amp;u</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Disg&amp;rifiad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>No rooms yet. Add the rooms sessions can use, biggest first.</source>
        <translation>Dim ystafelloedd eto. Ychwanegwch yr ystafelloedd y gall sesiynau eu defnyddio, y fwyaf yn gyntaf.</translation>
    </message>
    <message>
        <source>&amp;Add room…</source>
        <translation>Ys&amp;tafell newydd…</translation>
    </message>
    <message>
        <source>Add a room (Ctrl+Shift+R)</source>
        <translation>Ychwanegu ystafell (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Edit the selected room (Enter)</source>
        <translation>Golygu&apos;r ystafell a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected room (Delete)</source>
        <translation>Tynnu&apos;r ystafell a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move the room left in the grid (Ctrl+Up)</source>
        <translation>Symud yr ystafell i&apos;r chwith yn y grid (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move the room right in the grid (Ctrl+Down)</source>
        <translation>Symud yr ystafell i&apos;r dde yn y grid (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ystafelloedd</translation>
    </message>
    <message>
        <source>No slots yet. Add the day&apos;s session slots, breaks and lunch.</source>
        <translation>Dim slotiau eto. Ychwanegwch slotiau sesiwn y dydd, yr egwylion a chinio.</translation>
    </message>
    <message>
        <source>Add &amp;slot…</source>
        <translation>&amp;Slot newydd…</translation>
    </message>
    <message>
        <source>Add a slot after the last one (Ctrl+Shift+T)</source>
        <translation>Ychwanegu slot ar ôl yr un olaf (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Edit the selected slot (Enter)</source>
        <translation>Golygu&apos;r slot a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected slot (Delete)</source>
        <translation>Tynnu&apos;r slot a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>%1, %2 of them for sessions</source>
        <translation>%1, %2 ohonynt ar gyfer sesiynau</translation>
    </message>
    <message>
        <source>Removed “%1”; %2 went back to Unplaced. Undo with Ctrl+Z.</source>
        <translation>Tynnwyd “%1”; aeth %2 yn ôl i Heb eu gosod. Dadwneud gyda Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>export_archive</name>
    <message>
        <source>A website of every session&apos;s notes that works offline from a folder or a USB stick, and on any web host: the grid, one page per session, tags and search. It also holds notes.json and one Markdown file per session. Hosts are named only where they agreed; no email addresses or personal needs are included.</source>
        <translation>Gwefan o nodiadau pob sesiwn sy&apos;n gweithio all-lein o ffolder neu gof bach USB, ac ar unrhyw wasanaeth gwe: y grid, un dudalen i bob sesiwn, tagiau a chwilio. Mae hefyd yn cynnwys notes.json ac un ffeil Markdown i bob sesiwn. Dim ond lle maen nhw wedi cytuno y caiff cyflwynwyr eu henwi; does dim cyfeiriadau e-bost nac anghenion personol ynddi.</translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation>Ffolder ar gyfer yr archif</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Also pack it into a .zip file to share</source>
        <translation>Ei phacio hefyd mewn ffeil .zip i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Write the archive</source>
        <translation>Ysgrifennu&apos;r archif</translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation>Dewiswch ffolder ar gyfer yr archif</translation>
    </message>
    <message>
        <source>Choose a folder for the archive first.</source>
        <translation>Dewiswch ffolder ar gyfer yr archif yn gyntaf.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Ni ysgrifennwyd dim byd: %1</translation>
    </message>
    <message>
        <source>Replace the earlier archive?</source>
        <translation>Disodli&apos;r archif gynharach?</translation>
    </message>
    <message>
        <source>%1 holds an archive written earlier. Replace the files govcamp wrote there? Any other files in the folder are kept.</source>
        <translation>Mae archif a ysgrifennwyd yn gynharach yn %1. Disodli&apos;r ffeiliau a ysgrifennodd govcamp yno? Caiff unrhyw ffeiliau eraill yn y ffolder eu cadw.</translation>
    </message>
    <message>
        <source>Nothing was written; the earlier archive was kept.</source>
        <translation>Ni ysgrifennwyd dim byd; cadwyd yr archif gynharach.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open it in a web browser&lt;/a&gt;.</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Ei hagor mewn porwr gwe&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>export_badges</name>
    <message>
        <source>Everyone with a place</source>
        <extracomment>The choices of people, in the order offered; the last takes the people chosen by name beside it.</extracomment>
        <translation>Pawb sydd â lle</translation>
    </message>
    <message>
        <source>Everyone who confirmed</source>
        <translation>Pawb a gadarnhaodd</translation>
    </message>
    <message>
        <source>Everyone checked in</source>
        <translation>Pawb sydd wedi cofrestru</translation>
    </message>
    <message>
        <source>Everyone, applicants too</source>
        <translation>Pawb, gan gynnwys ymgeiswyr</translation>
    </message>
    <message>
        <source>These people…</source>
        <translation>Y bobl hyn…</translation>
    </message>
    <message>
        <source>Preview of the first page of badges</source>
        <translation>Rhagolwg o dudalen gyntaf y bathodynnau</translation>
    </message>
    <message>
        <source>Print-ready badges: the name large in any script, pronouns, organisation, a role band and a QR code with the person&apos;s check-in code (or their contact card, where they agreed and the event allows it). Fonts are embedded, so the PDF prints the same anywhere.</source>
        <translation>Bathodynnau&apos;n barod i&apos;w hargraffu: yr enw&apos;n fawr mewn unrhyw wyddor, rhagenwau, sefydliad, band rôl a chod QR gyda chod cofrestru&apos;r person (neu ei gerdyn cyswllt, lle mae wedi cytuno a&apos;r digwyddiad yn caniatáu). Mae&apos;r ffontiau wedi&apos;u mewnblannu, felly mae&apos;r PDF yn argraffu&apos;r un fath ym mhobman.</translation>
    </message>
    <message>
        <source>Badge stock</source>
        <translation>Labeli bathodyn</translation>
    </message>
    <message>
        <source>Fold each badge in half: the name on both faces</source>
        <translation>Plygu pob bathodyn yn ei hanner: yr enw ar y ddwy ochr</translation>
    </message>
    <message>
        <source>Whose badges</source>
        <translation>Bathodynnau pwy</translation>
    </message>
    <message>
        <source>People, by name, e-mail or ticket code, separated by semicolons</source>
        <translation>Pobl, yn ôl enw, e-bost neu god tocyn, wedi&apos;u gwahanu gan hanner colonau</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Labeli</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>Write the badges</source>
        <translation>Ysgrifennu&apos;r bathodynnau</translation>
    </message>
    <message>
        <source>Alignment test page</source>
        <translation>Tudalen prawf alinio</translation>
    </message>
    <message>
        <source>One page with every label&apos;s outline and millimetre rulers, saved beside the badges: print it at 100 % on plain paper and hold it against a sheet of labels before printing them all.</source>
        <translation>Un dudalen gydag amlinell pob label a phren mesur milimetr, wedi&apos;i chadw wrth ymyl y bathodynnau: argraffwch hi ar 100 % ar bapur plaen a&apos;i dal yn erbyn dalen o labeli cyn eu hargraffu i gyd.</translation>
    </message>
    <message>
        <source>Save the badges as</source>
        <translation>Cadw&apos;r bathodynnau fel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>.pdf</source>
        <translation>.pdf</translation>
    </message>
    <message>
        <source>Saved the alignment test page to %1: print it at 100 % (actual size) on plain paper.</source>
        <translation>Cadwyd y dudalen prawf alinio yn %1: argraffwch hi ar 100 % (maint go iawn) ar bapur plaen.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;.</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Ei agor&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Nobody matches that choice of people yet.</source>
        <translation>Does neb yn cyfateb i&apos;r dewis hwnnw o bobl eto.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Choose where to save the badges first.</source>
        <translation>Dewiswch ble i gadw&apos;r bathodynnau yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open the PDF&lt;/a&gt;.%3</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Agor y PDF&lt;/a&gt;.%3</translation>
    </message>
</context>
<context>
    <name>export_calendar</name>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <extracomment>key → (what people see, file suffix) The poster&apos;s sheets, as people choose them (keys as ``govcamp export poster --size`` takes them).</extracomment>
        <translation>Ffolder yw %1; rhowch enw ffeil.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Dyw&apos;r ffolder %1 ddim yn bodoli.</translation>
    </message>
    <message>
        <source>The published grid as a calendar attendees import (moved sessions update in place), a schedule file for conference apps, or printed: the grid as a poster and a sign for each room&apos;s door. Hosts are named only where they agreed.</source>
        <translation>Y grid a gyhoeddwyd fel calendr y gall mynychwyr ei fewnforio (mae sesiynau sy&apos;n symud yn diweddaru yn eu lle), ffeil amserlen ar gyfer apiau cynadledda, neu wedi&apos;i argraffu: y grid fel poster ac arwydd ar gyfer drws pob ystafell. Dim ond lle maen nhw wedi cytuno y caiff cyflwynwyr eu henwi.</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Beth i&apos;w ysgrifennu</translation>
    </message>
    <message>
        <source>Poster size</source>
        <translation>Maint y poster</translation>
    </message>
    <message>
        <source>Phones&apos; address, printed as a QR code</source>
        <translation>Cyfeiriad ar gyfer ffonau, wedi&apos;i argraffu fel cod QR</translation>
    </message>
    <message>
        <source>Phones&apos; address, e.g. http://192.168.1.20:8080/ (optional)</source>
        <translation>Cyfeiriad ar gyfer ffonau, e.e. http://192.168.1.20:8080/ (dewisol)</translation>
    </message>
    <message>
        <source>Printed as a QR code and in words at the foot of every page; filled in while sharing with phones</source>
        <translation>Caiff ei argraffu fel cod QR ac mewn geiriau ar waelod pob tudalen; caiff ei lenwi tra byddwch yn rhannu â ffonau</translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation>Y digwyddiad cyfan</translation>
    </message>
    <message>
        <source>One room</source>
        <translation>Un ystafell</translation>
    </message>
    <message>
        <source>One person&apos;s sessions (hosted or starred)</source>
        <translation>Sesiynau un person (yn eu cyflwyno neu â seren)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Person, by name, e-mail or ticket code</source>
        <translation>Person, yn ôl enw, e-bost neu god tocyn</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Y ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Ysgrifennu i</translation>
    </message>
    <message>
        <source>Choose a file to write first.</source>
        <translation>Dewiswch ffeil i&apos;w hysgrifennu yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name, e-mail address or ticket code.</source>
        <translation>Teipiwch enw&apos;r person, ei gyfeiriad e-bost neu ei god tocyn.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;.</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Ei hagor&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>export_runner</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Disodli&apos;r ffeil?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>Mae %1 yn bodoli&apos;n barod yn %2. Ei disodli?</translation>
    </message>
    <message>
        <source>Nothing was written; %1 was kept.</source>
        <translation>Ni ysgrifennwyd dim byd; cadwyd %1.</translation>
    </message>
</context>
<context>
    <name>exports_page</name>
    <message>
        <source>Exports</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>No exports are built yet. The data is already in the event file, safe.</source>
        <translation>Does dim allforion yn barod eto. Mae&apos;r data eisoes yn ddiogel yn ffeil y digwyddiad.</translation>
    </message>
    <message>
        <source>Notes archive</source>
        <translation>Archif nodiadau</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Bathodynnau</translation>
    </message>
    <message>
        <source>Calendars and the grid</source>
        <translation>Calendrau a&apos;r grid</translation>
    </message>
</context>
<context>
    <name>file_guard</name>
    <message>
        <source>Save a Copy…</source>
        <translation>Cadw Copi…</translation>
    </message>
</context>
<context>
    <name>grid_commands</name>
    <message>
        <source>Move session</source>
        <translation>Symud sesiwn</translation>
    </message>
    <message>
        <source>Unplace “%1”</source>
        <translation>Tynnu “%1” oddi ar y grid</translation>
    </message>
    <message>
        <source>Take off the grid</source>
        <translation>Tynnu oddi ar y grid</translation>
    </message>
    <message>
        <source>Pin session</source>
        <translation>Pinio sesiwn</translation>
    </message>
    <message>
        <source>Fit rooms</source>
        <translation>Ffitio ystafelloedd</translation>
    </message>
    <message>
        <source>The solver found no grid; nothing changed.</source>
        <translation>Ni chafodd y datryswr hyd i grid; newidiodd dim byd.</translation>
    </message>
    <message>
        <source>Suggest grid</source>
        <translation>Awgrymu grid</translation>
    </message>
    <message>
        <source>Publish grid</source>
        <translation>Cyhoeddi&apos;r grid</translation>
    </message>
    <message>
        <source>Save pitch</source>
        <translation>Cadw&apos;r cynnig</translation>
    </message>
    <message>
        <source>Edit pitch</source>
        <translation>Golygu&apos;r cynnig</translation>
    </message>
    <message>
        <source>Withdraw session</source>
        <translation>Tynnu sesiwn yn ôl</translation>
    </message>
    <message>
        <source>Withdraw “%1”? It comes off the grid: %2%3 will be empty.</source>
        <translation>Tynnu “%1” yn ôl? Daw oddi ar y grid: bydd %2%3 yn wag.</translation>
    </message>
    <message>
        <source>The next published version will say it was withdrawn. Ctrl+Z puts it back in its place.</source>
        <translation>Bydd y fersiwn nesaf a gyhoeddir yn dweud iddi gael ei thynnu&apos;n ôl. Mae Ctrl+Z yn ei rhoi&apos;n ôl yn ei lle.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Adfer sesiwn</translation>
    </message>
    <message>
        <source>Merge sessions</source>
        <translation>Cyfuno sesiynau</translation>
    </message>
    <message>
        <source>Import pitches</source>
        <translation>Mewnforio cynigion</translation>
    </message>
</context>
<context>
    <name>grid_models</name>
    <message>
        <source>%1 counted at the pitch</source>
        <extracomment>(session id, room id, slot id); room and slot are None for &quot;back to the unplaced list&quot;. The session being carried by keyboard: loud, so nobody loses it while choosing a cell. On a light palette: pale tints under black text, the carried cell dark blue under white. On a dark palette pale tints would glare: deep tints under white text, the carried cell turned light.</extracomment>
        <translation>%1 wedi’u cyfrif wrth gynnig</translation>
    </message>
    <message>
        <source>%1 from phones</source>
        <translation>%1 o’r ffonau</translation>
    </message>
    <message>
        <source>no special features</source>
        <extracomment>Compact rows: each cell shows the title and &quot;expected/seats&quot; only (hosts are in the tooltip). The session picked up by keyboard, drawn so that it cannot be mistaken for any other cell. Room headers broken over lines to fit their column (the page sets them as widths change). The view&apos;s font at its zoom, for the cells that need a variant of it. Stars from attendees&apos; phones, by session id (shown beside the hands counted).</extracomment>
        <translation>dim nodweddion arbennig</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>wedi’i binio</translation>
    </message>
    <message>
        <source>▶ CARRYING ▶</source>
        <translation>▶ YN CARIO ▶</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 expected; %2 holds %3</source>
        <translation>%1 i ddod; mae %2 yn dal %3</translation>
    </message>
    <message>
        <source>%1 is not available at %2.</source>
        <translation>Nid yw %1 ar gael am %2.</translation>
    </message>
    <message>
        <source>%1 expected, %2</source>
        <translation>%1 i ddod, %2</translation>
    </message>
    <message>
        <source>Hosted by %1</source>
        <translation>Arweinir gan %1</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>Dim arweinydd</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ddim ar gael</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source>carrying</source>
        <translation>yn cario</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>rhybudd: %1</translation>
    </message>
</context>
<context>
    <name>grid_page</name>
    <message>
        <source>Publish grid</source>
        <translation>Cyhoeddi&apos;r grid</translation>
    </message>
    <message>
        <source>e.g. After lunch: two late pitches added</source>
        <extracomment>Says which sessions this version leaves out, so nobody publishes them away by accident.</extracomment>
        <translation>e.e. Ar ôl cinio: dau gynnig hwyr wedi&apos;u hychwanegu</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <source>Publishing announces %1:</source>
        <translation>Mae cyhoeddi&apos;n cyhoeddi %1:</translation>
    </message>
    <message>
        <source>&amp;Message (optional)</source>
        <translation>&amp;Neges (dewisol)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Rooms across, time slots down; Enter picks up the selected session, Enter again drops it</source>
        <translation>Ystafelloedd ar draws, slotiau amser i lawr; mae Enter yn codi&apos;r sesiwn a ddewiswyd, ac Enter eto yn ei gollwng</translation>
    </message>
    <message>
        <source>Select the whole grid</source>
        <translation>Dewis y grid cyfan</translation>
    </message>
    <message>
        <source>Unplaced sessions</source>
        <translation>Sesiynau heb eu gosod</translation>
    </message>
    <message>
        <source>U&amp;nplaced</source>
        <translation>&amp;Heb eu gosod</translation>
    </message>
    <message>
        <source>&amp;Suggest grid</source>
        <translation>&amp;Awgrymu grid</translation>
    </message>
    <message>
        <source>Let the solver build the grid</source>
        <translation>Gadael i&apos;r datryswr adeiladu&apos;r grid</translation>
    </message>
    <message>
        <source> s</source>
        <translation> e</translation>
    </message>
    <message>
        <source>How long Suggest grid may search</source>
        <translation>Am ba hyd y caiff Awgrymu grid chwilio</translation>
    </message>
    <message>
        <source>Search time</source>
        <translation>Amser chwilio</translation>
    </message>
    <message>
        <source>How many seconds Suggest grid may search</source>
        <translation>Sawl eiliad y caiff Awgrymu grid chwilio</translation>
    </message>
    <message>
        <source>Fit &amp;rooms</source>
        <translation>Ffitio ys&amp;tafelloedd</translation>
    </message>
    <message>
        <source>Keep every slot; give the biggest sessions the rooms that hold them</source>
        <translation>Cadw pob slot; rhoi i&apos;r sesiynau mwyaf yr ystafelloedd sy&apos;n eu dal</translation>
    </message>
    <message>
        <source>Pin or unpin the selected session (Ctrl+Shift+P)</source>
        <translation>Pinio neu ddadbinio&apos;r sesiwn a ddewiswyd (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Unpla&amp;ce</source>
        <translation>Tynnu &amp;oddi ar y grid</translation>
    </message>
    <message>
        <source>Take the selected session off the grid (Delete)</source>
        <translation>Tynnu&apos;r sesiwn a ddewiswyd oddi ar y grid (Delete)</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>Cyhoedd&amp;i…</translation>
    </message>
    <message>
        <source>Publish the grid as the next numbered version</source>
        <translation>Cyhoeddi&apos;r grid fel y fersiwn nesaf wedi&apos;i rhifo</translation>
    </message>
    <message>
        <source>Pro&amp;jector view</source>
        <translation>Golwg taflu&amp;nydd</translation>
    </message>
    <message>
        <source>A full-screen grid for the venue screen</source>
        <translation>Grid sgrin lawn ar gyfer sgrin y lleoliad</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+minus)</source>
        <translation>Llai (Ctrl+minws)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Ctrl+0 goes back to 100%</source>
        <translation>Mae Ctrl+0 yn mynd yn ôl i 100%</translation>
    </message>
    <message>
        <source>Larger (Ctrl+plus)</source>
        <translation>Mwy (Ctrl+plws)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Fit &amp;window</source>
        <translation>Ffitio&apos;r ff&amp;enestr</translation>
    </message>
    <message>
        <source>Show the whole grid at once: compact rows, as large as fits (Ctrl+9)</source>
        <translation>Dangos y grid cyfan ar unwaith: rhesi cryno, mor fawr ag sy&apos;n ffitio (Ctrl+9)</translation>
    </message>
    <message>
        <source>C&amp;ompact</source>
        <translation>C&amp;ryno</translation>
    </message>
    <message>
        <source>Each cell shows its title and people/seats only; hosts are in the tooltip</source>
        <translation>Mae pob cell yn dangos ei theitl a phobl/seddi yn unig; mae&apos;r cyflwynwyr yn y cyngor offer</translation>
    </message>
    <message>
        <source>Grid view</source>
        <translation>Golwg grid</translation>
    </message>
    <message>
        <source>Drag a session to a cell (onto another session to swap), or select it, press Enter, choose a cell with the arrow keys and press Enter again. Esc cancels.</source>
        <translation>Llusgwch sesiwn i gell (ar ben sesiwn arall i&apos;w cyfnewid), neu dewiswch hi, pwyswch Enter, dewiswch gell gyda&apos;r bysellau saeth a phwyso Enter eto. Mae Esc yn canslo.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>What Suggest grid changed, and the changelog when you publish, appear here.</source>
        <translation>Mae&apos;r hyn a newidiodd Awgrymu grid, a&apos;r log newidiadau pan fyddwch yn cyhoeddi, yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy this text, e.g. for an announcement</source>
        <translation>Copïo&apos;r testun hwn, e.e. ar gyfer cyhoeddiad</translation>
    </message>
    <message>
        <source>%1 placed · %2 unplaced</source>
        <translation>%1 wedi&apos;u gosod · %2 heb eu gosod</translation>
    </message>
    <message>
        <source> · %1 withdrawn</source>
        <translation> · %1 wedi&apos;u tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemau (%1)</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Dim problemau</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Dadbinio</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pinio</translation>
    </message>
    <message>
        <source>Carrying “%1”: choose a cell with the arrow keys, Enter to put it there, Esc to cancel.</source>
        <translation>Yn cario “%1”: dewiswch gell gyda&apos;r bysellau saeth, Enter i&apos;w rhoi yno, Esc i ganslo.</translation>
    </message>
    <message>
        <source>Put down. Select a session and press Enter to pick it up again.</source>
        <translation>Wedi&apos;i gollwng. Dewiswch sesiwn a phwyso Enter i&apos;w chodi eto.</translation>
    </message>
    <message>
        <source>That is not a session cell: nothing moved.</source>
        <translation>Nid cell sesiwn yw honno: symudodd dim byd.</translation>
    </message>
    <message>
        <source>Moved. Ctrl+Z undoes it.</source>
        <translation>Wedi&apos;i symud. Mae Ctrl+Z yn ei ddadwneud.</translation>
    </message>
    <message>
        <source>Suggest grid</source>
        <translation>Awgrymu grid</translation>
    </message>
    <message>
        <source>Suggest grid cancelled: nothing changed.</source>
        <translation>Canslwyd Awgrymu grid: newidiodd dim byd.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last version.</source>
        <translation>Does dim byd wedi newid ers y fersiwn ddiwethaf.</translation>
    </message>
    <message>
        <source>Published v%1. Copy the changelog for announcements. A published version cannot be undone, so Undo starts afresh from here.</source>
        <translation>Cyhoeddwyd f%1. Copïwch y log newidiadau ar gyfer cyhoeddiadau. Does dim modd dadwneud fersiwn a gyhoeddwyd, felly mae Dadwneud yn dechrau o&apos;r newydd o fan hyn.</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Nodweddion</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ar gael</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Called with the session and what it should become; returns whether the change was stored.</extracomment>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Cyflwynwyr</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Dwylo</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Egwyl</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Cinio</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Sesiwn lawn</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Heb risiau</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Dolen sain</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Sgrin</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Bwrdd gwyn</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Ystafell dawel</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Mynychwr</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Trefnydd</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Noddwr</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Arweinydd sesiwn</translation>
    </message>
</context>
<context>
    <name>language_choice</name>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Welsh and English (Welsh first)</source>
        <translation>Cymraeg a Saesneg (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>Each person&apos;s preferred language</source>
        <translation>Iaith ddewisol pob person</translation>
    </message>
    <message>
        <source>Language of the printed words</source>
        <translation>Iaith y geiriau printiedig</translation>
    </message>
    <message>
        <source>Fixed words (roles, headings, dates) in English, Welsh, or both with Welsh first as the Welsh Language Standards expect. Names, titles and notes are printed as they were written.</source>
        <translation>Geiriau sefydlog (rolau, penawdau, dyddiadau) yn Saesneg, yn Gymraeg, neu yn y ddwy gyda’r Gymraeg yn gyntaf fel y mae Safonau’r Gymraeg yn ei ddisgwyl. Caiff enwau, teitlau a nodiadau eu hargraffu fel y’u hysgrifennwyd.</translation>
    </message>
    <message>
        <source>The event&apos;s language</source>
        <translation>Iaith y digwyddiad</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Phases</source>
        <extracomment>Where typing starts on each page (a path of attributes from the page), focused on arriving there.</extracomment>
        <translation>Camau</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>This event holds %1: %2 with a place, %3 on the waiting list.</source>
        <translation>Mae %1 yn y digwyddiad hwn: %2 â lle, %3 ar y rhestr aros.</translation>
    </message>
    <message>
        <source>No applicants yet.</source>
        <translation>Dim ymgeiswyr eto.</translation>
    </message>
    <message>
        <source>%1 of %2 with a place have checked in.</source>
        <translation>Mae %1 o&apos;r %2 sydd â lle wedi cofrestru.</translation>
    </message>
    <message>
        <source>Nobody holds a place yet.</source>
        <translation>Does gan neb le eto.</translation>
    </message>
    <message>
        <source>%1 pitched so far.</source>
        <translation>%1 wedi&apos;u cynnig hyd yma.</translation>
    </message>
    <message>
        <source>No pitches yet.</source>
        <translation>Dim cynigion eto.</translation>
    </message>
    <message>
        <source>%1 × %2; %3 of %4 placed.</source>
        <translation>%1 × %2; %3 o %4 wedi&apos;u gosod.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with notes.</source>
        <translation>
            <numerusform>%n o sesiynau â nodiadau.</numerusform>
            <numerusform>%n sesiwn â nodiadau.</numerusform>
            <numerusform>%n sesiwn â nodiadau.</numerusform>
            <numerusform>%n sesiwn â nodiadau.</numerusform>
            <numerusform>%n o sesiynau â nodiadau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>Digwyddiad &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor D&amp;iweddar</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Event</source>
        <translation>Agor y Digwyddiad &amp;Enghreifftiol</translation>
    </message>
    <message>
        <source>Save &amp;a Copy…</source>
        <translation>Cadw C&amp;opi…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Adfer o&apos;r Copi &amp;Wrth Gefn…</translation>
    </message>
    <message>
        <source>&amp;Purge Personal Data…</source>
        <translation>Clirio Data &amp;Personol…</translation>
    </message>
    <message>
        <source>Share with Phone&amp;s…</source>
        <translation>&amp;Rhannu â Ffonau…</translation>
    </message>
    <message>
        <source>Attendees&apos; phones on the venue Wi-Fi: the live grid and stars</source>
        <translation>Ffonau&apos;r mynychwyr ar Wi-Fi y lleoliad: y grid byw a sêr</translation>
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation>&amp;Cau&apos;r Digwyddiad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Dewi&amp;siadau…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>&amp;About govcamp</source>
        <translation>&amp;Ynghylch govcamp</translation>
    </message>
    <message>
        <source>Save &amp;a Copy to File…</source>
        <translation>Cadw C&amp;opi mewn Ffeil…</translation>
    </message>
    <message>
        <source>Shared event on %1</source>
        <translation>Digwyddiad a rennir ar %1</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Clirio&apos;r Rhestr</translation>
    </message>
    <message>
        <source>govcamp</source>
        <translation>govcamp</translation>
    </message>
    <message>
        <source>%1 — %2 — govcamp</source>
        <translation>%1 — %2 — govcamp</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Darllen yn unig: %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <source>Nothing changed in %1</source>
        <translation>Dim newid i %1</translation>
    </message>
    <message>
        <source>Not saved: the event file is gone</source>
        <translation>Heb ei gadw: mae ffeil y digwyddiad wedi mynd</translation>
    </message>
    <message>
        <source>The event file has gone</source>
        <translation>Mae ffeil y digwyddiad wedi mynd</translation>
    </message>
    <message>
        <source>Save a copy of the event</source>
        <translation>Cadw copi o&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Methu cadw copi</translation>
    </message>
    <message>
        <source>Saved a copy as %1; open it to carry on.</source>
        <translation>Cadwyd copi fel %1; agorwch ef i barhau.</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>Methu agor y digwyddiad</translation>
    </message>
    <message>
        <source>Opening %1 — govcamp</source>
        <translation>Yn agor %1 — govcamp</translation>
    </message>
    <message>
        <source>Connected to the shared event again.</source>
        <translation>Wedi cysylltu â&apos;r digwyddiad a rennir eto.</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Heb gysylltu â %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ail-wneud %1</translation>
    </message>
    <message>
        <source>The event file may be damaged</source>
        <translation>Gall ffeil y digwyddiad fod wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %1 says: %2.

Use File ▸ Restore from Backup… to go back to an earlier copy.</source>
        <translation>Mae gwiriad SQLite o %1 yn dweud: %2.

Defnyddiwch Ffeil ▸ Adfer o&apos;r Copi Wrth Gefn… i fynd yn ôl i gopi cynharach.</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Agor digwyddiad</translation>
    </message>
    <message>
        <source>The demo could not be written: %1</source>
        <translation>Methwyd ysgrifennu&apos;r digwyddiad enghreifftiol: %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Cadwyd copi fel %1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Dim copïau wrth gefn eto</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Does dim copïau wrth gefn o %1 eto.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken on:</source>
        <translation>Disodli %1 â&apos;r copi wrth gefn a gymerwyd ar:</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Methu adfer</translation>
    </message>
    <message>
        <source>Restored. The file it replaced is kept as %1.</source>
        <translation>Wedi&apos;i adfer. Caiff y ffeil a ddisodlwyd ei chadw fel %1.</translation>
    </message>
    <message>
        <source>About govcamp</source>
        <translation>Ynghylch govcamp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;govcamp %1&lt;/h3&gt;&lt;p&gt;Runs a local government unconference from end to end, offline, on one laptop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;govcamp %1&lt;/h3&gt;&lt;p&gt;Yn rhedeg digynhadledd llywodraeth leol o&apos;r dechrau i&apos;r diwedd, all-lein, ar un gliniadur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Nodiadau heb eu cadw</translation>
    </message>
    <message>
        <source>The notes you typed are not saved: the shared event&apos;s server is out of reach. Closing now loses them.</source>
        <translation>Nid yw&apos;r nodiadau a deipiwyd gennych wedi&apos;u cadw: does dim modd cyrraedd gweinydd y digwyddiad a rennir. Bydd cau nawr yn eu colli.</translation>
    </message>
    <message>
        <source>Keep the window open and they save by themselves once it is back.</source>
        <translation>Cadwch y ffenestr ar agor a byddant yn cael eu cadw ohonynt eu hunain pan fydd yn ôl.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Cadw ar Agor</translation>
    </message>
    <message>
        <source>Close and &amp;Lose Them</source>
        <translation>Cau a&apos;u Co&amp;lli</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>All day</source>
        <translation>Drwy’r dydd</translation>
    </message>
    <message numerus="yes">
        <source>Not in %n slot(s)</source>
        <translation>
            <numerusform>Ddim mewn %n o slotiau</numerusform>
            <numerusform>Ddim mewn %n slot</numerusform>
            <numerusform>Ddim mewn %n slot</numerusform>
            <numerusform>Ddim mewn %n slot</numerusform>
            <numerusform>Ddim mewn %n o slotiau</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 tan %2 (%3)</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>Share on the Ne&amp;twork…</source>
        <extracomment>(title, words) of every problem, as the box shows it. The file a Stop Sharing wrote, once written.</extracomment>
        <translation>Rhannu ar y Rhwy&amp;dwaith…</translation>
    </message>
    <message>
        <source>Sharing Detai&amp;ls…</source>
        <translation>&amp;Manylion Rhannu…</translation>
    </message>
    <message>
        <source>Stop S&amp;haring…</source>
        <translation>&amp;Stopio Rhannu…</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Ymuno…</translation>
    </message>
    <message>
        <source>The venue network — %1 (other laptops can join)</source>
        <translation>Rhwydwaith y lleoliad — %1 (gall gliniaduron eraill ymuno)</translation>
    </message>
    <message>
        <source>This laptop only — 127.0.0.1 (to try it out)</source>
        <translation>Y gliniadur hwn yn unig — 127.0.0.1 (i roi cynnig arni)</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>Rhannu ar y rhwydwaith</translation>
    </message>
    <message>
        <source>Who can join the shared event?</source>
        <translation>Pwy all ymuno â&apos;r digwyddiad a rennir?</translation>
    </message>
    <message>
        <source>Cannot share the event</source>
        <translation>Methu rhannu&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>Sharing on the network…</source>
        <translation>Yn rhannu ar y rhwydwaith…</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>Stopio rhannu?</translation>
    </message>
    <message>
        <source>Other laptops lose the shared event when it stops.

Its final state is written to %1 in %2; the event file %3 itself is not changed.</source>
        <translation>Bydd gliniaduron eraill yn colli&apos;r digwyddiad a rennir pan fydd yn stopio.

Caiff ei gyflwr terfynol ei ysgrifennu i %1 yn %2; nid yw ffeil y digwyddiad %3 ei hun yn newid.</translation>
    </message>
    <message>
        <source>&amp;Stop Sharing</source>
        <translation>&amp;Stopio Rhannu</translation>
    </message>
    <message>
        <source>Writing the shared event to %1 and stopping the server…</source>
        <translation>Yn ysgrifennu&apos;r digwyddiad a rennir i %1 ac yn stopio&apos;r gweinydd…</translation>
    </message>
    <message>
        <source>Stopped sharing. The final state is in %1 (open now); %2 is unchanged.</source>
        <translation>Wedi stopio rhannu. Mae&apos;r cyflwr terfynol yn %1 (ar agor nawr); nid yw %2 wedi newid.</translation>
    </message>
    <message>
        <source>Sharing stopped, but the final copy failed</source>
        <translation>Stopiodd y rhannu, ond methodd y copi terfynol</translation>
    </message>
    <message>
        <source>Stopping sharing…</source>
        <translation>Yn stopio rhannu…</translation>
    </message>
    <message>
        <source>Cannot join the shared event</source>
        <translation>Methu ymuno â&apos;r digwyddiad a rennir</translation>
    </message>
    <message>
        <source>Reaching %1…</source>
        <translation>Yn cysylltu â %1…</translation>
    </message>
    <message>
        <source>Opening the shared event…</source>
        <translation>Yn agor y digwyddiad a rennir…</translation>
    </message>
    <message>
        <source>Joining the shared event…</source>
        <translation>Yn ymuno â&apos;r digwyddiad a rennir…</translation>
    </message>
    <message>
        <source>Save a copy of the shared event</source>
        <translation>Cadw copi o&apos;r digwyddiad a rennir</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Disodli&apos;r ffeil?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it with the copy?</source>
        <translation>Mae %1 yn bodoli&apos;n barod yn %2. Ei disodli â&apos;r copi?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Disodli</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei chadw</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose another name.</source>
        <translation>Mae %1 yn bodoli&apos;n barod; ni ysgrifennwyd dim byd. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Copying the shared event into %1…</source>
        <translation>Yn copïo&apos;r digwyddiad a rennir i %1…</translation>
    </message>
    <message>
        <source>Saved a copy of the shared event as %1</source>
        <translation>Cadwyd copi o&apos;r digwyddiad a rennir fel %1</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Methu cadw copi</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Yn cadw copi…</translation>
    </message>
</context>
<context>
    <name>notes_page</name>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Search all notes…</source>
        <translation>Chwilio&apos;r holl nodiadau…</translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation>Chwilio&apos;r holl nodiadau</translation>
    </message>
    <message>
        <source>Sessions by time and room</source>
        <translation>Sesiynau yn ôl amser ac ystafell</translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation>Dewiswch sesiwn ar y chwith.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Notes by</source>
        <translation>Nodiadau gan</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>heb eu cyfrif</translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation>Un ddolen i bob llinell</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Add an action and press Enter</source>
        <translation>Ychwanegwch gam gweithredu a phwyso Enter</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Dolenni</translation>
    </message>
    <message>
        <source>Notes in Markdown</source>
        <translation>Nodiadau mewn Markdown</translation>
    </message>
    <message>
        <source>Write the notes here, in Markdown: # headings, - lists, [links](https://…)</source>
        <translation>Ysgrifennwch y nodiadau yma, mewn Markdown: # penawdau, - rhestrau, [dolenni](https://…)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>No sessions yet: they arrive from the Pitches page.</source>
        <translation>Dim sesiynau eto: maen nhw&apos;n dod o&apos;r dudalen Cynigion.</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Dim nodiadau eto</translation>
    </message>
    <message>
        <source>Hosted by %1 · %2 · %3</source>
        <translation>Cyflwynir gan %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Yn golygu…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Cadw nodiadau</translation>
    </message>
    <message>
        <source>Not saved yet — not connected; your text is kept here</source>
        <translation>Heb eu cadw eto — heb gysylltu; caiff eich testun ei gadw yma</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb eu cadw</translation>
    </message>
    <message>
        <source>The notes could not be saved</source>
        <translation>Methwyd cadw&apos;r nodiadau</translation>
    </message>
    <message>
        <source>These notes changed on %1</source>
        <translation>Newidiodd y nodiadau hyn ar %1</translation>
    </message>
    <message>
        <source>These notes changed in another window</source>
        <translation>Newidiodd y nodiadau hyn mewn ffenestr arall</translation>
    </message>
    <message>
        <source>“Keep both” puts their text first, then yours, so nothing is lost.</source>
        <translation>Mae “Cadw&apos;r ddau” yn rhoi eu testun nhw yn gyntaf, yna eich un chi, fel nad oes dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy un i</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Cadw&apos;r ddau</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Defnyddio&apos;u un nhw</translation>
    </message>
</context>
<context>
    <name>offline_banner</name>
    <message>
        <source>Not connected</source>
        <translation>Heb gysylltu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>&amp;Try Now</source>
        <translation>Ceisio &amp;Nawr</translation>
    </message>
    <message>
        <source>Try to reconnect now</source>
        <translation>Ceisio ailgysylltu nawr</translation>
    </message>
    <message>
        <source>Not connected to the shared event on %1. Changes are refused until it is back — nothing you type in the notes is lost.</source>
        <translation>Heb gysylltu â&apos;r digwyddiad a rennir ar %1. Caiff newidiadau eu gwrthod nes ei fod yn ôl — ni chaiff dim byd a deipiwch yn y nodiadau ei golli.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yn ailgysylltu…</translation>
    </message>
    <message>
        <source>Reconnecting… (next try in %1 s)</source>
        <translation>Yn ailgysylltu… (cynnig nesaf ymhen %1 e)</translation>
    </message>
    <message>
        <source>Connected to the shared event again; everything is up to date.</source>
        <translation>Wedi cysylltu â&apos;r digwyddiad a rennir eto; mae popeth yn gyfredol.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Opening %1…</source>
        <translation>Yn agor %1…</translation>
    </message>
</context>
<context>
    <name>people_picker</name>
    <message>
        <source>Type %1</source>
        <translation>Teipiwch %1</translation>
    </message>
    <message>
        <source>Type %1; choose from the list that appears</source>
        <translation>Teipiwch %1; dewiswch o&apos;r rhestr sy&apos;n ymddangos</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Event &amp; rooms</source>
        <extracomment>The phases of a govcamp, in the order they happen; the pages later issues fill say what they will do.</extracomment>
        <translation>Digwyddiad ac ystafelloedd</translation>
    </message>
    <message>
        <source>Applicants &amp; lottery</source>
        <translation>Ymgeiswyr a loteri</translation>
    </message>
    <message>
        <source>Import applicants from Eventbrite, Tito or a form export, set fair rules (places kept for councils and first-timers, a cap per organisation) and run an auditable, reproducible ticket lottery with an ordered waiting list.</source>
        <translation>Mewnforio ymgeiswyr o Eventbrite, Tito neu ffurflen, gosod rheolau teg (lleoedd wedi&apos;u cadw i gynghorau a phobl am y tro cyntaf, uchafswm i bob sefydliad) a chynnal loteri docynnau y gellir ei harchwilio a&apos;i hailadrodd, gyda rhestr aros mewn trefn.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Find a person in two keystrokes or by scanning their ticket QR, check them in, print one badge on the spot, and give a no-show&apos;s place to the next person on the waiting list.</source>
        <translation>Dod o hyd i berson mewn dau drawiad bysell neu drwy sganio QR ei docyn, ei gofrestru, argraffu bathodyn yn y fan a&apos;r lle, a rhoi lle rhywun na ddaeth i&apos;r person nesaf ar y rhestr aros.</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <source>Capture the morning&apos;s pitches as fast as people speak: title, hosts, needs and a show of hands, with Enter to save and go on to the next.</source>
        <translation>Cofnodi cynigion y bore mor gyflym ag y mae pobl yn siarad: teitl, cyflwynwyr, anghenion a chodi dwylo, gydag Enter i gadw a symud ymlaen i&apos;r nesaf.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Build the session grid: drag sessions into rooms and slots, see clashes as you go, let the solver suggest a grid in seconds, and publish numbered versions with a changelog.</source>
        <translation>Adeiladu grid y sesiynau: llusgo sesiynau i ystafelloedd a slotiau, gweld gwrthdaro wrth fynd, gadael i&apos;r datryswr awgrymu grid mewn eiliadau, a chyhoeddi fersiynau wedi&apos;u rhifo gyda log newidiadau.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Take notes in every session, pre-filled with its title, hosts, room and time, saved as you type, and searchable across the whole event.</source>
        <translation>Cymryd nodiadau ym mhob sesiwn, gyda&apos;i theitl, ei chyflwynwyr, ei hystafell a&apos;i hamser wedi&apos;u llenwi, wedi&apos;u cadw wrth i chi deipio, a modd chwilio drwy&apos;r digwyddiad cyfan.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Print badges for every name in every script, calendars that update when a session moves, the printed grid and door signs, and the shared notes archive.</source>
        <translation>Argraffu bathodynnau ar gyfer pob enw ym mhob gwyddor, calendrau sy&apos;n diweddaru pan fydd sesiwn yn symud, y grid wedi&apos;i argraffu ac arwyddion drws, ac archif y nodiadau a rennir.</translation>
    </message>
</context>
<context>
    <name>phone_commands</name>
    <message numerus="yes">
        <source>their %n star(s) stop counting</source>
        <translation>
            <numerusform>eu %n o sêr yn peidio â chyfrif</numerusform>
            <numerusform>eu %n seren yn peidio â chyfrif</numerusform>
            <numerusform>eu %n seren yn peidio â chyfrif</numerusform>
            <numerusform>eu %n seren yn peidio â chyfrif</numerusform>
            <numerusform>eu %n o sêr yn peidio â chyfrif</numerusform>
        </translation>
    </message>
    <message>
        <source>they cannot star sessions</source>
        <translation>ni allant roi seren i sesiynau</translation>
    </message>
    <message>
        <source>Revoke phone code</source>
        <translation>Dirymu cod ffôn</translation>
    </message>
    <message>
        <source>Stop %1&apos;s code working on phones?</source>
        <translation>Atal cod %1 rhag gweithio ar ffonau?</translation>
    </message>
    <message>
        <source>Phones signed in with it are signed out and %1. Their badge still checks them in at the desk. Ctrl+Z lets the code sign in again.</source>
        <translation>Caiff ffonau sydd wedi mewngofnodi ag ef eu hallgofnodi, ac mae %1. Mae eu bathodyn yn dal i&apos;w cofrestru wrth y ddesg. Mae Ctrl+Z yn gadael i&apos;r cod fewngofnodi eto.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Dirymu</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s phone code</source>
        <translation>Dirymu cod ffôn %1</translation>
    </message>
</context>
<context>
    <name>phone_indicator</name>
    <message>
        <source>Phones can open the live grid; click for the address and its QR code</source>
        <translation>Gall ffonau agor y grid byw; cliciwch i gael y cyfeiriad a&apos;i god QR</translation>
    </message>
    <message>
        <source>Sharing with phones: %1</source>
        <translation>Yn rhannu â ffonau: %1</translation>
    </message>
    <message>
        <source>Not sharing with phones</source>
        <translation>Ddim yn rhannu â ffonau</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>QR code of %1</source>
        <extracomment>The port the dialog suggests (any free one is taken when it is in use: 0). How often the Grid page re-reads the stars while phones may be starring (another process&apos;s stars on a file are not announced; a shared event&apos;s are, through LISTEN/NOTIFY).</extracomment>
        <translation>Cod QR %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Cod QR</translation>
    </message>
    <message>
        <source>Starting the phone server on %1…</source>
        <translation>Yn cychwyn y gweinydd ffonau ar %1…</translation>
    </message>
    <message>
        <source>Serving.</source>
        <translation>Yn gweini.</translation>
    </message>
    <message>
        <source>Share with phones</source>
        <translation>Rhannu â ffonau</translation>
    </message>
    <message>
        <source>%1 — the venue network (phones on the same Wi-Fi)</source>
        <extracomment>The address phones open while serving; &quot;&quot; once stopped.</extracomment>
        <translation>%1 — rhwydwaith y lleoliad (ffonau ar yr un Wi-Fi)</translation>
    </message>
    <message>
        <source>127.0.0.1 — this laptop only (to try it)</source>
        <translation>127.0.0.1 — y gliniadur hwn yn unig (i roi cynnig arni)</translation>
    </message>
    <message>
        <source>Attendees open the live grid on their phones over the venue&apos;s Wi-Fi (no internet needed), sign in with the code on their badge and star the sessions they want.</source>
        <translation>Mae mynychwyr yn agor y grid byw ar eu ffonau dros Wi-Fi y lleoliad (does dim angen y rhyngrwyd), yn mewngofnodi gyda&apos;r cod ar eu bathodyn ac yn rhoi seren i&apos;r sesiynau y maen nhw eisiau eu mynychu.</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Gwrando ar</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Gwrando ar:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>unrhyw borth rhydd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Dechrau rhannu</translation>
    </message>
    <message>
        <source>On a phone on the same Wi-Fi, scan the code or type the address:</source>
        <translation>Ar ffôn ar yr un Wi-Fi, sganiwch y cod neu teipiwch y cyfeiriad:</translation>
    </message>
    <message>
        <source>The address phones open</source>
        <translation>Y cyfeiriad y mae ffonau&apos;n ei agor</translation>
    </message>
    <message>
        <source>The projector view shows this code too; the poster and door signs print it (Exports ▸ Calendars and the grid). Closing the event stops the server.</source>
        <translation>Mae golwg y taflunydd yn dangos y cod hwn hefyd; mae&apos;r poster a&apos;r arwyddion drws yn ei argraffu (Allforio ▸ Calendrau a&apos;r grid). Mae cau&apos;r digwyddiad yn stopio&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copïo&apos;r cyfeiriad</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>S&amp;topio rhannu</translation>
    </message>
    <message>
        <source>Close this window; phones keep working until you stop sharing</source>
        <translation>Cau&apos;r ffenestr hon; mae ffonau&apos;n dal i weithio nes i chi stopio rhannu</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Yn cychwyn…</translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>Ddim yn rhannu.</translation>
    </message>
</context>
<context>
    <name>pitches_model</name>
    <message>
        <source>pinned</source>
        <extracomment>The version of each session whose cell editor is open, as it was when the editor opened: if another desk saves meanwhile, the live update refreshes the row but this edit still carries the version its typist saw, so it is refused instead of overwriting theirs.</extracomment>
        <translation>wedi’i binio</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Heb ei osod</translation>
    </message>
</context>
<context>
    <name>pitches_page</name>
    <message>
        <source>What the session is called</source>
        <extracomment>The wordy columns&apos; widths when there is room for them (the title takes what is left). The share of the table the title keeps however narrow the window.</extracomment>
        <translation>Enw&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Who is hosting: start typing a name; commas between co-hosts</source>
        <translation>Pwy sy&apos;n cyflwyno: dechreuwch deipio enw; atalnodau rhwng cyd-gyflwynwyr</translation>
    </message>
    <message>
        <source>A sentence about it (optional)</source>
        <translation>Brawddeg amdani (dewisol)</translation>
    </message>
    <message>
        <source>e.g. data, housing</source>
        <translation>e.e. data, tai</translation>
    </message>
    <message>
        <source>todacswmirfegh</source>
        <comment>the letters this page and the menu bar use</comment>
        <translation>twdalcunoefgmy</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>heb eu cyfrif</translation>
    </message>
    <message>
        <source>Hands raised at the pitch (0 = not counted)</source>
        <translation>Dwylo a godwyd yn ystod y cynnig (0 = heb eu cyfrif)</translation>
    </message>
    <message>
        <source>&amp;Save pitch</source>
        <translation>&amp;Cadw&apos;r cynnig</translation>
    </message>
    <message>
        <source>Save and clear the form for the next pitch (Enter)</source>
        <translation>Cadw a chlirio&apos;r ffurflen ar gyfer y cynnig nesaf (Enter)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>H&amp;osts</source>
        <translation>Cyfl&amp;wynwyr</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Disgrifiad</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;agiau</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Hands &amp;counted</source>
        <translation>Dwy&amp;lo wedi&apos;u cyfrif</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Cynnig newydd</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Tynn&amp;u&apos;n ôl</translation>
    </message>
    <message>
        <source>Withdraw the selected session, or restore a withdrawn one</source>
        <translation>Tynnu&apos;r sesiwn a ddewiswyd yn ôl, neu adfer un a dynnwyd yn ôl</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Cyfu&amp;no</translation>
    </message>
    <message>
        <source>Merge two selected sessions into one co-hosted session (the first is kept)</source>
        <translation>Cyfuno dwy sesiwn a ddewiswyd yn un sesiwn â chyd-gyflwynwyr (caiff y gyntaf ei chadw)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Mewnf&amp;orio…</translation>
    </message>
    <message>
        <source>Add pitches from a CSV or Excel file with Title and Host columns</source>
        <translation>Ychwanegu cynigion o ffeil CSV neu Excel gyda cholofnau Title a Host</translation>
    </message>
    <message>
        <source>%1 pitched</source>
        <translation>%1 wedi&apos;u cynnig</translation>
    </message>
    <message>
        <source>, %1 withdrawn</source>
        <translation>, %1 wedi&apos;u tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Adf&amp;er</translation>
    </message>
    <message>
        <source>⚠ Looks like #%1 “%2” (%3): the same session? You can merge them in the list after saving.</source>
        <translation>⚠ Mae&apos;n debyg i #%1 “%2” (%3): yr un sesiwn? Gallwch eu cyfuno yn y rhestr ar ôl cadw.</translation>
    </message>
    <message>
        <source>Saved #%1 “%2”.</source>
        <translation>Cadwyd #%1 “%2”.</translation>
    </message>
    <message>
        <source>Import pitches</source>
        <translation>Mewnforio cynigion</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tablau (*.csv *.xlsx *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ni fewnforiwyd dim byd: %1</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Rhagosodiad y system (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of the window; it changes as soon as you choose</source>
        <translation>Iaith y ffenestr; mae&apos;n newid cyn gynted ag y byddwch yn dewis</translation>
    </message>
    <message>
        <source>The Welsh translation is awaiting review by a Welsh speaker. Exports and messages from the event file stay in English for now.</source>
        <translation>Mae&apos;r cyfieithiad Cymraeg yn aros i siaradwr Cymraeg ei adolygu. Mae&apos;r allforion a&apos;r negeseuon o ffeil y digwyddiad yn aros yn Saesneg am y tro.</translation>
    </message>
</context>
<context>
    <name>privacy_dialogs</name>
    <message>
        <source>Keep personal data until %1</source>
        <extracomment>Everything that shows people&apos;s data, told after an erasure or a purge.</extracomment>
        <translation>Cadw data personol tan %1</translation>
    </message>
    <message>
        <source>Cannot keep until then</source>
        <translation>Methu cadw tan hynny</translation>
    </message>
    <message>
        <source>Export everything held about this person to</source>
        <translation>Allforio popeth a gedwir am y person hwn i</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Methu allforio</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Data personol wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Everything held about %1 is in %2 and %3.</source>
        <translation>Mae popeth a gedwir am %1 yn %2 a %3.</translation>
    </message>
    <message>
        <source>Open the Page</source>
        <translation>Agor y Dudalen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Beth fydd yn cael ei ddileu</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Rwy&apos;n deall nad oes modd dadwneud hyn</translation>
    </message>
    <message>
        <source>Copy Receipt</source>
        <translation>Copïo&apos;r Dderbynneb</translation>
    </message>
    <message>
        <source>What will go:</source>
        <translation>Beth fydd yn mynd:</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>Methu dileu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: here is the receipt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wedi&apos;i wneud: dyma&apos;r dderbynneb&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep this receipt as your record: it says what was removed, from the event file and from each backup. Nothing in it is kept by govcamp.</source>
        <translation>Cadwch y dderbynneb hon fel eich cofnod: mae&apos;n dweud beth a dynnwyd, o ffeil y digwyddiad ac o bob copi wrth gefn. Nid yw govcamp yn cadw dim ohoni.</translation>
    </message>
    <message>
        <source>What went, and where:</source>
        <translation>Beth aeth, ac o ble:</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <source>Export Their Data First…</source>
        <translation>Allforio&apos;u Data yn Gyntaf…</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Clirio data personol</translation>
    </message>
    <message>
        <source>Keep personal data until</source>
        <translation>Cadw data personol tan</translation>
    </message>
    <message>
        <source>Keep Until This Date</source>
        <translation>Cadw Tan y Dyddiad Hwn</translation>
    </message>
    <message>
        <source>Personal data is kept until %1.</source>
        <translation>Caiff data personol ei gadw tan %1.</translation>
    </message>
    <message>
        <source>No retention date is set.</source>
        <translation>Does dim dyddiad cadw wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>Time to purge personal data</source>
        <translation>Mae&apos;n bryd clirio data personol</translation>
    </message>
    <message>
        <source>This event promised to keep personal data only until %1, and that date has passed.</source>
        <translation>Addawodd y digwyddiad hwn gadw data personol tan %1 yn unig, ac mae&apos;r dyddiad hwnnw wedi mynd heibio.</translation>
    </message>
    <message>
        <source>Purging keeps the programme and the notes, and removes everyone&apos;s personal data.</source>
        <translation>Mae clirio&apos;n cadw&apos;r rhaglen a&apos;r nodiadau, ac yn tynnu data personol pawb.</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Clirio…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Yn nes ymlaen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation>Allforio Data Personol…</translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation>Dileu Person…</translation>
    </message>
    <message>
        <source>Export Data…</source>
        <translation>Allforio Data…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Dileu…</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>Projector view</source>
        <extracomment>The projector&apos;s join line: the lead in words, then the address in large type (markup, not words).</extracomment>
        <translation>Golwg taflunydd</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cau (Esc)</translation>
    </message>
    <message>
        <source>Close the projector view and go back to the grid</source>
        <translation>Cau golwg y taflunydd a mynd yn ôl i&apos;r grid</translation>
    </message>
    <message>
        <source>The live grid on your phone, and star sessions:</source>
        <translation>Y grid byw ar eich ffôn, a rhoi seren i sesiynau:</translation>
    </message>
    <message>
        <source>Now: %1 until %2</source>
        <translation>Nawr: %1 tan %2</translation>
    </message>
    <message>
        <source>Now: %1–%2</source>
        <translation>Nawr: %1–%2</translation>
    </message>
    <message>
        <source>Nothing in the grid for this slot.</source>
        <translation>Does dim byd yn y grid ar gyfer y slot hwn.</translation>
    </message>
    <message>
        <source>That is all for today. Thank you for coming!</source>
        <translation>Dyna&apos;r cyfan am heddiw. Diolch am ddod!</translation>
    </message>
    <message>
        <source>Next: %1–%2</source>
        <translation>Nesaf: %1–%2</translation>
    </message>
    <message>
        <source>Sessions to be announced.</source>
        <translation>Cyhoeddir y sesiynau cyn bo hir.</translation>
    </message>
</context>
<context>
    <name>sharing_dialogs</name>
    <message>
        <source>Copy the %1</source>
        <extracomment>Modules of white around the symbol, as the QR standard asks.</extracomment>
        <translation>Copïo: %1</translation>
    </message>
    <message>
        <source>Sharing on the network</source>
        <translation>Rhannu ar y rhwydwaith</translation>
    </message>
    <message>
        <source>This event is shared on the network</source>
        <translation>Mae&apos;r digwyddiad hwn yn cael ei rannu ar y rhwydwaith</translation>
    </message>
    <message>
        <source>Only this laptop can reach it (127.0.0.1).</source>
        <translation>Dim ond y gliniadur hwn all ei gyrraedd (127.0.0.1).</translation>
    </message>
    <message>
        <source>Laptops on the same network as this one (%1) can join.</source>
        <translation>Gall gliniaduron ar yr un rhwydwaith â hwn (%1) ymuno.</translation>
    </message>
    <message>
        <source>%1 On another laptop choose File ▸ Join… and paste the join string, or scan the QR code. Everything anyone changes shows on every laptop within a second.</source>
        <translation>%1 Ar liniadur arall, dewiswch Ffeil ▸ Ymuno… a gludo&apos;r llinyn ymuno, neu sganio&apos;r cod QR. Mae popeth y bydd unrhyw un yn ei newid yn ymddangos ar bob gliniadur o fewn eiliad.</translation>
    </message>
    <message>
        <source>QR code of the join string</source>
        <translation>Cod QR y llinyn ymuno</translation>
    </message>
    <message>
        <source>Join string</source>
        <translation>Llinyn ymuno</translation>
    </message>
    <message>
        <source>Copy &amp;Join</source>
        <translation>Copïo&apos;r &amp;Llinyn Ymuno</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Cyfeiriad y gweinydd</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Copïo&apos;r &amp;Cyfeiriad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>Copïo&apos;r Cyf&amp;rinair</translation>
    </message>
    <message>
        <source>Join string:</source>
        <translation>Llinyn ymuno:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Cyfrinair:</translation>
    </message>
    <message>
        <source>&lt;b&gt;To stop sharing:&lt;/b&gt; Stop Sharing below, File ▸ Stop Sharing, or quit govcamp (closing this box does not stop it). The shared event&apos;s final state is then written to a new file such as &lt;b&gt;%1&lt;/b&gt; (named for the time you stop) beside the event file, which itself is never changed, and the server stops. Until then, keep this laptop awake and on the network.</source>
        <translation>&lt;b&gt;I stopio rhannu:&lt;/b&gt; Stopio Rhannu isod, Ffeil ▸ Stopio Rhannu, neu gadael govcamp (nid yw cau&apos;r blwch hwn yn ei stopio). Yna caiff cyflwr terfynol y digwyddiad a rennir ei ysgrifennu i ffeil newydd fel &lt;b&gt;%1&lt;/b&gt; (wedi&apos;i henwi ar ôl yr amser y byddwch yn stopio) wrth ymyl ffeil y digwyddiad, nad yw byth yn newid ei hun, ac mae&apos;r gweinydd yn stopio. Tan hynny, cadwch y gliniadur hwn yn effro ac ar y rhwydwaith.</translation>
    </message>
    <message>
        <source>&amp;Stop Sharing…</source>
        <translation>&amp;Stopio Rhannu…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stopio rhannu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Join a shared event</source>
        <translation>Ymuno â digwyddiad a rennir</translation>
    </message>
    <message>
        <source>Paste the join string (govcamp://…) or the address (postgresql://…) the host laptop shows in its sharing window. A join string carries its password; otherwise type it below.</source>
        <translation>Gludwch y llinyn ymuno (govcamp://…) neu&apos;r cyfeiriad (postgresql://…) y mae&apos;r gliniadur sy&apos;n rhannu yn eu dangos yn ei ffenestr rannu. Mae llinyn ymuno yn cynnwys ei gyfrinair; fel arall teipiwch ef isod.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>govcamp://192.168.1.20:5432/govcamp?key=…</source>
        <translation>govcamp://192.168.1.20:5432/govcamp?key=…</translation>
    </message>
    <message>
        <source>only if the address has none</source>
        <translation>dim ond os nad oes un yn y cyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Cyf&amp;rinair:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>govcamp</source>
        <translation>govcamp</translation>
    </message>
    <message>
        <source>Run a local government unconference from end to end: the ticket lottery, check-in and badges, pitches, the grid, session notes and everything people take home.</source>
        <translation>Rhedeg digynhadledd llywodraeth leol o&apos;r dechrau i&apos;r diwedd: y loteri docynnau, cofrestru a bathodynnau, cynigion, y grid, nodiadau sesiynau a phopeth y mae pobl yn mynd adref gyda nhw.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Digwyddiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>&amp;Try the demo event</source>
        <translation>&amp;Rhoi cynnig ar yr enghraifft</translation>
    </message>
    <message>
        <source>A realistic LocalGovCamp with 600 applicants, rooms, a grid and notes</source>
        <translation>LocalGovCamp realistig gyda 600 o ymgeiswyr, ystafelloedd, grid a nodiadau</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Digwyddiadau diweddar</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>Digwyddiadau &amp;diweddar</translation>
    </message>
    <message>
        <source>Events you open appear here.</source>
        <translation>Mae&apos;r digwyddiadau rydych yn eu hagor yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Shared event   —   %1</source>
        <translation>Digwyddiad a rennir   —   %1</translation>
    </message>
    <message>
        <source>   (missing)</source>
        <translation>   (ar goll)</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <extracomment>What the generator returned (``return value`` at its end), read once ``finished`` arrives.</extracomment>
        <translation>Canslo</translation>
    </message>
</context>
</TS>
