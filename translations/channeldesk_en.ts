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
    <message numerus="yes">
        <source>%Ln registration status(es) set by the rules as of now.</source>
        <translation>
            <numerusform>%Ln registration status(es) set by the rules as of now.</numerusform>
            <numerusform>%Ln registration status(es) set by the rules as of now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::QbrReport</name>
    <message numerus="yes">
        <source>%n promotion(s) proposed</source>
        <translation>
            <numerusform>%n promotion proposed</numerusform>
            <numerusform>%n promotions proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion(s) proposed</source>
        <translation>
            <numerusform>%n demotion proposed</numerusform>
            <numerusform>%n demotions proposed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message numerus="yes">
        <source>%n registration(s) would change as of %1 (dry run, nothing written)</source>
        <translation>
            <numerusform>%n registration would change as of %1 (dry run, nothing written)</numerusform>
            <numerusform>%n registrations would change as of %1 (dry run, nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed as of %1</source>
        <translation>
            <numerusform>%n registration changed as of %1</numerusform>
            <numerusform>%n registrations changed as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>registrations evaluated as of %1: %n status change(s)</source>
        <translation>
            <numerusform>registrations evaluated as of %1: %n status change</numerusform>
            <numerusform>registrations evaluated as of %1: %n status changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::store::DashboardQuery</name>
    <message numerus="yes">
        <source>%n deal(s) left out: no exchange rate to %1 on their close date</source>
        <translation>
            <numerusform>%n deal left out: no exchange rate to %1 on their close date</numerusform>
            <numerusform>%n deals left out: no exchange rate to %1 on their close date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerMetrics</name>
    <message numerus="yes">
        <source>program %1: not in the database; its %n partner(s) were not evaluated</source>
        <translation>
            <numerusform>program %1: not in the database; its %n partner were not evaluated</numerusform>
            <numerusform>program %1: not in the database; its %n partners were not evaluated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictsPage</name>
    <message numerus="yes">
        <source>%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</source>
        <translation>
            <numerusform>%n pair of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</numerusform>
            <numerusform>%n pairs of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</numerusform>
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
<context>
    <name>cd::ui::RegistrationQueueModel</name>
    <message numerus="yes">
        <source>The protection ends within %n day(s)</source>
        <translation>
            <numerusform>The protection ends within %n day</numerusform>
            <numerusform>The protection ends within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationsPage</name>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed status.</source>
        <translation>
            <numerusform>%n registration changed status.</numerusform>
            <numerusform>%n registrations changed status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementsPage</name>
    <message numerus="yes">
        <source>%n partner(s) with a statement</source>
        <translation>
            <numerusform>%n partner with a statement</numerusform>
            <numerusform>%n partners with a statement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::TierReviewPage</name>
    <message numerus="yes">
        <source>Accept %n tier changes</source>
        <translation>
            <numerusform>Accept %n tier changes</numerusform>
            <numerusform>Accept %n tier changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n tier changes</source>
        <translation>
            <numerusform>Reject %n tier changes</numerusform>
            <numerusform>Reject %n tier changes</numerusform>
        </translation>
    </message>
</context>
</TS>
