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
        <translation>« %1 » n&apos;est pas au format PARTENAIRE=POURCENTAGE</translation>
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
        <translation>valeur manquante : une affaire annulée doit indiquer sa date d&apos;annulation</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 est antérieure à la date de clôture %2</translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation>%1 est indiqué, mais l&apos;affaire est gagnée ; une affaire annulée a le statut cancelled</translation>
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
        <translation>champ inconnu (champs connus : %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation>%1 n&apos;est pas une devise connue de ce programme (ISO 4217 : %2)</translation>
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
        <translation>%1 est un nombre JSON ; écrivez-le sous forme de chaîne (&quot;%1&quot;) pour qu&apos;il reste exact</translation>
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
        <translation>est obligatoire : au moins une tranche commençant à 0</translation>
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
        <translation>champ inconnu (champs connus : from, rate)</translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation>la première tranche doit commencer à 0, et non à %1</translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation>%1 n&apos;est pas supérieur au from de la tranche précédente (%2) : les tranches doivent être en ordre croissant</translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation>doit être un objet avec &quot;threshold&quot; et &quot;rate&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation>champ inconnu (champs connus : threshold, rate)</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide ; une ligne d&apos;en-tête est obligatoire</translation>
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
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Données :</translation>
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
            <numerusform>%1 comporte %Ln problème. Rien n&apos;a été importé : corrigez-le et importez de nouveau le fichier.</numerusform>
            <numerusform>%1 comporte %Ln problèmes. Rien n&apos;a été importé : corrigez-les et importez de nouveau le fichier.</numerusform>
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
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Cette base de données contient déjà des données. Les données de démonstration ne peuvent être chargées que dans une base vide : ouvrez d&apos;abord un nouveau fichier.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>Impossible de charger les données de démonstration.</translation>
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
        <translation>« : » attendu après un nom de membre</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>le membre « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>« , » ou « } » attendu dans un objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>« , » ou « ] » attendu dans un tableau</translation>
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
        <translation>« %1 » n&apos;est ni un pourcentage au format 65%, ni une plage au format 30-40%</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation>la plage « %1 » est inversée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation>« %1 » n&apos;est pas un montant au format 500000, 50000+, 10000-25000 ou none</translation>
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
        <translation>%1 est un nombre JSON ; écrivez-le sous forme de chaîne : &quot;%1&quot;</translation>
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
        <translation>« %1 » %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation>« %1 » n&apos;est pas un pourcentage au format %2</translation>
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
        <translation>« %1 » n&apos;est pas l&apos;un des opérateurs &gt;=, &gt;, &lt;=, &lt;, ==</translation>
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
        <translation>le niveau %1 n&apos;est jamais atteint : %2, situé au-dessus, n&apos;a aucune exigence</translation>
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
        <translation>la somme des pondérations est %1 %, et non 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation>« %1 » n&apos;est pas un nombre de semaines au format 4 ou 2-4</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation>%1 : reçoit tous les partenaires restants</translation>
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
        <translation>%1 %2 figure dans les %3 % premiers (%4, maximum autorisé : %5)</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>une valeur pour %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 de plus en %2 pour entrer dans les %3 % premiers</translation>
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
        <translation>le tableau de performance du programme calcule le score ; supprimez cette colonne</translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation>le programme utilise cet indicateur, mais le fichier n&apos;a pas cette colonne ; il manque à tous les partenaires</translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation>certains niveaux sont réservés à un seul type de partenaire et le fichier n&apos;a pas de colonne type ; aucun partenaire ne peut les atteindre</translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation>est vide ; chaque ligne doit indiquer un partenaire</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 apparaît deux fois (première occurrence à la ligne %2)</translation>
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
        <translation>Supprimer le partenaire %1 ? Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation>Supprimer l&apos;affaire %1 ? Vous pourrez annuler cette opération.</translation>
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
        <translation>« %1 » n&apos;est pas au format PARTENAIRE=POURCENTAGE</translation>
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
        <translation>« %1 » n&apos;est pas un pourcentage au format 15%</translation>
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
        <translation>est vide ; chaque enregistrement d&apos;affaire doit avoir un identifiant</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 apparaît deux fois (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation>est vide ; chaque enregistrement d&apos;affaire doit indiquer un partenaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation>« %1 » n&apos;est pas un nom de domaine au format acme.example</translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation>est vide et customer_domain est absent ; l&apos;un des deux est nécessaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation>« %1 » ne contient ni lettre ni chiffre permettant d&apos;identifier le client</translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation>est vide ; une date et heure au format 2026-03-31T14:05:00Z est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation>« %1 » n&apos;est pas une date et heure UTC ISO 8601 au format 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 n&apos;est pas une devise ISO 4217 connue</translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation>%1 n&apos;a pas de devise ; renseignez la colonne currency</translation>
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
        <translation>les noms sont similaires à %1 % lettre par lettre</translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation>le domaine %2 de %1 correspond au nom de %3</translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation>les domaines %1 et %2 ont la même racine « %3 »</translation>
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
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>commission bench: %1 deals, %2 statements, %3 bytes of CSV; wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, write %9</source>
        <translation>commission bench: %1 affaires, %2 relevés de commissions, %3 octets de CSV ; temps réel (ms) lecture %4, calcul %5, écriture %6 ; temps CPU (ms) lecture %7, calcul %8, écriture %9</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)

