<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="111"/>
        <source>{points} point(s)</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="116"/>
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
</context>
</TS>
