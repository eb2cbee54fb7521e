<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>cd::Commission</name>
    <message>
        <source>the commission is too large to compute exactly</source>
        <translation>la commission est trop élevée pour être calculée exactement</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before the close date</source>
        <translation>aucun taux de change %1 vers %2 à la date de clôture ou avant</translation>
    </message>
    <message>
        <source>is too large once converted to %1</source>
        <translation>est trop élevé une fois converti en %1</translation>
    </message>
    <message>
        <source>the credited revenue is too large to compute exactly</source>
        <translation>le chiffre d&apos;affaires crédité est trop élevé pour être calculé exactement</translation>
    </message>
    <message>
        <source>the statement total is too large</source>
        <translation>le total du relevé de commissions est trop élevé</translation>
    </message>
</context>
<context>
    <name>cd::CommissionInput</name>
    <message>
        <source>no partner given</source>
        <translation>aucun partenaire indiqué</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 indique plusieurs partenaires sans leurs pourcentages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format PARTENAIRE=POURCENTAGE</translation>
    </message>
    <message>
        <source>the share of %1 (%2) is not a decimal number</source>
        <translation>la part de %1 (%2) n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)</source>
        <translation>la part de %1 (%2) comporte plus de chiffres qu&apos;un pourcentage n&apos;en demande (%3 décimales au maximum)</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>la part de %1 doit être positive</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 est cité deux fois</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>la somme des parts est %1, et non 100</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 apparaît deux fois (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 apparaît deux fois</translation>
    </message>
    <message>
        <source>a deal needs an id</source>
        <translation>une affaire doit avoir un identifiant</translation>
    </message>
    <message>
        <source>each partner is named once, with a positive share</source>
        <translation>chaque partenaire doit être cité une seule fois, avec une part positive</translation>
    </message>
    <message>
        <source>a share has more than %1 decimals</source>
        <translation>une part comporte plus de %1 décimales</translation>
    </message>
    <message>
        <source>a deal needs a close date between the years 1 and 9999</source>
        <translation>une affaire doit avoir une date de clôture comprise entre l&apos;an 1 et l&apos;an 9999</translation>
    </message>
    <message>
        <source>%1 is not a positive amount in range</source>
        <translation>%1 n&apos;est pas un montant positif dans la plage autorisée</translation>
    </message>
    <message>
        <source>a cancelled deal needs a cancellation date on or after its close date</source>
        <translation>une affaire annulée doit avoir une date d&apos;annulation égale ou postérieure à sa date de clôture</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>colonne inconnue, ignorée</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-31</source>
        <translation>%1 n&apos;est pas une date au format 2026-03-31</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows</source>
        <translation>%1 n&apos;est pas une devise connue de ce programme</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>%1 has more digits than a rate may have (up to %2 decimals)</source>
        <translation>%1 comporte plus de chiffres qu&apos;un taux de change n&apos;en permet (%2 décimales au maximum)</translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation>%1 n&apos;est pas positif</translation>
    </message>
    <message>
        <source>a %1 rate for %2 is already given on line %3</source>
        <translation>un taux de change %1 pour le %2 figure déjà à la ligne %3</translation>
    </message>
    <message>
        <source>is missing (won, cancelled, open or lost)</source>
        <translation>valeur manquante (won, cancelled, open ou lost)</translation>
    </message>
    <message>
        <source>%1 is not one of won, cancelled, open, lost</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs won, cancelled, open, lost</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 comporte plus de décimales que %2 n&apos;en autorise (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop élevé</translation>
    </message>
    <message>
        <source>is missing: a cancelled deal needs the date it was cancelled</source>
        <translation>valeur manquante&#xa0;: une affaire annulée doit indiquer sa date d&apos;annulation</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 est antérieure à la date de clôture %2</translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation>%1 est indiqué, mais l&apos;affaire est gagnée&#xa0;; une affaire annulée a le statut cancelled</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before %3</source>
        <translation>aucun taux de change %1 vers %2 au %3 ou avant</translation>
    </message>
</context>
<context>
    <name>cd::CommissionPlan</name>
    <message>
        <source>a plan is a JSON object</source>
        <translation>un plan doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>champ inconnu (champs connus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation>%1 n&apos;est pas une devise connue de ce programme (ISO 4217&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 is not one of month, quarter, year</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs month, quarter, year</translation>
    </message>
    <message>
        <source>%1 is not a month number from 1 to 12</source>
        <translation>%1 n&apos;est pas un numéro de mois compris entre 1 et 12</translation>
    </message>
    <message>
        <source>%1 is not one of graduated, retroactive</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs graduated, retroactive</translation>
    </message>
    <message>
        <source>%1 is not one of half-even, half-up</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs half-even, half-up</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string (&quot;%1&quot;) so that it stays exact</source>
        <translation>%1 est un nombre JSON&#xa0;; écrivez-le sous forme de chaîne (&quot;%1&quot;) pour qu&apos;il reste exact</translation>
    </message>
    <message>
        <source>must be a decimal string, not %1</source>
        <translation>doit être une chaîne décimale, et non %1</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ne doit pas être négatif</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 comporte plus de décimales que %2 n&apos;en autorise (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop élevé</translation>
    </message>
    <message>
        <source>%1 is not a percentage like 15%</source>
        <translation>%1 n&apos;est pas un pourcentage au format 15%</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 comporte plus de %2 décimales</translation>
    </message>
    <message>
        <source>is required: at least one band starting at 0</source>
        <translation>est obligatoire&#xa0;: au moins une tranche commençant à 0</translation>
    </message>
    <message>
        <source>must be a list of at least one band starting at 0</source>
        <translation>doit être une liste d&apos;au moins une tranche commençant à 0</translation>
    </message>
    <message>
        <source>a band is an object with &quot;from&quot; and &quot;rate&quot;</source>
        <translation>une tranche est un objet avec &quot;from&quot; et &quot;rate&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: from, rate)</source>
        <translation>champ inconnu (champs connus&#xa0;: from, rate)</translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation>la première tranche doit commencer à 0, et non à %1</translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation>%1 n&apos;est pas supérieur au from de la tranche précédente (%2)&#xa0;: les tranches doivent être en ordre croissant</translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation>doit être un objet avec &quot;threshold&quot; et &quot;rate&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation>champ inconnu (champs connus&#xa0;: threshold, rate)</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est obligatoire</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>colonne obligatoire absente de l&apos;en-tête</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets)</translation>
    </message>
</context>
<context>
    <name>cd::DashboardCharts</name>
    <message>
        <source>%1 millions</source>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>%1 milliers</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Partner revenue</source>
        <translation>Chiffre d&apos;affaires partenaires</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>Chiffre d&apos;affaires généré par les partenaires</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>Chiffre d&apos;affaires influencé par les partenaires</translation>
    </message>
    <message>
        <source>Sourced share</source>
        <translation>Part générée</translation>
    </message>
    <message>
        <source>Influenced share</source>
        <translation>Part influencée</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Taille moyenne des affaires</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cycle de vente</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partenaires actifs</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>Partenaires certifiés</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Pipeline par étape</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Partner revenue against target by quarter</source>
        <translation>Chiffre d&apos;affaires partenaires par rapport à l&apos;objectif, par trimestre</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Chiffre d&apos;affaires gagné</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Revenue by region against the geographic split</source>
        <translation>Chiffre d&apos;affaires par région par rapport à la répartition géographique</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Chiffre d&apos;affaires par niveau</translation>
    </message>
    <message>
        <source>Revenue by partner type</source>
        <translation>Chiffre d&apos;affaires par type de partenaire</translation>
    </message>
    <message>
        <source>Top partners by won revenue</source>
        <translation>Meilleurs partenaires par chiffre d&apos;affaires gagné</translation>
    </message>
    <message>
        <source>Deal registrations and conflicts</source>
        <translation>Enregistrements d&apos;affaires et conflits</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation>Pipeline pour %1</translation>
    </message>
    <message>
        <source>Weighted pipeline for %1</source>
        <translation>Pipeline pondéré pour %1</translation>
    </message>
    <message>
        <source>Pipeline for %1 by stage</source>
        <translation>Pipeline pour %1 par étape</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>cd::DataTransfer</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation>Enregistrements d&apos;affaires</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Données&#xa0;:</translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation>Enregistrer la liste…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Enregistrer les problèmes</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation>
            <numerusform>%1 comporte %Ln problème. Rien n&apos;a été importé&#xa0;: corrigez-le et importez de nouveau le fichier.</numerusform>
            <numerusform>%1 comporte %Ln problèmes. Rien n&apos;a été importé&#xa0;: corrigez-les et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 ajouté(s), %2 mis à jour, %3 inchangé(s).</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importation de %1 terminée</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 lignes écrites dans %2.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data goes into an empty database: open a new file first.</source>
        <translation>Cette base de données contient déjà des données. Les données de démonstration ne peuvent être chargées que dans une base vide&#xa0;: ouvrez d&apos;abord un nouveau fichier.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>Impossible de charger les données de démonstration.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration status(es) set by the rules as of now.</source>
        <translation>
            <numerusform>%Ln statut d&apos;enregistrement fixé par les règles à cette date.</numerusform>
            <numerusform>%Ln statuts d&apos;enregistrement fixés par les règles à cette date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Decimal</name>
    <message>
        <source>has too many digits</source>
        <translation>comporte trop de chiffres</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>has more than %1 decimals</source>
        <translation>comporte plus de %1 décimales</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the value as written, %2 what is wrong with it (&quot;is not a decimal number&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cd::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>imbrication JSON trop profonde</translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation>fin inattendue du texte JSON</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>caractère inattendu dans le JSON</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>nom de membre entre guillemets attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>«&#xa0;:&#xa0;» attendu après un nom de membre</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>le membre «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu dans un objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu dans un tableau</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>séquence d&apos;échappement \u incomplète</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>séquence d&apos;échappement \u non valide</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>séquence d&apos;échappement inconnue dans une chaîne</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>comporte plus de décimales que %1 n&apos;en autorise (%2)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>est trop élevé</translation>
    </message>
</context>
<context>
    <name>cd::Program</name>
    <message>
        <source>&quot;%1&quot; is not a percentage like 65% or a range like 30-40%</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un pourcentage au format 65%, ni une plage au format 30-40%</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation>la plage «&#xa0;%1&#xa0;» est inversée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant au format 500000, 50000+, 10000-25000 ou none</translation>
    </message>
    <message>
        <source>a program is a JSON object</source>
        <translation>un programme doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 n&apos;est pas une devise ISO 4217 connue</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 36500</source>
        <translation>doit être un nombre entier de jours compris entre 0 et 36500</translation>
    </message>
    <message>
        <source>must be an object (a commission plan)</source>
        <translation>doit être un objet (un plan de commissionnement)</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>membre inconnu</translation>
    </message>
    <message>
        <source>unknown member, ignored</source>
        <translation>membre inconnu, ignoré</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string, &quot;%1&quot;</source>
        <translation>%1 est un nombre JSON&#xa0;; écrivez-le sous forme de chaîne&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>«&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage au format %2</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>the partner type %1 appears twice</source>
        <translation>le type de partenaire %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation>doit être supérieur à 0 et inférieur ou égal à 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &gt;, &lt;=, &lt;, ==</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;un des opérateurs &gt;=, &gt;, &lt;=, &lt;, ==</translation>
    </message>
    <message>
        <source>the tier %1 appears twice (first on line %2)</source>
        <translation>le niveau %1 apparaît deux fois (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 is not one of the program&apos;s partner_types</source>
        <translation>%1 ne fait pas partie des partner_types du programme</translation>
    </message>
    <message>
        <source>the tier %1 is never reached: %2 above it has no requirements</source>
        <translation>le niveau %1 n&apos;est jamais atteint&#xa0;: %2, situé au-dessus, n&apos;a aucune exigence</translation>
    </message>
    <message>
        <source>the score cannot be part of itself</source>
        <translation>le score ne peut pas entrer dans son propre calcul</translation>
    </message>
    <message>
        <source>%1 is weighted twice</source>
        <translation>%1 est pondéré deux fois</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>the weights add up to %1%, not 100%</source>
        <translation>la somme des pondérations est %1&#xa0;%, et non 100&#xa0;%</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de semaines au format 4 ou 2-4</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation>%1&#xa0;: reçoit tous les partenaires restants</translation>
    </message>
    <message>
        <source>1 partner above it</source>
        <translation>1 partenaire au-dessus</translation>
    </message>
    <message>
        <source>%1 partners above it</source>
        <translation>%1 partenaires au-dessus</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3% (%4, at most %5 allowed)</source>
        <translation>%1 %2 figure dans les %3&#xa0;% premiers (%4, maximum autorisé&#xa0;: %5)</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>une valeur pour %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 de plus en %2 pour entrer dans les %3&#xa0;% premiers</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 de plus en %2</translation>
    </message>
    <message>
        <source>more than %1 more %2</source>
        <translation>plus de %1 de plus en %2</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%1 de moins en %2</translation>
    </message>
    <message>
        <source>more than %1 less %2</source>
        <translation>plus de %1 de moins en %2</translation>
    </message>
    <message>
        <source>%1 of exactly %2</source>
        <translation>%1 égal à %2 exactement</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>il faut %1 pour atteindre %2</translation>
    </message>
    <message>
        <source>the program&apos;s scorecard computes the score; remove this column</source>
        <translation>le tableau de performance du programme calcule le score&#xa0;; supprimez cette colonne</translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation>le programme utilise cet indicateur, mais le fichier n&apos;a pas cette colonne&#xa0;; il manque à tous les partenaires</translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation>certains niveaux sont réservés à un seul type de partenaire et le fichier n&apos;a pas de colonne type&#xa0;; aucun partenaire ne peut les atteindre</translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation>est vide&#xa0;; chaque ligne doit indiquer un partenaire</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 apparaît deux fois (première occurrence à la ligne %2)</translation>
    </message>
</context>
<context>
    <name>cd::QbrReport</name>
    <message>
        <source>Quarterly business review %1</source>
        <translation>Revue trimestrielle d&apos;activité %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>ChannelDesk · Quarterly business review %1 · page %2</source>
        <translation>ChannelDesk · Revue trimestrielle d&apos;activité %1 · page %2</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revue trimestrielle d&apos;activité</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Programme partenaires</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>All regions and programs</source>
        <translation>Toutes les régions et tous les programmes</translation>
    </message>
    <message>
        <source>%1 to %2 · figures in %3 · prepared %4</source>
        <translation>Du %1 au %2 · montants en %3 · établi le %4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Chiffres clés par rapport aux objectifs</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Tier and scorecard</source>
        <translation>Niveau et tableau de performance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Top deals won</source>
        <translation>Principales affaires gagnées</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Registrations in conflict</source>
        <translation>Enregistrements en conflit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not in the database, so the tier cannot be evaluated.</source>
        <translation>Le programme « %1 » n’est pas dans la base : le niveau ne peut pas être évalué.</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>Non évalué&#xa0;: seuls les partenaires actifs le sont.</translation>
    </message>
    <message>
        <source>Tier by the rules on %1</source>
        <translation>Niveau selon les règles au %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (rank %2 of %3 partners)</source>
        <translation>%1 (rang %2 sur %3 partenaires)</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Tableau de performance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Pipeline closing in %1</source>
        <translation>Pipeline à conclure en %1</translation>
    </message>
    <message>
        <source>Program · tier</source>
        <translation>Programme · niveau</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) proposed</source>
        <translation>
            <numerusform>%n promotion proposée</numerusform>
            <numerusform>%n promotions proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion(s) proposed</source>
        <translation>
            <numerusform>%n rétrogradation proposée</numerusform>
            <numerusform>%n rétrogradations proposées</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners by tier, the rules as of %1</source>
        <translation>Partenaires par niveau, règles au %1</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>Selon les règles</translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>Cannot undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Could not read the record</source>
        <translation>Impossible de lire la fiche</translation>
    </message>
    <message>
        <source>Delete the partner %1? You can undo this.</source>
        <translation>Supprimer le partenaire %1&#xa0;? Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation>Supprimer l&apos;affaire %1&#xa0;? Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it.</source>
        <translation>%2 a modifié %1 le %3, après son ouverture dans cette fenêtre.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it.</source>
        <translation>%2 a modifié %1 après son ouverture dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it.</source>
        <translation>Quelqu&apos;un a supprimé %1 après son ouverture dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>%1 was changed by %2 just now; look at it again before deleting it.</source>
        <translation>%2 vient de modifier %1 ; consultez-le de nouveau avant de le supprimer.</translation>
    </message>
    <message>
        <source>Reload shows their version; what you typed here is dropped. Keep editing puts the fields you changed on top of their version, for you to check and save; where you both changed a field, yours is kept.</source>
        <translation>« Recharger » affiche leur version ; ce que vous avez saisi ici est abandonné. « Continuer la modification » reporte les champs que vous avez modifiés sur leur version, à vérifier puis enregistrer ; là où vous avez tous deux modifié un champ, le vôtre est conservé.</translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>no partner given</source>
        <translation>aucun partenaire indiqué</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 indique plusieurs partenaires sans leurs pourcentages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format PARTENAIRE=POURCENTAGE</translation>
    </message>
    <message>
        <source>the share of %1 (%2) %3</source>
        <translation>la part de %1 (%2) %3</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>la part de %1 doit être positive</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 est cité deux fois</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>la somme des parts est %1, et non 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like 15%</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage au format 15%</translation>
    </message>
</context>
<context>
    <name>cd::Registration</name>
    <message>
        <source>unknown column, ignored</source>
        <translation>colonne inconnue, ignorée</translation>
    </message>
    <message>
        <source>is empty; every registration needs an id</source>
        <translation>est vide&#xa0;; chaque enregistrement d&apos;affaire doit avoir un identifiant</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 apparaît deux fois (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation>est vide&#xa0;; chaque enregistrement d&apos;affaire doit indiquer un partenaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine au format acme.example</translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation>est vide et customer_domain est absent&#xa0;; l&apos;un des deux est nécessaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation>«&#xa0;%1&#xa0;» ne contient ni lettre ni chiffre permettant d&apos;identifier le client</translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation>est vide&#xa0;; une date et heure au format 2026-03-31T14:05:00Z est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure UTC ISO 8601 au format 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 n&apos;est pas une devise ISO 4217 connue</translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation>%1 n&apos;a pas de devise&#xa0;; renseignez la colonne currency</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 doit être positif</translation>
    </message>
</context>
<context>
    <name>cd::Similarity</name>
    <message>
        <source>names share %1</source>
        <translation>les noms ont en commun %1</translation>
    </message>
    <message>
        <source>names are %1% alike letter by letter</source>
        <translation>les noms sont similaires à %1&#xa0;% lettre par lettre</translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation>le domaine %2 de %1 correspond au nom de %3</translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation>les domaines %1 et %2 ont la même racine «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no domain, %2 has one</source>
        <translation>%1 n&apos;a pas de domaine, %2 en a un</translation>
    </message>
    <message>
        <source>%1 has a domain, %2 has none</source>
        <translation>%1 a un domaine, %2 n&apos;en a pas</translation>
    </message>
</context>
<context>
    <name>cd::StoreTableModel</name>
    <message>
        <source>Partner ID</source>
        <translation>ID partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>Revenue commitment</source>
        <translation>Engagement de CA</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>ID affaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Clôture à partir du</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>Clôture jusqu’au</translation>
    </message>
</context>
<context>
    <name>cd::TargetsPage</name>
    <message>
        <source>Partner revenue</source>
        <translation>Chiffre d&apos;affaires partenaires</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>Chiffre d&apos;affaires généré par les partenaires</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>Chiffre d&apos;affaires influencé par les partenaires</translation>
    </message>
    <message>
        <source>Partner-sourced share of revenue</source>
        <translation>Part du chiffre d&apos;affaires générée par les partenaires</translation>
    </message>
    <message>
        <source>Partner-influenced share of revenue</source>
        <translation>Part du chiffre d&apos;affaires influencée par les partenaires</translation>
    </message>
    <message>
        <source>Channel pipeline</source>
        <translation>Pipeline du canal</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <source>Average partner deal size</source>
        <translation>Taille moyenne des affaires partenaires</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Cycle de vente (jours)</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partenaires actifs</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>Partenaires certifiés</translation>
    </message>
    <message>
        <source>Region&apos;s share of partner revenue</source>
        <translation>Part de la région dans le chiffre d&apos;affaires partenaires</translation>
    </message>
    <message>
        <source>Technology integrations</source>
        <translation>Intégrations technologiques</translation>
    </message>
    <message>
        <source>Joint customer references</source>
        <translation>Références clients communes</translation>
    </message>
    <message>
        <source>Partner share of total revenue</source>
        <translation>Part des partenaires dans le chiffre d&apos;affaires total</translation>
    </message>
    <message>
        <source>Revenue per partner</source>
        <translation>Chiffre d&apos;affaires par partenaire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partner satisfaction (of 5)</source>
        <translation>Satisfaction des partenaires (sur 5)</translation>
    </message>
    <message>
        <source>Integration success</source>
        <translation>Réussite des intégrations</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Taux de formation achevée</translation>
    </message>
    <message>
        <source>Support response (hours)</source>
        <translation>Délai de réponse du support (heures)</translation>
    </message>
    <message>
        <source>Partner onboarding (days)</source>
        <translation>Intégration des partenaires (jours)</translation>
    </message>
    <message>
        <source>Integration time (days)</source>
        <translation>Durée d&apos;intégration (jours)</translation>
    </message>
    <message>
        <source>Support tickets per month</source>
        <translation>Tickets de support par mois</translation>
    </message>
    <message>
        <source>Partner churn</source>
        <translation>Attrition des partenaires</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation>Modifier les objectifs</translation>
    </message>
</context>
<context>
    <name>cd::Vocabulary</name>
    <message>
        <source>System integrator</source>
        <translation>Intégrateur de systèmes</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Apporteur d&apos;affaires</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation>Fournisseur de services managés</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation>Place de marché cloud</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation>EMEA</translation>
    </message>
    <message>
        <source>APAC</source>
        <translation>APAC</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>Amérique latine</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospection</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Partner-sourced</source>
        <translation>Générée par un partenaire</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Influencée par un partenaire</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The commission plan (JSON).</source>
        <translation>Le plan de commissionnement (JSON).</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>The deals (CSV).</source>
        <translation>Les affaires (CSV).</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Exchange rates into the plan currency (CSV: date,currency,rate).</source>
        <translation>Les taux de change vers la devise du plan (CSV&#xa0;: date,currency,rate).</translation>
    </message>
    <message>
        <source>fx.csv</source>
        <translation>fx.csv</translation>
    </message>
    <message>
        <source>Write the statements here instead of stdout.</source>
        <translation>Écrit les relevés de commissions dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Calcule les relevés de commissions à partir d&apos;un plan et d&apos;un fichier d&apos;affaires, au format CSV sur stdout (ou --out). En cas d&apos;entrée incorrecte, le programme se termine avec le code 2 et écrit sur stderr une ligne FILE:LINE: FIELD: message par problème.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 est obligatoire</translation>
    </message>
    <message>
        <source>Fill the new database with a reproducible sample program.</source>
        <translation>Remplit la nouvelle base de données avec un programme d&apos;exemple reproductible.</translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 1).</source>
        <translation>Graine aléatoire des données de démonstration (1 par défaut).</translation>
    </message>
    <message>
        <source>Partners in the demo (default 200).</source>
        <translation>Nombre de partenaires de la démonstration (200 par défaut).</translation>
    </message>
    <message>
        <source>Deals in the demo (default 6000).</source>
        <translation>Nombre d&apos;affaires de la démonstration (6000 par défaut).</translation>
    </message>
    <message>
        <source>The demo&apos;s current date, ISO (default: today); the same date and seed give the same data.</source>
        <translation>Date du jour de la démonstration, au format ISO (par défaut&#xa0;: aujourd&apos;hui)&#xa0;; la même date et la même graine donnent les mêmes données.</translation>
    </message>
    <message>
        <source>Creates the database, or brings an older one up to this version&apos;s schema. With --demo it also fills an empty database with a sample partner program.
The database is --db FILE, else CHANNELDESK_DB, else the user&apos;s data folder.</source>
        <translation>Crée la base de données, ou met une base plus ancienne au niveau du schéma de cette version. Avec --demo, remplit aussi une base vide avec un programme partenaires d&apos;exemple.
La base de données est --db FILE, sinon CHANNELDESK_DB, sinon le dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation>init n&apos;accepte aucun argument en dehors de ses options</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier positif ou nul, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--partners attend un nombre entier supérieur ou égal à 1, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation>--deals attend un nombre entier, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--today attend une date ISO au format 2026-03-31, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1: version de schéma %2</translation>
    </message>
    <message>
        <source>%1: created, schema version %2</source>
        <translation>%1: créée, version de schéma %2</translation>
    </message>
    <message>
        <source>%1 already holds records; the demo program goes only into an empty database (give another file with --db)</source>
        <translation>%1 contient déjà des données&#xa0;; le programme de démonstration ne peut être chargé que dans une base vide (indiquez un autre fichier avec --db)</translation>
    </message>
    <message>
        <source>adding the demo program</source>
        <translation>ajout du programme de démonstration</translation>
    </message>
    <message>
        <source>Check the files and count; change nothing.</source>
        <translation>Vérifie les fichiers et effectue le décompte, sans rien modifier.</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>Contenu du fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation>Le fichier CSV (data.md)&#xa0;; d&apos;autres paires KIND FILE peuvent suivre.</translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation>Ajoute ou met à jour des fiches à partir de fichiers CSV, en tout ou rien&#xa0;: un fichier comportant une ligne incorrecte ne modifie rien, et chaque ligne incorrecte est signalée sous la forme FILE:LINE: FIELD: problème. Plusieurs paires KIND FILE sont importées en une seule transaction, les partenaires en premier.</translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation>import attend KIND FILE (KIND&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>aucune modification effectuée</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>simulation&#xa0;: aucune modification effectuée</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrit dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Données à exporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation>Écrit toutes les fiches d&apos;un type au format CSV (data.md), triées par identifiant&#xa0;; le fichier peut être réimporté tel quel.</translation>
    </message>
    <message>
        <source>export needs one KIND (one of %1)</source>
        <translation>export attend un KIND (parmi %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>commission calc: statements from a plan and a deals file</source>
        <translation>commission calc: relevés de commissions à partir d&apos;un plan et d&apos;un fichier d&apos;affaires</translation>
    </message>
    <message>
        <source>tiers evaluate: tiers and scores from a program and metrics</source>
        <translation>tiers evaluate: niveaux et scores à partir d&apos;un programme et d&apos;indicateurs</translation>
    </message>
    <message>
        <source>registrations evaluate: statuses and winners of deal registrations</source>
        <translation>registrations evaluate: statuts et gagnants des enregistrements d&apos;affaires</translation>
    </message>
    <message>
        <source>create or migrate the database, optionally with demo data</source>
        <translation>crée ou migre la base de données, éventuellement avec des données de démonstration</translation>
    </message>
    <message>
        <source>import KIND FILE: add or update records from CSV</source>
        <translation>import KIND FILE: ajoute ou met à jour des fiches à partir d&apos;un CSV</translation>
    </message>
    <message>
        <source>export KIND: write records as CSV</source>
        <translation>export KIND: écrit les fiches au format CSV</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Exécutez «&#xa0;channeldesk-cli COMMAND --help&#xa0;» pour afficher les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db attend un nom de fichier</translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation>erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>The registrations (CSV).</source>
        <translation>Les enregistrements d&apos;affaires (CSV).</translation>
    </message>
    <message>
        <source>regs.csv</source>
        <translation>regs.csv</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z.</source>
        <translation>Évalue à cette date et heure UTC, par exemple 2026-03-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Days a registration protects its partner (default 30).</source>
        <translation>Nombre de jours pendant lesquels un enregistrement d&apos;affaire protège son partenaire (30 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the result here instead of stdout.</source>
        <translation>Écrit le résultat dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>Also list, on stderr, registrations that may name the same customer under different keys.</source>
        <translation>Liste aussi, sur stderr, les enregistrements d&apos;affaires qui pourraient désigner le même client sous des clés différentes.</translation>
    </message>
    <message>
        <source>Evaluates deal registrations (first to register wins, within a protection window) and prints reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Évalue les enregistrements d&apos;affaires (le premier enregistré l&apos;emporte, pendant une période de protection) et affiche reg_id,status,winner dans l&apos;ordre d&apos;entrée sur stdout (ou --out). En cas d&apos;entrée incorrecte, le programme se termine avec le code 2 et écrit sur stderr une ligne FILE:LINE: FIELD: message par problème.</translation>
    </message>
    <message>
        <source>%1: --as-of: &quot;%2&quot; is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z</source>
        <translation>%1: --as-of: «&#xa0;%2&#xa0;» n&apos;est pas une date et heure UTC ISO 8601 au format 2026-03-01T00:00:00Z</translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation>%1: --protection-days: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier de jours compris entre 0 et %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation>%1:%2: %3 et %4 (ligne %5) pourraient désigner le même client (%6&#xa0;%)&#xa0;: %7</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>impossible d&apos;écrire le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation>Le programme partenaires (JSON).</translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation>Les indicateurs des partenaires (CSV&#xa0;: partner_id et une colonne par indicateur).</translation>
    </message>
    <message>
        <source>metrics.csv</source>
        <translation>metrics.csv</translation>
    </message>
    <message>
        <source>Also say on stderr why each partner has its tier and what it lacks for the next one.</source>
        <translation>Indique aussi, sur stderr, pourquoi chaque partenaire a son niveau et ce qui lui manque pour atteindre le suivant.</translation>
    </message>
    <message>
        <source>Evaluates a partner program&apos;s tiers and scorecard and prints partner,tier,score sorted by partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Évalue les niveaux et le tableau de performance d&apos;un programme partenaires et affiche partner,tier,score trié par partenaire sur stdout (ou --out). En cas d&apos;entrée incorrecte, le programme se termine avec le code 2 et écrit sur stderr une ligne FILE:LINE: FIELD: message par problème.</translation>
    </message>
    <message>
        <source>%1: which subcommand?</source>
        <translation>%1: quelle sous-commande&#xa0;?</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation>%1: sous-commande «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)
  run   one period&apos;s statements from the database, each partner under its assigned plan
  plan  the database&apos;s commission plans and their assignments

Run &apos;channeldesk-cli commission SUBCOMMAND --help&apos; for its options.
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
              channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
              channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

Sous-commandes&#xa0;:
  calc  relevés de commissions à partir d&apos;un plan, d&apos;un fichier d&apos;affaires et de taux de change (sans base de données)
  run   relevés de commissions d&apos;une période à partir de la base de données, chaque partenaire selon le plan qui lui est attribué
  plan  les plans de commissionnement de la base de données et leurs attributions

Exécutez «&#xa0;channeldesk-cli commission SUBCOMMAND --help&#xa0;» pour afficher ses options.
</translation>
    </message>
    <message>
        <source>The statement period: 2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027.</source>
        <translation>La période des relevés de commissions&#xa0;: 2026-03, 2026-Q1, FY2027-Q1, 2026 ou FY2027.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Computes one period&apos;s statements from the database&apos;s deals and exchange rates, each partner under the plan its assignment gives (program and tier first, else partner type), as the CSV of &apos;commission calc&apos;. Partners without a plan are named on stderr and left out.</source>
        <translation>Calcule les relevés de commissions d&apos;une période à partir des affaires et des taux de change de la base de données, chaque partenaire selon le plan que lui donne son attribution (programme et niveau d&apos;abord, sinon type de partenaire), au format CSV de «&#xa0;commission calc&#xa0;». Les partenaires sans plan sont indiqués sur stderr et exclus.</translation>
    </message>
    <message>
        <source>Write here instead of stdout.</source>
        <translation>Écrit dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>Lists the commission plans as CSV: plan_id,name,currency,window,method,updated_at,assigned_to (program/tier or type:TYPE, separated by &apos;;&apos;).</source>
        <translation>Liste les plans de commissionnement au format CSV&#xa0;: plan_id,name,currency,window,method,updated_at,assigned_to (programme/niveau ou type:TYPE, séparés par «&#xa0;;&#xa0;»).</translation>
    </message>
    <message>
        <source>The plan&apos;s display name (one file only).</source>
        <translation>Le nom affiché du plan (un seul fichier uniquement).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Plans as commission.md&apos;s JSON.</source>
        <translation>Plans au format JSON de commission.md.</translation>
    </message>
    <message>
        <source>Imports commission plans (commission.md&apos;s JSON), all or nothing: a plan whose id exists is replaced. The JSON is kept as given, so export returns the same bytes.</source>
        <translation>Importe des plans de commissionnement (JSON de commission.md), en tout ou rien&#xa0;: un plan dont l&apos;identifiant existe est remplacé. Le JSON est conservé tel quel, de sorte que l&apos;export restitue exactement les mêmes octets.</translation>
    </message>
    <message>
        <source>%1: give one or more plan files (--name with one file only)</source>
        <translation>%1: indiquez un ou plusieurs fichiers de plan (--name avec un seul fichier uniquement)</translation>
    </message>
    <message>
        <source>plan %1 is in more than one file</source>
        <translation>le plan %1 figure dans plusieurs fichiers</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>Le plan à exporter.</translation>
    </message>
    <message>
        <source>Writes a plan&apos;s JSON exactly as it was imported or saved.</source>
        <translation>Écrit le JSON d&apos;un plan exactement tel qu&apos;il a été importé ou enregistré.</translation>
    </message>
    <message>
        <source>%1: give one PLAN_ID</source>
        <translation>%1: indiquez un PLAN_ID</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>il n&apos;existe aucun plan de commissionnement %1</translation>
    </message>
    <message>
        <source>The partners&apos; program.</source>
        <translation>Le programme des partenaires.</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>The partners&apos; tier in the program.</source>
        <translation>Le niveau des partenaires dans le programme.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>The partners&apos; type.</source>
        <translation>Le type des partenaires.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The plan to assign.</source>
        <translation>Le plan à attribuer.</translation>
    </message>
    <message>
        <source>Assigns a plan to the partners of a program and tier, or of a type. A partner whose program and tier have a plan is paid under it; otherwise under its type&apos;s plan.</source>
        <translation>Attribue un plan aux partenaires d&apos;un programme et d&apos;un niveau, ou d&apos;un type. Un partenaire dont le programme et le niveau ont un plan est rémunéré selon celui-ci&#xa0;; sinon, selon le plan de son type.</translation>
    </message>
    <message>
        <source>Removes the plan assignment of a program and tier, or of a type.</source>
        <translation>Supprime l&apos;attribution de plan d&apos;un programme et d&apos;un niveau, ou d&apos;un type.</translation>
    </message>
    <message>
        <source>%1: give %2(--program P --tier T | --type TYPE)</source>
        <translation>%1: indiquez %2(--program P --tier T | --type TYPE)</translation>
    </message>
    <message>
        <source>%1: empty --program, --tier or --type</source>
        <translation>%1: --program, --tier ou --type vide</translation>
    </message>
    <message>
        <source>%1: no plan is assigned there</source>
        <translation>%1: aucun plan n&apos;est attribué ici</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli [--db FILE] commission plan list [--out FILE]
              channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
              channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
              channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
              channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</translation>
    </message>
    <message>
        <source>report qbr | pipeline: the QBR as PDF, pipeline figures as CSV</source>
        <translation>report qbr | pipeline: la QBR en PDF, les chiffres du pipeline en CSV</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)
  run       evaluates the database&apos;s registrations and stores their statuses

Run &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; for its options.
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
              channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Sous-commandes&#xa0;:
  evaluate  statuts et gagnants des enregistrements d&apos;affaires à une date et heure donnée (sans base de données)
  run       évalue les enregistrements d&apos;affaires de la base de données et enregistre leurs statuts

Exécutez «&#xa0;channeldesk-cli registrations SUBCOMMAND --help&#xa0;» pour afficher ses options.
</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time (default: now), e.g. 2026-03-01T00:00:00Z.</source>
        <translation>Évalue à cette date et heure UTC (par défaut&#xa0;: maintenant), par exemple 2026-03-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Print what would change without writing anything.</source>
        <translation>Affiche ce qui changerait sans rien écrire.</translation>
    </message>
    <message>
        <source>Write the changes here instead of stdout.</source>
        <translation>Écrit les changements dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>Evaluates every registration in the database (first to register wins, within the program&apos;s protection days; rejected registrations left out, extensions honoured), stores the statuses with an audit row each and opens a conflict case for every new conflict. Prints the changes as CSV reg_id,old_status,new_status,old_winner,new_winner on stdout (or --out) and a summary on stderr.</source>
        <translation>Évalue chaque enregistrement d&apos;affaire de la base de données (le premier enregistré l&apos;emporte, pendant les jours de protection du programme&#xa0;; enregistrements rejetés exclus, prolongations prises en compte), enregistre les statuts avec une ligne d&apos;audit pour chacun et ouvre un dossier de conflit pour chaque nouveau conflit. Affiche les changements au format CSV reg_id,old_status,new_status,old_winner,new_winner sur stdout (ou --out) et un récapitulatif sur stderr.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would change as of %1 (dry run, nothing written)</source>
        <translation>
            <numerusform>%n enregistrement changerait au %1 (simulation, rien n&apos;est écrit)</numerusform>
            <numerusform>%n enregistrements changeraient au %1 (simulation, rien n&apos;est écrit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed as of %1</source>
        <translation>
            <numerusform>%n enregistrement modifié au %1</numerusform>
            <numerusform>%n enregistrements modifiés au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
       channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)
  run       evaluates the database&apos;s partners under their programs; --apply writes the changes

Run &apos;channeldesk-cli tiers SUBCOMMAND --help&apos; for its options.
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
              channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

Sous-commandes&#xa0;:
  evaluate  le niveau et le score du tableau de performance de chaque partenaire (sans base de données)
  run       évalue les partenaires de la base de données selon leurs programmes&#xa0;; --apply écrit les changements

Exécutez «&#xa0;channeldesk-cli tiers SUBCOMMAND --help&#xa0;» pour afficher ses options.
</translation>
    </message>
    <message>
        <source>Evaluate as of this date (default: today).</source>
        <translation>Évalue à cette date (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the partners of this program.</source>
        <translation>Uniquement les partenaires de ce programme.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the new tiers into the partners, with an audit record each.</source>
        <translation>Écrit les nouveaux niveaux dans les partenaires, avec un enregistrement d&apos;audit pour chacun.</translation>
    </message>
    <message>
        <source>Evaluates every active partner under its program (partners.program, from the database&apos;s programs) with metrics computed from the database as of a date, and prints the tier changes as CSV: partner,program,from,to,change,score,explanation. Nothing is written without --apply.</source>
        <translation>Évalue chaque partenaire actif selon son programme (partners.program, parmi les programmes de la base de données) avec des indicateurs calculés à partir de la base de données à une date donnée, et affiche les changements de niveau au format CSV&#xa0;: partner,program,from,to,change,score,explanation. Rien n&apos;est écrit sans --apply.</translation>
    </message>
    <message>
        <source>--as-of needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--as-of attend une date ISO au format 2026-03-31, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no active partner is in a stored program &quot;%1&quot;</source>
        <translation>aucun partenaire actif ne fait partie d&apos;un programme enregistré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 partners evaluated as of %2: %3 changes (%4 promotions, %5 demotions or other)</source>
        <translation>%1 partenaires évalués au %2&#xa0;: %3 changements (%4 promotions, %5 rétrogradations ou autres)</translation>
    </message>
    <message>
        <source>nothing was changed; --apply writes them</source>
        <translation>aucune modification effectuée&#xa0;; --apply les écrit</translation>
    </message>
    <message>
        <source>applied %1 tier changes</source>
        <translation>%1 changements de niveau appliqués</translation>
    </message>
    <message numerus="yes">
        <source>registrations evaluated as of %1: %n status change(s)</source>
        <translation>
            <numerusform>enregistrements évalués au %1 : %n changement de statut</numerusform>
            <numerusform>enregistrements évalués au %1 : %n changements de statut</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave registrations without a status for a later &apos;registrations run&apos;.</source>
        <translation>Laisser les enregistrements sans statut pour un « registrations run » ultérieur.</translation>
    </message>
    <message>
        <source>migrate --from FILE --to URI: a desktop file into an empty team database</source>
        <translation>migrate --from FILE --to URI: migre un fichier local vers une base de données d&apos;équipe vide</translation>
    </message>
    <message>
        <source>team add-user | list | remove-user: a team database&apos;s members and roles</source>
        <translation>team add-user | list | remove-user: les membres et les rôles d&apos;une base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
       channeldesk-cli --db URI team list [--out FILE]
       channeldesk-cli --db URI team remove-user LOGIN

Subcommands:
  add-user     gives a PostgreSQL login a role in this database (creating the login if new)
  list         the members, their roles and regions, as CSV
  remove-user  takes a member&apos;s rights in this database away

The server enforces the roles: admin everything, manager all program data but not plans, programs, targets or the team, regional only its region&apos;s partners and their records, executive reads only.
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
              channeldesk-cli --db URI team list [--out FILE]
              channeldesk-cli --db URI team remove-user LOGIN

Sous-commandes&#xa0;:
  add-user     attribue à un identifiant de connexion PostgreSQL un rôle dans cette base de données (en créant l&apos;identifiant s&apos;il est nouveau)
  list         les membres, leurs rôles et leurs régions, au format CSV
  remove-user  retire à un membre ses droits dans cette base de données

Le serveur applique les rôles&#xa0;: admin peut tout faire, manager modifie toutes les données du programme sauf les plans, les programmes, les objectifs et l&apos;équipe, regional uniquement les partenaires de sa région et leurs enregistrements, executive peut seulement consulter.
</translation>
    </message>
    <message>
        <source>%1: give one LOGIN</source>
        <translation>%1: indiquez un seul LOGIN</translation>
    </message>
    <message>
        <source>admin, manager, regional or executive.</source>
        <translation>admin, manager, regional ou executive.</translation>
    </message>
    <message>
        <source>The region of a regional member.</source>
        <translation>La région d&apos;un membre régional.</translation>
    </message>
    <message>
        <source>Read the login&apos;s new password from the first line of standard input.</source>
        <translation>Lit le nouveau mot de passe de l&apos;identifiant sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The PostgreSQL login.</source>
        <translation>L&apos;identifiant de connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>Gives a login a role in the team database.</source>
        <translation>Attribue un rôle à un identifiant de connexion dans la base de données d&apos;équipe.</translation>
    </message>
    <message>
        <source>--role must be admin, manager, regional or executive, not &quot;%1&quot;</source>
        <translation>--role doit être admin, manager, regional ou executive, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdin n&apos;a lu aucun mot de passe</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3: %4</source>
        <translation>%1 a désormais le rôle %2 dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>Écrit le CSV dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Lists the team&apos;s members as CSV: login, role, region.</source>
        <translation>Liste les membres de l&apos;équipe au format CSV&#xa0;: login, role, region.</translation>
    </message>
    <message>
        <source>Takes a member&apos;s rights in the team database away.</source>
        <translation>Retire à un membre ses droits dans la base de données d&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2</source>
        <translation>%1 n&apos;est plus membre de %2</translation>
    </message>
    <message>
        <source>The desktop file (SQLite).</source>
        <translation>Le fichier local (SQLite).</translation>
    </message>
    <message>
        <source>The empty team database (PostgreSQL URI).</source>
        <translation>La base de données d&apos;équipe vide (URI PostgreSQL).</translation>
    </message>
    <message>
        <source>Moves a desktop file&apos;s whole program into an empty team database, all or nothing.</source>
        <translation>Migre tout le programme d&apos;un fichier local vers une base de données d&apos;équipe vide, en tout ou rien.</translation>
    </message>
    <message>
        <source>--from needs an existing desktop file, not &quot;%1&quot;</source>
        <translation>--from attend un fichier local existant, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--to needs a PostgreSQL URI like postgresql://user@host/dbname</source>
        <translation>--to attend une URI PostgreSQL de la forme postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>copying %1 …</source>
        <translation>copie de %1 …</translation>
    </message>
    <message>
        <source>%1 moved into %2: %3 rows in %4 tables</source>
        <translation>%1 migré vers %2&#xa0;: %3 lignes dans %4 tables</translation>
    </message>
    <message>
        <source>you are %1 (%2): %3</source>
        <translation>vous êtes %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>cd::cli::Report</name>
    <message>
        <source>Usage: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      the quarterly business review as a PDF, program-wide or for one partner
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      open deals as CSV by stage, region, country, tier, type, partner, source, quarter
</source>
        <translation>Utilisation&#xa0;: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      la revue trimestrielle d&apos;activité en PDF, pour tout le programme ou pour un partenaire
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      les affaires ouvertes en CSV par étape, région, pays, niveau, type, partenaire, source, trimestre
</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a period label (2026-Q1, 2026-03, 2026)</source>
        <translation>--period: «&#xa0;%1&#xa0;» n&apos;est pas un libellé de période (2026-Q1, 2026-03, 2026)</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: %1.</source>
        <translation>Dimensions, séparées par des virgules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only deals closing in this period.</source>
        <translation>Uniquement les affaires dont la clôture tombe dans cette période.</translation>
    </message>
    <message>
        <source>Reporting currency (default: the rates&apos; base).</source>
        <translation>Devise de reporting (par défaut&#xa0;: la devise de base des taux).</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>Écrit le CSV dans FILE.</translation>
    </message>
    <message>
        <source>The numbers behind the pipeline charts, as CSV.</source>
        <translation>Les chiffres des graphiques du pipeline, au format CSV.</translation>
    </message>
    <message>
        <source>--by: name at least one dimension</source>
        <translation>--by: indiquez au moins une dimension</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not a dimension (or named twice); use %2</source>
        <translation>--by: «&#xa0;%1&#xa0;» n&apos;est pas une dimension (ou est indiquée deux fois)&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a known currency code</source>
        <translation>--currency: «&#xa0;%1&#xa0;» n&apos;est pas un code de devise connu</translation>
    </message>
    <message>
        <source>The period reviewed (2026-Q1 …).</source>
        <translation>La période examinée (2026-Q1 …).</translation>
    </message>
    <message>
        <source>One partner&apos;s review.</source>
        <translation>La revue d&apos;un seul partenaire.</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Langue du rapport.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>Écrit le PDF dans FILE.</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>Devise de reporting.</translation>
    </message>
    <message>
        <source>The quarterly business review as a PDF.</source>
        <translation>La revue trimestrielle d&apos;activité en PDF.</translation>
    </message>
    <message>
        <source>report qbr needs --period LABEL and --pdf FILE</source>
        <translation>report qbr attend --period LABEL et --pdf FILE</translation>
    </message>
    <message>
        <source>report qbr must run in a GUI application (see reportcommand.h)</source>
        <translation>report qbr doit s&apos;exécuter dans une application graphique (voir reportcommand.h)</translation>
    </message>
    <message>
        <source>--partner: no partner &apos;%1&apos;</source>
        <translation>--partner: aucun partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>%1 écrit (%2 pages)</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation>ChannelDesk&#xa0;: programmes partenaires, affaires et commissions.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Ouvre la base de données FILE.</translation>
    </message>
    <message>
        <source>Open on the page NAME (partners, deals, …).</source>
        <translation>Ouvre l&apos;application sur la page NAME (partners, deals, …).</translation>
    </message>
    <message>
        <source>Render the main window, save it as the PNG FILE and quit.</source>
        <translation>Affiche la fenêtre principale, l&apos;enregistre dans le fichier PNG FILE et quitte.</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>channeldesk: no page &apos;%1&apos;; pages: %2</source>
        <translation>channeldesk: aucune page «&#xa0;%1&#xa0;»&#xa0;; pages&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en; pseudo for testing).</source>
        <translation>Utilise la langue CODE (de, fr, es, ja, zh_CN, en&#xa0;; pseudo pour les tests).</translation>
    </message>
</context>
<context>
    <name>cd::store::AuditLog</name>
    <message>
        <source>preparing the audit log</source>
        <translation>préparation du journal d&apos;audit</translation>
    </message>
    <message>
        <source>writing the audit log for %1 %2</source>
        <translation>écriture du journal d&apos;audit pour %1 %2</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation>décompte du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>cd::store::CommissionRun</name>
    <message>
        <source>the rate on %1 does not fit the rate table</source>
        <translation>le taux du %1 ne correspond pas à la table des taux</translation>
    </message>
    <message>
        <source>plan %1 pays by %2 (fiscal year from month %3): its partners have no statement for %4</source>
        <translation>le plan %1 paie par %2 (exercice commençant au mois %3)&#xa0;: ses partenaires n&apos;ont pas de relevé de commissions pour %4</translation>
    </message>
    <message>
        <source>%1 is not a period label (2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027)</source>
        <translation>%1 n&apos;est pas un libellé de période (2026-03, 2026-Q1, FY2027-Q1, 2026 ou FY2027)</translation>
    </message>
    <message>
        <source>reading the deals of %1</source>
        <translation>lecture des affaires de %1</translation>
    </message>
    <message>
        <source>partner %1 has deals in %2 but no commission plan: left out</source>
        <translation>le partenaire %1 a des affaires en %2 mais aucun plan de commissionnement&#xa0;: exclu</translation>
    </message>
    <message>
        <source>reading the deals&apos; dates</source>
        <translation>lecture des dates des affaires</translation>
    </message>
</context>
<context>
    <name>cd::store::ConflictCaseStore</name>
    <message>
        <source>saving conflict case %1</source>
        <translation>enregistrement du dossier de conflit %1</translation>
    </message>
    <message>
        <source>reading the conflict cases</source>
        <translation>lecture des dossiers de conflit</translation>
    </message>
    <message>
        <source>a conflict case needs at least two registrations</source>
        <translation>un dossier de conflit nécessite au moins deux enregistrements d&apos;affaires</translation>
    </message>
    <message>
        <source>the winner %1 is not one of the case&apos;s registrations</source>
        <translation>le gagnant %1 ne fait pas partie des enregistrements du dossier</translation>
    </message>
    <message>
        <source>numbering conflict cases</source>
        <translation>numérotation des dossiers de conflit</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>il n&apos;existe aucun dossier de conflit %1</translation>
    </message>
    <message>
        <source>%1 is not one of the registrations of case %2</source>
        <translation>%1 ne fait pas partie des enregistrements du dossier %2</translation>
    </message>
    <message>
        <source>conflict case %1 must have six steps</source>
        <translation>le dossier de conflit %1 doit comporter six étapes</translation>
    </message>
    <message>
        <source>deleting conflict case %1</source>
        <translation>suppression du dossier de conflit %1</translation>
    </message>
</context>
<context>
    <name>cd::store::DashboardQuery</name>
    <message>
        <source>unknown pipeline dimension &apos;%1&apos;</source>
        <translation>dimension de pipeline «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 in fx_rates</source>
        <translation>aucun taux de change de %1 vers %2 dans fx_rates</translation>
    </message>
    <message>
        <source>creating the dashboard index</source>
        <translation>création de l&apos;index du tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out: no exchange rate to %1 on their close date</source>
        <translation>
            <numerusform>%n affaire exclue&#xa0;: aucun taux de change vers %1 à sa date de clôture</numerusform>
            <numerusform>%n affaires exclues&#xa0;: aucun taux de change vers %1 à leur date de clôture</numerusform>
        </translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation>la connexion à la base de données n&apos;expose pas son handle SQLite</translation>
    </message>
    <message>
        <source>preparing the dashboard query failed: %1</source>
        <translation>échec de la préparation de la requête du tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the dashboard figures failed: %1</source>
        <translation>échec de la lecture des chiffres du tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>creating the index of split deals</source>
        <translation>création de l’index des affaires partagées</translation>
    </message>
    <message>
        <source>opening a second connection to %1 failed: %2</source>
        <translation>échec de l’ouverture d’une seconde connexion à %1 : %2</translation>
    </message>
    <message>
        <source>the database connection does not expose its PostgreSQL handle</source>
        <translation>la connexion à la base de données ne donne pas accès à son handle PostgreSQL</translation>
    </message>
</context>
<context>
    <name>cd::store::Database</name>
    <message>
        <source>no database file was given</source>
        <translation>aucun fichier de base de données indiqué</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>impossible de créer %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>réglage du délai d&apos;attente en cas de verrouillage</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activation des clés étrangères</translation>
    </message>
    <message>
        <source>enabling the WAL journal</source>
        <translation>activation du journal WAL</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log for %1 (journal mode %2)</source>
        <translation>impossible d&apos;utiliser un journal WAL (write-ahead log) pour %1 (mode de journal %2)</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>réglage du mode synchrone</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChannelDesk (schema %2, this build knows %3); it was not changed</source>
        <translation>%1 a été écrit par une version plus récente de ChannelDesk (schéma %2, cette version connaît le schéma %3)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>enregistrement de la version de schéma %1</translation>
    </message>
    <message>
        <source>marking the file as a ChannelDesk database</source>
        <translation>marquage du fichier comme base de données ChannelDesk</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version de schéma</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>checking for records</source>
        <translation>recherche de données existantes</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>mise à niveau vers le schéma %1</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>réglage de la taille de page</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk database (%2); it was not changed</source>
        <translation>%1 n&apos;est pas une base de données ChannelDesk (%2)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>ce n&apos;est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>il appartient à une autre application</translation>
    </message>
    <message>
        <source>it holds tables of another application</source>
        <translation>il contient des tables d&apos;une autre application</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>création d&apos;un point de sauvegarde</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>une transaction a été validée deux fois</translation>
    </message>
    <message>
        <source>committing the changes</source>
        <translation>validation des modifications</translation>
    </message>
    <message>
        <source>%1 has the unknown currency &quot;%2&quot; in the database</source>
        <translation>%1 a la devise inconnue «&#xa0;%2&#xa0;» dans la base de données</translation>
    </message>
    <message>
        <source>reading partners</source>
        <translation>lecture des partenaires</translation>
    </message>
    <message>
        <source>looking up partner %1</source>
        <translation>recherche du partenaire %1</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>préparation de l&apos;importation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database refused %1 for your role: %2</source>
        <translation>la base de données a refusé à votre rôle l&apos;opération «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URI is not valid; write it as postgresql://user@host:5432/dbname</source>
        <translation>l&apos;URI PostgreSQL n&apos;est pas valide&#xa0;; écrivez-la sous la forme postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URI is not a port number</source>
        <translation>le port «&#xa0;%1&#xa0;» de l&apos;URI PostgreSQL n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>the PostgreSQL URI has the parameter &quot;%1&quot;, which ChannelDesk does not use</source>
        <translation>l&apos;URI PostgreSQL contient le paramètre «&#xa0;%1&#xa0;», que ChannelDesk n&apos;utilise pas</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database (postgresql://host/dbname)</source>
        <translation>l&apos;URI PostgreSQL n&apos;indique aucune base de données (postgresql://host/dbname)</translation>
    </message>
    <message>
        <source>cannot listen for the team&apos;s changes: %1</source>
        <translation>impossible d&apos;écouter les modifications de l&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>impossible de se connecter à %1&#xa0;: le pilote PostgreSQL de Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation>configuration de la session</translation>
    </message>
    <message>
        <source>waiting for another migration</source>
        <translation>attente d&apos;une autre migration</translation>
    </message>
    <message>
        <source>setting up change notifications</source>
        <translation>configuration des notifications de modification</translation>
    </message>
    <message>
        <source>looking for changes</source>
        <translation>recherche de modifications</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>aucune ligne n’a été ajoutée</translation>
    </message>
</context>
<context>
    <name>cd::store::DealRepository</name>
    <message>
        <source>reading deal %1</source>
        <translation>lecture de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation>lecture des affaires</translation>
    </message>
    <message>
        <source>looking up deal %1</source>
        <translation>recherche de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>counting the deals</source>
        <translation>décompte des affaires</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>le partenaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>enregistrement des partenaires de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>une affaire avec l&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>ajout de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to change</source>
        <translation>l&apos;affaire %1 à modifier n&apos;existe pas</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>modification de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>modification des partenaires de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to delete</source>
        <translation>l&apos;affaire %1 à supprimer n&apos;existe pas</translation>
    </message>
    <message>
        <source>deleting deal %1</source>
        <translation>suppression de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>l&apos;affaire %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Enablement</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant&#xa0;: ni espaces, ni «&#xa0;;&#xa0;», ni «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>lecture des personnes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date ISO au format 2026-03-31</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 apparaît deux fois (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>importing people</source>
        <translation>importation des personnes</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: colonnes inconnues ignorées&#xa0;: %2</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>aucun partenaire %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>est obligatoire (parmi %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>importing person %1</source>
        <translation>importation de la personne %1</translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation>aucune personne %1</translation>
    </message>
    <message>
        <source>%1 is before earned_on %2</source>
        <translation>%1 est antérieur à earned_on %2</translation>
    </message>
    <message>
        <source>importing certification %1</source>
        <translation>importation de la certification %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading certifications</source>
        <translation>lecture des certifications</translation>
    </message>
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>exportation de %1</translation>
    </message>
</context>
<context>
    <name>cd::store::FxRateRepository</name>
    <message>
        <source>reading the exchange rates</source>
        <translation>lecture des taux de change</translation>
    </message>
    <message>
        <source>counting the exchange rates</source>
        <translation>décompte des taux de change</translation>
    </message>
    <message>
        <source>reading the rate %1</source>
        <translation>lecture du taux de change %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>enregistrement du taux de change %1</translation>
    </message>
    <message>
        <source>there is no rate %1 to delete</source>
        <translation>le taux de change %1 à supprimer n&apos;existe pas</translation>
    </message>
    <message>
        <source>deleting the rate %1</source>
        <translation>suppression du taux de change %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Importer</name>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation>%1 apparaît deux fois dans le fichier (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>préparation de l&apos;importation</translation>
    </message>
    <message>
        <source>reading deals</source>
        <translation>lecture des affaires</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>importation de %1</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: colonnes inconnues ignorées&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>lecture des partenaires</translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation>lecture des taux de change</translation>
    </message>
    <message>
        <source>indexing the deals</source>
        <translation>indexation des affaires</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>ajout du partenaire %1</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>modification du partenaire %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>enregistrement des partenaires de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>ajout de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>adding deals %1 to %2</source>
        <translation>ajout des affaires %1 à %2</translation>
    </message>
    <message>
        <source>saving the partners of deals</source>
        <translation>enregistrement des partenaires des affaires</translation>
    </message>
    <message>
        <source>reading deal %1</source>
        <translation>lecture de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>le partenaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>modification de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>modification des partenaires de l&apos;affaire %1</translation>
    </message>
    <message>
        <source>reading registration %1</source>
        <translation>lecture de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>ajout de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>modification de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>enregistrement du taux de change %1</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>lecture de la taille du cache</translation>
    </message>
    <message>
        <source>enlarging the cache for the import</source>
        <translation>agrandissement du cache pour l&apos;importation</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 ajouté(s), %3 mis à jour, %4 inchangé(s)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>n&apos;est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date ISO au format 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO en UTC au format 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise connue de ce programme</translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation>est obligatoire avec un engagement de CA</translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation>ne s&apos;utilise qu&apos;avec un engagement de CA&#xa0;; laissez ce champ vide ou indiquez l&apos;engagement</translation>
    </message>
</context>
<context>
    <name>cd::store::Migration</name>
    <message>
        <source>reading the team database&apos;s tables</source>
        <translation>lecture des tables de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>the team database&apos;s foreign keys form a cycle</source>
        <translation>les clés étrangères de la base de données d&apos;équipe forment un cycle</translation>
    </message>
    <message>
        <source>checking that %1 is empty</source>
        <translation>vérification que %1 est vide</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a desktop file moves only into an empty team database</source>
        <translation>%1 contient déjà des données (table %2)&#xa0;; un fichier local ne peut être migré que vers une base de données d&apos;équipe vide</translation>
    </message>
    <message>
        <source>reading %1 from %2</source>
        <translation>lecture de %1 depuis %2</translation>
    </message>
    <message>
        <source>writing %1 to %2</source>
        <translation>écriture de %1 dans %2</translation>
    </message>
    <message>
        <source>%1 is not a team database: give a PostgreSQL URI</source>
        <translation>%1 n&apos;est pas une base de données d&apos;équipe&#xa0;: indiquez une URI PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is not a desktop file</source>
        <translation>%1 n&apos;est pas un fichier local</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1 et %2 ont des versions de schéma différentes</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerMetrics</name>
    <message>
        <source>reading the won deals</source>
        <translation>lecture des affaires gagnées</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; revenue of %4 left out</source>
        <translation>%1&#xa0;: aucun taux de change pour %2 au %3&#xa0;; chiffre d&apos;affaires de %4 exclu</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; its revenue commitment is left out</source>
        <translation>%1&#xa0;: aucun taux de change pour %2 au %3&#xa0;; son engagement de chiffre d&apos;affaires est exclu</translation>
    </message>
    <message numerus="yes">
        <source>program %1: not in the database; its %n partner(s) were not evaluated</source>
        <translation>
            <numerusform>programme %1&#xa0;: absent de la base de données&#xa0;; %n partenaire n&apos;a pas été évalué</numerusform>
            <numerusform>programme %1&#xa0;: absent de la base de données&#xa0;; %n partenaires n&apos;ont pas été évalués</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1: %2</source>
        <translation>programme %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>changing the tier of %1</source>
        <translation>changement du niveau de %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>aucun partenaire %1</translation>
    </message>
    <message>
        <source>%1 is now in tier &quot;%2&quot;, not &quot;%3&quot;; evaluate again</source>
        <translation>%1 est maintenant au niveau «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;»&#xa0;; relancez l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerRepository</name>
    <message>
        <source>reading partner %1</source>
        <translation>lecture du partenaire %1</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>lecture des partenaires</translation>
    </message>
    <message>
        <source>counting the partners</source>
        <translation>décompte des partenaires</translation>
    </message>
    <message>
        <source>a partner with the id %1 already exists</source>
        <translation>un partenaire avec l&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>ajout du partenaire %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to change</source>
        <translation>le partenaire %1 à modifier n&apos;existe pas</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>modification du partenaire %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to delete</source>
        <translation>le partenaire %1 à supprimer n&apos;existe pas</translation>
    </message>
    <message>
        <source>checking the deals of partner %1</source>
        <translation>vérification des affaires du partenaire %1</translation>
    </message>
    <message>
        <source>partner %1 cannot be deleted: %2 deals and %3 registrations name it</source>
        <translation>impossible de supprimer le partenaire %1&#xa0;: %2 affaire(s) et %3 enregistrement(s) d&apos;affaire y font référence</translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation>suppression du partenaire %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>le partenaire %1</translation>
    </message>
</context>
<context>
    <name>cd::store::PlanRepository</name>
    <message>
        <source>a plan is assigned to a program and tier, or to a partner type</source>
        <translation>un plan est attribué à un programme et un niveau, ou à un type de partenaire</translation>
    </message>
    <message>
        <source>reading plan assignments</source>
        <translation>lecture des attributions de plans</translation>
    </message>
    <message>
        <source>reading commission plans</source>
        <translation>lecture des plans de commissionnement</translation>
    </message>
    <message>
        <source>reading commission plan %1</source>
        <translation>lecture du plan de commissionnement %1</translation>
    </message>
    <message>
        <source>counting commission plans</source>
        <translation>décompte des plans de commissionnement</translation>
    </message>
    <message>
        <source>saving commission plan %1</source>
        <translation>enregistrement du plan de commissionnement %1</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>il n&apos;existe aucun plan de commissionnement %1</translation>
    </message>
    <message>
        <source>removing commission plan %1</source>
        <translation>suppression du plan de commissionnement %1</translation>
    </message>
    <message>
        <source>assigning commission plan %1</source>
        <translation>attribution du plan de commissionnement %1</translation>
    </message>
    <message>
        <source>removing a plan assignment</source>
        <translation>suppression d&apos;une attribution de plan</translation>
    </message>
    <message>
        <source>reading the partners&apos; commission plans</source>
        <translation>lecture des plans de commissionnement des partenaires</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 1 margin (65%)</source>
        <translation>Marge NEXT Portal SI Tier 1 (65&#xa0;%)</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 2 margin (50%)</source>
        <translation>Marge NEXT Portal SI Tier 2 (50&#xa0;%)</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 3 margin (35%)</source>
        <translation>Marge NEXT Portal SI Tier 3 (35&#xa0;%)</translation>
    </message>
    <message>
        <source>NEXT Portal Gold reseller margin (45%)</source>
        <translation>Marge NEXT Portal revendeur Gold (45&#xa0;%)</translation>
    </message>
    <message>
        <source>NEXT Portal Silver reseller margin (40%)</source>
        <translation>Marge NEXT Portal revendeur Silver (40&#xa0;%)</translation>
    </message>
    <message>
        <source>NEXT Portal Authorized reseller margin (35%)</source>
        <translation>Marge NEXT Portal revendeur Authorized (35&#xa0;%)</translation>
    </message>
    <message>
        <source>Technology partners revenue share (20%, 5% bonus)</source>
        <translation>Partage des revenus partenaires technologiques (20&#xa0;%, prime de 5&#xa0;%)</translation>
    </message>
    <message>
        <source>Consulting partners revenue share (30%, 10% bonus)</source>
        <translation>Partage des revenus partenaires conseil (30&#xa0;%, prime de 10&#xa0;%)</translation>
    </message>
    <message>
        <source>Channel partners revenue share (25%, 7% bonus)</source>
        <translation>Partage des revenus partenaires de distribution (25&#xa0;%, prime de 7&#xa0;%)</translation>
    </message>
    <message>
        <source>Integration partners revenue share (15%, 3% bonus)</source>
        <translation>Partage des revenus partenaires d&apos;intégration (15&#xa0;%, prime de 3&#xa0;%)</translation>
    </message>
    <message>
        <source>Referral partners revenue share (10%, 2% bonus)</source>
        <translation>Partage des revenus apporteurs d&apos;affaires (10&#xa0;%, prime de 2&#xa0;%)</translation>
    </message>
    <message>
        <source>Playbook graduated commission (15/20/25%)</source>
        <translation>Commission progressive du playbook (15/20/25&#xa0;%)</translation>
    </message>
    <message>
        <source>the plan template %1 is missing from the program</source>
        <translation>le modèle de plan %1 est absent du programme</translation>
    </message>
</context>
<context>
    <name>cd::store::ProgramStore</name>
    <message>
        <source>reading partner %1</source>
        <translation>lecture du partenaire %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>aucun partenaire %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a development stage</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape de développement</translation>
    </message>
    <message>
        <source>moving partner %1</source>
        <translation>déplacement du partenaire %1</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>lecture des programmes</translation>
    </message>
    <message>
        <source>reading program %1</source>
        <translation>lecture du programme %1</translation>
    </message>
    <message>
        <source>the JSON says &quot;%1&quot;; it must be the program&apos;s id</source>
        <translation>le JSON indique «&#xa0;%1&#xa0;»&#xa0;; ce doit être l&apos;identifiant du programme</translation>
    </message>
    <message>
        <source>saving program %1</source>
        <translation>enregistrement du programme %1</translation>
    </message>
    <message>
        <source>removing program %1</source>
        <translation>suppression du programme %1</translation>
    </message>
    <message>
        <source>reading the partners&apos; stages</source>
        <translation>lecture des étapes des partenaires</translation>
    </message>
    <message>
        <source>reading the stages of %1</source>
        <translation>lecture des étapes de %1</translation>
    </message>
    <message>
        <source>recording the stage of %1</source>
        <translation>enregistrement de l&apos;étape de %1</translation>
    </message>
    <message>
        <source>recording %1 of %2</source>
        <translation>enregistrement de %1 pour %2</translation>
    </message>
    <message>
        <source>reading the partners&apos; KPIs</source>
        <translation>lecture des KPI des partenaires</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordFormat</name>
    <message>
        <source>%1 %2 has finer digits than the database keeps (thousandths)</source>
        <translation>%1 %2 a une précision plus fine que celle conservée par la base de données (millièmes)</translation>
    </message>
    <message>
        <source>%1 %2 is too large to store</source>
        <translation>%1 %2 est trop élevé pour être enregistré</translation>
    </message>
    <message>
        <source>the database holds %1 thousandths of %2, which has only %3 decimals</source>
        <translation>la base de données contient %1 millièmes de %2, qui n&apos;a que %3 décimales</translation>
    </message>
    <message>
        <source>the database holds &quot;%1&quot; as %2, which is not a decimal</source>
        <translation>la base de données contient «&#xa0;%1&#xa0;» sous forme de %2, qui n&apos;est pas un nombre décimal</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordRules</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>est obligatoire (valeurs possibles&#xa0;: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 doit être positif</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ne doit pas être négatif</translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly</source>
        <translation>%1 ne peut pas être enregistré exactement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir d&apos;identifiant&#xa0;: ni espace, ni «&#xa0;;&#xa0;», ni «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2 comme FR</translation>
    </message>
    <message>
        <source>no partner given</source>
        <translation>aucun partenaire indiqué</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 est cité deux fois</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>la part de %1 doit être positive</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>la somme des parts est %1, et non 100</translation>
    </message>
    <message>
        <source>%1 is not between 0% and 100%</source>
        <translation>%1 n&apos;est pas compris entre 0&#xa0;% et 100&#xa0;%</translation>
    </message>
    <message>
        <source>is required for a %1 deal</source>
        <translation>est obligatoire pour une affaire au statut %1</translation>
    </message>
    <message>
        <source>is required for a cancelled deal</source>
        <translation>est obligatoire pour une affaire annulée</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 est antérieure à la date de clôture %2</translation>
    </message>
    <message>
        <source>only a cancelled deal has a cancellation date</source>
        <translation>seule une affaire annulée a une date d&apos;annulation</translation>
    </message>
    <message>
        <source>a customer name or domain is required</source>
        <translation>un nom ou un domaine de client est obligatoire</translation>
    </message>
    <message>
        <source>is before submitted_at</source>
        <translation>est antérieur à submitted_at</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise connue de ce programme</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationRepository</name>
    <message>
        <source>reading registration %1</source>
        <translation>lecture de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>reading the registrations</source>
        <translation>lecture des enregistrements d&apos;affaires</translation>
    </message>
    <message>
        <source>looking up registration %1</source>
        <translation>recherche de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>counting the registrations</source>
        <translation>décompte des enregistrements d&apos;affaires</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>le partenaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a registration with the id %1 already exists</source>
        <translation>un enregistrement d&apos;affaire avec l&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>ajout de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to change</source>
        <translation>l&apos;enregistrement d&apos;affaire %1 à modifier n&apos;existe pas</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>modification de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to delete</source>
        <translation>l&apos;enregistrement d&apos;affaire %1 à supprimer n&apos;existe pas</translation>
    </message>
    <message>
        <source>deleting registration %1</source>
        <translation>suppression de l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation>l&apos;enregistrement d&apos;affaire %1</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowDemo</name>
    <message>
        <source>Called both account executives. %1 logged a discovery workshop with %3 before %2 made contact; %2 was brought in by the customer&apos;s procurement team.</source>
        <translation>Appel aux deux commerciaux grands comptes. %1 a consigné un atelier de découverte avec %3 avant que %2 ne prenne contact&#xa0;; %2 a été sollicité par le service achats du client.</translation>
    </message>
    <message>
        <source>Checked CRM activity: %1 has two meetings and a scoped proposal for %3; %2 has an introductory email only.</source>
        <translation>Vérification de l&apos;activité CRM&#xa0;: %1 a deux réunions et une proposition chiffrée pour %3&#xa0;; %2 n&apos;a qu&apos;un e-mail de présentation.</translation>
    </message>
    <message>
        <source>%2 says %3 asked them for a quote directly. %1 shared the meeting notes that show the opportunity started with them.</source>
        <translation>%2 affirme que %3 lui a demandé directement un devis. %1 a transmis les comptes rendus de réunion qui montrent que l&apos;opportunité a commencé avec lui.</translation>
    </message>
    <message>
        <source>Joint call with both partners. %2 accepted that %1 registered first and asked to be considered for the implementation services.</source>
        <translation>Appel commun avec les deux partenaires. %2 a reconnu que %1 s&apos;était enregistré en premier et a demandé à être pris en compte pour les services de mise en œuvre.</translation>
    </message>
    <message>
        <source>Mediation call; %2 proposed a split. %1 declined, pointing to the registration date.</source>
        <translation>Appel de médiation&#xa0;; %2 a proposé un partage. %1 a refusé, en invoquant la date d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to let the channel team decide on the registration record.</source>
        <translation>%1 et %2 ont accepté de laisser l&apos;équipe channel trancher sur la base de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Applied the program rule: first to register, inside the 30-day protection period.</source>
        <translation>Règle du programme appliquée&#xa0;: le premier enregistré l&apos;emporte, dans la période de protection de 30 jours.</translation>
    </message>
    <message>
        <source>Decision sent to both partners and the regional sales lead; %1 acknowledged.</source>
        <translation>Décision envoyée aux deux partenaires et au responsable commercial régional&#xa0;; %1 en a accusé réception.</translation>
    </message>
    <message>
        <source>Added %1 to the named-account list; %2 and the other partners now see existing registrations in the portal before outreach.</source>
        <translation>%1 ajouté à la liste des comptes nommés&#xa0;; %2 et les autres partenaires voient désormais les enregistrements existants dans le portail avant toute prospection.</translation>
    </message>
    <message>
        <source>Reminded %2 of the registration rules in the monthly partner call; %1 stays with the current owner, no rule change needed.</source>
        <translation>Rappel des règles d&apos;enregistrement à %2 lors de l&apos;appel mensuel des partenaires&#xa0;; %1 reste au titulaire actuel, aucune modification des règles nécessaire.</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2); the other partner is offered the services work.</source>
        <translation>Le crédit reste à %1 (%2)&#xa0;; on propose à l&apos;autre partenaire les prestations de services.</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2).</source>
        <translation>Le crédit reste à %1 (%2).</translation>
    </message>
    <message>
        <source>Escalate to the channel director.</source>
        <translation>Escalader au directeur channel.</translation>
    </message>
    <message>
        <source>Named-account list updated.</source>
        <translation>Liste des comptes nommés mise à jour.</translation>
    </message>
    <message>
        <source>Duplicate of %1, which is still protected; please update that registration instead.</source>
        <translation>Doublon de %1, qui est toujours protégé&#xa0;; veuillez plutôt mettre à jour cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowStore</name>
    <message>
        <source>there is no registration %1</source>
        <translation>il n&apos;existe aucun enregistrement %1</translation>
    </message>
    <message>
        <source>saving the workflow of registration %1</source>
        <translation>enregistrement du workflow de l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>reading the registration settings</source>
        <translation>lecture des paramètres d&apos;enregistrement</translation>
    </message>
    <message>
        <source>protection days must be 0 to %1 and extension days 1 to %1</source>
        <translation>les jours de protection doivent être compris entre 0 et %1 et les jours de prolongation entre 1 et %1</translation>
    </message>
    <message>
        <source>saving the registration settings</source>
        <translation>enregistrement des paramètres d&apos;enregistrement</translation>
    </message>
    <message>
        <source>reading the workflow of registration %1</source>
        <translation>lecture du workflow de l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>reading the registration workflow</source>
        <translation>lecture du workflow des enregistrements</translation>
    </message>
    <message>
        <source>reading the partners&apos; names</source>
        <translation>lecture des noms des partenaires</translation>
    </message>
    <message>
        <source>only a registration the rules approved can be confirmed; %1 is %2</source>
        <translation>seul un enregistrement approuvé par les règles peut être confirmé&#xa0;; le statut de %1 est %2</translation>
    </message>
    <message>
        <source>registration %1 was approved already</source>
        <translation>l&apos;enregistrement %1 a déjà été approuvé</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>un rejet nécessite un motif</translation>
    </message>
    <message>
        <source>registration %1 became deal %2 and can no longer be rejected</source>
        <translation>l&apos;enregistrement %1 est devenu l&apos;affaire %2 et ne peut plus être rejeté</translation>
    </message>
    <message>
        <source>registration %1 is already rejected</source>
        <translation>l&apos;enregistrement %1 est déjà rejeté</translation>
    </message>
    <message>
        <source>registration %1 was extended already; a registration is extended once</source>
        <translation>l&apos;enregistrement %1 a déjà été prolongé&#xa0;; un enregistrement n&apos;est prolongé qu&apos;une fois</translation>
    </message>
    <message>
        <source>registration %1 is rejected</source>
        <translation>l&apos;enregistrement %1 est rejeté</translation>
    </message>
    <message>
        <source>only a registration that won its customer can be extended; %1 is %2</source>
        <translation>seul un enregistrement qui a remporté son client peut être prolongé&#xa0;; le statut de %1 est %2</translation>
    </message>
    <message>
        <source>registration %1 was converted to deal %2 already</source>
        <translation>l&apos;enregistrement %1 a déjà été converti en affaire %2</translation>
    </message>
    <message>
        <source>only an approved registration becomes a deal; %1 is %2</source>
        <translation>seul un enregistrement approuvé devient une affaire&#xa0;; le statut de %1 est %2</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>une affaire avec l&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>storing the evaluated registrations</source>
        <translation>enregistrement des enregistrements évalués</translation>
    </message>
    <message>
        <source>%1 (partner %2, submitted %3) registered %4 / %5 inside the protection window of %6 (partner %7, submitted %8).</source>
        <translation>%1 (partenaire %2, soumis le %3) a enregistré %4 / %5 pendant la période de protection de %6 (partenaire %7, soumis le %8).</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>tout produit</translation>
    </message>
    <message>
        <source>looking for registrations without a status</source>
        <translation>recherche des enregistrements sans statut</translation>
    </message>
</context>
<context>
    <name>cd::store::RowVersion</name>
    <message>
        <source>%1 was deleted by %2 at %3 since you opened it</source>
        <translation>%2 a supprimé %1 à %3 depuis son ouverture</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it</source>
        <translation>quelqu&apos;un a supprimé %1 depuis son ouverture</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it</source>
        <translation>%2 a modifié %1 à %3 depuis son ouverture</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it</source>
        <translation>%1 a changé depuis son ouverture</translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation>lecture de la version de %1</translation>
    </message>
</context>
<context>
    <name>cd::store::TargetRepository</name>
    <message>
        <source>cannot read the target template %1</source>
        <translation>impossible de lire le modèle d&apos;objectifs %1</translation>
    </message>
    <message>
        <source>the target template %1 has no id</source>
        <translation>le modèle d&apos;objectifs %1 n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>the target template %1 has a bad value for %2</source>
        <translation>le modèle d&apos;objectifs %1 a une valeur incorrecte pour %2</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>lecture des objectifs</translation>
    </message>
    <message>
        <source>unknown target metric &apos;%1&apos;</source>
        <translation>indicateur d&apos;objectif «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>a target&apos;s quarter is 1 to 4, or 0 for the year</source>
        <translation>le trimestre d&apos;un objectif est compris entre 1 et 4, ou 0 pour l&apos;année</translation>
    </message>
    <message>
        <source>saving the target %1</source>
        <translation>enregistrement de l&apos;objectif %1</translation>
    </message>
    <message>
        <source>deleting the target %1</source>
        <translation>suppression de l&apos;objectif %1</translation>
    </message>
    <message>
        <source>creating the targets table</source>
        <translation>création de la table des objectifs</translation>
    </message>
    <message>
        <source>the seed target templates are missing</source>
        <translation>les modèles d&apos;objectifs initiaux sont absents</translation>
    </message>
</context>
<context>
    <name>cd::store::Team</name>
    <message>
        <source>an admin may do everything</source>
        <translation>un administrateur peut tout faire</translation>
    </message>
    <message>
        <source>a manager edits all program data but not plans, programs, targets or the team</source>
        <translation>un manager modifie toutes les données du programme, sauf les plans, les programmes, les objectifs et l&apos;équipe</translation>
    </message>
    <message>
        <source>a regional member edits only the partners of %1 and their deals, registrations, people and certifications</source>
        <translation>un membre régional ne modifie que les partenaires de %1 et leurs affaires, enregistrements d&apos;affaires, personnes et certifications</translation>
    </message>
    <message>
        <source>an executive reads everything and changes nothing</source>
        <translation>un dirigeant consulte tout et ne modifie rien</translation>
    </message>
    <message>
        <source>%1 is a desktop file: a team needs a PostgreSQL database (docs/team.md)</source>
        <translation>%1 est un fichier local&#xa0;: une équipe a besoin d&apos;une base de données PostgreSQL (docs/team.md)</translation>
    </message>
    <message>
        <source>setting up the team&apos;s roles</source>
        <translation>configuration des rôles de l&apos;équipe</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>a team member needs a login</source>
        <translation>un membre de l&apos;équipe doit avoir un identifiant de connexion</translation>
    </message>
    <message>
        <source>a regional member needs a region, one of %1</source>
        <translation>un membre régional doit avoir une région (valeurs possibles&#xa0;: %1)</translation>
    </message>
    <message>
        <source>only a regional member has a region</source>
        <translation>seul un membre régional a une région</translation>
    </message>
    <message>
        <source>adding %1 to the team</source>
        <translation>ajout de %1 à l&apos;équipe</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>modification des rôles de %1</translation>
    </message>
    <message>
        <source>removing %1 from the team</source>
        <translation>retrait de %1 de l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 is not a member of the team</source>
        <translation>%1 n&apos;est pas membre de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompetitorsModel</name>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>tout produit</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Soumis (UTC)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Protected until (UTC)</source>
        <translation>Protégé jusqu&apos;au (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictCaseModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>1 Identify</source>
        <translation>1 Identifier</translation>
    </message>
    <message>
        <source>2 Investigate</source>
        <translation>2 Analyser</translation>
    </message>
    <message>
        <source>3 Mediate</source>
        <translation>3 Concilier</translation>
    </message>
    <message>
        <source>4 Decide</source>
        <translation>4 Décider</translation>
    </message>
    <message>
        <source>5 Communicate</source>
        <translation>5 Communiquer</translation>
    </message>
    <message>
        <source>6 Prevent</source>
        <translation>6 Prévenir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictStepsModel</name>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictsPage</name>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Consigner une étape</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>What was decided or agreed</source>
        <translation>Ce qui a été décidé ou convenu</translation>
    </message>
    <message>
        <source>The decide step may award the credit to another registration of the case.</source>
        <translation>L&apos;étape de décision peut attribuer le crédit à un autre enregistrement du dossier.</translation>
    </message>
    <message>
        <source>Facts, who was contacted, what they said</source>
        <translation>Faits, personnes contactées, ce qu&apos;elles ont dit</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>&amp;Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>Crédit attribué à</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Conflict cases</source>
        <translation>Dossiers de conflit</translation>
    </message>
    <message>
        <source>Possible conflicts (review)</source>
        <translation>Conflits possibles (à examiner)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</source>
        <translation>
            <numerusform>%n paire d&apos;enregistrements peut désigner le même client sous des clés différentes (noms similaires, domaine présent sur l&apos;un et pas sur l&apos;autre). Elle est affichée pour examen et ne change jamais de statut&#xa0;; un vrai conflit se corrige en rectifiant le client ou le domaine de l&apos;un des enregistrements.</numerusform>
            <numerusform>%n paires d&apos;enregistrements peuvent désigner le même client sous des clés différentes (noms similaires, domaine présent sur l&apos;un et pas sur l&apos;autre). Elles sont affichées pour examen et ne changent jamais de statut&#xa0;; un vrai conflit se corrige en rectifiant le client ou le domaine de l&apos;un des enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases shown, %2 open</source>
        <translation>%1 dossiers affichés, %2 ouverts</translation>
    </message>
    <message>
        <source>No conflict case selected</source>
        <translation>Aucun dossier de conflit sélectionné</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2) registered customer &quot;%3&quot; first, on %4; its protection runs to %5.</source>
        <translation>%1 (%2) a enregistré le client «&#xa0;%3&#xa0;» en premier, le %4&#xa0;; sa protection court jusqu&apos;au %5.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) le %3</translation>
    </message>
    <message>
        <source>Inside that window came %1, so the rule gives the credit to %2 (first to register).</source>
        <translation>Pendant cette période est arrivé %1&#xa0;; la règle attribue donc le crédit à %2 (premier enregistré).</translation>
    </message>
    <message>
        <source>The decide step awarded the credit to %1 instead.</source>
        <translation>L&apos;étape de décision a attribué le crédit à %1 à la place.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Se connecter à une base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, ou un dossier de socket tel que /run/postgresql</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>not remembered; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>non mémorisé&#xa0;; vide&#xa0;: PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation>Tous les types de partenaires</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>Devise affichée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <source>QBR report…</source>
        <translation>Rapport QBR…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exporter les graphiques…</translation>
    </message>
    <message>
        <source>Export the charts to</source>
        <translation>Exporter les graphiques vers</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Impossible de lire les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Partner program performance, %1 — %2</source>
        <translation>Performance du programme partenaires, %1 — %2</translation>
    </message>
    <message>
        <source>Figures in %1 · compared with %2 · read in %3 ms</source>
        <translation>Montants en %1 · comparés à %2 · lus en %3 ms</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>vs %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revue trimestrielle d&apos;activité</translation>
    </message>
</context>
<context>
    <name>cd::ui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Affaire %1</translation>
    </message>
    <message>
        <source>P1, or a split such as P2=60;P1=40</source>
        <translation>P1, ou une répartition comme P2=60;P1=40</translation>
    </message>
    <message>
        <source>e.g. 60%</source>
        <translation>p. ex. 60%</translation>
    </message>
    <message>
        <source>Deal &amp;ID:</source>
        <translation>&amp;ID affaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation>&amp;Domaine du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Pro&amp;babilité&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>Date de c&amp;lôture&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>comporte plus de décimales que %1 n&apos;en autorise (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage</translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation>est déjà utilisé par une autre affaire</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>le partenaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cancell&amp;ed on:</source>
        <translation>A&amp;nnulée le&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>Enre&amp;gistrement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cd::ui::FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Conditions set from elsewhere; click to remove them</source>
        <translation>Conditions posées ailleurs ; cliquez pour les retirer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <extracomment>A button in the filter row listing conditions it has no list for; the cross removes them.</extracomment>
        <translation>%1 ✕</translation>
    </message>
</context>
<context>
    <name>cd::ui::LifecyclePage</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Étape précédente</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Étape suivante ▶</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>Détails du partenaire…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and move it. Red cards are overdue for their stage&apos;s target weeks (seed 003).</source>
        <translation>Faites glisser une carte vers une autre étape, ou sélectionnez-la et déplacez-la. Les cartes rouges ont dépassé le nombre de semaines cible de leur étape (seed 003).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>%1 jours dans l&apos;étape</translation>
    </message>
    <message>
        <source> (target %1 weeks)</source>
        <translation> (objectif&#xa0;: %1 semaines)</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1, %2 depuis le %3</translation>
    </message>
    <message>
        <source> — %1 overdue</source>
        <translation> — %1 de retard</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ChannelDesk — %1</source>
        <translation>ChannelDesk — %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data</source>
        <translation>Remplir avec des données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>À &amp;propos de ChannelDesk</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>À propos de ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partner programs, deals, registrations and commissions, offline on your desktop, with exact money.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Programmes partenaires, affaires, enregistrements d&apos;affaires et commissions, hors ligne sur votre poste de travail, avec des montants exacts.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partenaire</numerusform>
            <numerusform>%Ln partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln affaire</numerusform>
            <numerusform>%Ln affaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation>%1 (%2 lignes chargées)</translation>
    </message>
    <message>
        <source>Open ChannelDesk Database</source>
        <translation>Ouvrir une base de données ChannelDesk</translation>
    </message>
    <message>
        <source>ChannelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données ChannelDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Base de données vide</translation>
    </message>
    <message>
        <source>This database holds no partners yet. Fill it with a demo program to look around, or import your partners and deals from CSV?</source>
        <translation>Cette base de données ne contient encore aucun partenaire. Voulez-vous la remplir avec un programme de démonstration pour découvrir l&apos;application, ou importer vos partenaires et vos affaires depuis un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Remplir avec des données de démonstration</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés de commissions</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>Plans de commissionnement</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Connecté en tant que %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>Se &amp;connecter à une base de données d&apos;équipe…</translation>
    </message>
    <message>
        <source>Could not connect to the team database</source>
        <translation>Impossible de se connecter à la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDetailDialog</name>
    <message>
        <source>Partner %1</source>
        <translation>Partenaire %1</translation>
    </message>
    <message>
        <source>No partner %1.</source>
        <translation>Aucun partenaire %1.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is not in the database.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» n&apos;est pas dans la base de données.</translation>
    </message>
    <message>
        <source>Tier in %1</source>
        <translation>Niveau dans %1</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Evaluated on %1:</source>
        <translation>Évalué le %1&#xa0;:</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>Non évalué&#xa0;: seuls les partenaires actifs le sont.</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Tableau de performance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Certifications (%1 people)</source>
        <translation>Certifications (%1 personnes)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenue</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>expire dans %1 jours</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDialog</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partenaire %1</translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation>Code ISO, p. ex. FR</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;ID partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Étap&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Respons&amp;able&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Date d&apos;ad&amp;hésion&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>Secte&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation>nécessite une devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>comporte plus de décimales que %1 n&apos;en autorise (%2)</translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation>est déjà utilisé par un autre partenaire</translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Revenue c&amp;ommitment:</source>
        <translation>Engagement de &amp;chiffre d&apos;affaires&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanEditor</name>
    <message>
        <source>From (plan currency)</source>
        <translation>À partir de (devise du plan)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Supprimer la tranche</translation>
    </message>
    <message>
        <source>Bonus when the window&apos;s revenue reaches a threshold</source>
        <translation>Prime lorsque le chiffre d&apos;affaires de la période atteint un seuil</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Identifiant du plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>Mois de début de l&apos;exercice</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Sample revenue in a window</source>
        <translation>Exemple de chiffre d&apos;affaires sur une période</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Verse</translation>
    </message>
    <message>
        <source>Bands (rates as percentages, e.g. 15%)</source>
        <translation>Tranches (taux en pourcentage, p. ex. 15&#xa0;%)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Correct the plan to see what it pays.</source>
        <translation>Corrigez le plan pour voir ce qu&apos;il verse.</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Commission %1</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>prime %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanListModel</name>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlansPage</name>
    <message>
        <source>save plan %1</source>
        <translation>enregistrer le plan %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>new-plan</source>
        <translation>nouveau-plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Pseudo-localization (for testing)</source>
        <extracomment>A testing language: every text accented and longer, to find untranslated or cut-off text.</extracomment>
        <translation>Pseudo-localisation (pour les tests)</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the language&apos;s region. Files and the database stay in the invariant format, so teams in other regions read them alike.</source>
        <translation>Les nombres, montants et dates suivent la région de la langue. Les fichiers et la base de données restent au format invariant, de sorte que les équipes des autres régions les lisent de la même façon.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramEditorPage</name>
    <message>
        <source>Save program %1</source>
        <translation>Enregistrer le programme %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;metric &gt;= value&quot; nor &quot;top 5% by metric&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni «&#xa0;metric &gt;= value&#xa0;» ni «&#xa0;top 5% by metric&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;key=value&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format «&#xa0;key=value&#xa0;»</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basé sur</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Supprimer le niveau</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Ajouter un KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Supprimer le KPI</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>Copier sous…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiers&lt;/b&gt;, highest first. Requirements: &quot;revenue_commitment &gt;= 500000; top 5% by revenue&quot;; benefits: &quot;margin=35%; mdf_budget=10000&quot;.</source>
        <translation>&lt;b&gt;Niveaux&lt;/b&gt;, du plus élevé au plus bas. Exigences&#xa0;: «&#xa0;revenue_commitment &gt;= 500000; top 5% by revenue&#xa0;»&#xa0;; avantages&#xa0;: «&#xa0;margin=35%; mdf_budget=10000&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;: weights in %, adding up to 100%.</source>
        <translation>&lt;b&gt;Tableau de performance&lt;/b&gt;&#xa0;: pondérations en&#xa0;%, totalisant 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>Copier le programme</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>Identifiant de la copie&#xa0;:</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modèle)</translation>
    </message>
    <message>
        <source>a seed template: copy it to edit</source>
        <translation>un modèle initial&#xa0;: copiez-le pour le modifier</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tier %1: requirements: %2</source>
        <translation>niveau %1&#xa0;: exigences&#xa0;: %2</translation>
    </message>
    <message>
        <source>tier %1: benefits: %2</source>
        <translation>niveau %1&#xa0;: avantages&#xa0;: %2</translation>
    </message>
    <message>
        <source>Templates are kept as the seeds wrote them: “Copy as…” to make your own program.</source>
        <translation>Les modèles sont conservés tels que les seeds les ont écrits&#xa0;: utilisez «&#xa0;Copier sous…&#xa0;» pour créer votre propre programme.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>The program could not be saved.</source>
        <translation>Impossible d&apos;enregistrer le programme.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramPages</name>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Revue des niveaux</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Tableau de performance</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramText</name>
    <message>
        <source>won revenue (12 months)</source>
        <translation>chiffre d&apos;affaires gagné (12 mois)</translation>
    </message>
    <message>
        <source>won deals (12 months)</source>
        <translation>affaires gagnées (12 mois)</translation>
    </message>
    <message>
        <source>committed revenue</source>
        <translation>chiffre d&apos;affaires engagé</translation>
    </message>
    <message>
        <source>revenue attainment</source>
        <translation>atteinte du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>certified people</source>
        <translation>personnes certifiées</translation>
    </message>
    <message>
        <source>certified consultants</source>
        <translation>consultants certifiés</translation>
    </message>
    <message>
        <source>certified engineers</source>
        <translation>ingénieurs certifiés</translation>
    </message>
    <message>
        <source>certification rate (%)</source>
        <translation>taux de certification (%)</translation>
    </message>
    <message>
        <source>customer satisfaction</source>
        <translation>satisfaction client</translation>
    </message>
    <message>
        <source>marketing collaboration</source>
        <translation>collaboration marketing</translation>
    </message>
    <message>
        <source>scorecard score</source>
        <translation>score du tableau de performance</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>une valeur pour %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 de plus en %2 pour entrer dans les %3&#xa0;% premiers</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%1 de moins en %2</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 de plus en %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>il faut %1 pour atteindre %2</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3%</source>
        <translation>%1 %2 figure dans les %3&#xa0;% premiers</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s label, then what is wrong with its value: &quot;Amount: is required&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Dernière modification par %1 le %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>Prolonger %1</translation>
    </message>
    <message>
        <source>Convert %1 to deal %2</source>
        <translation>Convertir %1 en affaire %2</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Non converti</translation>
    </message>
    <message>
        <source>Add registration %1</source>
        <translation>Ajouter l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>il n&apos;existe aucun dossier de conflit %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation>Nouvel enregistrement d&apos;affaire</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Choisissez un partenaire</translation>
    </message>
    <message>
        <source>Company name, e.g. ACME Corp.</source>
        <translation>Nom de l&apos;entreprise, p. ex. ACME Corp.</translation>
    </message>
    <message>
        <source>acme.example (optional, decides the customer when given)</source>
        <translation>acme.example (facultatif&#xa0;; s&apos;il est indiqué, il détermine le client)</translation>
    </message>
    <message>
        <source>Empty: every product of the customer</source>
        <translation>Vide&#xa0;: tous les produits du client</translation>
    </message>
    <message>
        <source>Registration &amp;id</source>
        <translation>&amp;Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Customer &amp;domain</source>
        <translation>&amp;Domaine du client</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>P&amp;roduit</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation>&amp;Soumis le</translation>
    </message>
    <message>
        <source>Amount: is required</source>
        <translation>Montant&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount</source>
        <translation>Montant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>Amount: has more decimals than %1 allows (%2)</source>
        <translation>Montant&#xa0;: comporte plus de décimales que %1 n&apos;en autorise (%2)</translation>
    </message>
    <message>
        <source>Registration id: is required</source>
        <translation>Identifiant de l&apos;enregistrement&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <source>Registration id: %1 exists already</source>
        <translation>Identifiant de l&apos;enregistrement&#xa0;: %1 existe déjà</translation>
    </message>
    <message>
        <source>Partner: choose one</source>
        <translation>Partenaire&#xa0;: choisissez-en un</translation>
    </message>
    <message>
        <source>Customer: a name or a domain is required</source>
        <translation>Client&#xa0;: un nom ou un domaine est obligatoire</translation>
    </message>
    <message>
        <source>Enter a partner and a customer to see whether this registration would win.</source>
        <translation>Indiquez un partenaire et un client pour savoir si cet enregistrement l&apos;emporterait.</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>tout produit</translation>
    </message>
    <message>
        <source>Approved: the first registration of customer &quot;%1&quot; for %2. The partner is protected until %3.</source>
        <translation>Approuvé&#xa0;: premier enregistrement du client «&#xa0;%1&#xa0;» pour %2. Le partenaire est protégé jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>First for customer &quot;%1&quot; and %2, but its protection ended on %3 (expired).</source>
        <translation>Premier pour le client «&#xa0;%1&#xa0;» et %2, mais sa protection a pris fin le %3 (expiré).</translation>
    </message>
    <message>
        <source>Duplicate of %1: the same partner registered customer &quot;%2&quot; on %3; it is protected until %4. Registering again extends nothing.</source>
        <translation>Doublon de %1&#xa0;: le même partenaire a enregistré le client «&#xa0;%2&#xa0;» le %3&#xa0;; il est protégé jusqu&apos;au %4. Un nouvel enregistrement ne prolonge rien.</translation>
    </message>
    <message>
        <source>Conflict: %1 by %2 registered customer &quot;%3&quot; first, on %4, and is protected until %5. The winner is %1; saving opens a conflict case.</source>
        <translation>Conflit&#xa0;: %1 de %2 a enregistré le client «&#xa0;%3&#xa0;» en premier, le %4, et est protégé jusqu&apos;au %5. Le gagnant est %1&#xa0;; l&apos;enregistrement ouvre un dossier de conflit.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), %4%: %5</source>
        <translation>%1 – %2 (%3), %4&#xa0;%&#xa0;: %5</translation>
    </message>
    <message>
        <source>May be the same customer (for review, does not change the status):
%1</source>
        <translation>Peut-être le même client (pour examen, ne modifie pas le statut)&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationPages</name>
    <message>
        <source>Registrations</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationQueueModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (prolongé)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message numerus="yes">
        <source>The protection ends within %n day(s)</source>
        <translation>
            <numerusform>La protection prend fin dans %n jour</numerusform>
            <numerusform>La protection prend fin dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation>Protégé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationsPage</name>
    <message>
        <source>Search registration, partner or customer</source>
        <translation>Rechercher un enregistrement, un partenaire ou un client</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expirant dans %n jour</numerusform>
            <numerusform>Expirant dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New registration…</source>
        <translation>&amp;Nouvel enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Confirm the rules&apos; approval: the first registration of this customer, inside its window.</source>
        <translation>Confirme l&apos;approbation des règles&#xa0;: le premier enregistrement de ce client, dans sa période de protection.</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>Prolon&amp;ger</translation>
    </message>
    <message>
        <source>Extend the protection once by the program&apos;s extension days.</source>
        <translation>Prolonge une seule fois la protection du nombre de jours de prolongation du programme.</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>&amp;Convertir en affaire…</translation>
    </message>
    <message>
        <source>Re-e&amp;valuate</source>
        <translation>Réé&amp;valuer</translation>
    </message>
    <message>
        <source>Evaluate every registration as of now and store the statuses (audited).</source>
        <translation>Évalue tous les enregistrements à cet instant et enregistre les statuts (avec audit).</translation>
    </message>
    <message>
        <source>%1 of %2 registrations shown · %3 expiring within %4 days · protection %5 days, one extension of %6 days</source>
        <translation>%1 enregistrements affichés sur %2 · %3 expirant dans les %4 jours · protection de %5 jours, une prolongation de %6 jours</translation>
    </message>
    <message>
        <source>Select a registration to see its protection window and decisions.</source>
        <translation>Sélectionnez un enregistrement pour voir sa période de protection et les décisions.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · %4 · %5</source>
        <translation>%1 · %2 (%3) · %4 · %5</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>tout produit</translation>
    </message>
    <message>
        <source>credit with %1</source>
        <translation>crédit attribué à %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>became deal %1</source>
        <translation>devenu l&apos;affaire %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Why is this registration rejected? The partner sees this reason.</source>
        <translation>Pourquoi cet enregistrement est-il rejeté&#xa0;? Le partenaire verra ce motif.</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Non rejeté</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un rejet nécessite un motif.</translation>
    </message>
    <message>
        <source>Convert %1 to a deal</source>
        <translation>Convertir %1 en affaire</translation>
    </message>
    <message>
        <source>The new open deal keeps the registration&apos;s id (%1). Deal id:</source>
        <translation>La nouvelle affaire ouverte conserve l&apos;identifiant de l&apos;enregistrement (%1). Identifiant de l&apos;affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Registrations evaluated</source>
        <translation>Enregistrements évalués</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed status.</source>
        <translation>
            <numerusform>%n enregistrement a changé de statut.</numerusform>
            <numerusform>%n enregistrements ont changé de statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC (extended)</source>
        <translation>protégé du %1 au %2 UTC (prolongé)</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC</source>
        <translation>protégé du %1 au %2 UTC</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScorecardPage</name>
    <message>
        <source>%1: points contributed to the score</source>
        <translation>%1&#xa0;: points apportés au score</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Score = Σ weight × min(actual ÷ target, cap); the dashed line is 100 points</source>
        <translation>Score = Σ pondération × min(réel ÷ objectif, plafond)&#xa0;; la ligne pointillée correspond à 100 points</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
</context>
<context>
    <name>cd::ui::SimilarPairsModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Earlier registration</source>
        <translation>Enregistrement antérieur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Later registration</source>
        <translation>Enregistrement postérieur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Why they may be the same customer</source>
        <translation>Pourquoi il pourrait s&apos;agir du même client</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementLinesModel</name>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementSummaryModel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Chiffre d&apos;affaires crédité</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Enregistrer le relevé de commissions en PDF…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Imprimer le relevé de commissions…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>No statements yet: add commission plans, assign them and record won deals.</source>
        <translation>Aucun relevé de commissions pour l&apos;instant&#xa0;: ajoutez des plans de commissionnement, attribuez-les et enregistrez des affaires gagnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with a statement</source>
        <translation>
            <numerusform>%n partenaire avec un relevé de commissions</numerusform>
            <numerusform>%n partenaires avec un relevé de commissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · plan %3 · %4</source>
        <translation>%1 — %2 · plan %3 · %4</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Relevé de commissions</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Chiffre d&apos;affaires crédité</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Computed exactly per the plan&apos;s rules; amounts are rounded once per window.</source>
        <translation>Calculé exactement selon les règles du plan&#xa0;; les montants sont arrondis une seule fois par période.</translation>
    </message>
    <message>
        <source>Commission statement %1 %2</source>
        <translation>Relevé de commissions %1 %2</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>Exporter les relevés de commissions</translation>
    </message>
    <message>
        <source>statements-%1.csv</source>
        <translation>statements-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Enregistrer le relevé de commissions</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>statement-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::TablePage</name>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
</context>
<context>
    <name>cd::ui::TargetsPage</name>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>%1 — Year %2</source>
        <translation>%1 — Exercice %2</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Charger le modèle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Empty quarters take a quarter of the year&apos;s revenue and pipeline targets, and the year&apos;s value of a rate or count. A region without its own revenue target takes its share of the geographic split.</source>
        <translation>Les trimestres vides reçoivent un quart des objectifs annuels de chiffre d&apos;affaires et de pipeline, et la valeur annuelle d&apos;un taux ou d&apos;un nombre. Une région sans objectif de chiffre d&apos;affaires propre reçoit sa part de la répartition géographique.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a target (a number, zero or more)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un objectif (un nombre, zéro ou plus)</translation>
    </message>
</context>
<context>
    <name>cd::ui::TierReviewPage</name>
    <message>
        <source>Accept tier %1 for %2</source>
        <translation>Accepter le niveau %1 pour %2</translation>
    </message>
    <message>
        <source>Reject tier %1 for %2</source>
        <translation>Rejeter le niveau %1 pour %2</translation>
    </message>
    <message>
        <source>undo of the accepted proposal</source>
        <translation>annulation de la proposition acceptée</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
    <message>
        <source>demotion</source>
        <translation>rétrogradation</translation>
    </message>
    <message>
        <source>change</source>
        <translation>changement</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Niveau proposé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Tout rejeter</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>Détails du partenaire…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n tier changes</source>
        <translation>
            <numerusform>Accepter %n changement de niveau</numerusform>
            <numerusform>Accepter %n changements de niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n tier changes</source>
        <translation>
            <numerusform>Rejeter %n changement de niveau</numerusform>
            <numerusform>Rejeter %n changements de niveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Revue des niveaux</translation>
    </message>
    <message>
        <source>%1 partners evaluated: %2 promotions, %3 demotions; %4 to decide</source>
        <translation>%1 partenaires évalués&#xa0;: %2 promotions, %3 rétrogradations&#xa0;; %4 à décider</translation>
    </message>
</context>
</TS>