Run &apos;channeldesk-cli commission calc --help&apos; for its options.
</source>
        <translation>Utilisation : channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Sous-commandes :
  calc  relevés de commissions à partir d&apos;un plan, d&apos;un fichier d&apos;affaires et de taux de change (sans base de données)

Exécutez « channeldesk-cli commission calc --help » pour afficher ses options.
</translation>
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
        <translation>Les taux de change vers la devise du plan (CSV : date,currency,rate).</translation>
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
        <translation>%1: argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 est obligatoire</translation>
    </message>
    <message>
        <source>cannot write the statements: %1</source>
        <translation>impossible d&apos;écrire les relevés de commissions : %1</translation>
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
        <translation>Date du jour de la démonstration, au format ISO (par défaut : aujourd&apos;hui) ; la même date et la même graine donnent les mêmes données.</translation>
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
        <translation>--seed attend un nombre entier positif ou nul, et non « %1 »</translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--partners attend un nombre entier supérieur ou égal à 1, et non « %1 »</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation>--deals attend un nombre entier, et non « %1 »</translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--today attend une date ISO au format 2026-03-31, et non « %1 »</translation>
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
        <translation>%1 contient déjà des données ; le programme de démonstration ne peut être chargé que dans une base vide (indiquez un autre fichier avec --db)</translation>
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
        <translation>Contenu du fichier : %1.</translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation>Le fichier CSV (data.md) ; d&apos;autres paires KIND FILE peuvent suivre.</translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation>Ajoute ou met à jour des fiches à partir de fichiers CSV, en tout ou rien : un fichier comportant une ligne incorrecte ne modifie rien, et chaque ligne incorrecte est signalée sous la forme FILE:LINE: FIELD: problème. Plusieurs paires KIND FILE sont importées en une seule transaction, les partenaires en premier.</translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation>import attend KIND FILE (KIND : %1)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>type « %1 » inconnu (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>aucune modification effectuée</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>simulation : aucune modification effectuée</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrit dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Données à exporter : %1.</translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation>Écrit toutes les fiches d&apos;un type au format CSV (data.md), triées par identifiant ; le fichier peut être réimporté tel quel.</translation>
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
        <source>measure import, model and commission speed at scale</source>
        <translation>mesure la vitesse de l&apos;importation, du modèle et des commissions à grande échelle</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Utilisation : channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Exécutez « channeldesk-cli COMMAND --help » pour afficher les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db attend un nom de fichier</translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)

Run &apos;channeldesk-cli registrations evaluate --help&apos; for its options.
</source>
        <translation>Utilisation : channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Sous-commandes :
  evaluate  statuts et gagnants des enregistrements d&apos;affaires à une date et heure donnée (sans base de données)

Exécutez « channeldesk-cli registrations evaluate --help » pour afficher ses options.
</translation>
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
        <translation>%1: --as-of: « %2 » n&apos;est pas une date et heure UTC ISO 8601 au format 2026-03-01T00:00:00Z</translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation>%1: --protection-days: « %2 » n&apos;est pas un nombre entier de jours compris entre 0 et %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation>%1:%2: %3 et %4 (ligne %5) pourraient désigner le même client (%6 %) : %7</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>impossible d&apos;écrire le résultat : %1</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)

Run &apos;channeldesk-cli tiers evaluate --help&apos; for its options.
</source>
        <translation>Utilisation : channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Sous-commandes :
  evaluate  niveau et score du tableau de performance de chaque partenaire (sans base de données)

Exécutez « channeldesk-cli tiers evaluate --help » pour afficher ses options.
</translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation>Le programme partenaires (JSON).</translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation>Les indicateurs des partenaires (CSV : partner_id et une colonne par indicateur).</translation>
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
        <translation>%1: quelle sous-commande ?</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation>%1: sous-commande « %2 » inconnue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available yet</source>
        <translation>« %1 » n&apos;est pas encore disponible</translation>
    </message>
