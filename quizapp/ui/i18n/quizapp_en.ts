<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BankImport</name>
    <message numerus="yes">
        <source>Imported %1 of %n question(s).</source>
        <translation><numerusform>Imported %1 of %n question.</numerusform><numerusform>Imported %1 of %n questions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) skipped: a type this format cannot hold.</source>
        <translation><numerusform>%n question skipped: a type this format cannot hold.</numerusform><numerusform>%n questions skipped: a type this format cannot hold.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) could not be read; see the details.</source>
        <translation><numerusform>%n question could not be read; see the details.</numerusform><numerusform>%n questions could not be read; see the details.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) got placeholder text starting with 'TODO:'; replace it before handing the bank out.</source>
        <translation><numerusform>%n question got placeholder text starting with 'TODO:'; replace it before handing the bank out.</numerusform><numerusform>%n questions got placeholder text starting with 'TODO:'; replace it before handing the bank out.</numerusform></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation><numerusform>…and %n more</numerusform><numerusform>…and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) [was|were] found; the details list every one.</source>
        <translation><numerusform>%n problem was found; the details list every one.</numerusform><numerusform>%n problems were found; the details list every one.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n finished quiz(zes). Press Enter on a row to see its review.</source>
        <translation><numerusform>%n finished quiz. Press Enter on a row to see its review.</numerusform><numerusform>%n finished quizzes. Press Enter on a row to see its review.</numerusform></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n questions)</source>
        <translation><numerusform>%1 (%n question)</numerusform><numerusform>%1 (%n questions)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due for review</source>
        <translation><numerusform>%n question due for review</numerusform><numerusform>%n questions due for review</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished quiz: %1 of %n question(s) answered.</source>
        <translation><numerusform>Unfinished quiz: %1 of %n question answered.</numerusform><numerusform>Unfinished quiz: %1 of %n questions answered.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) available in the picked topics.</source>
        <translation><numerusform>%n question available in the picked topics.</numerusform><numerusform>%n questions available in the picked topics.</numerusform></translation>
    </message>
</context>
<context>
    <name>LearningScreens</name>
    <message numerus="yes">
        <source>%n confident answer(s) [was|were] wrong — these are worth another look.</source>
        <translation><numerusform>%n confident answer was wrong — these are worth another look.</numerusform><numerusform>%n confident answers were wrong — these are worth another look.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) without a confidence level counted as low.</source>
        <translation><numerusform>%n answer without a confidence level counted as low.</numerusform><numerusform>%n answers without a confidence level counted as low.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Study sheet with %n question(s) saved to %1.</source>
        <translation><numerusform>Study sheet with %n question saved to %1.</numerusform><numerusform>Study sheet with %n questions saved to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MistakesPage</name>
    <message numerus="yes">
        <source>Show %n more missed question(s)</source>
        <translation><numerusform>Show %n more missed question</numerusform><numerusform>Show %n more missed questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missed question(s) [matches|match] these filters.</source>
        <translation><numerusform>%n missed question matches these filters.</numerusform><numerusform>%n missed questions match these filters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missed question(s).</source>
        <translation><numerusform>%n missed question.</numerusform><numerusform>%n missed questions.</numerusform></translation>
    </message>
</context>
<context>
    <name>MythEntry</name>
    <message numerus="yes">
        <source>Picked %n time(s), last on %1.</source>
        <translation><numerusform>Picked %n time, last on %1.</numerusform><numerusform>Picked %n times, last on %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MythsPage</name>
    <message numerus="yes">
        <source>%n myth(s) you picked and have not yet rejected with confidence.</source>
        <translation><numerusform>%n myth you picked and have not yet rejected with confidence.</numerusform><numerusform>%n myths you picked and have not yet rejected with confidence.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>%n question(s) missed or partly missed.</source>
        <translation><numerusform>%n question missed or partly missed.</numerusform><numerusform>%n questions missed or partly missed.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n question(s) to look at again.</source>
        <translation><numerusform>%n question to look at again.</numerusform><numerusform>%n questions to look at again.</numerusform></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message numerus="yes">
        <source>%n quiz(zes) finished</source>
        <translation><numerusform>%n quiz finished</numerusform><numerusform>%n quizzes finished</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Each point on the chart is the average of %n quizzes in a row.</source>
        <translation><numerusform>Each point on the chart is the average of %n quizzes in a row.</numerusform><numerusform>Each point on the chart is the average of %n quizzes in a row.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered</source>
        <translation><numerusform>%n question answered</numerusform><numerusform>%n questions answered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Without a confidence level you were right %1 of %n time(s) (%2).</source>
        <translation><numerusform>Without a confidence level you were right %1 of %n time (%2).</numerusform><numerusform>Without a confidence level you were right %1 of %n times (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>When you said %3 you were right %1 of %n time(s) (%2).</source>
        <translation><numerusform>When you said %3 you were right %1 of %n time (%2).</numerusform><numerusform>When you said %3 you were right %1 of %n times (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <source>Average score of %n quizzes</source>
        <translation><numerusform>Average score of %n quizzes</numerusform><numerusform>Average score of %n quizzes</numerusform></translation>
    </message>
</context>
</TS>