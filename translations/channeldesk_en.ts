<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cd::DataTransfer</name>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation>
            <numerusform>%1 has %Ln problem. Nothing was imported: fix them and import the file again.</numerusform>
            <numerusform>%1 has %Ln problems. Nothing was imported: fix them and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
</context>
</TS>
