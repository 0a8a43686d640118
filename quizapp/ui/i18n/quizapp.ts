<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../answer_view.py" line="66"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="81"/>
        <source>%1: %2 of 1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="94"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="95"/>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="98"/>
        <source>Correct answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="106"/>
        <source>Your pick “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="118"/>
        <source>Why the other answer is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="125"/>
        <source>You did not pick: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="127"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="132"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="141"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="142"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="160"/>
        <source>Something went wrong</source>
        <extracomment>If the window is not painted by then (minimised, on a hidden workspace), load anyway.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="161"/>
        <source>QuizApp hit an unexpected problem: %1
Your saved answers are safe. Details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="192"/>
        <source>QuizApp is already running with this data folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="196"/>
        <source>QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../controller.py" line="75"/>
        <source>Resume your quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="79"/>
        <source>A quiz was interrupted after %1 of %2 questions. Every answer you gave is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="84"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="85"/>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="86"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="104"/>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="115"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="116"/>
        <source>Finish or leave the current quiz before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="126"/>
        <source>&amp;Open bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="132"/>
        <source>&amp;Import GIFT or Aiken file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="133"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="138"/>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="174"/>
        <source>The bank could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="175"/>
        <source>%1 has problems; fix them and open it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="188"/>
        <source>Open question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="190"/>
        <source>Question banks (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message numerus="yes">
        <location filename="../bank_import.py" line="24"/>
        <source>Imported %1 of %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bank_import.py" line="30"/>
        <source>%n question(s) skipped: a type this format cannot hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bank_import.py" line="39"/>
        <source>%n question(s) could not be read; see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bank_import.py" line="45"/>
        <source>%n question(s) got placeholder text starting with &apos;TODO:&apos;; replace it before handing the bank out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="78"/>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="80"/>
        <source>Moodle GIFT or Aiken files (*.gift *.txt *.aiken);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="93"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="94"/>
        <source>No question could be imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="109"/>
        <source>Save the imported bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="111"/>
        <source>Question banks (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="123"/>
        <source>The bank was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="124"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="134"/>
        <source>The imported bank has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="135"/>
        <source>%1 was written but does not load; the details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="143"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bank_import.py" line="145"/>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../pages/statistics.py" line="159"/>
        <source>Chart: %1</source>
        <extracomment>Colours of right and of other answers per day: blue and orange, told apart by most colour-blind readers and readable on the light and the dark theme (the legend names them). Longest topic title on the mastery chart&apos;s axis (its summary has the whole title). Height of a chart; the mastery chart&apos;s least height, and the height of each topic&apos;s row. Each quiz&apos;s point gets a marker when there are at most this many quizzes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="161"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../learning_words.py" line="22"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_words.py" line="24"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_words.py" line="25"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_words.py" line="26"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../widgets.py" line="92"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets.py" line="94"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets.py" line="96"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../pages/glossary.py" line="31"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../pages/glossary.py" line="51"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="53"/>
        <source>Search terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="54"/>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="57"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="65"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="67"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="77"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="78"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="107"/>
        <source>No term matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../pages/history.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="55"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="56"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="57"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="58"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="59"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="95"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="95"/>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="96"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../pages/history.py" line="125"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="139"/>
        <source>Past quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="145"/>
        <source>&amp;Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="146"/>
        <source>Open the review of the selected quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="148"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="149"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/history.py" line="163"/>
        <source>%n finished quiz(zes). Press Enter on a row to see its review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="165"/>
        <source>No finished quiz yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../pages/home.py" line="60"/>
        <source>Back dimples and the sacral dimple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="63"/>
        <source>Pick the topics to practise, how many questions, and whether you want feedback after each answer. Press Enter to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="70"/>
        <location filename="../pages/home.py" line="71"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="76"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="81"/>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="81"/>
        <source>%n questions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="85"/>
        <source>Quiz length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="86"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="91"/>
        <source>&amp;Practice: feedback after every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="92"/>
        <source>&amp;Exam: feedback at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="93"/>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="94"/>
        <source>Exam mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="102"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="110"/>
        <source>&amp;Start quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="111"/>
        <source>Start quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="114"/>
        <source>&amp;Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="115"/>
        <source>Review questions that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="126"/>
        <source>Bank problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="144"/>
        <source>%1 (%n questions)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="161"/>
        <source>%n question(s) due for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="177"/>
        <source>Pick at least one topic to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/home.py" line="180"/>
        <source>%n question(s) available in the picked topics.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotspotPicture</name>
    <message>
        <location filename="../hotspot.py" line="159"/>
        <source>Picture not available</source>
        <extracomment>Largest raster picture decoded, in pixels (width * height).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningScreens</name>
    <message>
        <location filename="../learning_screens.py" line="47"/>
        <source>&amp;Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="47"/>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="50"/>
        <source>M&amp;yths you still believe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="50"/>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="53"/>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="53"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="55"/>
        <source>&amp;Export study sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="56"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="142"/>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="143"/>
        <source>The questions due for review are not in any loaded bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="158"/>
        <source>Nothing to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="159"/>
        <source>These questions are not in any loaded bank any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="179"/>
        <source>Certainty-based score: %1 of a possible %2 (average %3 per answer, on Moodle&apos;s scale: right +1, +2, +3 and wrong 0, -2, -6 for low, medium, high confidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../learning_screens.py" line="191"/>
        <source>%n confident answer(s) [was|were] wrong — these are worth another look.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../learning_screens.py" line="199"/>
        <source>%n answer(s) without a confidence level counted as low.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="293"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="294"/>
        <source>There are no missed questions to put on a study sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="306"/>
        <source>The study sheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learning_screens.py" line="307"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../learning_screens.py" line="313"/>
        <source>Study sheet with %n question(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="53"/>
        <location filename="../main_window.py" line="55"/>
        <source>QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Loading the course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Ask how &amp;sure I am before feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>&amp;About QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>About QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>QuizApp %1
Learn to tell the paired back dimples from the single sacral dimple. Educational, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Review of a past quiz: %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>&amp;Back to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>Some question banks could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>Labelled diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367"/>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="387"/>
        <source>&amp;Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>Leave the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Your answers so far are saved. You can resume this quiz the next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MistakesPage</name>
    <message>
        <location filename="../pages/mistakes.py" line="152"/>
        <source>Mistakes</source>
        <extracomment>Longest belief shown in the misconception filter (the whole belief is its tool tip). How many mistakes are shown at first, and added by each **Show more**. The confidence filter&apos;s choices, in combo order (None: any). The date filter&apos;s choices, in combo order: how far back (None: any time; 0: today).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="158"/>
        <source>Missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="160"/>
        <source>Re&amp;try these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="161"/>
        <source>Retry the listed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="163"/>
        <source>&amp;Export study sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="165"/>
        <source>Export a study sheet of the listed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="168"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="169"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="186"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="187"/>
        <source>Misconception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="189"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="191"/>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="192"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="193"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="194"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="195"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="199"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="201"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="202"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="203"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="204"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="207"/>
        <source>&amp;Only questions I still get wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="208"/>
        <source>Only questions I still get wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="211"/>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="212"/>
        <source>&amp;Misconception:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="213"/>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="214"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="238"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="242"/>
        <source>Any misconception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="289"/>
        <source>No missed question matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="291"/>
        <source>No missed questions yet: questions you get wrong are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="294"/>
        <source>Sho&amp;w more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="313"/>
        <source>Missed question %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/mistakes.py" line="329"/>
        <source>Show %n more missed question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="332"/>
        <source>Nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/mistakes.py" line="334"/>
        <source>%n missed question(s) [matches|match] these filters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/mistakes.py" line="336"/>
        <source>%n missed question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="338"/>
        <source>The first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mistakes.py" line="357"/>
        <source>%1. %2 · answered %3 · confidence: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MythEntry</name>
    <message>
        <location filename="../pages/myths.py" line="43"/>
        <source>Not in any loaded bank any more, so its correction is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="46"/>
        <source>Myth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="56"/>
        <source>In fact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/myths.py" line="57"/>
        <source>Picked %n time(s), last on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="60"/>
        <source>Highest confidence when picking it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="64"/>
        <source>Towards leaving the list: %1 of %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="72"/>
        <source>Myth %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Myths</name>
    <message>
        <location filename="../learning_words.py" line="40"/>
        <source>How a myth leaves this list: each later answer that avoids it, on a question that offers it, earns points by the confidence you gave: High %1, Medium %2, Low or not given %3. Once it has %4 points since you last picked it, the myth is cleared. Picking it again starts the count afresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MythsPage</name>
    <message>
        <location filename="../pages/myths.py" line="99"/>
        <location filename="../pages/myths.py" line="106"/>
        <source>Myths you still believe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="102"/>
        <source>How a myth leaves this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="109"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="110"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="142"/>
        <source>You hold none of the myths this course tests — or you have not met them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/myths.py" line="152"/>
        <source>%n myth(s) you picked and have not yet rejected with confidence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/myths.py" line="155"/>
        <source>No myths to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../answer_view.py" line="24"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="24"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../widgets.py" line="79"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="80"/>
        <source>Partly correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="81"/>
        <source>Incorrect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../pages/quiz.py" line="75"/>
        <source>Question and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="82"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="86"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="100"/>
        <location filename="../pages/quiz.py" line="225"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="105"/>
        <source>How sure are you? (optional: keys L, M, H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="106"/>
        <source>How sure are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="111"/>
        <source>Low (guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="111"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="112"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="112"/>
        <source>Medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="113"/>
        <source>High (sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="113"/>
        <source>High confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="142"/>
        <source>&amp;Quit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="143"/>
        <source>Quit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="145"/>
        <location filename="../pages/quiz.py" line="249"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="146"/>
        <location filename="../pages/quiz.py" line="250"/>
        <source>Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="183"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="185"/>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="191"/>
        <source>Pick all that apply, then press Enter. Keys 1-9 toggle a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="195"/>
        <source>Click the place on the picture, or pick it from the list (keys 1-9), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="199"/>
        <source>Pick one answer (keys 1-9), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="223"/>
        <source>Places on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="234"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="283"/>
        <source>(correct answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="286"/>
        <source>(your pick, wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="297"/>
        <source>See &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="297"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="299"/>
        <source>See results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="299"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="303"/>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="304"/>
        <source>Partly correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="305"/>
        <source>Incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="307"/>
        <source>Press Enter to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="326"/>
        <source>Your answer could not be saved yet: %1. It is kept; press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="329"/>
        <source>&amp;Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="330"/>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="405"/>
        <source>Pick an answer first (keys 1-9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../pages/results.py" line="38"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="39"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="45"/>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="49"/>
        <source>More about your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="52"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="58"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="58"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="58"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="60"/>
        <source>Score per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="72"/>
        <source>&amp;Review missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="73"/>
        <source>Review missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="74"/>
        <source>Re&amp;try missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="75"/>
        <source>Retry missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="76"/>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="77"/>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="93"/>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="99"/>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/results.py" line="103"/>
        <source>%n question(s) missed or partly missed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="105"/>
        <source>Every answer was right. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="114"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/review.py" line="32"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="38"/>
        <source>Missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="42"/>
        <source>Re&amp;try missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="43"/>
        <source>Retry missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="44"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="45"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="66"/>
        <source>Review missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="72"/>
        <source>%1. Topic: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/review.py" line="85"/>
        <source>%n question(s) to look at again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/review.py" line="87"/>
        <source>Nothing was missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../chart_summaries.py" line="32"/>
        <source>%1 %</source>
        <extracomment>Most points on the score chart; beyond, each point is the average of a run of quizzes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="48"/>
        <source>No finished quiz yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="51"/>
        <source>%n quiz(zes) finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="53"/>
        <source>, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="58"/>
        <source>%1. Latest score %2, best %3, lowest %4, average %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="67"/>
        <source>Each point on the chart is the average of %n quizzes in a row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="79"/>
        <source>No topic practised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="81"/>
        <source>Mastery is the chance, as the review schedule predicts it, that you would recall the answers now; averaged over the questions of the topic you have answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="88"/>
        <source>%n question(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="90"/>
        <source>%1: mastery %2 (%3, %4 of them right the latest time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="115"/>
        <source>Every answer had a confidence level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="116"/>
        <source>You never said %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="118"/>
        <source>Without a confidence level you were right %1 of %n time(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="125"/>
        <source>When you said %3 you were right %1 of %n time(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="139"/>
        <location filename="../chart_summaries.py" line="172"/>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="143"/>
        <source>On the certainty scale, Medium earns more than Low when you are right more than %1 of the time, and High earns more than Medium above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="162"/>
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../chart_summaries.py" line="166"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="177"/>
        <source>In the last %1 days: %2 on %3, %4 of them right. Busiest day: %5, with %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="190"/>
        <source>No answers in the last %1 days; the latest were on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chart_summaries.py" line="195"/>
        <source>Since %1: %2 on %3, %4 of them right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../pages/statistics.py" line="217"/>
        <location filename="../pages/statistics.py" line="237"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="219"/>
        <source>Nothing here yet. Answer a few questions and your statistics appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="223"/>
        <source>Score per quiz over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="224"/>
        <source>Mastery per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="225"/>
        <source>Calibration: right answers by confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="226"/>
        <source>Answers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="239"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="240"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="301"/>
        <location filename="../pages/statistics.py" line="325"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/statistics.py" line="301"/>
        <source>Average score of %n quizzes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="324"/>
        <source>Finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="334"/>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="337"/>
        <source>Mastery (chance of recalling now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="345"/>
        <location filename="../pages/statistics.py" line="349"/>
        <location filename="../pages/statistics.py" line="382"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="348"/>
        <source>Confidence you gave (number of answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="367"/>
        <source>Needed to earn more than one level lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="375"/>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="376"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="383"/>
        <source>Wrong or partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/statistics.py" line="397"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreUi</name>
    <message>
        <location filename="../store_ui.py" line="61"/>
        <source>Progress file from a newer QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="62"/>
        <source>%1
The file was not changed. Progress will not be saved until QuizApp is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="68"/>
        <source>Progress is not being saved (the progress file is from a newer app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="73"/>
        <source>The damaged progress file was moved aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="78"/>
        <source>The progress file was damaged (%1). It was moved aside, not deleted:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="88"/>
        <location filename="../store_ui.py" line="109"/>
        <source>Progress file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="91"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="101"/>
        <location filename="../store_ui.py" line="161"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="103"/>
        <source>The backup from %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="112"/>
        <source>No backup was found; QuizApp starts a new progress file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="115"/>
        <location filename="../store_ui.py" line="122"/>
        <source>Progress cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="116"/>
        <location filename="../store_ui.py" line="123"/>
        <source>Progress is not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="139"/>
        <location filename="../store_ui.py" line="146"/>
        <location filename="../store_ui.py" line="168"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="140"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="147"/>
        <source>Backup to restore (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store_ui.py" line="169"/>
        <source>Restored the backup from %1. The state before it was backed up too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudySheetExport</name>
    <message>
        <location filename="../study_sheet_export.py" line="31"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../study_sheet_export.py" line="32"/>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../study_sheet_export.py" line="35"/>
        <source>Save study sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsStrip</name>
    <message>
        <location filename="../pages/glossary.py" line="142"/>
        <source>Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="147"/>
        <source>Define %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="153"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
