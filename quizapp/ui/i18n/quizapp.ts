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
        <location filename="../answer_view.py" line="105"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="105"/>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="115"/>
        <source>Why the other answer is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="122"/>
        <source>You did not pick: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="124"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="129"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="138"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../answer_view.py" line="139"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="104"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="105"/>
        <source>QuizApp hit an unexpected problem: %1
Your saved answers are safe. Details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="135"/>
        <source>QuizApp is already running with this data folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="139"/>
        <source>QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../controller.py" line="71"/>
        <source>Resume your quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="75"/>
        <source>A quiz was interrupted after %1 of %2 questions. Every answer you gave is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="80"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="81"/>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="82"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="100"/>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="111"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="112"/>
        <source>Finish or leave the current quiz before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="122"/>
        <source>&amp;Open bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="128"/>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="164"/>
        <source>The bank could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="165"/>
        <source>%1 has problems; fix them and open it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="178"/>
        <source>Open question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../controller.py" line="180"/>
        <source>Question banks (*.toml)</source>
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
    <name>GlossaryPage</name>
    <message>
        <location filename="../pages/glossary.py" line="50"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="52"/>
        <source>Search terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="53"/>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="56"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="64"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="66"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="76"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="77"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/glossary.py" line="106"/>
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
        <location filename="../pages/history.py" line="123"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="137"/>
        <source>Past quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="143"/>
        <source>&amp;Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="144"/>
        <source>Open the review of the selected quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="146"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="147"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/history.py" line="161"/>
        <source>%n finished quiz(zes). Press Enter on a row to see its review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="163"/>
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
        <location filename="../main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <source>Ask how &amp;sure I am before feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>&amp;About QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>About QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>QuizApp %1
Learn to tell the paired back dimples from the single sacral dimple. Educational, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Review of a past quiz: %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>&amp;Back to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>Some question banks could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>Labelled diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="362"/>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>&amp;Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>Leave the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Your answers so far are saved. You can resume this quiz the next time.</source>
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
        <location filename="../pages/quiz.py" line="81"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="85"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="98"/>
        <location filename="../pages/quiz.py" line="221"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="103"/>
        <source>How sure are you? (optional: keys L, M, H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="104"/>
        <source>How sure are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="109"/>
        <source>Low (guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="109"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="110"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="110"/>
        <source>Medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="111"/>
        <source>High (sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="111"/>
        <source>High confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="140"/>
        <source>&amp;Quit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="141"/>
        <source>Quit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="143"/>
        <location filename="../pages/quiz.py" line="245"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="144"/>
        <location filename="../pages/quiz.py" line="246"/>
        <source>Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="181"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="183"/>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="189"/>
        <source>Pick all that apply, then press Enter. Keys 1-9 toggle a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="193"/>
        <source>Click the place on the picture, or pick it from the list (keys 1-9), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="197"/>
        <source>Pick one answer (keys 1-9), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="219"/>
        <source>Places on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="230"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="279"/>
        <source>(correct answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="282"/>
        <source>(your pick, wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="293"/>
        <source>See &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="293"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="295"/>
        <source>See results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="295"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="299"/>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="300"/>
        <source>Partly correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="301"/>
        <source>Incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="303"/>
        <source>Press Enter to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="310"/>
        <source>Your answer could not be saved yet: %1. It is kept; press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="313"/>
        <source>&amp;Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="314"/>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="389"/>
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
        <location filename="../pages/results.py" line="70"/>
        <source>&amp;Review missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="71"/>
        <source>Review missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="72"/>
        <source>Re&amp;try missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="73"/>
        <source>Retry missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="74"/>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="75"/>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="91"/>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="97"/>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/results.py" line="101"/>
        <source>%n question(s) missed or partly missed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="103"/>
        <source>Every answer was right. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/results.py" line="112"/>
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
    <name>TermsStrip</name>
    <message>
        <location filename="../pages/glossary.py" line="141"/>
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
