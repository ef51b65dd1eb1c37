<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>applicants_page</name>
    <message numerus="yes">
        <source>%n possible duplicate(s) to check</source>
        <translation>
            <numerusform>%n possible duplicate to check</numerusform>
            <numerusform>%n possible duplicates to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checkin_dialogs</name>
    <message numerus="yes">
        <source>%n place(s) free: they will be checked in.</source>
        <translation>
            <numerusform>%n place free: they will be checked in.</numerusform>
            <numerusform>%n places free: they will be checked in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n applicant</numerusform>
            <numerusform>%n applicants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s)</source>
        <translation>
            <numerusform>%n draw</numerusform>
            <numerusform>%n draws</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n good row</numerusform>
            <numerusform>%n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n hand</numerusform>
            <numerusform>%n hands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pitch(es)</source>
        <translation>
            <numerusform>%n pitch</numerusform>
            <numerusform>%n pitches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session slot(s)</source>
        <translation>
            <numerusform>%n session slot</numerusform>
            <numerusform>%n session slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message numerus="yes">
        <source>%n session(s) with notes.</source>
        <translation>
            <numerusform>%n session with notes.</numerusform>
            <numerusform>%n sessions with notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models</name>
    <message numerus="yes">
        <source>Not in %n slot(s)</source>
        <translation>
            <numerusform>Not in %n slot</numerusform>
            <numerusform>Not in %n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phone_commands</name>
    <message numerus="yes">
        <source>their %n star(s) stop counting</source>
        <translation>
            <numerusform>their %n star stops counting</numerusform>
            <numerusform>their %n stars stop counting</numerusform>
        </translation>
    </message>
</context>
</TS>
