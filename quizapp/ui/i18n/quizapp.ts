<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AnswerView</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pick “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the other answer is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not pick: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>If the window is not painted by then (minimised, on a hidden workspace), load anyway.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuizApp hit an unexpected problem: %1
Your saved answers are safe. Details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuizApp is already running with this data folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Resume your quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz was left unfinished after %1 of %2 questions. Every answer you gave is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted quiz cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz was interrupted, but it was saved by a newer version of QuizApp and this version cannot read it. Discard it, or keep it to resume with a newer QuizApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or leave the current quiz before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is not being saved until QuizApp is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import GIFT or Aiken file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open; its topics are on the home page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems; fix them and open it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message numerus="yes">
        <source>Imported %1 of %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) skipped: a type this format cannot hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) could not be read; see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) got placeholder text starting with &apos;TODO:&apos;; replace it before handing the bank out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle GIFT or Aiken files (*.gift *.txt *.aiken);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question could be imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported bank has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written but does not load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <source>Chart: %1</source>
        <extracomment>Colours of right and of other answers per day: blue and orange, told apart by most colour-blind readers and readable on the light and the dark theme (the legend names them). Longest topic title on the mastery chart&apos;s axis (its summary has the whole title). Height of a chart; the mastery chart&apos;s least height, and the height of each topic&apos;s row. Each quiz&apos;s point gets a marker when there are at most this many quizzes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidenceBox</name>
    <message>
        <source>How sure are you? (optional: keys L, M, H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePictures</name>
    <message>
        <source>Labelled diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Question banks that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) [was|were] found; the details list every one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review of the selected quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished quiz(zes). Press Enter on a row to see its review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No finished quiz yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Back dimples and the sacral dimple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the topics to practise, how many questions, and whether you want feedback after each answer. Press Enter to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice: feedback after every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exam: feedback at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review questions that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the unfinished quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all bank problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all bank problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n questions)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfinished quiz: %1 of %n question(s) answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pick at least one topic to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) available in the picked topics.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotspotPicture</name>
    <message>
        <source>Picture not available</source>
        <extracomment>Largest raster picture decoded, in pixels (width * height).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningScreens</name>
    <message>
        <source>&amp;Mistakes</source>
        <extracomment>The home page is woken when a question comes due within this time (a day).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;yths you still believe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export study sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for review now; the next question comes due at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for review now; the next question comes due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions due for review are not in any loaded bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are not in any loaded bank any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty-based score: %1 of a possible %2 (average %3 per answer, on Moodle&apos;s scale: right +1, +2, +3 and wrong 0, -2, -6 for low, medium, high confidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confident answer(s) [was|were] wrong — these are worth another look.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) without a confidence level counted as low.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no missed questions to put on a study sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study sheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Study sheet with %n question(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how &amp;sure I am before feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuizApp %1
Learn to tell the paired back dimples from the single sacral dimple. Educational, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of QuizApp cannot read this quiz: it was saved by a newer version. It is kept, and a newer QuizApp can show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of a past quiz: %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some question banks could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MistakesPage</name>
    <message>
        <source>Mistakes</source>
        <extracomment>Longest belief shown in the misconception filter (the whole belief is its tool tip). How many mistakes are shown at first, and added by each **Show more**. The confidence filter&apos;s choices, in combo order (None: any). The date filter&apos;s choices, in combo order: how far back (None: any time; 0: today).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the listed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export study sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a study sheet of the listed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only questions I still get wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only questions I still get wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Misconception:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any misconception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missed question matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missed questions yet: questions you get wrong are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed question %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more missed question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missed question(s) [matches|match] these filters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 · answered %3 · confidence: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MythEntry</name>
    <message>
        <source>Not in any loaded bank any more, so its correction is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In fact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Picked %n time(s), last on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Highest confidence when picking it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards leaving the list: %1 of %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myth %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Myths</name>
    <message>
        <source>How a myth leaves this list: each later answer that avoids it, on a question that offers it, earns points by the confidence you gave: High %1, Medium %2, none given %5, Low %3. Once it has %4 points since you last picked it, the myth is cleared. Picking it again starts the count afresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MythsPage</name>
    <message>
        <source>Myths you still believe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a myth leaves this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold none of the myths this course tests — or you have not met them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n myth(s) you picked and have not yet rejected with confidence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No myths to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick all that apply, then press Enter. Keys 1-9 toggle a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the place on the picture, or pick it from the list (keys 1-9), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one answer (keys 1-9), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(correct answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your pick, wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your answer is kept; press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer first (keys 1-9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) missed or partly missed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every answer was right. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Topic: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to look at again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>%1 %</source>
        <extracomment>Most points on the score chart; beyond, each point is the average of a run of quizzes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished quiz yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes) finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Latest score %2, best %3, lowest %4, average %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each point on the chart is the average of %n quizzes in a row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No topic practised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery is the chance, as the review schedule predicts it, that you would recall the answers now; averaged over the questions of the topic you have answered. A question you missed the latest time counts as 0 until you answer it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — mastery %2 (%3, %4 of them right the latest time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer had a confidence level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You never said %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Without a confidence level you were right %1 of %n time(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you said %3 you were right %1 of %n time(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the certainty scale, Medium earns more than Low when you are right more than %1 of the time, and High earns more than Medium above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In the last %1 days: %2 on %3, %4 of them right. Busiest day: %5, with %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers in the last %1 days; the latest were on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2 on %3, %4 of them right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Answer a few questions and your statistics appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per quiz over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: right answers by confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average score of %n quizzes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery (chance of recalling now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence you gave (number of answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to earn more than one level lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong or partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreUi</name>
    <message>
        <source>Progress file from a newer QuizApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is not being saved (the progress file is from a newer app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged progress file was moved aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Progress will not be saved until QuizApp is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress file was damaged: %1. It was moved aside, not deleted:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup, from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found; QuizApp starts a new progress file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
QuizApp carries on, but progress is not saved until it is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1. The state before it was backed up too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudySheetExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save study sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsStrip</name>
    <message>
        <source>Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnfinishedQuiz</name>
    <message>
        <source>Leave the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this quiz? Your answers so far are saved; you can resume it from the home page, or when QuizApp next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished quiz (%1 of %2 questions answered). Once a new quiz starts, it can no longer be resumed; the answers you gave in it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start new quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
