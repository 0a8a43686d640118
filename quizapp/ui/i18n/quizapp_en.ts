<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../widgets.py" line="92" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets.py" line="96" />
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../pages/history.py" line="161" />
        <source>%n finished quiz(zes). Press Enter on a row to see its review.</source>
        <translation><numerusform>%n finished quiz. Press Enter on a row to see its review.</numerusform><numerusform>%n finished quizzes. Press Enter on a row to see its review.</numerusform></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../pages/home.py" line="81" />
        <source>%n questions</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="144" />
        <source>%1 (%n questions)</source>
        <translation><numerusform>%1 (%n question)</numerusform><numerusform>%1 (%n questions)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="161" />
        <source>%n question(s) due for review</source>
        <translation><numerusform>%n question due for review</numerusform><numerusform>%n questions due for review</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="180" />
        <source>%n question(s) available in the picked topics.</source>
        <translation><numerusform>%n question available in the picked topics.</numerusform><numerusform>%n questions available in the picked topics.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../pages/results.py" line="102" />
        <source>%n question(s) missed or partly missed.</source>
        <translation><numerusform>%n question missed or partly missed.</numerusform><numerusform>%n questions missed or partly missed.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../pages/review.py" line="85" />
        <source>%n question(s) to look at again.</source>
        <translation><numerusform>%n question to look at again.</numerusform><numerusform>%n questions to look at again.</numerusform></translation>
    </message>
</context>
</TS>