</context>
<context>
    <name>cd::cli::Bench</name>
    <message>
        <source>Partners to generate.</source>
        <translation>Nombre de partenaires à générer.</translation>
    </message>
    <message>
        <source>Deals to generate.</source>
        <translation>Nombre d&apos;affaires à générer.</translation>
    </message>
    <message>
        <source>Won deals for the commission figure.</source>
        <translation>Nombre d&apos;affaires gagnées pour la mesure des commissions.</translation>
    </message>
    <message>
        <source>Work in DIR and keep its files.</source>
        <translation>Travaille dans DIR et conserve ses fichiers.</translation>
    </message>
    <message>
        <source>Builds a database of generated partners and deals and prints one line per figure: name value unit.</source>
        <translation>Crée une base de données de partenaires et d&apos;affaires générés, et affiche une ligne par mesure : nom valeur unité.</translation>
    </message>
    <message>
        <source>--partners, --deals and --commission-deals take positive whole numbers</source>
        <translation>--partners, --deals et --commission-deals attendent des nombres entiers positifs</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>generating %1 deals in %2 …</source>
        <translation>génération de %1 affaires dans %2 …</translation>
    </message>
    <message>
        <source>importing …</source>
        <translation>importation …</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation>ChannelDesk : programmes partenaires, affaires et commissions.</translation>
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
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en).</source>
        <translation>Utilise la langue CODE (de, fr, es, ja, zh_CN, en).</translation>
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
        <translation>channeldesk: aucune page « %1 » ; pages : %2</translation>
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
        <translation>impossible de créer %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
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
        <translation>%1 a été écrit par une version plus récente de ChannelDesk (schéma %2, cette version connaît le schéma %3) ; il n&apos;a pas été modifié</translation>
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
        <translation>%1 impossible : %2</translation>
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
        <translation>%1 n&apos;est pas une base de données ChannelDesk (%2) ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
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
        <translation>%1 a la devise inconnue « %2 » dans la base de données</translation>
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
        <source>the database connection does not expose its SQLite handle</source>
        <translation>la connexion à la base de données ne donne pas accès à son handle SQLite</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>préparation de l&apos;importation impossible : %1</translation>
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
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export : %1</translation>
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
        <translation>%1: colonnes inconnues ignorées : %2</translation>
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
        <translation>impossible de lire le fichier : %1</translation>
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
        <translation>« %1 » n&apos;est pas une date ISO au format 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO en UTC au format 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>« %1 » n&apos;est pas une devise connue de ce programme</translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation>est obligatoire avec un engagement de CA</translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation>ne s&apos;utilise qu&apos;avec un engagement de CA ; laissez ce champ vide ou indiquez l&apos;engagement</translation>
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
        <translation>impossible de supprimer le partenaire %1 : %2 affaire(s) et %3 enregistrement(s) d&apos;affaire y font référence</translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation>suppression du partenaire %1</translation>
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
        <translation>la base de données contient « %1 » sous forme de %2, qui n&apos;est pas un nombre décimal</translation>
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
        <translation>est obligatoire (valeurs possibles : %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » n&apos;est pas l&apos;une des valeurs %2</translation>
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
        <translation>« %1 » ne peut pas servir d&apos;identifiant : ni espace, ni « ; », ni « = »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation>« %1 » n&apos;est pas un code pays ISO 3166-1 alpha-2 comme FR</translation>
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
        <translation>%1 n&apos;est pas compris entre 0 % et 100 %</translation>
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
        <translation>« %1 » n&apos;est pas une devise connue de ce programme</translation>
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
        <translation>&amp;ID affaire :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation>&amp;Domaine du client :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Pro&amp;babilité :</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>Date de c&amp;lôture :</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled on:</source>
        <translation>Ann&amp;ulée le :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Enregistrement :</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>« %1 » n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>comporte plus de décimales que %1 n&apos;en autorise (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>« %1 » n&apos;est pas un pourcentage</translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation>est déjà utilisé par une autre affaire</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>le partenaire %1 n&apos;existe pas</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Programmes partenaires, affaires, enregistrements d&apos;affaires et commissions, hors ligne sur votre poste de travail, avec des montants exacts.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
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
        <translation>Cette base de données ne contient encore aucun partenaire. Voulez-vous la remplir avec un programme de démonstration pour découvrir l&apos;application, ou importer vos partenaires et vos affaires depuis un fichier CSV ?</translation>
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
        <translation>&amp;ID partenaire :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Étap&amp;e :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Respons&amp;able :</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Date d&apos;ad&amp;hésion :</translation>
    </message>
    <message>
        <source>Revenue &amp;commitment:</source>
        <translation>Engagement de &amp;CA :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>Secte&amp;ur :</translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation>nécessite une devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>« %1 » n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>comporte plus de décimales que %1 n&apos;en autorise (%2)</translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation>est déjà utilisé par un autre partenaire</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
</TS>
