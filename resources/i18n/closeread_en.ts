<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttemptView</name>
    <message numerus="yes">
        <source>worth {n} point(s)</source>
        <translation type="vanished">
            <numerusform>worth {n} point</numerusform>
            <numerusform>worth {n} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlankGuard</name>
    <message numerus="yes">
        <source>%n item(s) with no answer yet.</source>
        <translation type="vanished">
            <numerusform>%n item with no answer yet.</numerusform>
            <numerusform>%n items with no answer yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="42"/>
        <source>%n items have no answer yet.</source>
        <translation>
            <numerusform>%n item has no answer yet.</numerusform>
            <numerusform>%n items have no answer yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="327"/>
        <source>{shown} of %n student(s)</source>
        <translation>
            <numerusform>{shown} of %n student</numerusform>
            <numerusform>{shown} of %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="334"/>
        <source>%n answers wait for review</source>
        <translation>
            <numerusform>%n answer waits for review</numerusform>
            <numerusform>%n answers wait for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/panel.py" line="239"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradebookModel</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="229"/>
        <source>{points} of {possible} points; {done} of %n exercise(s) tried</source>
        <translation>
            <numerusform>{points} of {possible} points; {done} of %n exercise tried</numerusform>
            <numerusform>{points} of {possible} points; {done} of %n exercises tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="240"/>
        <source>; %n waiting to be scored</source>
        <translation>
            <numerusform>; %n waiting to be scored</numerusform>
            <numerusform>; %n waiting to be scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="247"/>
        <source>{done} of %n exercise(s) tried</source>
        <translation>
            <numerusform>{done} of %n exercise tried</numerusform>
            <numerusform>{done} of %n exercises tried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HintsBox</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/hints.py" line="126"/>
        <source>cost {points} point(s)</source>
        <translation>
            <numerusform>cost {points} point</numerusform>
            <numerusform>cost {points} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/hints.py" line="141"/>
        <source>Sh&amp;ow hint {number} (costs {points} point(s))</source>
        <translation>
            <numerusform>Sh&amp;ow hint {number} (costs {points} point)</numerusform>
            <numerusform>Sh&amp;ow hint {number} (costs {points} points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemAnalysisPanel</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="158"/>
        <source>%n exercise(s), {tried} of them tried by someone.</source>
        <translation>
            <numerusform>%n exercise, {tried} of them tried by someone.</numerusform>
            <numerusform>%n exercises, {tried} of them tried by someone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="204"/>
        <source>Levels you gave (%n scored): the mean level</source>
        <translation>
            <numerusform>Levels you gave (%n scored): the mean level</numerusform>
            <numerusform>Levels you gave (%n scored): the mean level</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="168"/>
        <source>This lesson has %n exercise(s). Read the article, then start.</source>
        <translation>
            <numerusform>This lesson has %n exercise. Read the article, then start.</numerusform>
            <numerusform>This lesson has %n exercises. Read the article, then start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/panel.py" line="209"/>
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>{done} of %n exercise done</numerusform>
            <numerusform>{done} of %n exercises done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideEditor</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="113"/>
        <source>Your score counts: {points} of {n} point(s).</source>
        <translation>
            <numerusform>Your score counts: {points} of {n} point.</numerusform>
            <numerusform>Your score counts: {points} of {n} points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="121"/>
        <source>The rules&apos; provisional score counts: {points} of {n} point(s). Save a score (the same or another) to decide it.</source>
        <translation>
            <numerusform>The rules&apos; provisional score counts: {points} of {n} point. Save a score (the same or another) to decide it.</numerusform>
            <numerusform>The rules&apos; provisional score counts: {points} of {n} points. Save a score (the same or another) to decide it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/window.py" line="276"/>
        <source>Saved. The checker finds %n error(s): see Problems.</source>
        <translation>
            <numerusform>Saved. The checker finds %n error: see Problems.</numerusform>
            <numerusform>Saved. The checker finds %n errors: see Problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="227"/>
        <source>Wrong PIN. %n more wrong tries make CloseRead wait.</source>
        <translation>
            <numerusform>Wrong PIN. One more wrong try makes CloseRead wait.</numerusform>
            <numerusform>Wrong PIN. %n more wrong tries make CloseRead wait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="246"/>
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wrong PIN. Wait %n second before the next try.</numerusform>
            <numerusform>Wrong PIN. Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="116"/>
        <source>{points} point(s)</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="123"/>
        <source>{earned} of {possible} point(s)</source>
        <translation>
            <numerusform>{earned} of {possible} point</numerusform>
            <numerusform>{earned} of {possible} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/kinds/mark.py" line="90"/>
        <source>You found {found} of %n passage(s) in the key.</source>
        <translation>
            <numerusform>You found {found} of %n passage in the key.</numerusform>
            <numerusform>You found {found} of %n passages in the key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/kinds/mark.py" line="93"/>
        <source>%n passage(s) still to find.</source>
        <translation>
            <numerusform>%n passage still to find.</numerusform>
            <numerusform>%n passages still to find.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="211"/>
        <source>Answer key: %n passage(s)</source>
        <translation>
            <numerusform>Answer key: %n passage</numerusform>
            <numerusform>Answer key: %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/pages.py" line="26"/>
        <source>{words} words in %n block(s).</source>
        <translation>
            <numerusform>{words} words in %n block.</numerusform>
            <numerusform>{words} words in %n blocks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/actions.py" line="19"/>
        <location filename="../../src/closeread/ui/shell/app.py" line="178"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="104"/>
        <source>Saved your %n checked answer(s) to {path}.</source>
        <translation>
            <numerusform>Saved your %n checked answer to {path}.</numerusform>
            <numerusform>Saved your %n checked answers to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="110"/>
        <source>%n answer(s) made with another version of this pack not in the file.</source>
        <translation>
            <numerusform>%n answer made with another version of this pack not in the file.</numerusform>
            <numerusform>%n answers made with another version of this pack not in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="64"/>
        <source>Nothing new for {student}: its %n attempts were here already</source>
        <translation>
            <numerusform>Nothing new for {student}: its %n attempt was here already</numerusform>
            <numerusform>Nothing new for {student}: its %n attempts were here already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="69"/>
        <source>%n attempt(s) for {student}</source>
        <translation>
            <numerusform>%n attempt for {student}</numerusform>
            <numerusform>%n attempts for {student}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="73"/>
        <source>(%n already here)</source>
        <translation>
            <numerusform>(%n already here)</numerusform>
            <numerusform>(%n already here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="87"/>
        <source>“{title}” allows %n attempt(s)</source>
        <translation>
            <numerusform>“{title}” allows %n attempt</numerusform>
            <numerusform>“{title}” allows %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="92"/>
        <source>; %n attempt(s) refused over the limit, counting every hand-in from this student</source>
        <translation>
            <numerusform>; %n attempt refused over the limit, counting every hand-in from this student</numerusform>
            <numerusform>; %n attempts refused over the limit, counting every hand-in from this student</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="58"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="58"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/problems.py" line="141"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/problems.py" line="142"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="89"/>
        <source>{percent}% of the pack&apos;s points · {earned} of {possible} point(s)</source>
        <translation>
            <numerusform>{percent}% of the pack&apos;s points · {earned} of {possible} point</numerusform>
            <numerusform>{percent}% of the pack&apos;s points · {earned} of {possible} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="110"/>
        <source>{done} of %n exercise(s) done. An exercise not tried yet counts 0 points, as it does for your teacher.</source>
        <translation>
            <numerusform>{done} of %n exercise done. An exercise not tried yet counts 0 points, as it does for your teacher.</numerusform>
            <numerusform>{done} of %n exercises done. An exercise not tried yet counts 0 points, as it does for your teacher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="175"/>
        <source>{earned} of {possible} point(s), {percent} percent</source>
        <translation>
            <numerusform>{earned} of {possible} point, {percent} percent</numerusform>
            <numerusform>{earned} of {possible} points, {percent} percent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="192"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="195"/>
        <source>%n to try again</source>
        <translation>
            <numerusform>%n to try again</numerusform>
            <numerusform>%n to try again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="197"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="230"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescoreDialog</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="264"/>
        <source>{n} of %n answer(s) change with version {version}.</source>
        <translation>
            <numerusform>{n} of %n answer change with version {version}.</numerusform>
            <numerusform>{n} of %n answers change with version {version}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="270"/>
        <source>%n left as they were: their exercise changed under them.</source>
        <translation>
            <numerusform>%n left as they were: their exercise changed under them.</numerusform>
            <numerusform>%n left as they were: their exercise changed under them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="278"/>
        <source>%n answer(s) were made with a copy that is no longer installed; they are scored as if its text and options were the same.</source>
        <translation>
            <numerusform>%n answer was made with a copy that is no longer installed; it is scored as if its text and options were the same.</numerusform>
            <numerusform>%n answers were made with a copy that is no longer installed; they are scored as if its text and options were the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="159"/>
        <source>of {possible} point(s)</source>
        <translation>
            <numerusform>of {possible} point</numerusform>
            <numerusform>of {possible} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="226"/>
        <source>{found} of %n found</source>
        <translation>
            <numerusform>{found} of %n found</numerusform>
            <numerusform>{found} of %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="229"/>
        <source>%n nearly right</source>
        <translation>
            <numerusform>%n nearly right</numerusform>
            <numerusform>%n nearly right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="230"/>
        <source>%n wrong label(s)</source>
        <translation>
            <numerusform>%n wrong label</numerusform>
            <numerusform>%n wrong labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="231"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="232"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="234"/>
        <source>%n still to find</source>
        <translation>
            <numerusform>%n still to find</numerusform>
            <numerusform>%n still to find</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="194"/>
        <source>%n answers wait for your review.</source>
        <translation>
            <numerusform>%n answer waits for your review.</numerusform>
            <numerusform>%n answers wait for your review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="209"/>
        <source>{name}: %n attempt(s) kept</source>
        <translation>
            <numerusform>{name}: %n attempt kept</numerusform>
            <numerusform>{name}: %n attempts kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="213"/>
        <source>, %n refused over the limit</source>
        <translation>
            <numerusform>, %n refused over the limit</numerusform>
            <numerusform>, %n refused over the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="294"/>
        <source>Provisional: the rubric found {points} of {n} point(s).</source>
        <translation>
            <numerusform>Provisional: the rubric found {points} of {n} point.</numerusform>
            <numerusform>Provisional: the rubric found {points} of {n} points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="175"/>
        <source>None of the %n student(s) shown has started this yet.</source>
        <translation>
            <numerusform>None of the %n student shown has started this yet.</numerusform>
            <numerusform>None of the %n students shown has started this yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="178"/>
        <source>{started} of %n student(s) started · mean {mean}% · median {median}%</source>
        <translation>
            <numerusform>{started} of %n student started · mean {mean}% · median {median}%</numerusform>
            <numerusform>{started} of %n students started · mean {mean}% · median {median}%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorePane</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="94"/>
        <source>{points} of {n} point(s)</source>
        <translation>
            <numerusform>{points} of {n} point</numerusform>
            <numerusform>{points} of {n} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="116"/>
        <source>%n statement(s) to send; {sent} sent, {refused} refused.</source>
        <translation>
            <numerusform>%n statement to send; {sent} sent, {refused} refused.</numerusform>
            <numerusform>%n statements to send; {sent} sent, {refused} refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortWidget</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/short.py" line="59"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritingScoreForm</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="229"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="295"/>
        <source>Score: {points} of {n} point(s)</source>
        <translation>
            <numerusform>Score: {points} of {n} point</numerusform>
            <numerusform>Score: {points} of {n} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="307"/>
        <source>Your score counts: {points} of {n} point(s).</source>
        <translation>
            <numerusform>Your score counts: {points} of {n} point.</numerusform>
            <numerusform>Your score counts: {points} of {n} points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritingWidget</name>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="133"/>
        <source>Your response has %n word(s); the task asks for at least {least}. Hand it in anyway?</source>
        <translation>
            <numerusform>Your response has %n word; the task asks for at least {least}. Hand it in anyway?</numerusform>
            <numerusform>Your response has %n words; the task asks for at least {least}. Hand it in anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="140"/>
        <source>Your response has %n word(s); the task asks for at most {most}. Hand it in anyway?</source>
        <translation>
            <numerusform>Your response has %n word; the task asks for at most {most}. Hand it in anyway?</numerusform>
            <numerusform>Your response has %n words; the task asks for at most {most}. Hand it in anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="156"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="162"/>
        <source>(%n to go)</source>
        <translation>
            <numerusform>(%n to go)</numerusform>
            <numerusform>(%n to go)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="164"/>
        <source>(%n too many)</source>
        <translation>
            <numerusform>(%n too many)</numerusform>
            <numerusform>(%n too many)</numerusform>
        </translation>
    </message>
</context>
</TS>
