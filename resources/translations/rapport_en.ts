<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BlockDialog</name>
    <message numerus="yes">
        <source>%n slots</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln rows: %1 new, %2 duplicate, %3 invalid.</source>
        <translation>
            <numerusform>%Ln row: %1 new, %2 duplicate, %3 invalid.</numerusform>
            <numerusform>%Ln rows: %1 new, %2 duplicate, %3 invalid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <source>%n minutes is outside the usual 20-90 for a 1:1.</source>
        <translation>
            <numerusform>%n minute is outside the usual 20-90 for a 1:1.</numerusform>
            <numerusform>%n minutes is outside the usual 20-90 for a 1:1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPdf</name>
    <message numerus="yes">
        <source>%n evaluations, mean rating %1 out of 5</source>
        <translation>
            <numerusform>%n evaluation, mean rating %1 out of 5</numerusform>
            <numerusform>%n evaluations, mean rating %1 out of 5</numerusform>
        </translation>
    </message>
</context>
</TS>
